var Gt,Y,Rr,We,tr,xr,kr,rn,xt,lt,Cr,In,un,hn,Lt={},Mt=[],Gi=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ht=Array.isArray;function Pe(e,t){for(var r in t)e[r]=t[r];return e}function Sn(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Hi(e,t,r){var i,o,s,l={};for(s in t)s=="key"?i=t[s]:s=="ref"?o=t[s]:l[s]=t[s];if(arguments.length>2&&(l.children=arguments.length>3?Gt.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)l[s]===void 0&&(l[s]=e.defaultProps[s]);return kt(e,l,i,o,null)}function kt(e,t,r,i,o){var s={type:e,props:t,key:r,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++Rr,__i:-1,__u:0};return o==null&&Y.vnode!=null&&Y.vnode(s),s}function me(e){return e.children}function Ct(e,t){this.props=e,this.context=t}function Ye(e,t){if(t==null)return e.__?Ye(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?Ye(e):null}function qi(e){if(e.__P&&e.__d){var t=e.__v,r=t.__e,i=[],o=[],s=Pe({},t);s.__v=t.__v+1,Y.vnode&&Y.vnode(s),An(e.__P,s,t,e.__n,e.__P.namespaceURI,32&t.__u?[r]:null,i,r??Ye(t),!!(32&t.__u),o),s.__v=t.__v,s.__.__k[s.__i]=s,Mr(i,s,o),t.__e=t.__=null,s.__e!=r&&$r(s)}}function $r(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),$r(e)}function nr(e){(!e.__d&&(e.__d=!0)&&We.push(e)&&!Pt.__r++||tr!=Y.debounceRendering)&&((tr=Y.debounceRendering)||xr)(Pt)}function Pt(){try{for(var e,t=1;We.length;)We.length>t&&We.sort(kr),e=We.shift(),t=We.length,qi(e)}finally{We.length=Pt.__r=0}}function Or(e,t,r,i,o,s,l,d,p,h,m){var b,c,f,y,I,C,S=i&&i.__k||Mt,T=t.length;for(p=ji(r,t,S,p,T),b=0;b<T;b++)(f=r.__k[b])!=null&&(c=f.__i!=-1&&S[f.__i]||Lt,f.__i=b,C=An(e,f,c,o,s,l,d,p,h,m),y=f.__e,f.ref&&c.ref!=f.ref&&(c.ref&&Nn(c.ref,null,f),m.push(f.ref,f.__c||y,f)),I==null&&y!=null&&(I=y),4&f.__u?(p=Dr(f,p,e),c.__e&&(c.__e=null)):typeof f.type=="function"&&C!==void 0?p=C:y&&(p=y.nextSibling),f.__u&=-7);return r.__e=I,p}function ji(e,t,r,i,o){var s,l,d,p,h,m=r.length,b=m,c=0;for(e.__k=new Array(o),s=0;s<o;s++)(l=t[s])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l=="string"||typeof l=="number"||typeof l=="bigint"||l.constructor==String?l=e.__k[s]=kt(null,l,null,null,null):Ht(l)?l=e.__k[s]=kt(me,{children:l},null,null,null):l.constructor===void 0&&l.__b>0?l=e.__k[s]=kt(l.type,l.props,l.key,l.ref?l.ref:null,l.__v):e.__k[s]=l,p=s+c,l.__=e,l.__b=e.__b+1,d=null,(h=l.__i=Wi(l,r,p,b))!=-1&&(b--,(d=r[h])&&(d.__u|=2)),d==null||d.__v==null?(h==-1&&(o>m?c--:o<m&&c++),typeof l.type!="function"&&(l.__u|=4)):h!=p&&(h==p-1?c--:h==p+1?c++:(h>p?c--:c++,l.__u|=4))):e.__k[s]=null;if(b)for(s=0;s<m;s++)(d=r[s])!=null&&(2&d.__u)==0&&(d.__e==i&&(i=Ye(d)),Br(d,d));return i}function Dr(e,t,r){var i,o;if(typeof e.type=="function"){for(i=e.__k,o=0;i&&o<i.length;o++)i[o]&&(i[o].__=e,t=Dr(i[o],t,r));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=Ye(e)),t=r.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Wi(e,t,r,i){var o,s,l,d=e.key,p=e.type,h=t[r],m=h!=null&&(2&h.__u)==0;if(h===null&&d==null||m&&d==h.key&&p==h.type)return r;if(i>(m?1:0)){for(o=r-1,s=r+1;o>=0||s<t.length;)if((h=t[l=o>=0?o--:s++])!=null&&(2&h.__u)==0&&d==h.key&&p==h.type)return l}return-1}function rr(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||Gi.test(t)?r:r+"px"}function Nt(e,t,r,i,o){var s,l;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)r&&t in r||rr(e.style,t,"");if(r)for(t in r)i&&r[t]==i[t]||rr(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(Cr,"$1")),l=t.toLowerCase(),t=l in e||t=="onFocusOut"||t=="onFocusIn"?l.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=r,r?i?r[lt]=i[lt]:(r[lt]=In,e.addEventListener(t,s?hn:un,s)):e.removeEventListener(t,s?hn:un,s);else{if(o=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function ir(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t[xt]==null)t[xt]=In++;else if(t[xt]<r[lt])return;return r(Y.event?Y.event(t):t)}}}function An(e,t,r,i,o,s,l,d,p,h){var m,b,c,f,y,I,C,S,T,B,te,W,q,pe,V,O,K=t.type;if(t.constructor!==void 0)return null;128&r.__u&&(p=!!(32&r.__u),s=[d=t.__e=r.__e]),(m=Y.__b)&&m(t);e:if(typeof K=="function"){b=l.length;try{if(T=t.props,B=K.prototype&&K.prototype.render,te=(m=K.contextType)&&i[m.__c],W=m?te?te.props.value:m.__:i,r.__c?S=(c=t.__c=r.__c).__=c.__E:(B?t.__c=c=new K(T,W):(t.__c=c=new Ct(T,W),c.constructor=K,c.render=Vi),te&&te.sub(c),c.state||(c.state={}),c.__n=i,f=c.__d=!0,c.__h=[],c._sb=[]),B&&c.__s==null&&(c.__s=c.state),B&&K.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=Pe({},c.__s)),Pe(c.__s,K.getDerivedStateFromProps(T,c.__s))),y=c.props,I=c.state,c.__v=t,f)B&&K.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),B&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(B&&K.getDerivedStateFromProps==null&&T!==y&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(T,W),t.__v==r.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(T,c.__s,W)===!1){t.__v!=r.__v&&(c.props=T,c.state=c.__s,c.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(ie){ie&&(ie.__=t)}),Mt.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&l.push(c),d=Ye(r);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(T,c.__s,W),B&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(y,I,C)})}if(c.context=W,c.props=T,c.__P=e,c.__e=!1,q=Y.__r,pe=0,B)c.state=c.__s,c.__d=!1,q&&q(t),m=c.render(c.props,c.state,c.context),Mt.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,q&&q(t),m=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++pe<25);c.state=c.__s,c.getChildContext!=null&&(i=Pe(Pe({},i),c.getChildContext())),B&&!f&&c.getSnapshotBeforeUpdate!=null&&(C=c.getSnapshotBeforeUpdate(y,I)),V=m!=null&&m.type===me&&m.key==null?Pr(m.props.children):m,d=Or(e,Ht(V)?V:[V],t,r,i,o,s,l,d,p,h),c.base=t.__e,t.__u&=-161,c.__h.length&&l.push(c),S&&(c.__E=c.__=null)}catch(ie){if(l.length=b,t.__v=null,p||s!=null){if(ie.then){for(t.__u|=p?160:128;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;s!=null&&(s[s.indexOf(d)]=null),t.__e=d}else if(s!=null)for(O=s.length;O--;)Sn(s[O])}else t.__e=r.__e;t.__k==null&&(t.__k=r.__k||[]),ie.then||Lr(t),Y.__e(ie,t,r)}}else s==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):d=t.__e=Ki(r.__e,t,r,i,o,s,l,p,h);return(m=Y.diffed)&&m(t),128&t.__u?void 0:d}function Lr(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(Lr))}function Mr(e,t,r){for(var i=0;i<r.length;i++)Nn(r[i],r[++i],r[++i]);Y.__c&&Y.__c(t,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(s){s.call(o)})}catch(s){Y.__e(s,o.__v)}})}function Pr(e){return typeof e!="object"||e==null||e.__b>0?e:Ht(e)?e.map(Pr):e.constructor!==void 0?null:Pe({},e)}function Ki(e,t,r,i,o,s,l,d,p){var h,m,b,c,f,y,I,C=r.props||Lt,S=t.props,T=t.type;if(T=="svg"?o="http://www.w3.org/2000/svg":T=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),s!=null){for(h=0;h<s.length;h++)if((f=s[h])&&"setAttribute"in f==!!T&&(T?f.localName==T:f.nodeType==3)){e=f,s[h]=null;break}}if(e==null){if(T==null)return document.createTextNode(S);e=document.createElementNS(o,T,S.is&&S),d&&(Y.__m&&Y.__m(t,s),d=!1),s=null}if(T==null)C===S||d&&e.data==S||(e.data=S);else{if(s=T=="textarea"&&S.defaultValue!=null?null:s&&Gt.call(e.childNodes),!d&&s!=null)for(C={},h=0;h<e.attributes.length;h++)C[(f=e.attributes[h]).name]=f.value;for(h in C)f=C[h],h=="dangerouslySetInnerHTML"?b=f:h=="children"||h in S||h=="value"&&"defaultValue"in S||h=="checked"&&"defaultChecked"in S||Nt(e,h,null,f,o);for(h in S)f=S[h],h=="children"?c=f:h=="dangerouslySetInnerHTML"?m=f:h=="value"?y=f:h=="checked"?I=f:d&&typeof f!="function"||C[h]===f||Nt(e,h,f,C[h],o);if(m)d||b&&(m.__html==b.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(b&&(e.innerHTML=""),Or(t.type=="template"?e.content:e,Ht(c)?c:[c],t,r,i,T=="foreignObject"?"http://www.w3.org/1999/xhtml":o,s,l,s?s[0]:r.__k&&Ye(r,0),d,p),s!=null)for(h=s.length;h--;)Sn(s[h]);d&&T!="textarea"||(h="value",T=="progress"&&y==null?e.removeAttribute("value"):y!=null&&(y!==e[h]||T=="progress"&&!y||T=="option"&&y!=C[h])&&Nt(e,h,y,C[h],o),h="checked",I!=null&&I!=e[h]&&Nt(e,h,I,C[h],o))}return e}function Nn(e,t,r){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&t==null||(e.__u=e(t))}else e.current=t}catch(o){Y.__e(o,r)}}function Br(e,t,r){var i,o;if(Y.unmount&&Y.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||Nn(i,null,t)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(s){Y.__e(s,t)}i.base=i.__P=i.__n=null}if(i=e.__k)for(o=0;o<i.length;o++)i[o]&&Br(i[o],t,r||typeof e.type!="function");r||Sn(e.__e),e.__c=e.__=e.__e=void 0}function Vi(e,t,r){return this.constructor(e,r)}function zi(e,t,r){var i,o,s,l;t==document&&(t=document.documentElement),Y.__&&Y.__(e,t),o=(i=!1)?null:t.__k,s=[],l=[],An(t,e=t.__k=Hi(me,null,[e]),o||Lt,Lt,t.namespaceURI,o?null:t.firstChild?Gt.call(t.childNodes):null,s,o?o.__e:t.firstChild,i,l),Mr(s,e,l),e.props.children=null}Gt=Mt.slice,Y={__e:function(e,t,r,i){for(var o,s,l;t=t.__;)if((o=t.__c)&&!o.__)try{if((s=o.constructor)&&s.getDerivedStateFromError!=null&&(o.setState(s.getDerivedStateFromError(e)),l=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(e,i||{}),l=o.__d),l)return o.__E=o}catch(d){e=d}throw e}},Rr=0,Ct.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=Pe({},this.state),typeof e=="function"&&(e=e(Pe({},r),this.props)),e&&Pe(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),nr(this))},Ct.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),nr(this))},Ct.prototype.render=me,We=[],xr=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,kr=function(e,t){return e.__v.__b-t.__v.__b},Pt.__r=0,rn=Math.random().toString(8),xt="__d"+rn,lt="__a"+rn,Cr=/(PointerCapture)$|Capture$/i,In=0,un=ir(!1),hn=ir(!0);var Yi=0;function n(e,t,r,i,o,s){t||(t={});var l,d,p=t;if("ref"in p)for(d in p={},t)d=="ref"?l=t[d]:p[d]=t[d];var h={type:e,props:p,key:r,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Yi,__i:-1,__u:0,__source:o,__self:s};if(typeof e=="function"&&(l=e.defaultProps))for(d in l)p[d]===void 0&&(p[d]=l[d]);return Y.vnode&&Y.vnode(h),h}var it,ee,sn,sr,ht=0,Ur=[],oe=Y,or=oe.__b,ar=oe.__r,cr=oe.diffed,lr=oe.__c,dr=oe.unmount,ur=oe.__;function qt(e,t){oe.__h&&oe.__h(ee,e,ht||t),ht=0;var r=ee.__H||(ee.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function N(e){return ht=1,Ji(Gr,e)}function Ji(e,t,r){var i=qt(it++,2);if(i.t=e,!i.__c&&(i.__=[Gr(void 0,t),function(d){var p=i.__N?i.__N[0]:i.__[0],h=i.t(p,d);p!==h&&(i.__N=[h,i.__[1]],i.__c.setState({}))}],i.__c=ee,!ee.__f)){var o=function(d,p,h){if(!i.__c.__H)return!0;var m=!1,b=i.__c.props!==d;if(i.__c.__H.__.some(function(f){if(f.__N){m=!0;var y=f.__[0];f.__=f.__N,f.__N=void 0,y!==f.__[0]&&(b=!0)}}),s){var c=s.call(this,d,p,h);return m?c||b:c}return!m||b};ee.__f=!0;var s=ee.shouldComponentUpdate,l=ee.componentWillUpdate;ee.componentWillUpdate=function(d,p,h){if(this.__e){var m=s;s=void 0,o(d,p,h),s=m}l&&l.call(this,d,p,h)},ee.shouldComponentUpdate=o}return i.__N||i.__}function ae(e,t){var r=qt(it++,3);!oe.__s&&Fr(r.__H,t)&&(r.__=e,r.u=t,ee.__H.__h.push(r))}function nt(e){return ht=5,ft(function(){return{current:e}},[])}function ft(e,t){var r=qt(it++,7);return Fr(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function st(e,t){return ht=8,ft(function(){return e},t)}function Qi(e){var t=qt(it++,10),r=N();return t.__=e,ee.componentDidCatch||(ee.componentDidCatch=function(i,o){t.__&&t.__(i,o),r[1](i)}),[r[0],function(){r[1](void 0)}]}function Xi(){for(var e;e=Ur.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some($t),t.__h.some(fn),t.__h=[]}catch(r){t.__h=[],oe.__e(r,e.__v)}}}oe.__b=function(e){ee=null,or&&or(e)},oe.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),ur&&ur(e,t)},oe.__r=function(e){ar&&ar(e),it=0;var t=(ee=e.__c).__H;t&&(sn===ee?(t.__h=[],ee.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.some($t),t.__h.some(fn),t.__h=[],it=0)),sn=ee},oe.diffed=function(e){cr&&cr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Ur.push(t)!==1&&sr===oe.requestAnimationFrame||((sr=oe.requestAnimationFrame)||Zi)(Xi)),t.__H.__.some(function(r){r.u&&(r.__H=r.u,r.u=void 0)})),sn=ee=null},oe.__c=function(e,t){t.some(function(r){try{r.__h.some($t),r.__h=r.__h.filter(function(i){return!i.__||fn(i)})}catch(i){t.some(function(o){o.__h&&(o.__h=[])}),t=[],oe.__e(i,r.__v)}}),lr&&lr(e,t)},oe.unmount=function(e){dr&&dr(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.some(function(i){try{$t(i)}catch(o){t=o}}),r.__H=void 0,t&&oe.__e(t,r.__v))};var hr=typeof requestAnimationFrame=="function";function Zi(e){var t,r=function(){clearTimeout(i),hr&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(r,35);hr&&(t=requestAnimationFrame(r))}function $t(e){var t=ee,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),ee=t}function fn(e){var t=ee;e.__c=e.__(),ee=t}function Fr(e,t){return!e||e.length!==t.length||t.some(function(r,i){return r!==e[i]})}function Gr(e,t){return typeof t=="function"?t(e):t}function ye(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function ze(e){return ye(e)==="object"}function es(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function fr(e,t){return e.length<124?e:t}const ts="graphql-transport-ws";var Se=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(Se||{}),Ae=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(Ae||{});function Hr(e){if(!ze(e))throw new Error(`Message is expected to be an object, but got ${ye(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${ye(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!ze(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ze(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${ye(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${ye(e.payload.query)}`);if(e.payload.variables!=null&&!ze(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${ye(e.payload.variables)}`);if(e.payload.operationName!=null&&ye(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${ye(e.payload.operationName)}`);if(e.payload.extensions!=null&&!ze(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${ye(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ze(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${ye(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!es(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function ns(e,t){return Hr(typeof e=="string"?JSON.parse(e,t):e)}function at(e,t){return Hr(e),JSON.stringify(e,t)}function rs(e){const{url:t,connectionParams:r,lazy:i=!0,onNonLazyError:o=console.error,lazyCloseTimeout:s=0,keepAlive:l=0,disablePong:d,connectionAckWaitTimeout:p=0,retryAttempts:h=5,retryWait:m=async function(u){const w=Math.pow(2,u);await new Promise(x=>setTimeout(x,w*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:b=on,on:c,webSocketImpl:f,generateID:y=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,u=>{const w=Math.random()*16|0;return(u=="x"?w:w&3|8).toString(16)})},jsonMessageReplacer:I,jsonMessageReviver:C}=e;let S;if(f){if(!ss(f))throw new Error("Invalid WebSocket implementation provided");S=f}else typeof WebSocket<"u"?S=WebSocket:typeof global<"u"?S=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(S=window.WebSocket||window.MozWebSocket);if(!S)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const T=S,B=(()=>{const D=(()=>{const w={};return{on(x,G){return w[x]=G,()=>{delete w[x]}},emit(x){"id"in x&&w[x.id]?.(x)}}})(),u={connecting:c?.connecting?[c.connecting]:[],opened:c?.opened?[c.opened]:[],connected:c?.connected?[c.connected]:[],ping:c?.ping?[c.ping]:[],pong:c?.pong?[c.pong]:[],message:c?.message?[D.emit,c.message]:[D.emit],closed:c?.closed?[c.closed]:[],error:c?.error?[c.error]:[]};return{onMessage:D.on,on(w,x){const G=u[w];return G.push(x),()=>{const j=G.indexOf(x);j>-1&&G.splice(j,1)}},emit(w,...x){for(const G of[...u[w]])G(...x)}}})();function te(D){const u=[B.on("error",w=>{u.forEach(x=>x()),D(w)}),B.on("closed",w=>{u.forEach(x=>x()),D(w)})];return()=>u.forEach(w=>w())}let W,q=0,pe,V=!1,O=0,K=!1;async function ie(){clearTimeout(pe);const[D,u]=await(W??(W=new Promise((G,j)=>(async()=>{if(V){if(await m(O),!q)return W=void 0,j({code:1e3,reason:"All Subscriptions Gone"});O++}B.emit("connecting",V);const U=new T(typeof t=="function"?await t():t,ts);let be,Ce;function Ze(){isFinite(l)&&l>0&&(clearTimeout(Ce),Ce=setTimeout(()=>{U.readyState===T.OPEN&&(U.send(at({type:Ae.Ping})),B.emit("ping",!1,void 0))},l))}te(ue=>{W=void 0,clearTimeout(be),clearTimeout(Ce),j(ue),ue instanceof pr&&(U.close(4499,"Terminated"),U.onerror=null,U.onclose=null)}),U.onerror=ue=>B.emit("error",ue),U.onclose=ue=>B.emit("closed",ue),U.onopen=async()=>{try{B.emit("opened",U);const ue=typeof r=="function"?await r():r;if(U.readyState!==T.OPEN)return;U.send(at(ue?{type:Ae.ConnectionInit,payload:ue}:{type:Ae.ConnectionInit},I)),isFinite(p)&&p>0&&(be=setTimeout(()=>{U.close(Se.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},p)),Ze()}catch(ue){B.emit("error",ue),U.close(Se.InternalClientError,fr(ue instanceof Error?ue.message:String(ue),"Internal client error"))}};let Ge=!1;U.onmessage=({data:ue})=>{try{const ce=ns(ue,C);if(B.emit("message",ce),ce.type==="ping"||ce.type==="pong"){B.emit(ce.type,!0,ce.payload),ce.type==="pong"?Ze():d||(U.send(at(ce.payload?{type:Ae.Pong,payload:ce.payload}:{type:Ae.Pong},I)),B.emit("pong",!1,ce.payload));return}if(Ge)return;if(ce.type!==Ae.ConnectionAck)throw new Error(`First message cannot be of type ${ce.type}`);clearTimeout(be),Ge=!0,B.emit("connected",U,ce.payload,V),V=!1,O=0;const bt=new Promise((Pn,Bn)=>te(Bn));bt.catch(()=>{}),G([U,bt])}catch(ce){U.onmessage=null,B.emit("error",ce),U.close(Se.BadResponse,fr(ce instanceof Error?ce.message:String(ce),"Bad response"))}}})())));D.readyState===T.CLOSING&&await u;let w=()=>{};const x=new Promise(G=>w=G);return[D,w,new Promise((G,j)=>{const U=te(j);D.readyState!==T.OPEN&&u.catch(j),x.then(()=>{if(U(),!q){const be=()=>D.close(1e3,"Normal Closure");isFinite(s)&&s>0?(clearTimeout(pe),pe=setTimeout(()=>{!q&&D.readyState===T.OPEN&&be()},s)):be()}G()})})]}function Fe(D){if(on(D)&&(is(D.code)||[Se.InternalServerError,Se.InternalClientError,Se.BadRequest,Se.BadResponse,Se.Unauthorized,Se.SubprotocolNotAcceptable,Se.SubscriberAlreadyExists,Se.TooManyInitialisationRequests].includes(D.code)))throw D;if(K)return!1;if(on(D)&&D.code===1e3)return q>0;if(!h||O>=h||!b(D))throw D;return V=!0}i||(async()=>{for(q++;;)try{const[,,D]=await ie();await D}catch(D){try{if(!Fe(D))return}catch(u){return o?.(u)}}})();function Ie(D,u){const w=y(D);let x=!1,G=!1,j=()=>{q--,x=!0};return(async()=>{for(q++;;)try{const[U,be,Ce]=await ie();if(x)return Ce.catch(()=>{}),be();const Ze=B.onMessage(w,Ge=>{switch(Ge.type){case Ae.Next:{u.next(Ge.payload);return}case Ae.Error:{G=!0,x=!0,u.error(Ge.payload),j();return}case Ae.Complete:{x=!0,j();return}}});U.send(at({id:w,type:Ae.Subscribe,payload:D},I)),j=()=>{!x&&U.readyState===T.OPEN&&U.send(at({id:w,type:Ae.Complete},I)),q--,x=!0,be()},await Ce.finally(Ze);return}catch(U){if(!Fe(U))return}})().then(()=>{G||u.complete()}).catch(U=>{u.error(U)}),()=>{x||j()}}return{on:B.on,subscribe:Ie,iterate(D){const u=[],w={done:!1,error:null,resolve:()=>{}},x=Ie(D,{next(j){u.push(j),w.resolve()},error(j){w.done=!0,w.error=j,w.resolve()},complete(){w.done=!0,w.resolve()}}),G=(async function*(){for(;;){for(u.length||await new Promise(U=>w.resolve=U);u.length;)yield u.shift();if(w.error)throw w.error;if(w.done)return}})();return G.throw=async j=>(w.done||(w.done=!0,w.error=j,w.resolve()),{done:!0,value:void 0}),G.return=async()=>(x(),{done:!0,value:void 0}),G},async dispose(){if(K=!0,W){const[D]=await W;D.close(1e3,"Normal Closure")}},terminate(){W&&B.emit("closed",new pr)}}}class pr extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function on(e){return ze(e)&&"code"in e&&"reason"in e}function is(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function ss(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}class ve extends Error{kind;errors;status;constructor(t,r,i={}){super(r),this.name="Problem",this.kind=t,this.errors=i.errors??[],this.status=i.status}}function jt(e){const t=e.extensions?.code;return typeof t=="string"?t:void 0}const os={UNAUTHENTICATED:"unauthenticated",FORBIDDEN:"forbidden",BAD_USER_INPUT:"invalid-input",GRAPHQL_VALIDATION_FAILED:"invalid-input",NOT_FOUND:"not-found",CONFLICT:"conflict",INVALID_TRANSITION:"not-allowed-now",FAILED_PRECONDITION:"not-allowed-now",TOO_MANY_REQUESTS:"rate-limited",RATE_LIMITED:"rate-limited"};function as(e){switch(jt(e)){case"UNAUTHENTICATED":return"You are signed out. Sign in again to continue.";case"FORBIDDEN":return`Your role does not allow this${e.message?` (${e.message})`:""}.`;case"INVALID_TRANSITION":{const r=e.extensions?.from;return typeof r=="string"?`This action no longer applies: the integration is ${r} now.`:e.message}case"CONFLICT":return`${e.message} Someone changed it meanwhile; the page shows the latest version.`;case"INTERNAL_SERVER_ERROR":return"The server failed to do this. Try again; if it keeps failing, the server log has the cause.";default:return e.message||"The server refused the request."}}function Je(e,t){const r=e[0],i=r?jt(r):void 0,o=i&&os[i]||"server",s=[...new Set(e.map(as))],l={errors:e};return t!==void 0&&(l.status=t),new ve(o,s.join(" ")||"The server refused the request.",l)}function dt(e,t){if(e===401)return new ve("unauthenticated","You are signed out. Sign in again to continue.",{status:e});if(e===403)return new ve("forbidden","The server refused the request (403). Reload the page and sign in again.",{status:e});if(e===413)return new ve("invalid-input","The request is too large for the server.",{status:e});if(e===429){const r=t&&/^\d+$/.test(t)?` in ${t} s`:" shortly";return new ve("rate-limited",`Too many requests. Try again${r}.`,{status:e})}return e>=500?new ve("server",`The server failed (HTTP ${e}). Try again in a moment.`,{status:e}):new ve("server",`The server answered HTTP ${e}.`,{status:e})}function Tn(){return new ve("network","Cannot reach the server. Check the connection and try again.")}function gt(e){return e instanceof ve||e instanceof Error&&e.message?e.message:"Something went wrong."}function pn(e){const t={},r=(i,o)=>{const[s,...l]=i.split(".");if(!s)return;const d=l.length>0?`${l.join(".")}: ${o}`:o,p=t[s]??=[];p.includes(d)||p.push(d)};for(const i of e){if(jt(i)!=="BAD_USER_INPUT")continue;const o=i.extensions?.fields;if(Array.isArray(o)&&o.length>0){for(const l of o)if(l&&typeof l=="object"){const{field:d,message:p}=l;typeof d=="string"&&r(d,typeof p=="string"?p:i.message)}continue}const s=i.extensions?.field;typeof s=="string"&&r(s,cs(s,i.message))}return t}function cs(e,t){const r=`${e}: `;return t.startsWith(r)?t.slice(r.length):t}function ls(e,t){const r=pn(e);return e.filter(i=>{if(jt(i)!=="BAD_USER_INPUT")return!0;const o=Object.keys(pn([i]));return o.length===0||o.some(s=>!t.includes(s)||!r[s])})}class ds{#e;constructor(t){this.#e=t??void 0}get value(){return this.#e}accept(t){return this.#e!==void 0&&t<=this.#e?!1:(this.#e=t,!0)}}function gr(e,t=Math.random){const r=Math.min(15e3,500*2**Math.max(0,e));return Math.round(r*(.8+.4*t()))}function qr(e){return!!e&&typeof e=="object"&&typeof e.code=="number"}function us(e){return qr(e)&&e.code===4401}function hs(e){return Array.isArray(e)?!1:qr(e)?![4400,4403,4406,4409].includes(e.code):!0}function fs(e){return e.active===0?e.browserOnline?"idle":"offline":e.browserOnline?e.socket==="open"&&e.waiting===0?"online":e.waiting>0||e.socket==="closed"||e.everConnected?"reconnecting":"connecting":"offline"}const ps="codebot_csrf",gs="X-CSRF-Token";function ms(e,t){for(const r of e.split(";")){const i=r.indexOf("=");if(!(i<0)&&r.slice(0,i).trim()===t){const o=r.slice(i+1).trim();try{return decodeURIComponent(o)}catch{return o}}}}function jr(){const e={"content-type":"application/json",accept:"application/json"},t=typeof document>"u"?void 0:ms(document.cookie,ps);return t&&(e[gs]=t),e}async function Rn(e,t){try{return await fetch(e,{method:"POST",credentials:"same-origin",headers:jr(),body:t===void 0?"{}":JSON.stringify(t)})}catch{throw Tn()}}async function _s(e){try{const t=await e.json();return Array.isArray(t.errors)?t.errors:[]}catch{return[]}}const gn=new Set;function bs(e){return gn.add(e),()=>gn.delete(e)}function xn(){for(const e of gn)e()}let an;function Wr(){return an??=(async()=>{try{return(await Rn("/auth/refresh")).ok}catch{return!1}finally{an=void 0}})(),an}async function ys(e){const t=await Rn("/auth/session",{apiKey:e.trim()});if(t.ok)return;if(t.status===404||t.status===405)throw new ve("server","This server does not offer sign-in with an API key.",{status:t.status});const r=await _s(t);throw t.status===401?new ve("unauthenticated","The server did not accept this API key. Check it and try again.",{errors:r,status:401}):r.length>0?Je(r,t.status):dt(t.status)}async function Es(){try{await Rn("/auth/logout")}finally{xn()}}async function ws(){let e;try{e=await fetch("/auth/providers",{credentials:"same-origin",headers:{accept:"application/json"}})}catch{throw Tn()}if(e.status===404)return[];if(!e.ok)throw dt(e.status);const t=await e.json();return Array.isArray(t.providers)?t.providers.filter(r=>!!r&&typeof r=="object"&&typeof r.id=="string"&&typeof r.name=="string"&&typeof r.loginUrl=="string"):[]}function vs(e,t){if(!t||t==="/")return e.loginUrl;const r=e.loginUrl.includes("?")?"&":"?";return`${e.loginUrl}${r}redirect=${encodeURIComponent(t)}`}function kn(e){let t=e;const r=new Set;return{get:()=>t,set(i){if(!Object.is(i,t)){t=i;for(const o of[...r])o(t)}},subscribe(i){return r.add(i),()=>r.delete(i)}}}function mt(e){const[t,r]=N(e.get);return ae(()=>(r(()=>e.get()),e.subscribe(i=>r(()=>i))),[e]),t}const Cn=kn("idle");let rt="idle",$n=!1,mn=0,Kr=0;const _n=new Set,bn=new Set;let yn=0;function Is(){return typeof navigator>"u"?!0:navigator.onLine!==!1}function Be(){Cn.set(fs({socket:rt,active:mn,waiting:Kr,browserOnline:Is(),everConnected:$n}))}typeof window<"u"&&(window.addEventListener("online",()=>{Be();for(const e of[...bn])e()}),window.addEventListener("offline",Be));function Ss(){const{protocol:e,host:t}=window.location;return`${e==="https:"?"wss:":"ws:"}//${t}/graphql/ws`}let Bt,Tt,Rt;const As=8e3;function Ns(){return Bt??=rs({url:Ss,lazy:!0,lazyCloseTimeout:3e3,retryAttempts:0,keepAlive:15e3,connectionParams:{},on:{opened:e=>{Tt=e},ping:e=>{e||(clearTimeout(Rt),Rt=setTimeout(()=>{Tt?.readyState===WebSocket.OPEN&&Tt.close(4408,"No pong")},As))},pong:e=>{e&&clearTimeout(Rt)},connecting:()=>{rt="connecting",Be()},connected:()=>{rt="open",$n=!0,Be();for(const e of[..._n])e()},closed:()=>{clearTimeout(Rt),Tt=void 0,rt="closed",yn+=1,Be()}}}),Bt}function Vr(){Bt?.terminate(),Bt=void 0,rt="idle",$n=!1,Be()}function zr(e){const t=new ds(e.initialCursor);let r=!1,i=0,o,s,l=!1,d=!1;const p=f=>{f!==d&&(d=f,Kr+=f?1:-1,Be())},h=()=>{l&&!r&&(l=!1,e.onResume?.())},m=()=>{s!==void 0&&!r&&(clearTimeout(s),s=void 0,c())};_n.add(h),bn.add(m);const b=f=>{p(!0),l=!0,s=setTimeout(()=>{s=void 0,c()},f)},c=()=>{if(r)return;const f=yn,y={query:e.document.toString(),variables:e.variables(t.value)};o=Ns().subscribe(y,{next:I=>{if(i=0,p(!1),I.errors&&I.errors.length>0){e.onError?.(Je(I.errors));return}const C=I.data;C&&(e.cursorOf&&!t.accept(e.cursorOf(C))||e.onData(C))},error:I=>{o=void 0,!r&&(us(I)?(p(!0),Wr().then(C=>{r||(C?b(0):(p(!1),xn()))})):hs(I)?b(gr(i++)):(p(!1),e.onError?.(Je(Array.isArray(I)?I:[{message:"The live update was refused."}]))))},complete:()=>{o=void 0,!r&&yn!==f&&b(gr(i++))}}),rt==="open"&&h()};return mn+=1,Be(),c(),()=>{r||(r=!0,s!==void 0&&clearTimeout(s),p(!1),_n.delete(h),bn.delete(m),o?.(),mn-=1,Be())}}const Ts={idle:"",connecting:"Connecting…",online:"Live",reconnecting:"Reconnecting…",offline:"Offline"};function Rs(){const e=mt(Cn);return e==="idle"?null:n("span",{class:`live live-${e}`,role:"status","aria-live":"polite","data-live":e,children:[n("span",{class:"live-dot","aria-hidden":"true"}),Ts[e]]})}function Ee({error:e,onRetry:t}){return e?n("div",{class:"notice notice-error",role:"alert",children:[n("span",{children:gt(e)}),t&&n("button",{type:"button",class:"button small",onClick:t,children:"Try again"})]}):null}function _t({children:e}){return n("div",{class:"notice notice-info",role:"status",children:e})}function Qe({what:e}){return n("p",{class:"loading",role:"status","aria-live":"polite",children:["Loading ",e,"…"]})}const de={read:"integration.read",write:"integration.write",delete:"integration.delete",manageUsers:"user.manage"},xs=["VALIDATING","GENERATING","TESTING","REVIEWING","DEPLOYING"],Ot={approve:{label:"Approve",states:["REVIEWING"],permission:de.write,confirm:!1,text:{label:"Comment (optional)",required:!1},tone:"primary"},requestChanges:{label:"Request changes",states:["REVIEWING"],permission:de.write,confirm:!1,text:{label:"What should change",required:!0},tone:"default"},reject:{label:"Reject",states:["REVIEWING"],permission:de.write,confirm:!0,text:{label:"Reason",required:!0},tone:"danger"},cancel:{label:"Cancel",states:["DRAFT",...xs],permission:de.write,confirm:!0,tone:"danger"},retry:{label:"Retry",states:["FAILED"],permission:de.write,confirm:!1,tone:"primary"},deprecate:{label:"Deprecate",states:["ACTIVE"],permission:de.write,confirm:!0,tone:"danger"},delete:{label:"Delete",states:["DRAFT","FAILED","DEPRECATED"],permission:de.delete,confirm:!0,tone:"danger"}},ks=["approve","requestChanges","reject","retry","cancel","deprecate","delete"],Cs={VIEWER:[de.read],DEVELOPER:[de.read,de.write],ADMIN:[de.read,de.write,de.delete,de.manageUsers]};function $s(e){return Array.isArray(e.permissions)?e.permissions:Cs[e.role]??[]}function pt(e,t){return!!e&&$s(e).includes(t)}function Os(e,t){return pt(e,de.write)?e.role==="ADMIN"||pt(e,de.manageUsers)?!0:!!t.owner&&t.owner.id===e.id:!1}function Ds(e,t){return ks.filter(r=>Ot[r].states.includes(t.state)?r==="delete"?pt(e,de.delete):Os(e,t):!1)}function Ut(e){return pt(e,de.write)}function On(e){return pt(e,de.manageUsers)}const En=["VIEWER","DEVELOPER","ADMIN"];function Ls(e){const t=En.indexOf(e);return t<0?[]:En.slice(0,t+1)}async function mr(e,t){try{return await fetch("/graphql",{method:"POST",credentials:"same-origin",headers:jr(),body:JSON.stringify({query:e,variables:t??{}})})}catch{throw Tn()}}async function Yr(e,t){const r=e.toString();let i=await mr(r,t);if(i.status===401&&(await Wr()&&(i=await mr(r,t)),i.status===401))throw xn(),dt(401);let o;try{o=await i.json()}catch{o=void 0}if(!o||o.data===void 0&&!o.errors)throw dt(i.status,i.headers.get("retry-after"));const s=Array.isArray(o.errors)?o.errors:[];if(o.data===void 0||o.data===null)throw s.length>0?Je(s,i.status):dt(i.status);return{data:o.data,errors:s}}const xe=Yr;async function Re(e,t){const r=await Yr(e,t);if(r.errors.length>0||!r.data)throw Je(r.errors);return r.data}class Z extends String{__apiType;value;__meta__;constructor(t,r){super(t),this.value=t,this.__meta__=r}toString(){return this.value}}new Z(`
    fragment IntegrationSummary on Integration {
  id
  kind
  name
  description
  state
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}
    `,{fragmentName:"IntegrationSummary"});new Z(`
    fragment IntegrationDetail on Integration {
  ...IntegrationSummary
  prompt
  config
  round
  generator
  testCommand
  failure {
    step
    reason
    trigger
  }
  steps {
    name
    status
    attempts
    startedAt
    finishedAt
    error
  }
  files {
    path
    content
  }
  testReport {
    passed
    exitCode
    durationMs
    output
    truncated
    timedOut
  }
  pullRequest {
    url
    number
    branch
    commit
    state
    filesChanged
    additions
    deletions
  }
  deployment {
    id
    location
    previous
  }
  usage {
    inputTokens
    outputTokens
    costUsd
  }
  generationProgress {
    attempt
    characters
    files
    reportedAt
  }
}
    fragment IntegrationSummary on Integration {
  id
  kind
  name
  description
  state
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}`,{fragmentName:"IntegrationDetail"});new Z(`
    fragment EventFields on IntegrationEvent {
  position
  integrationId
  version
  type
  actor
  requestId
  correlationId
  recordedAt
  data
}
    `,{fragmentName:"EventFields"});const Ms=new Z(`
    mutation CreateIntegration($input: CreateIntegrationInput!) {
  createIntegration(input: $input) {
    ...IntegrationSummary
  }
}
    fragment IntegrationSummary on Integration {
  id
  kind
  name
  description
  state
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}`),Ps=new Z(`
    mutation ApproveIntegration($id: ID!, $comment: String) {
  approveIntegration(id: $id, comment: $comment) {
    ...IntegrationSummary
  }
}
    fragment IntegrationSummary on Integration {
  id
  kind
  name
  description
  state
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}`),Bs=new Z(`
    mutation RequestChanges($id: ID!, $comment: String!) {
  requestChanges(id: $id, comment: $comment) {
    ...IntegrationSummary
  }
}
    fragment IntegrationSummary on Integration {
  id
  kind
  name
  description
  state
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}`),Us=new Z(`
    mutation RejectIntegration($id: ID!, $reason: String!) {
  rejectIntegration(id: $id, reason: $reason) {
    ...IntegrationSummary
  }
}
    fragment IntegrationSummary on Integration {
  id
  kind
  name
  description
  state
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}`),Fs=new Z(`
    mutation CancelIntegration($id: ID!) {
  cancelIntegration(id: $id) {
    ...IntegrationSummary
  }
}
    fragment IntegrationSummary on Integration {
  id
  kind
  name
  description
  state
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}`),Gs=new Z(`
    mutation RetryIntegration($id: ID!) {
  retryIntegration(id: $id) {
    ...IntegrationSummary
  }
}
    fragment IntegrationSummary on Integration {
  id
  kind
  name
  description
  state
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}`),Hs=new Z(`
    mutation DeprecateIntegration($id: ID!) {
  deprecateIntegration(id: $id) {
    ...IntegrationSummary
  }
}
    fragment IntegrationSummary on Integration {
  id
  kind
  name
  description
  state
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}`),qs=new Z(`
    mutation DeleteIntegration($id: ID!) {
  deleteIntegration(id: $id)
}
    `),js=new Z(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
      name
      role
      prefix
    }
  }
}
    `),Ws=new Z(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id)
}
    `),Ks=new Z(`
    mutation SetUserRole($userId: ID!, $role: Role!) {
  setUserRole(userId: $userId, role: $role) {
    id
    role
  }
}
    `),Vs=new Z(`
    query Me {
  me {
    id
    name
    email
    role
    permissions
  }
}
    `),_r=new Z(`
    query Board($first: Int!, $after: String, $filter: IntegrationFilter) {
  integrations(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...IntegrationSummary
    }
  }
}
    fragment IntegrationSummary on Integration {
  id
  kind
  name
  description
  state
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}`),zs=new Z(`
    query StateCounts($owner: ID, $text: String) {
  all: integrations(first: 0, filter: {owner: $owner, text: $text}) {
    totalCount
  }
  DRAFT: integrations(
    first: 0
    filter: {states: [DRAFT], owner: $owner, text: $text}
  ) {
    totalCount
  }
  VALIDATING: integrations(
    first: 0
    filter: {states: [VALIDATING], owner: $owner, text: $text}
  ) {
    totalCount
  }
  GENERATING: integrations(
    first: 0
    filter: {states: [GENERATING], owner: $owner, text: $text}
  ) {
    totalCount
  }
  TESTING: integrations(
    first: 0
    filter: {states: [TESTING], owner: $owner, text: $text}
  ) {
    totalCount
  }
  REVIEWING: integrations(
    first: 0
    filter: {states: [REVIEWING], owner: $owner, text: $text}
  ) {
    totalCount
  }
  DEPLOYING: integrations(
    first: 0
    filter: {states: [DEPLOYING], owner: $owner, text: $text}
  ) {
    totalCount
  }
  ACTIVE: integrations(
    first: 0
    filter: {states: [ACTIVE], owner: $owner, text: $text}
  ) {
    totalCount
  }
  FAILED: integrations(
    first: 0
    filter: {states: [FAILED], owner: $owner, text: $text}
  ) {
    totalCount
  }
  DEPRECATED: integrations(
    first: 0
    filter: {states: [DEPRECATED], owner: $owner, text: $text}
  ) {
    totalCount
  }
}
    `),Ys=new Z(`
    query Kinds {
  integrationKinds {
    name
    description
    configSchema
    exampleConfig
  }
}
    `),Js=new Z(`
    query Integration($id: ID!) {
  integration(id: $id) {
    ...IntegrationDetail
  }
}
    fragment IntegrationSummary on Integration {
  id
  kind
  name
  description
  state
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}
fragment IntegrationDetail on Integration {
  ...IntegrationSummary
  prompt
  config
  round
  generator
  testCommand
  failure {
    step
    reason
    trigger
  }
  steps {
    name
    status
    attempts
    startedAt
    finishedAt
    error
  }
  files {
    path
    content
  }
  testReport {
    passed
    exitCode
    durationMs
    output
    truncated
    timedOut
  }
  pullRequest {
    url
    number
    branch
    commit
    state
    filesChanged
    additions
    deletions
  }
  deployment {
    id
    location
    previous
  }
  usage {
    inputTokens
    outputTokens
    costUsd
  }
  generationProgress {
    attempt
    characters
    files
    reportedAt
  }
}`),Qs=new Z(`
    query IntegrationAt($id: ID!, $version: Int!) {
  integrationAt(id: $id, version: $version) {
    ...IntegrationDetail
  }
}
    fragment IntegrationSummary on Integration {
  id
  kind
  name
  description
  state
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}
fragment IntegrationDetail on Integration {
  ...IntegrationSummary
  prompt
  config
  round
  generator
  testCommand
  failure {
    step
    reason
    trigger
  }
  steps {
    name
    status
    attempts
    startedAt
    finishedAt
    error
  }
  files {
    path
    content
  }
  testReport {
    passed
    exitCode
    durationMs
    output
    truncated
    timedOut
  }
  pullRequest {
    url
    number
    branch
    commit
    state
    filesChanged
    additions
    deletions
  }
  deployment {
    id
    location
    previous
  }
  usage {
    inputTokens
    outputTokens
    costUsd
  }
  generationProgress {
    attempt
    characters
    files
    reportedAt
  }
}`),Jr=new Z(`
    query Users($first: Int!, $after: String) {
  users(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      email
      role
      createdAt
    }
  }
}
    `),Xs=new Z(`
    query ApiKeys {
  apiKeys {
    id
    name
    role
    prefix
    owner {
      id
      name
    }
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
}
    `),Zs=new Z(`
    query SystemStatus {
  systemStatus {
    version
    database {
      backend
      ok
    }
    queue {
      queued
      running
    }
    providers {
      instance
      name
      breaker
      consecutiveFailures
      failureThreshold
      openSeconds
      inFlight
      concurrencyLimit
      queued
      queueLimit
      calls
      retries
      rejected
    }
    bulkheads {
      instance
      name
      inFlight
      concurrencyLimit
      queued
      queueLimit
      rejected
    }
    workers {
      instance
      reportedAt
    }
  }
}
    `),eo=new Z(`
    subscription IntegrationUpdates {
  integrationUpdated {
    ...IntegrationSummary
  }
}
    fragment IntegrationSummary on Integration {
  id
  kind
  name
  description
  state
  version
  createdAt
  updatedAt
  owner {
    id
    name
  }
}`),to=new Z(`
    subscription IntegrationEvents($id: ID!, $afterVersion: Int) {
  integrationEvents(id: $id, afterVersion: $afterVersion) {
    ...EventFields
  }
}
    fragment EventFields on IntegrationEvent {
  position
  integrationId
  version
  type
  actor
  requestId
  correlationId
  recordedAt
  data
}`);function Qr({request:e,onClose:t}){const r=nt(null),[i,o]=N(""),[s,l]=N(!1),[d,p]=N(null);return ae(()=>{const m=r.current;m&&(e?(o(""),p(null),l(!1),m.open||m.showModal()):m.open&&m.close())},[e]),n("dialog",{ref:r,class:"dialog","aria-labelledby":"dialog-title",onClose:t,children:e&&n("form",{method:"dialog",onSubmit:async m=>{if(m.preventDefault(),!!e){if(e.text?.required&&i.trim()===""){p(new Error(`${e.text.label} is required.`));return}l(!0),p(null);try{await e.run(i.trim()),t()}catch(b){p(b),l(!1)}}},children:[n("h2",{id:"dialog-title",children:e.title}),n("p",{children:e.body}),e.text&&n("label",{class:"field",children:[n("span",{children:e.text.label}),n("textarea",{rows:3,value:i,required:e.text.required,onInput:m=>o(m.currentTarget.value)})]}),!!d&&n("p",{class:"field-error",role:"alert",children:gt(d)}),n("div",{class:"dialog-actions",children:[n("button",{type:"button",class:"button",onClick:t,disabled:s,children:"Back"}),n("button",{type:"submit",class:`button ${e.danger?"danger":"primary"}`,disabled:s,children:s?"Working…":e.confirmLabel})]})]})})}function Dt(e,t){const r=nt(e);r.current=e;const i=nt(void 0),o=nt(()=>{i.current!==void 0&&clearTimeout(i.current),i.current=setTimeout(()=>{i.current=void 0,r.current()},t)});return ae(()=>()=>clearTimeout(i.current),[]),o.current}function Wt(e){ae(()=>{document.title=e?`${e} · Claude Code Bot`:"Claude Code Bot"},[e])}function Ne(e){if(!e)return"—";const t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleString(void 0,{dateStyle:"medium",timeStyle:"medium"})}function Kt(e){if(e==null||!Number.isFinite(e)||e<0)return"—";if(e<1e3)return`${Math.round(e)} ms`;const t=e/1e3;if(t<60)return`${t.toFixed(t<10?2:1)} s`;const r=Math.floor(t/60),i=Math.round(t%60);return r<60?`${r} min ${i} s`:`${Math.floor(r/60)} h ${r%60} min`}function no(e,t,r){if(!e)return null;const i=Date.parse(e),o=t?Date.parse(t):r;return Number.isNaN(i)||Number.isNaN(o)?null:Math.max(0,o-i)}function ro(e){return e===0?"$0.00":e<.01?`$${e.toFixed(4)}`:`$${e.toFixed(2)}`}function De(e){return e.toLocaleString("en-US")}function X(e,t){return e&&typeof e=="object"?e[t]:void 0}const fe=e=>typeof e=="string"||typeof e=="number"?String(e):"";function io(e,t){switch(e){case"IntegrationCreated":return`Created “${fe(X(t,"name"))}” (${fe(X(t,"kind"))})`;case"IntegrationUpdated":return`Changed ${Object.keys(t??{}).join(", ")||"nothing"}`;case"StateChanged":{const r=fe(X(t,"reason")),i=fe(X(t,"trigger")).replace(/_/g," ");return`${fe(X(t,"from"))} → ${fe(X(t,"to"))}${i?` (${i})`:""}${r?`: ${r}`:""}`}case"StepStarted":return`${fe(X(t,"step"))} started (attempt ${fe(X(t,"attempt"))})`;case"StepSucceeded":return`${fe(X(t,"step"))} succeeded in ${Kt(Number(X(t,"duration_ms")))}`;case"StepFailed":return`${fe(X(t,"step"))} failed (attempt ${fe(X(t,"attempt"))}): ${fe(X(t,"error"))}`;case"GenerationProgressed":{const r=Number(X(t,"characters")),i=X(t,"files"),o=Array.isArray(i)?i.map(fe).filter(Boolean):[],s=Number(X(t,"attempt"));return`Generation progress: ${Number.isFinite(r)?De(r):"?"} characters, ${o.length>0?`files: ${o.join(", ")}`:"no file begun yet"}${s>1?` (attempt ${s})`:""}`}case"CodeGenerated":{const r=X(t,"files");return`Code generated by ${fe(X(t,"generator"))}: ${Array.isArray(r)?r.length:0} files`}case"TestsCompleted":return X(X(t,"report"),"passed")?"Tests passed":"Tests failed";case"PullRequestOpened":return`Pull request #${fe(X(X(t,"pull_request"),"number"))} opened`;case"Deployed":return`Deployed to ${fe(X(X(t,"deployment"),"location"))}`;case"Compensated":return`${fe(X(t,"step"))} undone: ${fe(X(t,"detail"))}`;case"Undeployed":return"Deployment removed";case"IntegrationDeleted":return"Deleted";default:return e}}const br={CLOSED:{label:"Closed",tone:"good",help:"Calls go through"},OPEN:{label:"Open",tone:"attention",help:"Calls fail fast until the open period ends"},HALF_OPEN:{label:"Half-open",tone:"busy",help:"One trial call decides whether it closes again"}};function so(e){return Object.prototype.hasOwnProperty.call(br,e)?br[e]:{label:e,tone:"neutral",help:"Unknown breaker state"}}function Xr(e,t){return`${De(e)} / ${De(t)}`}function oo(e,t){return t>0&&e>=t}function Zr(e){return!Number.isFinite(e)||e<0?"—":e<60?`${Math.round(e)} s`:Kt(e*1e3)}function ao(e,t){const r=Date.parse(e);if(Number.isNaN(r))return"—";const i=Math.floor((t-r)/1e3);return i<1?"just now":`${Zr(i)} ago`}function co({me:e}){const[t,r]=N(null),[i,o]=N(null),[s,l]=N(0),[d,p]=N(null),[h,m]=N(null),b=st(async f=>{try{const y=await xe(Jr,{first:50,after:f}),I=y.data?.users;if(!I)throw Je(y.errors);r(C=>f?[...C??[],...I.nodes]:I.nodes),o(I.pageInfo.hasNextPage?I.pageInfo.endCursor??null:null),l(I.totalCount),p(null)}catch(y){p(y)}},[]);ae(()=>{b(null)},[b]);const c=async(f,y)=>{m(f.id),p(null);try{const I=await Re(Ks,{userId:f.id,role:y});r(C=>C?.map(S=>S.id===f.id?{...S,role:I.setUserRole.role}:S)??null)}catch(I){p(I)}finally{m(null)}};return n("section",{class:"card","aria-labelledby":"users-title",children:[n("h2",{id:"users-title",children:"Users and roles"}),n(Ee,{error:d,onRetry:()=>{b(null)}}),t===null?!d&&n(Qe,{what:"users"}):n("div",{class:"table-scroll",children:[n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Email"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Since"})]})}),n("tbody",{children:t.map(f=>n("tr",{children:[n("td",{"data-label":"Name",children:[f.name,f.id===e.id&&n("span",{class:"muted",children:" (you)"})]}),n("td",{"data-label":"Email",children:f.email??"—"}),n("td",{"data-label":"Role",children:n("select",{"aria-label":`Role of ${f.name}`,value:f.role,disabled:h===f.id||f.id===e.id,onChange:y=>{c(f,y.currentTarget.value)},children:En.map(y=>n("option",{value:y,children:y},y))})}),n("td",{"data-label":"Since",children:Ne(f.createdAt)})]},f.id))})]}),n("p",{class:"muted small",children:[t.length," of ",s," users"]}),i&&n("button",{type:"button",class:"button",onClick:()=>{b(i)},children:"Load more"})]})]})}function lo({me:e}){const t=Ls(e.role),[r,i]=N(null),[o,s]=N(null),[l,d]=N(""),[p,h]=N("VIEWER"),[m,b]=N(""),[c,f]=N(null),[y,I]=N(!1),[C,S]=N(null),[T,B]=N(!1),[te,W]=N(null),q=st(async()=>{try{const O=await xe(Xs);i(O.data?.apiKeys??[]),s(null)}catch(O){s(O)}},[]);ae(()=>{q()},[q]);const pe=async O=>{if(O.preventDefault(),l.trim()===""){f("Give the key a name.");return}I(!0),f(null),B(!1);try{const K={name:l.trim(),role:p};m&&(K.expiresAt=new Date(`${m}T23:59:59`).toISOString());const ie=await Re(js,{input:K});S(ie.createApiKey),d(""),b(""),q()}catch(K){f(gt(K))}finally{I(!1)}},V=O=>W({title:`Revoke “${O.name}”`,body:`Programs using the key ${O.prefix}… stop working at once. This cannot be undone.`,confirmLabel:"Revoke",danger:!0,run:async()=>{await Re(Ws,{id:O.id}),await q()}});return n("section",{class:"card","aria-labelledby":"keys-title",children:[n("h2",{id:"keys-title",children:"API keys"}),n("form",{class:"form inline-form",onSubmit:pe,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"key-name",children:"Name"}),n("input",{id:"key-name",value:l,onInput:O=>d(O.currentTarget.value)})]}),n("div",{class:"field",children:[n("label",{for:"key-role",children:"Role"}),n("select",{id:"key-role",value:p,onChange:O=>h(O.currentTarget.value),children:t.map(O=>n("option",{value:O,children:O},O))})]}),n("div",{class:"field",children:[n("label",{for:"key-expires",children:["Expires ",n("small",{class:"muted",children:"(optional)"})]}),n("input",{id:"key-expires",type:"date",value:m,onInput:O=>b(O.currentTarget.value)})]}),n("button",{type:"submit",class:"button primary",disabled:y,children:y?"Creating…":"Create key"})]}),c&&n("p",{class:"field-error",role:"alert",children:c}),C&&n("div",{class:"notice notice-success secret",role:"status",children:[n("p",{children:["Key ",n("strong",{children:C.apiKey.name})," (",C.apiKey.role,") created. Copy the secret now: it is shown only once."]}),n("div",{class:"secret-row",children:[n("code",{id:"new-key-secret","data-secret":!0,children:C.secret}),n("button",{type:"button",class:"button small",onClick:()=>navigator.clipboard?.writeText(C.secret).then(()=>B(!0),()=>B(!1)),children:T?"Copied":"Copy"}),n("button",{type:"button",class:"button small",onClick:()=>S(null),children:"Done"})]})]}),n(Ee,{error:o,onRetry:()=>{q()}}),r===null?!o&&n(Qe,{what:"API keys"}):r.length===0?n("p",{class:"muted",children:"No API keys."}):n("div",{class:"table-scroll",children:n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Key"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Owner"}),n("th",{scope:"col",children:"Created"}),n("th",{scope:"col",children:"Last used"}),n("th",{scope:"col",children:"Expires"}),n("th",{scope:"col",children:n("span",{class:"visually-hidden",children:"Revoke"})})]})}),n("tbody",{children:r.map(O=>n("tr",{class:O.revokedAt?"revoked":void 0,children:[n("td",{"data-label":"Name",children:O.name}),n("td",{"data-label":"Key",children:n("code",{children:[O.prefix,"…"]})}),n("td",{"data-label":"Role",children:O.role}),n("td",{"data-label":"Owner",children:O.owner?.name??"—"}),n("td",{"data-label":"Created",children:Ne(O.createdAt)}),n("td",{"data-label":"Last used",children:O.lastUsedAt?Ne(O.lastUsedAt):"never"}),n("td",{"data-label":"Expires",children:O.expiresAt?Ne(O.expiresAt):"never"}),n("td",{children:O.revokedAt?n("span",{class:"muted",children:["revoked ",Ne(O.revokedAt)]}):n("button",{type:"button",class:"button small danger",onClick:()=>V(O),children:"Revoke"})})]},O.id))})]})}),n(Qr,{request:te,onClose:()=>W(null)})]})}function Ft({count:e,limit:t}){return n(me,{children:[Xr(e,t),oo(e,t)&&n(me,{children:[" ",n("span",{class:"badge tone-attention",children:"full"})]})]})}function uo({workers:e,readAt:t}){return n(me,{children:[n("h3",{id:"workers-title",children:"Workers"}),e.length===0?n(_t,{children:"No worker is running: integrations will wait in the queue."}):n("ul",{class:"worker-list","aria-labelledby":"workers-title",children:e.map(r=>n("li",{"data-worker":r.instance,children:[n("code",{children:r.instance})," ",n("span",{class:"muted small",children:["reported"," ",n("time",{dateTime:r.reportedAt,title:Ne(r.reportedAt),children:ao(r.reportedAt,t)})]})]},r.instance))})]})}function ho({bulkheads:e}){return n(me,{children:[n("h3",{id:"bulkheads-title",children:"Bulkheads"}),e.length===0?n("p",{class:"muted",children:"No worker reports a bulkhead."}):n("div",{class:"table-scroll",children:n("table",{class:"numbers","aria-labelledby":"bulkheads-title",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Worker"}),n("th",{scope:"col",children:"Guards"}),n("th",{scope:"col",children:"In flight"}),n("th",{scope:"col",children:"Queued"}),n("th",{scope:"col",children:"Rejected"})]})}),n("tbody",{children:e.map(t=>n("tr",{"data-bulkhead":t.name,children:[n("td",{"data-label":"Worker",children:n("code",{children:t.instance})}),n("td",{"data-label":"Guards",children:n("code",{children:t.name})}),n("td",{"data-label":"In flight",children:n(Ft,{count:t.inFlight,limit:t.concurrencyLimit})}),n("td",{"data-label":"Queued",children:n(Ft,{count:t.queued,limit:t.queueLimit})}),n("td",{"data-label":"Rejected",children:De(t.rejected)})]},`${t.instance}/${t.name}`))})]})})]})}function fo({provider:e}){const t=so(e.breaker);return n("li",{class:"provider","data-breaker":e.breaker,children:n("table",{class:"kv",children:[n("caption",{children:n("code",{children:e.name})}),n("tbody",{children:[n("tr",{children:[n("th",{scope:"row",children:"Worker"}),n("td",{children:n("code",{children:e.instance})})]}),n("tr",{children:[n("th",{scope:"row",children:"Breaker"}),n("td",{children:n("span",{class:`badge tone-${t.tone}`,title:t.help,"data-breaker":e.breaker,children:t.label})})]}),n("tr",{children:[n("th",{scope:"row",children:"Failures in a row"}),n("td",{children:Xr(e.consecutiveFailures,e.failureThreshold)})]}),n("tr",{children:[n("th",{scope:"row",children:"Open period"}),n("td",{children:Zr(e.openSeconds)})]}),n("tr",{children:[n("th",{scope:"row",children:"In flight"}),n("td",{children:n(Ft,{count:e.inFlight,limit:e.concurrencyLimit})})]}),n("tr",{children:[n("th",{scope:"row",children:"Queued"}),n("td",{children:n(Ft,{count:e.queued,limit:e.queueLimit})})]}),n("tr",{children:[n("th",{scope:"row",children:"Calls"}),n("td",{children:De(e.calls)})]}),n("tr",{children:[n("th",{scope:"row",children:"Retries"}),n("td",{children:De(e.retries)})]}),n("tr",{children:[n("th",{scope:"row",children:"Rejected"}),n("td",{children:De(e.rejected)})]})]})]})})}function po({providers:e,workers:t}){return n(me,{children:[n("h3",{id:"providers-title",children:"Providers"}),e.length===0?n("p",{class:"muted",children:t===0?"No worker reports its providers.":"No networked providers (the offline generator is in use)."}):n("ul",{class:"provider-list","aria-labelledby":"providers-title",children:e.map(r=>n(fo,{provider:r},`${r.instance}/${r.name}`))})]})}function go(){const[e,t]=N(null),[r,i]=N(0),[o,s]=N(null),l=st(async()=>{try{const d=await xe(Zs);t(d.data?.systemStatus??null),i(Date.now()),s(null)}catch(d){s(d)}},[]);return ae(()=>{l()},[l]),n("section",{class:"card","aria-labelledby":"status-title",children:[n("div",{class:"page-head",children:[n("h2",{id:"status-title",children:"System status"}),n("button",{type:"button",class:"button small",onClick:()=>{l()},children:"Refresh"})]}),n(Ee,{error:o,onRetry:()=>{l()}}),e&&n("dl",{class:"pairs",children:[n("dt",{children:"Version"}),n("dd",{children:e.version}),n("dt",{children:"Database"}),n("dd",{children:[e.database.backend," ",n("span",{class:`badge tone-${e.database.ok?"good":"bad"}`,children:e.database.ok?"OK":"not answering"})]}),n("dt",{children:"Job queue"}),n("dd",{children:e.queue?`${e.queue.queued} queued, ${e.queue.running} running`:"cannot be read"})]}),e&&n(me,{children:[n(uo,{workers:e.workers,readAt:r}),n(ho,{bulkheads:e.bulkheads}),n(po,{providers:e.providers,workers:e.workers.length})]})]})}function mo({user:e}){const t=On(e);return Wt(t?"Admin":"API keys"),n("div",{class:"admin",children:[n("h1",{children:t?"Admin":"API keys"}),t&&n(go,{}),t&&n(co,{me:e}),n(lo,{me:e}),!t&&n(_t,{children:"Users, roles and the system status are for administrators."})]})}const Vt=["DRAFT","VALIDATING","GENERATING","TESTING","REVIEWING","DEPLOYING","ACTIVE","FAILED","DEPRECATED"],_o={DRAFT:"neutral",VALIDATING:"busy",GENERATING:"busy",TESTING:"busy",REVIEWING:"attention",DEPLOYING:"busy",ACTIVE:"good",FAILED:"bad",DEPRECATED:"muted"},bo={DRAFT:"Created; the pipeline has not started",VALIDATING:"The request is checked against its kind",GENERATING:"The generator writes the code and its tests",TESTING:"The generated tests run in the sandbox",REVIEWING:"A pull request waits for a review",DEPLOYING:"The reviewed code is being deployed",ACTIVE:"Deployed and running",FAILED:"Failed, rejected or cancelled; finished steps were undone",DEPRECATED:"Taken out of service"};function yo(e){return Vt.includes(e)}function ei(e){return e.charAt(0)+e.slice(1).toLowerCase()}function Eo(){return{total:0,byState:Object.fromEntries(Vt.map(e=>[e,0]))}}function wo(e){const t=Eo();if(!e)return t;t.total=e.all?.totalCount??0;for(const r of Vt)t.byState[r]=e[r]?.totalCount??0;return t}function vo(e,t,r){if(t===r)return e;const i={...e.byState};let o=e.total;return t?i[t]=Math.max(0,i[t]-1):o+=1,i[r]+=1,{total:o,byState:i}}function Dn({state:e}){return n("span",{class:`badge tone-${_o[e]}`,title:bo[e],"data-state":e,children:ei(e)})}function Io({status:e}){return n("span",{class:`badge tone-${e==="SUCCEEDED"?"good":e==="FAILED"?"bad":e==="RUNNING"?"busy":e==="COMPENSATED"?"muted":"neutral"}`,children:e.charAt(0)+e.slice(1).toLowerCase()})}function Ln(){return{path:window.location.pathname,search:new URLSearchParams(window.location.search)}}const Mn=kn(Ln());window.addEventListener("popstate",()=>Mn.set(Ln()));function Ue(e,t={}){const r=window.location.pathname+window.location.search;e!==r&&(t.replace?window.history.replaceState(null,"",e):window.history.pushState(null,"",e),Mn.set(Ln()),t.replace||window.scrollTo(0,0))}function zt(){return mt(Mn)}function So(e,t){const r=e.split("/").filter(Boolean),i=t.split("/").filter(Boolean);if(r.length!==i.length)return null;const o={};for(let s=0;s<r.length;s+=1){const l=r[s],d=i[s];if(l.startsWith(":"))try{o[l.slice(1)]=decodeURIComponent(d)}catch{return null}else if(l!==d)return null}return o}function ke({href:e,onClick:t,...r}){return n("a",{href:e,onClick:i=>{t&&t(i),!(i.defaultPrevented||i.button!==0||i.metaKey||i.ctrlKey||i.shiftKey||i.altKey)&&(i.preventDefault(),Ue(e))},...r})}const yr=25;function Er(e){return{states:(e.get("state")??"").split(",").filter(yo),owner:e.get("owner")??"",text:e.get("q")??""}}function cn(e){const t=new URLSearchParams;e.states.length>0&&t.set("state",e.states.join(",")),e.owner&&t.set("owner",e.owner),e.text&&t.set("q",e.text);const r=t.toString();return r?`/?${r}`:"/"}function wr(e,t){return e?e==="me"?t.id:e:null}function Ao({user:e}){Wt("Integrations");const t=zt(),r=Er(t.search),i=`${r.states.join(",")}|${r.owner}|${r.text}`,[o,s]=N(null),[l,d]=N(0),[p,h]=N(null),[m,b]=N(null),[c,f]=N(null),[y,I]=N(null),[C,S]=N(!1),[T,B]=N(r.text),[te,W]=N([]),q=nt(o);q.current=o;const pe=()=>{const u={};r.states.length>0&&(u.states=r.states);const w=wr(r.owner,e);return w&&(u.owner=w),r.text&&(u.text=r.text),u},V=st(async()=>{try{const u=await xe(zs,{owner:wr(r.owner,e),text:r.text||null});b(wo(u.data))}catch(u){f(u)}},[i]),O=st(async()=>{const u=Math.min(100,Math.max(yr,q.current?.length??0));try{const x=(await xe(_r,{first:u,after:null,filter:pe()})).data.integrations;s(x.nodes),d(x.totalCount),h(x.pageInfo.hasNextPage?x.pageInfo.endCursor??null:null),f(null)}catch(w){f(w)}},[i]),K=Dt(()=>{O()},300),ie=Dt(()=>{V()},300);ae(()=>{s(null),q.current=null,O(),V()},[O,V]),ae(()=>{On(e)&&xe(Jr,{first:100,after:null}).then(u=>W(u.data?.users?.nodes??[]),()=>W([]))},[e]),ae(()=>zr({document:eo,variables:()=>({}),onData:({integrationUpdated:u})=>{const w=q.current,x=w?w.findIndex(G=>G.id===u.id):-1;if(w&&x>=0){const G=w[x];if(G.version>u.version)return;const j=[...w];j[x]=u,q.current=j,s(j),G.state!==u.state&&b(U=>U&&vo(U,G.state,u.state))}else K();ie()},onResume:()=>{K(),ie()},onError:I}),[K,ie]);const Fe=Dt(()=>{const u=Er(new URLSearchParams(window.location.search));u.text!==T.trim()&&Ue(cn({...u,text:T.trim()}),{replace:!0})},350);ae(()=>{r.text!==T.trim()&&B(r.text)},[r.text]);const Ie=u=>{const w=u===null?[]:r.states.includes(u)?r.states.filter(x=>x!==u):[...r.states,u];Ue(cn({...r,states:w}))},D=async()=>{if(p){S(!0);try{const w=(await xe(_r,{first:yr,after:p,filter:pe()})).data.integrations,x=new Set((q.current??[]).map(j=>j.id)),G=[...q.current??[],...w.nodes.filter(j=>!x.has(j.id))];q.current=G,s(G),d(w.totalCount),h(w.pageInfo.hasNextPage?w.pageInfo.endCursor??null:null)}catch(u){f(u)}finally{S(!1)}}};return n("section",{"aria-labelledby":"board-title",children:[n("div",{class:"page-head",children:[n("h1",{id:"board-title",children:"Integrations"}),Ut(e)&&n(ke,{class:"button primary",href:"/integrations/new",children:"New integration"})]}),n("div",{class:"filters",role:"search",children:[n("div",{class:"chips",role:"group","aria-label":"Filter by state",children:[n("button",{type:"button",class:"chip","aria-pressed":r.states.length===0,onClick:()=>Ie(null),children:["All ",n("span",{class:"count",children:m?m.total:"…"})]}),Vt.map(u=>n("button",{type:"button",class:`chip chip-${u.toLowerCase()}`,"aria-pressed":r.states.includes(u),"data-state-count":u,onClick:()=>Ie(u),children:[ei(u)," ",n("span",{class:"count",children:m?m.byState[u]:"…"})]},u))]}),n("div",{class:"filter-row",children:[n("div",{class:"field inline",children:[n("label",{for:"board-search",children:"Search"}),n("input",{id:"board-search",type:"search",value:T,placeholder:"Name or description",onInput:u=>{B(u.currentTarget.value),Fe()}})]}),n("div",{class:"field inline",children:[n("label",{for:"board-owner",children:"Owner"}),n("select",{id:"board-owner",value:r.owner,onChange:u=>Ue(cn({...r,owner:u.currentTarget.value})),children:[n("option",{value:"",children:"Anyone"}),n("option",{value:"me",children:"Me"}),te.filter(u=>u.id!==e.id).map(u=>n("option",{value:u.id,children:u.name},u.id))]})]})]})]}),n(Ee,{error:c,onRetry:()=>{O()}}),n(Ee,{error:y}),o===null?!c&&n(Qe,{what:"integrations"}):o.length===0?n("p",{class:"empty",children:["No integration matches. ",Ut(e)&&n(ke,{href:"/integrations/new",children:"Create one."})]}):n(me,{children:[n("table",{class:"board",children:[n("caption",{class:"visually-hidden",children:"Integrations, newest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Kind"}),n("th",{scope:"col",children:"State"}),n("th",{scope:"col",children:"Owner"}),n("th",{scope:"col",children:"Updated"})]})}),n("tbody",{children:o.map(u=>n("tr",{"data-integration":u.id,children:[n("td",{"data-label":"Name",children:[n(ke,{href:`/integrations/${encodeURIComponent(u.id)}`,class:"name",children:u.name}),u.description&&n("div",{class:"muted small",children:u.description})]}),n("td",{"data-label":"Kind",children:n("code",{children:u.kind})}),n("td",{"data-label":"State",children:n(Dn,{state:u.state})}),n("td",{"data-label":"Owner",children:u.owner?u.owner.id===e.id?"You":u.owner.name:"—"}),n("td",{"data-label":"Updated",children:n("time",{dateTime:u.updatedAt,children:Ne(u.updatedAt)})})]},u.id))})]}),n("p",{class:"muted small","aria-live":"polite",children:["Showing ",o.length," of ",l]}),p&&n("button",{type:"button",class:"button",onClick:D,disabled:C,children:C?"Loading…":"Load more"})]})]})}function vr(e){if(e.trim()==="")return{ok:!1,issue:{path:"",message:"Enter the configuration as a JSON object."}};let t;try{t=JSON.parse(e)}catch(r){return{ok:!1,issue:{path:"",message:`Not valid JSON: ${r instanceof Error?r.message:"not valid JSON"}`}}}return!t||typeof t!="object"||Array.isArray(t)?{ok:!1,issue:{path:"",message:"The configuration must be a JSON object ({ … })."}}:{ok:!0,value:t}}function ut(e){return e&&typeof e=="object"&&!Array.isArray(e)?e:void 0}function No(e){return e===null?"null":Array.isArray(e)?"array":typeof e=="number"?Number.isInteger(e)?"integer":"number":typeof e}function To(e,t){const r=No(e);return r===t||t==="number"&&r==="integer"}function wn(e,t,r=""){const i=ut(t);if(!i)return[];const o=[],s=d=>r?`${r}.${d}`:String(d),l=Array.isArray(i.type)?i.type:typeof i.type=="string"?[i.type]:[];if(l.length>0&&!l.some(d=>To(e,d)))return[{path:r,message:`must be ${l.map(d=>d==="integer"?"a whole number":`a${/^[aeiou]/.test(d)?"n":""} ${d}`).join(" or ")}`}];if(Array.isArray(i.enum)&&!i.enum.some(d=>JSON.stringify(d)===JSON.stringify(e))&&o.push({path:r,message:`must be one of ${i.enum.map(d=>JSON.stringify(d)).join(", ")}`}),typeof e=="string"&&(typeof i.minLength=="number"&&[...e].length<i.minLength&&o.push({path:r,message:`must be at least ${i.minLength} characters`}),typeof i.maxLength=="number"&&[...e].length>i.maxLength&&o.push({path:r,message:`must be at most ${i.maxLength} characters`}),typeof i.pattern=="string"))try{new RegExp(i.pattern,"u").test(e)||o.push({path:r,message:`must match ${i.pattern}`})}catch{}if(typeof e=="number"&&(typeof i.minimum=="number"&&e<i.minimum&&o.push({path:r,message:`must be at least ${i.minimum}`}),typeof i.maximum=="number"&&e>i.maximum&&o.push({path:r,message:`must be at most ${i.maximum}`})),Array.isArray(e)&&i.items&&e.forEach((d,p)=>o.push(...wn(d,i.items,s(p)))),e&&typeof e=="object"&&!Array.isArray(e)){const d=e,p=ut(i.properties)??{};for(const h of Array.isArray(i.required)?i.required:[])h in d||o.push({path:s(h),message:"is required"});for(const[h,m]of Object.entries(d))h in p?o.push(...wn(m,p[h],s(h))):i.additionalProperties===!1&&o.push({path:s(h),message:"is not a field of this kind"})}return o}function Ro(e){const t=ut(e),r=ut(t?.properties)??{},i=Array.isArray(t?.required)?t.required:[];return Object.entries(r).map(([o,s])=>{const l=ut(s)??{};return{name:o,type:Array.isArray(l.type)?l.type.join(" | "):String(l.type??"any"),description:typeof l.description=="string"?l.description:"",required:i.includes(o),secret:l.writeOnly===!0,defaultValue:l.default}})}const Ir=["kind","name","description","prompt","config"];function ln(e){return JSON.stringify(e??{},null,2)}function ct({id:e,messages:t}){return!t||t.length===0?null:n("ul",{id:e,class:"field-error",role:"alert",children:t.map(r=>n("li",{children:r},r))})}function xo({user:e}){Wt("New integration");const[t,r]=N(null),[i,o]=N(null),[s,l]=N(""),[d,p]=N(""),[h,m]=N(""),[b,c]=N(""),[f,y]=N("{}"),[I,C]=N(!1),[S,T]=N({}),[B,te]=N(null),[W,q]=N(!1),pe=()=>{o(null),xe(Ys).then(u=>{const w=u.data?.integrationKinds??[];r(w);const x=w[0];x&&!s&&(l(x.name),y(ln(x.exampleConfig)))},u=>o(u))};ae(pe,[]);const V=t?.find(u=>u.name===s),O=ft(()=>Ro(V?.configSchema),[V]),K=ft(()=>{const u=vr(f);return u.ok?V?wn(u.value,V.configSchema):[]:[u.issue]},[f,V]);if(!Ut(e))return n(_t,{children:["Your role (",e.role,") may read integrations but not create them."]});const ie=u=>{l(u);const w=t?.find(x=>x.name===u);w&&!I&&y(ln(w.exampleConfig)),T(x=>({...x,kind:[],config:[]}))},Fe=async u=>{u.preventDefault(),te(null);const w=vr(f);if(!w.ok){T({config:[w.issue.message]}),document.getElementById("config")?.focus();return}q(!0);try{const x=await Re(Ms,{input:{kind:s,name:d,description:h.trim()===""?null:h,prompt:b,config:w.value}});Ue(`/integrations/${encodeURIComponent(x.createIntegration.id)}`)}catch(x){const G=x instanceof ve?x.errors:[],j=pn(G);T(j);const U=ls(G,Ir);U.length>0?te(Je(U)):G.length===0&&te(x);const be=Ir.find(Ce=>j[Ce]?.length);be&&document.getElementById(be)?.focus()}finally{q(!1)}},Ie=(u,w)=>[w,S[u]?.length?`${u}-error`:""].filter(Boolean).join(" ")||void 0,D=u=>S[u]?.length?"true":void 0;return n("section",{"aria-labelledby":"create-title",class:"create",children:[n("div",{class:"page-head",children:[n("h1",{id:"create-title",children:"New integration"}),n(ke,{href:"/",children:"Back to the board"})]}),n(Ee,{error:i,onRetry:pe}),t===null?!i&&n(Qe,{what:"integration kinds"}):n("form",{class:"form card",onSubmit:Fe,noValidate:!0,children:[n(Ee,{error:B}),n("fieldset",{class:"field",children:[n("legend",{children:"Kind"}),n("div",{class:"kinds",children:t.map(u=>n("label",{class:`kind-option${u.name===s?" selected":""}`,children:[n("input",{type:"radio",name:"kind",id:u.name===s?"kind":void 0,value:u.name,checked:u.name===s,onChange:()=>ie(u.name)}),n("span",{children:[n("strong",{children:n("code",{children:u.name})}),n("small",{class:"help",children:u.description})]})]},u.name))}),n(ct,{id:"kind-error",messages:S.kind})]}),n("div",{class:"field",children:[n("label",{for:"name",children:"Name"}),n("input",{id:"name",value:d,maxLength:100,required:!0,"aria-invalid":D("name"),"aria-describedby":Ie("name"),onInput:u=>p(u.currentTarget.value)})]}),n(ct,{id:"name-error",messages:S.name}),n("div",{class:"field",children:[n("label",{for:"description",children:["Description ",n("small",{class:"muted",children:"(optional)"})]}),n("input",{id:"description",value:h,"aria-invalid":D("description"),"aria-describedby":Ie("description"),onInput:u=>m(u.currentTarget.value)})]}),n(ct,{id:"description-error",messages:S.description}),n("div",{class:"field",children:[n("label",{for:"prompt",children:"Prompt"}),n("textarea",{id:"prompt",rows:5,value:b,required:!0,placeholder:"What the integration must do","aria-invalid":D("prompt"),"aria-describedby":Ie("prompt","prompt-help"),onInput:u=>c(u.currentTarget.value)}),n("small",{id:"prompt-help",class:"help",children:"Sent to the code generator as the integration's requirements."})]}),n(ct,{id:"prompt-error",messages:S.prompt}),n("div",{class:"config-editor",children:[n("div",{class:"field",children:[n("label",{for:"config",children:"Configuration (JSON)"}),n("textarea",{id:"config",class:"mono",rows:12,spellcheck:!1,value:f,"aria-invalid":D("config")??(K.length>0?"true":void 0),"aria-describedby":Ie("config","config-check"),onInput:u=>{y(u.currentTarget.value),C(!0)}})]}),n("div",{id:"config-check",class:K.length>0?"config-issues":"config-ok","aria-live":"polite",children:K.length===0?n("span",{children:["✓ Matches the ",s," schema"]}):n("ul",{children:K.map(u=>n("li",{children:[u.path?n("code",{children:u.path}):"Configuration"," ",u.message]},`${u.path}:${u.message}`))})}),n(ct,{id:"config-error",messages:S.config}),V&&n("details",{class:"schema-help",children:[n("summary",{children:["Fields of ",V.name]}),n("dl",{children:O.map(u=>n("div",{children:[n("dt",{children:[n("code",{children:u.name})," ",n("small",{class:"muted",children:u.type}),u.required&&n("small",{class:"tag",children:"required"}),u.secret&&n("small",{class:"tag",children:"secret"})]}),n("dd",{children:[u.description,u.defaultValue!==void 0&&n(me,{children:[" (default ",JSON.stringify(u.defaultValue),")"]})]})]},u.name))}),n("button",{type:"button",class:"button small",onClick:()=>{y(ln(V.exampleConfig)),C(!1)},children:"Use the example"})]})]}),n("div",{class:"form-actions",children:n("button",{type:"submit",class:"button primary",disabled:W,children:W?"Creating…":"Create and start the pipeline"})})]})]})}function ko(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var dn,Sr;function Co(){if(Sr)return dn;Sr=1;function e(a){return a instanceof Map?a.clear=a.delete=a.set=function(){throw new Error("map is read-only")}:a instanceof Set&&(a.add=a.clear=a.delete=function(){throw new Error("set is read-only")}),Object.freeze(a),Object.getOwnPropertyNames(a).forEach(g=>{const E=a[g],M=typeof E;(M==="object"||M==="function")&&!Object.isFrozen(E)&&e(E)}),a}class t{constructor(g){g.data===void 0&&(g.data={}),this.data=g.data,this.isMatchIgnored=!1}ignoreMatch(){this.isMatchIgnored=!0}}function r(a){return a.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&#x27;")}function i(a,...g){const E=Object.create(null);for(const M in a)E[M]=a[M];return g.forEach(function(M){for(const ne in M)E[ne]=M[ne]}),E}const o="</span>",s=a=>!!a.scope,l=(a,{prefix:g})=>{if(a.startsWith("language:"))return a.replace("language:","language-");if(a.includes(".")){const E=a.split(".");return[`${g}${E.shift()}`,...E.map((M,ne)=>`${M}${"_".repeat(ne+1)}`)].join(" ")}return`${g}${a}`};class d{constructor(g,E){this.buffer="",this.classPrefix=E.classPrefix,g.walk(this)}addText(g){this.buffer+=r(g)}openNode(g){if(!s(g))return;const E=l(g.scope,{prefix:this.classPrefix});this.span(E)}closeNode(g){s(g)&&(this.buffer+=o)}value(){return this.buffer}span(g){this.buffer+=`<span class="${g}">`}}const p=(a={})=>{const g={children:[]};return Object.assign(g,a),g};class h{constructor(){this.rootNode=p(),this.stack=[this.rootNode]}get top(){return this.stack[this.stack.length-1]}get root(){return this.rootNode}add(g){this.top.children.push(g)}openNode(g){const E=p({scope:g});this.add(E),this.stack.push(E)}closeNode(){if(this.stack.length>1)return this.stack.pop()}closeAllNodes(){for(;this.closeNode(););}toJSON(){return JSON.stringify(this.rootNode,null,4)}walk(g){return this.constructor._walk(g,this.rootNode)}static _walk(g,E){return typeof E=="string"?g.addText(E):E.children&&(g.openNode(E),E.children.forEach(M=>this._walk(g,M)),g.closeNode(E)),g}static _collapse(g){typeof g!="string"&&g.children&&(g.children.every(E=>typeof E=="string")?g.children=[g.children.join("")]:g.children.forEach(E=>{h._collapse(E)}))}}class m extends h{constructor(g){super(),this.options=g}addText(g){g!==""&&this.add(g)}startScope(g){this.openNode(g)}endScope(){this.closeNode()}__addSublanguage(g,E){const M=g.root;E&&(M.scope=`language:${E}`),this.add(M)}toHTML(){return new d(this,this.options).value()}finalize(){return this.closeAllNodes(),!0}}function b(a){return a?typeof a=="string"?a:a.source:null}function c(a){return I("(?=",a,")")}function f(a){return I("(?:",a,")*")}function y(a){return I("(?:",a,")?")}function I(...a){return a.map(E=>b(E)).join("")}function C(a){const g=a[a.length-1];return typeof g=="object"&&g.constructor===Object?(a.splice(a.length-1,1),g):{}}function S(...a){return"("+(C(a).capture?"":"?:")+a.map(M=>b(M)).join("|")+")"}function T(a){return new RegExp(a.toString()+"|").exec("").length-1}function B(a,g){const E=a&&a.exec(g);return E&&E.index===0}const te=new RegExp(S(/\[(?:[^\\\]]|\\.)*\]/,/\(\?<(?![=!])[^>]+>/,/\(\?'[^']+'/,/\(\??/,/\\([1-9][0-9]*)/,/\\./));function W(a,{joinWith:g}){let E=0;return a.map(M=>{E+=1;const ne=E;let re=b(M),R="";for(;re.length>0;){const A=te.exec(re);if(!A){R+=re;break}R+=re.substring(0,A.index),re=re.substring(A.index+A[0].length),A[0][0]==="\\"&&A[1]?R+="\\"+String(Number(A[1])+ne):(R+=A[0],(A[0]==="("||/^\(\?[<']/.test(A[0]))&&E++)}return R}).map(M=>`(${M})`).join(g)}const q=/\b\B/,pe="[a-zA-Z]\\w*",V="[a-zA-Z_]\\w*",O="\\b\\d+(\\.\\d+)?",K="(-?)(\\b0[xX][a-fA-F0-9]+|(\\b\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?)",ie="\\b(0b[01]+)",Fe="!|!=|!==|%|%=|&|&&|&=|\\*|\\*=|\\+|\\+=|,|-|-=|/=|/|:|;|<<|<<=|<=|<|===|==|=|>>>=|>>=|>=|>>>|>>|>|\\?|\\[|\\{|\\(|\\^|\\^=|\\||\\|=|\\|\\||~",Ie=(a={})=>{const g=/^#![ ]*\//;return a.binary&&(a.begin=I(g,/.*\b/,a.binary,/\b.*/)),i({scope:"meta",begin:g,end:/$/,relevance:0,"on:begin":(E,M)=>{E.index!==0&&M.ignoreMatch()}},a)},D={begin:"\\\\[\\s\\S]",relevance:0},u={scope:"string",begin:"'",end:"'",illegal:"\\n",contains:[D]},w={scope:"string",begin:'"',end:'"',illegal:"\\n",contains:[D]},x={begin:/\b(a|an|the|are|I'm|isn't|don't|doesn't|won't|but|just|should|pretty|simply|enough|gonna|going|wtf|so|such|will|you|your|they|like|more)\b/},G=function(a,g,E={}){const M=i({scope:"comment",begin:a,end:g,contains:[]},E);M.contains.push({scope:"doctag",begin:"[ ]*(?=(TODO|FIXME|NOTE|BUG|OPTIMIZE|HACK|XXX):)",end:/(TODO|FIXME|NOTE|BUG|OPTIMIZE|HACK|XXX):/,excludeBegin:!0,relevance:0});const ne=S("I","a","is","so","us","to","at","if","in","it","on",/[A-Za-z]+['](d|ve|re|ll|t|s|n)/,/[A-Za-z]+[-][a-z]+/,/[A-Za-z][a-z]{2,}/);return M.contains.push({begin:I(/[ ]+/,"(",ne,/[.]?[:]?([.][ ]|[ ])/,"){3}")}),M},j=G("//","$"),U=G("/\\*","\\*/"),be=G("#","$"),Ce={scope:"number",begin:O,relevance:0},Ze={scope:"number",begin:K,relevance:0},Ge={scope:"number",begin:ie,relevance:0},ue={scope:"regexp",begin:/\/(?=[^/\n]*\/)/,end:/\/[gimuy]*/,contains:[D,{begin:/\[/,end:/\]/,relevance:0,contains:[D]}]},ce={scope:"title",begin:pe,relevance:0},bt={scope:"title",begin:V,relevance:0},Pn={begin:"\\.\\s*"+V,relevance:0};var yt=Object.freeze({__proto__:null,APOS_STRING_MODE:u,BACKSLASH_ESCAPE:D,BINARY_NUMBER_MODE:Ge,BINARY_NUMBER_RE:ie,COMMENT:G,C_BLOCK_COMMENT_MODE:U,C_LINE_COMMENT_MODE:j,C_NUMBER_MODE:Ze,C_NUMBER_RE:K,END_SAME_AS_BEGIN:function(a){return Object.assign(a,{"on:begin":(g,E)=>{E.data._beginMatch=g[1]},"on:end":(g,E)=>{E.data._beginMatch!==g[1]&&E.ignoreMatch()}})},HASH_COMMENT_MODE:be,IDENT_RE:pe,MATCH_NOTHING_RE:q,METHOD_GUARD:Pn,NUMBER_MODE:Ce,NUMBER_RE:O,PHRASAL_WORDS_MODE:x,QUOTE_STRING_MODE:w,REGEXP_MODE:ue,RE_STARTERS_RE:Fe,SHEBANG:Ie,TITLE_MODE:ce,UNDERSCORE_IDENT_RE:V,UNDERSCORE_TITLE_MODE:bt});function ri(a,g){a.input[a.index-1]==="."&&g.ignoreMatch()}function ii(a,g){a.className!==void 0&&(a.scope=a.className,delete a.className)}function si(a,g){g&&a.beginKeywords&&(a.begin="\\b("+a.beginKeywords.split(" ").join("|")+")(?!\\.)(?=\\b|\\s)",a.__beforeBegin=ri,a.keywords=a.keywords||a.beginKeywords,delete a.beginKeywords,a.relevance===void 0&&(a.relevance=0))}function oi(a,g){Array.isArray(a.illegal)&&(a.illegal=S(...a.illegal))}function ai(a,g){if(a.match){if(a.begin||a.end)throw new Error("begin & end are not supported with match");a.begin=a.match,delete a.match}}function ci(a,g){a.relevance===void 0&&(a.relevance=1)}const li=(a,g)=>{if(!a.beforeMatch)return;if(a.starts)throw new Error("beforeMatch cannot be used with starts");const E=Object.assign({},a);Object.keys(a).forEach(M=>{delete a[M]}),a.keywords=E.keywords,a.begin=I(E.beforeMatch,c(E.begin)),a.starts={relevance:0,contains:[Object.assign(E,{endsParent:!0})]},a.relevance=0,delete E.beforeMatch},di=["of","and","for","in","not","or","if","then","parent","list","value"],ui="keyword";function Un(a,g,E=ui){const M=Object.create(null);return typeof a=="string"?ne(E,a.split(" ")):Array.isArray(a)?ne(E,a):Object.keys(a).forEach(function(re){Object.assign(M,Un(a[re],g,re))}),M;function ne(re,R){g&&(R=R.map(A=>A.toLowerCase())),R.forEach(function(A){const L=A.split("|");M[L[0]]=[re,hi(L[0],L[1])]})}}function hi(a,g){return g?Number(g):fi(a)?0:1}function fi(a){return di.includes(a.toLowerCase())}const Fn={},Ke=a=>{console.error(a)},Gn=(a,...g)=>{console.log(`WARN: ${a}`,...g)},et=(a,g)=>{Fn[`${a}/${g}`]||(console.log(`Deprecated as of ${a}. ${g}`),Fn[`${a}/${g}`]=!0)},Et=new Error;function Hn(a,g,{key:E}){let M=0;const ne=a[E],re={},R={};for(let A=1;A<=g.length;A++)R[A+M]=ne[A],re[A+M]=!0,M+=T(g[A-1]);a[E]=R,a[E]._emit=re,a[E]._multi=!0}function pi(a){if(Array.isArray(a.begin)){if(a.skip||a.excludeBegin||a.returnBegin)throw Ke("skip, excludeBegin, returnBegin not compatible with beginScope: {}"),Et;if(typeof a.beginScope!="object"||a.beginScope===null)throw Ke("beginScope must be object"),Et;Hn(a,a.begin,{key:"beginScope"}),a.begin=W(a.begin,{joinWith:""})}}function gi(a){if(Array.isArray(a.end)){if(a.skip||a.excludeEnd||a.returnEnd)throw Ke("skip, excludeEnd, returnEnd not compatible with endScope: {}"),Et;if(typeof a.endScope!="object"||a.endScope===null)throw Ke("endScope must be object"),Et;Hn(a,a.end,{key:"endScope"}),a.end=W(a.end,{joinWith:""})}}function mi(a){a.scope&&typeof a.scope=="object"&&a.scope!==null&&(a.beginScope=a.scope,delete a.scope)}function _i(a){mi(a),typeof a.beginScope=="string"&&(a.beginScope={_wrap:a.beginScope}),typeof a.endScope=="string"&&(a.endScope={_wrap:a.endScope}),pi(a),gi(a)}function bi(a){function g(R,A){return new RegExp(b(R),"m"+(a.case_insensitive?"i":"")+(a.unicodeRegex?"u":"")+(A?"g":""))}class E{constructor(){this.matchIndexes={},this.regexes=[],this.matchAt=1,this.position=0}addRule(A,L){L.position=this.position++,this.matchIndexes[this.matchAt]=L,this.regexes.push([L,A]),this.matchAt+=T(A)+1}compile(){this.regexes.length===0&&(this.exec=()=>null);const A=this.regexes.map(L=>L[1]);this.matcherRe=g(W(A,{joinWith:"|"}),!0),this.lastIndex=0}exec(A){this.matcherRe.lastIndex=this.lastIndex;const L=this.matcherRe.exec(A);if(!L)return null;const he=L.findIndex((ot,Qt)=>Qt>0&&ot!==void 0),se=this.matchIndexes[he];return L.splice(0,he),Object.assign(L,se)}}class M{constructor(){this.rules=[],this.multiRegexes=[],this.count=0,this.lastIndex=0,this.regexIndex=0}getMatcher(A){if(this.multiRegexes[A])return this.multiRegexes[A];const L=new E;return this.rules.slice(A).forEach(([he,se])=>L.addRule(he,se)),L.compile(),this.multiRegexes[A]=L,L}resumingScanAtSamePosition(){return this.regexIndex!==0}considerAll(){this.regexIndex=0}addRule(A,L){this.rules.push([A,L]),L.type==="begin"&&this.count++}exec(A){const L=this.getMatcher(this.regexIndex);L.lastIndex=this.lastIndex;let he=L.exec(A);if(this.resumingScanAtSamePosition()&&!(he&&he.index===this.lastIndex)){const se=this.getMatcher(0);se.lastIndex=this.lastIndex+1,he=se.exec(A)}return he&&(this.regexIndex+=he.position+1,this.regexIndex===this.count&&this.considerAll()),he}}function ne(R){const A=new M;return R.contains.forEach(L=>A.addRule(L.begin,{rule:L,type:"begin"})),R.terminatorEnd&&A.addRule(R.terminatorEnd,{type:"end"}),R.illegal&&A.addRule(R.illegal,{type:"illegal"}),A}function re(R,A){const L=R;if(R.isCompiled)return L;[ii,ai,_i,li].forEach(se=>se(R,A)),a.compilerExtensions.forEach(se=>se(R,A)),R.__beforeBegin=null,[si,oi,ci].forEach(se=>se(R,A)),R.isCompiled=!0;let he=null;return typeof R.keywords=="object"&&R.keywords.$pattern&&(R.keywords=Object.assign({},R.keywords),he=R.keywords.$pattern,delete R.keywords.$pattern),he=he||/\w+/,R.keywords&&(R.keywords=Un(R.keywords,a.case_insensitive)),L.keywordPatternRe=g(he,!0),A&&(R.begin||(R.begin=/\B|\b/),L.beginRe=g(L.begin),!R.end&&!R.endsWithParent&&(R.end=/\B|\b/),R.end&&(L.endRe=g(L.end)),L.terminatorEnd=b(L.end)||"",R.endsWithParent&&A.terminatorEnd&&(L.terminatorEnd+=(R.end?"|":"")+A.terminatorEnd)),R.illegal&&(L.illegalRe=g(R.illegal)),R.contains||(R.contains=[]),R.contains=[].concat(...R.contains.map(function(se){return yi(se==="self"?R:se)})),R.contains.forEach(function(se){re(se,L)}),R.starts&&re(R.starts,A),L.matcher=ne(L),L}if(a.compilerExtensions||(a.compilerExtensions=[]),a.contains&&a.contains.includes("self"))throw new Error("ERR: contains `self` is not supported at the top-level of a language.  See documentation.");return a.classNameAliases=i(a.classNameAliases||{}),re(a)}function qn(a){return a?a.endsWithParent||qn(a.starts):!1}function yi(a){return a.variants&&!a.cachedVariants&&(a.cachedVariants=a.variants.map(function(g){return i(a,{variants:null},g)})),a.cachedVariants?a.cachedVariants:qn(a)?i(a,{starts:a.starts?i(a.starts):null}):Object.isFrozen(a)?i(a):a}var Ei="11.12.0";class wi extends Error{constructor(g,E){super(g),this.name="HTMLInjectionError",this.html=E}}const Jt=r,jn=i,Wn=Symbol("nomatch"),vi=7,Kn=function(a){const g=Object.create(null),E=Object.create(null),M=[];let ne=!0;const re="Could not find the language '{}', did you forget to load/include a language module?",R={disableAutodetect:!0,name:"Plain text",contains:[]};let A={ignoreUnescapedHTML:!1,throwUnescapedHTML:!1,noHighlightRe:/^(no-?highlight)$/i,languageDetectRe:/\blang(?:uage)?-([\w-]+)\b/i,classPrefix:"hljs-",cssSelector:"pre code",languages:null,__emitter:m};function L(_){return A.noHighlightRe.test(_)}function he(_){let $=_.className+" ";$+=_.parentNode?_.parentNode.className:"";const H=A.languageDetectRe.exec($);if(H){const J=He(H[1]);return J||(Gn(re.replace("{}",H[1])),Gn("Falling back to no-highlight mode for this block.",_)),J?H[1]:"no-highlight"}return $.split(/\s+/).find(J=>L(J)||He(J))}function se(_,$,H){let J="",le="";typeof $=="object"?(J=_,H=$.ignoreIllegals,le=$.language):(et("10.7.0","highlight(lang, code, ...args) has been deprecated."),et("10.7.0",`Please use highlight(code, options) instead.
https://github.com/highlightjs/highlight.js/issues/2277`),le=_,J=$),H===void 0&&(H=!0);const Te={code:J,language:le};vt("before:highlight",Te);const qe=Te.result?Te.result:ot(Te.language,Te.code,H);return qe.code=Te.code,vt("after:highlight",qe),qe}function ot(_,$,H,J){const le=Object.create(null);function Te(v,k){return v.keywords[k]}function qe(){if(!P.keywords){ge.addText(Q);return}let v=0;P.keywordPatternRe.lastIndex=0;let k=P.keywordPatternRe.exec(Q),F="";for(;k;){F+=Q.substring(v,k.index);const z=Oe.case_insensitive?k[0].toLowerCase():k[0],_e=Te(P,z);if(_e){const[Me,Ui]=_e;if(ge.addText(F),F="",le[z]=(le[z]||0)+1,le[z]<=vi&&(At+=Ui),Me.startsWith("_"))F+=k[0];else{const Fi=Oe.classNameAliases[Me]||Me;$e(k[0],Fi)}}else F+=k[0];v=P.keywordPatternRe.lastIndex,k=P.keywordPatternRe.exec(Q)}F+=Q.substring(v),ge.addText(F)}function It(){if(Q==="")return;let v=null;if(typeof P.subLanguage=="string"){if(!g[P.subLanguage]){ge.addText(Q);return}v=ot(P.subLanguage,Q,!0,er[P.subLanguage]),er[P.subLanguage]=v._top}else v=Xt(Q,P.subLanguage.length?P.subLanguage:null);P.relevance>0&&(At+=v.relevance),ge.__addSublanguage(v._emitter,v.language)}function we(){P.subLanguage!=null?It():qe(),Q=""}function $e(v,k){v!==""&&(ge.startScope(k),ge.addText(v),ge.endScope())}function Jn(v,k){let F=1;const z=k.length-1;for(;F<=z;){if(!v._emit[F]){F++;continue}const _e=Oe.classNameAliases[v[F]]||v[F],Me=k[F];_e?$e(Me,_e):(Q=Me,qe(),Q=""),F++}}function Qn(v,k){return v.scope&&typeof v.scope=="string"&&ge.openNode(Oe.classNameAliases[v.scope]||v.scope),v.beginScope&&(v.beginScope._wrap?($e(Q,Oe.classNameAliases[v.beginScope._wrap]||v.beginScope._wrap),Q=""):v.beginScope._multi&&(Jn(v.beginScope,k),Q="")),P=Object.create(v,{parent:{value:P}}),P}function Xn(v,k,F){let z=B(v.endRe,F);if(z){if(v["on:end"]){const _e=new t(v);v["on:end"](k,_e),_e.isMatchIgnored&&(z=!1)}if(z){for(;v.endsParent&&v.parent;)v=v.parent;return v}}if(v.endsWithParent)return Xn(v.parent,k,F)}function Di(v){return P.matcher.regexIndex===0?(Q+=v[0],1):(nn=!0,0)}function Li(v){const k=v[0],F=v.rule,z=new t(F),_e=[F.__beforeBegin,F["on:begin"]];for(const Me of _e)if(Me&&(Me(v,z),z.isMatchIgnored))return Di(k);return F.skip?Q+=k:(F.excludeBegin&&(Q+=k),we(),!F.returnBegin&&!F.excludeBegin&&(Q=k)),Qn(F,v),F.returnBegin?0:k.length}function Mi(v){const k=v[0],F=$.substring(v.index),z=Xn(P,v,F);if(!z)return Wn;const _e=P;P.endScope&&P.endScope._wrap?(we(),$e(k,P.endScope._wrap)):P.endScope&&P.endScope._multi?(we(),Jn(P.endScope,v)):_e.skip?Q+=k:(_e.returnEnd||_e.excludeEnd||(Q+=k),we(),_e.excludeEnd&&(Q=k));do P.scope&&ge.closeNode(),!P.skip&&!P.subLanguage&&(At+=P.relevance),P=P.parent;while(P!==z.parent);return z.starts&&Qn(z.starts,v),_e.returnEnd?0:k.length}function Pi(){const v=[];for(let k=P;k!==Oe;k=k.parent)k.scope&&v.unshift(k.scope);v.forEach(k=>ge.openNode(k))}let St={};function Zn(v,k){const F=k&&k[0];if(Q+=v,F==null)return we(),0;if(St.type==="begin"&&k.type==="end"&&St.index===k.index&&F===""){if(Q+=$.slice(k.index,k.index+1),!ne){const z=new Error(`0 width match regex (${_})`);throw z.languageName=_,z.badRule=St.rule,z}return 1}if(St=k,k.type==="begin")return Li(k);if(k.type==="illegal"&&!H){const z=new Error('Illegal lexeme "'+F+'" for mode "'+(P.scope||"<unnamed>")+'"');throw z.mode=P,z}else if(k.type==="end"){const z=Mi(k);if(z!==Wn)return z}if(k.type==="illegal"&&F==="")return k.index===$.length||(Q+=`
`),1;if(tn>1e5&&tn>k.index*3)throw new Error("potential infinite loop, way more iterations than matches");return Q+=F,F.length}const Oe=He(_);if(!Oe)throw Ke(re.replace("{}",_)),new Error('Unknown language: "'+_+'"');const Bi=bi(Oe);let en="",P=J||Bi;const er={},ge=new A.__emitter(A);Pi();let Q="",At=0,Ve=0,tn=0,nn=!1;try{if(Oe.__emitTokens)Oe.__emitTokens($,ge);else{for(P.matcher.considerAll();;){tn++,nn?nn=!1:P.matcher.considerAll(),P.matcher.lastIndex=Ve;const v=P.matcher.exec($);if(!v)break;const k=$.substring(Ve,v.index),F=Zn(k,v);Ve=v.index+F}Zn($.substring(Ve))}return ge.finalize(),en=ge.toHTML(),{language:_,value:en,relevance:At,illegal:!1,_emitter:ge,_top:P}}catch(v){if(v.message&&v.message.includes("Illegal"))return{language:_,value:Jt($),illegal:!0,relevance:0,_illegalBy:{message:v.message,index:Ve,context:$.slice(Ve-100,Ve+100),mode:v.mode,resultSoFar:en},_emitter:ge};if(ne)return{language:_,value:Jt($),illegal:!1,relevance:0,errorRaised:v,_emitter:ge,_top:P};throw v}}function Qt(_){const $={value:Jt(_),illegal:!1,relevance:0,_top:R,_emitter:new A.__emitter(A)};return $._emitter.addText(_),$}function Xt(_,$){$=$||A.languages||Object.keys(g);const H=Qt(_),J=$.filter(He).filter(Yn).map(we=>ot(we,_,!1));J.unshift(H);const le=J.sort((we,$e)=>{if(we.relevance!==$e.relevance)return $e.relevance-we.relevance;if(we.language&&$e.language){if(He(we.language).supersetOf===$e.language)return 1;if(He($e.language).supersetOf===we.language)return-1}return 0}),[Te,qe]=le,It=Te;return It.secondBest=qe,It}function Ii(_,$,H){const J=$&&E[$]||H;_.classList.add("hljs"),_.classList.add(`language-${J}`)}function Zt(_){let $=null;const H=he(_);if(L(H))return;if(vt("before:highlightElement",{el:_,language:H}),_.dataset.highlighted){console.log("Element previously highlighted. To highlight again, first unset `dataset.highlighted`.",_);return}if(_.children.length>0&&(A.ignoreUnescapedHTML||(console.warn("One of your code blocks includes unescaped HTML. This is a potentially serious security risk."),console.warn("https://github.com/highlightjs/highlight.js/wiki/security"),console.warn("The element with unescaped HTML:"),console.warn(_)),A.throwUnescapedHTML))throw new wi("One of your code blocks includes unescaped HTML.",_.innerHTML);$=_;const J=$.textContent,le=H?se(J,{language:H,ignoreIllegals:!0}):Xt(J);_.innerHTML=le.value,_.dataset.highlighted="yes",Ii(_,H,le.language),_.result={language:le.language,re:le.relevance,relevance:le.relevance},le.secondBest&&(_.secondBest={language:le.secondBest.language,relevance:le.secondBest.relevance}),vt("after:highlightElement",{el:_,result:le,text:J})}function Si(_){A=jn(A,_)}const Ai=()=>{wt(),et("10.6.0","initHighlighting() deprecated.  Use highlightAll() now.")};function Ni(){wt(),et("10.6.0","initHighlightingOnLoad() deprecated.  Use highlightAll() now.")}let Vn=!1;function wt(){function _(){wt()}if(document.readyState==="loading"){Vn||window.addEventListener("DOMContentLoaded",_,!1),Vn=!0;return}document.querySelectorAll(A.cssSelector).forEach(Zt)}function Ti(_,$){let H=null;try{H=$(a)}catch(J){if(Ke("Language definition for '{}' could not be registered.".replace("{}",_)),ne)Ke(J);else throw J;H=R}H.name||(H.name=_),g[_]=H,H.rawDefinition=$.bind(null,a),H.aliases&&zn(H.aliases,{languageName:_})}function Ri(_){delete g[_];for(const $ of Object.keys(E))E[$]===_&&delete E[$]}function xi(){return Object.keys(g)}function He(_){return _=(_||"").toLowerCase(),g[_]||g[E[_]]}function zn(_,{languageName:$}){typeof _=="string"&&(_=[_]),_.forEach(H=>{E[H.toLowerCase()]=$})}function Yn(_){const $=He(_);return $&&!$.disableAutodetect}function ki(_){_["before:highlightBlock"]&&!_["before:highlightElement"]&&(_["before:highlightElement"]=$=>{_["before:highlightBlock"](Object.assign({block:$.el},$))}),_["after:highlightBlock"]&&!_["after:highlightElement"]&&(_["after:highlightElement"]=$=>{_["after:highlightBlock"](Object.assign({block:$.el},$))})}function Ci(_){ki(_),M.push(_)}function $i(_){const $=M.indexOf(_);$!==-1&&M.splice($,1)}function vt(_,$){const H=_;M.forEach(function(J){J[H]&&J[H]($)})}function Oi(_){return et("10.7.0","highlightBlock will be removed entirely in v12.0"),et("10.7.0","Please use highlightElement now."),Zt(_)}Object.assign(a,{highlight:se,highlightAuto:Xt,highlightAll:wt,highlightElement:Zt,highlightBlock:Oi,configure:Si,initHighlighting:Ai,initHighlightingOnLoad:Ni,registerLanguage:Ti,unregisterLanguage:Ri,listLanguages:xi,getLanguage:He,registerAliases:zn,autoDetection:Yn,inherit:jn,addPlugin:Ci,removePlugin:$i}),a.debugMode=function(){ne=!1},a.safeMode=function(){ne=!0},a.versionString=Ei,a.regex={concat:I,lookahead:c,either:S,optional:y,anyNumberOfTimes:f};for(const _ in yt)typeof yt[_]=="object"&&e(yt[_]);return Object.assign(a,yt),a},tt=Kn({});return tt.newInstance=()=>Kn({}),dn=tt,tt.HighlightJS=tt,tt.default=tt,dn}var $o=Co();const Xe=ko($o);function Oo(e){const t=e.regex,r={},i={begin:/\$\{/,end:/\}/,contains:["self",{begin:/:-/,contains:[r]}]};Object.assign(r,{className:"variable",variants:[{begin:t.concat(/\$[\w\d#@][\w\d_]*/,"(?![\\w\\d])(?![$])")},i]});const o={className:"subst",begin:/\$\(/,end:/\)/,contains:[e.BACKSLASH_ESCAPE]},s=e.inherit(e.COMMENT(),{match:[/(^|\s)/,/#.*$/],scope:{2:"comment"}}),l={begin:/<<-?\s*(?=\w+)/,starts:{contains:[e.END_SAME_AS_BEGIN({begin:/(\w+)/,end:/(\w+)/,className:"string"})]}},d={className:"string",begin:/"/,end:/"/,contains:[e.BACKSLASH_ESCAPE,r,o]};o.contains.push(d);const p={match:/\\"/},h={className:"string",begin:/'/,end:/'/},m={match:/\\'/},b={begin:/\$?\(\(/,end:/\)\)/,contains:[{begin:/\d+#[0-9a-f]+/,className:"number"},e.NUMBER_MODE,r]},c=["fish","bash","zsh","sh","csh","ksh","tcsh","dash","scsh"],f=e.SHEBANG({binary:`(${c.join("|")})`,relevance:10}),y={className:"function",begin:/\w[\w\d_]*\s*\(\s*\)\s*\{/,returnBegin:!0,contains:[e.inherit(e.TITLE_MODE,{begin:/\w[\w\d_]*/})],relevance:0},I=["if","then","else","elif","fi","time","for","while","until","in","do","done","case","esac","coproc","function","select"],C=["true","false"],S={match:/(\/[a-z._-]+)+/},T=["break","cd","continue","eval","exec","exit","export","getopts","hash","pwd","readonly","return","shift","test","times","trap","umask","unset"],B=["alias","bind","builtin","caller","command","declare","echo","enable","help","let","local","logout","mapfile","printf","read","readarray","source","sudo","type","typeset","ulimit","unalias"],te=["autoload","bg","bindkey","bye","cap","chdir","clone","comparguments","compcall","compctl","compdescribe","compfiles","compgroups","compquote","comptags","comptry","compvalues","dirs","disable","disown","echotc","echoti","emulate","fc","fg","float","functions","getcap","getln","history","integer","jobs","kill","limit","log","noglob","popd","print","pushd","pushln","rehash","sched","setcap","setopt","stat","suspend","ttyctl","unfunction","unhash","unlimit","unsetopt","vared","wait","whence","where","which","zcompile","zformat","zftp","zle","zmodload","zparseopts","zprof","zpty","zregexparse","zsocket","zstyle","ztcp"],W=["chcon","chgrp","chown","chmod","cp","dd","df","dir","dircolors","ln","ls","mkdir","mkfifo","mknod","mktemp","mv","realpath","rm","rmdir","shred","sync","touch","truncate","vdir","b2sum","base32","base64","cat","cksum","comm","csplit","cut","expand","fmt","fold","head","join","md5sum","nl","numfmt","od","paste","ptx","pr","sha1sum","sha224sum","sha256sum","sha384sum","sha512sum","shuf","sort","split","sum","tac","tail","tr","tsort","unexpand","uniq","wc","arch","basename","chroot","date","dirname","du","echo","env","expr","factor","groups","hostid","id","link","logname","nice","nohup","nproc","pathchk","pinky","printenv","printf","pwd","readlink","runcon","seq","sleep","stat","stdbuf","stty","tee","test","timeout","tty","uname","unlink","uptime","users","who","whoami","yes"];return{name:"Bash",aliases:["sh","zsh"],keywords:{$pattern:/\b[a-z][a-z0-9._-]+\b/,keyword:I,literal:C,built_in:[...T,...B,"set","shopt",...te,...W]},contains:[f,e.SHEBANG(),y,b,s,l,S,d,p,h,m,r]}}function Do(e){const t=e.regex,r={className:"number",relevance:0,variants:[{begin:/([+-]+)?[\d]+_[\d_]+/},{begin:e.NUMBER_RE}]},i=e.COMMENT();i.variants=[{begin:/;/,end:/$/},{begin:/#/,end:/$/}];const o={className:"variable",variants:[{begin:/\$[\w\d"][\w\d_]*/},{begin:/\$\{(.*?)\}/}]},s={className:"literal",begin:/\bon|off|true|false|yes|no\b/},l={className:"string",contains:[e.BACKSLASH_ESCAPE],variants:[{begin:"'''",end:"'''",relevance:10},{begin:'"""',end:'"""',relevance:10},{begin:'"',end:'"'},{begin:"'",end:"'"}]},d={begin:/\[/,end:/\]/,contains:[i,s,o,l,r,"self"],relevance:0},p=/[A-Za-z0-9_-]+/,h=/"(\\"|[^"])*"/,m=/'[^']*'/,b=t.either(p,h,m),c=t.concat(b,"(\\s*\\.\\s*",b,")*",t.lookahead(/\s*=\s*[^#\s]/));return{name:"TOML, also INI",aliases:["toml"],case_insensitive:!0,illegal:/\S/,contains:[i,{className:"section",begin:/\[+/,end:/\]+/},{begin:c,className:"attr",starts:{end:/$/,contains:[i,d,s,o,l,r]}}]}}const Lo="([-+]?)(\\b0[xX][a-fA-F0-9]+|(\\b\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?)|NaN|[-+]?Infinity",Mo={scope:"number",match:Lo,relevance:0};function Po(e){const t={className:"attr",begin:/(("(\\.|[^\\"\r\n])*")|('(\\.|[^\\'\r\n])*'))(?=\s*:)/,relevance:1.01},r={match:/[{}[\],:]/,className:"punctuation",relevance:0},i=["true","false","null"],o={scope:"literal",beginKeywords:i.join(" ")};return{name:"JSON",aliases:["jsonc","json5"],keywords:{literal:i},contains:[t,r,e.APOS_STRING_MODE,e.QUOTE_STRING_MODE,o,Mo,e.C_LINE_COMMENT_MODE,e.C_BLOCK_COMMENT_MODE],illegal:"\\S"}}function Bo(e){const t=e.regex,r={begin:/<\/?[A-Za-z_]/,end:">",subLanguage:"xml",relevance:0},i={match:/^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/},o={className:"code",variants:[{begin:"(`{3,})[^`](.|\\n)*?\\1`*[ ]*"},{begin:"(~{3,})[^~](.|\\n)*?\\1~*[ ]*"},{begin:"```",end:"```+[ ]*$"},{begin:"~~~",end:"~~~+[ ]*$"},{begin:"`.+?`"},{begin:"(?=^( {4}|\\t))",contains:[{begin:"^( {4}|\\t)",end:"(\\n)$"}],relevance:0}]},s={className:"bullet",begin:"^[ 	]*([*+-]|(\\d+\\.))(?=\\s+)",end:"\\s+",excludeEnd:!0},l={begin:/^\[[^\n]+\]:/,returnBegin:!0,contains:[{className:"symbol",begin:/\[/,end:/\]/,excludeBegin:!0,excludeEnd:!0},{className:"link",begin:/:\s*/,end:/$/,excludeBegin:!0}]},d=/[A-Za-z][A-Za-z0-9+.-]*/,p={variants:[{begin:/\[.+?\]\[.*?\]/,relevance:0},{begin:/\[.+?\]\(((data|javascript|mailto):|(?:http|ftp)s?:\/\/).*?\)/,relevance:2},{begin:t.concat(/\[.+?\]\(/,d,/:\/\/.*?\)/),relevance:2},{begin:/\[.+?\]\([./?&#].*?\)/,relevance:1},{begin:/\[.*?\]\(.*?\)/,relevance:0}],returnBegin:!0,contains:[{match:/\[(?=\])/},{className:"string",relevance:0,begin:"\\[",end:"\\]",excludeBegin:!0,returnEnd:!0},{className:"link",relevance:0,begin:"\\]\\(",end:"\\)",excludeBegin:!0,excludeEnd:!0},{className:"symbol",relevance:0,begin:"\\]\\[",end:"\\]",excludeBegin:!0,excludeEnd:!0}]},h={className:"strong",contains:[],variants:[{begin:/_{2}(?!\s)/,end:/_{2}/},{begin:/\*{2}(?!\s)/,end:/\*{2}/}]},m={className:"emphasis",contains:[],variants:[{begin:/\*(?![*\s])/,end:/\*/},{begin:/_(?![_\s])/,end:/_/,relevance:0}]},b=e.inherit(h,{contains:[]}),c=e.inherit(m,{contains:[]});h.contains.push(c),m.contains.push(b);let f=[r,p];return[h,m,b,c].forEach(S=>{S.contains=S.contains.concat(f)}),f=f.concat(h,m),{name:"Markdown",aliases:["md","mkdown","mkd"],contains:[{className:"section",variants:[{begin:"^#{1,6}",end:"$",contains:f},{begin:"(?=^.+?\\n[=-]{2,}$)",contains:[{begin:"^[=-]*$"},{begin:"^",end:"\\n",contains:f}]}]},r,s,i,h,m,{className:"quote",begin:"^>\\s+",contains:f,end:"$"},o,p,l,{scope:"literal",match:/&([a-zA-Z0-9]+|#[0-9]{1,7}|#[Xx][0-9a-fA-F]{1,6});/}]}}function Uo(e){const t=e.regex,r=/[\p{XID_Start}_]\p{XID_Continue}*/u,i=["and","as","assert","async","await","break","case","class","continue","def","del","elif","else","except","finally","for","from","global","if","import","in","is","lambda","lazy","match","nonlocal|10","not","or","pass","raise","return","try","while","with","yield"],d={$pattern:/[A-Za-z]\w+|__\w+__/,keyword:i,built_in:["__import__","abs","aiter","all","anext","any","ascii","bin","bool","breakpoint","bytearray","bytes","callable","chr","classmethod","compile","complex","delattr","dict","dir","divmod","enumerate","eval","exec","filter","float","format","frozendict","frozenset","getattr","globals","hasattr","hash","help","hex","id","input","int","isinstance","issubclass","iter","len","list","locals","map","max","memoryview","min","next","object","oct","open","ord","pow","print","property","range","repr","reversed","round","sentinel","set","setattr","slice","sorted","staticmethod","str","sum","super","tuple","type","vars","zip"],literal:["__debug__","Ellipsis","False","None","NotImplemented","True"],type:["Any","Callable","Coroutine","Dict","List","Literal","Generic","Optional","Sequence","Set","Tuple","Type","Union"]},p={className:"meta",begin:/^(>>>|\.\.\.) /},h={className:"subst",begin:/\{/,end:/\}/,keywords:d,illegal:/#/},m={begin:/\{\{/,relevance:0},b={className:"string",contains:[e.BACKSLASH_ESCAPE],variants:[{begin:/([uU]|[bB]|[rR]|[bB][rR]|[rR][bB])?'''/,end:/'''/,contains:[e.BACKSLASH_ESCAPE,p],relevance:10},{begin:/([uU]|[bB]|[rR]|[bB][rR]|[rR][bB])?"""/,end:/"""/,contains:[e.BACKSLASH_ESCAPE,p],relevance:10},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])'''/,end:/'''/,contains:[e.BACKSLASH_ESCAPE,p,m,h]},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])"""/,end:/"""/,contains:[e.BACKSLASH_ESCAPE,p,m,h]},{begin:/([uU]|[rR])'/,end:/'/,relevance:10},{begin:/([uU]|[rR])"/,end:/"/,relevance:10},{begin:/([bB]|[bB][rR]|[rR][bB])'/,end:/'/},{begin:/([bB]|[bB][rR]|[rR][bB])"/,end:/"/},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])'/,end:/'/,contains:[e.BACKSLASH_ESCAPE,m,h]},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])"/,end:/"/,contains:[e.BACKSLASH_ESCAPE,m,h]},e.APOS_STRING_MODE,e.QUOTE_STRING_MODE]},c="[0-9](_?[0-9])*",f=`(\\b(${c}))?\\.(${c})|\\b(${c})\\.`,y=`\\b|${i.join("|")}`,I={className:"number",relevance:0,variants:[{begin:`(\\b(${c})|(${f}))[eE][+-]?(${c})[jJ]?(?=${y})`},{begin:`(${f})[jJ]?`},{begin:`\\b([1-9](_?[0-9])*|0+(_?0)*)[lLjJ]?(?=${y})`},{begin:`\\b0[bB](_?[01])+[lL]?(?=${y})`},{begin:`\\b0[oO](_?[0-7])+[lL]?(?=${y})`},{begin:`\\b0[xX](_?[0-9a-fA-F])+[lL]?(?=${y})`},{begin:`\\b(${c})[jJ](?=${y})`}]},C={className:"comment",begin:t.lookahead(/# type:/),end:/$/,keywords:d,contains:[{begin:/# type:/},{begin:/#/,end:/\b\B/,endsWithParent:!0}]},S={className:"params",variants:[{className:"",begin:/\(\s*\)/,skip:!0},{begin:/\(/,end:/\)/,excludeBegin:!0,excludeEnd:!0,keywords:d,contains:["self",p,I,b,e.HASH_COMMENT_MODE]}]};return h.contains=[b,I,p],{name:"Python",aliases:["py","gyp","ipython"],unicodeRegex:!0,keywords:d,illegal:/(<\/|\?)|=>/,contains:[p,I,{scope:"variable.language",match:/\bself\b/},{beginKeywords:"if",relevance:0},{match:/\bor\b/,scope:"keyword"},b,C,e.HASH_COMMENT_MODE,{match:[/\bdef/,/\s+/,r],scope:{1:"keyword",3:"title.function"},contains:[S]},{variants:[{match:[/\bclass/,/\s+/,r,/\s*/,/\(\s*/,r,/\s*\)/]},{match:[/\bclass/,/\s+/,r]}],scope:{1:"keyword",3:"title.class",6:"title.class.inherited"}},{className:"meta",begin:/^[\t ]*@/,end:/(?=#)|$/,contains:[I,S,b]}]}}function Fo(e){const t="true false yes no null",r="[\\w#;/?:@&=+$,.~*'()[\\]]+",i={className:"attr",variants:[{begin:/[\w*@][\w*@ :()\./-]*:(?=[ \t]|$)/},{begin:/"[\w*@][\w*@ :()\./-]*":(?=[ \t]|$)/},{begin:/'[\w*@][\w*@ :()\./-]*':(?=[ \t]|$)/}]},o={className:"template-variable",variants:[{begin:/\{\{/,end:/\}\}/},{begin:/%\{/,end:/\}/}]},s={className:"string",relevance:0,begin:/'/,end:/'/,contains:[{match:/''/,scope:"char.escape",relevance:0}]},l={className:"string",relevance:0,variants:[{begin:/"/,end:/"/},{begin:/\S+/}],contains:[e.BACKSLASH_ESCAPE,o]},d=e.inherit(l,{variants:[{begin:/'/,end:/'/,contains:[{begin:/''/,relevance:0}]},{begin:/"/,end:/"/},{begin:/[^\s,{}[\]]+/}]}),c={className:"number",begin:"\\b"+"[0-9]{4}(-[0-9][0-9]){0,2}"+"([Tt \\t][0-9][0-9]?(:[0-9][0-9]){2})?"+"(\\.[0-9]*)?"+"([ \\t])*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?)?"+"\\b"},f={end:",",endsWithParent:!0,excludeEnd:!0,keywords:t,relevance:0},y={begin:/\{/,end:/\}/,contains:[f],illegal:"\\n",relevance:0},I={begin:"\\[",end:"\\]",contains:[f],illegal:"\\n",relevance:0},C=[i,{className:"meta",begin:"^---\\s*$",relevance:10},{className:"string",begin:"[\\|>]([1-9]?[+-])?[ ]*\\n( +)[^ ][^\\n]*\\n(\\2[^\\n]+\\n?)*"},{begin:"<%[%=-]?",end:"[%-]?%>",subLanguage:"ruby",excludeBegin:!0,excludeEnd:!0,relevance:0},{className:"type",begin:"!\\w+!"+r},{className:"type",begin:"!<"+r+">"},{className:"type",begin:"!"+r},{className:"type",begin:"!!"+r},{className:"meta",begin:"&"+e.UNDERSCORE_IDENT_RE+"$"},{className:"meta",begin:"\\*"+e.UNDERSCORE_IDENT_RE+"$"},{className:"bullet",begin:"-(?=[ ]|$)",relevance:0},e.HASH_COMMENT_MODE,{beginKeywords:t,keywords:{literal:t}},c,{className:"number",begin:e.C_NUMBER_RE+"\\b",relevance:0},y,I,s,l],S=[...C];return S.pop(),S.push(d),f.contains=S,{name:"YAML",case_insensitive:!0,aliases:["yml"],contains:C}}Xe.registerLanguage("bash",Oo);Xe.registerLanguage("ini",Do);Xe.registerLanguage("json",Po);Xe.registerLanguage("markdown",Bo);Xe.registerLanguage("python",Uo);Xe.registerLanguage("yaml",Fo);const Go={py:"python",json:"json",yaml:"yaml",yml:"yaml",md:"markdown",sh:"bash",toml:"ini",ini:"ini",cfg:"ini",txt:""};function ti(e){const t=e.split("/").pop()??e;if(t==="Dockerfile"||t==="Makefile")return;const r=t.includes(".")?t.split(".").pop().toLowerCase():"";return Go[r]||void 0}function Ho(e,t){if(!(!t||e.length>4e5))try{return Xe.highlight(e,{language:t,ignoreIllegals:!0}).value}catch{return}}function Yt({code:e,path:t,language:r}){const i=r??(t?ti(t):void 0),o=ft(()=>Ho(e,i),[e,i]);return n("pre",{class:"code",tabIndex:0,"aria-label":t?`Contents of ${t}`:"Code",children:o!==void 0?n("code",{class:`hljs language-${i}`,dangerouslySetInnerHTML:{__html:o}}):n("code",{children:e})})}const qo={approve:e=>`Approve the pull request of “${e}”? It will be deployed.`,requestChanges:e=>`Send “${e}” back to the generator with your comment.`,reject:e=>`Reject “${e}”? It fails, its pull request is closed and the finished steps are undone.`,cancel:e=>`Cancel the pipeline of “${e}”? The running step stops and the finished steps are undone.`,retry:e=>`Run the pipeline of “${e}” again from the start.`,deprecate:e=>`Take “${e}” out of service? Its deployment is removed.`,delete:e=>`Delete “${e}”? It disappears from every listing; its history stays.`};async function Ar(e,t,r){switch(e){case"approve":await Re(Ps,{id:t,comment:r||null});return;case"requestChanges":await Re(Bs,{id:t,comment:r});return;case"reject":await Re(Us,{id:t,reason:r});return;case"cancel":await Re(Fs,{id:t});return;case"retry":await Re(Gs,{id:t});return;case"deprecate":await Re(Hs,{id:t});return;case"delete":await Re(qs,{id:t}),Ue("/");return}}function jo({integration:e,user:t,onDone:r}){const[i,o]=N(null),[s,l]=N(null),[d,p]=N(null),h=Ds(t,e);if(h.length===0)return null;const m=b=>{const c=Ot[b];if(l(null),c.confirm||c.text){const f={title:`${c.label} “${e.name}”`,body:qo[b](e.name),confirmLabel:c.label,danger:c.tone==="danger",run:async y=>{await Ar(b,e.id,y),r()}};c.text&&(f.text=c.text),o(f);return}p(b),Ar(b,e.id,"").then(()=>{p(null),r()},f=>{p(null),l(f)})};return n("div",{class:"actions",role:"group","aria-label":"Actions",children:[h.map(b=>n("button",{type:"button",class:`button ${Ot[b].tone}`,"data-action":b,disabled:d!==null,onClick:()=>m(b),children:d===b?"Working…":Ot[b].label},b)),n(Ee,{error:s}),n(Qr,{request:i,onClose:()=>o(null)})]})}function Wo(e,t,r){return e==="system"?"Pipeline":e===t.id?"You":r&&e===r.id?r.name:e}function Ko({events:e,me:t,owner:r,onTimeTravel:i}){const o=mt(Cn);return e.length===0?n("p",{class:"muted",children:o==="online"?"Loading the history…":"The history arrives over the live connection; waiting for it…"}):n("div",{class:"table-scroll",children:n("table",{class:"events",children:[n("caption",{class:"visually-hidden",children:"Events, oldest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"#"}),n("th",{scope:"col",children:"When"}),n("th",{scope:"col",children:"Who"}),n("th",{scope:"col",children:"What"}),n("th",{scope:"col",children:n("span",{class:"visually-hidden",children:"View"})})]})}),n("tbody",{children:e.map(s=>n("tr",{"data-event-type":s.type,children:[n("td",{"data-label":"#",children:s.version}),n("td",{"data-label":"When",children:n("time",{dateTime:s.recordedAt,children:Ne(s.recordedAt)})}),n("td",{"data-label":"Who",title:s.actor,children:Wo(s.actor,t,r)}),n("td",{"data-label":"What",children:[n("strong",{children:s.type}),n("div",{class:"small",children:io(s.type,s.data)}),s.requestId&&n("div",{class:"muted small",children:["request ",s.requestId]})]}),n("td",{children:n("button",{type:"button",class:"button small",onClick:()=>i(s.version),children:["As of v",s.version]})})]},s.version))})]})})}function Vo({integration:e}){const t=e.pullRequest,r=e.deployment;return n("div",{class:"facts",children:[n("h3",{children:"Pull request"}),t?n("dl",{class:"pairs",children:[n("dt",{children:"Number"}),n("dd",{children:[n("a",{href:t.url,target:"_blank",rel:"noopener noreferrer",children:["#",t.number]})," ",n("span",{class:"muted",children:["(",t.state,")"]})]}),n("dt",{children:"Branch"}),n("dd",{children:n("code",{children:t.branch})}),n("dt",{children:"Commit"}),n("dd",{children:n("code",{title:t.commit,children:t.commit.slice(0,12)})}),n("dt",{children:"Changes"}),n("dd",{children:[t.filesChanged," files, ",n("span",{class:"plus",children:["+",t.additions]})," ",n("span",{class:"minus",children:["−",t.deletions]})]})]}):n("p",{class:"muted",children:"No pull request yet."}),n("h3",{children:"Deployment"}),r?n("dl",{class:"pairs",children:[n("dt",{children:"Id"}),n("dd",{children:n("code",{children:r.id})}),n("dt",{children:"Location"}),n("dd",{children:n("code",{children:r.location})}),r.previous&&n(me,{children:[n("dt",{children:"Replaced"}),n("dd",{children:n("code",{children:r.previous})})]})]}):n("p",{class:"muted",children:"Not deployed."})]})}function zo({integration:e}){const t=e.testReport;return t?n("div",{children:[n("p",{children:[n("span",{class:`badge tone-${t.passed?"good":"bad"}`,children:t.passed?"Passed":"Failed"})," ","exit code ",t.exitCode??"none (killed)"," · ",Kt(t.durationMs),t.timedOut&&n("strong",{children:" · timed out"}),t.truncated&&n("span",{class:"muted",children:" · output cut"})]}),e.testCommand.length>0&&n("p",{class:"small",children:["Command: ",n("code",{children:e.testCommand.join(" ")})]}),n(Yt,{code:t.output||"(no output)"})]}):n("p",{class:"muted",children:"The tests have not run yet."})}function Yo({integration:e}){const t=e.usage;return n("dl",{class:"pairs",children:[n("dt",{children:"Generator"}),n("dd",{children:[e.generator??"—",e.generator==="scaffold"&&n("span",{class:"muted",children:" (templates, not AI)"})]}),n("dt",{children:"Rounds"}),n("dd",{children:e.round}),n("dt",{children:"Input tokens"}),n("dd",{children:De(t.inputTokens)}),n("dt",{children:"Output tokens"}),n("dd",{children:De(t.outputTokens)}),n("dt",{children:"Cost"}),n("dd",{children:ro(t.costUsd)})]})}function Jo({files:e}){const[t,r]=N(null);if(e.length===0)return n("p",{class:"muted",children:"No code generated yet."});const i=e.find(o=>o.path===t)??e.find(o=>ti(o.path)==="python")??e[0];return n("div",{class:"files",children:[n("ul",{class:"file-list","aria-label":"Generated files",children:e.map(o=>n("li",{children:n("button",{type:"button",class:"file-button","aria-current":o.path===i.path?"true":void 0,onClick:()=>r(o.path),children:o.path})},o.path))}),n(Yt,{code:i.content,path:i.path})]})}function Qo(e,t){return e==="GENERATING"&&t?t:null}function Xo(e){return`${e.characters===1?"1 character":`${De(e.characters)} characters`} received (attempt ${e.attempt})`}function Zo(e){return e.map((t,r)=>({path:t,writing:r===e.length-1}))}function ea({integration:e}){const t=Qo(e.state,e.generationProgress);return t?n("section",{class:"generation-progress","aria-label":"Generation progress","data-progress":!0,children:[n("p",{children:[n("strong",{children:"Writing…"})," ",Xo(t)," ",n("span",{class:"muted small",children:["as of ",n("time",{dateTime:t.reportedAt,children:Ne(t.reportedAt)})]})]}),t.files.length===0?n("p",{class:"muted small",children:"No file begun yet."}):n("ol",{class:"progress-files","aria-label":"Files begun",children:Zo(t.files).map((r,i)=>n("li",{"aria-current":r.writing?"step":void 0,children:[n("code",{children:r.path}),r.writing&&n(me,{children:[" ",n("span",{class:"badge tone-busy",children:"writing"})]})]},`${i}:${r.path}`))})]}):null}const ta={validate:"Validate",generate:"Generate",test:"Test",pull_request:"Pull request",review:"Review",deploy:"Deploy"};function Nr(e){return ta[e]??e.replace(/_/g," ")}function na(e,t,r){return e==="REVIEWING"?"WAITING":t==="rejected"?"FAILED":r&&r.status!=="PENDING"||e==="DEPLOYING"||e==="ACTIVE"||e==="DEPRECATED"?"SUCCEEDED":"PENDING"}function ra(e,t,r){const i=[],o=e.find(s=>s.name==="deploy");for(const s of e)s.name==="deploy"&&i.push({name:"review",label:Nr("review"),gate:!0,status:na(t,r,o),attempts:0,startedAt:null,finishedAt:null,error:null}),i.push({...s,label:Nr(s.name),gate:!1});return i}function ni({integration:e}){const t=ra(e.steps,e.state,e.failure?.trigger),r=t.some(s=>s.status==="RUNNING"),[i,o]=N(Date.now());return ae(()=>{if(!r)return;const s=setInterval(()=>o(Date.now()),1e3);return()=>clearInterval(s)},[r]),n("ol",{class:"timeline","aria-label":"Pipeline",children:t.map(s=>n("li",{class:`step step-${s.status.toLowerCase()}`,"data-step":s.name,children:[n("div",{class:"step-head",children:[n("span",{class:"step-name",children:s.label}),s.gate?n("span",{class:`badge tone-${s.status==="WAITING"?"attention":s.status==="FAILED"?"bad":s.status==="SUCCEEDED"?"good":"neutral"}`,children:s.status==="WAITING"?"Waiting for review":s.status==="SUCCEEDED"?"Approved":s.status==="FAILED"?"Rejected":"Pending"}):n(Io,{status:s.status})]}),!s.gate&&(s.attempts>0||s.startedAt)&&n("div",{class:"step-meta muted small",children:[s.attempts>0&&n("span",{children:s.attempts===1?"1 attempt":`${s.attempts} attempts`}),s.startedAt&&n("span",{children:Kt(no(s.startedAt,s.finishedAt,i))})]}),s.error&&n("pre",{class:"step-error",children:s.error})]},s.name))})}function je({title:e,id:t,children:r}){return n("section",{class:"card","aria-labelledby":t,children:[n("h2",{id:t,children:e}),r]})}function ia({id:e,latest:t,version:r,onChange:i}){const[o,s]=N(void 0),[l,d]=N(null);return ae(()=>{s(void 0),d(null),xe(Qs,{id:e,version:r}).then(p=>s(p.data?.integrationAt??null),d)},[e,r]),n("section",{class:"card time-travel","aria-labelledby":"time-travel-title",children:[n("div",{class:"page-head",children:[n("h2",{id:"time-travel-title",children:["As of version ",r]}),n("div",{class:"inline-controls",children:[n("div",{class:"field inline",children:[n("label",{for:"as-of-version",children:"Version"}),n("select",{id:"as-of-version",value:r,onChange:p=>i(Number(p.currentTarget.value)),children:Array.from({length:t},(p,h)=>t-h).map(p=>n("option",{value:p,children:p},p))})]}),n("button",{type:"button",class:"button small",onClick:()=>i(null),children:"Back to now"})]})]}),n(Ee,{error:l}),o===void 0&&!l&&n(Qe,{what:`version ${r}`}),o===null&&n("p",{class:"muted",children:"It did not exist at that version."}),o&&n("div",{class:"grid-2",children:[n("div",{children:[n("p",{children:[n(Dn,{state:o.state})," ",n("span",{class:"muted",children:["updated ",Ne(o.updatedAt)]})]}),o.failure&&n("p",{class:"field-error",children:["Failed",o.failure.step?` at ${o.failure.step}`:"",": ",o.failure.reason]}),n(ni,{integration:o})]}),n("div",{children:[n("h3",{children:"Configuration"}),n(Yt,{code:JSON.stringify(o.config,null,2),language:"json"}),n("p",{class:"small muted",children:[o.files.length," generated files · round ",o.round]})]})]})]})}function sa({id:e,user:t}){const[r,i]=N(void 0),[o,s]=N(null),[l,d]=N([]),[p,h]=N(null),[m,b]=N(!1),[c,f]=N(null),y=nt(0);Wt(r?.name??"Integration");const I=st(async()=>{try{const T=(await xe(Js,{id:e})).data?.integration??null;if(T&&T.version<y.current)return;T&&(y.current=T.version),i(T),s(null)}catch(S){s(S)}},[e]),C=Dt(()=>{I()},150);return ae(()=>{i(void 0),d([]),b(!1),f(null),y.current=0,I()},[I]),ae(()=>zr({document:to,variables:S=>({id:e,afterVersion:S??0}),cursorOf:S=>S.integrationEvents.version,onData:({integrationEvents:S})=>{d(T=>[...T,S]),S.type==="IntegrationDeleted"&&b(!0),S.version>y.current&&C()},onResume:C,onError:h}),[e,C]),r===void 0?o?n(Ee,{error:o,onRetry:()=>{I()}}):n(Qe,{what:"the integration"}):r===null?n("section",{children:[n("h1",{children:"Integration not found"}),n("p",{children:["There is no integration ",n("code",{children:e}),", or it was deleted. ",n(ke,{href:"/",children:"Back to the board"})]})]}):n("article",{class:"detail","aria-labelledby":"detail-title",children:[n("p",{class:"crumbs",children:[n(ke,{href:"/",children:"Integrations"})," / ",n("span",{children:r.name})]}),n("div",{class:"page-head",children:[n("div",{children:[n("h1",{id:"detail-title",children:[r.name," ",n(Dn,{state:r.state})]}),n("p",{class:"muted small",children:[n("code",{children:r.kind})," · owned by ",r.owner?r.owner.id===t.id?"you":r.owner.name:"—"," · version"," ",r.version," · created ",Ne(r.createdAt)," · updated ",Ne(r.updatedAt)]}),r.description&&n("p",{children:r.description})]}),n(jo,{integration:r,user:t,onDone:()=>{I()}})]}),m&&n(_t,{children:"This integration was deleted; its history stays readable."}),n(Ee,{error:o,onRetry:()=>{I()}}),n(Ee,{error:p}),r.failure&&n("div",{class:"notice notice-error",role:"status",children:[n("strong",{children:["Failed",r.failure.step?` at ${r.failure.step}`:""]})," (",r.failure.trigger.replace(/_/g," "),"):"," ",r.failure.reason]}),c!==null&&n(ia,{id:r.id,latest:r.version,version:c,onChange:f}),n("div",{class:"grid-2",children:[n(je,{title:"Pipeline",id:"pipeline-title",children:[n(ni,{integration:r}),n(ea,{integration:r})]}),n(je,{title:"Review and deployment",id:"pr-title",children:n(Vo,{integration:r})})]}),n("div",{class:"grid-2",children:[n(je,{title:"Test report",id:"tests-title",children:n(zo,{integration:r})}),n(je,{title:"Usage",id:"usage-title",children:n(Yo,{integration:r})})]}),n(je,{title:"Generated files",id:"files-title",children:n(Jo,{files:r.files})}),n("div",{class:"grid-2",children:[n(je,{title:"Prompt",id:"prompt-title",children:n("pre",{class:"prose-pre",children:r.prompt})}),n(je,{title:"Configuration",id:"config-title",children:n(Yt,{code:JSON.stringify(r.config,null,2),language:"json"})})]}),n(je,{title:"History",id:"history-title",children:[n("div",{class:"inline-controls",children:n("button",{type:"button",class:"button small",onClick:()=>f(Math.max(1,r.version-1)),disabled:r.version<2,children:"View an earlier version"})}),n(Ko,{events:l,me:t,owner:r.owner,onTimeTravel:f})]})]})}function oa(e){return!e||!e.startsWith("/")||e.startsWith("//")||e.startsWith("/\\")||e.startsWith("/sign-in")?"/":e}const Le=kn({status:"loading"});bs(()=>{Vr();const e=Le.get().status;e==="signed-in"?Le.set({status:"signed-out",message:"Your session has ended. Sign in again."}):e!=="signed-out"&&Le.set({status:"signed-out"})});async function vn(){try{const t=(await xe(Vs)).data?.me;Le.set(t?{status:"signed-in",user:t}:{status:"signed-out"})}catch(e){e instanceof ve&&e.kind==="unauthenticated"?Le.set({status:"signed-out"}):Le.set({status:"unreachable",message:gt(e)})}}async function aa(){try{await Es()}finally{Vr(),Ue("/sign-in",{replace:!0}),Le.set({status:"signed-out",message:"You are signed out."})}}function Tr(){const e=zt(),t=mt(Le),r=oa(e.search.get("redirect")),[i,o]=N(null),[s,l]=N(null),[d,p]=N(""),[h,m]=N(!1),[b,c]=N(null);ae(()=>{ws().then(o,y=>{o([]),l(y)})},[]),ae(()=>{t.status==="signed-in"&&Ue(r,{replace:!0})},[t.status,r]);const f=async y=>{if(y.preventDefault(),d.trim()===""){c("Enter an API key.");return}m(!0),c(null);try{await ys(d),p(""),await vn(),Le.get().status!=="signed-in"&&c("Signed in, but the server does not recognise the session. Try again.")}catch(I){c(gt(I))}finally{m(!1)}};return n("section",{class:"sign-in","aria-labelledby":"sign-in-title",children:[n("h1",{id:"sign-in-title",children:"Sign in to Claude Code Bot"}),t.status==="signed-out"&&t.message&&n(_t,{children:t.message}),i&&i.length>0&&n("div",{class:"providers",children:[i.map(y=>n("a",{class:"button primary wide",href:vs(y,r),children:["Sign in with ",y.name]},y.id)),n("p",{class:"divider",children:n("span",{children:"or"})})]}),n(Ee,{error:s}),n("form",{class:"card form",onSubmit:f,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"api-key",children:"API key"}),n("input",{id:"api-key",name:"apiKey",type:"password",autoComplete:"off",spellcheck:!1,placeholder:"cb_…",value:d,"aria-invalid":b?"true":void 0,"aria-describedby":b?"api-key-error":"api-key-help",onInput:y=>p(y.currentTarget.value)}),n("small",{id:"api-key-help",class:"help",children:"The administrator key is printed when the server first starts; an administrator can create more on the Admin page."})]}),b&&n("p",{id:"api-key-error",class:"field-error",role:"alert",children:b}),n("button",{type:"submit",class:"button primary",disabled:h,children:h?"Signing in…":"Sign in with API key"})]})]})}function ca({children:e}){const[t,r]=Qi();return t?n("div",{class:"notice notice-error",role:"alert",children:[n("span",{children:["This page failed to show: ",t instanceof Error?t.message:String(t)]}),n("button",{type:"button",class:"button small",onClick:r,children:"Try again"})]}):n(me,{children:e})}function la({user:e,path:t}){if(t==="/"||t==="/integrations")return n(Ao,{user:e});if(t==="/integrations/new")return n(xo,{user:e});const r=So("/integrations/:id",t);return r?n(sa,{id:r.id,user:e},r.id):t==="/admin"?n(mo,{user:e}):n("section",{children:[n("h1",{children:"Page not found"}),n("p",{children:["Nothing lives at ",n("code",{children:t}),". ",n(ke,{href:"/",children:"Go to the board"})]})]})}function da({user:e}){const{path:t}=zt(),r=i=>t===i?"page":void 0;return n("header",{class:"top",children:[n(ke,{href:"/",class:"brand",children:"Claude Code Bot"}),e&&n("nav",{"aria-label":"Main",children:[n(ke,{href:"/","aria-current":r("/"),children:"Board"}),Ut(e)&&n(ke,{href:"/integrations/new","aria-current":r("/integrations/new"),children:"New"}),n(ke,{href:"/admin","aria-current":r("/admin"),children:On(e)?"Admin":"API keys"})]}),n("div",{class:"top-end",children:[n(Rs,{}),e&&n(me,{children:[n("span",{class:"who","data-role":e.role,children:[e.name," ",n("span",{class:"role",children:e.role.toLowerCase()})]}),n("button",{type:"button",class:"button small",onClick:()=>{aa()},children:"Sign out"})]})]})]})}function ua(){const e=mt(Le),t=zt();ae(()=>{vn()},[]),ae(()=>{if(e.status==="signed-out"&&t.path!=="/sign-in"){const i=t.path+(t.search.toString()?`?${t.search.toString()}`:"");Ue(i==="/"?"/sign-in":`/sign-in?redirect=${encodeURIComponent(i)}`,{replace:!0})}},[e.status,t.path]);const r=e.status==="signed-in"?e.user:null;return n(me,{children:[n("a",{href:"#main",class:"skip",children:"Skip to content"}),n(da,{user:r}),n("main",{id:"main",tabIndex:-1,children:[e.status==="loading"&&n(Qe,{what:"your session"}),e.status==="unreachable"&&n(Ee,{error:new Error(e.message),onRetry:()=>{vn()}}),e.status==="signed-out"&&t.path==="/sign-in"&&n(Tr,{}),e.status==="signed-in"&&n(ca,{children:t.path==="/sign-in"?n(Tr,{}):n(la,{user:e.user,path:t.path})},t.path)]})]})}zi(n(ua,{}),document.getElementById("app"));
