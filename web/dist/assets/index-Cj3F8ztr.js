var Gt,J,kr,We,nr,xr,Cr,rn,kt,dt,$r,In,un,hn,Lt={},Mt=[],Gi=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ht=Array.isArray;function Pe(e,t){for(var r in t)e[r]=t[r];return e}function Sn(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Hi(e,t,r){var i,o,s,l={};for(s in t)s=="key"?i=t[s]:s=="ref"?o=t[s]:l[s]=t[s];if(arguments.length>2&&(l.children=arguments.length>3?Gt.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)l[s]===void 0&&(l[s]=e.defaultProps[s]);return xt(e,l,i,o,null)}function xt(e,t,r,i,o){var s={type:e,props:t,key:r,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++kr,__i:-1,__u:0};return o==null&&J.vnode!=null&&J.vnode(s),s}function me(e){return e.children}function Ct(e,t){this.props=e,this.context=t}function Ye(e,t){if(t==null)return e.__?Ye(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?Ye(e):null}function qi(e){if(e.__P&&e.__d){var t=e.__v,r=t.__e,i=[],o=[],s=Pe({},t);s.__v=t.__v+1,J.vnode&&J.vnode(s),An(e.__P,s,t,e.__n,e.__P.namespaceURI,32&t.__u?[r]:null,i,r??Ye(t),!!(32&t.__u),o),s.__v=t.__v,s.__.__k[s.__i]=s,Pr(i,s,o),t.__e=t.__=null,s.__e!=r&&Or(s)}}function Or(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),Or(e)}function rr(e){(!e.__d&&(e.__d=!0)&&We.push(e)&&!Pt.__r++||nr!=J.debounceRendering)&&((nr=J.debounceRendering)||xr)(Pt)}function Pt(){try{for(var e,t=1;We.length;)We.length>t&&We.sort(Cr),e=We.shift(),t=We.length,qi(e)}finally{We.length=Pt.__r=0}}function Dr(e,t,r,i,o,s,l,d,f,h,m){var _,c,p,y,w,C,S=i&&i.__k||Mt,T=t.length;for(f=ji(r,t,S,f,T),_=0;_<T;_++)(p=r.__k[_])!=null&&(c=p.__i!=-1&&S[p.__i]||Lt,p.__i=_,C=An(e,p,c,o,s,l,d,f,h,m),y=p.__e,p.ref&&c.ref!=p.ref&&(c.ref&&Nn(c.ref,null,p),m.push(p.ref,p.__c||y,p)),w==null&&y!=null&&(w=y),4&p.__u?(f=Lr(p,f,e),c.__e&&(c.__e=null)):typeof p.type=="function"&&C!==void 0?f=C:y&&(f=y.nextSibling),p.__u&=-7);return r.__e=w,f}function ji(e,t,r,i,o){var s,l,d,f,h,m=r.length,_=m,c=0;for(e.__k=new Array(o),s=0;s<o;s++)(l=t[s])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l=="string"||typeof l=="number"||typeof l=="bigint"||l.constructor==String?l=e.__k[s]=xt(null,l,null,null,null):Ht(l)?l=e.__k[s]=xt(me,{children:l},null,null,null):l.constructor===void 0&&l.__b>0?l=e.__k[s]=xt(l.type,l.props,l.key,l.ref?l.ref:null,l.__v):e.__k[s]=l,f=s+c,l.__=e,l.__b=e.__b+1,d=null,(h=l.__i=Wi(l,r,f,_))!=-1&&(_--,(d=r[h])&&(d.__u|=2)),d==null||d.__v==null?(h==-1&&(o>m?c--:o<m&&c++),typeof l.type!="function"&&(l.__u|=4)):h!=f&&(h==f-1?c--:h==f+1?c++:(h>f?c--:c++,l.__u|=4))):e.__k[s]=null;if(_)for(s=0;s<m;s++)(d=r[s])!=null&&(2&d.__u)==0&&(d.__e==i&&(i=Ye(d)),Ur(d,d));return i}function Lr(e,t,r){var i,o;if(typeof e.type=="function"){for(i=e.__k,o=0;i&&o<i.length;o++)i[o]&&(i[o].__=e,t=Lr(i[o],t,r));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=Ye(e)),t=r.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Wi(e,t,r,i){var o,s,l,d=e.key,f=e.type,h=t[r],m=h!=null&&(2&h.__u)==0;if(h===null&&d==null||m&&d==h.key&&f==h.type)return r;if(i>(m?1:0)){for(o=r-1,s=r+1;o>=0||s<t.length;)if((h=t[l=o>=0?o--:s++])!=null&&(2&h.__u)==0&&d==h.key&&f==h.type)return l}return-1}function ir(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||Gi.test(t)?r:r+"px"}function Nt(e,t,r,i,o){var s,l;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)r&&t in r||ir(e.style,t,"");if(r)for(t in r)i&&r[t]==i[t]||ir(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace($r,"$1")),l=t.toLowerCase(),t=l in e||t=="onFocusOut"||t=="onFocusIn"?l.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=r,r?i?r[dt]=i[dt]:(r[dt]=In,e.addEventListener(t,s?hn:un,s)):e.removeEventListener(t,s?hn:un,s);else{if(o=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function sr(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t[kt]==null)t[kt]=In++;else if(t[kt]<r[dt])return;return r(J.event?J.event(t):t)}}}function An(e,t,r,i,o,s,l,d,f,h){var m,_,c,p,y,w,C,S,T,B,ne,K,q,pe,z,O,V=t.type;if(t.constructor!==void 0)return null;128&r.__u&&(f=!!(32&r.__u),s=[d=t.__e=r.__e]),(m=J.__b)&&m(t);e:if(typeof V=="function"){_=l.length;try{if(T=t.props,B=V.prototype&&V.prototype.render,ne=(m=V.contextType)&&i[m.__c],K=m?ne?ne.props.value:m.__:i,r.__c?S=(c=t.__c=r.__c).__=c.__E:(B?t.__c=c=new V(T,K):(t.__c=c=new Ct(T,K),c.constructor=V,c.render=Vi),ne&&ne.sub(c),c.state||(c.state={}),c.__n=i,p=c.__d=!0,c.__h=[],c._sb=[]),B&&c.__s==null&&(c.__s=c.state),B&&V.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=Pe({},c.__s)),Pe(c.__s,V.getDerivedStateFromProps(T,c.__s))),y=c.props,w=c.state,c.__v=t,p)B&&V.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),B&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(B&&V.getDerivedStateFromProps==null&&T!==y&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(T,K),t.__v==r.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(T,c.__s,K)===!1){t.__v!=r.__v&&(c.props=T,c.state=c.__s,c.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(se){se&&(se.__=t)}),Mt.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&l.push(c),d=Ye(r);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(T,c.__s,K),B&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(y,w,C)})}if(c.context=K,c.props=T,c.__P=e,c.__e=!1,q=J.__r,pe=0,B)c.state=c.__s,c.__d=!1,q&&q(t),m=c.render(c.props,c.state,c.context),Mt.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,q&&q(t),m=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++pe<25);c.state=c.__s,c.getChildContext!=null&&(i=Pe(Pe({},i),c.getChildContext())),B&&!p&&c.getSnapshotBeforeUpdate!=null&&(C=c.getSnapshotBeforeUpdate(y,w)),z=m!=null&&m.type===me&&m.key==null?Br(m.props.children):m,d=Dr(e,Ht(z)?z:[z],t,r,i,o,s,l,d,f,h),c.base=t.__e,t.__u&=-161,c.__h.length&&l.push(c),S&&(c.__E=c.__=null)}catch(se){if(l.length=_,t.__v=null,f||s!=null){if(se.then){for(t.__u|=f?160:128;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;s!=null&&(s[s.indexOf(d)]=null),t.__e=d}else if(s!=null)for(O=s.length;O--;)Sn(s[O])}else t.__e=r.__e;t.__k==null&&(t.__k=r.__k||[]),se.then||Mr(t),J.__e(se,t,r)}}else s==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):d=t.__e=Ki(r.__e,t,r,i,o,s,l,f,h);return(m=J.diffed)&&m(t),128&t.__u?void 0:d}function Mr(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(Mr))}function Pr(e,t,r){for(var i=0;i<r.length;i++)Nn(r[i],r[++i],r[++i]);J.__c&&J.__c(t,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(s){s.call(o)})}catch(s){J.__e(s,o.__v)}})}function Br(e){return typeof e!="object"||e==null||e.__b>0?e:Ht(e)?e.map(Br):e.constructor!==void 0?null:Pe({},e)}function Ki(e,t,r,i,o,s,l,d,f){var h,m,_,c,p,y,w,C=r.props||Lt,S=t.props,T=t.type;if(T=="svg"?o="http://www.w3.org/2000/svg":T=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),s!=null){for(h=0;h<s.length;h++)if((p=s[h])&&"setAttribute"in p==!!T&&(T?p.localName==T:p.nodeType==3)){e=p,s[h]=null;break}}if(e==null){if(T==null)return document.createTextNode(S);e=document.createElementNS(o,T,S.is&&S),d&&(J.__m&&J.__m(t,s),d=!1),s=null}if(T==null)C===S||d&&e.data==S||(e.data=S);else{if(s=T=="textarea"&&S.defaultValue!=null?null:s&&Gt.call(e.childNodes),!d&&s!=null)for(C={},h=0;h<e.attributes.length;h++)C[(p=e.attributes[h]).name]=p.value;for(h in C)p=C[h],h=="dangerouslySetInnerHTML"?_=p:h=="children"||h in S||h=="value"&&"defaultValue"in S||h=="checked"&&"defaultChecked"in S||Nt(e,h,null,p,o);for(h in S)p=S[h],h=="children"?c=p:h=="dangerouslySetInnerHTML"?m=p:h=="value"?y=p:h=="checked"?w=p:d&&typeof p!="function"||C[h]===p||Nt(e,h,p,C[h],o);if(m)d||_&&(m.__html==_.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(_&&(e.innerHTML=""),Dr(t.type=="template"?e.content:e,Ht(c)?c:[c],t,r,i,T=="foreignObject"?"http://www.w3.org/1999/xhtml":o,s,l,s?s[0]:r.__k&&Ye(r,0),d,f),s!=null)for(h=s.length;h--;)Sn(s[h]);d&&T!="textarea"||(h="value",T=="progress"&&y==null?e.removeAttribute("value"):y!=null&&(y!==e[h]||T=="progress"&&!y||T=="option"&&y!=C[h])&&Nt(e,h,y,C[h],o),h="checked",w!=null&&w!=e[h]&&Nt(e,h,w,C[h],o))}return e}function Nn(e,t,r){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&t==null||(e.__u=e(t))}else e.current=t}catch(o){J.__e(o,r)}}function Ur(e,t,r){var i,o;if(J.unmount&&J.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||Nn(i,null,t)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(s){J.__e(s,t)}i.base=i.__P=i.__n=null}if(i=e.__k)for(o=0;o<i.length;o++)i[o]&&Ur(i[o],t,r||typeof e.type!="function");r||Sn(e.__e),e.__c=e.__=e.__e=void 0}function Vi(e,t,r){return this.constructor(e,r)}function zi(e,t,r){var i,o,s,l;t==document&&(t=document.documentElement),J.__&&J.__(e,t),o=(i=!1)?null:t.__k,s=[],l=[],An(t,e=t.__k=Hi(me,null,[e]),o||Lt,Lt,t.namespaceURI,o?null:t.firstChild?Gt.call(t.childNodes):null,s,o?o.__e:t.firstChild,i,l),Pr(s,e,l),e.props.children=null}Gt=Mt.slice,J={__e:function(e,t,r,i){for(var o,s,l;t=t.__;)if((o=t.__c)&&!o.__)try{if((s=o.constructor)&&s.getDerivedStateFromError!=null&&(o.setState(s.getDerivedStateFromError(e)),l=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(e,i||{}),l=o.__d),l)return o.__E=o}catch(d){e=d}throw e}},kr=0,Ct.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=Pe({},this.state),typeof e=="function"&&(e=e(Pe({},r),this.props)),e&&Pe(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),rr(this))},Ct.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),rr(this))},Ct.prototype.render=me,We=[],xr=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Cr=function(e,t){return e.__v.__b-t.__v.__b},Pt.__r=0,rn=Math.random().toString(8),kt="__d"+rn,dt="__a"+rn,$r=/(PointerCapture)$|Capture$/i,In=0,un=sr(!1),hn=sr(!0);var Yi=0;function n(e,t,r,i,o,s){t||(t={});var l,d,f=t;if("ref"in f)for(d in f={},t)d=="ref"?l=t[d]:f[d]=t[d];var h={type:e,props:f,key:r,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Yi,__i:-1,__u:0,__source:o,__self:s};if(typeof e=="function"&&(l=e.defaultProps))for(d in l)f[d]===void 0&&(f[d]=l[d]);return J.vnode&&J.vnode(h),h}var it,te,sn,or,ft=0,Fr=[],ae=J,ar=ae.__b,cr=ae.__r,lr=ae.diffed,dr=ae.__c,ur=ae.unmount,hr=ae.__;function qt(e,t){ae.__h&&ae.__h(te,e,ft||t),ft=0;var r=te.__H||(te.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function N(e){return ft=1,Ji(Hr,e)}function Ji(e,t,r){var i=qt(it++,2);if(i.t=e,!i.__c&&(i.__=[Hr(void 0,t),function(d){var f=i.__N?i.__N[0]:i.__[0],h=i.t(f,d);f!==h&&(i.__N=[h,i.__[1]],i.__c.setState({}))}],i.__c=te,!te.__f)){var o=function(d,f,h){if(!i.__c.__H)return!0;var m=!1,_=i.__c.props!==d;if(i.__c.__H.__.some(function(p){if(p.__N){m=!0;var y=p.__[0];p.__=p.__N,p.__N=void 0,y!==p.__[0]&&(_=!0)}}),s){var c=s.call(this,d,f,h);return m?c||_:c}return!m||_};te.__f=!0;var s=te.shouldComponentUpdate,l=te.componentWillUpdate;te.componentWillUpdate=function(d,f,h){if(this.__e){var m=s;s=void 0,o(d,f,h),s=m}l&&l.call(this,d,f,h)},te.shouldComponentUpdate=o}return i.__N||i.__}function le(e,t){var r=qt(it++,3);!ae.__s&&Gr(r.__H,t)&&(r.__=e,r.u=t,te.__H.__h.push(r))}function nt(e){return ft=5,pt(function(){return{current:e}},[])}function pt(e,t){var r=qt(it++,7);return Gr(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function st(e,t){return ft=8,pt(function(){return e},t)}function Qi(e){var t=qt(it++,10),r=N();return t.__=e,te.componentDidCatch||(te.componentDidCatch=function(i,o){t.__&&t.__(i,o),r[1](i)}),[r[0],function(){r[1](void 0)}]}function Xi(){for(var e;e=Fr.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some($t),t.__h.some(fn),t.__h=[]}catch(r){t.__h=[],ae.__e(r,e.__v)}}}ae.__b=function(e){te=null,ar&&ar(e)},ae.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),hr&&hr(e,t)},ae.__r=function(e){cr&&cr(e),it=0;var t=(te=e.__c).__H;t&&(sn===te?(t.__h=[],te.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.some($t),t.__h.some(fn),t.__h=[],it=0)),sn=te},ae.diffed=function(e){lr&&lr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Fr.push(t)!==1&&or===ae.requestAnimationFrame||((or=ae.requestAnimationFrame)||Zi)(Xi)),t.__H.__.some(function(r){r.u&&(r.__H=r.u,r.u=void 0)})),sn=te=null},ae.__c=function(e,t){t.some(function(r){try{r.__h.some($t),r.__h=r.__h.filter(function(i){return!i.__||fn(i)})}catch(i){t.some(function(o){o.__h&&(o.__h=[])}),t=[],ae.__e(i,r.__v)}}),dr&&dr(e,t)},ae.unmount=function(e){ur&&ur(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.some(function(i){try{$t(i)}catch(o){t=o}}),r.__H=void 0,t&&ae.__e(t,r.__v))};var fr=typeof requestAnimationFrame=="function";function Zi(e){var t,r=function(){clearTimeout(i),fr&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(r,35);fr&&(t=requestAnimationFrame(r))}function $t(e){var t=te,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),te=t}function fn(e){var t=te;e.__c=e.__(),te=t}function Gr(e,t){return!e||e.length!==t.length||t.some(function(r,i){return r!==e[i]})}function Hr(e,t){return typeof t=="function"?t(e):t}function Ee(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function ze(e){return Ee(e)==="object"}function es(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function pr(e,t){return e.length<124?e:t}const ts="graphql-transport-ws";var Ae=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(Ae||{}),Ne=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(Ne||{});function qr(e){if(!ze(e))throw new Error(`Message is expected to be an object, but got ${Ee(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${Ee(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!ze(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${Ee(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ze(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${Ee(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${Ee(e.payload.query)}`);if(e.payload.variables!=null&&!ze(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${Ee(e.payload.variables)}`);if(e.payload.operationName!=null&&Ee(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${Ee(e.payload.operationName)}`);if(e.payload.extensions!=null&&!ze(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${Ee(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${Ee(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ze(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${Ee(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${Ee(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!es(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${Ee(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function ns(e,t){return qr(typeof e=="string"?JSON.parse(e,t):e)}function ct(e,t){return qr(e),JSON.stringify(e,t)}function rs(e){const{url:t,connectionParams:r,lazy:i=!0,onNonLazyError:o=console.error,lazyCloseTimeout:s=0,keepAlive:l=0,disablePong:d,connectionAckWaitTimeout:f=0,retryAttempts:h=5,retryWait:m=async function(u){const v=Math.pow(2,u);await new Promise(k=>setTimeout(k,v*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:_=on,on:c,webSocketImpl:p,generateID:y=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,u=>{const v=Math.random()*16|0;return(u=="x"?v:v&3|8).toString(16)})},jsonMessageReplacer:w,jsonMessageReviver:C}=e;let S;if(p){if(!ss(p))throw new Error("Invalid WebSocket implementation provided");S=p}else typeof WebSocket<"u"?S=WebSocket:typeof global<"u"?S=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(S=window.WebSocket||window.MozWebSocket);if(!S)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const T=S,B=(()=>{const D=(()=>{const v={};return{on(k,G){return v[k]=G,()=>{delete v[k]}},emit(k){"id"in k&&v[k.id]?.(k)}}})(),u={connecting:c?.connecting?[c.connecting]:[],opened:c?.opened?[c.opened]:[],connected:c?.connected?[c.connected]:[],ping:c?.ping?[c.ping]:[],pong:c?.pong?[c.pong]:[],message:c?.message?[D.emit,c.message]:[D.emit],closed:c?.closed?[c.closed]:[],error:c?.error?[c.error]:[]};return{onMessage:D.on,on(v,k){const G=u[v];return G.push(k),()=>{const W=G.indexOf(k);W>-1&&G.splice(W,1)}},emit(v,...k){for(const G of[...u[v]])G(...k)}}})();function ne(D){const u=[B.on("error",v=>{u.forEach(k=>k()),D(v)}),B.on("closed",v=>{u.forEach(k=>k()),D(v)})];return()=>u.forEach(v=>v())}let K,q=0,pe,z=!1,O=0,V=!1;async function se(){clearTimeout(pe);const[D,u]=await(K??(K=new Promise((G,W)=>(async()=>{if(z){if(await m(O),!q)return K=void 0,W({code:1e3,reason:"All Subscriptions Gone"});O++}B.emit("connecting",z);const U=new T(typeof t=="function"?await t():t,ts);let ye,Ce;function Ze(){isFinite(l)&&l>0&&(clearTimeout(Ce),Ce=setTimeout(()=>{U.readyState===T.OPEN&&(U.send(ct({type:Ne.Ping})),B.emit("ping",!1,void 0))},l))}ne(he=>{K=void 0,clearTimeout(ye),clearTimeout(Ce),W(he),he instanceof gr&&(U.close(4499,"Terminated"),U.onerror=null,U.onclose=null)}),U.onerror=he=>B.emit("error",he),U.onclose=he=>B.emit("closed",he),U.onopen=async()=>{try{B.emit("opened",U);const he=typeof r=="function"?await r():r;if(U.readyState!==T.OPEN)return;U.send(ct(he?{type:Ne.ConnectionInit,payload:he}:{type:Ne.ConnectionInit},w)),isFinite(f)&&f>0&&(ye=setTimeout(()=>{U.close(Ae.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},f)),Ze()}catch(he){B.emit("error",he),U.close(Ae.InternalClientError,pr(he instanceof Error?he.message:String(he),"Internal client error"))}};let Ge=!1;U.onmessage=({data:he})=>{try{const de=ns(he,C);if(B.emit("message",de),de.type==="ping"||de.type==="pong"){B.emit(de.type,!0,de.payload),de.type==="pong"?Ze():d||(U.send(ct(de.payload?{type:Ne.Pong,payload:de.payload}:{type:Ne.Pong},w)),B.emit("pong",!1,de.payload));return}if(Ge)return;if(de.type!==Ne.ConnectionAck)throw new Error(`First message cannot be of type ${de.type}`);clearTimeout(ye),Ge=!0,B.emit("connected",U,de.payload,z),z=!1,O=0;const bt=new Promise((Bn,Un)=>ne(Un));bt.catch(()=>{}),G([U,bt])}catch(de){U.onmessage=null,B.emit("error",de),U.close(Ae.BadResponse,pr(de instanceof Error?de.message:String(de),"Bad response"))}}})())));D.readyState===T.CLOSING&&await u;let v=()=>{};const k=new Promise(G=>v=G);return[D,v,new Promise((G,W)=>{const U=ne(W);D.readyState!==T.OPEN&&u.catch(W),k.then(()=>{if(U(),!q){const ye=()=>D.close(1e3,"Normal Closure");isFinite(s)&&s>0?(clearTimeout(pe),pe=setTimeout(()=>{!q&&D.readyState===T.OPEN&&ye()},s)):ye()}G()})})]}function Fe(D){if(on(D)&&(is(D.code)||[Ae.InternalServerError,Ae.InternalClientError,Ae.BadRequest,Ae.BadResponse,Ae.Unauthorized,Ae.SubprotocolNotAcceptable,Ae.SubscriberAlreadyExists,Ae.TooManyInitialisationRequests].includes(D.code)))throw D;if(V)return!1;if(on(D)&&D.code===1e3)return q>0;if(!h||O>=h||!_(D))throw D;return z=!0}i||(async()=>{for(q++;;)try{const[,,D]=await se();await D}catch(D){try{if(!Fe(D))return}catch(u){return o?.(u)}}})();function Se(D,u){const v=y(D);let k=!1,G=!1,W=()=>{q--,k=!0};return(async()=>{for(q++;;)try{const[U,ye,Ce]=await se();if(k)return Ce.catch(()=>{}),ye();const Ze=B.onMessage(v,Ge=>{switch(Ge.type){case Ne.Next:{u.next(Ge.payload);return}case Ne.Error:{G=!0,k=!0,u.error(Ge.payload),W();return}case Ne.Complete:{k=!0,W();return}}});U.send(ct({id:v,type:Ne.Subscribe,payload:D},w)),W=()=>{!k&&U.readyState===T.OPEN&&U.send(ct({id:v,type:Ne.Complete},w)),q--,k=!0,ye()},await Ce.finally(Ze);return}catch(U){if(!Fe(U))return}})().then(()=>{G||u.complete()}).catch(U=>{u.error(U)}),()=>{k||W()}}return{on:B.on,subscribe:Se,iterate(D){const u=[],v={done:!1,error:null,resolve:()=>{}},k=Se(D,{next(W){u.push(W),v.resolve()},error(W){v.done=!0,v.error=W,v.resolve()},complete(){v.done=!0,v.resolve()}}),G=(async function*(){for(;;){for(u.length||await new Promise(U=>v.resolve=U);u.length;)yield u.shift();if(v.error)throw v.error;if(v.done)return}})();return G.throw=async W=>(v.done||(v.done=!0,v.error=W,v.resolve()),{done:!0,value:void 0}),G.return=async()=>(k(),{done:!0,value:void 0}),G},async dispose(){if(V=!0,K){const[D]=await K;D.close(1e3,"Normal Closure")}},terminate(){K&&B.emit("closed",new gr)}}}class gr extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function on(e){return ze(e)&&"code"in e&&"reason"in e}function is(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function ss(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}class Ie extends Error{kind;errors;status;constructor(t,r,i={}){super(r),this.name="Problem",this.kind=t,this.errors=i.errors??[],this.status=i.status}}function jt(e){const t=e.extensions?.code;return typeof t=="string"?t:void 0}const os={UNAUTHENTICATED:"unauthenticated",FORBIDDEN:"forbidden",BAD_USER_INPUT:"invalid-input",GRAPHQL_VALIDATION_FAILED:"invalid-input",NOT_FOUND:"not-found",CONFLICT:"conflict",INVALID_TRANSITION:"not-allowed-now",FAILED_PRECONDITION:"not-allowed-now",TOO_MANY_REQUESTS:"rate-limited",RATE_LIMITED:"rate-limited"};function as(e){switch(jt(e)){case"UNAUTHENTICATED":return"You are signed out. Sign in again to continue.";case"FORBIDDEN":return`Your role does not allow this${e.message?` (${e.message})`:""}.`;case"INVALID_TRANSITION":{const r=e.extensions?.from;return typeof r=="string"?`This action no longer applies: the integration is ${r} now.`:e.message}case"CONFLICT":return`${e.message} Someone changed it meanwhile; the page shows the latest version.`;case"INTERNAL_SERVER_ERROR":return"The server failed to do this. Try again; if it keeps failing, the server log has the cause.";default:return e.message||"The server refused the request."}}function Je(e,t){const r=e[0],i=r?jt(r):void 0,o=i&&os[i]||"server",s=[...new Set(e.map(as))],l={errors:e};return t!==void 0&&(l.status=t),new Ie(o,s.join(" ")||"The server refused the request.",l)}function ut(e,t){if(e===401)return new Ie("unauthenticated","You are signed out. Sign in again to continue.",{status:e});if(e===403)return new Ie("forbidden","The server refused the request (403). Reload the page and sign in again.",{status:e});if(e===413)return new Ie("invalid-input","The request is too large for the server.",{status:e});if(e===429){const r=t&&/^\d+$/.test(t)?` in ${t} s`:" shortly";return new Ie("rate-limited",`Too many requests. Try again${r}.`,{status:e})}return e>=500?new Ie("server",`The server failed (HTTP ${e}). Try again in a moment.`,{status:e}):new Ie("server",`The server answered HTTP ${e}.`,{status:e})}function Tn(){return new Ie("network","Cannot reach the server. Check the connection and try again.")}function gt(e){return e instanceof Ie||e instanceof Error&&e.message?e.message:"Something went wrong."}function pn(e){const t={},r=(i,o)=>{const[s,...l]=i.split(".");if(!s)return;const d=l.length>0?`${l.join(".")}: ${o}`:o,f=t[s]??=[];f.includes(d)||f.push(d)};for(const i of e){if(jt(i)!=="BAD_USER_INPUT")continue;const o=i.extensions?.fields;if(Array.isArray(o)&&o.length>0){for(const l of o)if(l&&typeof l=="object"){const{field:d,message:f}=l;typeof d=="string"&&r(d,typeof f=="string"?f:i.message)}continue}const s=i.extensions?.field;typeof s=="string"&&r(s,cs(s,i.message))}return t}function cs(e,t){const r=`${e}: `;return t.startsWith(r)?t.slice(r.length):t}function ls(e,t){const r=pn(e);return e.filter(i=>{if(jt(i)!=="BAD_USER_INPUT")return!0;const o=Object.keys(pn([i]));return o.length===0||o.some(s=>!t.includes(s)||!r[s])})}class ds{#e;constructor(t){this.#e=t??void 0}get value(){return this.#e}accept(t){return this.#e!==void 0&&t<=this.#e?!1:(this.#e=t,!0)}}function mr(e,t=Math.random){const r=Math.min(15e3,500*2**Math.max(0,e));return Math.round(r*(.8+.4*t()))}function jr(e){return!!e&&typeof e=="object"&&typeof e.code=="number"}function us(e){return jr(e)&&e.code===4401}function hs(e){return Array.isArray(e)?!1:jr(e)?![4400,4403,4406,4409].includes(e.code):!0}function fs(e){return e.active===0?e.browserOnline?"idle":"offline":e.browserOnline?e.socket==="open"&&e.waiting===0?"online":e.waiting>0||e.socket==="closed"||e.everConnected?"reconnecting":"connecting":"offline"}const ps="codebot_csrf",gs="X-CSRF-Token";function ms(e,t){for(const r of e.split(";")){const i=r.indexOf("=");if(!(i<0)&&r.slice(0,i).trim()===t){const o=r.slice(i+1).trim();try{return decodeURIComponent(o)}catch{return o}}}}function Wr(){const e={"content-type":"application/json",accept:"application/json"},t=typeof document>"u"?void 0:ms(document.cookie,ps);return t&&(e[gs]=t),e}async function Rn(e,t){try{return await fetch(e,{method:"POST",credentials:"same-origin",headers:Wr(),body:t===void 0?"{}":JSON.stringify(t)})}catch{throw Tn()}}async function _s(e){try{const t=await e.json();return Array.isArray(t.errors)?t.errors:[]}catch{return[]}}const gn=new Set;function bs(e){return gn.add(e),()=>gn.delete(e)}function kn(){for(const e of gn)e()}let an;function Kr(){return an??=(async()=>{try{return(await Rn("/auth/refresh")).ok}catch{return!1}finally{an=void 0}})(),an}async function ys(e){const t=await Rn("/auth/session",{apiKey:e.trim()});if(t.ok)return;if(t.status===404||t.status===405)throw new Ie("server","This server does not offer sign-in with an API key.",{status:t.status});const r=await _s(t);throw t.status===401?new Ie("unauthenticated","The server did not accept this API key. Check it and try again.",{errors:r,status:401}):r.length>0?Je(r,t.status):ut(t.status)}async function Es(){try{await Rn("/auth/logout")}finally{kn()}}async function ws(){let e;try{e=await fetch("/auth/providers",{credentials:"same-origin",headers:{accept:"application/json"}})}catch{throw Tn()}if(e.status===404)return[];if(!e.ok)throw ut(e.status);const t=await e.json();return Array.isArray(t.providers)?t.providers.filter(r=>!!r&&typeof r=="object"&&typeof r.id=="string"&&typeof r.name=="string"&&typeof r.loginUrl=="string"):[]}function vs(e,t){if(!t||t==="/")return e.loginUrl;const r=e.loginUrl.includes("?")?"&":"?";return`${e.loginUrl}${r}redirect=${encodeURIComponent(t)}`}function xn(e){let t=e;const r=new Set;return{get:()=>t,set(i){if(!Object.is(i,t)){t=i;for(const o of[...r])o(t)}},subscribe(i){return r.add(i),()=>r.delete(i)}}}function mt(e){const[t,r]=N(e.get);return le(()=>(r(()=>e.get()),e.subscribe(i=>r(()=>i))),[e]),t}const Cn=xn("idle");let rt="idle",$n=!1,mn=0,Vr=0;const _n=new Set,bn=new Set;let yn=0;function Is(){return typeof navigator>"u"?!0:navigator.onLine!==!1}function Be(){Cn.set(fs({socket:rt,active:mn,waiting:Vr,browserOnline:Is(),everConnected:$n}))}typeof window<"u"&&(window.addEventListener("online",()=>{Be();for(const e of[...bn])e()}),window.addEventListener("offline",Be));function Ss(){const{protocol:e,host:t}=window.location;return`${e==="https:"?"wss:":"ws:"}//${t}/graphql/ws`}let Bt,Tt,Rt;const As=8e3;function Ns(){return Bt??=rs({url:Ss,lazy:!0,lazyCloseTimeout:3e3,retryAttempts:0,keepAlive:15e3,connectionParams:{},on:{opened:e=>{Tt=e},ping:e=>{e||(clearTimeout(Rt),Rt=setTimeout(()=>{Tt?.readyState===WebSocket.OPEN&&Tt.close(4408,"No pong")},As))},pong:e=>{e&&clearTimeout(Rt)},connecting:()=>{rt="connecting",Be()},connected:()=>{rt="open",$n=!0,Be();for(const e of[..._n])e()},closed:()=>{clearTimeout(Rt),Tt=void 0,rt="closed",yn+=1,Be()}}}),Bt}function zr(){Bt?.terminate(),Bt=void 0,rt="idle",$n=!1,Be()}function Yr(e){const t=new ds(e.initialCursor);let r=!1,i=0,o,s,l=!1,d=!1;const f=p=>{p!==d&&(d=p,Vr+=p?1:-1,Be())},h=()=>{l&&!r&&(l=!1,e.onResume?.())},m=()=>{s!==void 0&&!r&&(clearTimeout(s),s=void 0,c())};_n.add(h),bn.add(m);const _=p=>{f(!0),l=!0,s=setTimeout(()=>{s=void 0,c()},p)},c=()=>{if(r)return;const p=yn,y={query:e.document.toString(),variables:e.variables(t.value)};o=Ns().subscribe(y,{next:w=>{if(i=0,f(!1),w.errors&&w.errors.length>0){e.onError?.(Je(w.errors));return}const C=w.data;C&&(e.cursorOf&&!t.accept(e.cursorOf(C))||e.onData(C))},error:w=>{o=void 0,!r&&(us(w)?(f(!0),Kr().then(C=>{r||(C?_(0):(f(!1),kn()))})):hs(w)?_(mr(i++)):(f(!1),e.onError?.(Je(Array.isArray(w)?w:[{message:"The live update was refused."}]))))},complete:()=>{o=void 0,!r&&yn!==p&&_(mr(i++))}}),rt==="open"&&h()};return mn+=1,Be(),c(),()=>{r||(r=!0,s!==void 0&&clearTimeout(s),f(!1),_n.delete(h),bn.delete(m),o?.(),mn-=1,Be())}}const Ts={idle:"",connecting:"Connecting…",online:"Live",reconnecting:"Reconnecting…",offline:"Offline"};function Rs(){const e=mt(Cn);return e==="idle"?null:n("span",{class:`live live-${e}`,role:"status","aria-live":"polite","data-live":e,children:[n("span",{class:"live-dot","aria-hidden":"true"}),Ts[e]]})}function be({error:e,onRetry:t}){return e?n("div",{class:"notice notice-error",role:"alert",children:[n("span",{children:gt(e)}),t&&n("button",{type:"button",class:"button small",onClick:t,children:"Try again"})]}):null}function _t({children:e}){return n("div",{class:"notice notice-info",role:"status",children:e})}function Qe({what:e}){return n("p",{class:"loading",role:"status","aria-live":"polite",children:["Loading ",e,"…"]})}const ce={read:"integration.read",write:"integration.write",delete:"integration.delete",manageUsers:"user.manage"},ks=["VALIDATING","GENERATING","TESTING","REVIEWING","DEPLOYING"],Ot={approve:{label:"Approve",states:["REVIEWING"],permission:ce.write,confirm:!1,text:{label:"Comment (optional)",required:!1},tone:"primary"},requestChanges:{label:"Request changes",states:["REVIEWING"],permission:ce.write,confirm:!1,text:{label:"What should change",required:!0},tone:"default"},reject:{label:"Reject",states:["REVIEWING"],permission:ce.write,confirm:!0,text:{label:"Reason",required:!0},tone:"danger"},cancel:{label:"Cancel",states:["DRAFT",...ks],permission:ce.write,confirm:!0,tone:"danger"},retry:{label:"Retry",states:["FAILED"],permission:ce.write,confirm:!1,tone:"primary"},deprecate:{label:"Deprecate",states:["ACTIVE"],permission:ce.write,confirm:!0,tone:"danger"},delete:{label:"Delete",states:["DRAFT","FAILED","DEPRECATED"],permission:ce.delete,confirm:!0,tone:"danger"}},xs=["approve","requestChanges","reject","retry","cancel","deprecate","delete"],Cs={VIEWER:[ce.read],DEVELOPER:[ce.read,ce.write],ADMIN:[ce.read,ce.write,ce.delete,ce.manageUsers]};function $s(e){return Array.isArray(e.permissions)?e.permissions:Cs[e.role]??[]}function ot(e,t){return!!e&&$s(e).includes(t)}function Os(e,t){return ot(e,ce.write)?e.role==="ADMIN"||ot(e,ce.manageUsers)?!0:!!t.owner&&t.owner.id===e.id:!1}function Ds(e,t){return xs.filter(r=>Ot[r].states.includes(t.state)?r==="delete"?ot(e,ce.delete):Os(e,t):!1)}function Ut(e){return ot(e,ce.write)}function On(e){return ot(e,ce.manageUsers)}const En=["VIEWER","DEVELOPER","ADMIN"];function Ls(e){const t=En.indexOf(e);return t<0?[]:En.slice(0,t+1)}async function _r(e,t){try{return await fetch("/graphql",{method:"POST",credentials:"same-origin",headers:Wr(),body:JSON.stringify({query:e,variables:t??{}})})}catch{throw Tn()}}async function Jr(e,t){const r=e.toString();let i=await _r(r,t);if(i.status===401&&(await Kr()&&(i=await _r(r,t)),i.status===401))throw kn(),ut(401);let o;try{o=await i.json()}catch{o=void 0}if(!o||o.data===void 0&&!o.errors)throw ut(i.status,i.headers.get("retry-after"));const s=Array.isArray(o.errors)?o.errors:[];if(o.data===void 0||o.data===null)throw s.length>0?Je(s,i.status):ut(i.status);return{data:o.data,errors:s}}const ke=Jr;async function ve(e,t){const r=await Jr(e,t);if(r.errors.length>0||!r.data)throw Je(r.errors);return r.data}class Q extends String{__apiType;value;__meta__;constructor(t,r){super(t),this.value=t,this.__meta__=r}toString(){return this.value}}new Q(`
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
    `,{fragmentName:"IntegrationSummary"});new Q(`
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
  compensationFailed {
    step
    error
    attempts
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
}`,{fragmentName:"IntegrationDetail"});new Q(`
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
    `,{fragmentName:"EventFields"});const Ms=new Q(`
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
}`),Ps=new Q(`
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
}`),Bs=new Q(`
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
}`),Us=new Q(`
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
}`),Fs=new Q(`
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
}`),Gs=new Q(`
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
}`),Hs=new Q(`
    mutation RetryCompensation($id: ID!) {
  retryCompensation(id: $id) {
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
}`),qs=new Q(`
    mutation ResolveCompensation($id: ID!, $note: String!) {
  resolveCompensation(id: $id, note: $note) {
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
}`),js=new Q(`
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
}`),Ws=new Q(`
    mutation DeleteIntegration($id: ID!) {
  deleteIntegration(id: $id)
}
    `),Ks=new Q(`
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
    `),Vs=new Q(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id)
}
    `),zs=new Q(`
    mutation SetUserRole($userId: ID!, $role: Role!) {
  setUserRole(userId: $userId, role: $role) {
    id
    role
  }
}
    `),Ys=new Q(`
    query Me {
  me {
    id
    name
    email
    role
    permissions
  }
}
    `),br=new Q(`
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
}`),Js=new Q(`
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
    `),Qs=new Q(`
    query Kinds {
  integrationKinds {
    name
    description
    configSchema
    exampleConfig
  }
}
    `),Xs=new Q(`
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
  compensationFailed {
    step
    error
    attempts
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
}`),Zs=new Q(`
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
  compensationFailed {
    step
    error
    attempts
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
}`),Qr=new Q(`
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
    `),eo=new Q(`
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
    `),to=new Q(`
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
    `),no=new Q(`
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
}`),ro=new Q(`
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
}`);function Dn({request:e,onClose:t}){const r=nt(null),[i,o]=N(""),[s,l]=N(!1),[d,f]=N(null);return le(()=>{const m=r.current;m&&(e?(o(""),f(null),l(!1),m.open||m.showModal()):m.open&&m.close())},[e]),n("dialog",{ref:r,class:"dialog","aria-labelledby":"dialog-title",onClose:t,children:e&&n("form",{method:"dialog",onSubmit:async m=>{if(m.preventDefault(),!!e){if(e.text?.required&&i.trim()===""){f(new Error(`${e.text.label} is required.`));return}l(!0),f(null);try{await e.run(i.trim()),t()}catch(_){f(_),l(!1)}}},children:[n("h2",{id:"dialog-title",children:e.title}),n("p",{children:e.body}),e.text&&n("label",{class:"field",children:[n("span",{children:e.text.label}),n("textarea",{rows:3,value:i,required:e.text.required,onInput:m=>o(m.currentTarget.value)})]}),!!d&&n("p",{class:"field-error",role:"alert",children:gt(d)}),n("div",{class:"dialog-actions",children:[n("button",{type:"button",class:"button",onClick:t,disabled:s,children:"Back"}),n("button",{type:"submit",class:`button ${e.danger?"danger":"primary"}`,disabled:s,children:s?"Working…":e.confirmLabel})]})]})})}function Dt(e,t){const r=nt(e);r.current=e;const i=nt(void 0),o=nt(()=>{i.current!==void 0&&clearTimeout(i.current),i.current=setTimeout(()=>{i.current=void 0,r.current()},t)});return le(()=>()=>clearTimeout(i.current),[]),o.current}function Wt(e){le(()=>{document.title=e?`${e} · Claude Code Bot`:"Claude Code Bot"},[e])}function Te(e){if(!e)return"—";const t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleString(void 0,{dateStyle:"medium",timeStyle:"medium"})}function Kt(e){if(e==null||!Number.isFinite(e)||e<0)return"—";if(e<1e3)return`${Math.round(e)} ms`;const t=e/1e3;if(t<60)return`${t.toFixed(t<10?2:1)} s`;const r=Math.floor(t/60),i=Math.round(t%60);return r<60?`${r} min ${i} s`:`${Math.floor(r/60)} h ${r%60} min`}function io(e,t,r){if(!e)return null;const i=Date.parse(e),o=t?Date.parse(t):r;return Number.isNaN(i)||Number.isNaN(o)?null:Math.max(0,o-i)}function so(e){return e===0?"$0.00":e<.01?`$${e.toFixed(4)}`:`$${e.toFixed(2)}`}function De(e){return e.toLocaleString("en-US")}function j(e,t){return e&&typeof e=="object"?e[t]:void 0}const ee=e=>typeof e=="string"||typeof e=="number"?String(e):"";function oo(e,t){switch(e){case"IntegrationCreated":return`Created “${ee(j(t,"name"))}” (${ee(j(t,"kind"))})`;case"IntegrationUpdated":return`Changed ${Object.keys(t??{}).join(", ")||"nothing"}`;case"StateChanged":{const r=ee(j(t,"reason")),i=ee(j(t,"trigger")).replace(/_/g," ");return`${ee(j(t,"from"))} → ${ee(j(t,"to"))}${i?` (${i})`:""}${r?`: ${r}`:""}`}case"StepStarted":return`${ee(j(t,"step"))} started (attempt ${ee(j(t,"attempt"))})`;case"StepSucceeded":return`${ee(j(t,"step"))} succeeded in ${Kt(Number(j(t,"duration_ms")))}`;case"StepFailed":return`${ee(j(t,"step"))} failed (attempt ${ee(j(t,"attempt"))}): ${ee(j(t,"error"))}`;case"GenerationProgressed":{const r=Number(j(t,"characters")),i=j(t,"files"),o=Array.isArray(i)?i.map(ee).filter(Boolean):[],s=Number(j(t,"attempt"));return`Generation progress: ${Number.isFinite(r)?De(r):"?"} characters, ${o.length>0?`files: ${o.join(", ")}`:"no file begun yet"}${s>1?` (attempt ${s})`:""}`}case"CodeGenerated":{const r=j(t,"files");return`Code generated by ${ee(j(t,"generator"))}: ${Array.isArray(r)?r.length:0} files`}case"TestsCompleted":return j(j(t,"report"),"passed")?"Tests passed":"Tests failed";case"PullRequestOpened":return`Pull request #${ee(j(j(t,"pull_request"),"number"))} opened`;case"Deployed":return`Deployed to ${ee(j(j(t,"deployment"),"location"))}`;case"Compensated":return`${ee(j(t,"step"))} undone: ${ee(j(t,"detail"))}`;case"Undeployed":return"Deployment removed";case"CompensationAttemptFailed":return`Undoing ${ee(j(t,"step"))} failed (attempt ${ee(j(t,"attempt"))}): ${ee(j(t,"error"))}`;case"CompensationFailed":return`Gave up undoing ${ee(j(t,"step"))} after ${ee(j(t,"attempts"))} attempts: waits for an administrator`;case"CompensationRetried":return`Undo of ${ee(j(t,"step"))} retried by an administrator`;case"CompensationResolved":return`Undo of ${ee(j(t,"step"))} resolved by hand: ${ee(j(t,"note"))}`;case"IntegrationDeleted":return"Deleted";default:return e}}const yr={CLOSED:{label:"Closed",tone:"good",help:"Calls go through"},OPEN:{label:"Open",tone:"attention",help:"Calls fail fast until the open period ends"},HALF_OPEN:{label:"Half-open",tone:"busy",help:"One trial call decides whether it closes again"}};function ao(e){return Object.prototype.hasOwnProperty.call(yr,e)?yr[e]:{label:e,tone:"neutral",help:"Unknown breaker state"}}function Xr(e,t){return`${De(e)} / ${De(t)}`}function co(e,t){return t>0&&e>=t}function Zr(e){return!Number.isFinite(e)||e<0?"—":e<60?`${Math.round(e)} s`:Kt(e*1e3)}function lo(e,t){const r=Date.parse(e);if(Number.isNaN(r))return"—";const i=Math.floor((t-r)/1e3);return i<1?"just now":`${Zr(i)} ago`}function uo({me:e}){const[t,r]=N(null),[i,o]=N(null),[s,l]=N(0),[d,f]=N(null),[h,m]=N(null),_=st(async p=>{try{const y=await ke(Qr,{first:50,after:p}),w=y.data?.users;if(!w)throw Je(y.errors);r(C=>p?[...C??[],...w.nodes]:w.nodes),o(w.pageInfo.hasNextPage?w.pageInfo.endCursor??null:null),l(w.totalCount),f(null)}catch(y){f(y)}},[]);le(()=>{_(null)},[_]);const c=async(p,y)=>{m(p.id),f(null);try{const w=await ve(zs,{userId:p.id,role:y});r(C=>C?.map(S=>S.id===p.id?{...S,role:w.setUserRole.role}:S)??null)}catch(w){f(w)}finally{m(null)}};return n("section",{class:"card","aria-labelledby":"users-title",children:[n("h2",{id:"users-title",children:"Users and roles"}),n(be,{error:d,onRetry:()=>{_(null)}}),t===null?!d&&n(Qe,{what:"users"}):n("div",{class:"table-scroll",children:[n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Email"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Since"})]})}),n("tbody",{children:t.map(p=>n("tr",{children:[n("td",{"data-label":"Name",children:[p.name,p.id===e.id&&n("span",{class:"muted",children:" (you)"})]}),n("td",{"data-label":"Email",children:p.email??"—"}),n("td",{"data-label":"Role",children:n("select",{"aria-label":`Role of ${p.name}`,value:p.role,disabled:h===p.id||p.id===e.id,onChange:y=>{c(p,y.currentTarget.value)},children:En.map(y=>n("option",{value:y,children:y},y))})}),n("td",{"data-label":"Since",children:Te(p.createdAt)})]},p.id))})]}),n("p",{class:"muted small",children:[t.length," of ",s," users"]}),i&&n("button",{type:"button",class:"button",onClick:()=>{_(i)},children:"Load more"})]})]})}function ho({me:e}){const t=Ls(e.role),[r,i]=N(null),[o,s]=N(null),[l,d]=N(""),[f,h]=N("VIEWER"),[m,_]=N(""),[c,p]=N(null),[y,w]=N(!1),[C,S]=N(null),[T,B]=N(!1),[ne,K]=N(null),q=st(async()=>{try{const O=await ke(eo);i(O.data?.apiKeys??[]),s(null)}catch(O){s(O)}},[]);le(()=>{q()},[q]);const pe=async O=>{if(O.preventDefault(),l.trim()===""){p("Give the key a name.");return}w(!0),p(null),B(!1);try{const V={name:l.trim(),role:f};m&&(V.expiresAt=new Date(`${m}T23:59:59`).toISOString());const se=await ve(Ks,{input:V});S(se.createApiKey),d(""),_(""),q()}catch(V){p(gt(V))}finally{w(!1)}},z=O=>K({title:`Revoke “${O.name}”`,body:`Programs using the key ${O.prefix}… stop working at once. This cannot be undone.`,confirmLabel:"Revoke",danger:!0,run:async()=>{await ve(Vs,{id:O.id}),await q()}});return n("section",{class:"card","aria-labelledby":"keys-title",children:[n("h2",{id:"keys-title",children:"API keys"}),n("form",{class:"form inline-form",onSubmit:pe,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"key-name",children:"Name"}),n("input",{id:"key-name",value:l,onInput:O=>d(O.currentTarget.value)})]}),n("div",{class:"field",children:[n("label",{for:"key-role",children:"Role"}),n("select",{id:"key-role",value:f,onChange:O=>h(O.currentTarget.value),children:t.map(O=>n("option",{value:O,children:O},O))})]}),n("div",{class:"field",children:[n("label",{for:"key-expires",children:["Expires ",n("small",{class:"muted",children:"(optional)"})]}),n("input",{id:"key-expires",type:"date",value:m,onInput:O=>_(O.currentTarget.value)})]}),n("button",{type:"submit",class:"button primary",disabled:y,children:y?"Creating…":"Create key"})]}),c&&n("p",{class:"field-error",role:"alert",children:c}),C&&n("div",{class:"notice notice-success secret",role:"status",children:[n("p",{children:["Key ",n("strong",{children:C.apiKey.name})," (",C.apiKey.role,") created. Copy the secret now: it is shown only once."]}),n("div",{class:"secret-row",children:[n("code",{id:"new-key-secret","data-secret":!0,children:C.secret}),n("button",{type:"button",class:"button small",onClick:()=>navigator.clipboard?.writeText(C.secret).then(()=>B(!0),()=>B(!1)),children:T?"Copied":"Copy"}),n("button",{type:"button",class:"button small",onClick:()=>S(null),children:"Done"})]})]}),n(be,{error:o,onRetry:()=>{q()}}),r===null?!o&&n(Qe,{what:"API keys"}):r.length===0?n("p",{class:"muted",children:"No API keys."}):n("div",{class:"table-scroll",children:n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Key"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Owner"}),n("th",{scope:"col",children:"Created"}),n("th",{scope:"col",children:"Last used"}),n("th",{scope:"col",children:"Expires"}),n("th",{scope:"col",children:n("span",{class:"visually-hidden",children:"Revoke"})})]})}),n("tbody",{children:r.map(O=>n("tr",{class:O.revokedAt?"revoked":void 0,children:[n("td",{"data-label":"Name",children:O.name}),n("td",{"data-label":"Key",children:n("code",{children:[O.prefix,"…"]})}),n("td",{"data-label":"Role",children:O.role}),n("td",{"data-label":"Owner",children:O.owner?.name??"—"}),n("td",{"data-label":"Created",children:Te(O.createdAt)}),n("td",{"data-label":"Last used",children:O.lastUsedAt?Te(O.lastUsedAt):"never"}),n("td",{"data-label":"Expires",children:O.expiresAt?Te(O.expiresAt):"never"}),n("td",{children:O.revokedAt?n("span",{class:"muted",children:["revoked ",Te(O.revokedAt)]}):n("button",{type:"button",class:"button small danger",onClick:()=>z(O),children:"Revoke"})})]},O.id))})]})}),n(Dn,{request:ne,onClose:()=>K(null)})]})}function Ft({count:e,limit:t}){return n(me,{children:[Xr(e,t),co(e,t)&&n(me,{children:[" ",n("span",{class:"badge tone-attention",children:"full"})]})]})}function fo({workers:e,readAt:t}){return n(me,{children:[n("h3",{id:"workers-title",children:"Workers"}),e.length===0?n(_t,{children:"No worker is running: integrations will wait in the queue."}):n("ul",{class:"worker-list","aria-labelledby":"workers-title",children:e.map(r=>n("li",{"data-worker":r.instance,children:[n("code",{children:r.instance})," ",n("span",{class:"muted small",children:["reported"," ",n("time",{dateTime:r.reportedAt,title:Te(r.reportedAt),children:lo(r.reportedAt,t)})]})]},r.instance))})]})}function po({bulkheads:e}){return n(me,{children:[n("h3",{id:"bulkheads-title",children:"Bulkheads"}),e.length===0?n("p",{class:"muted",children:"No worker reports a bulkhead."}):n("div",{class:"table-scroll",children:n("table",{class:"numbers","aria-labelledby":"bulkheads-title",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Worker"}),n("th",{scope:"col",children:"Guards"}),n("th",{scope:"col",children:"In flight"}),n("th",{scope:"col",children:"Queued"}),n("th",{scope:"col",children:"Rejected"})]})}),n("tbody",{children:e.map(t=>n("tr",{"data-bulkhead":t.name,children:[n("td",{"data-label":"Worker",children:n("code",{children:t.instance})}),n("td",{"data-label":"Guards",children:n("code",{children:t.name})}),n("td",{"data-label":"In flight",children:n(Ft,{count:t.inFlight,limit:t.concurrencyLimit})}),n("td",{"data-label":"Queued",children:n(Ft,{count:t.queued,limit:t.queueLimit})}),n("td",{"data-label":"Rejected",children:De(t.rejected)})]},`${t.instance}/${t.name}`))})]})})]})}function go({provider:e}){const t=ao(e.breaker);return n("li",{class:"provider","data-breaker":e.breaker,children:n("table",{class:"kv",children:[n("caption",{children:n("code",{children:e.name})}),n("tbody",{children:[n("tr",{children:[n("th",{scope:"row",children:"Worker"}),n("td",{children:n("code",{children:e.instance})})]}),n("tr",{children:[n("th",{scope:"row",children:"Breaker"}),n("td",{children:n("span",{class:`badge tone-${t.tone}`,title:t.help,"data-breaker":e.breaker,children:t.label})})]}),n("tr",{children:[n("th",{scope:"row",children:"Failures in a row"}),n("td",{children:Xr(e.consecutiveFailures,e.failureThreshold)})]}),n("tr",{children:[n("th",{scope:"row",children:"Open period"}),n("td",{children:Zr(e.openSeconds)})]}),n("tr",{children:[n("th",{scope:"row",children:"In flight"}),n("td",{children:n(Ft,{count:e.inFlight,limit:e.concurrencyLimit})})]}),n("tr",{children:[n("th",{scope:"row",children:"Queued"}),n("td",{children:n(Ft,{count:e.queued,limit:e.queueLimit})})]}),n("tr",{children:[n("th",{scope:"row",children:"Calls"}),n("td",{children:De(e.calls)})]}),n("tr",{children:[n("th",{scope:"row",children:"Retries"}),n("td",{children:De(e.retries)})]}),n("tr",{children:[n("th",{scope:"row",children:"Rejected"}),n("td",{children:De(e.rejected)})]})]})]})})}function mo({providers:e,workers:t}){return n(me,{children:[n("h3",{id:"providers-title",children:"Providers"}),e.length===0?n("p",{class:"muted",children:t===0?"No worker reports its providers.":"No networked providers (the offline generator is in use)."}):n("ul",{class:"provider-list","aria-labelledby":"providers-title",children:e.map(r=>n(go,{provider:r},`${r.instance}/${r.name}`))})]})}function _o(){const[e,t]=N(null),[r,i]=N(0),[o,s]=N(null),l=st(async()=>{try{const d=await ke(to);t(d.data?.systemStatus??null),i(Date.now()),s(null)}catch(d){s(d)}},[]);return le(()=>{l()},[l]),n("section",{class:"card","aria-labelledby":"status-title",children:[n("div",{class:"page-head",children:[n("h2",{id:"status-title",children:"System status"}),n("button",{type:"button",class:"button small",onClick:()=>{l()},children:"Refresh"})]}),n(be,{error:o,onRetry:()=>{l()}}),e&&n("dl",{class:"pairs",children:[n("dt",{children:"Version"}),n("dd",{children:e.version}),n("dt",{children:"Database"}),n("dd",{children:[e.database.backend," ",n("span",{class:`badge tone-${e.database.ok?"good":"bad"}`,children:e.database.ok?"OK":"not answering"})]}),n("dt",{children:"Job queue"}),n("dd",{children:e.queue?`${e.queue.queued} queued, ${e.queue.running} running`:"cannot be read"})]}),e&&n(me,{children:[n(fo,{workers:e.workers,readAt:r}),n(po,{bulkheads:e.bulkheads}),n(mo,{providers:e.providers,workers:e.workers.length})]})]})}function bo({user:e}){const t=On(e);return Wt(t?"Admin":"API keys"),n("div",{class:"admin",children:[n("h1",{children:t?"Admin":"API keys"}),t&&n(_o,{}),t&&n(uo,{me:e}),n(ho,{me:e}),!t&&n(_t,{children:"Users, roles and the system status are for administrators."})]})}const Vt=["DRAFT","VALIDATING","GENERATING","TESTING","REVIEWING","DEPLOYING","ACTIVE","FAILED","DEPRECATED"],yo={DRAFT:"neutral",VALIDATING:"busy",GENERATING:"busy",TESTING:"busy",REVIEWING:"attention",DEPLOYING:"busy",ACTIVE:"good",FAILED:"bad",DEPRECATED:"muted"},Eo={DRAFT:"Created; the pipeline has not started",VALIDATING:"The request is checked against its kind",GENERATING:"The generator writes the code and its tests",TESTING:"The generated tests run in the sandbox",REVIEWING:"A pull request waits for a review",DEPLOYING:"The reviewed code is being deployed",ACTIVE:"Deployed and running",FAILED:"Failed, rejected or cancelled; finished steps were undone",DEPRECATED:"Taken out of service"};function wo(e){return Vt.includes(e)}function ei(e){return e.charAt(0)+e.slice(1).toLowerCase()}function vo(){return{total:0,byState:Object.fromEntries(Vt.map(e=>[e,0]))}}function Io(e){const t=vo();if(!e)return t;t.total=e.all?.totalCount??0;for(const r of Vt)t.byState[r]=e[r]?.totalCount??0;return t}function So(e,t,r){if(t===r)return e;const i={...e.byState};let o=e.total;return t?i[t]=Math.max(0,i[t]-1):o+=1,i[r]+=1,{total:o,byState:i}}function Ln({state:e}){return n("span",{class:`badge tone-${yo[e]}`,title:Eo[e],"data-state":e,children:ei(e)})}function Ao({status:e}){return n("span",{class:`badge tone-${e==="SUCCEEDED"?"good":e==="FAILED"?"bad":e==="RUNNING"?"busy":e==="COMPENSATED"?"muted":"neutral"}`,children:e.charAt(0)+e.slice(1).toLowerCase()})}function Mn(){return{path:window.location.pathname,search:new URLSearchParams(window.location.search)}}const Pn=xn(Mn());window.addEventListener("popstate",()=>Pn.set(Mn()));function Ue(e,t={}){const r=window.location.pathname+window.location.search;e!==r&&(t.replace?window.history.replaceState(null,"",e):window.history.pushState(null,"",e),Pn.set(Mn()),t.replace||window.scrollTo(0,0))}function zt(){return mt(Pn)}function No(e,t){const r=e.split("/").filter(Boolean),i=t.split("/").filter(Boolean);if(r.length!==i.length)return null;const o={};for(let s=0;s<r.length;s+=1){const l=r[s],d=i[s];if(l.startsWith(":"))try{o[l.slice(1)]=decodeURIComponent(d)}catch{return null}else if(l!==d)return null}return o}function xe({href:e,onClick:t,...r}){return n("a",{href:e,onClick:i=>{t&&t(i),!(i.defaultPrevented||i.button!==0||i.metaKey||i.ctrlKey||i.shiftKey||i.altKey)&&(i.preventDefault(),Ue(e))},...r})}const Er=25;function wr(e){return{states:(e.get("state")??"").split(",").filter(wo),owner:e.get("owner")??"",text:e.get("q")??""}}function cn(e){const t=new URLSearchParams;e.states.length>0&&t.set("state",e.states.join(",")),e.owner&&t.set("owner",e.owner),e.text&&t.set("q",e.text);const r=t.toString();return r?`/?${r}`:"/"}function vr(e,t){return e?e==="me"?t.id:e:null}function To({user:e}){Wt("Integrations");const t=zt(),r=wr(t.search),i=`${r.states.join(",")}|${r.owner}|${r.text}`,[o,s]=N(null),[l,d]=N(0),[f,h]=N(null),[m,_]=N(null),[c,p]=N(null),[y,w]=N(null),[C,S]=N(!1),[T,B]=N(r.text),[ne,K]=N([]),q=nt(o);q.current=o;const pe=()=>{const u={};r.states.length>0&&(u.states=r.states);const v=vr(r.owner,e);return v&&(u.owner=v),r.text&&(u.text=r.text),u},z=st(async()=>{try{const u=await ke(Js,{owner:vr(r.owner,e),text:r.text||null});_(Io(u.data))}catch(u){p(u)}},[i]),O=st(async()=>{const u=Math.min(100,Math.max(Er,q.current?.length??0));try{const k=(await ke(br,{first:u,after:null,filter:pe()})).data.integrations;s(k.nodes),d(k.totalCount),h(k.pageInfo.hasNextPage?k.pageInfo.endCursor??null:null),p(null)}catch(v){p(v)}},[i]),V=Dt(()=>{O()},300),se=Dt(()=>{z()},300);le(()=>{s(null),q.current=null,O(),z()},[O,z]),le(()=>{On(e)&&ke(Qr,{first:100,after:null}).then(u=>K(u.data?.users?.nodes??[]),()=>K([]))},[e]),le(()=>Yr({document:no,variables:()=>({}),onData:({integrationUpdated:u})=>{const v=q.current,k=v?v.findIndex(G=>G.id===u.id):-1;if(v&&k>=0){const G=v[k];if(G.version>u.version)return;const W=[...v];W[k]=u,q.current=W,s(W),G.state!==u.state&&_(U=>U&&So(U,G.state,u.state))}else V();se()},onResume:()=>{V(),se()},onError:w}),[V,se]);const Fe=Dt(()=>{const u=wr(new URLSearchParams(window.location.search));u.text!==T.trim()&&Ue(cn({...u,text:T.trim()}),{replace:!0})},350);le(()=>{r.text!==T.trim()&&B(r.text)},[r.text]);const Se=u=>{const v=u===null?[]:r.states.includes(u)?r.states.filter(k=>k!==u):[...r.states,u];Ue(cn({...r,states:v}))},D=async()=>{if(f){S(!0);try{const v=(await ke(br,{first:Er,after:f,filter:pe()})).data.integrations,k=new Set((q.current??[]).map(W=>W.id)),G=[...q.current??[],...v.nodes.filter(W=>!k.has(W.id))];q.current=G,s(G),d(v.totalCount),h(v.pageInfo.hasNextPage?v.pageInfo.endCursor??null:null)}catch(u){p(u)}finally{S(!1)}}};return n("section",{"aria-labelledby":"board-title",children:[n("div",{class:"page-head",children:[n("h1",{id:"board-title",children:"Integrations"}),Ut(e)&&n(xe,{class:"button primary",href:"/integrations/new",children:"New integration"})]}),n("div",{class:"filters",role:"search",children:[n("div",{class:"chips",role:"group","aria-label":"Filter by state",children:[n("button",{type:"button",class:"chip","aria-pressed":r.states.length===0,onClick:()=>Se(null),children:["All ",n("span",{class:"count",children:m?m.total:"…"})]}),Vt.map(u=>n("button",{type:"button",class:`chip chip-${u.toLowerCase()}`,"aria-pressed":r.states.includes(u),"data-state-count":u,onClick:()=>Se(u),children:[ei(u)," ",n("span",{class:"count",children:m?m.byState[u]:"…"})]},u))]}),n("div",{class:"filter-row",children:[n("div",{class:"field inline",children:[n("label",{for:"board-search",children:"Search"}),n("input",{id:"board-search",type:"search",value:T,placeholder:"Name or description",onInput:u=>{B(u.currentTarget.value),Fe()}})]}),n("div",{class:"field inline",children:[n("label",{for:"board-owner",children:"Owner"}),n("select",{id:"board-owner",value:r.owner,onChange:u=>Ue(cn({...r,owner:u.currentTarget.value})),children:[n("option",{value:"",children:"Anyone"}),n("option",{value:"me",children:"Me"}),ne.filter(u=>u.id!==e.id).map(u=>n("option",{value:u.id,children:u.name},u.id))]})]})]})]}),n(be,{error:c,onRetry:()=>{O()}}),n(be,{error:y}),o===null?!c&&n(Qe,{what:"integrations"}):o.length===0?n("p",{class:"empty",children:["No integration matches. ",Ut(e)&&n(xe,{href:"/integrations/new",children:"Create one."})]}):n(me,{children:[n("table",{class:"board",children:[n("caption",{class:"visually-hidden",children:"Integrations, newest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Kind"}),n("th",{scope:"col",children:"State"}),n("th",{scope:"col",children:"Owner"}),n("th",{scope:"col",children:"Updated"})]})}),n("tbody",{children:o.map(u=>n("tr",{"data-integration":u.id,children:[n("td",{"data-label":"Name",children:[n(xe,{href:`/integrations/${encodeURIComponent(u.id)}`,class:"name",children:u.name}),u.description&&n("div",{class:"muted small",children:u.description})]}),n("td",{"data-label":"Kind",children:n("code",{children:u.kind})}),n("td",{"data-label":"State",children:n(Ln,{state:u.state})}),n("td",{"data-label":"Owner",children:u.owner?u.owner.id===e.id?"You":u.owner.name:"—"}),n("td",{"data-label":"Updated",children:n("time",{dateTime:u.updatedAt,children:Te(u.updatedAt)})})]},u.id))})]}),n("p",{class:"muted small","aria-live":"polite",children:["Showing ",o.length," of ",l]}),f&&n("button",{type:"button",class:"button",onClick:D,disabled:C,children:C?"Loading…":"Load more"})]})]})}function Ir(e){if(e.trim()==="")return{ok:!1,issue:{path:"",message:"Enter the configuration as a JSON object."}};let t;try{t=JSON.parse(e)}catch(r){return{ok:!1,issue:{path:"",message:`Not valid JSON: ${r instanceof Error?r.message:"not valid JSON"}`}}}return!t||typeof t!="object"||Array.isArray(t)?{ok:!1,issue:{path:"",message:"The configuration must be a JSON object ({ … })."}}:{ok:!0,value:t}}function ht(e){return e&&typeof e=="object"&&!Array.isArray(e)?e:void 0}function Ro(e){return e===null?"null":Array.isArray(e)?"array":typeof e=="number"?Number.isInteger(e)?"integer":"number":typeof e}function ko(e,t){const r=Ro(e);return r===t||t==="number"&&r==="integer"}function wn(e,t,r=""){const i=ht(t);if(!i)return[];const o=[],s=d=>r?`${r}.${d}`:String(d),l=Array.isArray(i.type)?i.type:typeof i.type=="string"?[i.type]:[];if(l.length>0&&!l.some(d=>ko(e,d)))return[{path:r,message:`must be ${l.map(d=>d==="integer"?"a whole number":`a${/^[aeiou]/.test(d)?"n":""} ${d}`).join(" or ")}`}];if(Array.isArray(i.enum)&&!i.enum.some(d=>JSON.stringify(d)===JSON.stringify(e))&&o.push({path:r,message:`must be one of ${i.enum.map(d=>JSON.stringify(d)).join(", ")}`}),typeof e=="string"&&(typeof i.minLength=="number"&&[...e].length<i.minLength&&o.push({path:r,message:`must be at least ${i.minLength} characters`}),typeof i.maxLength=="number"&&[...e].length>i.maxLength&&o.push({path:r,message:`must be at most ${i.maxLength} characters`}),typeof i.pattern=="string"))try{new RegExp(i.pattern,"u").test(e)||o.push({path:r,message:`must match ${i.pattern}`})}catch{}if(typeof e=="number"&&(typeof i.minimum=="number"&&e<i.minimum&&o.push({path:r,message:`must be at least ${i.minimum}`}),typeof i.maximum=="number"&&e>i.maximum&&o.push({path:r,message:`must be at most ${i.maximum}`})),Array.isArray(e)&&i.items&&e.forEach((d,f)=>o.push(...wn(d,i.items,s(f)))),e&&typeof e=="object"&&!Array.isArray(e)){const d=e,f=ht(i.properties)??{};for(const h of Array.isArray(i.required)?i.required:[])h in d||o.push({path:s(h),message:"is required"});for(const[h,m]of Object.entries(d))h in f?o.push(...wn(m,f[h],s(h))):i.additionalProperties===!1&&o.push({path:s(h),message:"is not a field of this kind"})}return o}function xo(e){const t=ht(e),r=ht(t?.properties)??{},i=Array.isArray(t?.required)?t.required:[];return Object.entries(r).map(([o,s])=>{const l=ht(s)??{};return{name:o,type:Array.isArray(l.type)?l.type.join(" | "):String(l.type??"any"),description:typeof l.description=="string"?l.description:"",required:i.includes(o),secret:l.writeOnly===!0,defaultValue:l.default}})}const Sr=["kind","name","description","prompt","config"];function ln(e){return JSON.stringify(e??{},null,2)}function lt({id:e,messages:t}){return!t||t.length===0?null:n("ul",{id:e,class:"field-error",role:"alert",children:t.map(r=>n("li",{children:r},r))})}function Co({user:e}){Wt("New integration");const[t,r]=N(null),[i,o]=N(null),[s,l]=N(""),[d,f]=N(""),[h,m]=N(""),[_,c]=N(""),[p,y]=N("{}"),[w,C]=N(!1),[S,T]=N({}),[B,ne]=N(null),[K,q]=N(!1),pe=()=>{o(null),ke(Qs).then(u=>{const v=u.data?.integrationKinds??[];r(v);const k=v[0];k&&!s&&(l(k.name),y(ln(k.exampleConfig)))},u=>o(u))};le(pe,[]);const z=t?.find(u=>u.name===s),O=pt(()=>xo(z?.configSchema),[z]),V=pt(()=>{const u=Ir(p);return u.ok?z?wn(u.value,z.configSchema):[]:[u.issue]},[p,z]);if(!Ut(e))return n(_t,{children:["Your role (",e.role,") may read integrations but not create them."]});const se=u=>{l(u);const v=t?.find(k=>k.name===u);v&&!w&&y(ln(v.exampleConfig)),T(k=>({...k,kind:[],config:[]}))},Fe=async u=>{u.preventDefault(),ne(null);const v=Ir(p);if(!v.ok){T({config:[v.issue.message]}),document.getElementById("config")?.focus();return}q(!0);try{const k=await ve(Ms,{input:{kind:s,name:d,description:h.trim()===""?null:h,prompt:_,config:v.value}});Ue(`/integrations/${encodeURIComponent(k.createIntegration.id)}`)}catch(k){const G=k instanceof Ie?k.errors:[],W=pn(G);T(W);const U=ls(G,Sr);U.length>0?ne(Je(U)):G.length===0&&ne(k);const ye=Sr.find(Ce=>W[Ce]?.length);ye&&document.getElementById(ye)?.focus()}finally{q(!1)}},Se=(u,v)=>[v,S[u]?.length?`${u}-error`:""].filter(Boolean).join(" ")||void 0,D=u=>S[u]?.length?"true":void 0;return n("section",{"aria-labelledby":"create-title",class:"create",children:[n("div",{class:"page-head",children:[n("h1",{id:"create-title",children:"New integration"}),n(xe,{href:"/",children:"Back to the board"})]}),n(be,{error:i,onRetry:pe}),t===null?!i&&n(Qe,{what:"integration kinds"}):n("form",{class:"form card",onSubmit:Fe,noValidate:!0,children:[n(be,{error:B}),n("fieldset",{class:"field",children:[n("legend",{children:"Kind"}),n("div",{class:"kinds",children:t.map(u=>n("label",{class:`kind-option${u.name===s?" selected":""}`,children:[n("input",{type:"radio",name:"kind",id:u.name===s?"kind":void 0,value:u.name,checked:u.name===s,onChange:()=>se(u.name)}),n("span",{children:[n("strong",{children:n("code",{children:u.name})}),n("small",{class:"help",children:u.description})]})]},u.name))}),n(lt,{id:"kind-error",messages:S.kind})]}),n("div",{class:"field",children:[n("label",{for:"name",children:"Name"}),n("input",{id:"name",value:d,maxLength:100,required:!0,"aria-invalid":D("name"),"aria-describedby":Se("name"),onInput:u=>f(u.currentTarget.value)})]}),n(lt,{id:"name-error",messages:S.name}),n("div",{class:"field",children:[n("label",{for:"description",children:["Description ",n("small",{class:"muted",children:"(optional)"})]}),n("input",{id:"description",value:h,"aria-invalid":D("description"),"aria-describedby":Se("description"),onInput:u=>m(u.currentTarget.value)})]}),n(lt,{id:"description-error",messages:S.description}),n("div",{class:"field",children:[n("label",{for:"prompt",children:"Prompt"}),n("textarea",{id:"prompt",rows:5,value:_,required:!0,placeholder:"What the integration must do","aria-invalid":D("prompt"),"aria-describedby":Se("prompt","prompt-help"),onInput:u=>c(u.currentTarget.value)}),n("small",{id:"prompt-help",class:"help",children:"Sent to the code generator as the integration's requirements."})]}),n(lt,{id:"prompt-error",messages:S.prompt}),n("div",{class:"config-editor",children:[n("div",{class:"field",children:[n("label",{for:"config",children:"Configuration (JSON)"}),n("textarea",{id:"config",class:"mono",rows:12,spellcheck:!1,value:p,"aria-invalid":D("config")??(V.length>0?"true":void 0),"aria-describedby":Se("config","config-check"),onInput:u=>{y(u.currentTarget.value),C(!0)}})]}),n("div",{id:"config-check",class:V.length>0?"config-issues":"config-ok","aria-live":"polite",children:V.length===0?n("span",{children:["✓ Matches the ",s," schema"]}):n("ul",{children:V.map(u=>n("li",{children:[u.path?n("code",{children:u.path}):"Configuration"," ",u.message]},`${u.path}:${u.message}`))})}),n(lt,{id:"config-error",messages:S.config}),z&&n("details",{class:"schema-help",children:[n("summary",{children:["Fields of ",z.name]}),n("dl",{children:O.map(u=>n("div",{children:[n("dt",{children:[n("code",{children:u.name})," ",n("small",{class:"muted",children:u.type}),u.required&&n("small",{class:"tag",children:"required"}),u.secret&&n("small",{class:"tag",children:"secret"})]}),n("dd",{children:[u.description,u.defaultValue!==void 0&&n(me,{children:[" (default ",JSON.stringify(u.defaultValue),")"]})]})]},u.name))}),n("button",{type:"button",class:"button small",onClick:()=>{y(ln(z.exampleConfig)),C(!1)},children:"Use the example"})]})]}),n("div",{class:"form-actions",children:n("button",{type:"submit",class:"button primary",disabled:K,children:K?"Creating…":"Create and start the pipeline"})})]})]})}function $o(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var dn,Ar;function Oo(){if(Ar)return dn;Ar=1;function e(a){return a instanceof Map?a.clear=a.delete=a.set=function(){throw new Error("map is read-only")}:a instanceof Set&&(a.add=a.clear=a.delete=function(){throw new Error("set is read-only")}),Object.freeze(a),Object.getOwnPropertyNames(a).forEach(g=>{const E=a[g],M=typeof E;(M==="object"||M==="function")&&!Object.isFrozen(E)&&e(E)}),a}class t{constructor(g){g.data===void 0&&(g.data={}),this.data=g.data,this.isMatchIgnored=!1}ignoreMatch(){this.isMatchIgnored=!0}}function r(a){return a.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&#x27;")}function i(a,...g){const E=Object.create(null);for(const M in a)E[M]=a[M];return g.forEach(function(M){for(const re in M)E[re]=M[re]}),E}const o="</span>",s=a=>!!a.scope,l=(a,{prefix:g})=>{if(a.startsWith("language:"))return a.replace("language:","language-");if(a.includes(".")){const E=a.split(".");return[`${g}${E.shift()}`,...E.map((M,re)=>`${M}${"_".repeat(re+1)}`)].join(" ")}return`${g}${a}`};class d{constructor(g,E){this.buffer="",this.classPrefix=E.classPrefix,g.walk(this)}addText(g){this.buffer+=r(g)}openNode(g){if(!s(g))return;const E=l(g.scope,{prefix:this.classPrefix});this.span(E)}closeNode(g){s(g)&&(this.buffer+=o)}value(){return this.buffer}span(g){this.buffer+=`<span class="${g}">`}}const f=(a={})=>{const g={children:[]};return Object.assign(g,a),g};class h{constructor(){this.rootNode=f(),this.stack=[this.rootNode]}get top(){return this.stack[this.stack.length-1]}get root(){return this.rootNode}add(g){this.top.children.push(g)}openNode(g){const E=f({scope:g});this.add(E),this.stack.push(E)}closeNode(){if(this.stack.length>1)return this.stack.pop()}closeAllNodes(){for(;this.closeNode(););}toJSON(){return JSON.stringify(this.rootNode,null,4)}walk(g){return this.constructor._walk(g,this.rootNode)}static _walk(g,E){return typeof E=="string"?g.addText(E):E.children&&(g.openNode(E),E.children.forEach(M=>this._walk(g,M)),g.closeNode(E)),g}static _collapse(g){typeof g!="string"&&g.children&&(g.children.every(E=>typeof E=="string")?g.children=[g.children.join("")]:g.children.forEach(E=>{h._collapse(E)}))}}class m extends h{constructor(g){super(),this.options=g}addText(g){g!==""&&this.add(g)}startScope(g){this.openNode(g)}endScope(){this.closeNode()}__addSublanguage(g,E){const M=g.root;E&&(M.scope=`language:${E}`),this.add(M)}toHTML(){return new d(this,this.options).value()}finalize(){return this.closeAllNodes(),!0}}function _(a){return a?typeof a=="string"?a:a.source:null}function c(a){return w("(?=",a,")")}function p(a){return w("(?:",a,")*")}function y(a){return w("(?:",a,")?")}function w(...a){return a.map(E=>_(E)).join("")}function C(a){const g=a[a.length-1];return typeof g=="object"&&g.constructor===Object?(a.splice(a.length-1,1),g):{}}function S(...a){return"("+(C(a).capture?"":"?:")+a.map(M=>_(M)).join("|")+")"}function T(a){return new RegExp(a.toString()+"|").exec("").length-1}function B(a,g){const E=a&&a.exec(g);return E&&E.index===0}const ne=new RegExp(S(/\[(?:[^\\\]]|\\.)*\]/,/\(\?<(?![=!])[^>]+>/,/\(\?'[^']+'/,/\(\??/,/\\([1-9][0-9]*)/,/\\./));function K(a,{joinWith:g}){let E=0;return a.map(M=>{E+=1;const re=E;let ie=_(M),R="";for(;ie.length>0;){const A=ne.exec(ie);if(!A){R+=ie;break}R+=ie.substring(0,A.index),ie=ie.substring(A.index+A[0].length),A[0][0]==="\\"&&A[1]?R+="\\"+String(Number(A[1])+re):(R+=A[0],(A[0]==="("||/^\(\?[<']/.test(A[0]))&&E++)}return R}).map(M=>`(${M})`).join(g)}const q=/\b\B/,pe="[a-zA-Z]\\w*",z="[a-zA-Z_]\\w*",O="\\b\\d+(\\.\\d+)?",V="(-?)(\\b0[xX][a-fA-F0-9]+|(\\b\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?)",se="\\b(0b[01]+)",Fe="!|!=|!==|%|%=|&|&&|&=|\\*|\\*=|\\+|\\+=|,|-|-=|/=|/|:|;|<<|<<=|<=|<|===|==|=|>>>=|>>=|>=|>>>|>>|>|\\?|\\[|\\{|\\(|\\^|\\^=|\\||\\|=|\\|\\||~",Se=(a={})=>{const g=/^#![ ]*\//;return a.binary&&(a.begin=w(g,/.*\b/,a.binary,/\b.*/)),i({scope:"meta",begin:g,end:/$/,relevance:0,"on:begin":(E,M)=>{E.index!==0&&M.ignoreMatch()}},a)},D={begin:"\\\\[\\s\\S]",relevance:0},u={scope:"string",begin:"'",end:"'",illegal:"\\n",contains:[D]},v={scope:"string",begin:'"',end:'"',illegal:"\\n",contains:[D]},k={begin:/\b(a|an|the|are|I'm|isn't|don't|doesn't|won't|but|just|should|pretty|simply|enough|gonna|going|wtf|so|such|will|you|your|they|like|more)\b/},G=function(a,g,E={}){const M=i({scope:"comment",begin:a,end:g,contains:[]},E);M.contains.push({scope:"doctag",begin:"[ ]*(?=(TODO|FIXME|NOTE|BUG|OPTIMIZE|HACK|XXX):)",end:/(TODO|FIXME|NOTE|BUG|OPTIMIZE|HACK|XXX):/,excludeBegin:!0,relevance:0});const re=S("I","a","is","so","us","to","at","if","in","it","on",/[A-Za-z]+['](d|ve|re|ll|t|s|n)/,/[A-Za-z]+[-][a-z]+/,/[A-Za-z][a-z]{2,}/);return M.contains.push({begin:w(/[ ]+/,"(",re,/[.]?[:]?([.][ ]|[ ])/,"){3}")}),M},W=G("//","$"),U=G("/\\*","\\*/"),ye=G("#","$"),Ce={scope:"number",begin:O,relevance:0},Ze={scope:"number",begin:V,relevance:0},Ge={scope:"number",begin:se,relevance:0},he={scope:"regexp",begin:/\/(?=[^/\n]*\/)/,end:/\/[gimuy]*/,contains:[D,{begin:/\[/,end:/\]/,relevance:0,contains:[D]}]},de={scope:"title",begin:pe,relevance:0},bt={scope:"title",begin:z,relevance:0},Bn={begin:"\\.\\s*"+z,relevance:0};var yt=Object.freeze({__proto__:null,APOS_STRING_MODE:u,BACKSLASH_ESCAPE:D,BINARY_NUMBER_MODE:Ge,BINARY_NUMBER_RE:se,COMMENT:G,C_BLOCK_COMMENT_MODE:U,C_LINE_COMMENT_MODE:W,C_NUMBER_MODE:Ze,C_NUMBER_RE:V,END_SAME_AS_BEGIN:function(a){return Object.assign(a,{"on:begin":(g,E)=>{E.data._beginMatch=g[1]},"on:end":(g,E)=>{E.data._beginMatch!==g[1]&&E.ignoreMatch()}})},HASH_COMMENT_MODE:ye,IDENT_RE:pe,MATCH_NOTHING_RE:q,METHOD_GUARD:Bn,NUMBER_MODE:Ce,NUMBER_RE:O,PHRASAL_WORDS_MODE:k,QUOTE_STRING_MODE:v,REGEXP_MODE:he,RE_STARTERS_RE:Fe,SHEBANG:Se,TITLE_MODE:de,UNDERSCORE_IDENT_RE:z,UNDERSCORE_TITLE_MODE:bt});function ri(a,g){a.input[a.index-1]==="."&&g.ignoreMatch()}function ii(a,g){a.className!==void 0&&(a.scope=a.className,delete a.className)}function si(a,g){g&&a.beginKeywords&&(a.begin="\\b("+a.beginKeywords.split(" ").join("|")+")(?!\\.)(?=\\b|\\s)",a.__beforeBegin=ri,a.keywords=a.keywords||a.beginKeywords,delete a.beginKeywords,a.relevance===void 0&&(a.relevance=0))}function oi(a,g){Array.isArray(a.illegal)&&(a.illegal=S(...a.illegal))}function ai(a,g){if(a.match){if(a.begin||a.end)throw new Error("begin & end are not supported with match");a.begin=a.match,delete a.match}}function ci(a,g){a.relevance===void 0&&(a.relevance=1)}const li=(a,g)=>{if(!a.beforeMatch)return;if(a.starts)throw new Error("beforeMatch cannot be used with starts");const E=Object.assign({},a);Object.keys(a).forEach(M=>{delete a[M]}),a.keywords=E.keywords,a.begin=w(E.beforeMatch,c(E.begin)),a.starts={relevance:0,contains:[Object.assign(E,{endsParent:!0})]},a.relevance=0,delete E.beforeMatch},di=["of","and","for","in","not","or","if","then","parent","list","value"],ui="keyword";function Fn(a,g,E=ui){const M=Object.create(null);return typeof a=="string"?re(E,a.split(" ")):Array.isArray(a)?re(E,a):Object.keys(a).forEach(function(ie){Object.assign(M,Fn(a[ie],g,ie))}),M;function re(ie,R){g&&(R=R.map(A=>A.toLowerCase())),R.forEach(function(A){const L=A.split("|");M[L[0]]=[ie,hi(L[0],L[1])]})}}function hi(a,g){return g?Number(g):fi(a)?0:1}function fi(a){return di.includes(a.toLowerCase())}const Gn={},Ke=a=>{console.error(a)},Hn=(a,...g)=>{console.log(`WARN: ${a}`,...g)},et=(a,g)=>{Gn[`${a}/${g}`]||(console.log(`Deprecated as of ${a}. ${g}`),Gn[`${a}/${g}`]=!0)},Et=new Error;function qn(a,g,{key:E}){let M=0;const re=a[E],ie={},R={};for(let A=1;A<=g.length;A++)R[A+M]=re[A],ie[A+M]=!0,M+=T(g[A-1]);a[E]=R,a[E]._emit=ie,a[E]._multi=!0}function pi(a){if(Array.isArray(a.begin)){if(a.skip||a.excludeBegin||a.returnBegin)throw Ke("skip, excludeBegin, returnBegin not compatible with beginScope: {}"),Et;if(typeof a.beginScope!="object"||a.beginScope===null)throw Ke("beginScope must be object"),Et;qn(a,a.begin,{key:"beginScope"}),a.begin=K(a.begin,{joinWith:""})}}function gi(a){if(Array.isArray(a.end)){if(a.skip||a.excludeEnd||a.returnEnd)throw Ke("skip, excludeEnd, returnEnd not compatible with endScope: {}"),Et;if(typeof a.endScope!="object"||a.endScope===null)throw Ke("endScope must be object"),Et;qn(a,a.end,{key:"endScope"}),a.end=K(a.end,{joinWith:""})}}function mi(a){a.scope&&typeof a.scope=="object"&&a.scope!==null&&(a.beginScope=a.scope,delete a.scope)}function _i(a){mi(a),typeof a.beginScope=="string"&&(a.beginScope={_wrap:a.beginScope}),typeof a.endScope=="string"&&(a.endScope={_wrap:a.endScope}),pi(a),gi(a)}function bi(a){function g(R,A){return new RegExp(_(R),"m"+(a.case_insensitive?"i":"")+(a.unicodeRegex?"u":"")+(A?"g":""))}class E{constructor(){this.matchIndexes={},this.regexes=[],this.matchAt=1,this.position=0}addRule(A,L){L.position=this.position++,this.matchIndexes[this.matchAt]=L,this.regexes.push([L,A]),this.matchAt+=T(A)+1}compile(){this.regexes.length===0&&(this.exec=()=>null);const A=this.regexes.map(L=>L[1]);this.matcherRe=g(K(A,{joinWith:"|"}),!0),this.lastIndex=0}exec(A){this.matcherRe.lastIndex=this.lastIndex;const L=this.matcherRe.exec(A);if(!L)return null;const fe=L.findIndex((at,Qt)=>Qt>0&&at!==void 0),oe=this.matchIndexes[fe];return L.splice(0,fe),Object.assign(L,oe)}}class M{constructor(){this.rules=[],this.multiRegexes=[],this.count=0,this.lastIndex=0,this.regexIndex=0}getMatcher(A){if(this.multiRegexes[A])return this.multiRegexes[A];const L=new E;return this.rules.slice(A).forEach(([fe,oe])=>L.addRule(fe,oe)),L.compile(),this.multiRegexes[A]=L,L}resumingScanAtSamePosition(){return this.regexIndex!==0}considerAll(){this.regexIndex=0}addRule(A,L){this.rules.push([A,L]),L.type==="begin"&&this.count++}exec(A){const L=this.getMatcher(this.regexIndex);L.lastIndex=this.lastIndex;let fe=L.exec(A);if(this.resumingScanAtSamePosition()&&!(fe&&fe.index===this.lastIndex)){const oe=this.getMatcher(0);oe.lastIndex=this.lastIndex+1,fe=oe.exec(A)}return fe&&(this.regexIndex+=fe.position+1,this.regexIndex===this.count&&this.considerAll()),fe}}function re(R){const A=new M;return R.contains.forEach(L=>A.addRule(L.begin,{rule:L,type:"begin"})),R.terminatorEnd&&A.addRule(R.terminatorEnd,{type:"end"}),R.illegal&&A.addRule(R.illegal,{type:"illegal"}),A}function ie(R,A){const L=R;if(R.isCompiled)return L;[ii,ai,_i,li].forEach(oe=>oe(R,A)),a.compilerExtensions.forEach(oe=>oe(R,A)),R.__beforeBegin=null,[si,oi,ci].forEach(oe=>oe(R,A)),R.isCompiled=!0;let fe=null;return typeof R.keywords=="object"&&R.keywords.$pattern&&(R.keywords=Object.assign({},R.keywords),fe=R.keywords.$pattern,delete R.keywords.$pattern),fe=fe||/\w+/,R.keywords&&(R.keywords=Fn(R.keywords,a.case_insensitive)),L.keywordPatternRe=g(fe,!0),A&&(R.begin||(R.begin=/\B|\b/),L.beginRe=g(L.begin),!R.end&&!R.endsWithParent&&(R.end=/\B|\b/),R.end&&(L.endRe=g(L.end)),L.terminatorEnd=_(L.end)||"",R.endsWithParent&&A.terminatorEnd&&(L.terminatorEnd+=(R.end?"|":"")+A.terminatorEnd)),R.illegal&&(L.illegalRe=g(R.illegal)),R.contains||(R.contains=[]),R.contains=[].concat(...R.contains.map(function(oe){return yi(oe==="self"?R:oe)})),R.contains.forEach(function(oe){ie(oe,L)}),R.starts&&ie(R.starts,A),L.matcher=re(L),L}if(a.compilerExtensions||(a.compilerExtensions=[]),a.contains&&a.contains.includes("self"))throw new Error("ERR: contains `self` is not supported at the top-level of a language.  See documentation.");return a.classNameAliases=i(a.classNameAliases||{}),ie(a)}function jn(a){return a?a.endsWithParent||jn(a.starts):!1}function yi(a){return a.variants&&!a.cachedVariants&&(a.cachedVariants=a.variants.map(function(g){return i(a,{variants:null},g)})),a.cachedVariants?a.cachedVariants:jn(a)?i(a,{starts:a.starts?i(a.starts):null}):Object.isFrozen(a)?i(a):a}var Ei="11.12.0";class wi extends Error{constructor(g,E){super(g),this.name="HTMLInjectionError",this.html=E}}const Jt=r,Wn=i,Kn=Symbol("nomatch"),vi=7,Vn=function(a){const g=Object.create(null),E=Object.create(null),M=[];let re=!0;const ie="Could not find the language '{}', did you forget to load/include a language module?",R={disableAutodetect:!0,name:"Plain text",contains:[]};let A={ignoreUnescapedHTML:!1,throwUnescapedHTML:!1,noHighlightRe:/^(no-?highlight)$/i,languageDetectRe:/\blang(?:uage)?-([\w-]+)\b/i,classPrefix:"hljs-",cssSelector:"pre code",languages:null,__emitter:m};function L(b){return A.noHighlightRe.test(b)}function fe(b){let $=b.className+" ";$+=b.parentNode?b.parentNode.className:"";const H=A.languageDetectRe.exec($);if(H){const X=He(H[1]);return X||(Hn(ie.replace("{}",H[1])),Hn("Falling back to no-highlight mode for this block.",b)),X?H[1]:"no-highlight"}return $.split(/\s+/).find(X=>L(X)||He(X))}function oe(b,$,H){let X="",ue="";typeof $=="object"?(X=b,H=$.ignoreIllegals,ue=$.language):(et("10.7.0","highlight(lang, code, ...args) has been deprecated."),et("10.7.0",`Please use highlight(code, options) instead.
https://github.com/highlightjs/highlight.js/issues/2277`),ue=b,X=$),H===void 0&&(H=!0);const Re={code:X,language:ue};vt("before:highlight",Re);const qe=Re.result?Re.result:at(Re.language,Re.code,H);return qe.code=Re.code,vt("after:highlight",qe),qe}function at(b,$,H,X){const ue=Object.create(null);function Re(I,x){return I.keywords[x]}function qe(){if(!P.keywords){ge.addText(Z);return}let I=0;P.keywordPatternRe.lastIndex=0;let x=P.keywordPatternRe.exec(Z),F="";for(;x;){F+=Z.substring(I,x.index);const Y=Oe.case_insensitive?x[0].toLowerCase():x[0],_e=Re(P,Y);if(_e){const[Me,Ui]=_e;if(ge.addText(F),F="",ue[Y]=(ue[Y]||0)+1,ue[Y]<=vi&&(At+=Ui),Me.startsWith("_"))F+=x[0];else{const Fi=Oe.classNameAliases[Me]||Me;$e(x[0],Fi)}}else F+=x[0];I=P.keywordPatternRe.lastIndex,x=P.keywordPatternRe.exec(Z)}F+=Z.substring(I),ge.addText(F)}function It(){if(Z==="")return;let I=null;if(typeof P.subLanguage=="string"){if(!g[P.subLanguage]){ge.addText(Z);return}I=at(P.subLanguage,Z,!0,tr[P.subLanguage]),tr[P.subLanguage]=I._top}else I=Xt(Z,P.subLanguage.length?P.subLanguage:null);P.relevance>0&&(At+=I.relevance),ge.__addSublanguage(I._emitter,I.language)}function we(){P.subLanguage!=null?It():qe(),Z=""}function $e(I,x){I!==""&&(ge.startScope(x),ge.addText(I),ge.endScope())}function Qn(I,x){let F=1;const Y=x.length-1;for(;F<=Y;){if(!I._emit[F]){F++;continue}const _e=Oe.classNameAliases[I[F]]||I[F],Me=x[F];_e?$e(Me,_e):(Z=Me,qe(),Z=""),F++}}function Xn(I,x){return I.scope&&typeof I.scope=="string"&&ge.openNode(Oe.classNameAliases[I.scope]||I.scope),I.beginScope&&(I.beginScope._wrap?($e(Z,Oe.classNameAliases[I.beginScope._wrap]||I.beginScope._wrap),Z=""):I.beginScope._multi&&(Qn(I.beginScope,x),Z="")),P=Object.create(I,{parent:{value:P}}),P}function Zn(I,x,F){let Y=B(I.endRe,F);if(Y){if(I["on:end"]){const _e=new t(I);I["on:end"](x,_e),_e.isMatchIgnored&&(Y=!1)}if(Y){for(;I.endsParent&&I.parent;)I=I.parent;return I}}if(I.endsWithParent)return Zn(I.parent,x,F)}function Di(I){return P.matcher.regexIndex===0?(Z+=I[0],1):(nn=!0,0)}function Li(I){const x=I[0],F=I.rule,Y=new t(F),_e=[F.__beforeBegin,F["on:begin"]];for(const Me of _e)if(Me&&(Me(I,Y),Y.isMatchIgnored))return Di(x);return F.skip?Z+=x:(F.excludeBegin&&(Z+=x),we(),!F.returnBegin&&!F.excludeBegin&&(Z=x)),Xn(F,I),F.returnBegin?0:x.length}function Mi(I){const x=I[0],F=$.substring(I.index),Y=Zn(P,I,F);if(!Y)return Kn;const _e=P;P.endScope&&P.endScope._wrap?(we(),$e(x,P.endScope._wrap)):P.endScope&&P.endScope._multi?(we(),Qn(P.endScope,I)):_e.skip?Z+=x:(_e.returnEnd||_e.excludeEnd||(Z+=x),we(),_e.excludeEnd&&(Z=x));do P.scope&&ge.closeNode(),!P.skip&&!P.subLanguage&&(At+=P.relevance),P=P.parent;while(P!==Y.parent);return Y.starts&&Xn(Y.starts,I),_e.returnEnd?0:x.length}function Pi(){const I=[];for(let x=P;x!==Oe;x=x.parent)x.scope&&I.unshift(x.scope);I.forEach(x=>ge.openNode(x))}let St={};function er(I,x){const F=x&&x[0];if(Z+=I,F==null)return we(),0;if(St.type==="begin"&&x.type==="end"&&St.index===x.index&&F===""){if(Z+=$.slice(x.index,x.index+1),!re){const Y=new Error(`0 width match regex (${b})`);throw Y.languageName=b,Y.badRule=St.rule,Y}return 1}if(St=x,x.type==="begin")return Li(x);if(x.type==="illegal"&&!H){const Y=new Error('Illegal lexeme "'+F+'" for mode "'+(P.scope||"<unnamed>")+'"');throw Y.mode=P,Y}else if(x.type==="end"){const Y=Mi(x);if(Y!==Kn)return Y}if(x.type==="illegal"&&F==="")return x.index===$.length||(Z+=`
`),1;if(tn>1e5&&tn>x.index*3)throw new Error("potential infinite loop, way more iterations than matches");return Z+=F,F.length}const Oe=He(b);if(!Oe)throw Ke(ie.replace("{}",b)),new Error('Unknown language: "'+b+'"');const Bi=bi(Oe);let en="",P=X||Bi;const tr={},ge=new A.__emitter(A);Pi();let Z="",At=0,Ve=0,tn=0,nn=!1;try{if(Oe.__emitTokens)Oe.__emitTokens($,ge);else{for(P.matcher.considerAll();;){tn++,nn?nn=!1:P.matcher.considerAll(),P.matcher.lastIndex=Ve;const I=P.matcher.exec($);if(!I)break;const x=$.substring(Ve,I.index),F=er(x,I);Ve=I.index+F}er($.substring(Ve))}return ge.finalize(),en=ge.toHTML(),{language:b,value:en,relevance:At,illegal:!1,_emitter:ge,_top:P}}catch(I){if(I.message&&I.message.includes("Illegal"))return{language:b,value:Jt($),illegal:!0,relevance:0,_illegalBy:{message:I.message,index:Ve,context:$.slice(Ve-100,Ve+100),mode:I.mode,resultSoFar:en},_emitter:ge};if(re)return{language:b,value:Jt($),illegal:!1,relevance:0,errorRaised:I,_emitter:ge,_top:P};throw I}}function Qt(b){const $={value:Jt(b),illegal:!1,relevance:0,_top:R,_emitter:new A.__emitter(A)};return $._emitter.addText(b),$}function Xt(b,$){$=$||A.languages||Object.keys(g);const H=Qt(b),X=$.filter(He).filter(Jn).map(we=>at(we,b,!1));X.unshift(H);const ue=X.sort((we,$e)=>{if(we.relevance!==$e.relevance)return $e.relevance-we.relevance;if(we.language&&$e.language){if(He(we.language).supersetOf===$e.language)return 1;if(He($e.language).supersetOf===we.language)return-1}return 0}),[Re,qe]=ue,It=Re;return It.secondBest=qe,It}function Ii(b,$,H){const X=$&&E[$]||H;b.classList.add("hljs"),b.classList.add(`language-${X}`)}function Zt(b){let $=null;const H=fe(b);if(L(H))return;if(vt("before:highlightElement",{el:b,language:H}),b.dataset.highlighted){console.log("Element previously highlighted. To highlight again, first unset `dataset.highlighted`.",b);return}if(b.children.length>0&&(A.ignoreUnescapedHTML||(console.warn("One of your code blocks includes unescaped HTML. This is a potentially serious security risk."),console.warn("https://github.com/highlightjs/highlight.js/wiki/security"),console.warn("The element with unescaped HTML:"),console.warn(b)),A.throwUnescapedHTML))throw new wi("One of your code blocks includes unescaped HTML.",b.innerHTML);$=b;const X=$.textContent,ue=H?oe(X,{language:H,ignoreIllegals:!0}):Xt(X);b.innerHTML=ue.value,b.dataset.highlighted="yes",Ii(b,H,ue.language),b.result={language:ue.language,re:ue.relevance,relevance:ue.relevance},ue.secondBest&&(b.secondBest={language:ue.secondBest.language,relevance:ue.secondBest.relevance}),vt("after:highlightElement",{el:b,result:ue,text:X})}function Si(b){A=Wn(A,b)}const Ai=()=>{wt(),et("10.6.0","initHighlighting() deprecated.  Use highlightAll() now.")};function Ni(){wt(),et("10.6.0","initHighlightingOnLoad() deprecated.  Use highlightAll() now.")}let zn=!1;function wt(){function b(){wt()}if(document.readyState==="loading"){zn||window.addEventListener("DOMContentLoaded",b,!1),zn=!0;return}document.querySelectorAll(A.cssSelector).forEach(Zt)}function Ti(b,$){let H=null;try{H=$(a)}catch(X){if(Ke("Language definition for '{}' could not be registered.".replace("{}",b)),re)Ke(X);else throw X;H=R}H.name||(H.name=b),g[b]=H,H.rawDefinition=$.bind(null,a),H.aliases&&Yn(H.aliases,{languageName:b})}function Ri(b){delete g[b];for(const $ of Object.keys(E))E[$]===b&&delete E[$]}function ki(){return Object.keys(g)}function He(b){return b=(b||"").toLowerCase(),g[b]||g[E[b]]}function Yn(b,{languageName:$}){typeof b=="string"&&(b=[b]),b.forEach(H=>{E[H.toLowerCase()]=$})}function Jn(b){const $=He(b);return $&&!$.disableAutodetect}function xi(b){b["before:highlightBlock"]&&!b["before:highlightElement"]&&(b["before:highlightElement"]=$=>{b["before:highlightBlock"](Object.assign({block:$.el},$))}),b["after:highlightBlock"]&&!b["after:highlightElement"]&&(b["after:highlightElement"]=$=>{b["after:highlightBlock"](Object.assign({block:$.el},$))})}function Ci(b){xi(b),M.push(b)}function $i(b){const $=M.indexOf(b);$!==-1&&M.splice($,1)}function vt(b,$){const H=b;M.forEach(function(X){X[H]&&X[H]($)})}function Oi(b){return et("10.7.0","highlightBlock will be removed entirely in v12.0"),et("10.7.0","Please use highlightElement now."),Zt(b)}Object.assign(a,{highlight:oe,highlightAuto:Xt,highlightAll:wt,highlightElement:Zt,highlightBlock:Oi,configure:Si,initHighlighting:Ai,initHighlightingOnLoad:Ni,registerLanguage:Ti,unregisterLanguage:Ri,listLanguages:ki,getLanguage:He,registerAliases:Yn,autoDetection:Jn,inherit:Wn,addPlugin:Ci,removePlugin:$i}),a.debugMode=function(){re=!1},a.safeMode=function(){re=!0},a.versionString=Ei,a.regex={concat:w,lookahead:c,either:S,optional:y,anyNumberOfTimes:p};for(const b in yt)typeof yt[b]=="object"&&e(yt[b]);return Object.assign(a,yt),a},tt=Vn({});return tt.newInstance=()=>Vn({}),dn=tt,tt.HighlightJS=tt,tt.default=tt,dn}var Do=Oo();const Xe=$o(Do);function Lo(e){const t=e.regex,r={},i={begin:/\$\{/,end:/\}/,contains:["self",{begin:/:-/,contains:[r]}]};Object.assign(r,{className:"variable",variants:[{begin:t.concat(/\$[\w\d#@][\w\d_]*/,"(?![\\w\\d])(?![$])")},i]});const o={className:"subst",begin:/\$\(/,end:/\)/,contains:[e.BACKSLASH_ESCAPE]},s=e.inherit(e.COMMENT(),{match:[/(^|\s)/,/#.*$/],scope:{2:"comment"}}),l={begin:/<<-?\s*(?=\w+)/,starts:{contains:[e.END_SAME_AS_BEGIN({begin:/(\w+)/,end:/(\w+)/,className:"string"})]}},d={className:"string",begin:/"/,end:/"/,contains:[e.BACKSLASH_ESCAPE,r,o]};o.contains.push(d);const f={match:/\\"/},h={className:"string",begin:/'/,end:/'/},m={match:/\\'/},_={begin:/\$?\(\(/,end:/\)\)/,contains:[{begin:/\d+#[0-9a-f]+/,className:"number"},e.NUMBER_MODE,r]},c=["fish","bash","zsh","sh","csh","ksh","tcsh","dash","scsh"],p=e.SHEBANG({binary:`(${c.join("|")})`,relevance:10}),y={className:"function",begin:/\w[\w\d_]*\s*\(\s*\)\s*\{/,returnBegin:!0,contains:[e.inherit(e.TITLE_MODE,{begin:/\w[\w\d_]*/})],relevance:0},w=["if","then","else","elif","fi","time","for","while","until","in","do","done","case","esac","coproc","function","select"],C=["true","false"],S={match:/(\/[a-z._-]+)+/},T=["break","cd","continue","eval","exec","exit","export","getopts","hash","pwd","readonly","return","shift","test","times","trap","umask","unset"],B=["alias","bind","builtin","caller","command","declare","echo","enable","help","let","local","logout","mapfile","printf","read","readarray","source","sudo","type","typeset","ulimit","unalias"],ne=["autoload","bg","bindkey","bye","cap","chdir","clone","comparguments","compcall","compctl","compdescribe","compfiles","compgroups","compquote","comptags","comptry","compvalues","dirs","disable","disown","echotc","echoti","emulate","fc","fg","float","functions","getcap","getln","history","integer","jobs","kill","limit","log","noglob","popd","print","pushd","pushln","rehash","sched","setcap","setopt","stat","suspend","ttyctl","unfunction","unhash","unlimit","unsetopt","vared","wait","whence","where","which","zcompile","zformat","zftp","zle","zmodload","zparseopts","zprof","zpty","zregexparse","zsocket","zstyle","ztcp"],K=["chcon","chgrp","chown","chmod","cp","dd","df","dir","dircolors","ln","ls","mkdir","mkfifo","mknod","mktemp","mv","realpath","rm","rmdir","shred","sync","touch","truncate","vdir","b2sum","base32","base64","cat","cksum","comm","csplit","cut","expand","fmt","fold","head","join","md5sum","nl","numfmt","od","paste","ptx","pr","sha1sum","sha224sum","sha256sum","sha384sum","sha512sum","shuf","sort","split","sum","tac","tail","tr","tsort","unexpand","uniq","wc","arch","basename","chroot","date","dirname","du","echo","env","expr","factor","groups","hostid","id","link","logname","nice","nohup","nproc","pathchk","pinky","printenv","printf","pwd","readlink","runcon","seq","sleep","stat","stdbuf","stty","tee","test","timeout","tty","uname","unlink","uptime","users","who","whoami","yes"];return{name:"Bash",aliases:["sh","zsh"],keywords:{$pattern:/\b[a-z][a-z0-9._-]+\b/,keyword:w,literal:C,built_in:[...T,...B,"set","shopt",...ne,...K]},contains:[p,e.SHEBANG(),y,_,s,l,S,d,f,h,m,r]}}function Mo(e){const t=e.regex,r={className:"number",relevance:0,variants:[{begin:/([+-]+)?[\d]+_[\d_]+/},{begin:e.NUMBER_RE}]},i=e.COMMENT();i.variants=[{begin:/;/,end:/$/},{begin:/#/,end:/$/}];const o={className:"variable",variants:[{begin:/\$[\w\d"][\w\d_]*/},{begin:/\$\{(.*?)\}/}]},s={className:"literal",begin:/\bon|off|true|false|yes|no\b/},l={className:"string",contains:[e.BACKSLASH_ESCAPE],variants:[{begin:"'''",end:"'''",relevance:10},{begin:'"""',end:'"""',relevance:10},{begin:'"',end:'"'},{begin:"'",end:"'"}]},d={begin:/\[/,end:/\]/,contains:[i,s,o,l,r,"self"],relevance:0},f=/[A-Za-z0-9_-]+/,h=/"(\\"|[^"])*"/,m=/'[^']*'/,_=t.either(f,h,m),c=t.concat(_,"(\\s*\\.\\s*",_,")*",t.lookahead(/\s*=\s*[^#\s]/));return{name:"TOML, also INI",aliases:["toml"],case_insensitive:!0,illegal:/\S/,contains:[i,{className:"section",begin:/\[+/,end:/\]+/},{begin:c,className:"attr",starts:{end:/$/,contains:[i,d,s,o,l,r]}}]}}const Po="([-+]?)(\\b0[xX][a-fA-F0-9]+|(\\b\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?)|NaN|[-+]?Infinity",Bo={scope:"number",match:Po,relevance:0};function Uo(e){const t={className:"attr",begin:/(("(\\.|[^\\"\r\n])*")|('(\\.|[^\\'\r\n])*'))(?=\s*:)/,relevance:1.01},r={match:/[{}[\],:]/,className:"punctuation",relevance:0},i=["true","false","null"],o={scope:"literal",beginKeywords:i.join(" ")};return{name:"JSON",aliases:["jsonc","json5"],keywords:{literal:i},contains:[t,r,e.APOS_STRING_MODE,e.QUOTE_STRING_MODE,o,Bo,e.C_LINE_COMMENT_MODE,e.C_BLOCK_COMMENT_MODE],illegal:"\\S"}}function Fo(e){const t=e.regex,r={begin:/<\/?[A-Za-z_]/,end:">",subLanguage:"xml",relevance:0},i={match:/^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/},o={className:"code",variants:[{begin:"(`{3,})[^`](.|\\n)*?\\1`*[ ]*"},{begin:"(~{3,})[^~](.|\\n)*?\\1~*[ ]*"},{begin:"```",end:"```+[ ]*$"},{begin:"~~~",end:"~~~+[ ]*$"},{begin:"`.+?`"},{begin:"(?=^( {4}|\\t))",contains:[{begin:"^( {4}|\\t)",end:"(\\n)$"}],relevance:0}]},s={className:"bullet",begin:"^[ 	]*([*+-]|(\\d+\\.))(?=\\s+)",end:"\\s+",excludeEnd:!0},l={begin:/^\[[^\n]+\]:/,returnBegin:!0,contains:[{className:"symbol",begin:/\[/,end:/\]/,excludeBegin:!0,excludeEnd:!0},{className:"link",begin:/:\s*/,end:/$/,excludeBegin:!0}]},d=/[A-Za-z][A-Za-z0-9+.-]*/,f={variants:[{begin:/\[.+?\]\[.*?\]/,relevance:0},{begin:/\[.+?\]\(((data|javascript|mailto):|(?:http|ftp)s?:\/\/).*?\)/,relevance:2},{begin:t.concat(/\[.+?\]\(/,d,/:\/\/.*?\)/),relevance:2},{begin:/\[.+?\]\([./?&#].*?\)/,relevance:1},{begin:/\[.*?\]\(.*?\)/,relevance:0}],returnBegin:!0,contains:[{match:/\[(?=\])/},{className:"string",relevance:0,begin:"\\[",end:"\\]",excludeBegin:!0,returnEnd:!0},{className:"link",relevance:0,begin:"\\]\\(",end:"\\)",excludeBegin:!0,excludeEnd:!0},{className:"symbol",relevance:0,begin:"\\]\\[",end:"\\]",excludeBegin:!0,excludeEnd:!0}]},h={className:"strong",contains:[],variants:[{begin:/_{2}(?!\s)/,end:/_{2}/},{begin:/\*{2}(?!\s)/,end:/\*{2}/}]},m={className:"emphasis",contains:[],variants:[{begin:/\*(?![*\s])/,end:/\*/},{begin:/_(?![_\s])/,end:/_/,relevance:0}]},_=e.inherit(h,{contains:[]}),c=e.inherit(m,{contains:[]});h.contains.push(c),m.contains.push(_);let p=[r,f];return[h,m,_,c].forEach(S=>{S.contains=S.contains.concat(p)}),p=p.concat(h,m),{name:"Markdown",aliases:["md","mkdown","mkd"],contains:[{className:"section",variants:[{begin:"^#{1,6}",end:"$",contains:p},{begin:"(?=^.+?\\n[=-]{2,}$)",contains:[{begin:"^[=-]*$"},{begin:"^",end:"\\n",contains:p}]}]},r,s,i,h,m,{className:"quote",begin:"^>\\s+",contains:p,end:"$"},o,f,l,{scope:"literal",match:/&([a-zA-Z0-9]+|#[0-9]{1,7}|#[Xx][0-9a-fA-F]{1,6});/}]}}function Go(e){const t=e.regex,r=/[\p{XID_Start}_]\p{XID_Continue}*/u,i=["and","as","assert","async","await","break","case","class","continue","def","del","elif","else","except","finally","for","from","global","if","import","in","is","lambda","lazy","match","nonlocal|10","not","or","pass","raise","return","try","while","with","yield"],d={$pattern:/[A-Za-z]\w+|__\w+__/,keyword:i,built_in:["__import__","abs","aiter","all","anext","any","ascii","bin","bool","breakpoint","bytearray","bytes","callable","chr","classmethod","compile","complex","delattr","dict","dir","divmod","enumerate","eval","exec","filter","float","format","frozendict","frozenset","getattr","globals","hasattr","hash","help","hex","id","input","int","isinstance","issubclass","iter","len","list","locals","map","max","memoryview","min","next","object","oct","open","ord","pow","print","property","range","repr","reversed","round","sentinel","set","setattr","slice","sorted","staticmethod","str","sum","super","tuple","type","vars","zip"],literal:["__debug__","Ellipsis","False","None","NotImplemented","True"],type:["Any","Callable","Coroutine","Dict","List","Literal","Generic","Optional","Sequence","Set","Tuple","Type","Union"]},f={className:"meta",begin:/^(>>>|\.\.\.) /},h={className:"subst",begin:/\{/,end:/\}/,keywords:d,illegal:/#/},m={begin:/\{\{/,relevance:0},_={className:"string",contains:[e.BACKSLASH_ESCAPE],variants:[{begin:/([uU]|[bB]|[rR]|[bB][rR]|[rR][bB])?'''/,end:/'''/,contains:[e.BACKSLASH_ESCAPE,f],relevance:10},{begin:/([uU]|[bB]|[rR]|[bB][rR]|[rR][bB])?"""/,end:/"""/,contains:[e.BACKSLASH_ESCAPE,f],relevance:10},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])'''/,end:/'''/,contains:[e.BACKSLASH_ESCAPE,f,m,h]},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])"""/,end:/"""/,contains:[e.BACKSLASH_ESCAPE,f,m,h]},{begin:/([uU]|[rR])'/,end:/'/,relevance:10},{begin:/([uU]|[rR])"/,end:/"/,relevance:10},{begin:/([bB]|[bB][rR]|[rR][bB])'/,end:/'/},{begin:/([bB]|[bB][rR]|[rR][bB])"/,end:/"/},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])'/,end:/'/,contains:[e.BACKSLASH_ESCAPE,m,h]},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])"/,end:/"/,contains:[e.BACKSLASH_ESCAPE,m,h]},e.APOS_STRING_MODE,e.QUOTE_STRING_MODE]},c="[0-9](_?[0-9])*",p=`(\\b(${c}))?\\.(${c})|\\b(${c})\\.`,y=`\\b|${i.join("|")}`,w={className:"number",relevance:0,variants:[{begin:`(\\b(${c})|(${p}))[eE][+-]?(${c})[jJ]?(?=${y})`},{begin:`(${p})[jJ]?`},{begin:`\\b([1-9](_?[0-9])*|0+(_?0)*)[lLjJ]?(?=${y})`},{begin:`\\b0[bB](_?[01])+[lL]?(?=${y})`},{begin:`\\b0[oO](_?[0-7])+[lL]?(?=${y})`},{begin:`\\b0[xX](_?[0-9a-fA-F])+[lL]?(?=${y})`},{begin:`\\b(${c})[jJ](?=${y})`}]},C={className:"comment",begin:t.lookahead(/# type:/),end:/$/,keywords:d,contains:[{begin:/# type:/},{begin:/#/,end:/\b\B/,endsWithParent:!0}]},S={className:"params",variants:[{className:"",begin:/\(\s*\)/,skip:!0},{begin:/\(/,end:/\)/,excludeBegin:!0,excludeEnd:!0,keywords:d,contains:["self",f,w,_,e.HASH_COMMENT_MODE]}]};return h.contains=[_,w,f],{name:"Python",aliases:["py","gyp","ipython"],unicodeRegex:!0,keywords:d,illegal:/(<\/|\?)|=>/,contains:[f,w,{scope:"variable.language",match:/\bself\b/},{beginKeywords:"if",relevance:0},{match:/\bor\b/,scope:"keyword"},_,C,e.HASH_COMMENT_MODE,{match:[/\bdef/,/\s+/,r],scope:{1:"keyword",3:"title.function"},contains:[S]},{variants:[{match:[/\bclass/,/\s+/,r,/\s*/,/\(\s*/,r,/\s*\)/]},{match:[/\bclass/,/\s+/,r]}],scope:{1:"keyword",3:"title.class",6:"title.class.inherited"}},{className:"meta",begin:/^[\t ]*@/,end:/(?=#)|$/,contains:[w,S,_]}]}}function Ho(e){const t="true false yes no null",r="[\\w#;/?:@&=+$,.~*'()[\\]]+",i={className:"attr",variants:[{begin:/[\w*@][\w*@ :()\./-]*:(?=[ \t]|$)/},{begin:/"[\w*@][\w*@ :()\./-]*":(?=[ \t]|$)/},{begin:/'[\w*@][\w*@ :()\./-]*':(?=[ \t]|$)/}]},o={className:"template-variable",variants:[{begin:/\{\{/,end:/\}\}/},{begin:/%\{/,end:/\}/}]},s={className:"string",relevance:0,begin:/'/,end:/'/,contains:[{match:/''/,scope:"char.escape",relevance:0}]},l={className:"string",relevance:0,variants:[{begin:/"/,end:/"/},{begin:/\S+/}],contains:[e.BACKSLASH_ESCAPE,o]},d=e.inherit(l,{variants:[{begin:/'/,end:/'/,contains:[{begin:/''/,relevance:0}]},{begin:/"/,end:/"/},{begin:/[^\s,{}[\]]+/}]}),c={className:"number",begin:"\\b"+"[0-9]{4}(-[0-9][0-9]){0,2}"+"([Tt \\t][0-9][0-9]?(:[0-9][0-9]){2})?"+"(\\.[0-9]*)?"+"([ \\t])*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?)?"+"\\b"},p={end:",",endsWithParent:!0,excludeEnd:!0,keywords:t,relevance:0},y={begin:/\{/,end:/\}/,contains:[p],illegal:"\\n",relevance:0},w={begin:"\\[",end:"\\]",contains:[p],illegal:"\\n",relevance:0},C=[i,{className:"meta",begin:"^---\\s*$",relevance:10},{className:"string",begin:"[\\|>]([1-9]?[+-])?[ ]*\\n( +)[^ ][^\\n]*\\n(\\2[^\\n]+\\n?)*"},{begin:"<%[%=-]?",end:"[%-]?%>",subLanguage:"ruby",excludeBegin:!0,excludeEnd:!0,relevance:0},{className:"type",begin:"!\\w+!"+r},{className:"type",begin:"!<"+r+">"},{className:"type",begin:"!"+r},{className:"type",begin:"!!"+r},{className:"meta",begin:"&"+e.UNDERSCORE_IDENT_RE+"$"},{className:"meta",begin:"\\*"+e.UNDERSCORE_IDENT_RE+"$"},{className:"bullet",begin:"-(?=[ ]|$)",relevance:0},e.HASH_COMMENT_MODE,{beginKeywords:t,keywords:{literal:t}},c,{className:"number",begin:e.C_NUMBER_RE+"\\b",relevance:0},y,w,s,l],S=[...C];return S.pop(),S.push(d),p.contains=S,{name:"YAML",case_insensitive:!0,aliases:["yml"],contains:C}}Xe.registerLanguage("bash",Lo);Xe.registerLanguage("ini",Mo);Xe.registerLanguage("json",Uo);Xe.registerLanguage("markdown",Fo);Xe.registerLanguage("python",Go);Xe.registerLanguage("yaml",Ho);const qo={py:"python",json:"json",yaml:"yaml",yml:"yaml",md:"markdown",sh:"bash",toml:"ini",ini:"ini",cfg:"ini",txt:""};function ti(e){const t=e.split("/").pop()??e;if(t==="Dockerfile"||t==="Makefile")return;const r=t.includes(".")?t.split(".").pop().toLowerCase():"";return qo[r]||void 0}function jo(e,t){if(!(!t||e.length>4e5))try{return Xe.highlight(e,{language:t,ignoreIllegals:!0}).value}catch{return}}function Yt({code:e,path:t,language:r}){const i=r??(t?ti(t):void 0),o=pt(()=>jo(e,i),[e,i]);return n("pre",{class:"code",tabIndex:0,"aria-label":t?`Contents of ${t}`:"Code",children:o!==void 0?n("code",{class:`hljs language-${i}`,dangerouslySetInnerHTML:{__html:o}}):n("code",{children:e})})}const Wo={approve:e=>`Approve the pull request of “${e}”? It will be deployed.`,requestChanges:e=>`Send “${e}” back to the generator with your comment.`,reject:e=>`Reject “${e}”? It fails, its pull request is closed and the finished steps are undone.`,cancel:e=>`Cancel the pipeline of “${e}”? The running step stops and the finished steps are undone.`,retry:e=>`Run the pipeline of “${e}” again from the start.`,deprecate:e=>`Take “${e}” out of service? Its deployment is removed.`,delete:e=>`Delete “${e}”? It disappears from every listing; its history stays.`};async function Nr(e,t,r){switch(e){case"approve":await ve(Ps,{id:t,comment:r||null});return;case"requestChanges":await ve(Bs,{id:t,comment:r});return;case"reject":await ve(Us,{id:t,reason:r});return;case"cancel":await ve(Fs,{id:t});return;case"retry":await ve(Gs,{id:t});return;case"deprecate":await ve(js,{id:t});return;case"delete":await ve(Ws,{id:t}),Ue("/");return}}function Ko({integration:e,user:t,onDone:r}){const[i,o]=N(null),[s,l]=N(null),[d,f]=N(null),h=Ds(t,e);if(h.length===0)return null;const m=_=>{const c=Ot[_];if(l(null),c.confirm||c.text){const p={title:`${c.label} “${e.name}”`,body:Wo[_](e.name),confirmLabel:c.label,danger:c.tone==="danger",run:async y=>{await Nr(_,e.id,y),r()}};c.text&&(p.text=c.text),o(p);return}f(_),Nr(_,e.id,"").then(()=>{f(null),r()},p=>{f(null),l(p)})};return n("div",{class:"actions",role:"group","aria-label":"Actions",children:[h.map(_=>n("button",{type:"button",class:`button ${Ot[_].tone}`,"data-action":_,disabled:d!==null,onClick:()=>m(_),children:d===_?"Working…":Ot[_].label},_)),n(be,{error:s}),n(Dn,{request:i,onClose:()=>o(null)})]})}const Vo={deploy:"the deployment",pull_request:"the pull request",test:"the test run",generate:"the generated code",validate:"the validation"};function zo({integration:e,user:t,onDone:r}){const[i,o]=N(null),[s,l]=N(null),[d,f]=N(!1),h=e.compensationFailed;if(!h)return null;const m=Vo[h.step]??h.step,_=ot(t,ce.delete),c=()=>{l(null),f(!0),ve(Hs,{id:e.id}).then(()=>{f(!1),r()},y=>{f(!1),l(y)})},p=()=>o({title:`Resolve the undo of ${m}`,body:`Record that ${m} of “${e.name}” was undone by hand (or needs no undo). The pipeline then undoes whatever is left.`,confirmLabel:"Mark resolved",danger:!0,text:{label:"What was done",required:!0},run:async y=>{await ve(qs,{id:e.id,note:y}),r()}});return n("div",{class:"notice notice-error",role:"alert",id:"compensation-failed",children:[n("p",{children:[n("strong",{children:["Undoing ",m," failed"]})," after ",h.attempts," attempt",h.attempts===1?"":"s",": ",h.error]}),n("p",{children:["The pipeline stopped cleaning up and waits for an administrator",_?".":": ask one to retry or resolve it."]}),_&&n("div",{class:"actions",role:"group","aria-label":"Failed undo",children:[n("button",{type:"button",class:"button","data-action":"retryCompensation",disabled:d,onClick:c,children:d?"Working…":"Retry the undo"}),n("button",{type:"button",class:"button danger","data-action":"resolveCompensation",disabled:d,onClick:p,children:"Mark resolved…"})]}),n(be,{error:s}),n(Dn,{request:i,onClose:()=>o(null)})]})}function Yo(e,t,r){return e==="system"?"Pipeline":e===t.id?"You":r&&e===r.id?r.name:e}function Jo({events:e,me:t,owner:r,onTimeTravel:i}){const o=mt(Cn);return e.length===0?n("p",{class:"muted",children:o==="online"?"Loading the history…":"The history arrives over the live connection; waiting for it…"}):n("div",{class:"table-scroll",children:n("table",{class:"events",children:[n("caption",{class:"visually-hidden",children:"Events, oldest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"#"}),n("th",{scope:"col",children:"When"}),n("th",{scope:"col",children:"Who"}),n("th",{scope:"col",children:"What"}),n("th",{scope:"col",children:n("span",{class:"visually-hidden",children:"View"})})]})}),n("tbody",{children:e.map(s=>n("tr",{"data-event-type":s.type,children:[n("td",{"data-label":"#",children:s.version}),n("td",{"data-label":"When",children:n("time",{dateTime:s.recordedAt,children:Te(s.recordedAt)})}),n("td",{"data-label":"Who",title:s.actor,children:Yo(s.actor,t,r)}),n("td",{"data-label":"What",children:[n("strong",{children:s.type}),n("div",{class:"small",children:oo(s.type,s.data)}),s.requestId&&n("div",{class:"muted small",children:["request ",s.requestId]})]}),n("td",{children:n("button",{type:"button",class:"button small",onClick:()=>i(s.version),children:["As of v",s.version]})})]},s.version))})]})})}function Qo({integration:e}){const t=e.pullRequest,r=e.deployment;return n("div",{class:"facts",children:[n("h3",{children:"Pull request"}),t?n("dl",{class:"pairs",children:[n("dt",{children:"Number"}),n("dd",{children:[n("a",{href:t.url,target:"_blank",rel:"noopener noreferrer",children:["#",t.number]})," ",n("span",{class:"muted",children:["(",t.state,")"]})]}),n("dt",{children:"Branch"}),n("dd",{children:n("code",{children:t.branch})}),n("dt",{children:"Commit"}),n("dd",{children:n("code",{title:t.commit,children:t.commit.slice(0,12)})}),n("dt",{children:"Changes"}),n("dd",{children:[t.filesChanged," files, ",n("span",{class:"plus",children:["+",t.additions]})," ",n("span",{class:"minus",children:["−",t.deletions]})]})]}):n("p",{class:"muted",children:"No pull request yet."}),n("h3",{children:"Deployment"}),r?n("dl",{class:"pairs",children:[n("dt",{children:"Id"}),n("dd",{children:n("code",{children:r.id})}),n("dt",{children:"Location"}),n("dd",{children:n("code",{children:r.location})}),r.previous&&n(me,{children:[n("dt",{children:"Replaced"}),n("dd",{children:n("code",{children:r.previous})})]})]}):n("p",{class:"muted",children:"Not deployed."})]})}function Xo({integration:e}){const t=e.testReport;return t?n("div",{children:[n("p",{children:[n("span",{class:`badge tone-${t.passed?"good":"bad"}`,children:t.passed?"Passed":"Failed"})," ","exit code ",t.exitCode??"none (killed)"," · ",Kt(t.durationMs),t.timedOut&&n("strong",{children:" · timed out"}),t.truncated&&n("span",{class:"muted",children:" · output cut"})]}),e.testCommand.length>0&&n("p",{class:"small",children:["Command: ",n("code",{children:e.testCommand.join(" ")})]}),n(Yt,{code:t.output||"(no output)"})]}):n("p",{class:"muted",children:"The tests have not run yet."})}function Zo({integration:e}){const t=e.usage;return n("dl",{class:"pairs",children:[n("dt",{children:"Generator"}),n("dd",{children:[e.generator??"—",e.generator==="scaffold"&&n("span",{class:"muted",children:" (templates, not AI)"})]}),n("dt",{children:"Rounds"}),n("dd",{children:e.round}),n("dt",{children:"Input tokens"}),n("dd",{children:De(t.inputTokens)}),n("dt",{children:"Output tokens"}),n("dd",{children:De(t.outputTokens)}),n("dt",{children:"Cost"}),n("dd",{children:so(t.costUsd)})]})}function ea({files:e}){const[t,r]=N(null);if(e.length===0)return n("p",{class:"muted",children:"No code generated yet."});const i=e.find(o=>o.path===t)??e.find(o=>ti(o.path)==="python")??e[0];return n("div",{class:"files",children:[n("ul",{class:"file-list","aria-label":"Generated files",children:e.map(o=>n("li",{children:n("button",{type:"button",class:"file-button","aria-current":o.path===i.path?"true":void 0,onClick:()=>r(o.path),children:o.path})},o.path))}),n(Yt,{code:i.content,path:i.path})]})}function ta(e,t){return e==="GENERATING"&&t?t:null}function na(e){return`${e.characters===1?"1 character":`${De(e.characters)} characters`} received (attempt ${e.attempt})`}function ra(e){return e.map((t,r)=>({path:t,writing:r===e.length-1}))}function ia({integration:e}){const t=ta(e.state,e.generationProgress);return t?n("section",{class:"generation-progress","aria-label":"Generation progress","data-progress":!0,children:[n("p",{children:[n("strong",{children:"Writing…"})," ",na(t)," ",n("span",{class:"muted small",children:["as of ",n("time",{dateTime:t.reportedAt,children:Te(t.reportedAt)})]})]}),t.files.length===0?n("p",{class:"muted small",children:"No file begun yet."}):n("ol",{class:"progress-files","aria-label":"Files begun",children:ra(t.files).map((r,i)=>n("li",{"aria-current":r.writing?"step":void 0,children:[n("code",{children:r.path}),r.writing&&n(me,{children:[" ",n("span",{class:"badge tone-busy",children:"writing"})]})]},`${i}:${r.path}`))})]}):null}const sa={validate:"Validate",generate:"Generate",test:"Test",pull_request:"Pull request",review:"Review",deploy:"Deploy"};function Tr(e){return sa[e]??e.replace(/_/g," ")}function oa(e,t,r){return e==="REVIEWING"?"WAITING":t==="rejected"?"FAILED":r&&r.status!=="PENDING"||e==="DEPLOYING"||e==="ACTIVE"||e==="DEPRECATED"?"SUCCEEDED":"PENDING"}function aa(e,t,r){const i=[],o=e.find(s=>s.name==="deploy");for(const s of e)s.name==="deploy"&&i.push({name:"review",label:Tr("review"),gate:!0,status:oa(t,r,o),attempts:0,startedAt:null,finishedAt:null,error:null}),i.push({...s,label:Tr(s.name),gate:!1});return i}function ni({integration:e}){const t=aa(e.steps,e.state,e.failure?.trigger),r=t.some(s=>s.status==="RUNNING"),[i,o]=N(Date.now());return le(()=>{if(!r)return;const s=setInterval(()=>o(Date.now()),1e3);return()=>clearInterval(s)},[r]),n("ol",{class:"timeline","aria-label":"Pipeline",children:t.map(s=>n("li",{class:`step step-${s.status.toLowerCase()}`,"data-step":s.name,children:[n("div",{class:"step-head",children:[n("span",{class:"step-name",children:s.label}),s.gate?n("span",{class:`badge tone-${s.status==="WAITING"?"attention":s.status==="FAILED"?"bad":s.status==="SUCCEEDED"?"good":"neutral"}`,children:s.status==="WAITING"?"Waiting for review":s.status==="SUCCEEDED"?"Approved":s.status==="FAILED"?"Rejected":"Pending"}):n(Ao,{status:s.status})]}),!s.gate&&(s.attempts>0||s.startedAt)&&n("div",{class:"step-meta muted small",children:[s.attempts>0&&n("span",{children:s.attempts===1?"1 attempt":`${s.attempts} attempts`}),s.startedAt&&n("span",{children:Kt(io(s.startedAt,s.finishedAt,i))})]}),s.error&&n("pre",{class:"step-error",children:s.error})]},s.name))})}function je({title:e,id:t,children:r}){return n("section",{class:"card","aria-labelledby":t,children:[n("h2",{id:t,children:e}),r]})}function ca({id:e,latest:t,version:r,onChange:i}){const[o,s]=N(void 0),[l,d]=N(null);return le(()=>{s(void 0),d(null),ke(Zs,{id:e,version:r}).then(f=>s(f.data?.integrationAt??null),d)},[e,r]),n("section",{class:"card time-travel","aria-labelledby":"time-travel-title",children:[n("div",{class:"page-head",children:[n("h2",{id:"time-travel-title",children:["As of version ",r]}),n("div",{class:"inline-controls",children:[n("div",{class:"field inline",children:[n("label",{for:"as-of-version",children:"Version"}),n("select",{id:"as-of-version",value:r,onChange:f=>i(Number(f.currentTarget.value)),children:Array.from({length:t},(f,h)=>t-h).map(f=>n("option",{value:f,children:f},f))})]}),n("button",{type:"button",class:"button small",onClick:()=>i(null),children:"Back to now"})]})]}),n(be,{error:l}),o===void 0&&!l&&n(Qe,{what:`version ${r}`}),o===null&&n("p",{class:"muted",children:"It did not exist at that version."}),o&&n("div",{class:"grid-2",children:[n("div",{children:[n("p",{children:[n(Ln,{state:o.state})," ",n("span",{class:"muted",children:["updated ",Te(o.updatedAt)]})]}),o.failure&&n("p",{class:"field-error",children:["Failed",o.failure.step?` at ${o.failure.step}`:"",": ",o.failure.reason]}),n(ni,{integration:o})]}),n("div",{children:[n("h3",{children:"Configuration"}),n(Yt,{code:JSON.stringify(o.config,null,2),language:"json"}),n("p",{class:"small muted",children:[o.files.length," generated files · round ",o.round]})]})]})]})}function la({id:e,user:t}){const[r,i]=N(void 0),[o,s]=N(null),[l,d]=N([]),[f,h]=N(null),[m,_]=N(!1),[c,p]=N(null),y=nt(0);Wt(r?.name??"Integration");const w=st(async()=>{try{const T=(await ke(Xs,{id:e})).data?.integration??null;if(T&&T.version<y.current)return;T&&(y.current=T.version),i(T),s(null)}catch(S){s(S)}},[e]),C=Dt(()=>{w()},150);return le(()=>{i(void 0),d([]),_(!1),p(null),y.current=0,w()},[w]),le(()=>Yr({document:ro,variables:S=>({id:e,afterVersion:S??0}),cursorOf:S=>S.integrationEvents.version,onData:({integrationEvents:S})=>{d(T=>[...T,S]),S.type==="IntegrationDeleted"&&_(!0),S.version>y.current&&C()},onResume:C,onError:h}),[e,C]),r===void 0?o?n(be,{error:o,onRetry:()=>{w()}}):n(Qe,{what:"the integration"}):r===null?n("section",{children:[n("h1",{children:"Integration not found"}),n("p",{children:["There is no integration ",n("code",{children:e}),", or it was deleted. ",n(xe,{href:"/",children:"Back to the board"})]})]}):n("article",{class:"detail","aria-labelledby":"detail-title",children:[n("p",{class:"crumbs",children:[n(xe,{href:"/",children:"Integrations"})," / ",n("span",{children:r.name})]}),n("div",{class:"page-head",children:[n("div",{children:[n("h1",{id:"detail-title",children:[r.name," ",n(Ln,{state:r.state})]}),n("p",{class:"muted small",children:[n("code",{children:r.kind})," · owned by ",r.owner?r.owner.id===t.id?"you":r.owner.name:"—"," · version"," ",r.version," · created ",Te(r.createdAt)," · updated ",Te(r.updatedAt)]}),r.description&&n("p",{children:r.description})]}),n(Ko,{integration:r,user:t,onDone:()=>{w()}})]}),m&&n(_t,{children:"This integration was deleted; its history stays readable."}),n(be,{error:o,onRetry:()=>{w()}}),n(be,{error:f}),r.failure&&n("div",{class:"notice notice-error",role:"status",children:[n("strong",{children:["Failed",r.failure.step?` at ${r.failure.step}`:""]})," (",r.failure.trigger.replace(/_/g," "),"):"," ",r.failure.reason]}),n(zo,{integration:r,user:t,onDone:()=>{w()}}),c!==null&&n(ca,{id:r.id,latest:r.version,version:c,onChange:p}),n("div",{class:"grid-2",children:[n(je,{title:"Pipeline",id:"pipeline-title",children:[n(ni,{integration:r}),n(ia,{integration:r})]}),n(je,{title:"Review and deployment",id:"pr-title",children:n(Qo,{integration:r})})]}),n("div",{class:"grid-2",children:[n(je,{title:"Test report",id:"tests-title",children:n(Xo,{integration:r})}),n(je,{title:"Usage",id:"usage-title",children:n(Zo,{integration:r})})]}),n(je,{title:"Generated files",id:"files-title",children:n(ea,{files:r.files})}),n("div",{class:"grid-2",children:[n(je,{title:"Prompt",id:"prompt-title",children:n("pre",{class:"prose-pre",children:r.prompt})}),n(je,{title:"Configuration",id:"config-title",children:n(Yt,{code:JSON.stringify(r.config,null,2),language:"json"})})]}),n(je,{title:"History",id:"history-title",children:[n("div",{class:"inline-controls",children:n("button",{type:"button",class:"button small",onClick:()=>p(Math.max(1,r.version-1)),disabled:r.version<2,children:"View an earlier version"})}),n(Jo,{events:l,me:t,owner:r.owner,onTimeTravel:p})]})]})}function da(e){return!e||!e.startsWith("/")||e.startsWith("//")||e.startsWith("/\\")||e.startsWith("/sign-in")?"/":e}const Le=xn({status:"loading"});bs(()=>{zr();const e=Le.get().status;e==="signed-in"?Le.set({status:"signed-out",message:"Your session has ended. Sign in again."}):e!=="signed-out"&&Le.set({status:"signed-out"})});async function vn(){try{const t=(await ke(Ys)).data?.me;Le.set(t?{status:"signed-in",user:t}:{status:"signed-out"})}catch(e){e instanceof Ie&&e.kind==="unauthenticated"?Le.set({status:"signed-out"}):Le.set({status:"unreachable",message:gt(e)})}}async function ua(){try{await Es()}finally{zr(),Ue("/sign-in",{replace:!0}),Le.set({status:"signed-out",message:"You are signed out."})}}function Rr(){const e=zt(),t=mt(Le),r=da(e.search.get("redirect")),[i,o]=N(null),[s,l]=N(null),[d,f]=N(""),[h,m]=N(!1),[_,c]=N(null);le(()=>{ws().then(o,y=>{o([]),l(y)})},[]),le(()=>{t.status==="signed-in"&&Ue(r,{replace:!0})},[t.status,r]);const p=async y=>{if(y.preventDefault(),d.trim()===""){c("Enter an API key.");return}m(!0),c(null);try{await ys(d),f(""),await vn(),Le.get().status!=="signed-in"&&c("Signed in, but the server does not recognise the session. Try again.")}catch(w){c(gt(w))}finally{m(!1)}};return n("section",{class:"sign-in","aria-labelledby":"sign-in-title",children:[n("h1",{id:"sign-in-title",children:"Sign in to Claude Code Bot"}),t.status==="signed-out"&&t.message&&n(_t,{children:t.message}),i&&i.length>0&&n("div",{class:"providers",children:[i.map(y=>n("a",{class:"button primary wide",href:vs(y,r),children:["Sign in with ",y.name]},y.id)),n("p",{class:"divider",children:n("span",{children:"or"})})]}),n(be,{error:s}),n("form",{class:"card form",onSubmit:p,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"api-key",children:"API key"}),n("input",{id:"api-key",name:"apiKey",type:"password",autoComplete:"off",spellcheck:!1,placeholder:"cb_…",value:d,"aria-invalid":_?"true":void 0,"aria-describedby":_?"api-key-error":"api-key-help",onInput:y=>f(y.currentTarget.value)}),n("small",{id:"api-key-help",class:"help",children:"The administrator key is printed when the server first starts; an administrator can create more on the Admin page."})]}),_&&n("p",{id:"api-key-error",class:"field-error",role:"alert",children:_}),n("button",{type:"submit",class:"button primary",disabled:h,children:h?"Signing in…":"Sign in with API key"})]})]})}function ha({children:e}){const[t,r]=Qi();return t?n("div",{class:"notice notice-error",role:"alert",children:[n("span",{children:["This page failed to show: ",t instanceof Error?t.message:String(t)]}),n("button",{type:"button",class:"button small",onClick:r,children:"Try again"})]}):n(me,{children:e})}function fa({user:e,path:t}){if(t==="/"||t==="/integrations")return n(To,{user:e});if(t==="/integrations/new")return n(Co,{user:e});const r=No("/integrations/:id",t);return r?n(la,{id:r.id,user:e},r.id):t==="/admin"?n(bo,{user:e}):n("section",{children:[n("h1",{children:"Page not found"}),n("p",{children:["Nothing lives at ",n("code",{children:t}),". ",n(xe,{href:"/",children:"Go to the board"})]})]})}function pa({user:e}){const{path:t}=zt(),r=i=>t===i?"page":void 0;return n("header",{class:"top",children:[n(xe,{href:"/",class:"brand",children:"Claude Code Bot"}),e&&n("nav",{"aria-label":"Main",children:[n(xe,{href:"/","aria-current":r("/"),children:"Board"}),Ut(e)&&n(xe,{href:"/integrations/new","aria-current":r("/integrations/new"),children:"New"}),n(xe,{href:"/admin","aria-current":r("/admin"),children:On(e)?"Admin":"API keys"})]}),n("div",{class:"top-end",children:[n(Rs,{}),e&&n(me,{children:[n("span",{class:"who","data-role":e.role,children:[e.name," ",n("span",{class:"role",children:e.role.toLowerCase()})]}),n("button",{type:"button",class:"button small",onClick:()=>{ua()},children:"Sign out"})]})]})]})}function ga(){const e=mt(Le),t=zt();le(()=>{vn()},[]),le(()=>{if(e.status==="signed-out"&&t.path!=="/sign-in"){const i=t.path+(t.search.toString()?`?${t.search.toString()}`:"");Ue(i==="/"?"/sign-in":`/sign-in?redirect=${encodeURIComponent(i)}`,{replace:!0})}},[e.status,t.path]);const r=e.status==="signed-in"?e.user:null;return n(me,{children:[n("a",{href:"#main",class:"skip",children:"Skip to content"}),n(pa,{user:r}),n("main",{id:"main",tabIndex:-1,children:[e.status==="loading"&&n(Qe,{what:"your session"}),e.status==="unreachable"&&n(be,{error:new Error(e.message),onRetry:()=>{vn()}}),e.status==="signed-out"&&t.path==="/sign-in"&&n(Rr,{}),e.status==="signed-in"&&n(ha,{children:t.path==="/sign-in"?n(Rr,{}):n(fa,{user:e.user,path:t.path})},t.path)]})]})}zi(n(ga,{}),document.getElementById("app"));
