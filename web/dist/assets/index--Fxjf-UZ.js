var Ht,z,Rr,je,tr,xr,kr,sn,xt,ht,Cr,In,hn,fn,Lt={},Mt=[],Hi=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,qt=Array.isArray;function Pe(e,t){for(var r in t)e[r]=t[r];return e}function Sn(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function qi(e,t,r){var i,o,s,l={};for(s in t)s=="key"?i=t[s]:s=="ref"?o=t[s]:l[s]=t[s];if(arguments.length>2&&(l.children=arguments.length>3?Ht.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)l[s]===void 0&&(l[s]=e.defaultProps[s]);return kt(e,l,i,o,null)}function kt(e,t,r,i,o){var s={type:e,props:t,key:r,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++Rr,__i:-1,__u:0};return o==null&&z.vnode!=null&&z.vnode(s),s}function pe(e){return e.children}function Ct(e,t){this.props=e,this.context=t}function Ye(e,t){if(t==null)return e.__?Ye(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?Ye(e):null}function Ki(e){if(e.__P&&e.__d){var t=e.__v,r=t.__e,i=[],o=[],s=Pe({},t);s.__v=t.__v+1,z.vnode&&z.vnode(s),An(e.__P,s,t,e.__n,e.__P.namespaceURI,32&t.__u?[r]:null,i,r??Ye(t),!!(32&t.__u),o),s.__v=t.__v,s.__.__k[s.__i]=s,Mr(i,s,o),t.__e=t.__=null,s.__e!=r&&$r(s)}}function $r(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),$r(e)}function nr(e){(!e.__d&&(e.__d=!0)&&je.push(e)&&!Pt.__r++||tr!=z.debounceRendering)&&((tr=z.debounceRendering)||xr)(Pt)}function Pt(){try{for(var e,t=1;je.length;)je.length>t&&je.sort(kr),e=je.shift(),t=je.length,Ki(e)}finally{je.length=Pt.__r=0}}function Or(e,t,r,i,o,s,l,d,f,h,m){var y,c,g,_,E,k,v=i&&i.__k||Mt,T=t.length;for(f=ji(r,t,v,f,T),y=0;y<T;y++)(g=r.__k[y])!=null&&(c=g.__i!=-1&&v[g.__i]||Lt,g.__i=y,k=An(e,g,c,o,s,l,d,f,h,m),_=g.__e,g.ref&&c.ref!=g.ref&&(c.ref&&Nn(c.ref,null,g),m.push(g.ref,g.__c||_,g)),E==null&&_!=null&&(E=_),4&g.__u?(f=Dr(g,f,e),c.__e&&(c.__e=null)):typeof g.type=="function"&&k!==void 0?f=k:_&&(f=_.nextSibling),g.__u&=-7);return r.__e=E,f}function ji(e,t,r,i,o){var s,l,d,f,h,m=r.length,y=m,c=0;for(e.__k=new Array(o),s=0;s<o;s++)(l=t[s])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l=="string"||typeof l=="number"||typeof l=="bigint"||l.constructor==String?l=e.__k[s]=kt(null,l,null,null,null):qt(l)?l=e.__k[s]=kt(pe,{children:l},null,null,null):l.constructor===void 0&&l.__b>0?l=e.__k[s]=kt(l.type,l.props,l.key,l.ref?l.ref:null,l.__v):e.__k[s]=l,f=s+c,l.__=e,l.__b=e.__b+1,d=null,(h=l.__i=Wi(l,r,f,y))!=-1&&(y--,(d=r[h])&&(d.__u|=2)),d==null||d.__v==null?(h==-1&&(o>m?c--:o<m&&c++),typeof l.type!="function"&&(l.__u|=4)):h!=f&&(h==f-1?c--:h==f+1?c++:(h>f?c--:c++,l.__u|=4))):e.__k[s]=null;if(y)for(s=0;s<m;s++)(d=r[s])!=null&&(2&d.__u)==0&&(d.__e==i&&(i=Ye(d)),Br(d,d));return i}function Dr(e,t,r){var i,o;if(typeof e.type=="function"){for(i=e.__k,o=0;i&&o<i.length;o++)i[o]&&(i[o].__=e,t=Dr(i[o],t,r));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=Ye(e)),t=r.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Wi(e,t,r,i){var o,s,l,d=e.key,f=e.type,h=t[r],m=h!=null&&(2&h.__u)==0;if(h===null&&d==null||m&&d==h.key&&f==h.type)return r;if(i>(m?1:0)){for(o=r-1,s=r+1;o>=0||s<t.length;)if((h=t[l=o>=0?o--:s++])!=null&&(2&h.__u)==0&&d==h.key&&f==h.type)return l}return-1}function rr(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||Hi.test(t)?r:r+"px"}function Nt(e,t,r,i,o){var s,l;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)r&&t in r||rr(e.style,t,"");if(r)for(t in r)i&&r[t]==i[t]||rr(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(Cr,"$1")),l=t.toLowerCase(),t=l in e||t=="onFocusOut"||t=="onFocusIn"?l.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=r,r?i?r[ht]=i[ht]:(r[ht]=In,e.addEventListener(t,s?fn:hn,s)):e.removeEventListener(t,s?fn:hn,s);else{if(o=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function ir(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t[xt]==null)t[xt]=In++;else if(t[xt]<r[ht])return;return r(z.event?z.event(t):t)}}}function An(e,t,r,i,o,s,l,d,f,h){var m,y,c,g,_,E,k,v,T,F,te,q,j,ge,R,Z,V=t.type;if(t.constructor!==void 0)return null;128&r.__u&&(f=!!(32&r.__u),s=[d=t.__e=r.__e]),(m=z.__b)&&m(t);e:if(typeof V=="function"){y=l.length;try{if(T=t.props,F=V.prototype&&V.prototype.render,te=(m=V.contextType)&&i[m.__c],q=m?te?te.props.value:m.__:i,r.__c?v=(c=t.__c=r.__c).__=c.__E:(F?t.__c=c=new V(T,q):(t.__c=c=new Ct(T,q),c.constructor=V,c.render=zi),te&&te.sub(c),c.state||(c.state={}),c.__n=i,g=c.__d=!0,c.__h=[],c._sb=[]),F&&c.__s==null&&(c.__s=c.state),F&&V.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=Pe({},c.__s)),Pe(c.__s,V.getDerivedStateFromProps(T,c.__s))),_=c.props,E=c.state,c.__v=t,g)F&&V.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),F&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(F&&V.getDerivedStateFromProps==null&&T!==_&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(T,q),t.__v==r.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(T,c.__s,q)===!1){t.__v!=r.__v&&(c.props=T,c.state=c.__s,c.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(de){de&&(de.__=t)}),Mt.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&l.push(c),d=Ye(r);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(T,c.__s,q),F&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(_,E,k)})}if(c.context=q,c.props=T,c.__P=e,c.__e=!1,j=z.__r,ge=0,F)c.state=c.__s,c.__d=!1,j&&j(t),m=c.render(c.props,c.state,c.context),Mt.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,j&&j(t),m=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++ge<25);c.state=c.__s,c.getChildContext!=null&&(i=Pe(Pe({},i),c.getChildContext())),F&&!g&&c.getSnapshotBeforeUpdate!=null&&(k=c.getSnapshotBeforeUpdate(_,E)),R=m!=null&&m.type===pe&&m.key==null?Pr(m.props.children):m,d=Or(e,qt(R)?R:[R],t,r,i,o,s,l,d,f,h),c.base=t.__e,t.__u&=-161,c.__h.length&&l.push(c),v&&(c.__E=c.__=null)}catch(de){if(l.length=y,t.__v=null,f||s!=null){if(de.then){for(t.__u|=f?160:128;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;s!=null&&(s[s.indexOf(d)]=null),t.__e=d}else if(s!=null)for(Z=s.length;Z--;)Sn(s[Z])}else t.__e=r.__e;t.__k==null&&(t.__k=r.__k||[]),de.then||Lr(t),z.__e(de,t,r)}}else s==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):d=t.__e=Vi(r.__e,t,r,i,o,s,l,f,h);return(m=z.diffed)&&m(t),128&t.__u?void 0:d}function Lr(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(Lr))}function Mr(e,t,r){for(var i=0;i<r.length;i++)Nn(r[i],r[++i],r[++i]);z.__c&&z.__c(t,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(s){s.call(o)})}catch(s){z.__e(s,o.__v)}})}function Pr(e){return typeof e!="object"||e==null||e.__b>0?e:qt(e)?e.map(Pr):e.constructor!==void 0?null:Pe({},e)}function Vi(e,t,r,i,o,s,l,d,f){var h,m,y,c,g,_,E,k=r.props||Lt,v=t.props,T=t.type;if(T=="svg"?o="http://www.w3.org/2000/svg":T=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),s!=null){for(h=0;h<s.length;h++)if((g=s[h])&&"setAttribute"in g==!!T&&(T?g.localName==T:g.nodeType==3)){e=g,s[h]=null;break}}if(e==null){if(T==null)return document.createTextNode(v);e=document.createElementNS(o,T,v.is&&v),d&&(z.__m&&z.__m(t,s),d=!1),s=null}if(T==null)k===v||d&&e.data==v||(e.data=v);else{if(s=T=="textarea"&&v.defaultValue!=null?null:s&&Ht.call(e.childNodes),!d&&s!=null)for(k={},h=0;h<e.attributes.length;h++)k[(g=e.attributes[h]).name]=g.value;for(h in k)g=k[h],h=="dangerouslySetInnerHTML"?y=g:h=="children"||h in v||h=="value"&&"defaultValue"in v||h=="checked"&&"defaultChecked"in v||Nt(e,h,null,g,o);for(h in v)g=v[h],h=="children"?c=g:h=="dangerouslySetInnerHTML"?m=g:h=="value"?_=g:h=="checked"?E=g:d&&typeof g!="function"||k[h]===g||Nt(e,h,g,k[h],o);if(m)d||y&&(m.__html==y.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(y&&(e.innerHTML=""),Or(t.type=="template"?e.content:e,qt(c)?c:[c],t,r,i,T=="foreignObject"?"http://www.w3.org/1999/xhtml":o,s,l,s?s[0]:r.__k&&Ye(r,0),d,f),s!=null)for(h=s.length;h--;)Sn(s[h]);d&&T!="textarea"||(h="value",T=="progress"&&_==null?e.removeAttribute("value"):_!=null&&(_!==e[h]||T=="progress"&&!_||T=="option"&&_!=k[h])&&Nt(e,h,_,k[h],o),h="checked",E!=null&&E!=e[h]&&Nt(e,h,E,k[h],o))}return e}function Nn(e,t,r){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&t==null||(e.__u=e(t))}else e.current=t}catch(o){z.__e(o,r)}}function Br(e,t,r){var i,o;if(z.unmount&&z.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||Nn(i,null,t)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(s){z.__e(s,t)}i.base=i.__P=i.__n=null}if(i=e.__k)for(o=0;o<i.length;o++)i[o]&&Br(i[o],t,r||typeof e.type!="function");r||Sn(e.__e),e.__c=e.__=e.__e=void 0}function zi(e,t,r){return this.constructor(e,r)}function Yi(e,t,r){var i,o,s,l;t==document&&(t=document.documentElement),z.__&&z.__(e,t),o=(i=!1)?null:t.__k,s=[],l=[],An(t,e=t.__k=qi(pe,null,[e]),o||Lt,Lt,t.namespaceURI,o?null:t.firstChild?Ht.call(t.childNodes):null,s,o?o.__e:t.firstChild,i,l),Mr(s,e,l),e.props.children=null}Ht=Mt.slice,z={__e:function(e,t,r,i){for(var o,s,l;t=t.__;)if((o=t.__c)&&!o.__)try{if((s=o.constructor)&&s.getDerivedStateFromError!=null&&(o.setState(s.getDerivedStateFromError(e)),l=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(e,i||{}),l=o.__d),l)return o.__E=o}catch(d){e=d}throw e}},Rr=0,Ct.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=Pe({},this.state),typeof e=="function"&&(e=e(Pe({},r),this.props)),e&&Pe(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),nr(this))},Ct.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),nr(this))},Ct.prototype.render=pe,je=[],xr=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,kr=function(e,t){return e.__v.__b-t.__v.__b},Pt.__r=0,sn=Math.random().toString(8),xt="__d"+sn,ht="__a"+sn,Cr=/(PointerCapture)$|Capture$/i,In=0,hn=ir(!1),fn=ir(!0);var Ji=0;function n(e,t,r,i,o,s){t||(t={});var l,d,f=t;if("ref"in f)for(d in f={},t)d=="ref"?l=t[d]:f[d]=t[d];var h={type:e,props:f,key:r,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Ji,__i:-1,__u:0,__source:o,__self:s};if(typeof e=="function"&&(l=e.defaultProps))for(d in l)f[d]===void 0&&(f[d]=l[d]);return z.vnode&&z.vnode(h),h}var it,ee,on,sr,gt=0,Ur=[],oe=z,or=oe.__b,ar=oe.__r,cr=oe.diffed,lr=oe.__c,dr=oe.unmount,ur=oe.__;function Kt(e,t){oe.__h&&oe.__h(ee,e,gt||t),gt=0;var r=ee.__H||(ee.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function A(e){return gt=1,Qi(Gr,e)}function Qi(e,t,r){var i=Kt(it++,2);if(i.t=e,!i.__c&&(i.__=[Gr(void 0,t),function(d){var f=i.__N?i.__N[0]:i.__[0],h=i.t(f,d);f!==h&&(i.__N=[h,i.__[1]],i.__c.setState({}))}],i.__c=ee,!ee.__f)){var o=function(d,f,h){if(!i.__c.__H)return!0;var m=!1,y=i.__c.props!==d;if(i.__c.__H.__.some(function(g){if(g.__N){m=!0;var _=g.__[0];g.__=g.__N,g.__N=void 0,_!==g.__[0]&&(y=!0)}}),s){var c=s.call(this,d,f,h);return m?c||y:c}return!m||y};ee.__f=!0;var s=ee.shouldComponentUpdate,l=ee.componentWillUpdate;ee.componentWillUpdate=function(d,f,h){if(this.__e){var m=s;s=void 0,o(d,f,h),s=m}l&&l.call(this,d,f,h)},ee.shouldComponentUpdate=o}return i.__N||i.__}function ae(e,t){var r=Kt(it++,3);!oe.__s&&Fr(r.__H,t)&&(r.__=e,r.u=t,ee.__H.__h.push(r))}function nt(e){return gt=5,mt(function(){return{current:e}},[])}function mt(e,t){var r=Kt(it++,7);return Fr(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function st(e,t){return gt=8,mt(function(){return e},t)}function Xi(e){var t=Kt(it++,10),r=A();return t.__=e,ee.componentDidCatch||(ee.componentDidCatch=function(i,o){t.__&&t.__(i,o),r[1](i)}),[r[0],function(){r[1](void 0)}]}function Zi(){for(var e;e=Ur.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some($t),t.__h.some(pn),t.__h=[]}catch(r){t.__h=[],oe.__e(r,e.__v)}}}oe.__b=function(e){ee=null,or&&or(e)},oe.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),ur&&ur(e,t)},oe.__r=function(e){ar&&ar(e),it=0;var t=(ee=e.__c).__H;t&&(on===ee?(t.__h=[],ee.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.some($t),t.__h.some(pn),t.__h=[],it=0)),on=ee},oe.diffed=function(e){cr&&cr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Ur.push(t)!==1&&sr===oe.requestAnimationFrame||((sr=oe.requestAnimationFrame)||es)(Zi)),t.__H.__.some(function(r){r.u&&(r.__H=r.u,r.u=void 0)})),on=ee=null},oe.__c=function(e,t){t.some(function(r){try{r.__h.some($t),r.__h=r.__h.filter(function(i){return!i.__||pn(i)})}catch(i){t.some(function(o){o.__h&&(o.__h=[])}),t=[],oe.__e(i,r.__v)}}),lr&&lr(e,t)},oe.unmount=function(e){dr&&dr(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.some(function(i){try{$t(i)}catch(o){t=o}}),r.__H=void 0,t&&oe.__e(t,r.__v))};var hr=typeof requestAnimationFrame=="function";function es(e){var t,r=function(){clearTimeout(i),hr&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(r,35);hr&&(t=requestAnimationFrame(r))}function $t(e){var t=ee,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),ee=t}function pn(e){var t=ee;e.__c=e.__(),ee=t}function Fr(e,t){return!e||e.length!==t.length||t.some(function(r,i){return r!==e[i]})}function Gr(e,t){return typeof t=="function"?t(e):t}function ye(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function ze(e){return ye(e)==="object"}function ts(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function fr(e,t){return e.length<124?e:t}const ns="graphql-transport-ws";var Se=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(Se||{}),Ae=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(Ae||{});function Hr(e){if(!ze(e))throw new Error(`Message is expected to be an object, but got ${ye(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${ye(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!ze(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ze(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${ye(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${ye(e.payload.query)}`);if(e.payload.variables!=null&&!ze(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${ye(e.payload.variables)}`);if(e.payload.operationName!=null&&ye(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${ye(e.payload.operationName)}`);if(e.payload.extensions!=null&&!ze(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${ye(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ze(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${ye(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ts(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function rs(e,t){return Hr(typeof e=="string"?JSON.parse(e,t):e)}function dt(e,t){return Hr(e),JSON.stringify(e,t)}function is(e){const{url:t,connectionParams:r,lazy:i=!0,onNonLazyError:o=console.error,lazyCloseTimeout:s=0,keepAlive:l=0,disablePong:d,connectionAckWaitTimeout:f=0,retryAttempts:h=5,retryWait:m=async function(u){const I=Math.pow(2,u);await new Promise(C=>setTimeout(C,I*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:y=an,on:c,webSocketImpl:g,generateID:_=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,u=>{const I=Math.random()*16|0;return(u=="x"?I:I&3|8).toString(16)})},jsonMessageReplacer:E,jsonMessageReviver:k}=e;let v;if(g){if(!os(g))throw new Error("Invalid WebSocket implementation provided");v=g}else typeof WebSocket<"u"?v=WebSocket:typeof global<"u"?v=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(v=window.WebSocket||window.MozWebSocket);if(!v)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const T=v,F=(()=>{const D=(()=>{const I={};return{on(C,G){return I[C]=G,()=>{delete I[C]}},emit(C){"id"in C&&I[C.id]?.(C)}}})(),u={connecting:c?.connecting?[c.connecting]:[],opened:c?.opened?[c.opened]:[],connected:c?.connected?[c.connected]:[],ping:c?.ping?[c.ping]:[],pong:c?.pong?[c.pong]:[],message:c?.message?[D.emit,c.message]:[D.emit],closed:c?.closed?[c.closed]:[],error:c?.error?[c.error]:[]};return{onMessage:D.on,on(I,C){const G=u[I];return G.push(C),()=>{const K=G.indexOf(C);K>-1&&G.splice(K,1)}},emit(I,...C){for(const G of[...u[I]])G(...C)}}})();function te(D){const u=[F.on("error",I=>{u.forEach(C=>C()),D(I)}),F.on("closed",I=>{u.forEach(C=>C()),D(I)})];return()=>u.forEach(I=>I())}let q,j=0,ge,R=!1,Z=0,V=!1;async function de(){clearTimeout(ge);const[D,u]=await(q??(q=new Promise((G,K)=>(async()=>{if(R){if(await m(Z),!j)return q=void 0,K({code:1e3,reason:"All Subscriptions Gone"});Z++}F.emit("connecting",R);const B=new T(typeof t=="function"?await t():t,ns);let be,Ce;function Ze(){isFinite(l)&&l>0&&(clearTimeout(Ce),Ce=setTimeout(()=>{B.readyState===T.OPEN&&(B.send(dt({type:Ae.Ping})),F.emit("ping",!1,void 0))},l))}te(ue=>{q=void 0,clearTimeout(be),clearTimeout(Ce),K(ue),ue instanceof pr&&(B.close(4499,"Terminated"),B.onerror=null,B.onclose=null)}),B.onerror=ue=>F.emit("error",ue),B.onclose=ue=>F.emit("closed",ue),B.onopen=async()=>{try{F.emit("opened",B);const ue=typeof r=="function"?await r():r;if(B.readyState!==T.OPEN)return;B.send(dt(ue?{type:Ae.ConnectionInit,payload:ue}:{type:Ae.ConnectionInit},E)),isFinite(f)&&f>0&&(be=setTimeout(()=>{B.close(Se.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},f)),Ze()}catch(ue){F.emit("error",ue),B.close(Se.InternalClientError,fr(ue instanceof Error?ue.message:String(ue),"Internal client error"))}};let Ge=!1;B.onmessage=({data:ue})=>{try{const ce=rs(ue,k);if(F.emit("message",ce),ce.type==="ping"||ce.type==="pong"){F.emit(ce.type,!0,ce.payload),ce.type==="pong"?Ze():d||(B.send(dt(ce.payload?{type:Ae.Pong,payload:ce.payload}:{type:Ae.Pong},E)),F.emit("pong",!1,ce.payload));return}if(Ge)return;if(ce.type!==Ae.ConnectionAck)throw new Error(`First message cannot be of type ${ce.type}`);clearTimeout(be),Ge=!0,F.emit("connected",B,ce.payload,R),R=!1,Z=0;const bt=new Promise((Pn,Bn)=>te(Bn));bt.catch(()=>{}),G([B,bt])}catch(ce){B.onmessage=null,F.emit("error",ce),B.close(Se.BadResponse,fr(ce instanceof Error?ce.message:String(ce),"Bad response"))}}})())));D.readyState===T.CLOSING&&await u;let I=()=>{};const C=new Promise(G=>I=G);return[D,I,new Promise((G,K)=>{const B=te(K);D.readyState!==T.OPEN&&u.catch(K),C.then(()=>{if(B(),!j){const be=()=>D.close(1e3,"Normal Closure");isFinite(s)&&s>0?(clearTimeout(ge),ge=setTimeout(()=>{!j&&D.readyState===T.OPEN&&be()},s)):be()}G()})})]}function Fe(D){if(an(D)&&(ss(D.code)||[Se.InternalServerError,Se.InternalClientError,Se.BadRequest,Se.BadResponse,Se.Unauthorized,Se.SubprotocolNotAcceptable,Se.SubscriberAlreadyExists,Se.TooManyInitialisationRequests].includes(D.code)))throw D;if(V)return!1;if(an(D)&&D.code===1e3)return j>0;if(!h||Z>=h||!y(D))throw D;return R=!0}i||(async()=>{for(j++;;)try{const[,,D]=await de();await D}catch(D){try{if(!Fe(D))return}catch(u){return o?.(u)}}})();function Ie(D,u){const I=_(D);let C=!1,G=!1,K=()=>{j--,C=!0};return(async()=>{for(j++;;)try{const[B,be,Ce]=await de();if(C)return Ce.catch(()=>{}),be();const Ze=F.onMessage(I,Ge=>{switch(Ge.type){case Ae.Next:{u.next(Ge.payload);return}case Ae.Error:{G=!0,C=!0,u.error(Ge.payload),K();return}case Ae.Complete:{C=!0,K();return}}});B.send(dt({id:I,type:Ae.Subscribe,payload:D},E)),K=()=>{!C&&B.readyState===T.OPEN&&B.send(dt({id:I,type:Ae.Complete},E)),j--,C=!0,be()},await Ce.finally(Ze);return}catch(B){if(!Fe(B))return}})().then(()=>{G||u.complete()}).catch(B=>{u.error(B)}),()=>{C||K()}}return{on:F.on,subscribe:Ie,iterate(D){const u=[],I={done:!1,error:null,resolve:()=>{}},C=Ie(D,{next(K){u.push(K),I.resolve()},error(K){I.done=!0,I.error=K,I.resolve()},complete(){I.done=!0,I.resolve()}}),G=(async function*(){for(;;){for(u.length||await new Promise(B=>I.resolve=B);u.length;)yield u.shift();if(I.error)throw I.error;if(I.done)return}})();return G.throw=async K=>(I.done||(I.done=!0,I.error=K,I.resolve()),{done:!0,value:void 0}),G.return=async()=>(C(),{done:!0,value:void 0}),G},async dispose(){if(V=!0,q){const[D]=await q;D.close(1e3,"Normal Closure")}},terminate(){q&&F.emit("closed",new pr)}}}class pr extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function an(e){return ze(e)&&"code"in e&&"reason"in e}function ss(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function os(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}class ve extends Error{kind;errors;status;constructor(t,r,i={}){super(r),this.name="Problem",this.kind=t,this.errors=i.errors??[],this.status=i.status}}function jt(e){const t=e.extensions?.code;return typeof t=="string"?t:void 0}const as={UNAUTHENTICATED:"unauthenticated",FORBIDDEN:"forbidden",BAD_USER_INPUT:"invalid-input",GRAPHQL_VALIDATION_FAILED:"invalid-input",NOT_FOUND:"not-found",CONFLICT:"conflict",INVALID_TRANSITION:"not-allowed-now",FAILED_PRECONDITION:"not-allowed-now",TOO_MANY_REQUESTS:"rate-limited",RATE_LIMITED:"rate-limited"};function cs(e){switch(jt(e)){case"UNAUTHENTICATED":return"You are signed out. Sign in again to continue.";case"FORBIDDEN":return`Your role does not allow this${e.message?` (${e.message})`:""}.`;case"INVALID_TRANSITION":{const r=e.extensions?.from;return typeof r=="string"?`This action no longer applies: the integration is ${r} now.`:e.message}case"CONFLICT":return`${e.message} Someone changed it meanwhile; the page shows the latest version.`;case"INTERNAL_SERVER_ERROR":return"The server failed to do this. Try again; if it keeps failing, the server log has the cause.";default:return e.message||"The server refused the request."}}function Je(e,t){const r=e[0],i=r?jt(r):void 0,o=i&&as[i]||"server",s=[...new Set(e.map(cs))],l={errors:e};return t!==void 0&&(l.status=t),new ve(o,s.join(" ")||"The server refused the request.",l)}function ft(e,t){if(e===401)return new ve("unauthenticated","You are signed out. Sign in again to continue.",{status:e});if(e===403)return new ve("forbidden","The server refused the request (403). Reload the page and sign in again.",{status:e});if(e===413)return new ve("invalid-input","The request is too large for the server.",{status:e});if(e===429){const r=t&&/^\d+$/.test(t)?` in ${t} s`:" shortly";return new ve("rate-limited",`Too many requests. Try again${r}.`,{status:e})}return e>=500?new ve("server",`The server failed (HTTP ${e}). Try again in a moment.`,{status:e}):new ve("server",`The server answered HTTP ${e}.`,{status:e})}function Tn(){return new ve("network","Cannot reach the server. Check the connection and try again.")}function ct(e){return e instanceof ve||e instanceof Error&&e.message?e.message:"Something went wrong."}function gn(e){const t={},r=(i,o)=>{const[s,...l]=i.split(".");if(!s)return;const d=l.length>0?`${l.join(".")}: ${o}`:o,f=t[s]??=[];f.includes(d)||f.push(d)};for(const i of e){if(jt(i)!=="BAD_USER_INPUT")continue;const o=i.extensions?.fields;if(Array.isArray(o)&&o.length>0){for(const l of o)if(l&&typeof l=="object"){const{field:d,message:f}=l;typeof d=="string"&&r(d,typeof f=="string"?f:i.message)}continue}const s=i.extensions?.field;typeof s=="string"&&r(s,ls(s,i.message))}return t}function ls(e,t){const r=`${e}: `;return t.startsWith(r)?t.slice(r.length):t}function ds(e,t){const r=gn(e);return e.filter(i=>{if(jt(i)!=="BAD_USER_INPUT")return!0;const o=Object.keys(gn([i]));return o.length===0||o.some(s=>!t.includes(s)||!r[s])})}class us{#e;constructor(t){this.#e=t??void 0}get value(){return this.#e}accept(t){return this.#e!==void 0&&t<=this.#e?!1:(this.#e=t,!0)}}function gr(e,t=Math.random){const r=Math.min(15e3,500*2**Math.max(0,e));return Math.round(r*(.8+.4*t()))}function qr(e){return!!e&&typeof e=="object"&&typeof e.code=="number"}function hs(e){return qr(e)&&e.code===4401}function fs(e){return Array.isArray(e)?!1:qr(e)?![4400,4403,4406,4409].includes(e.code):!0}function ps(e){return e.active===0?e.browserOnline?"idle":"offline":e.browserOnline?e.socket==="open"&&e.waiting===0?"online":e.waiting>0||e.socket==="closed"||e.everConnected?"reconnecting":"connecting":"offline"}const gs="codebot_csrf",ms="X-CSRF-Token";function _s(e,t){for(const r of e.split(";")){const i=r.indexOf("=");if(!(i<0)&&r.slice(0,i).trim()===t){const o=r.slice(i+1).trim();try{return decodeURIComponent(o)}catch{return o}}}}function Kr(){const e={"content-type":"application/json",accept:"application/json"},t=typeof document>"u"?void 0:_s(document.cookie,gs);return t&&(e[ms]=t),e}async function Rn(e,t){try{return await fetch(e,{method:"POST",credentials:"same-origin",headers:Kr(),body:t===void 0?"{}":JSON.stringify(t)})}catch{throw Tn()}}async function bs(e){try{const t=await e.json();return Array.isArray(t.errors)?t.errors:[]}catch{return[]}}const mn=new Set;function ys(e){return mn.add(e),()=>mn.delete(e)}function xn(){for(const e of mn)e()}let cn;function jr(){return cn??=(async()=>{try{return(await Rn("/auth/refresh")).ok}catch{return!1}finally{cn=void 0}})(),cn}async function Es(e){const t=await Rn("/auth/session",{apiKey:e.trim()});if(t.ok)return;if(t.status===404||t.status===405)throw new ve("server","This server does not offer sign-in with an API key.",{status:t.status});const r=await bs(t);throw t.status===401?new ve("unauthenticated","The server did not accept this API key. Check it and try again.",{errors:r,status:401}):r.length>0?Je(r,t.status):ft(t.status)}async function ws(){try{await Rn("/auth/logout")}finally{xn()}}async function vs(){let e;try{e=await fetch("/auth/providers",{credentials:"same-origin",headers:{accept:"application/json"}})}catch{throw Tn()}if(e.status===404)return[];if(!e.ok)throw ft(e.status);const t=await e.json();return Array.isArray(t.providers)?t.providers.filter(r=>!!r&&typeof r=="object"&&typeof r.id=="string"&&typeof r.name=="string"&&typeof r.loginUrl=="string"):[]}function Is(e,t){if(!t||t==="/")return e.loginUrl;const r=e.loginUrl.includes("?")?"&":"?";return`${e.loginUrl}${r}redirect=${encodeURIComponent(t)}`}function kn(e){let t=e;const r=new Set;return{get:()=>t,set(i){if(!Object.is(i,t)){t=i;for(const o of[...r])o(t)}},subscribe(i){return r.add(i),()=>r.delete(i)}}}function _t(e){const[t,r]=A(e.get);return ae(()=>(r(()=>e.get()),e.subscribe(i=>r(()=>i))),[e]),t}const Cn=kn("idle");let rt="idle",$n=!1,_n=0,Wr=0;const bn=new Set,yn=new Set;let En=0;function Ss(){return typeof navigator>"u"?!0:navigator.onLine!==!1}function Be(){Cn.set(ps({socket:rt,active:_n,waiting:Wr,browserOnline:Ss(),everConnected:$n}))}typeof window<"u"&&(window.addEventListener("online",()=>{Be();for(const e of[...yn])e()}),window.addEventListener("offline",Be));function As(){const{protocol:e,host:t}=window.location;return`${e==="https:"?"wss:":"ws:"}//${t}/graphql/ws`}let Bt,Tt,Rt;const Ns=8e3;function Ts(){return Bt??=is({url:As,lazy:!0,lazyCloseTimeout:3e3,retryAttempts:0,keepAlive:15e3,connectionParams:{},on:{opened:e=>{Tt=e},ping:e=>{e||(clearTimeout(Rt),Rt=setTimeout(()=>{Tt?.readyState===WebSocket.OPEN&&Tt.close(4408,"No pong")},Ns))},pong:e=>{e&&clearTimeout(Rt)},connecting:()=>{rt="connecting",Be()},connected:()=>{rt="open",$n=!0,Be();for(const e of[...bn])e()},closed:()=>{clearTimeout(Rt),Tt=void 0,rt="closed",En+=1,Be()}}}),Bt}function Vr(){Bt?.terminate(),Bt=void 0,rt="idle",$n=!1,Be()}function zr(e){const t=new us(e.initialCursor);let r=!1,i=0,o,s,l=!1,d=!1;const f=g=>{g!==d&&(d=g,Wr+=g?1:-1,Be())},h=()=>{l&&!r&&(l=!1,e.onResume?.())},m=()=>{s!==void 0&&!r&&(clearTimeout(s),s=void 0,c())};bn.add(h),yn.add(m);const y=g=>{f(!0),l=!0,s=setTimeout(()=>{s=void 0,c()},g)},c=()=>{if(r)return;const g=En,_={query:e.document.toString(),variables:e.variables(t.value)};o=Ts().subscribe(_,{next:E=>{if(i=0,f(!1),E.errors&&E.errors.length>0){e.onError?.(Je(E.errors));return}const k=E.data;k&&(e.cursorOf&&!t.accept(e.cursorOf(k))||e.onData(k))},error:E=>{o=void 0,!r&&(hs(E)?(f(!0),jr().then(k=>{r||(k?y(0):(f(!1),xn()))})):fs(E)?y(gr(i++)):(f(!1),e.onError?.(Je(Array.isArray(E)?E:[{message:"The live update was refused."}]))))},complete:()=>{o=void 0,!r&&En!==g&&y(gr(i++))}}),rt==="open"&&h()};return _n+=1,Be(),c(),()=>{r||(r=!0,s!==void 0&&clearTimeout(s),f(!1),bn.delete(h),yn.delete(m),o?.(),_n-=1,Be())}}const Rs={idle:"",connecting:"Connecting…",online:"Live",reconnecting:"Reconnecting…",offline:"Offline"};function xs(){const e=_t(Cn);return e==="idle"?null:n("span",{class:`live live-${e}`,role:"status","aria-live":"polite","data-live":e,children:[n("span",{class:"live-dot","aria-hidden":"true"}),Rs[e]]})}function Ee({error:e,onRetry:t}){return e?n("div",{class:"notice notice-error",role:"alert",children:[n("span",{children:ct(e)}),t&&n("button",{type:"button",class:"button small",onClick:t,children:"Try again"})]}):null}function ot({children:e}){return n("div",{class:"notice notice-info",role:"status",children:e})}function Qe({what:e}){return n("p",{class:"loading",role:"status","aria-live":"polite",children:["Loading ",e,"…"]})}const ne={read:"integration.read",write:"integration.write",delete:"integration.delete",manageKeys:"apikey.manage",manageUsers:"user.manage"},ks=["VALIDATING","GENERATING","TESTING","REVIEWING","DEPLOYING"],Ot={approve:{label:"Approve",states:["REVIEWING"],permission:ne.write,confirm:!1,text:{label:"Comment (optional)",required:!1},tone:"primary"},requestChanges:{label:"Request changes",states:["REVIEWING"],permission:ne.write,confirm:!1,text:{label:"What should change",required:!0},tone:"default"},reject:{label:"Reject",states:["REVIEWING"],permission:ne.write,confirm:!0,text:{label:"Reason",required:!0},tone:"danger"},cancel:{label:"Cancel",states:["DRAFT",...ks],permission:ne.write,confirm:!0,tone:"danger"},retry:{label:"Retry",states:["FAILED"],permission:ne.write,confirm:!1,tone:"primary"},deprecate:{label:"Deprecate",states:["ACTIVE"],permission:ne.write,confirm:!0,tone:"danger"},delete:{label:"Delete",states:["DRAFT","FAILED","DEPRECATED"],permission:ne.delete,confirm:!0,tone:"danger"}},Cs=["approve","requestChanges","reject","retry","cancel","deprecate","delete"],$s={VIEWER:[ne.read],DEVELOPER:[ne.read,ne.write,ne.manageKeys],ADMIN:[ne.read,ne.write,ne.delete,ne.manageKeys,ne.manageUsers]};function Os(e){return Array.isArray(e.permissions)?e.permissions:$s[e.role]??[]}function at(e,t){return!!e&&Os(e).includes(t)}function Ds(e,t){return at(e,ne.write)?e.role==="ADMIN"||at(e,ne.manageUsers)?!0:!!t.owner&&t.owner.id===e.id:!1}function Ls(e,t){return Cs.filter(r=>Ot[r].states.includes(t.state)?r==="delete"?at(e,ne.delete):Ds(e,t):!1)}function Ut(e){return at(e,ne.write)}function On(e){return at(e,ne.manageUsers)}function Ms(e){return at(e,ne.manageKeys)}const Ft=["VIEWER","DEVELOPER","ADMIN"];function Ps(e){const t=Ft.indexOf(e);return t<0?[]:Ft.slice(0,t+1)}async function mr(e,t){try{return await fetch("/graphql",{method:"POST",credentials:"same-origin",headers:Kr(),body:JSON.stringify({query:e,variables:t??{}})})}catch{throw Tn()}}async function Yr(e,t){const r=e.toString();let i=await mr(r,t);if(i.status===401&&(await jr()&&(i=await mr(r,t)),i.status===401))throw xn(),ft(401);let o;try{o=await i.json()}catch{o=void 0}if(!o||o.data===void 0&&!o.errors)throw ft(i.status,i.headers.get("retry-after"));const s=Array.isArray(o.errors)?o.errors:[];if(o.data===void 0||o.data===null)throw s.length>0?Je(s,i.status):ft(i.status);return{data:o.data,errors:s}}const xe=Yr;async function Ne(e,t){const r=await Yr(e,t);if(r.errors.length>0||!r.data)throw Je(r.errors);return r.data}class X extends String{__apiType;value;__meta__;constructor(t,r){super(t),this.value=t,this.__meta__=r}toString(){return this.value}}new X(`
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
}`);function Qr({request:e,onClose:t}){const r=nt(null),[i,o]=A(""),[s,l]=A(!1),[d,f]=A(null);return ae(()=>{const m=r.current;m&&(e?(o(""),f(null),l(!1),m.open||m.showModal()):m.open&&m.close())},[e]),n("dialog",{ref:r,class:"dialog","aria-labelledby":"dialog-title",onClose:t,children:e&&n("form",{method:"dialog",onSubmit:async m=>{if(m.preventDefault(),!!e){if(e.text?.required&&i.trim()===""){f(new Error(`${e.text.label} is required.`));return}l(!0),f(null);try{await e.run(i.trim()),t()}catch(y){f(y),l(!1)}}},children:[n("h2",{id:"dialog-title",children:e.title}),n("p",{children:e.body}),e.text&&n("label",{class:"field",children:[n("span",{children:e.text.label}),n("textarea",{rows:3,value:i,required:e.text.required,onInput:m=>o(m.currentTarget.value)})]}),!!d&&n("p",{class:"field-error",role:"alert",children:ct(d)}),n("div",{class:"dialog-actions",children:[n("button",{type:"button",class:"button",onClick:t,disabled:s,children:"Back"}),n("button",{type:"submit",class:`button ${e.danger?"danger":"primary"}`,disabled:s,children:s?"Working…":e.confirmLabel})]})]})})}function Xr({secret:e,children:t,onDone:r}){const[i,o]=A(!1);return n("div",{class:"notice notice-success secret",role:"status",children:[n("p",{children:[t," Copy the secret now: it is shown only once."]}),n("div",{class:"secret-row",children:[n("code",{"data-secret":!0,children:e}),n("button",{type:"button",class:"button small",onClick:()=>navigator.clipboard?.writeText(e).then(()=>o(!0),()=>o(!1)),children:i?"Copied":"Copy"}),n("button",{type:"button",class:"button small",onClick:r,children:"Done"})]})]})}function Dt(e,t){const r=nt(e);r.current=e;const i=nt(void 0),o=nt(()=>{i.current!==void 0&&clearTimeout(i.current),i.current=setTimeout(()=>{i.current=void 0,r.current()},t)});return ae(()=>()=>clearTimeout(i.current),[]),o.current}function Wt(e){ae(()=>{document.title=e?`${e} · Claude Code Bot`:"Claude Code Bot"},[e])}function Te(e){if(!e)return"—";const t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleString(void 0,{dateStyle:"medium",timeStyle:"medium"})}function Vt(e){if(e==null||!Number.isFinite(e)||e<0)return"—";if(e<1e3)return`${Math.round(e)} ms`;const t=e/1e3;if(t<60)return`${t.toFixed(t<10?2:1)} s`;const r=Math.floor(t/60),i=Math.round(t%60);return r<60?`${r} min ${i} s`:`${Math.floor(r/60)} h ${r%60} min`}function so(e,t,r){if(!e)return null;const i=Date.parse(e),o=t?Date.parse(t):r;return Number.isNaN(i)||Number.isNaN(o)?null:Math.max(0,o-i)}function oo(e){return e===0?"$0.00":e<.01?`$${e.toFixed(4)}`:`$${e.toFixed(2)}`}function De(e){return e.toLocaleString("en-US")}function Q(e,t){return e&&typeof e=="object"?e[t]:void 0}const fe=e=>typeof e=="string"||typeof e=="number"?String(e):"";function ao(e,t){switch(e){case"IntegrationCreated":return`Created “${fe(Q(t,"name"))}” (${fe(Q(t,"kind"))})`;case"IntegrationUpdated":return`Changed ${Object.keys(t??{}).join(", ")||"nothing"}`;case"StateChanged":{const r=fe(Q(t,"reason")),i=fe(Q(t,"trigger")).replace(/_/g," ");return`${fe(Q(t,"from"))} → ${fe(Q(t,"to"))}${i?` (${i})`:""}${r?`: ${r}`:""}`}case"StepStarted":return`${fe(Q(t,"step"))} started (attempt ${fe(Q(t,"attempt"))})`;case"StepSucceeded":return`${fe(Q(t,"step"))} succeeded in ${Vt(Number(Q(t,"duration_ms")))}`;case"StepFailed":return`${fe(Q(t,"step"))} failed (attempt ${fe(Q(t,"attempt"))}): ${fe(Q(t,"error"))}`;case"GenerationProgressed":{const r=Number(Q(t,"characters")),i=Q(t,"files"),o=Array.isArray(i)?i.map(fe).filter(Boolean):[],s=Number(Q(t,"attempt"));return`Generation progress: ${Number.isFinite(r)?De(r):"?"} characters, ${o.length>0?`files: ${o.join(", ")}`:"no file begun yet"}${s>1?` (attempt ${s})`:""}`}case"CodeGenerated":{const r=Q(t,"files");return`Code generated by ${fe(Q(t,"generator"))}: ${Array.isArray(r)?r.length:0} files`}case"TestsCompleted":return Q(Q(t,"report"),"passed")?"Tests passed":"Tests failed";case"PullRequestOpened":return`Pull request #${fe(Q(Q(t,"pull_request"),"number"))} opened`;case"Deployed":return`Deployed to ${fe(Q(Q(t,"deployment"),"location"))}`;case"Compensated":return`${fe(Q(t,"step"))} undone: ${fe(Q(t,"detail"))}`;case"Undeployed":return"Deployment removed";case"IntegrationDeleted":return"Deleted";default:return e}}const br={CLOSED:{label:"Closed",tone:"good",help:"Calls go through"},OPEN:{label:"Open",tone:"attention",help:"Calls fail fast until the open period ends"},HALF_OPEN:{label:"Half-open",tone:"busy",help:"One trial call decides whether it closes again"}};function co(e){return Object.prototype.hasOwnProperty.call(br,e)?br[e]:{label:e,tone:"neutral",help:"Unknown breaker state"}}function Zr(e,t){return`${De(e)} / ${De(t)}`}function lo(e,t){return t>0&&e>=t}function ei(e){return!Number.isFinite(e)||e<0?"—":e<60?`${Math.round(e)} s`:Vt(e*1e3)}function uo(e,t){const r=Date.parse(e);if(Number.isNaN(r))return"—";const i=Math.floor((t-r)/1e3);return i<1?"just now":`${ei(i)} ago`}function ho({onInvited:e}){const[t,r]=A(""),[i,o]=A("DEVELOPER"),[s,l]=A(!1),[d,f]=A(null),[h,m]=A(null);return n(pe,{children:[n("h3",{id:"invite-title",children:"Invite someone"}),n("form",{class:"form inline-form","aria-labelledby":"invite-title",onSubmit:async c=>{if(c.preventDefault(),t.trim()===""){f("Give the person’s name.");return}l(!0),f(null);try{const g=await Ne(zs,{input:{name:t.trim(),role:i}});m(g.inviteUser),r(""),e(g.inviteUser)}catch(g){f(ct(g))}finally{l(!1)}},noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"invite-name",children:"Person’s name"}),n("input",{id:"invite-name",value:t,onInput:c=>r(c.currentTarget.value)})]}),n("div",{class:"field",children:[n("label",{for:"invite-role",children:"Their role"}),n("select",{id:"invite-role",value:i,onChange:c=>o(c.currentTarget.value),children:Ft.map(c=>n("option",{value:c,children:c},c))})]}),n("button",{type:"submit",class:"button primary",disabled:s,children:s?"Inviting…":"Invite"})]}),d&&n("p",{class:"field-error",role:"alert",children:d}),h&&n(Xr,{secret:h.apiKey.secret,onDone:()=>m(null),children:[n("strong",{children:h.user.name})," (",h.user.role,") is invited. Give them this key: it signs in as them."]})]})}function fo({me:e,onInvited:t}){const[r,i]=A(null),[o,s]=A(null),[l,d]=A(0),[f,h]=A(null),[m,y]=A(null),c=st(async _=>{try{const E=await xe(Jr,{first:50,after:_}),k=E.data?.users;if(!k)throw Je(E.errors);i(v=>_?[...v??[],...k.nodes]:k.nodes),s(k.pageInfo.hasNextPage?k.pageInfo.endCursor??null:null),d(k.totalCount),h(null)}catch(E){h(E)}},[]);ae(()=>{c(null)},[c]);const g=async(_,E)=>{y(_.id),h(null);try{const k=await Ne(Ys,{userId:_.id,role:E});i(v=>v?.map(T=>T.id===_.id?{...T,role:k.setUserRole.role}:T)??null)}catch(k){h(k)}finally{y(null)}};return n("section",{class:"card","aria-labelledby":"users-title",children:[n("h2",{id:"users-title",children:"Users and roles"}),n(ho,{onInvited:_=>{i(E=>E&&[...E,_.user]),d(E=>E+1),t()}}),n(Ee,{error:f,onRetry:()=>{c(null)}}),r===null?!f&&n(Qe,{what:"users"}):n("div",{class:"table-scroll",children:[n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Email"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Since"})]})}),n("tbody",{children:r.map(_=>n("tr",{children:[n("td",{"data-label":"Name",children:[_.name,_.id===e.id&&n("span",{class:"muted",children:" (you)"})]}),n("td",{"data-label":"Email",children:_.email??"—"}),n("td",{"data-label":"Role",children:n("select",{"aria-label":`Role of ${_.name}`,value:_.role,disabled:m===_.id||_.id===e.id,onChange:E=>{g(_,E.currentTarget.value)},children:Ft.map(E=>n("option",{value:E,children:E},E))})}),n("td",{"data-label":"Since",children:Te(_.createdAt)})]},_.id))})]}),n("p",{class:"muted small",children:[r.length," of ",l," users"]}),o&&n("button",{type:"button",class:"button",onClick:()=>{c(o)},children:"Load more"})]})]})}function po({me:e,reload:t}){const r=Ps(e.role),[i,o]=A(null),[s,l]=A(null),[d,f]=A(""),[h,m]=A("VIEWER"),[y,c]=A(""),[g,_]=A(null),[E,k]=A(!1),[v,T]=A(null),[F,te]=A(null),q=st(async()=>{try{const R=await xe(to);o(R.data?.apiKeys??[]),l(null)}catch(R){l(R)}},[]);ae(()=>{q()},[q,t]);const j=async R=>{if(R.preventDefault(),d.trim()===""){_("Give the key a name.");return}k(!0),_(null);try{const Z={name:d.trim(),role:h};y&&(Z.expiresAt=new Date(`${y}T23:59:59`).toISOString());const V=await Ne(Ws,{input:Z});T(V.createApiKey),f(""),c(""),q()}catch(Z){_(ct(Z))}finally{k(!1)}},ge=R=>te({title:`Revoke “${R.name}”`,body:`Programs using the key ${R.prefix}… stop working at once. This cannot be undone.`,confirmLabel:"Revoke",danger:!0,run:async()=>{await Ne(Vs,{id:R.id}),await q()}});return n("section",{class:"card","aria-labelledby":"keys-title",children:[n("h2",{id:"keys-title",children:"API keys"}),n("p",{class:"muted small",children:"Keys you make are yours and act as you, with at most the role you signed in with."}),n("form",{class:"form inline-form",onSubmit:j,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"key-name",children:"Name"}),n("input",{id:"key-name",value:d,onInput:R=>f(R.currentTarget.value)})]}),n("div",{class:"field",children:[n("label",{for:"key-role",children:"Role"}),n("select",{id:"key-role",value:h,onChange:R=>m(R.currentTarget.value),children:r.map(R=>n("option",{value:R,children:R},R))})]}),n("div",{class:"field",children:[n("label",{for:"key-expires",children:["Expires ",n("small",{class:"muted",children:"(optional)"})]}),n("input",{id:"key-expires",type:"date",value:y,onInput:R=>c(R.currentTarget.value)})]}),n("button",{type:"submit",class:"button primary",disabled:E,children:E?"Creating…":"Create key"})]}),g&&n("p",{class:"field-error",role:"alert",children:g}),v&&n(Xr,{secret:v.secret,onDone:()=>T(null),children:["Key ",n("strong",{children:v.apiKey.name})," (",v.apiKey.role,") created for you."]}),n(Ee,{error:s,onRetry:()=>{q()}}),i===null?!s&&n(Qe,{what:"API keys"}):i.length===0?n("p",{class:"muted",children:"No API keys."}):n("div",{class:"table-scroll",children:n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Key"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Owner"}),n("th",{scope:"col",children:"Created"}),n("th",{scope:"col",children:"Last used"}),n("th",{scope:"col",children:"Expires"}),n("th",{scope:"col",children:n("span",{class:"visually-hidden",children:"Revoke"})})]})}),n("tbody",{children:i.map(R=>n("tr",{class:R.revokedAt?"revoked":void 0,children:[n("td",{"data-label":"Name",children:R.name}),n("td",{"data-label":"Key",children:n("code",{children:[R.prefix,"…"]})}),n("td",{"data-label":"Role",children:R.role}),n("td",{"data-label":"Owner",children:R.owner?.name??"—"}),n("td",{"data-label":"Created",children:Te(R.createdAt)}),n("td",{"data-label":"Last used",children:R.lastUsedAt?Te(R.lastUsedAt):"never"}),n("td",{"data-label":"Expires",children:R.expiresAt?Te(R.expiresAt):"never"}),n("td",{children:R.revokedAt?n("span",{class:"muted",children:["revoked ",Te(R.revokedAt)]}):n("button",{type:"button",class:"button small danger",onClick:()=>ge(R),children:"Revoke"})})]},R.id))})]})}),n(Qr,{request:F,onClose:()=>te(null)})]})}function Gt({count:e,limit:t}){return n(pe,{children:[Zr(e,t),lo(e,t)&&n(pe,{children:[" ",n("span",{class:"badge tone-attention",children:"full"})]})]})}function go({workers:e,readAt:t}){return n(pe,{children:[n("h3",{id:"workers-title",children:"Workers"}),e.length===0?n(ot,{children:"No worker is running: integrations will wait in the queue."}):n("ul",{class:"worker-list","aria-labelledby":"workers-title",children:e.map(r=>n("li",{"data-worker":r.instance,children:[n("code",{children:r.instance})," ",n("span",{class:"muted small",children:["reported"," ",n("time",{dateTime:r.reportedAt,title:Te(r.reportedAt),children:uo(r.reportedAt,t)})]})]},r.instance))})]})}function mo({bulkheads:e}){return n(pe,{children:[n("h3",{id:"bulkheads-title",children:"Bulkheads"}),e.length===0?n("p",{class:"muted",children:"No worker reports a bulkhead."}):n("div",{class:"table-scroll",children:n("table",{class:"numbers","aria-labelledby":"bulkheads-title",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Worker"}),n("th",{scope:"col",children:"Guards"}),n("th",{scope:"col",children:"In flight"}),n("th",{scope:"col",children:"Queued"}),n("th",{scope:"col",children:"Rejected"})]})}),n("tbody",{children:e.map(t=>n("tr",{"data-bulkhead":t.name,children:[n("td",{"data-label":"Worker",children:n("code",{children:t.instance})}),n("td",{"data-label":"Guards",children:n("code",{children:t.name})}),n("td",{"data-label":"In flight",children:n(Gt,{count:t.inFlight,limit:t.concurrencyLimit})}),n("td",{"data-label":"Queued",children:n(Gt,{count:t.queued,limit:t.queueLimit})}),n("td",{"data-label":"Rejected",children:De(t.rejected)})]},`${t.instance}/${t.name}`))})]})})]})}function _o({provider:e}){const t=co(e.breaker);return n("li",{class:"provider","data-breaker":e.breaker,children:n("table",{class:"kv",children:[n("caption",{children:n("code",{children:e.name})}),n("tbody",{children:[n("tr",{children:[n("th",{scope:"row",children:"Worker"}),n("td",{children:n("code",{children:e.instance})})]}),n("tr",{children:[n("th",{scope:"row",children:"Breaker"}),n("td",{children:n("span",{class:`badge tone-${t.tone}`,title:t.help,"data-breaker":e.breaker,children:t.label})})]}),n("tr",{children:[n("th",{scope:"row",children:"Failures in a row"}),n("td",{children:Zr(e.consecutiveFailures,e.failureThreshold)})]}),n("tr",{children:[n("th",{scope:"row",children:"Open period"}),n("td",{children:ei(e.openSeconds)})]}),n("tr",{children:[n("th",{scope:"row",children:"In flight"}),n("td",{children:n(Gt,{count:e.inFlight,limit:e.concurrencyLimit})})]}),n("tr",{children:[n("th",{scope:"row",children:"Queued"}),n("td",{children:n(Gt,{count:e.queued,limit:e.queueLimit})})]}),n("tr",{children:[n("th",{scope:"row",children:"Calls"}),n("td",{children:De(e.calls)})]}),n("tr",{children:[n("th",{scope:"row",children:"Retries"}),n("td",{children:De(e.retries)})]}),n("tr",{children:[n("th",{scope:"row",children:"Rejected"}),n("td",{children:De(e.rejected)})]})]})]})})}function bo({providers:e,workers:t}){return n(pe,{children:[n("h3",{id:"providers-title",children:"Providers"}),e.length===0?n("p",{class:"muted",children:t===0?"No worker reports its providers.":"No networked providers (the offline generator is in use)."}):n("ul",{class:"provider-list","aria-labelledby":"providers-title",children:e.map(r=>n(_o,{provider:r},`${r.instance}/${r.name}`))})]})}function yo(){const[e,t]=A(null),[r,i]=A(0),[o,s]=A(null),l=st(async()=>{try{const d=await xe(no);t(d.data?.systemStatus??null),i(Date.now()),s(null)}catch(d){s(d)}},[]);return ae(()=>{l()},[l]),n("section",{class:"card","aria-labelledby":"status-title",children:[n("div",{class:"page-head",children:[n("h2",{id:"status-title",children:"System status"}),n("button",{type:"button",class:"button small",onClick:()=>{l()},children:"Refresh"})]}),n(Ee,{error:o,onRetry:()=>{l()}}),e&&n("dl",{class:"pairs",children:[n("dt",{children:"Version"}),n("dd",{children:e.version}),n("dt",{children:"Database"}),n("dd",{children:[e.database.backend," ",n("span",{class:`badge tone-${e.database.ok?"good":"bad"}`,children:e.database.ok?"OK":"not answering"})]}),n("dt",{children:"Job queue"}),n("dd",{children:e.queue?`${e.queue.queued} queued, ${e.queue.running} running`:"cannot be read"})]}),e&&n(pe,{children:[n(go,{workers:e.workers,readAt:r}),n(mo,{bulkheads:e.bulkheads}),n(bo,{providers:e.providers,workers:e.workers.length})]})]})}function Eo({user:e}){const t=On(e),r=Ms(e),[i,o]=A(0);return Wt(t?"Admin":"API keys"),n("div",{class:"admin",children:[n("h1",{children:t?"Admin":"API keys"}),t&&n(yo,{}),t&&n(fo,{me:e,onInvited:()=>o(s=>s+1)}),r?n(po,{me:e,reload:i}):n(ot,{children:["You signed in with a ",e.role.toLowerCase()," key: it cannot list, create or revoke API keys."]}),!t&&n(ot,{children:"Users, roles and the system status are for administrators."})]})}const zt=["DRAFT","VALIDATING","GENERATING","TESTING","REVIEWING","DEPLOYING","ACTIVE","FAILED","DEPRECATED"],wo={DRAFT:"neutral",VALIDATING:"busy",GENERATING:"busy",TESTING:"busy",REVIEWING:"attention",DEPLOYING:"busy",ACTIVE:"good",FAILED:"bad",DEPRECATED:"muted"},vo={DRAFT:"Created; the pipeline has not started",VALIDATING:"The request is checked against its kind",GENERATING:"The generator writes the code and its tests",TESTING:"The generated tests run in the sandbox",REVIEWING:"A pull request waits for a review",DEPLOYING:"The reviewed code is being deployed",ACTIVE:"Deployed and running",FAILED:"Failed, rejected or cancelled; finished steps were undone",DEPRECATED:"Taken out of service"};function Io(e){return zt.includes(e)}function ti(e){return e.charAt(0)+e.slice(1).toLowerCase()}function So(){return{total:0,byState:Object.fromEntries(zt.map(e=>[e,0]))}}function Ao(e){const t=So();if(!e)return t;t.total=e.all?.totalCount??0;for(const r of zt)t.byState[r]=e[r]?.totalCount??0;return t}function No(e,t,r){if(t===r)return e;const i={...e.byState};let o=e.total;return t?i[t]=Math.max(0,i[t]-1):o+=1,i[r]+=1,{total:o,byState:i}}function Dn({state:e}){return n("span",{class:`badge tone-${wo[e]}`,title:vo[e],"data-state":e,children:ti(e)})}function To({status:e}){return n("span",{class:`badge tone-${e==="SUCCEEDED"?"good":e==="FAILED"?"bad":e==="RUNNING"?"busy":e==="COMPENSATED"?"muted":"neutral"}`,children:e.charAt(0)+e.slice(1).toLowerCase()})}function Ln(){return{path:window.location.pathname,search:new URLSearchParams(window.location.search)}}const Mn=kn(Ln());window.addEventListener("popstate",()=>Mn.set(Ln()));function Ue(e,t={}){const r=window.location.pathname+window.location.search;e!==r&&(t.replace?window.history.replaceState(null,"",e):window.history.pushState(null,"",e),Mn.set(Ln()),t.replace||window.scrollTo(0,0))}function Yt(){return _t(Mn)}function Ro(e,t){const r=e.split("/").filter(Boolean),i=t.split("/").filter(Boolean);if(r.length!==i.length)return null;const o={};for(let s=0;s<r.length;s+=1){const l=r[s],d=i[s];if(l.startsWith(":"))try{o[l.slice(1)]=decodeURIComponent(d)}catch{return null}else if(l!==d)return null}return o}function ke({href:e,onClick:t,...r}){return n("a",{href:e,onClick:i=>{t&&t(i),!(i.defaultPrevented||i.button!==0||i.metaKey||i.ctrlKey||i.shiftKey||i.altKey)&&(i.preventDefault(),Ue(e))},...r})}const yr=25;function Er(e){return{states:(e.get("state")??"").split(",").filter(Io),owner:e.get("owner")??"",text:e.get("q")??""}}function ln(e){const t=new URLSearchParams;e.states.length>0&&t.set("state",e.states.join(",")),e.owner&&t.set("owner",e.owner),e.text&&t.set("q",e.text);const r=t.toString();return r?`/?${r}`:"/"}function wr(e,t){return e?e==="me"?t.id:e:null}function xo({user:e}){Wt("Integrations");const t=Yt(),r=Er(t.search),i=`${r.states.join(",")}|${r.owner}|${r.text}`,[o,s]=A(null),[l,d]=A(0),[f,h]=A(null),[m,y]=A(null),[c,g]=A(null),[_,E]=A(null),[k,v]=A(!1),[T,F]=A(r.text),[te,q]=A([]),j=nt(o);j.current=o;const ge=()=>{const u={};r.states.length>0&&(u.states=r.states);const I=wr(r.owner,e);return I&&(u.owner=I),r.text&&(u.text=r.text),u},R=st(async()=>{try{const u=await xe(Qs,{owner:wr(r.owner,e),text:r.text||null});y(Ao(u.data))}catch(u){g(u)}},[i]),Z=st(async()=>{const u=Math.min(100,Math.max(yr,j.current?.length??0));try{const C=(await xe(_r,{first:u,after:null,filter:ge()})).data.integrations;s(C.nodes),d(C.totalCount),h(C.pageInfo.hasNextPage?C.pageInfo.endCursor??null:null),g(null)}catch(I){g(I)}},[i]),V=Dt(()=>{Z()},300),de=Dt(()=>{R()},300);ae(()=>{s(null),j.current=null,Z(),R()},[Z,R]),ae(()=>{On(e)&&xe(Jr,{first:100,after:null}).then(u=>q(u.data?.users?.nodes??[]),()=>q([]))},[e]),ae(()=>zr({document:ro,variables:()=>({}),onData:({integrationUpdated:u})=>{const I=j.current,C=I?I.findIndex(G=>G.id===u.id):-1;if(I&&C>=0){const G=I[C];if(G.version>u.version)return;const K=[...I];K[C]=u,j.current=K,s(K),G.state!==u.state&&y(B=>B&&No(B,G.state,u.state))}else V();de()},onResume:()=>{V(),de()},onError:E}),[V,de]);const Fe=Dt(()=>{const u=Er(new URLSearchParams(window.location.search));u.text!==T.trim()&&Ue(ln({...u,text:T.trim()}),{replace:!0})},350);ae(()=>{r.text!==T.trim()&&F(r.text)},[r.text]);const Ie=u=>{const I=u===null?[]:r.states.includes(u)?r.states.filter(C=>C!==u):[...r.states,u];Ue(ln({...r,states:I}))},D=async()=>{if(f){v(!0);try{const I=(await xe(_r,{first:yr,after:f,filter:ge()})).data.integrations,C=new Set((j.current??[]).map(K=>K.id)),G=[...j.current??[],...I.nodes.filter(K=>!C.has(K.id))];j.current=G,s(G),d(I.totalCount),h(I.pageInfo.hasNextPage?I.pageInfo.endCursor??null:null)}catch(u){g(u)}finally{v(!1)}}};return n("section",{"aria-labelledby":"board-title",children:[n("div",{class:"page-head",children:[n("h1",{id:"board-title",children:"Integrations"}),Ut(e)&&n(ke,{class:"button primary",href:"/integrations/new",children:"New integration"})]}),n("div",{class:"filters",role:"search",children:[n("div",{class:"chips",role:"group","aria-label":"Filter by state",children:[n("button",{type:"button",class:"chip","aria-pressed":r.states.length===0,onClick:()=>Ie(null),children:["All ",n("span",{class:"count",children:m?m.total:"…"})]}),zt.map(u=>n("button",{type:"button",class:`chip chip-${u.toLowerCase()}`,"aria-pressed":r.states.includes(u),"data-state-count":u,onClick:()=>Ie(u),children:[ti(u)," ",n("span",{class:"count",children:m?m.byState[u]:"…"})]},u))]}),n("div",{class:"filter-row",children:[n("div",{class:"field inline",children:[n("label",{for:"board-search",children:"Search"}),n("input",{id:"board-search",type:"search",value:T,placeholder:"Name or description",onInput:u=>{F(u.currentTarget.value),Fe()}})]}),n("div",{class:"field inline",children:[n("label",{for:"board-owner",children:"Owner"}),n("select",{id:"board-owner",value:r.owner,onChange:u=>Ue(ln({...r,owner:u.currentTarget.value})),children:[n("option",{value:"",children:"Anyone"}),n("option",{value:"me",children:"Me"}),te.filter(u=>u.id!==e.id).map(u=>n("option",{value:u.id,children:u.name},u.id))]})]})]})]}),n(Ee,{error:c,onRetry:()=>{Z()}}),n(Ee,{error:_}),o===null?!c&&n(Qe,{what:"integrations"}):o.length===0?n("p",{class:"empty",children:["No integration matches. ",Ut(e)&&n(ke,{href:"/integrations/new",children:"Create one."})]}):n(pe,{children:[n("table",{class:"board",children:[n("caption",{class:"visually-hidden",children:"Integrations, newest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Kind"}),n("th",{scope:"col",children:"State"}),n("th",{scope:"col",children:"Owner"}),n("th",{scope:"col",children:"Updated"})]})}),n("tbody",{children:o.map(u=>n("tr",{"data-integration":u.id,children:[n("td",{"data-label":"Name",children:[n(ke,{href:`/integrations/${encodeURIComponent(u.id)}`,class:"name",children:u.name}),u.description&&n("div",{class:"muted small",children:u.description})]}),n("td",{"data-label":"Kind",children:n("code",{children:u.kind})}),n("td",{"data-label":"State",children:n(Dn,{state:u.state})}),n("td",{"data-label":"Owner",children:u.owner?u.owner.id===e.id?"You":u.owner.name:"—"}),n("td",{"data-label":"Updated",children:n("time",{dateTime:u.updatedAt,children:Te(u.updatedAt)})})]},u.id))})]}),n("p",{class:"muted small","aria-live":"polite",children:["Showing ",o.length," of ",l]}),f&&n("button",{type:"button",class:"button",onClick:D,disabled:k,children:k?"Loading…":"Load more"})]})]})}function vr(e){if(e.trim()==="")return{ok:!1,issue:{path:"",message:"Enter the configuration as a JSON object."}};let t;try{t=JSON.parse(e)}catch(r){return{ok:!1,issue:{path:"",message:`Not valid JSON: ${r instanceof Error?r.message:"not valid JSON"}`}}}return!t||typeof t!="object"||Array.isArray(t)?{ok:!1,issue:{path:"",message:"The configuration must be a JSON object ({ … })."}}:{ok:!0,value:t}}function pt(e){return e&&typeof e=="object"&&!Array.isArray(e)?e:void 0}function ko(e){return e===null?"null":Array.isArray(e)?"array":typeof e=="number"?Number.isInteger(e)?"integer":"number":typeof e}function Co(e,t){const r=ko(e);return r===t||t==="number"&&r==="integer"}function wn(e,t,r=""){const i=pt(t);if(!i)return[];const o=[],s=d=>r?`${r}.${d}`:String(d),l=Array.isArray(i.type)?i.type:typeof i.type=="string"?[i.type]:[];if(l.length>0&&!l.some(d=>Co(e,d)))return[{path:r,message:`must be ${l.map(d=>d==="integer"?"a whole number":`a${/^[aeiou]/.test(d)?"n":""} ${d}`).join(" or ")}`}];if(Array.isArray(i.enum)&&!i.enum.some(d=>JSON.stringify(d)===JSON.stringify(e))&&o.push({path:r,message:`must be one of ${i.enum.map(d=>JSON.stringify(d)).join(", ")}`}),typeof e=="string"&&(typeof i.minLength=="number"&&[...e].length<i.minLength&&o.push({path:r,message:`must be at least ${i.minLength} characters`}),typeof i.maxLength=="number"&&[...e].length>i.maxLength&&o.push({path:r,message:`must be at most ${i.maxLength} characters`}),typeof i.pattern=="string"))try{new RegExp(i.pattern,"u").test(e)||o.push({path:r,message:`must match ${i.pattern}`})}catch{}if(typeof e=="number"&&(typeof i.minimum=="number"&&e<i.minimum&&o.push({path:r,message:`must be at least ${i.minimum}`}),typeof i.maximum=="number"&&e>i.maximum&&o.push({path:r,message:`must be at most ${i.maximum}`})),Array.isArray(e)&&i.items&&e.forEach((d,f)=>o.push(...wn(d,i.items,s(f)))),e&&typeof e=="object"&&!Array.isArray(e)){const d=e,f=pt(i.properties)??{};for(const h of Array.isArray(i.required)?i.required:[])h in d||o.push({path:s(h),message:"is required"});for(const[h,m]of Object.entries(d))h in f?o.push(...wn(m,f[h],s(h))):i.additionalProperties===!1&&o.push({path:s(h),message:"is not a field of this kind"})}return o}function $o(e){const t=pt(e),r=pt(t?.properties)??{},i=Array.isArray(t?.required)?t.required:[];return Object.entries(r).map(([o,s])=>{const l=pt(s)??{};return{name:o,type:Array.isArray(l.type)?l.type.join(" | "):String(l.type??"any"),description:typeof l.description=="string"?l.description:"",required:i.includes(o),secret:l.writeOnly===!0,defaultValue:l.default}})}const Ir=["kind","name","description","prompt","config"];function dn(e){return JSON.stringify(e??{},null,2)}function ut({id:e,messages:t}){return!t||t.length===0?null:n("ul",{id:e,class:"field-error",role:"alert",children:t.map(r=>n("li",{children:r},r))})}function Oo({user:e}){Wt("New integration");const[t,r]=A(null),[i,o]=A(null),[s,l]=A(""),[d,f]=A(""),[h,m]=A(""),[y,c]=A(""),[g,_]=A("{}"),[E,k]=A(!1),[v,T]=A({}),[F,te]=A(null),[q,j]=A(!1),ge=()=>{o(null),xe(Xs).then(u=>{const I=u.data?.integrationKinds??[];r(I);const C=I[0];C&&!s&&(l(C.name),_(dn(C.exampleConfig)))},u=>o(u))};ae(ge,[]);const R=t?.find(u=>u.name===s),Z=mt(()=>$o(R?.configSchema),[R]),V=mt(()=>{const u=vr(g);return u.ok?R?wn(u.value,R.configSchema):[]:[u.issue]},[g,R]);if(!Ut(e))return n(ot,{children:["Your role (",e.role,") may read integrations but not create them."]});const de=u=>{l(u);const I=t?.find(C=>C.name===u);I&&!E&&_(dn(I.exampleConfig)),T(C=>({...C,kind:[],config:[]}))},Fe=async u=>{u.preventDefault(),te(null);const I=vr(g);if(!I.ok){T({config:[I.issue.message]}),document.getElementById("config")?.focus();return}j(!0);try{const C=await Ne(Bs,{input:{kind:s,name:d,description:h.trim()===""?null:h,prompt:y,config:I.value}});Ue(`/integrations/${encodeURIComponent(C.createIntegration.id)}`)}catch(C){const G=C instanceof ve?C.errors:[],K=gn(G);T(K);const B=ds(G,Ir);B.length>0?te(Je(B)):G.length===0&&te(C);const be=Ir.find(Ce=>K[Ce]?.length);be&&document.getElementById(be)?.focus()}finally{j(!1)}},Ie=(u,I)=>[I,v[u]?.length?`${u}-error`:""].filter(Boolean).join(" ")||void 0,D=u=>v[u]?.length?"true":void 0;return n("section",{"aria-labelledby":"create-title",class:"create",children:[n("div",{class:"page-head",children:[n("h1",{id:"create-title",children:"New integration"}),n(ke,{href:"/",children:"Back to the board"})]}),n(Ee,{error:i,onRetry:ge}),t===null?!i&&n(Qe,{what:"integration kinds"}):n("form",{class:"form card",onSubmit:Fe,noValidate:!0,children:[n(Ee,{error:F}),n("fieldset",{class:"field",children:[n("legend",{children:"Kind"}),n("div",{class:"kinds",children:t.map(u=>n("label",{class:`kind-option${u.name===s?" selected":""}`,children:[n("input",{type:"radio",name:"kind",id:u.name===s?"kind":void 0,value:u.name,checked:u.name===s,onChange:()=>de(u.name)}),n("span",{children:[n("strong",{children:n("code",{children:u.name})}),n("small",{class:"help",children:u.description})]})]},u.name))}),n(ut,{id:"kind-error",messages:v.kind})]}),n("div",{class:"field",children:[n("label",{for:"name",children:"Name"}),n("input",{id:"name",value:d,maxLength:100,required:!0,"aria-invalid":D("name"),"aria-describedby":Ie("name"),onInput:u=>f(u.currentTarget.value)})]}),n(ut,{id:"name-error",messages:v.name}),n("div",{class:"field",children:[n("label",{for:"description",children:["Description ",n("small",{class:"muted",children:"(optional)"})]}),n("input",{id:"description",value:h,"aria-invalid":D("description"),"aria-describedby":Ie("description"),onInput:u=>m(u.currentTarget.value)})]}),n(ut,{id:"description-error",messages:v.description}),n("div",{class:"field",children:[n("label",{for:"prompt",children:"Prompt"}),n("textarea",{id:"prompt",rows:5,value:y,required:!0,placeholder:"What the integration must do","aria-invalid":D("prompt"),"aria-describedby":Ie("prompt","prompt-help"),onInput:u=>c(u.currentTarget.value)}),n("small",{id:"prompt-help",class:"help",children:"Sent to the code generator as the integration's requirements."})]}),n(ut,{id:"prompt-error",messages:v.prompt}),n("div",{class:"config-editor",children:[n("div",{class:"field",children:[n("label",{for:"config",children:"Configuration (JSON)"}),n("textarea",{id:"config",class:"mono",rows:12,spellcheck:!1,value:g,"aria-invalid":D("config")??(V.length>0?"true":void 0),"aria-describedby":Ie("config","config-check"),onInput:u=>{_(u.currentTarget.value),k(!0)}})]}),n("div",{id:"config-check",class:V.length>0?"config-issues":"config-ok","aria-live":"polite",children:V.length===0?n("span",{children:["✓ Matches the ",s," schema"]}):n("ul",{children:V.map(u=>n("li",{children:[u.path?n("code",{children:u.path}):"Configuration"," ",u.message]},`${u.path}:${u.message}`))})}),n(ut,{id:"config-error",messages:v.config}),R&&n("details",{class:"schema-help",children:[n("summary",{children:["Fields of ",R.name]}),n("dl",{children:Z.map(u=>n("div",{children:[n("dt",{children:[n("code",{children:u.name})," ",n("small",{class:"muted",children:u.type}),u.required&&n("small",{class:"tag",children:"required"}),u.secret&&n("small",{class:"tag",children:"secret"})]}),n("dd",{children:[u.description,u.defaultValue!==void 0&&n(pe,{children:[" (default ",JSON.stringify(u.defaultValue),")"]})]})]},u.name))}),n("button",{type:"button",class:"button small",onClick:()=>{_(dn(R.exampleConfig)),k(!1)},children:"Use the example"})]})]}),n("div",{class:"form-actions",children:n("button",{type:"submit",class:"button primary",disabled:q,children:q?"Creating…":"Create and start the pipeline"})})]})]})}function Do(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var un,Sr;function Lo(){if(Sr)return un;Sr=1;function e(a){return a instanceof Map?a.clear=a.delete=a.set=function(){throw new Error("map is read-only")}:a instanceof Set&&(a.add=a.clear=a.delete=function(){throw new Error("set is read-only")}),Object.freeze(a),Object.getOwnPropertyNames(a).forEach(p=>{const w=a[p],M=typeof w;(M==="object"||M==="function")&&!Object.isFrozen(w)&&e(w)}),a}class t{constructor(p){p.data===void 0&&(p.data={}),this.data=p.data,this.isMatchIgnored=!1}ignoreMatch(){this.isMatchIgnored=!0}}function r(a){return a.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&#x27;")}function i(a,...p){const w=Object.create(null);for(const M in a)w[M]=a[M];return p.forEach(function(M){for(const re in M)w[re]=M[re]}),w}const o="</span>",s=a=>!!a.scope,l=(a,{prefix:p})=>{if(a.startsWith("language:"))return a.replace("language:","language-");if(a.includes(".")){const w=a.split(".");return[`${p}${w.shift()}`,...w.map((M,re)=>`${M}${"_".repeat(re+1)}`)].join(" ")}return`${p}${a}`};class d{constructor(p,w){this.buffer="",this.classPrefix=w.classPrefix,p.walk(this)}addText(p){this.buffer+=r(p)}openNode(p){if(!s(p))return;const w=l(p.scope,{prefix:this.classPrefix});this.span(w)}closeNode(p){s(p)&&(this.buffer+=o)}value(){return this.buffer}span(p){this.buffer+=`<span class="${p}">`}}const f=(a={})=>{const p={children:[]};return Object.assign(p,a),p};class h{constructor(){this.rootNode=f(),this.stack=[this.rootNode]}get top(){return this.stack[this.stack.length-1]}get root(){return this.rootNode}add(p){this.top.children.push(p)}openNode(p){const w=f({scope:p});this.add(w),this.stack.push(w)}closeNode(){if(this.stack.length>1)return this.stack.pop()}closeAllNodes(){for(;this.closeNode(););}toJSON(){return JSON.stringify(this.rootNode,null,4)}walk(p){return this.constructor._walk(p,this.rootNode)}static _walk(p,w){return typeof w=="string"?p.addText(w):w.children&&(p.openNode(w),w.children.forEach(M=>this._walk(p,M)),p.closeNode(w)),p}static _collapse(p){typeof p!="string"&&p.children&&(p.children.every(w=>typeof w=="string")?p.children=[p.children.join("")]:p.children.forEach(w=>{h._collapse(w)}))}}class m extends h{constructor(p){super(),this.options=p}addText(p){p!==""&&this.add(p)}startScope(p){this.openNode(p)}endScope(){this.closeNode()}__addSublanguage(p,w){const M=p.root;w&&(M.scope=`language:${w}`),this.add(M)}toHTML(){return new d(this,this.options).value()}finalize(){return this.closeAllNodes(),!0}}function y(a){return a?typeof a=="string"?a:a.source:null}function c(a){return E("(?=",a,")")}function g(a){return E("(?:",a,")*")}function _(a){return E("(?:",a,")?")}function E(...a){return a.map(w=>y(w)).join("")}function k(a){const p=a[a.length-1];return typeof p=="object"&&p.constructor===Object?(a.splice(a.length-1,1),p):{}}function v(...a){return"("+(k(a).capture?"":"?:")+a.map(M=>y(M)).join("|")+")"}function T(a){return new RegExp(a.toString()+"|").exec("").length-1}function F(a,p){const w=a&&a.exec(p);return w&&w.index===0}const te=new RegExp(v(/\[(?:[^\\\]]|\\.)*\]/,/\(\?<(?![=!])[^>]+>/,/\(\?'[^']+'/,/\(\??/,/\\([1-9][0-9]*)/,/\\./));function q(a,{joinWith:p}){let w=0;return a.map(M=>{w+=1;const re=w;let ie=y(M),x="";for(;ie.length>0;){const N=te.exec(ie);if(!N){x+=ie;break}x+=ie.substring(0,N.index),ie=ie.substring(N.index+N[0].length),N[0][0]==="\\"&&N[1]?x+="\\"+String(Number(N[1])+re):(x+=N[0],(N[0]==="("||/^\(\?[<']/.test(N[0]))&&w++)}return x}).map(M=>`(${M})`).join(p)}const j=/\b\B/,ge="[a-zA-Z]\\w*",R="[a-zA-Z_]\\w*",Z="\\b\\d+(\\.\\d+)?",V="(-?)(\\b0[xX][a-fA-F0-9]+|(\\b\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?)",de="\\b(0b[01]+)",Fe="!|!=|!==|%|%=|&|&&|&=|\\*|\\*=|\\+|\\+=|,|-|-=|/=|/|:|;|<<|<<=|<=|<|===|==|=|>>>=|>>=|>=|>>>|>>|>|\\?|\\[|\\{|\\(|\\^|\\^=|\\||\\|=|\\|\\||~",Ie=(a={})=>{const p=/^#![ ]*\//;return a.binary&&(a.begin=E(p,/.*\b/,a.binary,/\b.*/)),i({scope:"meta",begin:p,end:/$/,relevance:0,"on:begin":(w,M)=>{w.index!==0&&M.ignoreMatch()}},a)},D={begin:"\\\\[\\s\\S]",relevance:0},u={scope:"string",begin:"'",end:"'",illegal:"\\n",contains:[D]},I={scope:"string",begin:'"',end:'"',illegal:"\\n",contains:[D]},C={begin:/\b(a|an|the|are|I'm|isn't|don't|doesn't|won't|but|just|should|pretty|simply|enough|gonna|going|wtf|so|such|will|you|your|they|like|more)\b/},G=function(a,p,w={}){const M=i({scope:"comment",begin:a,end:p,contains:[]},w);M.contains.push({scope:"doctag",begin:"[ ]*(?=(TODO|FIXME|NOTE|BUG|OPTIMIZE|HACK|XXX):)",end:/(TODO|FIXME|NOTE|BUG|OPTIMIZE|HACK|XXX):/,excludeBegin:!0,relevance:0});const re=v("I","a","is","so","us","to","at","if","in","it","on",/[A-Za-z]+['](d|ve|re|ll|t|s|n)/,/[A-Za-z]+[-][a-z]+/,/[A-Za-z][a-z]{2,}/);return M.contains.push({begin:E(/[ ]+/,"(",re,/[.]?[:]?([.][ ]|[ ])/,"){3}")}),M},K=G("//","$"),B=G("/\\*","\\*/"),be=G("#","$"),Ce={scope:"number",begin:Z,relevance:0},Ze={scope:"number",begin:V,relevance:0},Ge={scope:"number",begin:de,relevance:0},ue={scope:"regexp",begin:/\/(?=[^/\n]*\/)/,end:/\/[gimuy]*/,contains:[D,{begin:/\[/,end:/\]/,relevance:0,contains:[D]}]},ce={scope:"title",begin:ge,relevance:0},bt={scope:"title",begin:R,relevance:0},Pn={begin:"\\.\\s*"+R,relevance:0};var yt=Object.freeze({__proto__:null,APOS_STRING_MODE:u,BACKSLASH_ESCAPE:D,BINARY_NUMBER_MODE:Ge,BINARY_NUMBER_RE:de,COMMENT:G,C_BLOCK_COMMENT_MODE:B,C_LINE_COMMENT_MODE:K,C_NUMBER_MODE:Ze,C_NUMBER_RE:V,END_SAME_AS_BEGIN:function(a){return Object.assign(a,{"on:begin":(p,w)=>{w.data._beginMatch=p[1]},"on:end":(p,w)=>{w.data._beginMatch!==p[1]&&w.ignoreMatch()}})},HASH_COMMENT_MODE:be,IDENT_RE:ge,MATCH_NOTHING_RE:j,METHOD_GUARD:Pn,NUMBER_MODE:Ce,NUMBER_RE:Z,PHRASAL_WORDS_MODE:C,QUOTE_STRING_MODE:I,REGEXP_MODE:ue,RE_STARTERS_RE:Fe,SHEBANG:Ie,TITLE_MODE:ce,UNDERSCORE_IDENT_RE:R,UNDERSCORE_TITLE_MODE:bt});function ii(a,p){a.input[a.index-1]==="."&&p.ignoreMatch()}function si(a,p){a.className!==void 0&&(a.scope=a.className,delete a.className)}function oi(a,p){p&&a.beginKeywords&&(a.begin="\\b("+a.beginKeywords.split(" ").join("|")+")(?!\\.)(?=\\b|\\s)",a.__beforeBegin=ii,a.keywords=a.keywords||a.beginKeywords,delete a.beginKeywords,a.relevance===void 0&&(a.relevance=0))}function ai(a,p){Array.isArray(a.illegal)&&(a.illegal=v(...a.illegal))}function ci(a,p){if(a.match){if(a.begin||a.end)throw new Error("begin & end are not supported with match");a.begin=a.match,delete a.match}}function li(a,p){a.relevance===void 0&&(a.relevance=1)}const di=(a,p)=>{if(!a.beforeMatch)return;if(a.starts)throw new Error("beforeMatch cannot be used with starts");const w=Object.assign({},a);Object.keys(a).forEach(M=>{delete a[M]}),a.keywords=w.keywords,a.begin=E(w.beforeMatch,c(w.begin)),a.starts={relevance:0,contains:[Object.assign(w,{endsParent:!0})]},a.relevance=0,delete w.beforeMatch},ui=["of","and","for","in","not","or","if","then","parent","list","value"],hi="keyword";function Un(a,p,w=hi){const M=Object.create(null);return typeof a=="string"?re(w,a.split(" ")):Array.isArray(a)?re(w,a):Object.keys(a).forEach(function(ie){Object.assign(M,Un(a[ie],p,ie))}),M;function re(ie,x){p&&(x=x.map(N=>N.toLowerCase())),x.forEach(function(N){const L=N.split("|");M[L[0]]=[ie,fi(L[0],L[1])]})}}function fi(a,p){return p?Number(p):pi(a)?0:1}function pi(a){return ui.includes(a.toLowerCase())}const Fn={},We=a=>{console.error(a)},Gn=(a,...p)=>{console.log(`WARN: ${a}`,...p)},et=(a,p)=>{Fn[`${a}/${p}`]||(console.log(`Deprecated as of ${a}. ${p}`),Fn[`${a}/${p}`]=!0)},Et=new Error;function Hn(a,p,{key:w}){let M=0;const re=a[w],ie={},x={};for(let N=1;N<=p.length;N++)x[N+M]=re[N],ie[N+M]=!0,M+=T(p[N-1]);a[w]=x,a[w]._emit=ie,a[w]._multi=!0}function gi(a){if(Array.isArray(a.begin)){if(a.skip||a.excludeBegin||a.returnBegin)throw We("skip, excludeBegin, returnBegin not compatible with beginScope: {}"),Et;if(typeof a.beginScope!="object"||a.beginScope===null)throw We("beginScope must be object"),Et;Hn(a,a.begin,{key:"beginScope"}),a.begin=q(a.begin,{joinWith:""})}}function mi(a){if(Array.isArray(a.end)){if(a.skip||a.excludeEnd||a.returnEnd)throw We("skip, excludeEnd, returnEnd not compatible with endScope: {}"),Et;if(typeof a.endScope!="object"||a.endScope===null)throw We("endScope must be object"),Et;Hn(a,a.end,{key:"endScope"}),a.end=q(a.end,{joinWith:""})}}function _i(a){a.scope&&typeof a.scope=="object"&&a.scope!==null&&(a.beginScope=a.scope,delete a.scope)}function bi(a){_i(a),typeof a.beginScope=="string"&&(a.beginScope={_wrap:a.beginScope}),typeof a.endScope=="string"&&(a.endScope={_wrap:a.endScope}),gi(a),mi(a)}function yi(a){function p(x,N){return new RegExp(y(x),"m"+(a.case_insensitive?"i":"")+(a.unicodeRegex?"u":"")+(N?"g":""))}class w{constructor(){this.matchIndexes={},this.regexes=[],this.matchAt=1,this.position=0}addRule(N,L){L.position=this.position++,this.matchIndexes[this.matchAt]=L,this.regexes.push([L,N]),this.matchAt+=T(N)+1}compile(){this.regexes.length===0&&(this.exec=()=>null);const N=this.regexes.map(L=>L[1]);this.matcherRe=p(q(N,{joinWith:"|"}),!0),this.lastIndex=0}exec(N){this.matcherRe.lastIndex=this.lastIndex;const L=this.matcherRe.exec(N);if(!L)return null;const he=L.findIndex((lt,Xt)=>Xt>0&&lt!==void 0),se=this.matchIndexes[he];return L.splice(0,he),Object.assign(L,se)}}class M{constructor(){this.rules=[],this.multiRegexes=[],this.count=0,this.lastIndex=0,this.regexIndex=0}getMatcher(N){if(this.multiRegexes[N])return this.multiRegexes[N];const L=new w;return this.rules.slice(N).forEach(([he,se])=>L.addRule(he,se)),L.compile(),this.multiRegexes[N]=L,L}resumingScanAtSamePosition(){return this.regexIndex!==0}considerAll(){this.regexIndex=0}addRule(N,L){this.rules.push([N,L]),L.type==="begin"&&this.count++}exec(N){const L=this.getMatcher(this.regexIndex);L.lastIndex=this.lastIndex;let he=L.exec(N);if(this.resumingScanAtSamePosition()&&!(he&&he.index===this.lastIndex)){const se=this.getMatcher(0);se.lastIndex=this.lastIndex+1,he=se.exec(N)}return he&&(this.regexIndex+=he.position+1,this.regexIndex===this.count&&this.considerAll()),he}}function re(x){const N=new M;return x.contains.forEach(L=>N.addRule(L.begin,{rule:L,type:"begin"})),x.terminatorEnd&&N.addRule(x.terminatorEnd,{type:"end"}),x.illegal&&N.addRule(x.illegal,{type:"illegal"}),N}function ie(x,N){const L=x;if(x.isCompiled)return L;[si,ci,bi,di].forEach(se=>se(x,N)),a.compilerExtensions.forEach(se=>se(x,N)),x.__beforeBegin=null,[oi,ai,li].forEach(se=>se(x,N)),x.isCompiled=!0;let he=null;return typeof x.keywords=="object"&&x.keywords.$pattern&&(x.keywords=Object.assign({},x.keywords),he=x.keywords.$pattern,delete x.keywords.$pattern),he=he||/\w+/,x.keywords&&(x.keywords=Un(x.keywords,a.case_insensitive)),L.keywordPatternRe=p(he,!0),N&&(x.begin||(x.begin=/\B|\b/),L.beginRe=p(L.begin),!x.end&&!x.endsWithParent&&(x.end=/\B|\b/),x.end&&(L.endRe=p(L.end)),L.terminatorEnd=y(L.end)||"",x.endsWithParent&&N.terminatorEnd&&(L.terminatorEnd+=(x.end?"|":"")+N.terminatorEnd)),x.illegal&&(L.illegalRe=p(x.illegal)),x.contains||(x.contains=[]),x.contains=[].concat(...x.contains.map(function(se){return Ei(se==="self"?x:se)})),x.contains.forEach(function(se){ie(se,L)}),x.starts&&ie(x.starts,N),L.matcher=re(L),L}if(a.compilerExtensions||(a.compilerExtensions=[]),a.contains&&a.contains.includes("self"))throw new Error("ERR: contains `self` is not supported at the top-level of a language.  See documentation.");return a.classNameAliases=i(a.classNameAliases||{}),ie(a)}function qn(a){return a?a.endsWithParent||qn(a.starts):!1}function Ei(a){return a.variants&&!a.cachedVariants&&(a.cachedVariants=a.variants.map(function(p){return i(a,{variants:null},p)})),a.cachedVariants?a.cachedVariants:qn(a)?i(a,{starts:a.starts?i(a.starts):null}):Object.isFrozen(a)?i(a):a}var wi="11.12.0";class vi extends Error{constructor(p,w){super(p),this.name="HTMLInjectionError",this.html=w}}const Qt=r,Kn=i,jn=Symbol("nomatch"),Ii=7,Wn=function(a){const p=Object.create(null),w=Object.create(null),M=[];let re=!0;const ie="Could not find the language '{}', did you forget to load/include a language module?",x={disableAutodetect:!0,name:"Plain text",contains:[]};let N={ignoreUnescapedHTML:!1,throwUnescapedHTML:!1,noHighlightRe:/^(no-?highlight)$/i,languageDetectRe:/\blang(?:uage)?-([\w-]+)\b/i,classPrefix:"hljs-",cssSelector:"pre code",languages:null,__emitter:m};function L(b){return N.noHighlightRe.test(b)}function he(b){let O=b.className+" ";O+=b.parentNode?b.parentNode.className:"";const H=N.languageDetectRe.exec(O);if(H){const Y=He(H[1]);return Y||(Gn(ie.replace("{}",H[1])),Gn("Falling back to no-highlight mode for this block.",b)),Y?H[1]:"no-highlight"}return O.split(/\s+/).find(Y=>L(Y)||He(Y))}function se(b,O,H){let Y="",le="";typeof O=="object"?(Y=b,H=O.ignoreIllegals,le=O.language):(et("10.7.0","highlight(lang, code, ...args) has been deprecated."),et("10.7.0",`Please use highlight(code, options) instead.
https://github.com/highlightjs/highlight.js/issues/2277`),le=b,Y=O),H===void 0&&(H=!0);const Re={code:Y,language:le};vt("before:highlight",Re);const qe=Re.result?Re.result:lt(Re.language,Re.code,H);return qe.code=Re.code,vt("after:highlight",qe),qe}function lt(b,O,H,Y){const le=Object.create(null);function Re(S,$){return S.keywords[$]}function qe(){if(!P.keywords){me.addText(J);return}let S=0;P.keywordPatternRe.lastIndex=0;let $=P.keywordPatternRe.exec(J),U="";for(;$;){U+=J.substring(S,$.index);const W=Oe.case_insensitive?$[0].toLowerCase():$[0],_e=Re(P,W);if(_e){const[Me,Fi]=_e;if(me.addText(U),U="",le[W]=(le[W]||0)+1,le[W]<=Ii&&(At+=Fi),Me.startsWith("_"))U+=$[0];else{const Gi=Oe.classNameAliases[Me]||Me;$e($[0],Gi)}}else U+=$[0];S=P.keywordPatternRe.lastIndex,$=P.keywordPatternRe.exec(J)}U+=J.substring(S),me.addText(U)}function It(){if(J==="")return;let S=null;if(typeof P.subLanguage=="string"){if(!p[P.subLanguage]){me.addText(J);return}S=lt(P.subLanguage,J,!0,er[P.subLanguage]),er[P.subLanguage]=S._top}else S=Zt(J,P.subLanguage.length?P.subLanguage:null);P.relevance>0&&(At+=S.relevance),me.__addSublanguage(S._emitter,S.language)}function we(){P.subLanguage!=null?It():qe(),J=""}function $e(S,$){S!==""&&(me.startScope($),me.addText(S),me.endScope())}function Jn(S,$){let U=1;const W=$.length-1;for(;U<=W;){if(!S._emit[U]){U++;continue}const _e=Oe.classNameAliases[S[U]]||S[U],Me=$[U];_e?$e(Me,_e):(J=Me,qe(),J=""),U++}}function Qn(S,$){return S.scope&&typeof S.scope=="string"&&me.openNode(Oe.classNameAliases[S.scope]||S.scope),S.beginScope&&(S.beginScope._wrap?($e(J,Oe.classNameAliases[S.beginScope._wrap]||S.beginScope._wrap),J=""):S.beginScope._multi&&(Jn(S.beginScope,$),J="")),P=Object.create(S,{parent:{value:P}}),P}function Xn(S,$,U){let W=F(S.endRe,U);if(W){if(S["on:end"]){const _e=new t(S);S["on:end"]($,_e),_e.isMatchIgnored&&(W=!1)}if(W){for(;S.endsParent&&S.parent;)S=S.parent;return S}}if(S.endsWithParent)return Xn(S.parent,$,U)}function Li(S){return P.matcher.regexIndex===0?(J+=S[0],1):(rn=!0,0)}function Mi(S){const $=S[0],U=S.rule,W=new t(U),_e=[U.__beforeBegin,U["on:begin"]];for(const Me of _e)if(Me&&(Me(S,W),W.isMatchIgnored))return Li($);return U.skip?J+=$:(U.excludeBegin&&(J+=$),we(),!U.returnBegin&&!U.excludeBegin&&(J=$)),Qn(U,S),U.returnBegin?0:$.length}function Pi(S){const $=S[0],U=O.substring(S.index),W=Xn(P,S,U);if(!W)return jn;const _e=P;P.endScope&&P.endScope._wrap?(we(),$e($,P.endScope._wrap)):P.endScope&&P.endScope._multi?(we(),Jn(P.endScope,S)):_e.skip?J+=$:(_e.returnEnd||_e.excludeEnd||(J+=$),we(),_e.excludeEnd&&(J=$));do P.scope&&me.closeNode(),!P.skip&&!P.subLanguage&&(At+=P.relevance),P=P.parent;while(P!==W.parent);return W.starts&&Qn(W.starts,S),_e.returnEnd?0:$.length}function Bi(){const S=[];for(let $=P;$!==Oe;$=$.parent)$.scope&&S.unshift($.scope);S.forEach($=>me.openNode($))}let St={};function Zn(S,$){const U=$&&$[0];if(J+=S,U==null)return we(),0;if(St.type==="begin"&&$.type==="end"&&St.index===$.index&&U===""){if(J+=O.slice($.index,$.index+1),!re){const W=new Error(`0 width match regex (${b})`);throw W.languageName=b,W.badRule=St.rule,W}return 1}if(St=$,$.type==="begin")return Mi($);if($.type==="illegal"&&!H){const W=new Error('Illegal lexeme "'+U+'" for mode "'+(P.scope||"<unnamed>")+'"');throw W.mode=P,W}else if($.type==="end"){const W=Pi($);if(W!==jn)return W}if($.type==="illegal"&&U==="")return $.index===O.length||(J+=`
`),1;if(nn>1e5&&nn>$.index*3)throw new Error("potential infinite loop, way more iterations than matches");return J+=U,U.length}const Oe=He(b);if(!Oe)throw We(ie.replace("{}",b)),new Error('Unknown language: "'+b+'"');const Ui=yi(Oe);let tn="",P=Y||Ui;const er={},me=new N.__emitter(N);Bi();let J="",At=0,Ve=0,nn=0,rn=!1;try{if(Oe.__emitTokens)Oe.__emitTokens(O,me);else{for(P.matcher.considerAll();;){nn++,rn?rn=!1:P.matcher.considerAll(),P.matcher.lastIndex=Ve;const S=P.matcher.exec(O);if(!S)break;const $=O.substring(Ve,S.index),U=Zn($,S);Ve=S.index+U}Zn(O.substring(Ve))}return me.finalize(),tn=me.toHTML(),{language:b,value:tn,relevance:At,illegal:!1,_emitter:me,_top:P}}catch(S){if(S.message&&S.message.includes("Illegal"))return{language:b,value:Qt(O),illegal:!0,relevance:0,_illegalBy:{message:S.message,index:Ve,context:O.slice(Ve-100,Ve+100),mode:S.mode,resultSoFar:tn},_emitter:me};if(re)return{language:b,value:Qt(O),illegal:!1,relevance:0,errorRaised:S,_emitter:me,_top:P};throw S}}function Xt(b){const O={value:Qt(b),illegal:!1,relevance:0,_top:x,_emitter:new N.__emitter(N)};return O._emitter.addText(b),O}function Zt(b,O){O=O||N.languages||Object.keys(p);const H=Xt(b),Y=O.filter(He).filter(Yn).map(we=>lt(we,b,!1));Y.unshift(H);const le=Y.sort((we,$e)=>{if(we.relevance!==$e.relevance)return $e.relevance-we.relevance;if(we.language&&$e.language){if(He(we.language).supersetOf===$e.language)return 1;if(He($e.language).supersetOf===we.language)return-1}return 0}),[Re,qe]=le,It=Re;return It.secondBest=qe,It}function Si(b,O,H){const Y=O&&w[O]||H;b.classList.add("hljs"),b.classList.add(`language-${Y}`)}function en(b){let O=null;const H=he(b);if(L(H))return;if(vt("before:highlightElement",{el:b,language:H}),b.dataset.highlighted){console.log("Element previously highlighted. To highlight again, first unset `dataset.highlighted`.",b);return}if(b.children.length>0&&(N.ignoreUnescapedHTML||(console.warn("One of your code blocks includes unescaped HTML. This is a potentially serious security risk."),console.warn("https://github.com/highlightjs/highlight.js/wiki/security"),console.warn("The element with unescaped HTML:"),console.warn(b)),N.throwUnescapedHTML))throw new vi("One of your code blocks includes unescaped HTML.",b.innerHTML);O=b;const Y=O.textContent,le=H?se(Y,{language:H,ignoreIllegals:!0}):Zt(Y);b.innerHTML=le.value,b.dataset.highlighted="yes",Si(b,H,le.language),b.result={language:le.language,re:le.relevance,relevance:le.relevance},le.secondBest&&(b.secondBest={language:le.secondBest.language,relevance:le.secondBest.relevance}),vt("after:highlightElement",{el:b,result:le,text:Y})}function Ai(b){N=Kn(N,b)}const Ni=()=>{wt(),et("10.6.0","initHighlighting() deprecated.  Use highlightAll() now.")};function Ti(){wt(),et("10.6.0","initHighlightingOnLoad() deprecated.  Use highlightAll() now.")}let Vn=!1;function wt(){function b(){wt()}if(document.readyState==="loading"){Vn||window.addEventListener("DOMContentLoaded",b,!1),Vn=!0;return}document.querySelectorAll(N.cssSelector).forEach(en)}function Ri(b,O){let H=null;try{H=O(a)}catch(Y){if(We("Language definition for '{}' could not be registered.".replace("{}",b)),re)We(Y);else throw Y;H=x}H.name||(H.name=b),p[b]=H,H.rawDefinition=O.bind(null,a),H.aliases&&zn(H.aliases,{languageName:b})}function xi(b){delete p[b];for(const O of Object.keys(w))w[O]===b&&delete w[O]}function ki(){return Object.keys(p)}function He(b){return b=(b||"").toLowerCase(),p[b]||p[w[b]]}function zn(b,{languageName:O}){typeof b=="string"&&(b=[b]),b.forEach(H=>{w[H.toLowerCase()]=O})}function Yn(b){const O=He(b);return O&&!O.disableAutodetect}function Ci(b){b["before:highlightBlock"]&&!b["before:highlightElement"]&&(b["before:highlightElement"]=O=>{b["before:highlightBlock"](Object.assign({block:O.el},O))}),b["after:highlightBlock"]&&!b["after:highlightElement"]&&(b["after:highlightElement"]=O=>{b["after:highlightBlock"](Object.assign({block:O.el},O))})}function $i(b){Ci(b),M.push(b)}function Oi(b){const O=M.indexOf(b);O!==-1&&M.splice(O,1)}function vt(b,O){const H=b;M.forEach(function(Y){Y[H]&&Y[H](O)})}function Di(b){return et("10.7.0","highlightBlock will be removed entirely in v12.0"),et("10.7.0","Please use highlightElement now."),en(b)}Object.assign(a,{highlight:se,highlightAuto:Zt,highlightAll:wt,highlightElement:en,highlightBlock:Di,configure:Ai,initHighlighting:Ni,initHighlightingOnLoad:Ti,registerLanguage:Ri,unregisterLanguage:xi,listLanguages:ki,getLanguage:He,registerAliases:zn,autoDetection:Yn,inherit:Kn,addPlugin:$i,removePlugin:Oi}),a.debugMode=function(){re=!1},a.safeMode=function(){re=!0},a.versionString=wi,a.regex={concat:E,lookahead:c,either:v,optional:_,anyNumberOfTimes:g};for(const b in yt)typeof yt[b]=="object"&&e(yt[b]);return Object.assign(a,yt),a},tt=Wn({});return tt.newInstance=()=>Wn({}),un=tt,tt.HighlightJS=tt,tt.default=tt,un}var Mo=Lo();const Xe=Do(Mo);function Po(e){const t=e.regex,r={},i={begin:/\$\{/,end:/\}/,contains:["self",{begin:/:-/,contains:[r]}]};Object.assign(r,{className:"variable",variants:[{begin:t.concat(/\$[\w\d#@][\w\d_]*/,"(?![\\w\\d])(?![$])")},i]});const o={className:"subst",begin:/\$\(/,end:/\)/,contains:[e.BACKSLASH_ESCAPE]},s=e.inherit(e.COMMENT(),{match:[/(^|\s)/,/#.*$/],scope:{2:"comment"}}),l={begin:/<<-?\s*(?=\w+)/,starts:{contains:[e.END_SAME_AS_BEGIN({begin:/(\w+)/,end:/(\w+)/,className:"string"})]}},d={className:"string",begin:/"/,end:/"/,contains:[e.BACKSLASH_ESCAPE,r,o]};o.contains.push(d);const f={match:/\\"/},h={className:"string",begin:/'/,end:/'/},m={match:/\\'/},y={begin:/\$?\(\(/,end:/\)\)/,contains:[{begin:/\d+#[0-9a-f]+/,className:"number"},e.NUMBER_MODE,r]},c=["fish","bash","zsh","sh","csh","ksh","tcsh","dash","scsh"],g=e.SHEBANG({binary:`(${c.join("|")})`,relevance:10}),_={className:"function",begin:/\w[\w\d_]*\s*\(\s*\)\s*\{/,returnBegin:!0,contains:[e.inherit(e.TITLE_MODE,{begin:/\w[\w\d_]*/})],relevance:0},E=["if","then","else","elif","fi","time","for","while","until","in","do","done","case","esac","coproc","function","select"],k=["true","false"],v={match:/(\/[a-z._-]+)+/},T=["break","cd","continue","eval","exec","exit","export","getopts","hash","pwd","readonly","return","shift","test","times","trap","umask","unset"],F=["alias","bind","builtin","caller","command","declare","echo","enable","help","let","local","logout","mapfile","printf","read","readarray","source","sudo","type","typeset","ulimit","unalias"],te=["autoload","bg","bindkey","bye","cap","chdir","clone","comparguments","compcall","compctl","compdescribe","compfiles","compgroups","compquote","comptags","comptry","compvalues","dirs","disable","disown","echotc","echoti","emulate","fc","fg","float","functions","getcap","getln","history","integer","jobs","kill","limit","log","noglob","popd","print","pushd","pushln","rehash","sched","setcap","setopt","stat","suspend","ttyctl","unfunction","unhash","unlimit","unsetopt","vared","wait","whence","where","which","zcompile","zformat","zftp","zle","zmodload","zparseopts","zprof","zpty","zregexparse","zsocket","zstyle","ztcp"],q=["chcon","chgrp","chown","chmod","cp","dd","df","dir","dircolors","ln","ls","mkdir","mkfifo","mknod","mktemp","mv","realpath","rm","rmdir","shred","sync","touch","truncate","vdir","b2sum","base32","base64","cat","cksum","comm","csplit","cut","expand","fmt","fold","head","join","md5sum","nl","numfmt","od","paste","ptx","pr","sha1sum","sha224sum","sha256sum","sha384sum","sha512sum","shuf","sort","split","sum","tac","tail","tr","tsort","unexpand","uniq","wc","arch","basename","chroot","date","dirname","du","echo","env","expr","factor","groups","hostid","id","link","logname","nice","nohup","nproc","pathchk","pinky","printenv","printf","pwd","readlink","runcon","seq","sleep","stat","stdbuf","stty","tee","test","timeout","tty","uname","unlink","uptime","users","who","whoami","yes"];return{name:"Bash",aliases:["sh","zsh"],keywords:{$pattern:/\b[a-z][a-z0-9._-]+\b/,keyword:E,literal:k,built_in:[...T,...F,"set","shopt",...te,...q]},contains:[g,e.SHEBANG(),_,y,s,l,v,d,f,h,m,r]}}function Bo(e){const t=e.regex,r={className:"number",relevance:0,variants:[{begin:/([+-]+)?[\d]+_[\d_]+/},{begin:e.NUMBER_RE}]},i=e.COMMENT();i.variants=[{begin:/;/,end:/$/},{begin:/#/,end:/$/}];const o={className:"variable",variants:[{begin:/\$[\w\d"][\w\d_]*/},{begin:/\$\{(.*?)\}/}]},s={className:"literal",begin:/\bon|off|true|false|yes|no\b/},l={className:"string",contains:[e.BACKSLASH_ESCAPE],variants:[{begin:"'''",end:"'''",relevance:10},{begin:'"""',end:'"""',relevance:10},{begin:'"',end:'"'},{begin:"'",end:"'"}]},d={begin:/\[/,end:/\]/,contains:[i,s,o,l,r,"self"],relevance:0},f=/[A-Za-z0-9_-]+/,h=/"(\\"|[^"])*"/,m=/'[^']*'/,y=t.either(f,h,m),c=t.concat(y,"(\\s*\\.\\s*",y,")*",t.lookahead(/\s*=\s*[^#\s]/));return{name:"TOML, also INI",aliases:["toml"],case_insensitive:!0,illegal:/\S/,contains:[i,{className:"section",begin:/\[+/,end:/\]+/},{begin:c,className:"attr",starts:{end:/$/,contains:[i,d,s,o,l,r]}}]}}const Uo="([-+]?)(\\b0[xX][a-fA-F0-9]+|(\\b\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?)|NaN|[-+]?Infinity",Fo={scope:"number",match:Uo,relevance:0};function Go(e){const t={className:"attr",begin:/(("(\\.|[^\\"\r\n])*")|('(\\.|[^\\'\r\n])*'))(?=\s*:)/,relevance:1.01},r={match:/[{}[\],:]/,className:"punctuation",relevance:0},i=["true","false","null"],o={scope:"literal",beginKeywords:i.join(" ")};return{name:"JSON",aliases:["jsonc","json5"],keywords:{literal:i},contains:[t,r,e.APOS_STRING_MODE,e.QUOTE_STRING_MODE,o,Fo,e.C_LINE_COMMENT_MODE,e.C_BLOCK_COMMENT_MODE],illegal:"\\S"}}function Ho(e){const t=e.regex,r={begin:/<\/?[A-Za-z_]/,end:">",subLanguage:"xml",relevance:0},i={match:/^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/},o={className:"code",variants:[{begin:"(`{3,})[^`](.|\\n)*?\\1`*[ ]*"},{begin:"(~{3,})[^~](.|\\n)*?\\1~*[ ]*"},{begin:"```",end:"```+[ ]*$"},{begin:"~~~",end:"~~~+[ ]*$"},{begin:"`.+?`"},{begin:"(?=^( {4}|\\t))",contains:[{begin:"^( {4}|\\t)",end:"(\\n)$"}],relevance:0}]},s={className:"bullet",begin:"^[ 	]*([*+-]|(\\d+\\.))(?=\\s+)",end:"\\s+",excludeEnd:!0},l={begin:/^\[[^\n]+\]:/,returnBegin:!0,contains:[{className:"symbol",begin:/\[/,end:/\]/,excludeBegin:!0,excludeEnd:!0},{className:"link",begin:/:\s*/,end:/$/,excludeBegin:!0}]},d=/[A-Za-z][A-Za-z0-9+.-]*/,f={variants:[{begin:/\[.+?\]\[.*?\]/,relevance:0},{begin:/\[.+?\]\(((data|javascript|mailto):|(?:http|ftp)s?:\/\/).*?\)/,relevance:2},{begin:t.concat(/\[.+?\]\(/,d,/:\/\/.*?\)/),relevance:2},{begin:/\[.+?\]\([./?&#].*?\)/,relevance:1},{begin:/\[.*?\]\(.*?\)/,relevance:0}],returnBegin:!0,contains:[{match:/\[(?=\])/},{className:"string",relevance:0,begin:"\\[",end:"\\]",excludeBegin:!0,returnEnd:!0},{className:"link",relevance:0,begin:"\\]\\(",end:"\\)",excludeBegin:!0,excludeEnd:!0},{className:"symbol",relevance:0,begin:"\\]\\[",end:"\\]",excludeBegin:!0,excludeEnd:!0}]},h={className:"strong",contains:[],variants:[{begin:/_{2}(?!\s)/,end:/_{2}/},{begin:/\*{2}(?!\s)/,end:/\*{2}/}]},m={className:"emphasis",contains:[],variants:[{begin:/\*(?![*\s])/,end:/\*/},{begin:/_(?![_\s])/,end:/_/,relevance:0}]},y=e.inherit(h,{contains:[]}),c=e.inherit(m,{contains:[]});h.contains.push(c),m.contains.push(y);let g=[r,f];return[h,m,y,c].forEach(v=>{v.contains=v.contains.concat(g)}),g=g.concat(h,m),{name:"Markdown",aliases:["md","mkdown","mkd"],contains:[{className:"section",variants:[{begin:"^#{1,6}",end:"$",contains:g},{begin:"(?=^.+?\\n[=-]{2,}$)",contains:[{begin:"^[=-]*$"},{begin:"^",end:"\\n",contains:g}]}]},r,s,i,h,m,{className:"quote",begin:"^>\\s+",contains:g,end:"$"},o,f,l,{scope:"literal",match:/&([a-zA-Z0-9]+|#[0-9]{1,7}|#[Xx][0-9a-fA-F]{1,6});/}]}}function qo(e){const t=e.regex,r=/[\p{XID_Start}_]\p{XID_Continue}*/u,i=["and","as","assert","async","await","break","case","class","continue","def","del","elif","else","except","finally","for","from","global","if","import","in","is","lambda","lazy","match","nonlocal|10","not","or","pass","raise","return","try","while","with","yield"],d={$pattern:/[A-Za-z]\w+|__\w+__/,keyword:i,built_in:["__import__","abs","aiter","all","anext","any","ascii","bin","bool","breakpoint","bytearray","bytes","callable","chr","classmethod","compile","complex","delattr","dict","dir","divmod","enumerate","eval","exec","filter","float","format","frozendict","frozenset","getattr","globals","hasattr","hash","help","hex","id","input","int","isinstance","issubclass","iter","len","list","locals","map","max","memoryview","min","next","object","oct","open","ord","pow","print","property","range","repr","reversed","round","sentinel","set","setattr","slice","sorted","staticmethod","str","sum","super","tuple","type","vars","zip"],literal:["__debug__","Ellipsis","False","None","NotImplemented","True"],type:["Any","Callable","Coroutine","Dict","List","Literal","Generic","Optional","Sequence","Set","Tuple","Type","Union"]},f={className:"meta",begin:/^(>>>|\.\.\.) /},h={className:"subst",begin:/\{/,end:/\}/,keywords:d,illegal:/#/},m={begin:/\{\{/,relevance:0},y={className:"string",contains:[e.BACKSLASH_ESCAPE],variants:[{begin:/([uU]|[bB]|[rR]|[bB][rR]|[rR][bB])?'''/,end:/'''/,contains:[e.BACKSLASH_ESCAPE,f],relevance:10},{begin:/([uU]|[bB]|[rR]|[bB][rR]|[rR][bB])?"""/,end:/"""/,contains:[e.BACKSLASH_ESCAPE,f],relevance:10},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])'''/,end:/'''/,contains:[e.BACKSLASH_ESCAPE,f,m,h]},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])"""/,end:/"""/,contains:[e.BACKSLASH_ESCAPE,f,m,h]},{begin:/([uU]|[rR])'/,end:/'/,relevance:10},{begin:/([uU]|[rR])"/,end:/"/,relevance:10},{begin:/([bB]|[bB][rR]|[rR][bB])'/,end:/'/},{begin:/([bB]|[bB][rR]|[rR][bB])"/,end:/"/},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])'/,end:/'/,contains:[e.BACKSLASH_ESCAPE,m,h]},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])"/,end:/"/,contains:[e.BACKSLASH_ESCAPE,m,h]},e.APOS_STRING_MODE,e.QUOTE_STRING_MODE]},c="[0-9](_?[0-9])*",g=`(\\b(${c}))?\\.(${c})|\\b(${c})\\.`,_=`\\b|${i.join("|")}`,E={className:"number",relevance:0,variants:[{begin:`(\\b(${c})|(${g}))[eE][+-]?(${c})[jJ]?(?=${_})`},{begin:`(${g})[jJ]?`},{begin:`\\b([1-9](_?[0-9])*|0+(_?0)*)[lLjJ]?(?=${_})`},{begin:`\\b0[bB](_?[01])+[lL]?(?=${_})`},{begin:`\\b0[oO](_?[0-7])+[lL]?(?=${_})`},{begin:`\\b0[xX](_?[0-9a-fA-F])+[lL]?(?=${_})`},{begin:`\\b(${c})[jJ](?=${_})`}]},k={className:"comment",begin:t.lookahead(/# type:/),end:/$/,keywords:d,contains:[{begin:/# type:/},{begin:/#/,end:/\b\B/,endsWithParent:!0}]},v={className:"params",variants:[{className:"",begin:/\(\s*\)/,skip:!0},{begin:/\(/,end:/\)/,excludeBegin:!0,excludeEnd:!0,keywords:d,contains:["self",f,E,y,e.HASH_COMMENT_MODE]}]};return h.contains=[y,E,f],{name:"Python",aliases:["py","gyp","ipython"],unicodeRegex:!0,keywords:d,illegal:/(<\/|\?)|=>/,contains:[f,E,{scope:"variable.language",match:/\bself\b/},{beginKeywords:"if",relevance:0},{match:/\bor\b/,scope:"keyword"},y,k,e.HASH_COMMENT_MODE,{match:[/\bdef/,/\s+/,r],scope:{1:"keyword",3:"title.function"},contains:[v]},{variants:[{match:[/\bclass/,/\s+/,r,/\s*/,/\(\s*/,r,/\s*\)/]},{match:[/\bclass/,/\s+/,r]}],scope:{1:"keyword",3:"title.class",6:"title.class.inherited"}},{className:"meta",begin:/^[\t ]*@/,end:/(?=#)|$/,contains:[E,v,y]}]}}function Ko(e){const t="true false yes no null",r="[\\w#;/?:@&=+$,.~*'()[\\]]+",i={className:"attr",variants:[{begin:/[\w*@][\w*@ :()\./-]*:(?=[ \t]|$)/},{begin:/"[\w*@][\w*@ :()\./-]*":(?=[ \t]|$)/},{begin:/'[\w*@][\w*@ :()\./-]*':(?=[ \t]|$)/}]},o={className:"template-variable",variants:[{begin:/\{\{/,end:/\}\}/},{begin:/%\{/,end:/\}/}]},s={className:"string",relevance:0,begin:/'/,end:/'/,contains:[{match:/''/,scope:"char.escape",relevance:0}]},l={className:"string",relevance:0,variants:[{begin:/"/,end:/"/},{begin:/\S+/}],contains:[e.BACKSLASH_ESCAPE,o]},d=e.inherit(l,{variants:[{begin:/'/,end:/'/,contains:[{begin:/''/,relevance:0}]},{begin:/"/,end:/"/},{begin:/[^\s,{}[\]]+/}]}),c={className:"number",begin:"\\b"+"[0-9]{4}(-[0-9][0-9]){0,2}"+"([Tt \\t][0-9][0-9]?(:[0-9][0-9]){2})?"+"(\\.[0-9]*)?"+"([ \\t])*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?)?"+"\\b"},g={end:",",endsWithParent:!0,excludeEnd:!0,keywords:t,relevance:0},_={begin:/\{/,end:/\}/,contains:[g],illegal:"\\n",relevance:0},E={begin:"\\[",end:"\\]",contains:[g],illegal:"\\n",relevance:0},k=[i,{className:"meta",begin:"^---\\s*$",relevance:10},{className:"string",begin:"[\\|>]([1-9]?[+-])?[ ]*\\n( +)[^ ][^\\n]*\\n(\\2[^\\n]+\\n?)*"},{begin:"<%[%=-]?",end:"[%-]?%>",subLanguage:"ruby",excludeBegin:!0,excludeEnd:!0,relevance:0},{className:"type",begin:"!\\w+!"+r},{className:"type",begin:"!<"+r+">"},{className:"type",begin:"!"+r},{className:"type",begin:"!!"+r},{className:"meta",begin:"&"+e.UNDERSCORE_IDENT_RE+"$"},{className:"meta",begin:"\\*"+e.UNDERSCORE_IDENT_RE+"$"},{className:"bullet",begin:"-(?=[ ]|$)",relevance:0},e.HASH_COMMENT_MODE,{beginKeywords:t,keywords:{literal:t}},c,{className:"number",begin:e.C_NUMBER_RE+"\\b",relevance:0},_,E,s,l],v=[...k];return v.pop(),v.push(d),g.contains=v,{name:"YAML",case_insensitive:!0,aliases:["yml"],contains:k}}Xe.registerLanguage("bash",Po);Xe.registerLanguage("ini",Bo);Xe.registerLanguage("json",Go);Xe.registerLanguage("markdown",Ho);Xe.registerLanguage("python",qo);Xe.registerLanguage("yaml",Ko);const jo={py:"python",json:"json",yaml:"yaml",yml:"yaml",md:"markdown",sh:"bash",toml:"ini",ini:"ini",cfg:"ini",txt:""};function ni(e){const t=e.split("/").pop()??e;if(t==="Dockerfile"||t==="Makefile")return;const r=t.includes(".")?t.split(".").pop().toLowerCase():"";return jo[r]||void 0}function Wo(e,t){if(!(!t||e.length>4e5))try{return Xe.highlight(e,{language:t,ignoreIllegals:!0}).value}catch{return}}function Jt({code:e,path:t,language:r}){const i=r??(t?ni(t):void 0),o=mt(()=>Wo(e,i),[e,i]);return n("pre",{class:"code",tabIndex:0,"aria-label":t?`Contents of ${t}`:"Code",children:o!==void 0?n("code",{class:`hljs language-${i}`,dangerouslySetInnerHTML:{__html:o}}):n("code",{children:e})})}const Vo={approve:e=>`Approve the pull request of “${e}”? It will be deployed.`,requestChanges:e=>`Send “${e}” back to the generator with your comment.`,reject:e=>`Reject “${e}”? It fails, its pull request is closed and the finished steps are undone.`,cancel:e=>`Cancel the pipeline of “${e}”? The running step stops and the finished steps are undone.`,retry:e=>`Run the pipeline of “${e}” again from the start.`,deprecate:e=>`Take “${e}” out of service? Its deployment is removed.`,delete:e=>`Delete “${e}”? It disappears from every listing; its history stays.`};async function Ar(e,t,r){switch(e){case"approve":await Ne(Us,{id:t,comment:r||null});return;case"requestChanges":await Ne(Fs,{id:t,comment:r});return;case"reject":await Ne(Gs,{id:t,reason:r});return;case"cancel":await Ne(Hs,{id:t});return;case"retry":await Ne(qs,{id:t});return;case"deprecate":await Ne(Ks,{id:t});return;case"delete":await Ne(js,{id:t}),Ue("/");return}}function zo({integration:e,user:t,onDone:r}){const[i,o]=A(null),[s,l]=A(null),[d,f]=A(null),h=Ls(t,e);if(h.length===0)return null;const m=y=>{const c=Ot[y];if(l(null),c.confirm||c.text){const g={title:`${c.label} “${e.name}”`,body:Vo[y](e.name),confirmLabel:c.label,danger:c.tone==="danger",run:async _=>{await Ar(y,e.id,_),r()}};c.text&&(g.text=c.text),o(g);return}f(y),Ar(y,e.id,"").then(()=>{f(null),r()},g=>{f(null),l(g)})};return n("div",{class:"actions",role:"group","aria-label":"Actions",children:[h.map(y=>n("button",{type:"button",class:`button ${Ot[y].tone}`,"data-action":y,disabled:d!==null,onClick:()=>m(y),children:d===y?"Working…":Ot[y].label},y)),n(Ee,{error:s}),n(Qr,{request:i,onClose:()=>o(null)})]})}function Yo(e,t,r){return e==="system"?"Pipeline":e===t.id?"You":r&&e===r.id?r.name:e}function Jo({events:e,me:t,owner:r,onTimeTravel:i}){const o=_t(Cn);return e.length===0?n("p",{class:"muted",children:o==="online"?"Loading the history…":"The history arrives over the live connection; waiting for it…"}):n("div",{class:"table-scroll",children:n("table",{class:"events",children:[n("caption",{class:"visually-hidden",children:"Events, oldest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"#"}),n("th",{scope:"col",children:"When"}),n("th",{scope:"col",children:"Who"}),n("th",{scope:"col",children:"What"}),n("th",{scope:"col",children:n("span",{class:"visually-hidden",children:"View"})})]})}),n("tbody",{children:e.map(s=>n("tr",{"data-event-type":s.type,children:[n("td",{"data-label":"#",children:s.version}),n("td",{"data-label":"When",children:n("time",{dateTime:s.recordedAt,children:Te(s.recordedAt)})}),n("td",{"data-label":"Who",title:s.actor,children:Yo(s.actor,t,r)}),n("td",{"data-label":"What",children:[n("strong",{children:s.type}),n("div",{class:"small",children:ao(s.type,s.data)}),s.requestId&&n("div",{class:"muted small",children:["request ",s.requestId]})]}),n("td",{children:n("button",{type:"button",class:"button small",onClick:()=>i(s.version),children:["As of v",s.version]})})]},s.version))})]})})}function Qo({integration:e}){const t=e.pullRequest,r=e.deployment;return n("div",{class:"facts",children:[n("h3",{children:"Pull request"}),t?n("dl",{class:"pairs",children:[n("dt",{children:"Number"}),n("dd",{children:[n("a",{href:t.url,target:"_blank",rel:"noopener noreferrer",children:["#",t.number]})," ",n("span",{class:"muted",children:["(",t.state,")"]})]}),n("dt",{children:"Branch"}),n("dd",{children:n("code",{children:t.branch})}),n("dt",{children:"Commit"}),n("dd",{children:n("code",{title:t.commit,children:t.commit.slice(0,12)})}),n("dt",{children:"Changes"}),n("dd",{children:[t.filesChanged," files, ",n("span",{class:"plus",children:["+",t.additions]})," ",n("span",{class:"minus",children:["−",t.deletions]})]})]}):n("p",{class:"muted",children:"No pull request yet."}),n("h3",{children:"Deployment"}),r?n("dl",{class:"pairs",children:[n("dt",{children:"Id"}),n("dd",{children:n("code",{children:r.id})}),n("dt",{children:"Location"}),n("dd",{children:n("code",{children:r.location})}),r.previous&&n(pe,{children:[n("dt",{children:"Replaced"}),n("dd",{children:n("code",{children:r.previous})})]})]}):n("p",{class:"muted",children:"Not deployed."})]})}function Xo({integration:e}){const t=e.testReport;return t?n("div",{children:[n("p",{children:[n("span",{class:`badge tone-${t.passed?"good":"bad"}`,children:t.passed?"Passed":"Failed"})," ","exit code ",t.exitCode??"none (killed)"," · ",Vt(t.durationMs),t.timedOut&&n("strong",{children:" · timed out"}),t.truncated&&n("span",{class:"muted",children:" · output cut"})]}),e.testCommand.length>0&&n("p",{class:"small",children:["Command: ",n("code",{children:e.testCommand.join(" ")})]}),n(Jt,{code:t.output||"(no output)"})]}):n("p",{class:"muted",children:"The tests have not run yet."})}function Zo({integration:e}){const t=e.usage;return n("dl",{class:"pairs",children:[n("dt",{children:"Generator"}),n("dd",{children:[e.generator??"—",e.generator==="scaffold"&&n("span",{class:"muted",children:" (templates, not AI)"})]}),n("dt",{children:"Rounds"}),n("dd",{children:e.round}),n("dt",{children:"Input tokens"}),n("dd",{children:De(t.inputTokens)}),n("dt",{children:"Output tokens"}),n("dd",{children:De(t.outputTokens)}),n("dt",{children:"Cost"}),n("dd",{children:oo(t.costUsd)})]})}function ea({files:e}){const[t,r]=A(null);if(e.length===0)return n("p",{class:"muted",children:"No code generated yet."});const i=e.find(o=>o.path===t)??e.find(o=>ni(o.path)==="python")??e[0];return n("div",{class:"files",children:[n("ul",{class:"file-list","aria-label":"Generated files",children:e.map(o=>n("li",{children:n("button",{type:"button",class:"file-button","aria-current":o.path===i.path?"true":void 0,onClick:()=>r(o.path),children:o.path})},o.path))}),n(Jt,{code:i.content,path:i.path})]})}function ta(e,t){return e==="GENERATING"&&t?t:null}function na(e){return`${e.characters===1?"1 character":`${De(e.characters)} characters`} received (attempt ${e.attempt})`}function ra(e){return e.map((t,r)=>({path:t,writing:r===e.length-1}))}function ia({integration:e}){const t=ta(e.state,e.generationProgress);return t?n("section",{class:"generation-progress","aria-label":"Generation progress","data-progress":!0,children:[n("p",{children:[n("strong",{children:"Writing…"})," ",na(t)," ",n("span",{class:"muted small",children:["as of ",n("time",{dateTime:t.reportedAt,children:Te(t.reportedAt)})]})]}),t.files.length===0?n("p",{class:"muted small",children:"No file begun yet."}):n("ol",{class:"progress-files","aria-label":"Files begun",children:ra(t.files).map((r,i)=>n("li",{"aria-current":r.writing?"step":void 0,children:[n("code",{children:r.path}),r.writing&&n(pe,{children:[" ",n("span",{class:"badge tone-busy",children:"writing"})]})]},`${i}:${r.path}`))})]}):null}const sa={validate:"Validate",generate:"Generate",test:"Test",pull_request:"Pull request",review:"Review",deploy:"Deploy"};function Nr(e){return sa[e]??e.replace(/_/g," ")}function oa(e,t,r){return e==="REVIEWING"?"WAITING":t==="rejected"?"FAILED":r&&r.status!=="PENDING"||e==="DEPLOYING"||e==="ACTIVE"||e==="DEPRECATED"?"SUCCEEDED":"PENDING"}function aa(e,t,r){const i=[],o=e.find(s=>s.name==="deploy");for(const s of e)s.name==="deploy"&&i.push({name:"review",label:Nr("review"),gate:!0,status:oa(t,r,o),attempts:0,startedAt:null,finishedAt:null,error:null}),i.push({...s,label:Nr(s.name),gate:!1});return i}function ri({integration:e}){const t=aa(e.steps,e.state,e.failure?.trigger),r=t.some(s=>s.status==="RUNNING"),[i,o]=A(Date.now());return ae(()=>{if(!r)return;const s=setInterval(()=>o(Date.now()),1e3);return()=>clearInterval(s)},[r]),n("ol",{class:"timeline","aria-label":"Pipeline",children:t.map(s=>n("li",{class:`step step-${s.status.toLowerCase()}`,"data-step":s.name,children:[n("div",{class:"step-head",children:[n("span",{class:"step-name",children:s.label}),s.gate?n("span",{class:`badge tone-${s.status==="WAITING"?"attention":s.status==="FAILED"?"bad":s.status==="SUCCEEDED"?"good":"neutral"}`,children:s.status==="WAITING"?"Waiting for review":s.status==="SUCCEEDED"?"Approved":s.status==="FAILED"?"Rejected":"Pending"}):n(To,{status:s.status})]}),!s.gate&&(s.attempts>0||s.startedAt)&&n("div",{class:"step-meta muted small",children:[s.attempts>0&&n("span",{children:s.attempts===1?"1 attempt":`${s.attempts} attempts`}),s.startedAt&&n("span",{children:Vt(so(s.startedAt,s.finishedAt,i))})]}),s.error&&n("pre",{class:"step-error",children:s.error})]},s.name))})}function Ke({title:e,id:t,children:r}){return n("section",{class:"card","aria-labelledby":t,children:[n("h2",{id:t,children:e}),r]})}function ca({id:e,latest:t,version:r,onChange:i}){const[o,s]=A(void 0),[l,d]=A(null);return ae(()=>{s(void 0),d(null),xe(eo,{id:e,version:r}).then(f=>s(f.data?.integrationAt??null),d)},[e,r]),n("section",{class:"card time-travel","aria-labelledby":"time-travel-title",children:[n("div",{class:"page-head",children:[n("h2",{id:"time-travel-title",children:["As of version ",r]}),n("div",{class:"inline-controls",children:[n("div",{class:"field inline",children:[n("label",{for:"as-of-version",children:"Version"}),n("select",{id:"as-of-version",value:r,onChange:f=>i(Number(f.currentTarget.value)),children:Array.from({length:t},(f,h)=>t-h).map(f=>n("option",{value:f,children:f},f))})]}),n("button",{type:"button",class:"button small",onClick:()=>i(null),children:"Back to now"})]})]}),n(Ee,{error:l}),o===void 0&&!l&&n(Qe,{what:`version ${r}`}),o===null&&n("p",{class:"muted",children:"It did not exist at that version."}),o&&n("div",{class:"grid-2",children:[n("div",{children:[n("p",{children:[n(Dn,{state:o.state})," ",n("span",{class:"muted",children:["updated ",Te(o.updatedAt)]})]}),o.failure&&n("p",{class:"field-error",children:["Failed",o.failure.step?` at ${o.failure.step}`:"",": ",o.failure.reason]}),n(ri,{integration:o})]}),n("div",{children:[n("h3",{children:"Configuration"}),n(Jt,{code:JSON.stringify(o.config,null,2),language:"json"}),n("p",{class:"small muted",children:[o.files.length," generated files · round ",o.round]})]})]})]})}function la({id:e,user:t}){const[r,i]=A(void 0),[o,s]=A(null),[l,d]=A([]),[f,h]=A(null),[m,y]=A(!1),[c,g]=A(null),_=nt(0);Wt(r?.name??"Integration");const E=st(async()=>{try{const T=(await xe(Zs,{id:e})).data?.integration??null;if(T&&T.version<_.current)return;T&&(_.current=T.version),i(T),s(null)}catch(v){s(v)}},[e]),k=Dt(()=>{E()},150);return ae(()=>{i(void 0),d([]),y(!1),g(null),_.current=0,E()},[E]),ae(()=>zr({document:io,variables:v=>({id:e,afterVersion:v??0}),cursorOf:v=>v.integrationEvents.version,onData:({integrationEvents:v})=>{d(T=>[...T,v]),v.type==="IntegrationDeleted"&&y(!0),v.version>_.current&&k()},onResume:k,onError:h}),[e,k]),r===void 0?o?n(Ee,{error:o,onRetry:()=>{E()}}):n(Qe,{what:"the integration"}):r===null?n("section",{children:[n("h1",{children:"Integration not found"}),n("p",{children:["There is no integration ",n("code",{children:e}),", or it was deleted. ",n(ke,{href:"/",children:"Back to the board"})]})]}):n("article",{class:"detail","aria-labelledby":"detail-title",children:[n("p",{class:"crumbs",children:[n(ke,{href:"/",children:"Integrations"})," / ",n("span",{children:r.name})]}),n("div",{class:"page-head",children:[n("div",{children:[n("h1",{id:"detail-title",children:[r.name," ",n(Dn,{state:r.state})]}),n("p",{class:"muted small",children:[n("code",{children:r.kind})," · owned by ",r.owner?r.owner.id===t.id?"you":r.owner.name:"—"," · version"," ",r.version," · created ",Te(r.createdAt)," · updated ",Te(r.updatedAt)]}),r.description&&n("p",{children:r.description})]}),n(zo,{integration:r,user:t,onDone:()=>{E()}})]}),m&&n(ot,{children:"This integration was deleted; its history stays readable."}),n(Ee,{error:o,onRetry:()=>{E()}}),n(Ee,{error:f}),r.failure&&n("div",{class:"notice notice-error",role:"status",children:[n("strong",{children:["Failed",r.failure.step?` at ${r.failure.step}`:""]})," (",r.failure.trigger.replace(/_/g," "),"):"," ",r.failure.reason]}),c!==null&&n(ca,{id:r.id,latest:r.version,version:c,onChange:g}),n("div",{class:"grid-2",children:[n(Ke,{title:"Pipeline",id:"pipeline-title",children:[n(ri,{integration:r}),n(ia,{integration:r})]}),n(Ke,{title:"Review and deployment",id:"pr-title",children:n(Qo,{integration:r})})]}),n("div",{class:"grid-2",children:[n(Ke,{title:"Test report",id:"tests-title",children:n(Xo,{integration:r})}),n(Ke,{title:"Usage",id:"usage-title",children:n(Zo,{integration:r})})]}),n(Ke,{title:"Generated files",id:"files-title",children:n(ea,{files:r.files})}),n("div",{class:"grid-2",children:[n(Ke,{title:"Prompt",id:"prompt-title",children:n("pre",{class:"prose-pre",children:r.prompt})}),n(Ke,{title:"Configuration",id:"config-title",children:n(Jt,{code:JSON.stringify(r.config,null,2),language:"json"})})]}),n(Ke,{title:"History",id:"history-title",children:[n("div",{class:"inline-controls",children:n("button",{type:"button",class:"button small",onClick:()=>g(Math.max(1,r.version-1)),disabled:r.version<2,children:"View an earlier version"})}),n(Jo,{events:l,me:t,owner:r.owner,onTimeTravel:g})]})]})}function da(e){return!e||!e.startsWith("/")||e.startsWith("//")||e.startsWith("/\\")||e.startsWith("/sign-in")?"/":e}const Le=kn({status:"loading"});ys(()=>{Vr();const e=Le.get().status;e==="signed-in"?Le.set({status:"signed-out",message:"Your session has ended. Sign in again."}):e!=="signed-out"&&Le.set({status:"signed-out"})});async function vn(){try{const t=(await xe(Js)).data?.me;Le.set(t?{status:"signed-in",user:t}:{status:"signed-out"})}catch(e){e instanceof ve&&e.kind==="unauthenticated"?Le.set({status:"signed-out"}):Le.set({status:"unreachable",message:ct(e)})}}async function ua(){try{await ws()}finally{Vr(),Ue("/sign-in",{replace:!0}),Le.set({status:"signed-out",message:"You are signed out."})}}function Tr(){const e=Yt(),t=_t(Le),r=da(e.search.get("redirect")),[i,o]=A(null),[s,l]=A(null),[d,f]=A(""),[h,m]=A(!1),[y,c]=A(null);ae(()=>{vs().then(o,_=>{o([]),l(_)})},[]),ae(()=>{t.status==="signed-in"&&Ue(r,{replace:!0})},[t.status,r]);const g=async _=>{if(_.preventDefault(),d.trim()===""){c("Enter an API key.");return}m(!0),c(null);try{await Es(d),f(""),await vn(),Le.get().status!=="signed-in"&&c("Signed in, but the server does not recognise the session. Try again.")}catch(E){c(ct(E))}finally{m(!1)}};return n("section",{class:"sign-in","aria-labelledby":"sign-in-title",children:[n("h1",{id:"sign-in-title",children:"Sign in to Claude Code Bot"}),t.status==="signed-out"&&t.message&&n(ot,{children:t.message}),i&&i.length>0&&n("div",{class:"providers",children:[i.map(_=>n("a",{class:"button primary wide",href:Is(_,r),children:["Sign in with ",_.name]},_.id)),n("p",{class:"divider",children:n("span",{children:"or"})})]}),n(Ee,{error:s}),n("form",{class:"card form",onSubmit:g,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"api-key",children:"API key"}),n("input",{id:"api-key",name:"apiKey",type:"password",autoComplete:"off",spellcheck:!1,placeholder:"cb_…",value:d,"aria-invalid":y?"true":void 0,"aria-describedby":y?"api-key-error":"api-key-help",onInput:_=>f(_.currentTarget.value)}),n("small",{id:"api-key-help",class:"help",children:"The administrator key is printed when the server first starts; an administrator can create more on the Admin page."})]}),y&&n("p",{id:"api-key-error",class:"field-error",role:"alert",children:y}),n("button",{type:"submit",class:"button primary",disabled:h,children:h?"Signing in…":"Sign in with API key"})]})]})}function ha({children:e}){const[t,r]=Xi();return t?n("div",{class:"notice notice-error",role:"alert",children:[n("span",{children:["This page failed to show: ",t instanceof Error?t.message:String(t)]}),n("button",{type:"button",class:"button small",onClick:r,children:"Try again"})]}):n(pe,{children:e})}function fa({user:e,path:t}){if(t==="/"||t==="/integrations")return n(xo,{user:e});if(t==="/integrations/new")return n(Oo,{user:e});const r=Ro("/integrations/:id",t);return r?n(la,{id:r.id,user:e},r.id):t==="/admin"?n(Eo,{user:e}):n("section",{children:[n("h1",{children:"Page not found"}),n("p",{children:["Nothing lives at ",n("code",{children:t}),". ",n(ke,{href:"/",children:"Go to the board"})]})]})}function pa({user:e}){const{path:t}=Yt(),r=i=>t===i?"page":void 0;return n("header",{class:"top",children:[n(ke,{href:"/",class:"brand",children:"Claude Code Bot"}),e&&n("nav",{"aria-label":"Main",children:[n(ke,{href:"/","aria-current":r("/"),children:"Board"}),Ut(e)&&n(ke,{href:"/integrations/new","aria-current":r("/integrations/new"),children:"New"}),n(ke,{href:"/admin","aria-current":r("/admin"),children:On(e)?"Admin":"API keys"})]}),n("div",{class:"top-end",children:[n(xs,{}),e&&n(pe,{children:[n("span",{class:"who","data-role":e.role,children:[e.name," ",n("span",{class:"role",children:e.role.toLowerCase()})]}),n("button",{type:"button",class:"button small",onClick:()=>{ua()},children:"Sign out"})]})]})]})}function ga(){const e=_t(Le),t=Yt();ae(()=>{vn()},[]),ae(()=>{if(e.status==="signed-out"&&t.path!=="/sign-in"){const i=t.path+(t.search.toString()?`?${t.search.toString()}`:"");Ue(i==="/"?"/sign-in":`/sign-in?redirect=${encodeURIComponent(i)}`,{replace:!0})}},[e.status,t.path]);const r=e.status==="signed-in"?e.user:null;return n(pe,{children:[n("a",{href:"#main",class:"skip",children:"Skip to content"}),n(pa,{user:r}),n("main",{id:"main",tabIndex:-1,children:[e.status==="loading"&&n(Qe,{what:"your session"}),e.status==="unreachable"&&n(Ee,{error:new Error(e.message),onRetry:()=>{vn()}}),e.status==="signed-out"&&t.path==="/sign-in"&&n(Tr,{}),e.status==="signed-in"&&n(ha,{children:t.path==="/sign-in"?n(Tr,{}):n(fa,{user:e.user,path:t.path})},t.path)]})]})}Yi(n(ga,{}),document.getElementById("app"));
