var Ht,z,Rr,je,tr,xr,kr,sn,xt,ht,Cr,In,hn,fn,Lt={},Mt=[],Hi=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,qt=Array.isArray;function Pe(e,t){for(var r in t)e[r]=t[r];return e}function Sn(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function qi(e,t,r){var i,o,s,l={};for(s in t)s=="key"?i=t[s]:s=="ref"?o=t[s]:l[s]=t[s];if(arguments.length>2&&(l.children=arguments.length>3?Ht.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)l[s]===void 0&&(l[s]=e.defaultProps[s]);return kt(e,l,i,o,null)}function kt(e,t,r,i,o){var s={type:e,props:t,key:r,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++Rr,__i:-1,__u:0};return o==null&&z.vnode!=null&&z.vnode(s),s}function ge(e){return e.children}function Ct(e,t){this.props=e,this.context=t}function Ye(e,t){if(t==null)return e.__?Ye(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?Ye(e):null}function Ki(e){if(e.__P&&e.__d){var t=e.__v,r=t.__e,i=[],o=[],s=Pe({},t);s.__v=t.__v+1,z.vnode&&z.vnode(s),An(e.__P,s,t,e.__n,e.__P.namespaceURI,32&t.__u?[r]:null,i,r??Ye(t),!!(32&t.__u),o),s.__v=t.__v,s.__.__k[s.__i]=s,Mr(i,s,o),t.__e=t.__=null,s.__e!=r&&$r(s)}}function $r(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),$r(e)}function nr(e){(!e.__d&&(e.__d=!0)&&je.push(e)&&!Pt.__r++||tr!=z.debounceRendering)&&((tr=z.debounceRendering)||xr)(Pt)}function Pt(){try{for(var e,t=1;je.length;)je.length>t&&je.sort(kr),e=je.shift(),t=je.length,Ki(e)}finally{je.length=Pt.__r=0}}function Or(e,t,r,i,o,s,l,d,p,h,m){var b,c,f,y,I,$,S=i&&i.__k||Mt,T=t.length;for(p=ji(r,t,S,p,T),b=0;b<T;b++)(f=r.__k[b])!=null&&(c=f.__i!=-1&&S[f.__i]||Lt,f.__i=b,$=An(e,f,c,o,s,l,d,p,h,m),y=f.__e,f.ref&&c.ref!=f.ref&&(c.ref&&Nn(c.ref,null,f),m.push(f.ref,f.__c||y,f)),I==null&&y!=null&&(I=y),4&f.__u?(p=Dr(f,p,e),c.__e&&(c.__e=null)):typeof f.type=="function"&&$!==void 0?p=$:y&&(p=y.nextSibling),f.__u&=-7);return r.__e=I,p}function ji(e,t,r,i,o){var s,l,d,p,h,m=r.length,b=m,c=0;for(e.__k=new Array(o),s=0;s<o;s++)(l=t[s])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l=="string"||typeof l=="number"||typeof l=="bigint"||l.constructor==String?l=e.__k[s]=kt(null,l,null,null,null):qt(l)?l=e.__k[s]=kt(ge,{children:l},null,null,null):l.constructor===void 0&&l.__b>0?l=e.__k[s]=kt(l.type,l.props,l.key,l.ref?l.ref:null,l.__v):e.__k[s]=l,p=s+c,l.__=e,l.__b=e.__b+1,d=null,(h=l.__i=Wi(l,r,p,b))!=-1&&(b--,(d=r[h])&&(d.__u|=2)),d==null||d.__v==null?(h==-1&&(o>m?c--:o<m&&c++),typeof l.type!="function"&&(l.__u|=4)):h!=p&&(h==p-1?c--:h==p+1?c++:(h>p?c--:c++,l.__u|=4))):e.__k[s]=null;if(b)for(s=0;s<m;s++)(d=r[s])!=null&&(2&d.__u)==0&&(d.__e==i&&(i=Ye(d)),Br(d,d));return i}function Dr(e,t,r){var i,o;if(typeof e.type=="function"){for(i=e.__k,o=0;i&&o<i.length;o++)i[o]&&(i[o].__=e,t=Dr(i[o],t,r));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=Ye(e)),t=r.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Wi(e,t,r,i){var o,s,l,d=e.key,p=e.type,h=t[r],m=h!=null&&(2&h.__u)==0;if(h===null&&d==null||m&&d==h.key&&p==h.type)return r;if(i>(m?1:0)){for(o=r-1,s=r+1;o>=0||s<t.length;)if((h=t[l=o>=0?o--:s++])!=null&&(2&h.__u)==0&&d==h.key&&p==h.type)return l}return-1}function rr(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||Hi.test(t)?r:r+"px"}function Nt(e,t,r,i,o){var s,l;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)r&&t in r||rr(e.style,t,"");if(r)for(t in r)i&&r[t]==i[t]||rr(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(Cr,"$1")),l=t.toLowerCase(),t=l in e||t=="onFocusOut"||t=="onFocusIn"?l.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=r,r?i?r[ht]=i[ht]:(r[ht]=In,e.addEventListener(t,s?fn:hn,s)):e.removeEventListener(t,s?fn:hn,s);else{if(o=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function ir(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t[xt]==null)t[xt]=In++;else if(t[xt]<r[ht])return;return r(z.event?z.event(t):t)}}}function An(e,t,r,i,o,s,l,d,p,h){var m,b,c,f,y,I,$,S,T,U,Z,W,j,O,K,se,ee=t.type;if(t.constructor!==void 0)return null;128&r.__u&&(p=!!(32&r.__u),s=[d=t.__e=r.__e]),(m=z.__b)&&m(t);e:if(typeof ee=="function"){b=l.length;try{if(T=t.props,U=ee.prototype&&ee.prototype.render,Z=(m=ee.contextType)&&i[m.__c],W=m?Z?Z.props.value:m.__:i,r.__c?S=(c=t.__c=r.__c).__=c.__E:(U?t.__c=c=new ee(T,W):(t.__c=c=new Ct(T,W),c.constructor=ee,c.render=zi),Z&&Z.sub(c),c.state||(c.state={}),c.__n=i,f=c.__d=!0,c.__h=[],c._sb=[]),U&&c.__s==null&&(c.__s=c.state),U&&ee.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=Pe({},c.__s)),Pe(c.__s,ee.getDerivedStateFromProps(T,c.__s))),y=c.props,I=c.state,c.__v=t,f)U&&ee.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),U&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(U&&ee.getDerivedStateFromProps==null&&T!==y&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(T,W),t.__v==r.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(T,c.__s,W)===!1){t.__v!=r.__v&&(c.props=T,c.state=c.__s,c.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(ue){ue&&(ue.__=t)}),Mt.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&l.push(c),d=Ye(r);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(T,c.__s,W),U&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(y,I,$)})}if(c.context=W,c.props=T,c.__P=e,c.__e=!1,j=z.__r,O=0,U)c.state=c.__s,c.__d=!1,j&&j(t),m=c.render(c.props,c.state,c.context),Mt.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,j&&j(t),m=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++O<25);c.state=c.__s,c.getChildContext!=null&&(i=Pe(Pe({},i),c.getChildContext())),U&&!f&&c.getSnapshotBeforeUpdate!=null&&($=c.getSnapshotBeforeUpdate(y,I)),K=m!=null&&m.type===ge&&m.key==null?Pr(m.props.children):m,d=Or(e,qt(K)?K:[K],t,r,i,o,s,l,d,p,h),c.base=t.__e,t.__u&=-161,c.__h.length&&l.push(c),S&&(c.__E=c.__=null)}catch(ue){if(l.length=b,t.__v=null,p||s!=null){if(ue.then){for(t.__u|=p?160:128;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;s!=null&&(s[s.indexOf(d)]=null),t.__e=d}else if(s!=null)for(se=s.length;se--;)Sn(s[se])}else t.__e=r.__e;t.__k==null&&(t.__k=r.__k||[]),ue.then||Lr(t),z.__e(ue,t,r)}}else s==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):d=t.__e=Vi(r.__e,t,r,i,o,s,l,p,h);return(m=z.diffed)&&m(t),128&t.__u?void 0:d}function Lr(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(Lr))}function Mr(e,t,r){for(var i=0;i<r.length;i++)Nn(r[i],r[++i],r[++i]);z.__c&&z.__c(t,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(s){s.call(o)})}catch(s){z.__e(s,o.__v)}})}function Pr(e){return typeof e!="object"||e==null||e.__b>0?e:qt(e)?e.map(Pr):e.constructor!==void 0?null:Pe({},e)}function Vi(e,t,r,i,o,s,l,d,p){var h,m,b,c,f,y,I,$=r.props||Lt,S=t.props,T=t.type;if(T=="svg"?o="http://www.w3.org/2000/svg":T=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),s!=null){for(h=0;h<s.length;h++)if((f=s[h])&&"setAttribute"in f==!!T&&(T?f.localName==T:f.nodeType==3)){e=f,s[h]=null;break}}if(e==null){if(T==null)return document.createTextNode(S);e=document.createElementNS(o,T,S.is&&S),d&&(z.__m&&z.__m(t,s),d=!1),s=null}if(T==null)$===S||d&&e.data==S||(e.data=S);else{if(s=T=="textarea"&&S.defaultValue!=null?null:s&&Ht.call(e.childNodes),!d&&s!=null)for($={},h=0;h<e.attributes.length;h++)$[(f=e.attributes[h]).name]=f.value;for(h in $)f=$[h],h=="dangerouslySetInnerHTML"?b=f:h=="children"||h in S||h=="value"&&"defaultValue"in S||h=="checked"&&"defaultChecked"in S||Nt(e,h,null,f,o);for(h in S)f=S[h],h=="children"?c=f:h=="dangerouslySetInnerHTML"?m=f:h=="value"?y=f:h=="checked"?I=f:d&&typeof f!="function"||$[h]===f||Nt(e,h,f,$[h],o);if(m)d||b&&(m.__html==b.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(b&&(e.innerHTML=""),Or(t.type=="template"?e.content:e,qt(c)?c:[c],t,r,i,T=="foreignObject"?"http://www.w3.org/1999/xhtml":o,s,l,s?s[0]:r.__k&&Ye(r,0),d,p),s!=null)for(h=s.length;h--;)Sn(s[h]);d&&T!="textarea"||(h="value",T=="progress"&&y==null?e.removeAttribute("value"):y!=null&&(y!==e[h]||T=="progress"&&!y||T=="option"&&y!=$[h])&&Nt(e,h,y,$[h],o),h="checked",I!=null&&I!=e[h]&&Nt(e,h,I,$[h],o))}return e}function Nn(e,t,r){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&t==null||(e.__u=e(t))}else e.current=t}catch(o){z.__e(o,r)}}function Br(e,t,r){var i,o;if(z.unmount&&z.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||Nn(i,null,t)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(s){z.__e(s,t)}i.base=i.__P=i.__n=null}if(i=e.__k)for(o=0;o<i.length;o++)i[o]&&Br(i[o],t,r||typeof e.type!="function");r||Sn(e.__e),e.__c=e.__=e.__e=void 0}function zi(e,t,r){return this.constructor(e,r)}function Yi(e,t,r){var i,o,s,l;t==document&&(t=document.documentElement),z.__&&z.__(e,t),o=(i=!1)?null:t.__k,s=[],l=[],An(t,e=t.__k=qi(ge,null,[e]),o||Lt,Lt,t.namespaceURI,o?null:t.firstChild?Ht.call(t.childNodes):null,s,o?o.__e:t.firstChild,i,l),Mr(s,e,l),e.props.children=null}Ht=Mt.slice,z={__e:function(e,t,r,i){for(var o,s,l;t=t.__;)if((o=t.__c)&&!o.__)try{if((s=o.constructor)&&s.getDerivedStateFromError!=null&&(o.setState(s.getDerivedStateFromError(e)),l=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(e,i||{}),l=o.__d),l)return o.__E=o}catch(d){e=d}throw e}},Rr=0,Ct.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=Pe({},this.state),typeof e=="function"&&(e=e(Pe({},r),this.props)),e&&Pe(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),nr(this))},Ct.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),nr(this))},Ct.prototype.render=ge,je=[],xr=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,kr=function(e,t){return e.__v.__b-t.__v.__b},Pt.__r=0,sn=Math.random().toString(8),xt="__d"+sn,ht="__a"+sn,Cr=/(PointerCapture)$|Capture$/i,In=0,hn=ir(!1),fn=ir(!0);var Ji=0;function n(e,t,r,i,o,s){t||(t={});var l,d,p=t;if("ref"in p)for(d in p={},t)d=="ref"?l=t[d]:p[d]=t[d];var h={type:e,props:p,key:r,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Ji,__i:-1,__u:0,__source:o,__self:s};if(typeof e=="function"&&(l=e.defaultProps))for(d in l)p[d]===void 0&&(p[d]=l[d]);return z.vnode&&z.vnode(h),h}var it,te,on,sr,gt=0,Ur=[],ae=z,or=ae.__b,ar=ae.__r,cr=ae.diffed,lr=ae.__c,dr=ae.unmount,ur=ae.__;function Kt(e,t){ae.__h&&ae.__h(te,e,gt||t),gt=0;var r=te.__H||(te.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function N(e){return gt=1,Qi(Gr,e)}function Qi(e,t,r){var i=Kt(it++,2);if(i.t=e,!i.__c&&(i.__=[Gr(void 0,t),function(d){var p=i.__N?i.__N[0]:i.__[0],h=i.t(p,d);p!==h&&(i.__N=[h,i.__[1]],i.__c.setState({}))}],i.__c=te,!te.__f)){var o=function(d,p,h){if(!i.__c.__H)return!0;var m=!1,b=i.__c.props!==d;if(i.__c.__H.__.some(function(f){if(f.__N){m=!0;var y=f.__[0];f.__=f.__N,f.__N=void 0,y!==f.__[0]&&(b=!0)}}),s){var c=s.call(this,d,p,h);return m?c||b:c}return!m||b};te.__f=!0;var s=te.shouldComponentUpdate,l=te.componentWillUpdate;te.componentWillUpdate=function(d,p,h){if(this.__e){var m=s;s=void 0,o(d,p,h),s=m}l&&l.call(this,d,p,h)},te.shouldComponentUpdate=o}return i.__N||i.__}function ce(e,t){var r=Kt(it++,3);!ae.__s&&Fr(r.__H,t)&&(r.__=e,r.u=t,te.__H.__h.push(r))}function nt(e){return gt=5,mt(function(){return{current:e}},[])}function mt(e,t){var r=Kt(it++,7);return Fr(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function st(e,t){return gt=8,mt(function(){return e},t)}function Xi(e){var t=Kt(it++,10),r=N();return t.__=e,te.componentDidCatch||(te.componentDidCatch=function(i,o){t.__&&t.__(i,o),r[1](i)}),[r[0],function(){r[1](void 0)}]}function Zi(){for(var e;e=Ur.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some($t),t.__h.some(pn),t.__h=[]}catch(r){t.__h=[],ae.__e(r,e.__v)}}}ae.__b=function(e){te=null,or&&or(e)},ae.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),ur&&ur(e,t)},ae.__r=function(e){ar&&ar(e),it=0;var t=(te=e.__c).__H;t&&(on===te?(t.__h=[],te.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.some($t),t.__h.some(pn),t.__h=[],it=0)),on=te},ae.diffed=function(e){cr&&cr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Ur.push(t)!==1&&sr===ae.requestAnimationFrame||((sr=ae.requestAnimationFrame)||es)(Zi)),t.__H.__.some(function(r){r.u&&(r.__H=r.u,r.u=void 0)})),on=te=null},ae.__c=function(e,t){t.some(function(r){try{r.__h.some($t),r.__h=r.__h.filter(function(i){return!i.__||pn(i)})}catch(i){t.some(function(o){o.__h&&(o.__h=[])}),t=[],ae.__e(i,r.__v)}}),lr&&lr(e,t)},ae.unmount=function(e){dr&&dr(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.some(function(i){try{$t(i)}catch(o){t=o}}),r.__H=void 0,t&&ae.__e(t,r.__v))};var hr=typeof requestAnimationFrame=="function";function es(e){var t,r=function(){clearTimeout(i),hr&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(r,35);hr&&(t=requestAnimationFrame(r))}function $t(e){var t=te,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),te=t}function pn(e){var t=te;e.__c=e.__(),te=t}function Fr(e,t){return!e||e.length!==t.length||t.some(function(r,i){return r!==e[i]})}function Gr(e,t){return typeof t=="function"?t(e):t}function ye(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function ze(e){return ye(e)==="object"}function ts(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function fr(e,t){return e.length<124?e:t}const ns="graphql-transport-ws";var Se=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(Se||{}),Ae=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(Ae||{});function Hr(e){if(!ze(e))throw new Error(`Message is expected to be an object, but got ${ye(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${ye(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!ze(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ze(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${ye(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${ye(e.payload.query)}`);if(e.payload.variables!=null&&!ze(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${ye(e.payload.variables)}`);if(e.payload.operationName!=null&&ye(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${ye(e.payload.operationName)}`);if(e.payload.extensions!=null&&!ze(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${ye(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ze(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${ye(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ts(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function rs(e,t){return Hr(typeof e=="string"?JSON.parse(e,t):e)}function dt(e,t){return Hr(e),JSON.stringify(e,t)}function is(e){const{url:t,connectionParams:r,lazy:i=!0,onNonLazyError:o=console.error,lazyCloseTimeout:s=0,keepAlive:l=0,disablePong:d,connectionAckWaitTimeout:p=0,retryAttempts:h=5,retryWait:m=async function(u){const w=Math.pow(2,u);await new Promise(x=>setTimeout(x,w*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:b=an,on:c,webSocketImpl:f,generateID:y=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,u=>{const w=Math.random()*16|0;return(u=="x"?w:w&3|8).toString(16)})},jsonMessageReplacer:I,jsonMessageReviver:$}=e;let S;if(f){if(!os(f))throw new Error("Invalid WebSocket implementation provided");S=f}else typeof WebSocket<"u"?S=WebSocket:typeof global<"u"?S=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(S=window.WebSocket||window.MozWebSocket);if(!S)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const T=S,U=(()=>{const D=(()=>{const w={};return{on(x,G){return w[x]=G,()=>{delete w[x]}},emit(x){"id"in x&&w[x.id]?.(x)}}})(),u={connecting:c?.connecting?[c.connecting]:[],opened:c?.opened?[c.opened]:[],connected:c?.connected?[c.connected]:[],ping:c?.ping?[c.ping]:[],pong:c?.pong?[c.pong]:[],message:c?.message?[D.emit,c.message]:[D.emit],closed:c?.closed?[c.closed]:[],error:c?.error?[c.error]:[]};return{onMessage:D.on,on(w,x){const G=u[w];return G.push(x),()=>{const q=G.indexOf(x);q>-1&&G.splice(q,1)}},emit(w,...x){for(const G of[...u[w]])G(...x)}}})();function Z(D){const u=[U.on("error",w=>{u.forEach(x=>x()),D(w)}),U.on("closed",w=>{u.forEach(x=>x()),D(w)})];return()=>u.forEach(w=>w())}let W,j=0,O,K=!1,se=0,ee=!1;async function ue(){clearTimeout(O);const[D,u]=await(W??(W=new Promise((G,q)=>(async()=>{if(K){if(await m(se),!j)return W=void 0,q({code:1e3,reason:"All Subscriptions Gone"});se++}U.emit("connecting",K);const B=new T(typeof t=="function"?await t():t,ns);let be,Ce;function Ze(){isFinite(l)&&l>0&&(clearTimeout(Ce),Ce=setTimeout(()=>{B.readyState===T.OPEN&&(B.send(dt({type:Ae.Ping})),U.emit("ping",!1,void 0))},l))}Z(he=>{W=void 0,clearTimeout(be),clearTimeout(Ce),q(he),he instanceof pr&&(B.close(4499,"Terminated"),B.onerror=null,B.onclose=null)}),B.onerror=he=>U.emit("error",he),B.onclose=he=>U.emit("closed",he),B.onopen=async()=>{try{U.emit("opened",B);const he=typeof r=="function"?await r():r;if(B.readyState!==T.OPEN)return;B.send(dt(he?{type:Ae.ConnectionInit,payload:he}:{type:Ae.ConnectionInit},I)),isFinite(p)&&p>0&&(be=setTimeout(()=>{B.close(Se.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},p)),Ze()}catch(he){U.emit("error",he),B.close(Se.InternalClientError,fr(he instanceof Error?he.message:String(he),"Internal client error"))}};let Ge=!1;B.onmessage=({data:he})=>{try{const le=rs(he,$);if(U.emit("message",le),le.type==="ping"||le.type==="pong"){U.emit(le.type,!0,le.payload),le.type==="pong"?Ze():d||(B.send(dt(le.payload?{type:Ae.Pong,payload:le.payload}:{type:Ae.Pong},I)),U.emit("pong",!1,le.payload));return}if(Ge)return;if(le.type!==Ae.ConnectionAck)throw new Error(`First message cannot be of type ${le.type}`);clearTimeout(be),Ge=!0,U.emit("connected",B,le.payload,K),K=!1,se=0;const bt=new Promise((Pn,Bn)=>Z(Bn));bt.catch(()=>{}),G([B,bt])}catch(le){B.onmessage=null,U.emit("error",le),B.close(Se.BadResponse,fr(le instanceof Error?le.message:String(le),"Bad response"))}}})())));D.readyState===T.CLOSING&&await u;let w=()=>{};const x=new Promise(G=>w=G);return[D,w,new Promise((G,q)=>{const B=Z(q);D.readyState!==T.OPEN&&u.catch(q),x.then(()=>{if(B(),!j){const be=()=>D.close(1e3,"Normal Closure");isFinite(s)&&s>0?(clearTimeout(O),O=setTimeout(()=>{!j&&D.readyState===T.OPEN&&be()},s)):be()}G()})})]}function Fe(D){if(an(D)&&(ss(D.code)||[Se.InternalServerError,Se.InternalClientError,Se.BadRequest,Se.BadResponse,Se.Unauthorized,Se.SubprotocolNotAcceptable,Se.SubscriberAlreadyExists,Se.TooManyInitialisationRequests].includes(D.code)))throw D;if(ee)return!1;if(an(D)&&D.code===1e3)return j>0;if(!h||se>=h||!b(D))throw D;return K=!0}i||(async()=>{for(j++;;)try{const[,,D]=await ue();await D}catch(D){try{if(!Fe(D))return}catch(u){return o?.(u)}}})();function Ie(D,u){const w=y(D);let x=!1,G=!1,q=()=>{j--,x=!0};return(async()=>{for(j++;;)try{const[B,be,Ce]=await ue();if(x)return Ce.catch(()=>{}),be();const Ze=U.onMessage(w,Ge=>{switch(Ge.type){case Ae.Next:{u.next(Ge.payload);return}case Ae.Error:{G=!0,x=!0,u.error(Ge.payload),q();return}case Ae.Complete:{x=!0,q();return}}});B.send(dt({id:w,type:Ae.Subscribe,payload:D},I)),q=()=>{!x&&B.readyState===T.OPEN&&B.send(dt({id:w,type:Ae.Complete},I)),j--,x=!0,be()},await Ce.finally(Ze);return}catch(B){if(!Fe(B))return}})().then(()=>{G||u.complete()}).catch(B=>{u.error(B)}),()=>{x||q()}}return{on:U.on,subscribe:Ie,iterate(D){const u=[],w={done:!1,error:null,resolve:()=>{}},x=Ie(D,{next(q){u.push(q),w.resolve()},error(q){w.done=!0,w.error=q,w.resolve()},complete(){w.done=!0,w.resolve()}}),G=(async function*(){for(;;){for(u.length||await new Promise(B=>w.resolve=B);u.length;)yield u.shift();if(w.error)throw w.error;if(w.done)return}})();return G.throw=async q=>(w.done||(w.done=!0,w.error=q,w.resolve()),{done:!0,value:void 0}),G.return=async()=>(x(),{done:!0,value:void 0}),G},async dispose(){if(ee=!0,W){const[D]=await W;D.close(1e3,"Normal Closure")}},terminate(){W&&U.emit("closed",new pr)}}}class pr extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function an(e){return ze(e)&&"code"in e&&"reason"in e}function ss(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function os(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}class ve extends Error{kind;errors;status;constructor(t,r,i={}){super(r),this.name="Problem",this.kind=t,this.errors=i.errors??[],this.status=i.status}}function jt(e){const t=e.extensions?.code;return typeof t=="string"?t:void 0}const as={UNAUTHENTICATED:"unauthenticated",FORBIDDEN:"forbidden",BAD_USER_INPUT:"invalid-input",GRAPHQL_VALIDATION_FAILED:"invalid-input",NOT_FOUND:"not-found",CONFLICT:"conflict",INVALID_TRANSITION:"not-allowed-now",FAILED_PRECONDITION:"not-allowed-now",TOO_MANY_REQUESTS:"rate-limited",RATE_LIMITED:"rate-limited"};function cs(e){switch(jt(e)){case"UNAUTHENTICATED":return"You are signed out. Sign in again to continue.";case"FORBIDDEN":return`Your role does not allow this${e.message?` (${e.message})`:""}.`;case"INVALID_TRANSITION":{const r=e.extensions?.from;return typeof r=="string"?`This action no longer applies: the integration is ${r} now.`:e.message}case"CONFLICT":return`${e.message} Someone changed it meanwhile; the page shows the latest version.`;case"INTERNAL_SERVER_ERROR":return"The server failed to do this. Try again; if it keeps failing, the server log has the cause.";default:return e.message||"The server refused the request."}}function Je(e,t){const r=e[0],i=r?jt(r):void 0,o=i&&as[i]||"server",s=[...new Set(e.map(cs))],l={errors:e};return t!==void 0&&(l.status=t),new ve(o,s.join(" ")||"The server refused the request.",l)}function ft(e,t){if(e===401)return new ve("unauthenticated","You are signed out. Sign in again to continue.",{status:e});if(e===403)return new ve("forbidden","The server refused the request (403). Reload the page and sign in again.",{status:e});if(e===413)return new ve("invalid-input","The request is too large for the server.",{status:e});if(e===429){const r=t&&/^\d+$/.test(t)?` in ${t} s`:" shortly";return new ve("rate-limited",`Too many requests. Try again${r}.`,{status:e})}return e>=500?new ve("server",`The server failed (HTTP ${e}). Try again in a moment.`,{status:e}):new ve("server",`The server answered HTTP ${e}.`,{status:e})}function Tn(){return new ve("network","Cannot reach the server. Check the connection and try again.")}function ct(e){return e instanceof ve||e instanceof Error&&e.message?e.message:"Something went wrong."}function gn(e){const t={},r=(i,o)=>{const[s,...l]=i.split(".");if(!s)return;const d=l.length>0?`${l.join(".")}: ${o}`:o,p=t[s]??=[];p.includes(d)||p.push(d)};for(const i of e){if(jt(i)!=="BAD_USER_INPUT")continue;const o=i.extensions?.fields;if(Array.isArray(o)&&o.length>0){for(const l of o)if(l&&typeof l=="object"){const{field:d,message:p}=l;typeof d=="string"&&r(d,typeof p=="string"?p:i.message)}continue}const s=i.extensions?.field;typeof s=="string"&&r(s,ls(s,i.message))}return t}function ls(e,t){const r=`${e}: `;return t.startsWith(r)?t.slice(r.length):t}function ds(e,t){const r=gn(e);return e.filter(i=>{if(jt(i)!=="BAD_USER_INPUT")return!0;const o=Object.keys(gn([i]));return o.length===0||o.some(s=>!t.includes(s)||!r[s])})}class us{#e;constructor(t){this.#e=t??void 0}get value(){return this.#e}accept(t){return this.#e!==void 0&&t<=this.#e?!1:(this.#e=t,!0)}}function gr(e,t=Math.random){const r=Math.min(15e3,500*2**Math.max(0,e));return Math.round(r*(.8+.4*t()))}function qr(e){return!!e&&typeof e=="object"&&typeof e.code=="number"}function hs(e){return qr(e)&&e.code===4401}function fs(e){return Array.isArray(e)?!1:qr(e)?![4400,4403,4406,4409].includes(e.code):!0}function ps(e){return e.active===0?e.browserOnline?"idle":"offline":e.browserOnline?e.socket==="open"&&e.waiting===0?"online":e.waiting>0||e.socket==="closed"||e.everConnected?"reconnecting":"connecting":"offline"}const gs="codebot_csrf",ms="X-CSRF-Token";function _s(e,t){for(const r of e.split(";")){const i=r.indexOf("=");if(!(i<0)&&r.slice(0,i).trim()===t){const o=r.slice(i+1).trim();try{return decodeURIComponent(o)}catch{return o}}}}function Kr(){const e={"content-type":"application/json",accept:"application/json"},t=typeof document>"u"?void 0:_s(document.cookie,gs);return t&&(e[ms]=t),e}async function Rn(e,t){try{return await fetch(e,{method:"POST",credentials:"same-origin",headers:Kr(),body:t===void 0?"{}":JSON.stringify(t)})}catch{throw Tn()}}async function bs(e){try{const t=await e.json();return Array.isArray(t.errors)?t.errors:[]}catch{return[]}}const mn=new Set;function ys(e){return mn.add(e),()=>mn.delete(e)}function xn(){for(const e of mn)e()}let cn;function jr(){return cn??=(async()=>{try{return(await Rn("/auth/refresh")).ok}catch{return!1}finally{cn=void 0}})(),cn}async function Es(e){const t=await Rn("/auth/session",{apiKey:e.trim()});if(t.ok)return;if(t.status===404||t.status===405)throw new ve("server","This server does not offer sign-in with an API key.",{status:t.status});const r=await bs(t);throw t.status===401?new ve("unauthenticated","The server did not accept this API key. Check it and try again.",{errors:r,status:401}):r.length>0?Je(r,t.status):ft(t.status)}async function ws(){try{await Rn("/auth/logout")}finally{xn()}}async function vs(){let e;try{e=await fetch("/auth/providers",{credentials:"same-origin",headers:{accept:"application/json"}})}catch{throw Tn()}if(e.status===404)return[];if(!e.ok)throw ft(e.status);const t=await e.json();return Array.isArray(t.providers)?t.providers.filter(r=>!!r&&typeof r=="object"&&typeof r.id=="string"&&typeof r.name=="string"&&typeof r.loginUrl=="string"):[]}function Is(e,t){if(!t||t==="/")return e.loginUrl;const r=e.loginUrl.includes("?")?"&":"?";return`${e.loginUrl}${r}redirect=${encodeURIComponent(t)}`}function kn(e){let t=e;const r=new Set;return{get:()=>t,set(i){if(!Object.is(i,t)){t=i;for(const o of[...r])o(t)}},subscribe(i){return r.add(i),()=>r.delete(i)}}}function _t(e){const[t,r]=N(e.get);return ce(()=>(r(()=>e.get()),e.subscribe(i=>r(()=>i))),[e]),t}const Cn=kn("idle");let rt="idle",$n=!1,_n=0,Wr=0;const bn=new Set,yn=new Set;let En=0;function Ss(){return typeof navigator>"u"?!0:navigator.onLine!==!1}function Be(){Cn.set(ps({socket:rt,active:_n,waiting:Wr,browserOnline:Ss(),everConnected:$n}))}typeof window<"u"&&(window.addEventListener("online",()=>{Be();for(const e of[...yn])e()}),window.addEventListener("offline",Be));function As(){const{protocol:e,host:t}=window.location;return`${e==="https:"?"wss:":"ws:"}//${t}/graphql/ws`}let Bt,Tt,Rt;const Ns=8e3;function Ts(){return Bt??=is({url:As,lazy:!0,lazyCloseTimeout:3e3,retryAttempts:0,keepAlive:15e3,connectionParams:{},on:{opened:e=>{Tt=e},ping:e=>{e||(clearTimeout(Rt),Rt=setTimeout(()=>{Tt?.readyState===WebSocket.OPEN&&Tt.close(4408,"No pong")},Ns))},pong:e=>{e&&clearTimeout(Rt)},connecting:()=>{rt="connecting",Be()},connected:()=>{rt="open",$n=!0,Be();for(const e of[...bn])e()},closed:()=>{clearTimeout(Rt),Tt=void 0,rt="closed",En+=1,Be()}}}),Bt}function Vr(){Bt?.terminate(),Bt=void 0,rt="idle",$n=!1,Be()}function zr(e){const t=new us(e.initialCursor);let r=!1,i=0,o,s,l=!1,d=!1;const p=f=>{f!==d&&(d=f,Wr+=f?1:-1,Be())},h=()=>{l&&!r&&(l=!1,e.onResume?.())},m=()=>{s!==void 0&&!r&&(clearTimeout(s),s=void 0,c())};bn.add(h),yn.add(m);const b=f=>{p(!0),l=!0,s=setTimeout(()=>{s=void 0,c()},f)},c=()=>{if(r)return;const f=En,y={query:e.document.toString(),variables:e.variables(t.value)};o=Ts().subscribe(y,{next:I=>{if(i=0,p(!1),I.errors&&I.errors.length>0){e.onError?.(Je(I.errors));return}const $=I.data;$&&(e.cursorOf&&!t.accept(e.cursorOf($))||e.onData($))},error:I=>{o=void 0,!r&&(hs(I)?(p(!0),jr().then($=>{r||($?b(0):(p(!1),xn()))})):fs(I)?b(gr(i++)):(p(!1),e.onError?.(Je(Array.isArray(I)?I:[{message:"The live update was refused."}]))))},complete:()=>{o=void 0,!r&&En!==f&&b(gr(i++))}}),rt==="open"&&h()};return _n+=1,Be(),c(),()=>{r||(r=!0,s!==void 0&&clearTimeout(s),p(!1),bn.delete(h),yn.delete(m),o?.(),_n-=1,Be())}}const Rs={idle:"",connecting:"Connecting…",online:"Live",reconnecting:"Reconnecting…",offline:"Offline"};function xs(){const e=_t(Cn);return e==="idle"?null:n("span",{class:`live live-${e}`,role:"status","aria-live":"polite","data-live":e,children:[n("span",{class:"live-dot","aria-hidden":"true"}),Rs[e]]})}function Ee({error:e,onRetry:t}){return e?n("div",{class:"notice notice-error",role:"alert",children:[n("span",{children:ct(e)}),t&&n("button",{type:"button",class:"button small",onClick:t,children:"Try again"})]}):null}function ot({children:e}){return n("div",{class:"notice notice-info",role:"status",children:e})}function Qe({what:e}){return n("p",{class:"loading",role:"status","aria-live":"polite",children:["Loading ",e,"…"]})}const ne={read:"integration.read",write:"integration.write",delete:"integration.delete",manageKeys:"apikey.manage",manageUsers:"user.manage"},ks=["VALIDATING","GENERATING","TESTING","REVIEWING","DEPLOYING"],Ot={approve:{label:"Approve",states:["REVIEWING"],permission:ne.write,confirm:!1,text:{label:"Comment (optional)",required:!1},tone:"primary"},requestChanges:{label:"Request changes",states:["REVIEWING"],permission:ne.write,confirm:!1,text:{label:"What should change",required:!0},tone:"default"},reject:{label:"Reject",states:["REVIEWING"],permission:ne.write,confirm:!0,text:{label:"Reason",required:!0},tone:"danger"},cancel:{label:"Cancel",states:["DRAFT",...ks],permission:ne.write,confirm:!0,tone:"danger"},retry:{label:"Retry",states:["FAILED"],permission:ne.write,confirm:!1,tone:"primary"},deprecate:{label:"Deprecate",states:["ACTIVE"],permission:ne.write,confirm:!0,tone:"danger"},delete:{label:"Delete",states:["DRAFT","FAILED","DEPRECATED"],permission:ne.delete,confirm:!0,tone:"danger"}},Cs=["approve","requestChanges","reject","retry","cancel","deprecate","delete"],$s={VIEWER:[ne.read],DEVELOPER:[ne.read,ne.write,ne.manageKeys],ADMIN:[ne.read,ne.write,ne.delete,ne.manageKeys,ne.manageUsers]};function Os(e){return Array.isArray(e.permissions)?e.permissions:$s[e.role]??[]}function at(e,t){return!!e&&Os(e).includes(t)}function Ds(e,t){return at(e,ne.write)?e.role==="ADMIN"||at(e,ne.manageUsers)?!0:!!t.owner&&t.owner.id===e.id:!1}function Ls(e,t){return Cs.filter(r=>Ot[r].states.includes(t.state)?r==="delete"?at(e,ne.delete):Ds(e,t):!1)}function Ut(e){return at(e,ne.write)}function On(e){return at(e,ne.manageUsers)}function Ms(e){return at(e,ne.manageKeys)}const Ft=["VIEWER","DEVELOPER","ADMIN"];function Ps(e){const t=Ft.indexOf(e);return t<0?[]:Ft.slice(0,t+1)}async function mr(e,t){try{return await fetch("/graphql",{method:"POST",credentials:"same-origin",headers:Kr(),body:JSON.stringify({query:e,variables:t??{}})})}catch{throw Tn()}}async function Yr(e,t){const r=e.toString();let i=await mr(r,t);if(i.status===401&&(await jr()&&(i=await mr(r,t)),i.status===401))throw xn(),ft(401);let o;try{o=await i.json()}catch{o=void 0}if(!o||o.data===void 0&&!o.errors)throw ft(i.status,i.headers.get("retry-after"));const s=Array.isArray(o.errors)?o.errors:[];if(o.data===void 0||o.data===null)throw s.length>0?Je(s,i.status):ft(i.status);return{data:o.data,errors:s}}const xe=Yr;async function Ne(e,t){const r=await Yr(e,t);if(r.errors.length>0||!r.data)throw Je(r.errors);return r.data}class X extends String{__apiType;value;__meta__;constructor(t,r){super(t),this.value=t,this.__meta__=r}toString(){return this.value}}new X(`
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
    `,{fragmentName:"IntegrationSummary"});new X(`
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
}`,{fragmentName:"IntegrationDetail"});new X(`
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
    `,{fragmentName:"EventFields"});const Bs=new X(`
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
}`),Us=new X(`
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
}`),Fs=new X(`
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
}`),Gs=new X(`
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
}`),Hs=new X(`
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
}`),qs=new X(`
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
}`),Ks=new X(`
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
}`),js=new X(`
    mutation DeleteIntegration($id: ID!) {
  deleteIntegration(id: $id)
}
    `),Ws=new X(`
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
    `),Vs=new X(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id)
}
    `),zs=new X(`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    user {
      id
      name
      email
      role
      createdAt
    }
    apiKey {
      secret
      apiKey {
        id
        name
        role
        prefix
      }
    }
  }
}
    `),Ys=new X(`
    mutation SetUserRole($userId: ID!, $role: Role!) {
  setUserRole(userId: $userId, role: $role) {
    id
    role
  }
}
    `),Js=new X(`
    query Me {
  me {
    id
    name
    email
    role
    permissions
  }
}
    `),_r=new X(`
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
}`),Qs=new X(`
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
    `),Xs=new X(`
    query Kinds {
  integrationKinds {
    name
    description
    configSchema
    exampleConfig
  }
}
    `),Zs=new X(`
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
}`),eo=new X(`
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
}`),Jr=new X(`
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
    `),to=new X(`
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
    `),no=new X(`
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
    `),ro=new X(`
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
}`),io=new X(`
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
}`);function Qr({request:e,onClose:t}){const r=nt(null),[i,o]=N(""),[s,l]=N(!1),[d,p]=N(null);return ce(()=>{const m=r.current;m&&(e?(o(""),p(null),l(!1),m.open||m.showModal()):m.open&&m.close())},[e]),n("dialog",{ref:r,class:"dialog","aria-labelledby":"dialog-title",onClose:t,children:e&&n("form",{method:"dialog",onSubmit:async m=>{if(m.preventDefault(),!!e){if(e.text?.required&&i.trim()===""){p(new Error(`${e.text.label} is required.`));return}l(!0),p(null);try{await e.run(i.trim()),t()}catch(b){p(b),l(!1)}}},children:[n("h2",{id:"dialog-title",children:e.title}),n("p",{children:e.body}),e.text&&n("label",{class:"field",children:[n("span",{children:e.text.label}),n("textarea",{rows:3,value:i,required:e.text.required,onInput:m=>o(m.currentTarget.value)})]}),!!d&&n("p",{class:"field-error",role:"alert",children:ct(d)}),n("div",{class:"dialog-actions",children:[n("button",{type:"button",class:"button",onClick:t,disabled:s,children:"Back"}),n("button",{type:"submit",class:`button ${e.danger?"danger":"primary"}`,disabled:s,children:s?"Working…":e.confirmLabel})]})]})})}function Xr({secret:e,children:t,onDone:r}){const[i,o]=N(!1);return n("div",{class:"notice notice-success secret",role:"status",children:[n("p",{children:[t," Copy the secret now: it is shown only once."]}),n("div",{class:"secret-row",children:[n("code",{"data-secret":!0,children:e}),n("button",{type:"button",class:"button small",onClick:()=>navigator.clipboard?.writeText(e).then(()=>o(!0),()=>o(!1)),children:i?"Copied":"Copy"}),n("button",{type:"button",class:"button small",onClick:r,children:"Done"})]})]})}function Dt(e,t){const r=nt(e);r.current=e;const i=nt(void 0),o=nt(()=>{i.current!==void 0&&clearTimeout(i.current),i.current=setTimeout(()=>{i.current=void 0,r.current()},t)});return ce(()=>()=>clearTimeout(i.current),[]),o.current}function Wt(e){ce(()=>{document.title=e?`${e} · Claude Code Bot`:"Claude Code Bot"},[e])}function Te(e){if(!e)return"—";const t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleString(void 0,{dateStyle:"medium",timeStyle:"medium"})}function Vt(e){if(e==null||!Number.isFinite(e)||e<0)return"—";if(e<1e3)return`${Math.round(e)} ms`;const t=e/1e3;if(t<60)return`${t.toFixed(t<10?2:1)} s`;const r=Math.floor(t/60),i=Math.round(t%60);return r<60?`${r} min ${i} s`:`${Math.floor(r/60)} h ${r%60} min`}function so(e,t,r){if(!e)return null;const i=Date.parse(e),o=t?Date.parse(t):r;return Number.isNaN(i)||Number.isNaN(o)?null:Math.max(0,o-i)}function oo(e){return e===0?"$0.00":e<.01?`$${e.toFixed(4)}`:`$${e.toFixed(2)}`}function De(e){return e.toLocaleString("en-US")}function Q(e,t){return e&&typeof e=="object"?e[t]:void 0}const pe=e=>typeof e=="string"||typeof e=="number"?String(e):"";function ao(e,t){switch(e){case"IntegrationCreated":return`Created “${pe(Q(t,"name"))}” (${pe(Q(t,"kind"))})`;case"IntegrationUpdated":return`Changed ${Object.keys(t??{}).join(", ")||"nothing"}`;case"StateChanged":{const r=pe(Q(t,"reason")),i=pe(Q(t,"trigger")).replace(/_/g," ");return`${pe(Q(t,"from"))} → ${pe(Q(t,"to"))}${i?` (${i})`:""}${r?`: ${r}`:""}`}case"StepStarted":return`${pe(Q(t,"step"))} started (attempt ${pe(Q(t,"attempt"))})`;case"StepSucceeded":return`${pe(Q(t,"step"))} succeeded in ${Vt(Number(Q(t,"duration_ms")))}`;case"StepFailed":return`${pe(Q(t,"step"))} failed (attempt ${pe(Q(t,"attempt"))}): ${pe(Q(t,"error"))}`;case"GenerationProgressed":{const r=Number(Q(t,"characters")),i=Q(t,"files"),o=Array.isArray(i)?i.map(pe).filter(Boolean):[],s=Number(Q(t,"attempt"));return`Generation progress: ${Number.isFinite(r)?De(r):"?"} characters, ${o.length>0?`files: ${o.join(", ")}`:"no file begun yet"}${s>1?` (attempt ${s})`:""}`}case"CodeGenerated":{const r=Q(t,"files");return`Code generated by ${pe(Q(t,"generator"))}: ${Array.isArray(r)?r.length:0} files`}case"TestsCompleted":return Q(Q(t,"report"),"passed")?"Tests passed":"Tests failed";case"PullRequestOpened":return`Pull request #${pe(Q(Q(t,"pull_request"),"number"))} opened`;case"Deployed":return`Deployed to ${pe(Q(Q(t,"deployment"),"location"))}`;case"Compensated":return`${pe(Q(t,"step"))} undone: ${pe(Q(t,"detail"))}`;case"Undeployed":return"Deployment removed";case"IntegrationDeleted":return"Deleted";default:return e}}const br={CLOSED:{label:"Closed",tone:"good",help:"Calls go through"},OPEN:{label:"Open",tone:"attention",help:"Calls fail fast until the open period ends"},HALF_OPEN:{label:"Half-open",tone:"busy",help:"One trial call decides whether it closes again"}};function co(e){return Object.prototype.hasOwnProperty.call(br,e)?br[e]:{label:e,tone:"neutral",help:"Unknown breaker state"}}function Zr(e,t){return`${De(e)} / ${De(t)}`}function lo(e,t){return t>0&&e>=t}function ei(e){return!Number.isFinite(e)||e<0?"—":e<60?`${Math.round(e)} s`:Vt(e*1e3)}function uo(e,t){const r=Date.parse(e);if(Number.isNaN(r))return"—";const i=Math.floor((t-r)/1e3);return i<1?"just now":`${ei(i)} ago`}function ho({onInvited:e}){const[t,r]=N(""),[i,o]=N("DEVELOPER"),[s,l]=N(!1),[d,p]=N(null),[h,m]=N(null);return n(ge,{children:[n("h3",{id:"invite-title",children:"Invite someone"}),n("form",{class:"form inline-form","aria-labelledby":"invite-title",onSubmit:async c=>{if(c.preventDefault(),t.trim()===""){p("Give the person’s name.");return}l(!0),p(null);try{const f=await Ne(zs,{input:{name:t.trim(),role:i}});m(f.inviteUser),r(""),e(f.inviteUser)}catch(f){p(ct(f))}finally{l(!1)}},noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"invite-name",children:"Person’s name"}),n("input",{id:"invite-name",value:t,onInput:c=>r(c.currentTarget.value)})]}),n("div",{class:"field",children:[n("label",{for:"invite-role",children:"Their role"}),n("select",{id:"invite-role",value:i,onChange:c=>o(c.currentTarget.value),children:Ft.map(c=>n("option",{value:c,children:c},c))})]}),n("button",{type:"submit",class:"button primary",disabled:s,children:s?"Inviting…":"Invite"})]}),d&&n("p",{class:"field-error",role:"alert",children:d}),h&&n(Xr,{secret:h.apiKey.secret,onDone:()=>m(null),children:[n("strong",{children:h.user.name})," (",h.user.role,") is invited. Give them this key: it signs in as them."]})]})}function fo({me:e}){const[t,r]=N(null),[i,o]=N(null),[s,l]=N(0),[d,p]=N(null),[h,m]=N(null),b=st(async f=>{try{const y=await xe(Jr,{first:50,after:f}),I=y.data?.users;if(!I)throw Je(y.errors);r($=>f?[...$??[],...I.nodes]:I.nodes),o(I.pageInfo.hasNextPage?I.pageInfo.endCursor??null:null),l(I.totalCount),p(null)}catch(y){p(y)}},[]);ce(()=>{b(null)},[b]);const c=async(f,y)=>{m(f.id),p(null);try{const I=await Ne(Ys,{userId:f.id,role:y});r($=>$?.map(S=>S.id===f.id?{...S,role:I.setUserRole.role}:S)??null)}catch(I){p(I)}finally{m(null)}};return n("section",{class:"card","aria-labelledby":"users-title",children:[n("h2",{id:"users-title",children:"Users and roles"}),n(ho,{onInvited:f=>{r(y=>y&&[...y,f.user]),l(y=>y+1)}}),n(Ee,{error:d,onRetry:()=>{b(null)}}),t===null?!d&&n(Qe,{what:"users"}):n("div",{class:"table-scroll",children:[n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Email"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Since"})]})}),n("tbody",{children:t.map(f=>n("tr",{children:[n("td",{"data-label":"Name",children:[f.name,f.id===e.id&&n("span",{class:"muted",children:" (you)"})]}),n("td",{"data-label":"Email",children:f.email??"—"}),n("td",{"data-label":"Role",children:n("select",{"aria-label":`Role of ${f.name}`,value:f.role,disabled:h===f.id||f.id===e.id,onChange:y=>{c(f,y.currentTarget.value)},children:Ft.map(y=>n("option",{value:y,children:y},y))})}),n("td",{"data-label":"Since",children:Te(f.createdAt)})]},f.id))})]}),n("p",{class:"muted small",children:[t.length," of ",s," users"]}),i&&n("button",{type:"button",class:"button",onClick:()=>{b(i)},children:"Load more"})]})]})}function po({me:e}){const t=Ps(e.role),[r,i]=N(null),[o,s]=N(null),[l,d]=N(""),[p,h]=N("VIEWER"),[m,b]=N(""),[c,f]=N(null),[y,I]=N(!1),[$,S]=N(null),[T,U]=N(null),Z=st(async()=>{try{const O=await xe(to);i(O.data?.apiKeys??[]),s(null)}catch(O){s(O)}},[]);ce(()=>{Z()},[Z]);const W=async O=>{if(O.preventDefault(),l.trim()===""){f("Give the key a name.");return}I(!0),f(null);try{const K={name:l.trim(),role:p};m&&(K.expiresAt=new Date(`${m}T23:59:59`).toISOString());const se=await Ne(Ws,{input:K});S(se.createApiKey),d(""),b(""),Z()}catch(K){f(ct(K))}finally{I(!1)}},j=O=>U({title:`Revoke “${O.name}”`,body:`Programs using the key ${O.prefix}… stop working at once. This cannot be undone.`,confirmLabel:"Revoke",danger:!0,run:async()=>{await Ne(Vs,{id:O.id}),await Z()}});return n("section",{class:"card","aria-labelledby":"keys-title",children:[n("h2",{id:"keys-title",children:"API keys"}),n("p",{class:"muted small",children:"Keys you make are yours and act as you, with at most the role you signed in with."}),n("form",{class:"form inline-form",onSubmit:W,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"key-name",children:"Name"}),n("input",{id:"key-name",value:l,onInput:O=>d(O.currentTarget.value)})]}),n("div",{class:"field",children:[n("label",{for:"key-role",children:"Role"}),n("select",{id:"key-role",value:p,onChange:O=>h(O.currentTarget.value),children:t.map(O=>n("option",{value:O,children:O},O))})]}),n("div",{class:"field",children:[n("label",{for:"key-expires",children:["Expires ",n("small",{class:"muted",children:"(optional)"})]}),n("input",{id:"key-expires",type:"date",value:m,onInput:O=>b(O.currentTarget.value)})]}),n("button",{type:"submit",class:"button primary",disabled:y,children:y?"Creating…":"Create key"})]}),c&&n("p",{class:"field-error",role:"alert",children:c}),$&&n(Xr,{secret:$.secret,onDone:()=>S(null),children:["Key ",n("strong",{children:$.apiKey.name})," (",$.apiKey.role,") created for you."]}),n(Ee,{error:o,onRetry:()=>{Z()}}),r===null?!o&&n(Qe,{what:"API keys"}):r.length===0?n("p",{class:"muted",children:"No API keys."}):n("div",{class:"table-scroll",children:n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Key"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Owner"}),n("th",{scope:"col",children:"Created"}),n("th",{scope:"col",children:"Last used"}),n("th",{scope:"col",children:"Expires"}),n("th",{scope:"col",children:n("span",{class:"visually-hidden",children:"Revoke"})})]})}),n("tbody",{children:r.map(O=>n("tr",{class:O.revokedAt?"revoked":void 0,children:[n("td",{"data-label":"Name",children:O.name}),n("td",{"data-label":"Key",children:n("code",{children:[O.prefix,"…"]})}),n("td",{"data-label":"Role",children:O.role}),n("td",{"data-label":"Owner",children:O.owner?.name??"—"}),n("td",{"data-label":"Created",children:Te(O.createdAt)}),n("td",{"data-label":"Last used",children:O.lastUsedAt?Te(O.lastUsedAt):"never"}),n("td",{"data-label":"Expires",children:O.expiresAt?Te(O.expiresAt):"never"}),n("td",{children:O.revokedAt?n("span",{class:"muted",children:["revoked ",Te(O.revokedAt)]}):n("button",{type:"button",class:"button small danger",onClick:()=>j(O),children:"Revoke"})})]},O.id))})]})}),n(Qr,{request:T,onClose:()=>U(null)})]})}function Gt({count:e,limit:t}){return n(ge,{children:[Zr(e,t),lo(e,t)&&n(ge,{children:[" ",n("span",{class:"badge tone-attention",children:"full"})]})]})}function go({workers:e,readAt:t}){return n(ge,{children:[n("h3",{id:"workers-title",children:"Workers"}),e.length===0?n(ot,{children:"No worker is running: integrations will wait in the queue."}):n("ul",{class:"worker-list","aria-labelledby":"workers-title",children:e.map(r=>n("li",{"data-worker":r.instance,children:[n("code",{children:r.instance})," ",n("span",{class:"muted small",children:["reported"," ",n("time",{dateTime:r.reportedAt,title:Te(r.reportedAt),children:uo(r.reportedAt,t)})]})]},r.instance))})]})}function mo({bulkheads:e}){return n(ge,{children:[n("h3",{id:"bulkheads-title",children:"Bulkheads"}),e.length===0?n("p",{class:"muted",children:"No worker reports a bulkhead."}):n("div",{class:"table-scroll",children:n("table",{class:"numbers","aria-labelledby":"bulkheads-title",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Worker"}),n("th",{scope:"col",children:"Guards"}),n("th",{scope:"col",children:"In flight"}),n("th",{scope:"col",children:"Queued"}),n("th",{scope:"col",children:"Rejected"})]})}),n("tbody",{children:e.map(t=>n("tr",{"data-bulkhead":t.name,children:[n("td",{"data-label":"Worker",children:n("code",{children:t.instance})}),n("td",{"data-label":"Guards",children:n("code",{children:t.name})}),n("td",{"data-label":"In flight",children:n(Gt,{count:t.inFlight,limit:t.concurrencyLimit})}),n("td",{"data-label":"Queued",children:n(Gt,{count:t.queued,limit:t.queueLimit})}),n("td",{"data-label":"Rejected",children:De(t.rejected)})]},`${t.instance}/${t.name}`))})]})})]})}function _o({provider:e}){const t=co(e.breaker);return n("li",{class:"provider","data-breaker":e.breaker,children:n("table",{class:"kv",children:[n("caption",{children:n("code",{children:e.name})}),n("tbody",{children:[n("tr",{children:[n("th",{scope:"row",children:"Worker"}),n("td",{children:n("code",{children:e.instance})})]}),n("tr",{children:[n("th",{scope:"row",children:"Breaker"}),n("td",{children:n("span",{class:`badge tone-${t.tone}`,title:t.help,"data-breaker":e.breaker,children:t.label})})]}),n("tr",{children:[n("th",{scope:"row",children:"Failures in a row"}),n("td",{children:Zr(e.consecutiveFailures,e.failureThreshold)})]}),n("tr",{children:[n("th",{scope:"row",children:"Open period"}),n("td",{children:ei(e.openSeconds)})]}),n("tr",{children:[n("th",{scope:"row",children:"In flight"}),n("td",{children:n(Gt,{count:e.inFlight,limit:e.concurrencyLimit})})]}),n("tr",{children:[n("th",{scope:"row",children:"Queued"}),n("td",{children:n(Gt,{count:e.queued,limit:e.queueLimit})})]}),n("tr",{children:[n("th",{scope:"row",children:"Calls"}),n("td",{children:De(e.calls)})]}),n("tr",{children:[n("th",{scope:"row",children:"Retries"}),n("td",{children:De(e.retries)})]}),n("tr",{children:[n("th",{scope:"row",children:"Rejected"}),n("td",{children:De(e.rejected)})]})]})]})})}function bo({providers:e,workers:t}){return n(ge,{children:[n("h3",{id:"providers-title",children:"Providers"}),e.length===0?n("p",{class:"muted",children:t===0?"No worker reports its providers.":"No networked providers (the offline generator is in use)."}):n("ul",{class:"provider-list","aria-labelledby":"providers-title",children:e.map(r=>n(_o,{provider:r},`${r.instance}/${r.name}`))})]})}function yo(){const[e,t]=N(null),[r,i]=N(0),[o,s]=N(null),l=st(async()=>{try{const d=await xe(no);t(d.data?.systemStatus??null),i(Date.now()),s(null)}catch(d){s(d)}},[]);return ce(()=>{l()},[l]),n("section",{class:"card","aria-labelledby":"status-title",children:[n("div",{class:"page-head",children:[n("h2",{id:"status-title",children:"System status"}),n("button",{type:"button",class:"button small",onClick:()=>{l()},children:"Refresh"})]}),n(Ee,{error:o,onRetry:()=>{l()}}),e&&n("dl",{class:"pairs",children:[n("dt",{children:"Version"}),n("dd",{children:e.version}),n("dt",{children:"Database"}),n("dd",{children:[e.database.backend," ",n("span",{class:`badge tone-${e.database.ok?"good":"bad"}`,children:e.database.ok?"OK":"not answering"})]}),n("dt",{children:"Job queue"}),n("dd",{children:e.queue?`${e.queue.queued} queued, ${e.queue.running} running`:"cannot be read"})]}),e&&n(ge,{children:[n(go,{workers:e.workers,readAt:r}),n(mo,{bulkheads:e.bulkheads}),n(bo,{providers:e.providers,workers:e.workers.length})]})]})}function Eo({user:e}){const t=On(e),r=Ms(e);return Wt(t?"Admin":"API keys"),n("div",{class:"admin",children:[n("h1",{children:t?"Admin":"API keys"}),t&&n(yo,{}),t&&n(fo,{me:e}),r?n(po,{me:e}):n(ot,{children:["You signed in with a ",e.role.toLowerCase()," key: it cannot list, create or revoke API keys."]}),!t&&n(ot,{children:"Users, roles and the system status are for administrators."})]})}const zt=["DRAFT","VALIDATING","GENERATING","TESTING","REVIEWING","DEPLOYING","ACTIVE","FAILED","DEPRECATED"],wo={DRAFT:"neutral",VALIDATING:"busy",GENERATING:"busy",TESTING:"busy",REVIEWING:"attention",DEPLOYING:"busy",ACTIVE:"good",FAILED:"bad",DEPRECATED:"muted"},vo={DRAFT:"Created; the pipeline has not started",VALIDATING:"The request is checked against its kind",GENERATING:"The generator writes the code and its tests",TESTING:"The generated tests run in the sandbox",REVIEWING:"A pull request waits for a review",DEPLOYING:"The reviewed code is being deployed",ACTIVE:"Deployed and running",FAILED:"Failed, rejected or cancelled; finished steps were undone",DEPRECATED:"Taken out of service"};function Io(e){return zt.includes(e)}function ti(e){return e.charAt(0)+e.slice(1).toLowerCase()}function So(){return{total:0,byState:Object.fromEntries(zt.map(e=>[e,0]))}}function Ao(e){const t=So();if(!e)return t;t.total=e.all?.totalCount??0;for(const r of zt)t.byState[r]=e[r]?.totalCount??0;return t}function No(e,t,r){if(t===r)return e;const i={...e.byState};let o=e.total;return t?i[t]=Math.max(0,i[t]-1):o+=1,i[r]+=1,{total:o,byState:i}}function Dn({state:e}){return n("span",{class:`badge tone-${wo[e]}`,title:vo[e],"data-state":e,children:ti(e)})}function To({status:e}){return n("span",{class:`badge tone-${e==="SUCCEEDED"?"good":e==="FAILED"?"bad":e==="RUNNING"?"busy":e==="COMPENSATED"?"muted":"neutral"}`,children:e.charAt(0)+e.slice(1).toLowerCase()})}function Ln(){return{path:window.location.pathname,search:new URLSearchParams(window.location.search)}}const Mn=kn(Ln());window.addEventListener("popstate",()=>Mn.set(Ln()));function Ue(e,t={}){const r=window.location.pathname+window.location.search;e!==r&&(t.replace?window.history.replaceState(null,"",e):window.history.pushState(null,"",e),Mn.set(Ln()),t.replace||window.scrollTo(0,0))}function Yt(){return _t(Mn)}function Ro(e,t){const r=e.split("/").filter(Boolean),i=t.split("/").filter(Boolean);if(r.length!==i.length)return null;const o={};for(let s=0;s<r.length;s+=1){const l=r[s],d=i[s];if(l.startsWith(":"))try{o[l.slice(1)]=decodeURIComponent(d)}catch{return null}else if(l!==d)return null}return o}function ke({href:e,onClick:t,...r}){return n("a",{href:e,onClick:i=>{t&&t(i),!(i.defaultPrevented||i.button!==0||i.metaKey||i.ctrlKey||i.shiftKey||i.altKey)&&(i.preventDefault(),Ue(e))},...r})}const yr=25;function Er(e){return{states:(e.get("state")??"").split(",").filter(Io),owner:e.get("owner")??"",text:e.get("q")??""}}function ln(e){const t=new URLSearchParams;e.states.length>0&&t.set("state",e.states.join(",")),e.owner&&t.set("owner",e.owner),e.text&&t.set("q",e.text);const r=t.toString();return r?`/?${r}`:"/"}function wr(e,t){return e?e==="me"?t.id:e:null}function xo({user:e}){Wt("Integrations");const t=Yt(),r=Er(t.search),i=`${r.states.join(",")}|${r.owner}|${r.text}`,[o,s]=N(null),[l,d]=N(0),[p,h]=N(null),[m,b]=N(null),[c,f]=N(null),[y,I]=N(null),[$,S]=N(!1),[T,U]=N(r.text),[Z,W]=N([]),j=nt(o);j.current=o;const O=()=>{const u={};r.states.length>0&&(u.states=r.states);const w=wr(r.owner,e);return w&&(u.owner=w),r.text&&(u.text=r.text),u},K=st(async()=>{try{const u=await xe(Qs,{owner:wr(r.owner,e),text:r.text||null});b(Ao(u.data))}catch(u){f(u)}},[i]),se=st(async()=>{const u=Math.min(100,Math.max(yr,j.current?.length??0));try{const x=(await xe(_r,{first:u,after:null,filter:O()})).data.integrations;s(x.nodes),d(x.totalCount),h(x.pageInfo.hasNextPage?x.pageInfo.endCursor??null:null),f(null)}catch(w){f(w)}},[i]),ee=Dt(()=>{se()},300),ue=Dt(()=>{K()},300);ce(()=>{s(null),j.current=null,se(),K()},[se,K]),ce(()=>{On(e)&&xe(Jr,{first:100,after:null}).then(u=>W(u.data?.users?.nodes??[]),()=>W([]))},[e]),ce(()=>zr({document:ro,variables:()=>({}),onData:({integrationUpdated:u})=>{const w=j.current,x=w?w.findIndex(G=>G.id===u.id):-1;if(w&&x>=0){const G=w[x];if(G.version>u.version)return;const q=[...w];q[x]=u,j.current=q,s(q),G.state!==u.state&&b(B=>B&&No(B,G.state,u.state))}else ee();ue()},onResume:()=>{ee(),ue()},onError:I}),[ee,ue]);const Fe=Dt(()=>{const u=Er(new URLSearchParams(window.location.search));u.text!==T.trim()&&Ue(ln({...u,text:T.trim()}),{replace:!0})},350);ce(()=>{r.text!==T.trim()&&U(r.text)},[r.text]);const Ie=u=>{const w=u===null?[]:r.states.includes(u)?r.states.filter(x=>x!==u):[...r.states,u];Ue(ln({...r,states:w}))},D=async()=>{if(p){S(!0);try{const w=(await xe(_r,{first:yr,after:p,filter:O()})).data.integrations,x=new Set((j.current??[]).map(q=>q.id)),G=[...j.current??[],...w.nodes.filter(q=>!x.has(q.id))];j.current=G,s(G),d(w.totalCount),h(w.pageInfo.hasNextPage?w.pageInfo.endCursor??null:null)}catch(u){f(u)}finally{S(!1)}}};return n("section",{"aria-labelledby":"board-title",children:[n("div",{class:"page-head",children:[n("h1",{id:"board-title",children:"Integrations"}),Ut(e)&&n(ke,{class:"button primary",href:"/integrations/new",children:"New integration"})]}),n("div",{class:"filters",role:"search",children:[n("div",{class:"chips",role:"group","aria-label":"Filter by state",children:[n("button",{type:"button",class:"chip","aria-pressed":r.states.length===0,onClick:()=>Ie(null),children:["All ",n("span",{class:"count",children:m?m.total:"…"})]}),zt.map(u=>n("button",{type:"button",class:`chip chip-${u.toLowerCase()}`,"aria-pressed":r.states.includes(u),"data-state-count":u,onClick:()=>Ie(u),children:[ti(u)," ",n("span",{class:"count",children:m?m.byState[u]:"…"})]},u))]}),n("div",{class:"filter-row",children:[n("div",{class:"field inline",children:[n("label",{for:"board-search",children:"Search"}),n("input",{id:"board-search",type:"search",value:T,placeholder:"Name or description",onInput:u=>{U(u.currentTarget.value),Fe()}})]}),n("div",{class:"field inline",children:[n("label",{for:"board-owner",children:"Owner"}),n("select",{id:"board-owner",value:r.owner,onChange:u=>Ue(ln({...r,owner:u.currentTarget.value})),children:[n("option",{value:"",children:"Anyone"}),n("option",{value:"me",children:"Me"}),Z.filter(u=>u.id!==e.id).map(u=>n("option",{value:u.id,children:u.name},u.id))]})]})]})]}),n(Ee,{error:c,onRetry:()=>{se()}}),n(Ee,{error:y}),o===null?!c&&n(Qe,{what:"integrations"}):o.length===0?n("p",{class:"empty",children:["No integration matches. ",Ut(e)&&n(ke,{href:"/integrations/new",children:"Create one."})]}):n(ge,{children:[n("table",{class:"board",children:[n("caption",{class:"visually-hidden",children:"Integrations, newest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Kind"}),n("th",{scope:"col",children:"State"}),n("th",{scope:"col",children:"Owner"}),n("th",{scope:"col",children:"Updated"})]})}),n("tbody",{children:o.map(u=>n("tr",{"data-integration":u.id,children:[n("td",{"data-label":"Name",children:[n(ke,{href:`/integrations/${encodeURIComponent(u.id)}`,class:"name",children:u.name}),u.description&&n("div",{class:"muted small",children:u.description})]}),n("td",{"data-label":"Kind",children:n("code",{children:u.kind})}),n("td",{"data-label":"State",children:n(Dn,{state:u.state})}),n("td",{"data-label":"Owner",children:u.owner?u.owner.id===e.id?"You":u.owner.name:"—"}),n("td",{"data-label":"Updated",children:n("time",{dateTime:u.updatedAt,children:Te(u.updatedAt)})})]},u.id))})]}),n("p",{class:"muted small","aria-live":"polite",children:["Showing ",o.length," of ",l]}),p&&n("button",{type:"button",class:"button",onClick:D,disabled:$,children:$?"Loading…":"Load more"})]})]})}function vr(e){if(e.trim()==="")return{ok:!1,issue:{path:"",message:"Enter the configuration as a JSON object."}};let t;try{t=JSON.parse(e)}catch(r){return{ok:!1,issue:{path:"",message:`Not valid JSON: ${r instanceof Error?r.message:"not valid JSON"}`}}}return!t||typeof t!="object"||Array.isArray(t)?{ok:!1,issue:{path:"",message:"The configuration must be a JSON object ({ … })."}}:{ok:!0,value:t}}function pt(e){return e&&typeof e=="object"&&!Array.isArray(e)?e:void 0}function ko(e){return e===null?"null":Array.isArray(e)?"array":typeof e=="number"?Number.isInteger(e)?"integer":"number":typeof e}function Co(e,t){const r=ko(e);return r===t||t==="number"&&r==="integer"}function wn(e,t,r=""){const i=pt(t);if(!i)return[];const o=[],s=d=>r?`${r}.${d}`:String(d),l=Array.isArray(i.type)?i.type:typeof i.type=="string"?[i.type]:[];if(l.length>0&&!l.some(d=>Co(e,d)))return[{path:r,message:`must be ${l.map(d=>d==="integer"?"a whole number":`a${/^[aeiou]/.test(d)?"n":""} ${d}`).join(" or ")}`}];if(Array.isArray(i.enum)&&!i.enum.some(d=>JSON.stringify(d)===JSON.stringify(e))&&o.push({path:r,message:`must be one of ${i.enum.map(d=>JSON.stringify(d)).join(", ")}`}),typeof e=="string"&&(typeof i.minLength=="number"&&[...e].length<i.minLength&&o.push({path:r,message:`must be at least ${i.minLength} characters`}),typeof i.maxLength=="number"&&[...e].length>i.maxLength&&o.push({path:r,message:`must be at most ${i.maxLength} characters`}),typeof i.pattern=="string"))try{new RegExp(i.pattern,"u").test(e)||o.push({path:r,message:`must match ${i.pattern}`})}catch{}if(typeof e=="number"&&(typeof i.minimum=="number"&&e<i.minimum&&o.push({path:r,message:`must be at least ${i.minimum}`}),typeof i.maximum=="number"&&e>i.maximum&&o.push({path:r,message:`must be at most ${i.maximum}`})),Array.isArray(e)&&i.items&&e.forEach((d,p)=>o.push(...wn(d,i.items,s(p)))),e&&typeof e=="object"&&!Array.isArray(e)){const d=e,p=pt(i.properties)??{};for(const h of Array.isArray(i.required)?i.required:[])h in d||o.push({path:s(h),message:"is required"});for(const[h,m]of Object.entries(d))h in p?o.push(...wn(m,p[h],s(h))):i.additionalProperties===!1&&o.push({path:s(h),message:"is not a field of this kind"})}return o}function $o(e){const t=pt(e),r=pt(t?.properties)??{},i=Array.isArray(t?.required)?t.required:[];return Object.entries(r).map(([o,s])=>{const l=pt(s)??{};return{name:o,type:Array.isArray(l.type)?l.type.join(" | "):String(l.type??"any"),description:typeof l.description=="string"?l.description:"",required:i.includes(o),secret:l.writeOnly===!0,defaultValue:l.default}})}const Ir=["kind","name","description","prompt","config"];function dn(e){return JSON.stringify(e??{},null,2)}function ut({id:e,messages:t}){return!t||t.length===0?null:n("ul",{id:e,class:"field-error",role:"alert",children:t.map(r=>n("li",{children:r},r))})}function Oo({user:e}){Wt("New integration");const[t,r]=N(null),[i,o]=N(null),[s,l]=N(""),[d,p]=N(""),[h,m]=N(""),[b,c]=N(""),[f,y]=N("{}"),[I,$]=N(!1),[S,T]=N({}),[U,Z]=N(null),[W,j]=N(!1),O=()=>{o(null),xe(Xs).then(u=>{const w=u.data?.integrationKinds??[];r(w);const x=w[0];x&&!s&&(l(x.name),y(dn(x.exampleConfig)))},u=>o(u))};ce(O,[]);const K=t?.find(u=>u.name===s),se=mt(()=>$o(K?.configSchema),[K]),ee=mt(()=>{const u=vr(f);return u.ok?K?wn(u.value,K.configSchema):[]:[u.issue]},[f,K]);if(!Ut(e))return n(ot,{children:["Your role (",e.role,") may read integrations but not create them."]});const ue=u=>{l(u);const w=t?.find(x=>x.name===u);w&&!I&&y(dn(w.exampleConfig)),T(x=>({...x,kind:[],config:[]}))},Fe=async u=>{u.preventDefault(),Z(null);const w=vr(f);if(!w.ok){T({config:[w.issue.message]}),document.getElementById("config")?.focus();return}j(!0);try{const x=await Ne(Bs,{input:{kind:s,name:d,description:h.trim()===""?null:h,prompt:b,config:w.value}});Ue(`/integrations/${encodeURIComponent(x.createIntegration.id)}`)}catch(x){const G=x instanceof ve?x.errors:[],q=gn(G);T(q);const B=ds(G,Ir);B.length>0?Z(Je(B)):G.length===0&&Z(x);const be=Ir.find(Ce=>q[Ce]?.length);be&&document.getElementById(be)?.focus()}finally{j(!1)}},Ie=(u,w)=>[w,S[u]?.length?`${u}-error`:""].filter(Boolean).join(" ")||void 0,D=u=>S[u]?.length?"true":void 0;return n("section",{"aria-labelledby":"create-title",class:"create",children:[n("div",{class:"page-head",children:[n("h1",{id:"create-title",children:"New integration"}),n(ke,{href:"/",children:"Back to the board"})]}),n(Ee,{error:i,onRetry:O}),t===null?!i&&n(Qe,{what:"integration kinds"}):n("form",{class:"form card",onSubmit:Fe,noValidate:!0,children:[n(Ee,{error:U}),n("fieldset",{class:"field",children:[n("legend",{children:"Kind"}),n("div",{class:"kinds",children:t.map(u=>n("label",{class:`kind-option${u.name===s?" selected":""}`,children:[n("input",{type:"radio",name:"kind",id:u.name===s?"kind":void 0,value:u.name,checked:u.name===s,onChange:()=>ue(u.name)}),n("span",{children:[n("strong",{children:n("code",{children:u.name})}),n("small",{class:"help",children:u.description})]})]},u.name))}),n(ut,{id:"kind-error",messages:S.kind})]}),n("div",{class:"field",children:[n("label",{for:"name",children:"Name"}),n("input",{id:"name",value:d,maxLength:100,required:!0,"aria-invalid":D("name"),"aria-describedby":Ie("name"),onInput:u=>p(u.currentTarget.value)})]}),n(ut,{id:"name-error",messages:S.name}),n("div",{class:"field",children:[n("label",{for:"description",children:["Description ",n("small",{class:"muted",children:"(optional)"})]}),n("input",{id:"description",value:h,"aria-invalid":D("description"),"aria-describedby":Ie("description"),onInput:u=>m(u.currentTarget.value)})]}),n(ut,{id:"description-error",messages:S.description}),n("div",{class:"field",children:[n("label",{for:"prompt",children:"Prompt"}),n("textarea",{id:"prompt",rows:5,value:b,required:!0,placeholder:"What the integration must do","aria-invalid":D("prompt"),"aria-describedby":Ie("prompt","prompt-help"),onInput:u=>c(u.currentTarget.value)}),n("small",{id:"prompt-help",class:"help",children:"Sent to the code generator as the integration's requirements."})]}),n(ut,{id:"prompt-error",messages:S.prompt}),n("div",{class:"config-editor",children:[n("div",{class:"field",children:[n("label",{for:"config",children:"Configuration (JSON)"}),n("textarea",{id:"config",class:"mono",rows:12,spellcheck:!1,value:f,"aria-invalid":D("config")??(ee.length>0?"true":void 0),"aria-describedby":Ie("config","config-check"),onInput:u=>{y(u.currentTarget.value),$(!0)}})]}),n("div",{id:"config-check",class:ee.length>0?"config-issues":"config-ok","aria-live":"polite",children:ee.length===0?n("span",{children:["✓ Matches the ",s," schema"]}):n("ul",{children:ee.map(u=>n("li",{children:[u.path?n("code",{children:u.path}):"Configuration"," ",u.message]},`${u.path}:${u.message}`))})}),n(ut,{id:"config-error",messages:S.config}),K&&n("details",{class:"schema-help",children:[n("summary",{children:["Fields of ",K.name]}),n("dl",{children:se.map(u=>n("div",{children:[n("dt",{children:[n("code",{children:u.name})," ",n("small",{class:"muted",children:u.type}),u.required&&n("small",{class:"tag",children:"required"}),u.secret&&n("small",{class:"tag",children:"secret"})]}),n("dd",{children:[u.description,u.defaultValue!==void 0&&n(ge,{children:[" (default ",JSON.stringify(u.defaultValue),")"]})]})]},u.name))}),n("button",{type:"button",class:"button small",onClick:()=>{y(dn(K.exampleConfig)),$(!1)},children:"Use the example"})]})]}),n("div",{class:"form-actions",children:n("button",{type:"submit",class:"button primary",disabled:W,children:W?"Creating…":"Create and start the pipeline"})})]})]})}function Do(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var un,Sr;function Lo(){if(Sr)return un;Sr=1;function e(a){return a instanceof Map?a.clear=a.delete=a.set=function(){throw new Error("map is read-only")}:a instanceof Set&&(a.add=a.clear=a.delete=function(){throw new Error("set is read-only")}),Object.freeze(a),Object.getOwnPropertyNames(a).forEach(g=>{const E=a[g],M=typeof E;(M==="object"||M==="function")&&!Object.isFrozen(E)&&e(E)}),a}class t{constructor(g){g.data===void 0&&(g.data={}),this.data=g.data,this.isMatchIgnored=!1}ignoreMatch(){this.isMatchIgnored=!0}}function r(a){return a.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&#x27;")}function i(a,...g){const E=Object.create(null);for(const M in a)E[M]=a[M];return g.forEach(function(M){for(const re in M)E[re]=M[re]}),E}const o="</span>",s=a=>!!a.scope,l=(a,{prefix:g})=>{if(a.startsWith("language:"))return a.replace("language:","language-");if(a.includes(".")){const E=a.split(".");return[`${g}${E.shift()}`,...E.map((M,re)=>`${M}${"_".repeat(re+1)}`)].join(" ")}return`${g}${a}`};class d{constructor(g,E){this.buffer="",this.classPrefix=E.classPrefix,g.walk(this)}addText(g){this.buffer+=r(g)}openNode(g){if(!s(g))return;const E=l(g.scope,{prefix:this.classPrefix});this.span(E)}closeNode(g){s(g)&&(this.buffer+=o)}value(){return this.buffer}span(g){this.buffer+=`<span class="${g}">`}}const p=(a={})=>{const g={children:[]};return Object.assign(g,a),g};class h{constructor(){this.rootNode=p(),this.stack=[this.rootNode]}get top(){return this.stack[this.stack.length-1]}get root(){return this.rootNode}add(g){this.top.children.push(g)}openNode(g){const E=p({scope:g});this.add(E),this.stack.push(E)}closeNode(){if(this.stack.length>1)return this.stack.pop()}closeAllNodes(){for(;this.closeNode(););}toJSON(){return JSON.stringify(this.rootNode,null,4)}walk(g){return this.constructor._walk(g,this.rootNode)}static _walk(g,E){return typeof E=="string"?g.addText(E):E.children&&(g.openNode(E),E.children.forEach(M=>this._walk(g,M)),g.closeNode(E)),g}static _collapse(g){typeof g!="string"&&g.children&&(g.children.every(E=>typeof E=="string")?g.children=[g.children.join("")]:g.children.forEach(E=>{h._collapse(E)}))}}class m extends h{constructor(g){super(),this.options=g}addText(g){g!==""&&this.add(g)}startScope(g){this.openNode(g)}endScope(){this.closeNode()}__addSublanguage(g,E){const M=g.root;E&&(M.scope=`language:${E}`),this.add(M)}toHTML(){return new d(this,this.options).value()}finalize(){return this.closeAllNodes(),!0}}function b(a){return a?typeof a=="string"?a:a.source:null}function c(a){return I("(?=",a,")")}function f(a){return I("(?:",a,")*")}function y(a){return I("(?:",a,")?")}function I(...a){return a.map(E=>b(E)).join("")}function $(a){const g=a[a.length-1];return typeof g=="object"&&g.constructor===Object?(a.splice(a.length-1,1),g):{}}function S(...a){return"("+($(a).capture?"":"?:")+a.map(M=>b(M)).join("|")+")"}function T(a){return new RegExp(a.toString()+"|").exec("").length-1}function U(a,g){const E=a&&a.exec(g);return E&&E.index===0}const Z=new RegExp(S(/\[(?:[^\\\]]|\\.)*\]/,/\(\?<(?![=!])[^>]+>/,/\(\?'[^']+'/,/\(\??/,/\\([1-9][0-9]*)/,/\\./));function W(a,{joinWith:g}){let E=0;return a.map(M=>{E+=1;const re=E;let ie=b(M),R="";for(;ie.length>0;){const A=Z.exec(ie);if(!A){R+=ie;break}R+=ie.substring(0,A.index),ie=ie.substring(A.index+A[0].length),A[0][0]==="\\"&&A[1]?R+="\\"+String(Number(A[1])+re):(R+=A[0],(A[0]==="("||/^\(\?[<']/.test(A[0]))&&E++)}return R}).map(M=>`(${M})`).join(g)}const j=/\b\B/,O="[a-zA-Z]\\w*",K="[a-zA-Z_]\\w*",se="\\b\\d+(\\.\\d+)?",ee="(-?)(\\b0[xX][a-fA-F0-9]+|(\\b\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?)",ue="\\b(0b[01]+)",Fe="!|!=|!==|%|%=|&|&&|&=|\\*|\\*=|\\+|\\+=|,|-|-=|/=|/|:|;|<<|<<=|<=|<|===|==|=|>>>=|>>=|>=|>>>|>>|>|\\?|\\[|\\{|\\(|\\^|\\^=|\\||\\|=|\\|\\||~",Ie=(a={})=>{const g=/^#![ ]*\//;return a.binary&&(a.begin=I(g,/.*\b/,a.binary,/\b.*/)),i({scope:"meta",begin:g,end:/$/,relevance:0,"on:begin":(E,M)=>{E.index!==0&&M.ignoreMatch()}},a)},D={begin:"\\\\[\\s\\S]",relevance:0},u={scope:"string",begin:"'",end:"'",illegal:"\\n",contains:[D]},w={scope:"string",begin:'"',end:'"',illegal:"\\n",contains:[D]},x={begin:/\b(a|an|the|are|I'm|isn't|don't|doesn't|won't|but|just|should|pretty|simply|enough|gonna|going|wtf|so|such|will|you|your|they|like|more)\b/},G=function(a,g,E={}){const M=i({scope:"comment",begin:a,end:g,contains:[]},E);M.contains.push({scope:"doctag",begin:"[ ]*(?=(TODO|FIXME|NOTE|BUG|OPTIMIZE|HACK|XXX):)",end:/(TODO|FIXME|NOTE|BUG|OPTIMIZE|HACK|XXX):/,excludeBegin:!0,relevance:0});const re=S("I","a","is","so","us","to","at","if","in","it","on",/[A-Za-z]+['](d|ve|re|ll|t|s|n)/,/[A-Za-z]+[-][a-z]+/,/[A-Za-z][a-z]{2,}/);return M.contains.push({begin:I(/[ ]+/,"(",re,/[.]?[:]?([.][ ]|[ ])/,"){3}")}),M},q=G("//","$"),B=G("/\\*","\\*/"),be=G("#","$"),Ce={scope:"number",begin:se,relevance:0},Ze={scope:"number",begin:ee,relevance:0},Ge={scope:"number",begin:ue,relevance:0},he={scope:"regexp",begin:/\/(?=[^/\n]*\/)/,end:/\/[gimuy]*/,contains:[D,{begin:/\[/,end:/\]/,relevance:0,contains:[D]}]},le={scope:"title",begin:O,relevance:0},bt={scope:"title",begin:K,relevance:0},Pn={begin:"\\.\\s*"+K,relevance:0};var yt=Object.freeze({__proto__:null,APOS_STRING_MODE:u,BACKSLASH_ESCAPE:D,BINARY_NUMBER_MODE:Ge,BINARY_NUMBER_RE:ue,COMMENT:G,C_BLOCK_COMMENT_MODE:B,C_LINE_COMMENT_MODE:q,C_NUMBER_MODE:Ze,C_NUMBER_RE:ee,END_SAME_AS_BEGIN:function(a){return Object.assign(a,{"on:begin":(g,E)=>{E.data._beginMatch=g[1]},"on:end":(g,E)=>{E.data._beginMatch!==g[1]&&E.ignoreMatch()}})},HASH_COMMENT_MODE:be,IDENT_RE:O,MATCH_NOTHING_RE:j,METHOD_GUARD:Pn,NUMBER_MODE:Ce,NUMBER_RE:se,PHRASAL_WORDS_MODE:x,QUOTE_STRING_MODE:w,REGEXP_MODE:he,RE_STARTERS_RE:Fe,SHEBANG:Ie,TITLE_MODE:le,UNDERSCORE_IDENT_RE:K,UNDERSCORE_TITLE_MODE:bt});function ii(a,g){a.input[a.index-1]==="."&&g.ignoreMatch()}function si(a,g){a.className!==void 0&&(a.scope=a.className,delete a.className)}function oi(a,g){g&&a.beginKeywords&&(a.begin="\\b("+a.beginKeywords.split(" ").join("|")+")(?!\\.)(?=\\b|\\s)",a.__beforeBegin=ii,a.keywords=a.keywords||a.beginKeywords,delete a.beginKeywords,a.relevance===void 0&&(a.relevance=0))}function ai(a,g){Array.isArray(a.illegal)&&(a.illegal=S(...a.illegal))}function ci(a,g){if(a.match){if(a.begin||a.end)throw new Error("begin & end are not supported with match");a.begin=a.match,delete a.match}}function li(a,g){a.relevance===void 0&&(a.relevance=1)}const di=(a,g)=>{if(!a.beforeMatch)return;if(a.starts)throw new Error("beforeMatch cannot be used with starts");const E=Object.assign({},a);Object.keys(a).forEach(M=>{delete a[M]}),a.keywords=E.keywords,a.begin=I(E.beforeMatch,c(E.begin)),a.starts={relevance:0,contains:[Object.assign(E,{endsParent:!0})]},a.relevance=0,delete E.beforeMatch},ui=["of","and","for","in","not","or","if","then","parent","list","value"],hi="keyword";function Un(a,g,E=hi){const M=Object.create(null);return typeof a=="string"?re(E,a.split(" ")):Array.isArray(a)?re(E,a):Object.keys(a).forEach(function(ie){Object.assign(M,Un(a[ie],g,ie))}),M;function re(ie,R){g&&(R=R.map(A=>A.toLowerCase())),R.forEach(function(A){const L=A.split("|");M[L[0]]=[ie,fi(L[0],L[1])]})}}function fi(a,g){return g?Number(g):pi(a)?0:1}function pi(a){return ui.includes(a.toLowerCase())}const Fn={},We=a=>{console.error(a)},Gn=(a,...g)=>{console.log(`WARN: ${a}`,...g)},et=(a,g)=>{Fn[`${a}/${g}`]||(console.log(`Deprecated as of ${a}. ${g}`),Fn[`${a}/${g}`]=!0)},Et=new Error;function Hn(a,g,{key:E}){let M=0;const re=a[E],ie={},R={};for(let A=1;A<=g.length;A++)R[A+M]=re[A],ie[A+M]=!0,M+=T(g[A-1]);a[E]=R,a[E]._emit=ie,a[E]._multi=!0}function gi(a){if(Array.isArray(a.begin)){if(a.skip||a.excludeBegin||a.returnBegin)throw We("skip, excludeBegin, returnBegin not compatible with beginScope: {}"),Et;if(typeof a.beginScope!="object"||a.beginScope===null)throw We("beginScope must be object"),Et;Hn(a,a.begin,{key:"beginScope"}),a.begin=W(a.begin,{joinWith:""})}}function mi(a){if(Array.isArray(a.end)){if(a.skip||a.excludeEnd||a.returnEnd)throw We("skip, excludeEnd, returnEnd not compatible with endScope: {}"),Et;if(typeof a.endScope!="object"||a.endScope===null)throw We("endScope must be object"),Et;Hn(a,a.end,{key:"endScope"}),a.end=W(a.end,{joinWith:""})}}function _i(a){a.scope&&typeof a.scope=="object"&&a.scope!==null&&(a.beginScope=a.scope,delete a.scope)}function bi(a){_i(a),typeof a.beginScope=="string"&&(a.beginScope={_wrap:a.beginScope}),typeof a.endScope=="string"&&(a.endScope={_wrap:a.endScope}),gi(a),mi(a)}function yi(a){function g(R,A){return new RegExp(b(R),"m"+(a.case_insensitive?"i":"")+(a.unicodeRegex?"u":"")+(A?"g":""))}class E{constructor(){this.matchIndexes={},this.regexes=[],this.matchAt=1,this.position=0}addRule(A,L){L.position=this.position++,this.matchIndexes[this.matchAt]=L,this.regexes.push([L,A]),this.matchAt+=T(A)+1}compile(){this.regexes.length===0&&(this.exec=()=>null);const A=this.regexes.map(L=>L[1]);this.matcherRe=g(W(A,{joinWith:"|"}),!0),this.lastIndex=0}exec(A){this.matcherRe.lastIndex=this.lastIndex;const L=this.matcherRe.exec(A);if(!L)return null;const fe=L.findIndex((lt,Xt)=>Xt>0&&lt!==void 0),oe=this.matchIndexes[fe];return L.splice(0,fe),Object.assign(L,oe)}}class M{constructor(){this.rules=[],this.multiRegexes=[],this.count=0,this.lastIndex=0,this.regexIndex=0}getMatcher(A){if(this.multiRegexes[A])return this.multiRegexes[A];const L=new E;return this.rules.slice(A).forEach(([fe,oe])=>L.addRule(fe,oe)),L.compile(),this.multiRegexes[A]=L,L}resumingScanAtSamePosition(){return this.regexIndex!==0}considerAll(){this.regexIndex=0}addRule(A,L){this.rules.push([A,L]),L.type==="begin"&&this.count++}exec(A){const L=this.getMatcher(this.regexIndex);L.lastIndex=this.lastIndex;let fe=L.exec(A);if(this.resumingScanAtSamePosition()&&!(fe&&fe.index===this.lastIndex)){const oe=this.getMatcher(0);oe.lastIndex=this.lastIndex+1,fe=oe.exec(A)}return fe&&(this.regexIndex+=fe.position+1,this.regexIndex===this.count&&this.considerAll()),fe}}function re(R){const A=new M;return R.contains.forEach(L=>A.addRule(L.begin,{rule:L,type:"begin"})),R.terminatorEnd&&A.addRule(R.terminatorEnd,{type:"end"}),R.illegal&&A.addRule(R.illegal,{type:"illegal"}),A}function ie(R,A){const L=R;if(R.isCompiled)return L;[si,ci,bi,di].forEach(oe=>oe(R,A)),a.compilerExtensions.forEach(oe=>oe(R,A)),R.__beforeBegin=null,[oi,ai,li].forEach(oe=>oe(R,A)),R.isCompiled=!0;let fe=null;return typeof R.keywords=="object"&&R.keywords.$pattern&&(R.keywords=Object.assign({},R.keywords),fe=R.keywords.$pattern,delete R.keywords.$pattern),fe=fe||/\w+/,R.keywords&&(R.keywords=Un(R.keywords,a.case_insensitive)),L.keywordPatternRe=g(fe,!0),A&&(R.begin||(R.begin=/\B|\b/),L.beginRe=g(L.begin),!R.end&&!R.endsWithParent&&(R.end=/\B|\b/),R.end&&(L.endRe=g(L.end)),L.terminatorEnd=b(L.end)||"",R.endsWithParent&&A.terminatorEnd&&(L.terminatorEnd+=(R.end?"|":"")+A.terminatorEnd)),R.illegal&&(L.illegalRe=g(R.illegal)),R.contains||(R.contains=[]),R.contains=[].concat(...R.contains.map(function(oe){return Ei(oe==="self"?R:oe)})),R.contains.forEach(function(oe){ie(oe,L)}),R.starts&&ie(R.starts,A),L.matcher=re(L),L}if(a.compilerExtensions||(a.compilerExtensions=[]),a.contains&&a.contains.includes("self"))throw new Error("ERR: contains `self` is not supported at the top-level of a language.  See documentation.");return a.classNameAliases=i(a.classNameAliases||{}),ie(a)}function qn(a){return a?a.endsWithParent||qn(a.starts):!1}function Ei(a){return a.variants&&!a.cachedVariants&&(a.cachedVariants=a.variants.map(function(g){return i(a,{variants:null},g)})),a.cachedVariants?a.cachedVariants:qn(a)?i(a,{starts:a.starts?i(a.starts):null}):Object.isFrozen(a)?i(a):a}var wi="11.12.0";class vi extends Error{constructor(g,E){super(g),this.name="HTMLInjectionError",this.html=E}}const Qt=r,Kn=i,jn=Symbol("nomatch"),Ii=7,Wn=function(a){const g=Object.create(null),E=Object.create(null),M=[];let re=!0;const ie="Could not find the language '{}', did you forget to load/include a language module?",R={disableAutodetect:!0,name:"Plain text",contains:[]};let A={ignoreUnescapedHTML:!1,throwUnescapedHTML:!1,noHighlightRe:/^(no-?highlight)$/i,languageDetectRe:/\blang(?:uage)?-([\w-]+)\b/i,classPrefix:"hljs-",cssSelector:"pre code",languages:null,__emitter:m};function L(_){return A.noHighlightRe.test(_)}function fe(_){let C=_.className+" ";C+=_.parentNode?_.parentNode.className:"";const H=A.languageDetectRe.exec(C);if(H){const Y=He(H[1]);return Y||(Gn(ie.replace("{}",H[1])),Gn("Falling back to no-highlight mode for this block.",_)),Y?H[1]:"no-highlight"}return C.split(/\s+/).find(Y=>L(Y)||He(Y))}function oe(_,C,H){let Y="",de="";typeof C=="object"?(Y=_,H=C.ignoreIllegals,de=C.language):(et("10.7.0","highlight(lang, code, ...args) has been deprecated."),et("10.7.0",`Please use highlight(code, options) instead.
https://github.com/highlightjs/highlight.js/issues/2277`),de=_,Y=C),H===void 0&&(H=!0);const Re={code:Y,language:de};vt("before:highlight",Re);const qe=Re.result?Re.result:lt(Re.language,Re.code,H);return qe.code=Re.code,vt("after:highlight",qe),qe}function lt(_,C,H,Y){const de=Object.create(null);function Re(v,k){return v.keywords[k]}function qe(){if(!P.keywords){me.addText(J);return}let v=0;P.keywordPatternRe.lastIndex=0;let k=P.keywordPatternRe.exec(J),F="";for(;k;){F+=J.substring(v,k.index);const V=Oe.case_insensitive?k[0].toLowerCase():k[0],_e=Re(P,V);if(_e){const[Me,Fi]=_e;if(me.addText(F),F="",de[V]=(de[V]||0)+1,de[V]<=Ii&&(At+=Fi),Me.startsWith("_"))F+=k[0];else{const Gi=Oe.classNameAliases[Me]||Me;$e(k[0],Gi)}}else F+=k[0];v=P.keywordPatternRe.lastIndex,k=P.keywordPatternRe.exec(J)}F+=J.substring(v),me.addText(F)}function It(){if(J==="")return;let v=null;if(typeof P.subLanguage=="string"){if(!g[P.subLanguage]){me.addText(J);return}v=lt(P.subLanguage,J,!0,er[P.subLanguage]),er[P.subLanguage]=v._top}else v=Zt(J,P.subLanguage.length?P.subLanguage:null);P.relevance>0&&(At+=v.relevance),me.__addSublanguage(v._emitter,v.language)}function we(){P.subLanguage!=null?It():qe(),J=""}function $e(v,k){v!==""&&(me.startScope(k),me.addText(v),me.endScope())}function Jn(v,k){let F=1;const V=k.length-1;for(;F<=V;){if(!v._emit[F]){F++;continue}const _e=Oe.classNameAliases[v[F]]||v[F],Me=k[F];_e?$e(Me,_e):(J=Me,qe(),J=""),F++}}function Qn(v,k){return v.scope&&typeof v.scope=="string"&&me.openNode(Oe.classNameAliases[v.scope]||v.scope),v.beginScope&&(v.beginScope._wrap?($e(J,Oe.classNameAliases[v.beginScope._wrap]||v.beginScope._wrap),J=""):v.beginScope._multi&&(Jn(v.beginScope,k),J="")),P=Object.create(v,{parent:{value:P}}),P}function Xn(v,k,F){let V=U(v.endRe,F);if(V){if(v["on:end"]){const _e=new t(v);v["on:end"](k,_e),_e.isMatchIgnored&&(V=!1)}if(V){for(;v.endsParent&&v.parent;)v=v.parent;return v}}if(v.endsWithParent)return Xn(v.parent,k,F)}function Li(v){return P.matcher.regexIndex===0?(J+=v[0],1):(rn=!0,0)}function Mi(v){const k=v[0],F=v.rule,V=new t(F),_e=[F.__beforeBegin,F["on:begin"]];for(const Me of _e)if(Me&&(Me(v,V),V.isMatchIgnored))return Li(k);return F.skip?J+=k:(F.excludeBegin&&(J+=k),we(),!F.returnBegin&&!F.excludeBegin&&(J=k)),Qn(F,v),F.returnBegin?0:k.length}function Pi(v){const k=v[0],F=C.substring(v.index),V=Xn(P,v,F);if(!V)return jn;const _e=P;P.endScope&&P.endScope._wrap?(we(),$e(k,P.endScope._wrap)):P.endScope&&P.endScope._multi?(we(),Jn(P.endScope,v)):_e.skip?J+=k:(_e.returnEnd||_e.excludeEnd||(J+=k),we(),_e.excludeEnd&&(J=k));do P.scope&&me.closeNode(),!P.skip&&!P.subLanguage&&(At+=P.relevance),P=P.parent;while(P!==V.parent);return V.starts&&Qn(V.starts,v),_e.returnEnd?0:k.length}function Bi(){const v=[];for(let k=P;k!==Oe;k=k.parent)k.scope&&v.unshift(k.scope);v.forEach(k=>me.openNode(k))}let St={};function Zn(v,k){const F=k&&k[0];if(J+=v,F==null)return we(),0;if(St.type==="begin"&&k.type==="end"&&St.index===k.index&&F===""){if(J+=C.slice(k.index,k.index+1),!re){const V=new Error(`0 width match regex (${_})`);throw V.languageName=_,V.badRule=St.rule,V}return 1}if(St=k,k.type==="begin")return Mi(k);if(k.type==="illegal"&&!H){const V=new Error('Illegal lexeme "'+F+'" for mode "'+(P.scope||"<unnamed>")+'"');throw V.mode=P,V}else if(k.type==="end"){const V=Pi(k);if(V!==jn)return V}if(k.type==="illegal"&&F==="")return k.index===C.length||(J+=`
`),1;if(nn>1e5&&nn>k.index*3)throw new Error("potential infinite loop, way more iterations than matches");return J+=F,F.length}const Oe=He(_);if(!Oe)throw We(ie.replace("{}",_)),new Error('Unknown language: "'+_+'"');const Ui=yi(Oe);let tn="",P=Y||Ui;const er={},me=new A.__emitter(A);Bi();let J="",At=0,Ve=0,nn=0,rn=!1;try{if(Oe.__emitTokens)Oe.__emitTokens(C,me);else{for(P.matcher.considerAll();;){nn++,rn?rn=!1:P.matcher.considerAll(),P.matcher.lastIndex=Ve;const v=P.matcher.exec(C);if(!v)break;const k=C.substring(Ve,v.index),F=Zn(k,v);Ve=v.index+F}Zn(C.substring(Ve))}return me.finalize(),tn=me.toHTML(),{language:_,value:tn,relevance:At,illegal:!1,_emitter:me,_top:P}}catch(v){if(v.message&&v.message.includes("Illegal"))return{language:_,value:Qt(C),illegal:!0,relevance:0,_illegalBy:{message:v.message,index:Ve,context:C.slice(Ve-100,Ve+100),mode:v.mode,resultSoFar:tn},_emitter:me};if(re)return{language:_,value:Qt(C),illegal:!1,relevance:0,errorRaised:v,_emitter:me,_top:P};throw v}}function Xt(_){const C={value:Qt(_),illegal:!1,relevance:0,_top:R,_emitter:new A.__emitter(A)};return C._emitter.addText(_),C}function Zt(_,C){C=C||A.languages||Object.keys(g);const H=Xt(_),Y=C.filter(He).filter(Yn).map(we=>lt(we,_,!1));Y.unshift(H);const de=Y.sort((we,$e)=>{if(we.relevance!==$e.relevance)return $e.relevance-we.relevance;if(we.language&&$e.language){if(He(we.language).supersetOf===$e.language)return 1;if(He($e.language).supersetOf===we.language)return-1}return 0}),[Re,qe]=de,It=Re;return It.secondBest=qe,It}function Si(_,C,H){const Y=C&&E[C]||H;_.classList.add("hljs"),_.classList.add(`language-${Y}`)}function en(_){let C=null;const H=fe(_);if(L(H))return;if(vt("before:highlightElement",{el:_,language:H}),_.dataset.highlighted){console.log("Element previously highlighted. To highlight again, first unset `dataset.highlighted`.",_);return}if(_.children.length>0&&(A.ignoreUnescapedHTML||(console.warn("One of your code blocks includes unescaped HTML. This is a potentially serious security risk."),console.warn("https://github.com/highlightjs/highlight.js/wiki/security"),console.warn("The element with unescaped HTML:"),console.warn(_)),A.throwUnescapedHTML))throw new vi("One of your code blocks includes unescaped HTML.",_.innerHTML);C=_;const Y=C.textContent,de=H?oe(Y,{language:H,ignoreIllegals:!0}):Zt(Y);_.innerHTML=de.value,_.dataset.highlighted="yes",Si(_,H,de.language),_.result={language:de.language,re:de.relevance,relevance:de.relevance},de.secondBest&&(_.secondBest={language:de.secondBest.language,relevance:de.secondBest.relevance}),vt("after:highlightElement",{el:_,result:de,text:Y})}function Ai(_){A=Kn(A,_)}const Ni=()=>{wt(),et("10.6.0","initHighlighting() deprecated.  Use highlightAll() now.")};function Ti(){wt(),et("10.6.0","initHighlightingOnLoad() deprecated.  Use highlightAll() now.")}let Vn=!1;function wt(){function _(){wt()}if(document.readyState==="loading"){Vn||window.addEventListener("DOMContentLoaded",_,!1),Vn=!0;return}document.querySelectorAll(A.cssSelector).forEach(en)}function Ri(_,C){let H=null;try{H=C(a)}catch(Y){if(We("Language definition for '{}' could not be registered.".replace("{}",_)),re)We(Y);else throw Y;H=R}H.name||(H.name=_),g[_]=H,H.rawDefinition=C.bind(null,a),H.aliases&&zn(H.aliases,{languageName:_})}function xi(_){delete g[_];for(const C of Object.keys(E))E[C]===_&&delete E[C]}function ki(){return Object.keys(g)}function He(_){return _=(_||"").toLowerCase(),g[_]||g[E[_]]}function zn(_,{languageName:C}){typeof _=="string"&&(_=[_]),_.forEach(H=>{E[H.toLowerCase()]=C})}function Yn(_){const C=He(_);return C&&!C.disableAutodetect}function Ci(_){_["before:highlightBlock"]&&!_["before:highlightElement"]&&(_["before:highlightElement"]=C=>{_["before:highlightBlock"](Object.assign({block:C.el},C))}),_["after:highlightBlock"]&&!_["after:highlightElement"]&&(_["after:highlightElement"]=C=>{_["after:highlightBlock"](Object.assign({block:C.el},C))})}function $i(_){Ci(_),M.push(_)}function Oi(_){const C=M.indexOf(_);C!==-1&&M.splice(C,1)}function vt(_,C){const H=_;M.forEach(function(Y){Y[H]&&Y[H](C)})}function Di(_){return et("10.7.0","highlightBlock will be removed entirely in v12.0"),et("10.7.0","Please use highlightElement now."),en(_)}Object.assign(a,{highlight:oe,highlightAuto:Zt,highlightAll:wt,highlightElement:en,highlightBlock:Di,configure:Ai,initHighlighting:Ni,initHighlightingOnLoad:Ti,registerLanguage:Ri,unregisterLanguage:xi,listLanguages:ki,getLanguage:He,registerAliases:zn,autoDetection:Yn,inherit:Kn,addPlugin:$i,removePlugin:Oi}),a.debugMode=function(){re=!1},a.safeMode=function(){re=!0},a.versionString=wi,a.regex={concat:I,lookahead:c,either:S,optional:y,anyNumberOfTimes:f};for(const _ in yt)typeof yt[_]=="object"&&e(yt[_]);return Object.assign(a,yt),a},tt=Wn({});return tt.newInstance=()=>Wn({}),un=tt,tt.HighlightJS=tt,tt.default=tt,un}var Mo=Lo();const Xe=Do(Mo);function Po(e){const t=e.regex,r={},i={begin:/\$\{/,end:/\}/,contains:["self",{begin:/:-/,contains:[r]}]};Object.assign(r,{className:"variable",variants:[{begin:t.concat(/\$[\w\d#@][\w\d_]*/,"(?![\\w\\d])(?![$])")},i]});const o={className:"subst",begin:/\$\(/,end:/\)/,contains:[e.BACKSLASH_ESCAPE]},s=e.inherit(e.COMMENT(),{match:[/(^|\s)/,/#.*$/],scope:{2:"comment"}}),l={begin:/<<-?\s*(?=\w+)/,starts:{contains:[e.END_SAME_AS_BEGIN({begin:/(\w+)/,end:/(\w+)/,className:"string"})]}},d={className:"string",begin:/"/,end:/"/,contains:[e.BACKSLASH_ESCAPE,r,o]};o.contains.push(d);const p={match:/\\"/},h={className:"string",begin:/'/,end:/'/},m={match:/\\'/},b={begin:/\$?\(\(/,end:/\)\)/,contains:[{begin:/\d+#[0-9a-f]+/,className:"number"},e.NUMBER_MODE,r]},c=["fish","bash","zsh","sh","csh","ksh","tcsh","dash","scsh"],f=e.SHEBANG({binary:`(${c.join("|")})`,relevance:10}),y={className:"function",begin:/\w[\w\d_]*\s*\(\s*\)\s*\{/,returnBegin:!0,contains:[e.inherit(e.TITLE_MODE,{begin:/\w[\w\d_]*/})],relevance:0},I=["if","then","else","elif","fi","time","for","while","until","in","do","done","case","esac","coproc","function","select"],$=["true","false"],S={match:/(\/[a-z._-]+)+/},T=["break","cd","continue","eval","exec","exit","export","getopts","hash","pwd","readonly","return","shift","test","times","trap","umask","unset"],U=["alias","bind","builtin","caller","command","declare","echo","enable","help","let","local","logout","mapfile","printf","read","readarray","source","sudo","type","typeset","ulimit","unalias"],Z=["autoload","bg","bindkey","bye","cap","chdir","clone","comparguments","compcall","compctl","compdescribe","compfiles","compgroups","compquote","comptags","comptry","compvalues","dirs","disable","disown","echotc","echoti","emulate","fc","fg","float","functions","getcap","getln","history","integer","jobs","kill","limit","log","noglob","popd","print","pushd","pushln","rehash","sched","setcap","setopt","stat","suspend","ttyctl","unfunction","unhash","unlimit","unsetopt","vared","wait","whence","where","which","zcompile","zformat","zftp","zle","zmodload","zparseopts","zprof","zpty","zregexparse","zsocket","zstyle","ztcp"],W=["chcon","chgrp","chown","chmod","cp","dd","df","dir","dircolors","ln","ls","mkdir","mkfifo","mknod","mktemp","mv","realpath","rm","rmdir","shred","sync","touch","truncate","vdir","b2sum","base32","base64","cat","cksum","comm","csplit","cut","expand","fmt","fold","head","join","md5sum","nl","numfmt","od","paste","ptx","pr","sha1sum","sha224sum","sha256sum","sha384sum","sha512sum","shuf","sort","split","sum","tac","tail","tr","tsort","unexpand","uniq","wc","arch","basename","chroot","date","dirname","du","echo","env","expr","factor","groups","hostid","id","link","logname","nice","nohup","nproc","pathchk","pinky","printenv","printf","pwd","readlink","runcon","seq","sleep","stat","stdbuf","stty","tee","test","timeout","tty","uname","unlink","uptime","users","who","whoami","yes"];return{name:"Bash",aliases:["sh","zsh"],keywords:{$pattern:/\b[a-z][a-z0-9._-]+\b/,keyword:I,literal:$,built_in:[...T,...U,"set","shopt",...Z,...W]},contains:[f,e.SHEBANG(),y,b,s,l,S,d,p,h,m,r]}}function Bo(e){const t=e.regex,r={className:"number",relevance:0,variants:[{begin:/([+-]+)?[\d]+_[\d_]+/},{begin:e.NUMBER_RE}]},i=e.COMMENT();i.variants=[{begin:/;/,end:/$/},{begin:/#/,end:/$/}];const o={className:"variable",variants:[{begin:/\$[\w\d"][\w\d_]*/},{begin:/\$\{(.*?)\}/}]},s={className:"literal",begin:/\bon|off|true|false|yes|no\b/},l={className:"string",contains:[e.BACKSLASH_ESCAPE],variants:[{begin:"'''",end:"'''",relevance:10},{begin:'"""',end:'"""',relevance:10},{begin:'"',end:'"'},{begin:"'",end:"'"}]},d={begin:/\[/,end:/\]/,contains:[i,s,o,l,r,"self"],relevance:0},p=/[A-Za-z0-9_-]+/,h=/"(\\"|[^"])*"/,m=/'[^']*'/,b=t.either(p,h,m),c=t.concat(b,"(\\s*\\.\\s*",b,")*",t.lookahead(/\s*=\s*[^#\s]/));return{name:"TOML, also INI",aliases:["toml"],case_insensitive:!0,illegal:/\S/,contains:[i,{className:"section",begin:/\[+/,end:/\]+/},{begin:c,className:"attr",starts:{end:/$/,contains:[i,d,s,o,l,r]}}]}}const Uo="([-+]?)(\\b0[xX][a-fA-F0-9]+|(\\b\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?)|NaN|[-+]?Infinity",Fo={scope:"number",match:Uo,relevance:0};function Go(e){const t={className:"attr",begin:/(("(\\.|[^\\"\r\n])*")|('(\\.|[^\\'\r\n])*'))(?=\s*:)/,relevance:1.01},r={match:/[{}[\],:]/,className:"punctuation",relevance:0},i=["true","false","null"],o={scope:"literal",beginKeywords:i.join(" ")};return{name:"JSON",aliases:["jsonc","json5"],keywords:{literal:i},contains:[t,r,e.APOS_STRING_MODE,e.QUOTE_STRING_MODE,o,Fo,e.C_LINE_COMMENT_MODE,e.C_BLOCK_COMMENT_MODE],illegal:"\\S"}}function Ho(e){const t=e.regex,r={begin:/<\/?[A-Za-z_]/,end:">",subLanguage:"xml",relevance:0},i={match:/^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/},o={className:"code",variants:[{begin:"(`{3,})[^`](.|\\n)*?\\1`*[ ]*"},{begin:"(~{3,})[^~](.|\\n)*?\\1~*[ ]*"},{begin:"```",end:"```+[ ]*$"},{begin:"~~~",end:"~~~+[ ]*$"},{begin:"`.+?`"},{begin:"(?=^( {4}|\\t))",contains:[{begin:"^( {4}|\\t)",end:"(\\n)$"}],relevance:0}]},s={className:"bullet",begin:"^[ 	]*([*+-]|(\\d+\\.))(?=\\s+)",end:"\\s+",excludeEnd:!0},l={begin:/^\[[^\n]+\]:/,returnBegin:!0,contains:[{className:"symbol",begin:/\[/,end:/\]/,excludeBegin:!0,excludeEnd:!0},{className:"link",begin:/:\s*/,end:/$/,excludeBegin:!0}]},d=/[A-Za-z][A-Za-z0-9+.-]*/,p={variants:[{begin:/\[.+?\]\[.*?\]/,relevance:0},{begin:/\[.+?\]\(((data|javascript|mailto):|(?:http|ftp)s?:\/\/).*?\)/,relevance:2},{begin:t.concat(/\[.+?\]\(/,d,/:\/\/.*?\)/),relevance:2},{begin:/\[.+?\]\([./?&#].*?\)/,relevance:1},{begin:/\[.*?\]\(.*?\)/,relevance:0}],returnBegin:!0,contains:[{match:/\[(?=\])/},{className:"string",relevance:0,begin:"\\[",end:"\\]",excludeBegin:!0,returnEnd:!0},{className:"link",relevance:0,begin:"\\]\\(",end:"\\)",excludeBegin:!0,excludeEnd:!0},{className:"symbol",relevance:0,begin:"\\]\\[",end:"\\]",excludeBegin:!0,excludeEnd:!0}]},h={className:"strong",contains:[],variants:[{begin:/_{2}(?!\s)/,end:/_{2}/},{begin:/\*{2}(?!\s)/,end:/\*{2}/}]},m={className:"emphasis",contains:[],variants:[{begin:/\*(?![*\s])/,end:/\*/},{begin:/_(?![_\s])/,end:/_/,relevance:0}]},b=e.inherit(h,{contains:[]}),c=e.inherit(m,{contains:[]});h.contains.push(c),m.contains.push(b);let f=[r,p];return[h,m,b,c].forEach(S=>{S.contains=S.contains.concat(f)}),f=f.concat(h,m),{name:"Markdown",aliases:["md","mkdown","mkd"],contains:[{className:"section",variants:[{begin:"^#{1,6}",end:"$",contains:f},{begin:"(?=^.+?\\n[=-]{2,}$)",contains:[{begin:"^[=-]*$"},{begin:"^",end:"\\n",contains:f}]}]},r,s,i,h,m,{className:"quote",begin:"^>\\s+",contains:f,end:"$"},o,p,l,{scope:"literal",match:/&([a-zA-Z0-9]+|#[0-9]{1,7}|#[Xx][0-9a-fA-F]{1,6});/}]}}function qo(e){const t=e.regex,r=/[\p{XID_Start}_]\p{XID_Continue}*/u,i=["and","as","assert","async","await","break","case","class","continue","def","del","elif","else","except","finally","for","from","global","if","import","in","is","lambda","lazy","match","nonlocal|10","not","or","pass","raise","return","try","while","with","yield"],d={$pattern:/[A-Za-z]\w+|__\w+__/,keyword:i,built_in:["__import__","abs","aiter","all","anext","any","ascii","bin","bool","breakpoint","bytearray","bytes","callable","chr","classmethod","compile","complex","delattr","dict","dir","divmod","enumerate","eval","exec","filter","float","format","frozendict","frozenset","getattr","globals","hasattr","hash","help","hex","id","input","int","isinstance","issubclass","iter","len","list","locals","map","max","memoryview","min","next","object","oct","open","ord","pow","print","property","range","repr","reversed","round","sentinel","set","setattr","slice","sorted","staticmethod","str","sum","super","tuple","type","vars","zip"],literal:["__debug__","Ellipsis","False","None","NotImplemented","True"],type:["Any","Callable","Coroutine","Dict","List","Literal","Generic","Optional","Sequence","Set","Tuple","Type","Union"]},p={className:"meta",begin:/^(>>>|\.\.\.) /},h={className:"subst",begin:/\{/,end:/\}/,keywords:d,illegal:/#/},m={begin:/\{\{/,relevance:0},b={className:"string",contains:[e.BACKSLASH_ESCAPE],variants:[{begin:/([uU]|[bB]|[rR]|[bB][rR]|[rR][bB])?'''/,end:/'''/,contains:[e.BACKSLASH_ESCAPE,p],relevance:10},{begin:/([uU]|[bB]|[rR]|[bB][rR]|[rR][bB])?"""/,end:/"""/,contains:[e.BACKSLASH_ESCAPE,p],relevance:10},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])'''/,end:/'''/,contains:[e.BACKSLASH_ESCAPE,p,m,h]},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])"""/,end:/"""/,contains:[e.BACKSLASH_ESCAPE,p,m,h]},{begin:/([uU]|[rR])'/,end:/'/,relevance:10},{begin:/([uU]|[rR])"/,end:/"/,relevance:10},{begin:/([bB]|[bB][rR]|[rR][bB])'/,end:/'/},{begin:/([bB]|[bB][rR]|[rR][bB])"/,end:/"/},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])'/,end:/'/,contains:[e.BACKSLASH_ESCAPE,m,h]},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])"/,end:/"/,contains:[e.BACKSLASH_ESCAPE,m,h]},e.APOS_STRING_MODE,e.QUOTE_STRING_MODE]},c="[0-9](_?[0-9])*",f=`(\\b(${c}))?\\.(${c})|\\b(${c})\\.`,y=`\\b|${i.join("|")}`,I={className:"number",relevance:0,variants:[{begin:`(\\b(${c})|(${f}))[eE][+-]?(${c})[jJ]?(?=${y})`},{begin:`(${f})[jJ]?`},{begin:`\\b([1-9](_?[0-9])*|0+(_?0)*)[lLjJ]?(?=${y})`},{begin:`\\b0[bB](_?[01])+[lL]?(?=${y})`},{begin:`\\b0[oO](_?[0-7])+[lL]?(?=${y})`},{begin:`\\b0[xX](_?[0-9a-fA-F])+[lL]?(?=${y})`},{begin:`\\b(${c})[jJ](?=${y})`}]},$={className:"comment",begin:t.lookahead(/# type:/),end:/$/,keywords:d,contains:[{begin:/# type:/},{begin:/#/,end:/\b\B/,endsWithParent:!0}]},S={className:"params",variants:[{className:"",begin:/\(\s*\)/,skip:!0},{begin:/\(/,end:/\)/,excludeBegin:!0,excludeEnd:!0,keywords:d,contains:["self",p,I,b,e.HASH_COMMENT_MODE]}]};return h.contains=[b,I,p],{name:"Python",aliases:["py","gyp","ipython"],unicodeRegex:!0,keywords:d,illegal:/(<\/|\?)|=>/,contains:[p,I,{scope:"variable.language",match:/\bself\b/},{beginKeywords:"if",relevance:0},{match:/\bor\b/,scope:"keyword"},b,$,e.HASH_COMMENT_MODE,{match:[/\bdef/,/\s+/,r],scope:{1:"keyword",3:"title.function"},contains:[S]},{variants:[{match:[/\bclass/,/\s+/,r,/\s*/,/\(\s*/,r,/\s*\)/]},{match:[/\bclass/,/\s+/,r]}],scope:{1:"keyword",3:"title.class",6:"title.class.inherited"}},{className:"meta",begin:/^[\t ]*@/,end:/(?=#)|$/,contains:[I,S,b]}]}}function Ko(e){const t="true false yes no null",r="[\\w#;/?:@&=+$,.~*'()[\\]]+",i={className:"attr",variants:[{begin:/[\w*@][\w*@ :()\./-]*:(?=[ \t]|$)/},{begin:/"[\w*@][\w*@ :()\./-]*":(?=[ \t]|$)/},{begin:/'[\w*@][\w*@ :()\./-]*':(?=[ \t]|$)/}]},o={className:"template-variable",variants:[{begin:/\{\{/,end:/\}\}/},{begin:/%\{/,end:/\}/}]},s={className:"string",relevance:0,begin:/'/,end:/'/,contains:[{match:/''/,scope:"char.escape",relevance:0}]},l={className:"string",relevance:0,variants:[{begin:/"/,end:/"/},{begin:/\S+/}],contains:[e.BACKSLASH_ESCAPE,o]},d=e.inherit(l,{variants:[{begin:/'/,end:/'/,contains:[{begin:/''/,relevance:0}]},{begin:/"/,end:/"/},{begin:/[^\s,{}[\]]+/}]}),c={className:"number",begin:"\\b"+"[0-9]{4}(-[0-9][0-9]){0,2}"+"([Tt \\t][0-9][0-9]?(:[0-9][0-9]){2})?"+"(\\.[0-9]*)?"+"([ \\t])*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?)?"+"\\b"},f={end:",",endsWithParent:!0,excludeEnd:!0,keywords:t,relevance:0},y={begin:/\{/,end:/\}/,contains:[f],illegal:"\\n",relevance:0},I={begin:"\\[",end:"\\]",contains:[f],illegal:"\\n",relevance:0},$=[i,{className:"meta",begin:"^---\\s*$",relevance:10},{className:"string",begin:"[\\|>]([1-9]?[+-])?[ ]*\\n( +)[^ ][^\\n]*\\n(\\2[^\\n]+\\n?)*"},{begin:"<%[%=-]?",end:"[%-]?%>",subLanguage:"ruby",excludeBegin:!0,excludeEnd:!0,relevance:0},{className:"type",begin:"!\\w+!"+r},{className:"type",begin:"!<"+r+">"},{className:"type",begin:"!"+r},{className:"type",begin:"!!"+r},{className:"meta",begin:"&"+e.UNDERSCORE_IDENT_RE+"$"},{className:"meta",begin:"\\*"+e.UNDERSCORE_IDENT_RE+"$"},{className:"bullet",begin:"-(?=[ ]|$)",relevance:0},e.HASH_COMMENT_MODE,{beginKeywords:t,keywords:{literal:t}},c,{className:"number",begin:e.C_NUMBER_RE+"\\b",relevance:0},y,I,s,l],S=[...$];return S.pop(),S.push(d),f.contains=S,{name:"YAML",case_insensitive:!0,aliases:["yml"],contains:$}}Xe.registerLanguage("bash",Po);Xe.registerLanguage("ini",Bo);Xe.registerLanguage("json",Go);Xe.registerLanguage("markdown",Ho);Xe.registerLanguage("python",qo);Xe.registerLanguage("yaml",Ko);const jo={py:"python",json:"json",yaml:"yaml",yml:"yaml",md:"markdown",sh:"bash",toml:"ini",ini:"ini",cfg:"ini",txt:""};function ni(e){const t=e.split("/").pop()??e;if(t==="Dockerfile"||t==="Makefile")return;const r=t.includes(".")?t.split(".").pop().toLowerCase():"";return jo[r]||void 0}function Wo(e,t){if(!(!t||e.length>4e5))try{return Xe.highlight(e,{language:t,ignoreIllegals:!0}).value}catch{return}}function Jt({code:e,path:t,language:r}){const i=r??(t?ni(t):void 0),o=mt(()=>Wo(e,i),[e,i]);return n("pre",{class:"code",tabIndex:0,"aria-label":t?`Contents of ${t}`:"Code",children:o!==void 0?n("code",{class:`hljs language-${i}`,dangerouslySetInnerHTML:{__html:o}}):n("code",{children:e})})}const Vo={approve:e=>`Approve the pull request of “${e}”? It will be deployed.`,requestChanges:e=>`Send “${e}” back to the generator with your comment.`,reject:e=>`Reject “${e}”? It fails, its pull request is closed and the finished steps are undone.`,cancel:e=>`Cancel the pipeline of “${e}”? The running step stops and the finished steps are undone.`,retry:e=>`Run the pipeline of “${e}” again from the start.`,deprecate:e=>`Take “${e}” out of service? Its deployment is removed.`,delete:e=>`Delete “${e}”? It disappears from every listing; its history stays.`};async function Ar(e,t,r){switch(e){case"approve":await Ne(Us,{id:t,comment:r||null});return;case"requestChanges":await Ne(Fs,{id:t,comment:r});return;case"reject":await Ne(Gs,{id:t,reason:r});return;case"cancel":await Ne(Hs,{id:t});return;case"retry":await Ne(qs,{id:t});return;case"deprecate":await Ne(Ks,{id:t});return;case"delete":await Ne(js,{id:t}),Ue("/");return}}function zo({integration:e,user:t,onDone:r}){const[i,o]=N(null),[s,l]=N(null),[d,p]=N(null),h=Ls(t,e);if(h.length===0)return null;const m=b=>{const c=Ot[b];if(l(null),c.confirm||c.text){const f={title:`${c.label} “${e.name}”`,body:Vo[b](e.name),confirmLabel:c.label,danger:c.tone==="danger",run:async y=>{await Ar(b,e.id,y),r()}};c.text&&(f.text=c.text),o(f);return}p(b),Ar(b,e.id,"").then(()=>{p(null),r()},f=>{p(null),l(f)})};return n("div",{class:"actions",role:"group","aria-label":"Actions",children:[h.map(b=>n("button",{type:"button",class:`button ${Ot[b].tone}`,"data-action":b,disabled:d!==null,onClick:()=>m(b),children:d===b?"Working…":Ot[b].label},b)),n(Ee,{error:s}),n(Qr,{request:i,onClose:()=>o(null)})]})}function Yo(e,t,r){return e==="system"?"Pipeline":e===t.id?"You":r&&e===r.id?r.name:e}function Jo({events:e,me:t,owner:r,onTimeTravel:i}){const o=_t(Cn);return e.length===0?n("p",{class:"muted",children:o==="online"?"Loading the history…":"The history arrives over the live connection; waiting for it…"}):n("div",{class:"table-scroll",children:n("table",{class:"events",children:[n("caption",{class:"visually-hidden",children:"Events, oldest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"#"}),n("th",{scope:"col",children:"When"}),n("th",{scope:"col",children:"Who"}),n("th",{scope:"col",children:"What"}),n("th",{scope:"col",children:n("span",{class:"visually-hidden",children:"View"})})]})}),n("tbody",{children:e.map(s=>n("tr",{"data-event-type":s.type,children:[n("td",{"data-label":"#",children:s.version}),n("td",{"data-label":"When",children:n("time",{dateTime:s.recordedAt,children:Te(s.recordedAt)})}),n("td",{"data-label":"Who",title:s.actor,children:Yo(s.actor,t,r)}),n("td",{"data-label":"What",children:[n("strong",{children:s.type}),n("div",{class:"small",children:ao(s.type,s.data)}),s.requestId&&n("div",{class:"muted small",children:["request ",s.requestId]})]}),n("td",{children:n("button",{type:"button",class:"button small",onClick:()=>i(s.version),children:["As of v",s.version]})})]},s.version))})]})})}function Qo({integration:e}){const t=e.pullRequest,r=e.deployment;return n("div",{class:"facts",children:[n("h3",{children:"Pull request"}),t?n("dl",{class:"pairs",children:[n("dt",{children:"Number"}),n("dd",{children:[n("a",{href:t.url,target:"_blank",rel:"noopener noreferrer",children:["#",t.number]})," ",n("span",{class:"muted",children:["(",t.state,")"]})]}),n("dt",{children:"Branch"}),n("dd",{children:n("code",{children:t.branch})}),n("dt",{children:"Commit"}),n("dd",{children:n("code",{title:t.commit,children:t.commit.slice(0,12)})}),n("dt",{children:"Changes"}),n("dd",{children:[t.filesChanged," files, ",n("span",{class:"plus",children:["+",t.additions]})," ",n("span",{class:"minus",children:["−",t.deletions]})]})]}):n("p",{class:"muted",children:"No pull request yet."}),n("h3",{children:"Deployment"}),r?n("dl",{class:"pairs",children:[n("dt",{children:"Id"}),n("dd",{children:n("code",{children:r.id})}),n("dt",{children:"Location"}),n("dd",{children:n("code",{children:r.location})}),r.previous&&n(ge,{children:[n("dt",{children:"Replaced"}),n("dd",{children:n("code",{children:r.previous})})]})]}):n("p",{class:"muted",children:"Not deployed."})]})}function Xo({integration:e}){const t=e.testReport;return t?n("div",{children:[n("p",{children:[n("span",{class:`badge tone-${t.passed?"good":"bad"}`,children:t.passed?"Passed":"Failed"})," ","exit code ",t.exitCode??"none (killed)"," · ",Vt(t.durationMs),t.timedOut&&n("strong",{children:" · timed out"}),t.truncated&&n("span",{class:"muted",children:" · output cut"})]}),e.testCommand.length>0&&n("p",{class:"small",children:["Command: ",n("code",{children:e.testCommand.join(" ")})]}),n(Jt,{code:t.output||"(no output)"})]}):n("p",{class:"muted",children:"The tests have not run yet."})}function Zo({integration:e}){const t=e.usage;return n("dl",{class:"pairs",children:[n("dt",{children:"Generator"}),n("dd",{children:[e.generator??"—",e.generator==="scaffold"&&n("span",{class:"muted",children:" (templates, not AI)"})]}),n("dt",{children:"Rounds"}),n("dd",{children:e.round}),n("dt",{children:"Input tokens"}),n("dd",{children:De(t.inputTokens)}),n("dt",{children:"Output tokens"}),n("dd",{children:De(t.outputTokens)}),n("dt",{children:"Cost"}),n("dd",{children:oo(t.costUsd)})]})}function ea({files:e}){const[t,r]=N(null);if(e.length===0)return n("p",{class:"muted",children:"No code generated yet."});const i=e.find(o=>o.path===t)??e.find(o=>ni(o.path)==="python")??e[0];return n("div",{class:"files",children:[n("ul",{class:"file-list","aria-label":"Generated files",children:e.map(o=>n("li",{children:n("button",{type:"button",class:"file-button","aria-current":o.path===i.path?"true":void 0,onClick:()=>r(o.path),children:o.path})},o.path))}),n(Jt,{code:i.content,path:i.path})]})}function ta(e,t){return e==="GENERATING"&&t?t:null}function na(e){return`${e.characters===1?"1 character":`${De(e.characters)} characters`} received (attempt ${e.attempt})`}function ra(e){return e.map((t,r)=>({path:t,writing:r===e.length-1}))}function ia({integration:e}){const t=ta(e.state,e.generationProgress);return t?n("section",{class:"generation-progress","aria-label":"Generation progress","data-progress":!0,children:[n("p",{children:[n("strong",{children:"Writing…"})," ",na(t)," ",n("span",{class:"muted small",children:["as of ",n("time",{dateTime:t.reportedAt,children:Te(t.reportedAt)})]})]}),t.files.length===0?n("p",{class:"muted small",children:"No file begun yet."}):n("ol",{class:"progress-files","aria-label":"Files begun",children:ra(t.files).map((r,i)=>n("li",{"aria-current":r.writing?"step":void 0,children:[n("code",{children:r.path}),r.writing&&n(ge,{children:[" ",n("span",{class:"badge tone-busy",children:"writing"})]})]},`${i}:${r.path}`))})]}):null}const sa={validate:"Validate",generate:"Generate",test:"Test",pull_request:"Pull request",review:"Review",deploy:"Deploy"};function Nr(e){return sa[e]??e.replace(/_/g," ")}function oa(e,t,r){return e==="REVIEWING"?"WAITING":t==="rejected"?"FAILED":r&&r.status!=="PENDING"||e==="DEPLOYING"||e==="ACTIVE"||e==="DEPRECATED"?"SUCCEEDED":"PENDING"}function aa(e,t,r){const i=[],o=e.find(s=>s.name==="deploy");for(const s of e)s.name==="deploy"&&i.push({name:"review",label:Nr("review"),gate:!0,status:oa(t,r,o),attempts:0,startedAt:null,finishedAt:null,error:null}),i.push({...s,label:Nr(s.name),gate:!1});return i}function ri({integration:e}){const t=aa(e.steps,e.state,e.failure?.trigger),r=t.some(s=>s.status==="RUNNING"),[i,o]=N(Date.now());return ce(()=>{if(!r)return;const s=setInterval(()=>o(Date.now()),1e3);return()=>clearInterval(s)},[r]),n("ol",{class:"timeline","aria-label":"Pipeline",children:t.map(s=>n("li",{class:`step step-${s.status.toLowerCase()}`,"data-step":s.name,children:[n("div",{class:"step-head",children:[n("span",{class:"step-name",children:s.label}),s.gate?n("span",{class:`badge tone-${s.status==="WAITING"?"attention":s.status==="FAILED"?"bad":s.status==="SUCCEEDED"?"good":"neutral"}`,children:s.status==="WAITING"?"Waiting for review":s.status==="SUCCEEDED"?"Approved":s.status==="FAILED"?"Rejected":"Pending"}):n(To,{status:s.status})]}),!s.gate&&(s.attempts>0||s.startedAt)&&n("div",{class:"step-meta muted small",children:[s.attempts>0&&n("span",{children:s.attempts===1?"1 attempt":`${s.attempts} attempts`}),s.startedAt&&n("span",{children:Vt(so(s.startedAt,s.finishedAt,i))})]}),s.error&&n("pre",{class:"step-error",children:s.error})]},s.name))})}function Ke({title:e,id:t,children:r}){return n("section",{class:"card","aria-labelledby":t,children:[n("h2",{id:t,children:e}),r]})}function ca({id:e,latest:t,version:r,onChange:i}){const[o,s]=N(void 0),[l,d]=N(null);return ce(()=>{s(void 0),d(null),xe(eo,{id:e,version:r}).then(p=>s(p.data?.integrationAt??null),d)},[e,r]),n("section",{class:"card time-travel","aria-labelledby":"time-travel-title",children:[n("div",{class:"page-head",children:[n("h2",{id:"time-travel-title",children:["As of version ",r]}),n("div",{class:"inline-controls",children:[n("div",{class:"field inline",children:[n("label",{for:"as-of-version",children:"Version"}),n("select",{id:"as-of-version",value:r,onChange:p=>i(Number(p.currentTarget.value)),children:Array.from({length:t},(p,h)=>t-h).map(p=>n("option",{value:p,children:p},p))})]}),n("button",{type:"button",class:"button small",onClick:()=>i(null),children:"Back to now"})]})]}),n(Ee,{error:l}),o===void 0&&!l&&n(Qe,{what:`version ${r}`}),o===null&&n("p",{class:"muted",children:"It did not exist at that version."}),o&&n("div",{class:"grid-2",children:[n("div",{children:[n("p",{children:[n(Dn,{state:o.state})," ",n("span",{class:"muted",children:["updated ",Te(o.updatedAt)]})]}),o.failure&&n("p",{class:"field-error",children:["Failed",o.failure.step?` at ${o.failure.step}`:"",": ",o.failure.reason]}),n(ri,{integration:o})]}),n("div",{children:[n("h3",{children:"Configuration"}),n(Jt,{code:JSON.stringify(o.config,null,2),language:"json"}),n("p",{class:"small muted",children:[o.files.length," generated files · round ",o.round]})]})]})]})}function la({id:e,user:t}){const[r,i]=N(void 0),[o,s]=N(null),[l,d]=N([]),[p,h]=N(null),[m,b]=N(!1),[c,f]=N(null),y=nt(0);Wt(r?.name??"Integration");const I=st(async()=>{try{const T=(await xe(Zs,{id:e})).data?.integration??null;if(T&&T.version<y.current)return;T&&(y.current=T.version),i(T),s(null)}catch(S){s(S)}},[e]),$=Dt(()=>{I()},150);return ce(()=>{i(void 0),d([]),b(!1),f(null),y.current=0,I()},[I]),ce(()=>zr({document:io,variables:S=>({id:e,afterVersion:S??0}),cursorOf:S=>S.integrationEvents.version,onData:({integrationEvents:S})=>{d(T=>[...T,S]),S.type==="IntegrationDeleted"&&b(!0),S.version>y.current&&$()},onResume:$,onError:h}),[e,$]),r===void 0?o?n(Ee,{error:o,onRetry:()=>{I()}}):n(Qe,{what:"the integration"}):r===null?n("section",{children:[n("h1",{children:"Integration not found"}),n("p",{children:["There is no integration ",n("code",{children:e}),", or it was deleted. ",n(ke,{href:"/",children:"Back to the board"})]})]}):n("article",{class:"detail","aria-labelledby":"detail-title",children:[n("p",{class:"crumbs",children:[n(ke,{href:"/",children:"Integrations"})," / ",n("span",{children:r.name})]}),n("div",{class:"page-head",children:[n("div",{children:[n("h1",{id:"detail-title",children:[r.name," ",n(Dn,{state:r.state})]}),n("p",{class:"muted small",children:[n("code",{children:r.kind})," · owned by ",r.owner?r.owner.id===t.id?"you":r.owner.name:"—"," · version"," ",r.version," · created ",Te(r.createdAt)," · updated ",Te(r.updatedAt)]}),r.description&&n("p",{children:r.description})]}),n(zo,{integration:r,user:t,onDone:()=>{I()}})]}),m&&n(ot,{children:"This integration was deleted; its history stays readable."}),n(Ee,{error:o,onRetry:()=>{I()}}),n(Ee,{error:p}),r.failure&&n("div",{class:"notice notice-error",role:"status",children:[n("strong",{children:["Failed",r.failure.step?` at ${r.failure.step}`:""]})," (",r.failure.trigger.replace(/_/g," "),"):"," ",r.failure.reason]}),c!==null&&n(ca,{id:r.id,latest:r.version,version:c,onChange:f}),n("div",{class:"grid-2",children:[n(Ke,{title:"Pipeline",id:"pipeline-title",children:[n(ri,{integration:r}),n(ia,{integration:r})]}),n(Ke,{title:"Review and deployment",id:"pr-title",children:n(Qo,{integration:r})})]}),n("div",{class:"grid-2",children:[n(Ke,{title:"Test report",id:"tests-title",children:n(Xo,{integration:r})}),n(Ke,{title:"Usage",id:"usage-title",children:n(Zo,{integration:r})})]}),n(Ke,{title:"Generated files",id:"files-title",children:n(ea,{files:r.files})}),n("div",{class:"grid-2",children:[n(Ke,{title:"Prompt",id:"prompt-title",children:n("pre",{class:"prose-pre",children:r.prompt})}),n(Ke,{title:"Configuration",id:"config-title",children:n(Jt,{code:JSON.stringify(r.config,null,2),language:"json"})})]}),n(Ke,{title:"History",id:"history-title",children:[n("div",{class:"inline-controls",children:n("button",{type:"button",class:"button small",onClick:()=>f(Math.max(1,r.version-1)),disabled:r.version<2,children:"View an earlier version"})}),n(Jo,{events:l,me:t,owner:r.owner,onTimeTravel:f})]})]})}function da(e){return!e||!e.startsWith("/")||e.startsWith("//")||e.startsWith("/\\")||e.startsWith("/sign-in")?"/":e}const Le=kn({status:"loading"});ys(()=>{Vr();const e=Le.get().status;e==="signed-in"?Le.set({status:"signed-out",message:"Your session has ended. Sign in again."}):e!=="signed-out"&&Le.set({status:"signed-out"})});async function vn(){try{const t=(await xe(Js)).data?.me;Le.set(t?{status:"signed-in",user:t}:{status:"signed-out"})}catch(e){e instanceof ve&&e.kind==="unauthenticated"?Le.set({status:"signed-out"}):Le.set({status:"unreachable",message:ct(e)})}}async function ua(){try{await ws()}finally{Vr(),Ue("/sign-in",{replace:!0}),Le.set({status:"signed-out",message:"You are signed out."})}}function Tr(){const e=Yt(),t=_t(Le),r=da(e.search.get("redirect")),[i,o]=N(null),[s,l]=N(null),[d,p]=N(""),[h,m]=N(!1),[b,c]=N(null);ce(()=>{vs().then(o,y=>{o([]),l(y)})},[]),ce(()=>{t.status==="signed-in"&&Ue(r,{replace:!0})},[t.status,r]);const f=async y=>{if(y.preventDefault(),d.trim()===""){c("Enter an API key.");return}m(!0),c(null);try{await Es(d),p(""),await vn(),Le.get().status!=="signed-in"&&c("Signed in, but the server does not recognise the session. Try again.")}catch(I){c(ct(I))}finally{m(!1)}};return n("section",{class:"sign-in","aria-labelledby":"sign-in-title",children:[n("h1",{id:"sign-in-title",children:"Sign in to Claude Code Bot"}),t.status==="signed-out"&&t.message&&n(ot,{children:t.message}),i&&i.length>0&&n("div",{class:"providers",children:[i.map(y=>n("a",{class:"button primary wide",href:Is(y,r),children:["Sign in with ",y.name]},y.id)),n("p",{class:"divider",children:n("span",{children:"or"})})]}),n(Ee,{error:s}),n("form",{class:"card form",onSubmit:f,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"api-key",children:"API key"}),n("input",{id:"api-key",name:"apiKey",type:"password",autoComplete:"off",spellcheck:!1,placeholder:"cb_…",value:d,"aria-invalid":b?"true":void 0,"aria-describedby":b?"api-key-error":"api-key-help",onInput:y=>p(y.currentTarget.value)}),n("small",{id:"api-key-help",class:"help",children:"The administrator key is printed when the server first starts; an administrator can create more on the Admin page."})]}),b&&n("p",{id:"api-key-error",class:"field-error",role:"alert",children:b}),n("button",{type:"submit",class:"button primary",disabled:h,children:h?"Signing in…":"Sign in with API key"})]})]})}function ha({children:e}){const[t,r]=Xi();return t?n("div",{class:"notice notice-error",role:"alert",children:[n("span",{children:["This page failed to show: ",t instanceof Error?t.message:String(t)]}),n("button",{type:"button",class:"button small",onClick:r,children:"Try again"})]}):n(ge,{children:e})}function fa({user:e,path:t}){if(t==="/"||t==="/integrations")return n(xo,{user:e});if(t==="/integrations/new")return n(Oo,{user:e});const r=Ro("/integrations/:id",t);return r?n(la,{id:r.id,user:e},r.id):t==="/admin"?n(Eo,{user:e}):n("section",{children:[n("h1",{children:"Page not found"}),n("p",{children:["Nothing lives at ",n("code",{children:t}),". ",n(ke,{href:"/",children:"Go to the board"})]})]})}function pa({user:e}){const{path:t}=Yt(),r=i=>t===i?"page":void 0;return n("header",{class:"top",children:[n(ke,{href:"/",class:"brand",children:"Claude Code Bot"}),e&&n("nav",{"aria-label":"Main",children:[n(ke,{href:"/","aria-current":r("/"),children:"Board"}),Ut(e)&&n(ke,{href:"/integrations/new","aria-current":r("/integrations/new"),children:"New"}),n(ke,{href:"/admin","aria-current":r("/admin"),children:On(e)?"Admin":"API keys"})]}),n("div",{class:"top-end",children:[n(xs,{}),e&&n(ge,{children:[n("span",{class:"who","data-role":e.role,children:[e.name," ",n("span",{class:"role",children:e.role.toLowerCase()})]}),n("button",{type:"button",class:"button small",onClick:()=>{ua()},children:"Sign out"})]})]})]})}function ga(){const e=_t(Le),t=Yt();ce(()=>{vn()},[]),ce(()=>{if(e.status==="signed-out"&&t.path!=="/sign-in"){const i=t.path+(t.search.toString()?`?${t.search.toString()}`:"");Ue(i==="/"?"/sign-in":`/sign-in?redirect=${encodeURIComponent(i)}`,{replace:!0})}},[e.status,t.path]);const r=e.status==="signed-in"?e.user:null;return n(ge,{children:[n("a",{href:"#main",class:"skip",children:"Skip to content"}),n(pa,{user:r}),n("main",{id:"main",tabIndex:-1,children:[e.status==="loading"&&n(Qe,{what:"your session"}),e.status==="unreachable"&&n(Ee,{error:new Error(e.message),onRetry:()=>{vn()}}),e.status==="signed-out"&&t.path==="/sign-in"&&n(Tr,{}),e.status==="signed-in"&&n(ha,{children:t.path==="/sign-in"?n(Tr,{}):n(fa,{user:e.user,path:t.path})},t.path)]})]})}Yi(n(ga,{}),document.getElementById("app"));
