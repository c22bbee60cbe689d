var qt,Q,Or,je,or,Dr,Lr,on,Ct,ut,Mr,Tn,fn,pn,Lt={},Mt=[],Ki=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ht=Array.isArray;function Be(e,t){for(var r in t)e[r]=t[r];return e}function Rn(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Vi(e,t,r){var i,s,o,d={};for(o in t)o=="key"?i=t[o]:o=="ref"?s=t[o]:d[o]=t[o];if(arguments.length>2&&(d.children=arguments.length>3?qt.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(o in e.defaultProps)d[o]===void 0&&(d[o]=e.defaultProps[o]);return kt(e,d,i,s,null)}function kt(e,t,r,i,s){var o={type:e,props:t,key:r,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++Or,__i:-1,__u:0};return s==null&&Q.vnode!=null&&Q.vnode(o),o}function pe(e){return e.children}function xt(e,t){this.props=e,this.context=t}function Je(e,t){if(t==null)return e.__?Je(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?Je(e):null}function zi(e){if(e.__P&&e.__d){var t=e.__v,r=t.__e,i=[],s=[],o=Be({},t);o.__v=t.__v+1,Q.vnode&&Q.vnode(o),Cn(e.__P,o,t,e.__n,e.__P.namespaceURI,32&t.__u?[r]:null,i,r??Je(t),!!(32&t.__u),s),o.__v=t.__v,o.__.__k[o.__i]=o,qr(i,o,s),t.__e=t.__=null,o.__e!=r&&Pr(o)}}function Pr(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),Pr(e)}function ar(e){(!e.__d&&(e.__d=!0)&&je.push(e)&&!Pt.__r++||or!=Q.debounceRendering)&&((or=Q.debounceRendering)||Dr)(Pt)}function Pt(){try{for(var e,t=1;je.length;)je.length>t&&je.sort(Lr),e=je.shift(),t=je.length,zi(e)}finally{je.length=Pt.__r=0}}function Br(e,t,r,i,s,o,d,l,f,h,m){var b,c,p,_,E,x,A=i&&i.__k||Mt,w=t.length;for(f=Yi(r,t,A,f,w),b=0;b<w;b++)(p=r.__k[b])!=null&&(c=p.__i!=-1&&A[p.__i]||Lt,p.__i=b,x=Cn(e,p,c,s,o,d,l,f,h,m),_=p.__e,p.ref&&c.ref!=p.ref&&(c.ref&&kn(c.ref,null,p),m.push(p.ref,p.__c||_,p)),E==null&&_!=null&&(E=_),4&p.__u?(f=Ur(p,f,e),c.__e&&(c.__e=null)):typeof p.type=="function"&&x!==void 0?f=x:_&&(f=_.nextSibling),p.__u&=-7);return r.__e=E,f}function Yi(e,t,r,i,s){var o,d,l,f,h,m=r.length,b=m,c=0;for(e.__k=new Array(s),o=0;o<s;o++)(d=t[o])!=null&&typeof d!="boolean"&&typeof d!="function"?(typeof d=="string"||typeof d=="number"||typeof d=="bigint"||d.constructor==String?d=e.__k[o]=kt(null,d,null,null,null):Ht(d)?d=e.__k[o]=kt(pe,{children:d},null,null,null):d.constructor===void 0&&d.__b>0?d=e.__k[o]=kt(d.type,d.props,d.key,d.ref?d.ref:null,d.__v):e.__k[o]=d,f=o+c,d.__=e,d.__b=e.__b+1,l=null,(h=d.__i=Ji(d,r,f,b))!=-1&&(b--,(l=r[h])&&(l.__u|=2)),l==null||l.__v==null?(h==-1&&(s>m?c--:s<m&&c++),typeof d.type!="function"&&(d.__u|=4)):h!=f&&(h==f-1?c--:h==f+1?c++:(h>f?c--:c++,d.__u|=4))):e.__k[o]=null;if(b)for(o=0;o<m;o++)(l=r[o])!=null&&(2&l.__u)==0&&(l.__e==i&&(i=Je(l)),Gr(l,l));return i}function Ur(e,t,r){var i,s;if(typeof e.type=="function"){for(i=e.__k,s=0;i&&s<i.length;s++)i[s]&&(i[s].__=e,t=Ur(i[s],t,r));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=Je(e)),t=r.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Ji(e,t,r,i){var s,o,d,l=e.key,f=e.type,h=t[r],m=h!=null&&(2&h.__u)==0;if(h===null&&l==null||m&&l==h.key&&f==h.type)return r;if(i>(m?1:0)){for(s=r-1,o=r+1;s>=0||o<t.length;)if((h=t[d=s>=0?s--:o++])!=null&&(2&h.__u)==0&&l==h.key&&f==h.type)return d}return-1}function cr(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||Ki.test(t)?r:r+"px"}function At(e,t,r,i,s){var o,d;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)r&&t in r||cr(e.style,t,"");if(r)for(t in r)i&&r[t]==i[t]||cr(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")o=t!=(t=t.replace(Mr,"$1")),d=t.toLowerCase(),t=d in e||t=="onFocusOut"||t=="onFocusIn"?d.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+o]=r,r?i?r[ut]=i[ut]:(r[ut]=Tn,e.addEventListener(t,o?pn:fn,o)):e.removeEventListener(t,o?pn:fn,o);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function lr(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t[Ct]==null)t[Ct]=Tn++;else if(t[Ct]<r[ut])return;return r(Q.event?Q.event(t):t)}}}function Cn(e,t,r,i,s,o,d,l,f,h){var m,b,c,p,_,E,x,A,w,M,re,K,G,ge,z,O,V=t.type;if(t.constructor!==void 0)return null;128&r.__u&&(f=!!(32&r.__u),o=[l=t.__e=r.__e]),(m=Q.__b)&&m(t);e:if(typeof V=="function"){b=d.length;try{if(w=t.props,M=V.prototype&&V.prototype.render,re=(m=V.contextType)&&i[m.__c],K=m?re?re.props.value:m.__:i,r.__c?A=(c=t.__c=r.__c).__=c.__E:(M?t.__c=c=new V(w,K):(t.__c=c=new xt(w,K),c.constructor=V,c.render=Xi),re&&re.sub(c),c.state||(c.state={}),c.__n=i,p=c.__d=!0,c.__h=[],c._sb=[]),M&&c.__s==null&&(c.__s=c.state),M&&V.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=Be({},c.__s)),Be(c.__s,V.getDerivedStateFromProps(w,c.__s))),_=c.props,E=c.state,c.__v=t,p)M&&V.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),M&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(M&&V.getDerivedStateFromProps==null&&w!==_&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(w,K),t.__v==r.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(w,c.__s,K)===!1){t.__v!=r.__v&&(c.props=w,c.state=c.__s,c.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(oe){oe&&(oe.__=t)}),Mt.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&d.push(c),l=Je(r);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(w,c.__s,K),M&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(_,E,x)})}if(c.context=K,c.props=w,c.__P=e,c.__e=!1,G=Q.__r,ge=0,M)c.state=c.__s,c.__d=!1,G&&G(t),m=c.render(c.props,c.state,c.context),Mt.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,G&&G(t),m=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++ge<25);c.state=c.__s,c.getChildContext!=null&&(i=Be(Be({},i),c.getChildContext())),M&&!p&&c.getSnapshotBeforeUpdate!=null&&(x=c.getSnapshotBeforeUpdate(_,E)),z=m!=null&&m.type===pe&&m.key==null?Hr(m.props.children):m,l=Br(e,Ht(z)?z:[z],t,r,i,s,o,d,l,f,h),c.base=t.__e,t.__u&=-161,c.__h.length&&d.push(c),A&&(c.__E=c.__=null)}catch(oe){if(d.length=b,t.__v=null,f||o!=null){if(oe.then){for(t.__u|=f?160:128;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;o!=null&&(o[o.indexOf(l)]=null),t.__e=l}else if(o!=null)for(O=o.length;O--;)Rn(o[O])}else t.__e=r.__e;t.__k==null&&(t.__k=r.__k||[]),oe.then||Fr(t),Q.__e(oe,t,r)}}else o==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):l=t.__e=Qi(r.__e,t,r,i,s,o,d,f,h);return(m=Q.diffed)&&m(t),128&t.__u?void 0:l}function Fr(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(Fr))}function qr(e,t,r){for(var i=0;i<r.length;i++)kn(r[i],r[++i],r[++i]);Q.__c&&Q.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(o){o.call(s)})}catch(o){Q.__e(o,s.__v)}})}function Hr(e){return typeof e!="object"||e==null||e.__b>0?e:Ht(e)?e.map(Hr):e.constructor!==void 0?null:Be({},e)}function Qi(e,t,r,i,s,o,d,l,f){var h,m,b,c,p,_,E,x=r.props||Lt,A=t.props,w=t.type;if(w=="svg"?s="http://www.w3.org/2000/svg":w=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),o!=null){for(h=0;h<o.length;h++)if((p=o[h])&&"setAttribute"in p==!!w&&(w?p.localName==w:p.nodeType==3)){e=p,o[h]=null;break}}if(e==null){if(w==null)return document.createTextNode(A);e=document.createElementNS(s,w,A.is&&A),l&&(Q.__m&&Q.__m(t,o),l=!1),o=null}if(w==null)x===A||l&&e.data==A||(e.data=A);else{if(o=w=="textarea"&&A.defaultValue!=null?null:o&&qt.call(e.childNodes),!l&&o!=null)for(x={},h=0;h<e.attributes.length;h++)x[(p=e.attributes[h]).name]=p.value;for(h in x)p=x[h],h=="dangerouslySetInnerHTML"?b=p:h=="children"||h in A||h=="value"&&"defaultValue"in A||h=="checked"&&"defaultChecked"in A||At(e,h,null,p,s);for(h in A)p=A[h],h=="children"?c=p:h=="dangerouslySetInnerHTML"?m=p:h=="value"?_=p:h=="checked"?E=p:l&&typeof p!="function"||x[h]===p||At(e,h,p,x[h],s);if(m)l||b&&(m.__html==b.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(b&&(e.innerHTML=""),Br(t.type=="template"?e.content:e,Ht(c)?c:[c],t,r,i,w=="foreignObject"?"http://www.w3.org/1999/xhtml":s,o,d,o?o[0]:r.__k&&Je(r,0),l,f),o!=null)for(h=o.length;h--;)Rn(o[h]);l&&w!="textarea"||(h="value",w=="progress"&&_==null?e.removeAttribute("value"):_!=null&&(_!==e[h]||w=="progress"&&!_||w=="option"&&_!=x[h])&&At(e,h,_,x[h],s),h="checked",E!=null&&E!=e[h]&&At(e,h,E,x[h],s))}return e}function kn(e,t,r){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&t==null||(e.__u=e(t))}else e.current=t}catch(s){Q.__e(s,r)}}function Gr(e,t,r){var i,s;if(Q.unmount&&Q.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||kn(i,null,t)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(o){Q.__e(o,t)}i.base=i.__P=i.__n=null}if(i=e.__k)for(s=0;s<i.length;s++)i[s]&&Gr(i[s],t,r||typeof e.type!="function");r||Rn(e.__e),e.__c=e.__=e.__e=void 0}function Xi(e,t,r){return this.constructor(e,r)}function Zi(e,t,r){var i,s,o,d;t==document&&(t=document.documentElement),Q.__&&Q.__(e,t),s=(i=!1)?null:t.__k,o=[],d=[],Cn(t,e=t.__k=Vi(pe,null,[e]),s||Lt,Lt,t.namespaceURI,s?null:t.firstChild?qt.call(t.childNodes):null,o,s?s.__e:t.firstChild,i,d),qr(o,e,d),e.props.children=null}qt=Mt.slice,Q={__e:function(e,t,r,i){for(var s,o,d;t=t.__;)if((s=t.__c)&&!s.__)try{if((o=s.constructor)&&o.getDerivedStateFromError!=null&&(s.setState(o.getDerivedStateFromError(e)),d=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,i||{}),d=s.__d),d)return s.__E=s}catch(l){e=l}throw e}},Or=0,xt.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=Be({},this.state),typeof e=="function"&&(e=e(Be({},r),this.props)),e&&Be(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),ar(this))},xt.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),ar(this))},xt.prototype.render=pe,je=[],Dr=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Lr=function(e,t){return e.__v.__b-t.__v.__b},Pt.__r=0,on=Math.random().toString(8),Ct="__d"+on,ut="__a"+on,Mr=/(PointerCapture)$|Capture$/i,Tn=0,fn=lr(!1),pn=lr(!0);var es=0;function n(e,t,r,i,s,o){t||(t={});var d,l,f=t;if("ref"in f)for(l in f={},t)l=="ref"?d=t[l]:f[l]=t[l];var h={type:e,props:f,key:r,ref:d,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--es,__i:-1,__u:0,__source:s,__self:o};if(typeof e=="function"&&(d=e.defaultProps))for(l in d)f[l]===void 0&&(f[l]=d[l]);return Q.vnode&&Q.vnode(h),h}var st,te,an,dr,ft=0,Wr=[],ce=Q,ur=ce.__b,hr=ce.__r,fr=ce.diffed,pr=ce.__c,gr=ce.unmount,mr=ce.__;function Gt(e,t){ce.__h&&ce.__h(te,e,ft||t),ft=0;var r=te.__H||(te.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function N(e){return ft=1,ts(Kr,e)}function ts(e,t,r){var i=Gt(st++,2);if(i.t=e,!i.__c&&(i.__=[Kr(void 0,t),function(l){var f=i.__N?i.__N[0]:i.__[0],h=i.t(f,l);f!==h&&(i.__N=[h,i.__[1]],i.__c.setState({}))}],i.__c=te,!te.__f)){var s=function(l,f,h){if(!i.__c.__H)return!0;var m=!1,b=i.__c.props!==l;if(i.__c.__H.__.some(function(p){if(p.__N){m=!0;var _=p.__[0];p.__=p.__N,p.__N=void 0,_!==p.__[0]&&(b=!0)}}),o){var c=o.call(this,l,f,h);return m?c||b:c}return!m||b};te.__f=!0;var o=te.shouldComponentUpdate,d=te.componentWillUpdate;te.componentWillUpdate=function(l,f,h){if(this.__e){var m=o;o=void 0,s(l,f,h),o=m}d&&d.call(this,l,f,h)},te.shouldComponentUpdate=s}return i.__N||i.__}function ne(e,t){var r=Gt(st++,3);!ce.__s&&jr(r.__H,t)&&(r.__=e,r.u=t,te.__H.__h.push(r))}function nt(e){return ft=5,pt(function(){return{current:e}},[])}function pt(e,t){var r=Gt(st++,7);return jr(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function ot(e,t){return ft=8,pt(function(){return e},t)}function ns(e){var t=Gt(st++,10),r=N();return t.__=e,te.componentDidCatch||(te.componentDidCatch=function(i,s){t.__&&t.__(i,s),r[1](i)}),[r[0],function(){r[1](void 0)}]}function rs(){for(var e;e=Wr.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some($t),t.__h.some(gn),t.__h=[]}catch(r){t.__h=[],ce.__e(r,e.__v)}}}ce.__b=function(e){te=null,ur&&ur(e)},ce.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),mr&&mr(e,t)},ce.__r=function(e){hr&&hr(e),st=0;var t=(te=e.__c).__H;t&&(an===te?(t.__h=[],te.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.some($t),t.__h.some(gn),t.__h=[],st=0)),an=te},ce.diffed=function(e){fr&&fr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Wr.push(t)!==1&&dr===ce.requestAnimationFrame||((dr=ce.requestAnimationFrame)||is)(rs)),t.__H.__.some(function(r){r.u&&(r.__H=r.u,r.u=void 0)})),an=te=null},ce.__c=function(e,t){t.some(function(r){try{r.__h.some($t),r.__h=r.__h.filter(function(i){return!i.__||gn(i)})}catch(i){t.some(function(s){s.__h&&(s.__h=[])}),t=[],ce.__e(i,r.__v)}}),pr&&pr(e,t)},ce.unmount=function(e){gr&&gr(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.some(function(i){try{$t(i)}catch(s){t=s}}),r.__H=void 0,t&&ce.__e(t,r.__v))};var _r=typeof requestAnimationFrame=="function";function is(e){var t,r=function(){clearTimeout(i),_r&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(r,35);_r&&(t=requestAnimationFrame(r))}function $t(e){var t=te,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),te=t}function gn(e){var t=te;e.__c=e.__(),te=t}function jr(e,t){return!e||e.length!==t.length||t.some(function(r,i){return r!==e[i]})}function Kr(e,t){return typeof t=="function"?t(e):t}class J extends String{__apiType;value;__meta__;constructor(t,r){super(t),this.value=t,this.__meta__=r}toString(){return this.value}}new J(`
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
    `,{fragmentName:"IntegrationSummary"});new J(`
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
}`,{fragmentName:"IntegrationDetail"});new J(`
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
    `,{fragmentName:"EventFields"});const ss=new J(`
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
}`),os=new J(`
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
}`),as=new J(`
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
}`),cs=new J(`
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
}`),ls=new J(`
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
}`),ds=new J(`
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
}`),us=new J(`
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
}`),hs=new J(`
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
}`),fs=new J(`
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
}`),ps=new J(`
    mutation DeleteIntegration($id: ID!) {
  deleteIntegration(id: $id)
}
    `),gs=new J(`
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
    `),ms=new J(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id)
}
    `),_s=new J(`
    mutation SetUserRole($userId: ID!, $role: Role!) {
  setUserRole(userId: $userId, role: $role) {
    id
    role
  }
}
    `),bs=new J(`
    query Me {
  me {
    id
    name
    email
    role
    permissions
  }
}
    `),br=new J(`
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
}`),ys=new J(`
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
    `),ws=new J(`
    query Kinds {
  integrationKinds {
    name
    description
    configSchema
    exampleConfig
  }
}
    `),Es=new J(`
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
}`),vs=new J(`
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
}`),Vr=new J(`
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
    `),Is=new J(`
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
    `),Ss=new J(`
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
    `),As=new J(`
    query IntegrationHistory($id: ID!, $after: Int!, $first: Int!) {
  integration(id: $id) {
    id
    version
    events(after: $after, first: $first) {
      ...EventFields
    }
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
}`),Ns=new J(`
    query PullRequestChanges($id: ID!) {
  integration(id: $id) {
    id
    pullRequest {
      commit
      changes {
        base
        baseCommit
        headCommit
        commits {
          id
          message
        }
        files {
          path
          additions
          deletions
        }
        diff
        truncated
      }
    }
  }
}
    `),zr=new J(`
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
}`),Ts=new J(`
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
}`);function we(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function Ye(e){return we(e)==="object"}function Rs(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function yr(e,t){return e.length<124?e:t}const Cs="graphql-transport-ws";var Ne=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(Ne||{}),Te=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(Te||{});function Yr(e){if(!Ye(e))throw new Error(`Message is expected to be an object, but got ${we(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${we(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!Ye(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${we(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ye(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${we(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${we(e.payload.query)}`);if(e.payload.variables!=null&&!Ye(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${we(e.payload.variables)}`);if(e.payload.operationName!=null&&we(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${we(e.payload.operationName)}`);if(e.payload.extensions!=null&&!Ye(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${we(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${we(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ye(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${we(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${we(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Rs(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${we(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function ks(e,t){return Yr(typeof e=="string"?JSON.parse(e,t):e)}function lt(e,t){return Yr(e),JSON.stringify(e,t)}function xs(e){const{url:t,connectionParams:r,lazy:i=!0,onNonLazyError:s=console.error,lazyCloseTimeout:o=0,keepAlive:d=0,disablePong:l,connectionAckWaitTimeout:f=0,retryAttempts:h=5,retryWait:m=async function(u){const I=Math.pow(2,u);await new Promise(C=>setTimeout(C,I*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:b=cn,on:c,webSocketImpl:p,generateID:_=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,u=>{const I=Math.random()*16|0;return(u=="x"?I:I&3|8).toString(16)})},jsonMessageReplacer:E,jsonMessageReviver:x}=e;let A;if(p){if(!Os(p))throw new Error("Invalid WebSocket implementation provided");A=p}else typeof WebSocket<"u"?A=WebSocket:typeof global<"u"?A=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(A=window.WebSocket||window.MozWebSocket);if(!A)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const w=A,M=(()=>{const D=(()=>{const I={};return{on(C,q){return I[C]=q,()=>{delete I[C]}},emit(C){"id"in C&&I[C.id]?.(C)}}})(),u={connecting:c?.connecting?[c.connecting]:[],opened:c?.opened?[c.opened]:[],connected:c?.connected?[c.connected]:[],ping:c?.ping?[c.ping]:[],pong:c?.pong?[c.pong]:[],message:c?.message?[D.emit,c.message]:[D.emit],closed:c?.closed?[c.closed]:[],error:c?.error?[c.error]:[]};return{onMessage:D.on,on(I,C){const q=u[I];return q.push(C),()=>{const j=q.indexOf(C);j>-1&&q.splice(j,1)}},emit(I,...C){for(const q of[...u[I]])q(...C)}}})();function re(D){const u=[M.on("error",I=>{u.forEach(C=>C()),D(I)}),M.on("closed",I=>{u.forEach(C=>C()),D(I)})];return()=>u.forEach(I=>I())}let K,G=0,ge,z=!1,O=0,V=!1;async function oe(){clearTimeout(ge);const[D,u]=await(K??(K=new Promise((q,j)=>(async()=>{if(z){if(await m(O),!G)return K=void 0,j({code:1e3,reason:"All Subscriptions Gone"});O++}M.emit("connecting",z);const U=new w(typeof t=="function"?await t():t,Cs);let ye,$e;function Ze(){isFinite(d)&&d>0&&(clearTimeout($e),$e=setTimeout(()=>{U.readyState===w.OPEN&&(U.send(lt({type:Te.Ping})),M.emit("ping",!1,void 0))},d))}re(he=>{K=void 0,clearTimeout(ye),clearTimeout($e),j(he),he instanceof wr&&(U.close(4499,"Terminated"),U.onerror=null,U.onclose=null)}),U.onerror=he=>M.emit("error",he),U.onclose=he=>M.emit("closed",he),U.onopen=async()=>{try{M.emit("opened",U);const he=typeof r=="function"?await r():r;if(U.readyState!==w.OPEN)return;U.send(lt(he?{type:Te.ConnectionInit,payload:he}:{type:Te.ConnectionInit},E)),isFinite(f)&&f>0&&(ye=setTimeout(()=>{U.close(Ne.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},f)),Ze()}catch(he){M.emit("error",he),U.close(Ne.InternalClientError,yr(he instanceof Error?he.message:String(he),"Internal client error"))}};let He=!1;U.onmessage=({data:he})=>{try{const de=ks(he,x);if(M.emit("message",de),de.type==="ping"||de.type==="pong"){M.emit(de.type,!0,de.payload),de.type==="pong"?Ze():l||(U.send(lt(de.payload?{type:Te.Pong,payload:de.payload}:{type:Te.Pong},E)),M.emit("pong",!1,de.payload));return}if(He)return;if(de.type!==Te.ConnectionAck)throw new Error(`First message cannot be of type ${de.type}`);clearTimeout(ye),He=!0,M.emit("connected",U,de.payload,z),z=!1,O=0;const _t=new Promise((Hn,Gn)=>re(Gn));_t.catch(()=>{}),q([U,_t])}catch(de){U.onmessage=null,M.emit("error",de),U.close(Ne.BadResponse,yr(de instanceof Error?de.message:String(de),"Bad response"))}}})())));D.readyState===w.CLOSING&&await u;let I=()=>{};const C=new Promise(q=>I=q);return[D,I,new Promise((q,j)=>{const U=re(j);D.readyState!==w.OPEN&&u.catch(j),C.then(()=>{if(U(),!G){const ye=()=>D.close(1e3,"Normal Closure");isFinite(o)&&o>0?(clearTimeout(ge),ge=setTimeout(()=>{!G&&D.readyState===w.OPEN&&ye()},o)):ye()}q()})})]}function qe(D){if(cn(D)&&($s(D.code)||[Ne.InternalServerError,Ne.InternalClientError,Ne.BadRequest,Ne.BadResponse,Ne.Unauthorized,Ne.SubprotocolNotAcceptable,Ne.SubscriberAlreadyExists,Ne.TooManyInitialisationRequests].includes(D.code)))throw D;if(V)return!1;if(cn(D)&&D.code===1e3)return G>0;if(!h||O>=h||!b(D))throw D;return z=!0}i||(async()=>{for(G++;;)try{const[,,D]=await oe();await D}catch(D){try{if(!qe(D))return}catch(u){return s?.(u)}}})();function Ae(D,u){const I=_(D);let C=!1,q=!1,j=()=>{G--,C=!0};return(async()=>{for(G++;;)try{const[U,ye,$e]=await oe();if(C)return $e.catch(()=>{}),ye();const Ze=M.onMessage(I,He=>{switch(He.type){case Te.Next:{u.next(He.payload);return}case Te.Error:{q=!0,C=!0,u.error(He.payload),j();return}case Te.Complete:{C=!0,j();return}}});U.send(lt({id:I,type:Te.Subscribe,payload:D},E)),j=()=>{!C&&U.readyState===w.OPEN&&U.send(lt({id:I,type:Te.Complete},E)),G--,C=!0,ye()},await $e.finally(Ze);return}catch(U){if(!qe(U))return}})().then(()=>{q||u.complete()}).catch(U=>{u.error(U)}),()=>{C||j()}}return{on:M.on,subscribe:Ae,iterate(D){const u=[],I={done:!1,error:null,resolve:()=>{}},C=Ae(D,{next(j){u.push(j),I.resolve()},error(j){I.done=!0,I.error=j,I.resolve()},complete(){I.done=!0,I.resolve()}}),q=(async function*(){for(;;){for(u.length||await new Promise(U=>I.resolve=U);u.length;)yield u.shift();if(I.error)throw I.error;if(I.done)return}})();return q.throw=async j=>(I.done||(I.done=!0,I.error=j,I.resolve()),{done:!0,value:void 0}),q.return=async()=>(C(),{done:!0,value:void 0}),q},async dispose(){if(V=!0,K){const[D]=await K;D.close(1e3,"Normal Closure")}},terminate(){K&&M.emit("closed",new wr)}}}class wr extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function cn(e){return Ye(e)&&"code"in e&&"reason"in e}function $s(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function Os(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}class Ie extends Error{kind;errors;status;constructor(t,r,i={}){super(r),this.name="Problem",this.kind=t,this.errors=i.errors??[],this.status=i.status}}function Wt(e){const t=e.extensions?.code;return typeof t=="string"?t:void 0}const Ds={UNAUTHENTICATED:"unauthenticated",FORBIDDEN:"forbidden",BAD_USER_INPUT:"invalid-input",GRAPHQL_VALIDATION_FAILED:"invalid-input",NOT_FOUND:"not-found",CONFLICT:"conflict",INVALID_TRANSITION:"not-allowed-now",FAILED_PRECONDITION:"not-allowed-now",TOO_MANY_REQUESTS:"rate-limited",RATE_LIMITED:"rate-limited"};function Ls(e){switch(Wt(e)){case"UNAUTHENTICATED":return"You are signed out. Sign in again to continue.";case"FORBIDDEN":return`Your role does not allow this${e.message?` (${e.message})`:""}.`;case"INVALID_TRANSITION":{const r=e.extensions?.from;return typeof r=="string"?`This action no longer applies: the integration is ${r} now.`:e.message}case"CONFLICT":return`${e.message} Someone changed it meanwhile; the page shows the latest version.`;case"INTERNAL_SERVER_ERROR":return"The server failed to do this. Try again; if it keeps failing, the server log has the cause.";default:return e.message||"The server refused the request."}}function Qe(e,t){const r=e[0],i=r?Wt(r):void 0,s=i&&Ds[i]||"server",o=[...new Set(e.map(Ls))],d={errors:e};return t!==void 0&&(d.status=t),new Ie(s,o.join(" ")||"The server refused the request.",d)}function rt(e,t){if(e===401)return new Ie("unauthenticated","You are signed out. Sign in again to continue.",{status:e});if(e===403)return new Ie("forbidden","The server refused the request (403). Reload the page and sign in again.",{status:e});if(e===413)return new Ie("invalid-input","The request is too large for the server.",{status:e});if(e===429){const r=t&&/^\d+$/.test(t)?` in ${t} s`:" shortly";return new Ie("rate-limited",`Too many requests. Try again${r}.`,{status:e})}return e>=500?new Ie("server",`The server failed (HTTP ${e}). Try again in a moment.`,{status:e}):new Ie("server",`The server answered HTTP ${e}.`,{status:e})}function jt(){return new Ie("network","Cannot reach the server. Check the connection and try again.")}function gt(e){return e instanceof Ie||e instanceof Error&&e.message?e.message:"Something went wrong."}function mn(e){const t={},r=(i,s)=>{const[o,...d]=i.split(".");if(!o)return;const l=d.length>0?`${d.join(".")}: ${s}`:s,f=t[o]??=[];f.includes(l)||f.push(l)};for(const i of e){if(Wt(i)!=="BAD_USER_INPUT")continue;const s=i.extensions?.fields;if(Array.isArray(s)&&s.length>0){for(const d of s)if(d&&typeof d=="object"){const{field:l,message:f}=d;typeof l=="string"&&r(l,typeof f=="string"?f:i.message)}continue}const o=i.extensions?.field;typeof o=="string"&&r(o,Ms(o,i.message))}return t}function Ms(e,t){const r=`${e}: `;return t.startsWith(r)?t.slice(r.length):t}function Ps(e,t){const r=mn(e);return e.filter(i=>{if(Wt(i)!=="BAD_USER_INPUT")return!0;const s=Object.keys(mn([i]));return s.length===0||s.some(o=>!t.includes(o)||!r[o])})}class Bs{#e;constructor(t){this.#e=t??void 0}get value(){return this.#e}accept(t){return this.#e!==void 0&&t<=this.#e?!1:(this.#e=t,!0)}}function Er(e,t=Math.random){const r=Math.min(15e3,500*2**Math.max(0,e));return Math.round(r*(.8+.4*t()))}function Jr(e){return!!e&&typeof e=="object"&&typeof e.code=="number"}function Us(e){return Jr(e)&&e.code===4401}function Fs(e){return Array.isArray(e)?!1:Jr(e)?![4400,4403,4406,4409].includes(e.code):!0}function qs(e){return e.active===0?e.browserOnline?"idle":"offline":e.browserOnline?e.socket==="open"&&e.waiting===0?"online":e.waiting>0||e.socket==="closed"||e.everConnected?"reconnecting":"connecting":"offline"}const Hs="codebot_csrf",Gs="X-CSRF-Token";function Ws(e,t){for(const r of e.split(";")){const i=r.indexOf("=");if(!(i<0)&&r.slice(0,i).trim()===t){const s=r.slice(i+1).trim();try{return decodeURIComponent(s)}catch{return s}}}}function Qr(){const e={"content-type":"application/json",accept:"application/json"},t=typeof document>"u"?void 0:Ws(document.cookie,Hs);return t&&(e[Gs]=t),e}async function xn(e,t){try{return await fetch(e,{method:"POST",credentials:"same-origin",headers:Qr(),body:t===void 0?"{}":JSON.stringify(t)})}catch{throw jt()}}async function js(e){try{const t=await e.json();return Array.isArray(t.errors)?t.errors:[]}catch{return[]}}const _n=new Set;function Ks(e){return _n.add(e),()=>_n.delete(e)}function $n(){for(const e of _n)e()}let ln;function On(){return ln??=(async()=>{try{return(await xn("/auth/refresh")).ok}catch{return!1}finally{ln=void 0}})(),ln}async function Vs(e){const t=await xn("/auth/session",{apiKey:e.trim()});if(t.ok)return;if(t.status===404||t.status===405)throw new Ie("server","This server does not offer sign-in with an API key.",{status:t.status});const r=await js(t);throw t.status===401?new Ie("unauthenticated","The server did not accept this API key. Check it and try again.",{errors:r,status:401}):r.length>0?Qe(r,t.status):rt(t.status)}async function zs(){try{await xn("/auth/logout")}finally{$n()}}async function Ys(){let e;try{e=await fetch("/auth/providers",{credentials:"same-origin",headers:{accept:"application/json"}})}catch{throw jt()}if(e.status===404)return[];if(!e.ok)throw rt(e.status);const t=await e.json();return Array.isArray(t.providers)?t.providers.filter(r=>!!r&&typeof r=="object"&&typeof r.id=="string"&&typeof r.name=="string"&&typeof r.loginUrl=="string"):[]}function Js(e,t){if(!t||t==="/")return e.loginUrl;const r=e.loginUrl.includes("?")?"&":"?";return`${e.loginUrl}${r}redirect=${encodeURIComponent(t)}`}function Dn(e){let t=e;const r=new Set;return{get:()=>t,set(i){if(!Object.is(i,t)){t=i;for(const s of[...r])s(t)}},subscribe(i){return r.add(i),()=>r.delete(i)}}}function Kt(e){const[t,r]=N(e.get);return ne(()=>(r(()=>e.get()),e.subscribe(i=>r(()=>i))),[e]),t}const Xr=Dn("idle");let it="idle",Ln=!1,bn=0,Zr=0;const yn=new Set,wn=new Set;let En=0;function Qs(){return typeof navigator>"u"?!0:navigator.onLine!==!1}function Ue(){Xr.set(qs({socket:it,active:bn,waiting:Zr,browserOnline:Qs(),everConnected:Ln}))}typeof window<"u"&&(window.addEventListener("online",()=>{Ue();for(const e of[...wn])e()}),window.addEventListener("offline",Ue));function Xs(){const{protocol:e,host:t}=window.location;return`${e==="https:"?"wss:":"ws:"}//${t}/graphql/ws`}let Bt,Nt,Tt;const Zs=8e3;function eo(){return Bt??=xs({url:Xs,lazy:!0,lazyCloseTimeout:3e3,retryAttempts:0,keepAlive:15e3,connectionParams:{},on:{opened:e=>{Nt=e},ping:e=>{e||(clearTimeout(Tt),Tt=setTimeout(()=>{Nt?.readyState===WebSocket.OPEN&&Nt.close(4408,"No pong")},Zs))},pong:e=>{e&&clearTimeout(Tt)},connecting:()=>{it="connecting",Ue()},connected:()=>{it="open",Ln=!0,Ue();for(const e of[...yn])e()},closed:()=>{clearTimeout(Tt),Nt=void 0,it="closed",En+=1,Ue()}}}),Bt}function ei(){Bt?.terminate(),Bt=void 0,it="idle",Ln=!1,Ue()}function Mn(e){const t=new Bs(e.initialCursor);let r=!1,i=0,s,o,d=!1,l=!1;const f=p=>{p!==l&&(l=p,Zr+=p?1:-1,Ue())},h=()=>{d&&!r&&(d=!1,e.onResume?.())},m=()=>{o!==void 0&&!r&&(clearTimeout(o),o=void 0,c())};yn.add(h),wn.add(m);const b=p=>{f(!0),d=!0,o=setTimeout(()=>{o=void 0,c()},p)},c=()=>{if(r)return;const p=En,_={query:e.document.toString(),variables:e.variables(t.value)};s=eo().subscribe(_,{next:E=>{if(i=0,f(!1),E.errors&&E.errors.length>0){e.onError?.(Qe(E.errors));return}const x=E.data;x&&(e.cursorOf&&!t.accept(e.cursorOf(x))||e.onData(x))},error:E=>{s=void 0,!r&&(Us(E)?(f(!0),On().then(x=>{r||(x?b(0):(f(!1),$n()))})):Fs(E)?b(Er(i++)):(f(!1),e.onError?.(Qe(Array.isArray(E)?E:[{message:"The live update was refused."}]))))},complete:()=>{s=void 0,!r&&En!==p&&b(Er(i++))}}),it==="open"&&h()};return bn+=1,Ue(),c(),()=>{r||(r=!0,o!==void 0&&clearTimeout(o),f(!1),yn.delete(h),wn.delete(m),s?.(),bn-=1,Ue())}}const to={idle:"",connecting:"Connecting…",online:"Live",reconnecting:"Reconnecting…",offline:"Offline"};function no(){const e=Kt(Xr);return e==="idle"?null:n("span",{class:`live live-${e}`,role:"status","aria-live":"polite","data-live":e,children:[n("span",{class:"live-dot","aria-hidden":"true"}),to[e]]})}function ro(e){ne(()=>{if(e)return Mn({document:zr,variables:()=>({}),onData:()=>{}})},[e])}function _e({error:e,onRetry:t}){return e?n("div",{class:"notice notice-error",role:"alert",children:[n("span",{children:gt(e)}),t&&n("button",{type:"button",class:"button small",onClick:t,children:"Try again"})]}):null}function mt({children:e}){return n("div",{class:"notice notice-info",role:"status",children:e})}function Ke({what:e}){return n("p",{class:"loading",role:"status","aria-live":"polite",children:["Loading ",e,"…"]})}const le={read:"integration.read",write:"integration.write",delete:"integration.delete",manageUsers:"user.manage"},io=["VALIDATING","GENERATING","TESTING","REVIEWING","DEPLOYING"],Ot={approve:{label:"Approve",states:["REVIEWING"],permission:le.write,confirm:!1,text:{label:"Comment (optional)",required:!1},tone:"primary"},requestChanges:{label:"Request changes",states:["REVIEWING"],permission:le.write,confirm:!1,text:{label:"What should change",required:!0},tone:"default"},reject:{label:"Reject",states:["REVIEWING"],permission:le.write,confirm:!0,text:{label:"Reason",required:!0},tone:"danger"},cancel:{label:"Cancel",states:["DRAFT",...io],permission:le.write,confirm:!0,tone:"danger"},retry:{label:"Retry",states:["FAILED"],permission:le.write,confirm:!1,tone:"primary"},deprecate:{label:"Deprecate",states:["ACTIVE"],permission:le.write,confirm:!0,tone:"danger"},delete:{label:"Delete",states:["DRAFT","FAILED","DEPRECATED"],permission:le.delete,confirm:!0,tone:"danger"}},so=["approve","requestChanges","reject","retry","cancel","deprecate","delete"],oo={VIEWER:[le.read],DEVELOPER:[le.read,le.write],ADMIN:[le.read,le.write,le.delete,le.manageUsers]};function ao(e){return Array.isArray(e.permissions)?e.permissions:oo[e.role]??[]}function at(e,t){return!!e&&ao(e).includes(t)}function co(e,t){return at(e,le.write)?e.role==="ADMIN"||at(e,le.manageUsers)?!0:!!t.owner&&t.owner.id===e.id:!1}function lo(e,t){return so.filter(r=>Ot[r].states.includes(t.state)?r==="delete"?at(e,le.delete):co(e,t):!1)}function Ut(e){return at(e,le.write)}function Pn(e){return at(e,le.manageUsers)}const vn=["VIEWER","DEVELOPER","ADMIN"];function uo(e){const t=vn.indexOf(e);return t<0?[]:vn.slice(0,t+1)}async function vr(e,t){try{return await fetch("/graphql",{method:"POST",credentials:"same-origin",headers:Qr(),body:JSON.stringify({query:e,variables:t??{}})})}catch{throw jt()}}async function ti(e,t){const r=e.toString();let i=await vr(r,t);if(i.status===401&&(await On()&&(i=await vr(r,t)),i.status===401))throw $n(),rt(401);let s;try{s=await i.json()}catch{s=void 0}if(!s||s.data===void 0&&!s.errors)throw rt(i.status,i.headers.get("retry-after"));const o=Array.isArray(s.errors)?s.errors:[];if(s.data===void 0||s.data===null)throw o.length>0?Qe(o,i.status):rt(i.status);return{data:s.data,errors:o}}const Se=ti;async function ve(e,t){const r=await ti(e,t);if(r.errors.length>0||!r.data)throw Qe(r.errors);return r.data}function Bn({request:e,onClose:t}){const r=nt(null),[i,s]=N(""),[o,d]=N(!1),[l,f]=N(null);return ne(()=>{const m=r.current;m&&(e?(s(""),f(null),d(!1),m.open||m.showModal()):m.open&&m.close())},[e]),n("dialog",{ref:r,class:"dialog","aria-labelledby":"dialog-title",onClose:t,children:e&&n("form",{method:"dialog",onSubmit:async m=>{if(m.preventDefault(),!!e){if(e.text?.required&&i.trim()===""){f(new Error(`${e.text.label} is required.`));return}d(!0),f(null);try{await e.run(i.trim()),t()}catch(b){f(b),d(!1)}}},children:[n("h2",{id:"dialog-title",children:e.title}),n("p",{children:e.body}),e.text&&n("label",{class:"field",children:[n("span",{children:e.text.label}),n("textarea",{rows:3,value:i,required:e.text.required,onInput:m=>s(m.currentTarget.value)})]}),!!l&&n("p",{class:"field-error",role:"alert",children:gt(l)}),n("div",{class:"dialog-actions",children:[n("button",{type:"button",class:"button",onClick:t,disabled:o,children:"Back"}),n("button",{type:"submit",class:`button ${e.danger?"danger":"primary"}`,disabled:o,children:o?"Working…":e.confirmLabel})]})]})})}function Dt(e,t){const r=nt(e);r.current=e;const i=nt(void 0),s=nt(()=>{i.current!==void 0&&clearTimeout(i.current),i.current=setTimeout(()=>{i.current=void 0,r.current()},t)});return ne(()=>()=>clearTimeout(i.current),[]),s.current}function Vt(e){ne(()=>{document.title=e?`${e} · Claude Code Bot`:"Claude Code Bot"},[e])}function Re(e){if(!e)return"—";const t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleString(void 0,{dateStyle:"medium",timeStyle:"medium"})}function zt(e){if(e==null||!Number.isFinite(e)||e<0)return"—";if(e<1e3)return`${Math.round(e)} ms`;const t=e/1e3;if(t<60)return`${t.toFixed(t<10?2:1)} s`;const r=Math.floor(t/60),i=Math.round(t%60);return r<60?`${r} min ${i} s`:`${Math.floor(r/60)} h ${r%60} min`}function ho(e,t,r){if(!e)return null;const i=Date.parse(e),s=t?Date.parse(t):r;return Number.isNaN(i)||Number.isNaN(s)?null:Math.max(0,s-i)}function fo(e){return e===0?"$0.00":e<.01?`$${e.toFixed(4)}`:`$${e.toFixed(2)}`}function Le(e){return e.toLocaleString("en-US")}function W(e,t){return e&&typeof e=="object"?e[t]:void 0}const ee=e=>typeof e=="string"||typeof e=="number"?String(e):"";function po(e,t){switch(e){case"IntegrationCreated":return`Created “${ee(W(t,"name"))}” (${ee(W(t,"kind"))})`;case"IntegrationUpdated":return`Changed ${Object.keys(t??{}).join(", ")||"nothing"}`;case"StateChanged":{const r=ee(W(t,"trigger")).replace(/_/g," "),i=ee(W(t,"reason")),s=r==="cancelled"&&i.trim().toLowerCase()==="cancelled"?"":i;return`${ee(W(t,"from"))} → ${ee(W(t,"to"))}${r?` (${r})`:""}${s?`: ${s}`:""}`}case"StepStarted":return`${ee(W(t,"step"))} started (attempt ${ee(W(t,"attempt"))})`;case"StepSucceeded":return`${ee(W(t,"step"))} succeeded in ${zt(Number(W(t,"duration_ms")))}`;case"StepFailed":return`${ee(W(t,"step"))} failed (attempt ${ee(W(t,"attempt"))}): ${ee(W(t,"error"))}`;case"GenerationProgressed":{const r=Number(W(t,"characters")),i=W(t,"files"),s=Array.isArray(i)?i.map(ee).filter(Boolean):[],o=Number(W(t,"attempt"));return`Generation progress: ${Number.isFinite(r)?Le(r):"?"} characters, ${s.length>0?`files: ${s.join(", ")}`:"no file begun yet"}${o>1?` (attempt ${o})`:""}`}case"CodeGenerated":{const r=W(t,"files");return`Code generated by ${ee(W(t,"generator"))}: ${Array.isArray(r)?r.length:0} files`}case"TestsCompleted":return W(W(t,"report"),"passed")?"Tests passed":"Tests failed";case"PullRequestOpened":return`Pull request #${ee(W(W(t,"pull_request"),"number"))} opened`;case"PullRequestMerged":return"Pull request merged";case"Deployed":return`Deployed to ${ee(W(W(t,"deployment"),"location"))}`;case"Compensated":return`${ee(W(t,"step"))} undone: ${ee(W(t,"detail"))}`;case"Undeployed":return"Deployment removed";case"CompensationAttemptFailed":return`Undoing ${ee(W(t,"step"))} failed (attempt ${ee(W(t,"attempt"))}): ${ee(W(t,"error"))}`;case"CompensationFailed":return`Gave up undoing ${ee(W(t,"step"))} after ${ee(W(t,"attempts"))} attempts: waits for an administrator`;case"CompensationRetried":return`Undo of ${ee(W(t,"step"))} retried by an administrator`;case"CompensationResolved":return`Undo of ${ee(W(t,"step"))} resolved by hand: ${ee(W(t,"note"))}`;case"IntegrationDeleted":return"Deleted";default:return e}}const Ir={CLOSED:{label:"Closed",tone:"good",help:"Calls go through"},OPEN:{label:"Open",tone:"attention",help:"Calls fail fast until the open period ends"},HALF_OPEN:{label:"Half-open",tone:"busy",help:"One trial call decides whether it closes again"}};function go(e){return Object.prototype.hasOwnProperty.call(Ir,e)?Ir[e]:{label:e,tone:"neutral",help:"Unknown breaker state"}}function ni(e,t){return`${Le(e)} / ${Le(t)}`}function mo(e,t){return t>0&&e>=t}function ri(e){return!Number.isFinite(e)||e<0?"—":e<60?`${Math.round(e)} s`:zt(e*1e3)}function _o(e,t){const r=Date.parse(e);if(Number.isNaN(r))return"—";const i=Math.floor((t-r)/1e3);return i<1?"just now":`${ri(i)} ago`}function bo({me:e}){const[t,r]=N(null),[i,s]=N(null),[o,d]=N(0),[l,f]=N(null),[h,m]=N(null),b=ot(async p=>{try{const _=await Se(Vr,{first:50,after:p}),E=_.data?.users;if(!E)throw Qe(_.errors);r(x=>p?[...x??[],...E.nodes]:E.nodes),s(E.pageInfo.hasNextPage?E.pageInfo.endCursor??null:null),d(E.totalCount),f(null)}catch(_){f(_)}},[]);ne(()=>{b(null)},[b]);const c=async(p,_)=>{m(p.id),f(null);try{const E=await ve(_s,{userId:p.id,role:_});r(x=>x?.map(A=>A.id===p.id?{...A,role:E.setUserRole.role}:A)??null)}catch(E){f(E)}finally{m(null)}};return n("section",{class:"card","aria-labelledby":"users-title",children:[n("h2",{id:"users-title",children:"Users and roles"}),n(_e,{error:l,onRetry:()=>{b(null)}}),t===null?!l&&n(Ke,{what:"users"}):n("div",{class:"table-scroll",children:[n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Email"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Since"})]})}),n("tbody",{children:t.map(p=>n("tr",{children:[n("td",{"data-label":"Name",children:[p.name,p.id===e.id&&n("span",{class:"muted",children:" (you)"})]}),n("td",{"data-label":"Email",children:p.email??"—"}),n("td",{"data-label":"Role",children:n("select",{"aria-label":`Role of ${p.name}`,value:p.role,disabled:h===p.id||p.id===e.id,onChange:_=>{c(p,_.currentTarget.value)},children:vn.map(_=>n("option",{value:_,children:_},_))})}),n("td",{"data-label":"Since",children:Re(p.createdAt)})]},p.id))})]}),n("p",{class:"muted small",children:[t.length," of ",o," users"]}),i&&n("button",{type:"button",class:"button",onClick:()=>{b(i)},children:"Load more"})]})]})}function yo({me:e}){const t=uo(e.role),[r,i]=N(null),[s,o]=N(null),[d,l]=N(""),[f,h]=N("VIEWER"),[m,b]=N(""),[c,p]=N(null),[_,E]=N(!1),[x,A]=N(null),[w,M]=N(!1),[re,K]=N(null),G=ot(async()=>{try{const O=await Se(Is);i(O.data?.apiKeys??[]),o(null)}catch(O){o(O)}},[]);ne(()=>{G()},[G]);const ge=async O=>{if(O.preventDefault(),d.trim()===""){p("Give the key a name.");return}E(!0),p(null),M(!1);try{const V={name:d.trim(),role:f};m&&(V.expiresAt=new Date(`${m}T23:59:59`).toISOString());const oe=await ve(gs,{input:V});A(oe.createApiKey),l(""),b(""),G()}catch(V){p(gt(V))}finally{E(!1)}},z=O=>K({title:`Revoke “${O.name}”`,body:`Programs using the key ${O.prefix}… stop working at once. This cannot be undone.`,confirmLabel:"Revoke",danger:!0,run:async()=>{await ve(ms,{id:O.id}),await G()}});return n("section",{class:"card","aria-labelledby":"keys-title",children:[n("h2",{id:"keys-title",children:"API keys"}),n("form",{class:"form inline-form",onSubmit:ge,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"key-name",children:"Name"}),n("input",{id:"key-name",value:d,onInput:O=>l(O.currentTarget.value)})]}),n("div",{class:"field",children:[n("label",{for:"key-role",children:"Role"}),n("select",{id:"key-role",value:f,onChange:O=>h(O.currentTarget.value),children:t.map(O=>n("option",{value:O,children:O},O))})]}),n("div",{class:"field",children:[n("label",{for:"key-expires",children:["Expires ",n("small",{class:"muted",children:"(optional)"})]}),n("input",{id:"key-expires",type:"date",value:m,onInput:O=>b(O.currentTarget.value)})]}),n("button",{type:"submit",class:"button primary",disabled:_,children:_?"Creating…":"Create key"})]}),c&&n("p",{class:"field-error",role:"alert",children:c}),x&&n("div",{class:"notice notice-success secret",role:"status",children:[n("p",{children:["Key ",n("strong",{children:x.apiKey.name})," (",x.apiKey.role,") created. Copy the secret now: it is shown only once."]}),n("div",{class:"secret-row",children:[n("code",{id:"new-key-secret","data-secret":!0,children:x.secret}),n("button",{type:"button",class:"button small",onClick:()=>navigator.clipboard?.writeText(x.secret).then(()=>M(!0),()=>M(!1)),children:w?"Copied":"Copy"}),n("button",{type:"button",class:"button small",onClick:()=>A(null),children:"Done"})]})]}),n(_e,{error:s,onRetry:()=>{G()}}),r===null?!s&&n(Ke,{what:"API keys"}):r.length===0?n("p",{class:"muted",children:"No API keys."}):n("div",{class:"table-scroll",children:n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Key"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Owner"}),n("th",{scope:"col",children:"Created"}),n("th",{scope:"col",children:"Last used"}),n("th",{scope:"col",children:"Expires"}),n("th",{scope:"col",children:n("span",{class:"visually-hidden",children:"Revoke"})})]})}),n("tbody",{children:r.map(O=>n("tr",{class:O.revokedAt?"revoked":void 0,children:[n("td",{"data-label":"Name",children:O.name}),n("td",{"data-label":"Key",children:n("code",{children:[O.prefix,"…"]})}),n("td",{"data-label":"Role",children:O.role}),n("td",{"data-label":"Owner",children:O.owner?.name??"—"}),n("td",{"data-label":"Created",children:Re(O.createdAt)}),n("td",{"data-label":"Last used",children:O.lastUsedAt?Re(O.lastUsedAt):"never"}),n("td",{"data-label":"Expires",children:O.expiresAt?Re(O.expiresAt):"never"}),n("td",{children:O.revokedAt?n("span",{class:"muted",children:["revoked ",Re(O.revokedAt)]}):n("button",{type:"button",class:"button small danger",onClick:()=>z(O),children:"Revoke"})})]},O.id))})]})}),n(Bn,{request:re,onClose:()=>K(null)})]})}function Ft({count:e,limit:t}){return n(pe,{children:[ni(e,t),mo(e,t)&&n(pe,{children:[" ",n("span",{class:"badge tone-attention",children:"full"})]})]})}function wo({workers:e,readAt:t}){return n(pe,{children:[n("h3",{id:"workers-title",children:"Workers"}),e.length===0?n(mt,{children:"No worker is running: integrations will wait in the queue."}):n("ul",{class:"worker-list","aria-labelledby":"workers-title",children:e.map(r=>n("li",{"data-worker":r.instance,children:[n("code",{children:r.instance})," ",n("span",{class:"muted small",children:["reported"," ",n("time",{dateTime:r.reportedAt,title:Re(r.reportedAt),children:_o(r.reportedAt,t)})]})]},r.instance))})]})}function Eo({bulkheads:e}){return n(pe,{children:[n("h3",{id:"bulkheads-title",children:"Bulkheads"}),e.length===0?n("p",{class:"muted",children:"No worker reports a bulkhead."}):n("div",{class:"table-scroll",children:n("table",{class:"numbers","aria-labelledby":"bulkheads-title",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Worker"}),n("th",{scope:"col",children:"Guards"}),n("th",{scope:"col",children:"In flight"}),n("th",{scope:"col",children:"Queued"}),n("th",{scope:"col",children:"Rejected"})]})}),n("tbody",{children:e.map(t=>n("tr",{"data-bulkhead":t.name,children:[n("td",{"data-label":"Worker",children:n("code",{children:t.instance})}),n("td",{"data-label":"Guards",children:n("code",{children:t.name})}),n("td",{"data-label":"In flight",children:n(Ft,{count:t.inFlight,limit:t.concurrencyLimit})}),n("td",{"data-label":"Queued",children:n(Ft,{count:t.queued,limit:t.queueLimit})}),n("td",{"data-label":"Rejected",children:Le(t.rejected)})]},`${t.instance}/${t.name}`))})]})})]})}function vo({provider:e}){const t=go(e.breaker);return n("li",{class:"provider","data-breaker":e.breaker,children:n("table",{class:"kv",children:[n("caption",{children:n("code",{children:e.name})}),n("tbody",{children:[n("tr",{children:[n("th",{scope:"row",children:"Worker"}),n("td",{children:n("code",{children:e.instance})})]}),n("tr",{children:[n("th",{scope:"row",children:"Breaker"}),n("td",{children:n("span",{class:`badge tone-${t.tone}`,title:t.help,"data-breaker":e.breaker,children:t.label})})]}),n("tr",{children:[n("th",{scope:"row",children:"Failures in a row"}),n("td",{children:ni(e.consecutiveFailures,e.failureThreshold)})]}),n("tr",{children:[n("th",{scope:"row",children:"Open period"}),n("td",{children:ri(e.openSeconds)})]}),n("tr",{children:[n("th",{scope:"row",children:"In flight"}),n("td",{children:n(Ft,{count:e.inFlight,limit:e.concurrencyLimit})})]}),n("tr",{children:[n("th",{scope:"row",children:"Queued"}),n("td",{children:n(Ft,{count:e.queued,limit:e.queueLimit})})]}),n("tr",{children:[n("th",{scope:"row",children:"Calls"}),n("td",{children:Le(e.calls)})]}),n("tr",{children:[n("th",{scope:"row",children:"Retries"}),n("td",{children:Le(e.retries)})]}),n("tr",{children:[n("th",{scope:"row",children:"Rejected"}),n("td",{children:Le(e.rejected)})]})]})]})})}function Io({providers:e,workers:t}){return n(pe,{children:[n("h3",{id:"providers-title",children:"Providers"}),e.length===0?n("p",{class:"muted",children:t===0?"No worker reports its providers.":"No networked providers (the offline generator is in use)."}):n("ul",{class:"provider-list","aria-labelledby":"providers-title",children:e.map(r=>n(vo,{provider:r},`${r.instance}/${r.name}`))})]})}function So(){const[e,t]=N(null),[r,i]=N(0),[s,o]=N(null),d=ot(async()=>{try{const l=await Se(Ss);t(l.data?.systemStatus??null),i(Date.now()),o(null)}catch(l){o(l)}},[]);return ne(()=>{d()},[d]),n("section",{class:"card","aria-labelledby":"status-title",children:[n("div",{class:"page-head",children:[n("h2",{id:"status-title",children:"System status"}),n("button",{type:"button",class:"button small",onClick:()=>{d()},children:"Refresh"})]}),n(_e,{error:s,onRetry:()=>{d()}}),e&&n("dl",{class:"pairs",children:[n("dt",{children:"Version"}),n("dd",{children:e.version}),n("dt",{children:"Database"}),n("dd",{children:[e.database.backend," ",n("span",{class:`badge tone-${e.database.ok?"good":"bad"}`,children:e.database.ok?"OK":"not answering"})]}),n("dt",{children:"Job queue"}),n("dd",{children:e.queue?`${e.queue.queued} queued, ${e.queue.running} running`:"cannot be read"})]}),e&&n(pe,{children:[n(wo,{workers:e.workers,readAt:r}),n(Eo,{bulkheads:e.bulkheads}),n(Io,{providers:e.providers,workers:e.workers.length})]})]})}function Ao({user:e}){const t=Pn(e);return Vt(t?"Admin":"API keys"),n("div",{class:"admin",children:[n("h1",{children:t?"Admin":"API keys"}),t&&n(So,{}),t&&n(bo,{me:e}),n(yo,{me:e}),!t&&n(mt,{children:"Users, roles and the system status are for administrators."})]})}const Yt=["DRAFT","VALIDATING","GENERATING","TESTING","REVIEWING","DEPLOYING","ACTIVE","FAILED","DEPRECATED"],No={DRAFT:"neutral",VALIDATING:"busy",GENERATING:"busy",TESTING:"busy",REVIEWING:"attention",DEPLOYING:"busy",ACTIVE:"good",FAILED:"bad",DEPRECATED:"muted"},To={DRAFT:"Created; the pipeline has not started",VALIDATING:"The request is checked against its kind",GENERATING:"The generator writes the code and its tests",TESTING:"The generated tests run in the sandbox",REVIEWING:"A pull request waits for a review",DEPLOYING:"The reviewed code is being deployed",ACTIVE:"Deployed and running",FAILED:"Failed, rejected or cancelled; finished steps were undone",DEPRECATED:"Taken out of service"};function Ro(e){return Yt.includes(e)}function ii(e){return e.charAt(0)+e.slice(1).toLowerCase()}function Co(){return{total:0,byState:Object.fromEntries(Yt.map(e=>[e,0]))}}function ko(e){const t=Co();if(!e)return t;t.total=e.all?.totalCount??0;for(const r of Yt)t.byState[r]=e[r]?.totalCount??0;return t}function xo(e,t,r){if(t===r)return e;const i={...e.byState};let s=e.total;return t?i[t]=Math.max(0,i[t]-1):s+=1,i[r]+=1,{total:s,byState:i}}function Un({state:e}){return n("span",{class:`badge tone-${No[e]}`,title:To[e],"data-state":e,children:ii(e)})}function $o({status:e}){return n("span",{class:`badge tone-${e==="SUCCEEDED"?"good":e==="FAILED"?"bad":e==="RUNNING"?"busy":e==="COMPENSATED"?"muted":"neutral"}`,children:e.charAt(0)+e.slice(1).toLowerCase()})}function Fn(){return{path:window.location.pathname,search:new URLSearchParams(window.location.search)}}const qn=Dn(Fn());window.addEventListener("popstate",()=>qn.set(Fn()));function Fe(e,t={}){const r=window.location.pathname+window.location.search;e!==r&&(t.replace?window.history.replaceState(null,"",e):window.history.pushState(null,"",e),qn.set(Fn()),t.replace||window.scrollTo(0,0))}function Jt(){return Kt(qn)}function Oo(e,t){const r=e.split("/").filter(Boolean),i=t.split("/").filter(Boolean);if(r.length!==i.length)return null;const s={};for(let o=0;o<r.length;o+=1){const d=r[o],l=i[o];if(d.startsWith(":"))try{s[d.slice(1)]=decodeURIComponent(l)}catch{return null}else if(d!==l)return null}return s}function ke({href:e,onClick:t,...r}){return n("a",{href:e,onClick:i=>{t&&t(i),!(i.defaultPrevented||i.button!==0||i.metaKey||i.ctrlKey||i.shiftKey||i.altKey)&&(i.preventDefault(),Fe(e))},...r})}const Sr=25;function Ar(e){return{states:(e.get("state")??"").split(",").filter(Ro),owner:e.get("owner")??"",text:e.get("q")??""}}function dn(e){const t=new URLSearchParams;e.states.length>0&&t.set("state",e.states.join(",")),e.owner&&t.set("owner",e.owner),e.text&&t.set("q",e.text);const r=t.toString();return r?`/?${r}`:"/"}function Nr(e,t){return e?e==="me"?t.id:e:null}function Do({user:e}){Vt("Integrations");const t=Jt(),r=Ar(t.search),i=`${r.states.join(",")}|${r.owner}|${r.text}`,[s,o]=N(null),[d,l]=N(0),[f,h]=N(null),[m,b]=N(null),[c,p]=N(null),[_,E]=N(null),[x,A]=N(!1),[w,M]=N(r.text),[re,K]=N([]),G=nt(s);G.current=s;const ge=()=>{const u={};r.states.length>0&&(u.states=r.states);const I=Nr(r.owner,e);return I&&(u.owner=I),r.text&&(u.text=r.text),u},z=ot(async()=>{try{const u=await Se(ys,{owner:Nr(r.owner,e),text:r.text||null});b(ko(u.data))}catch(u){p(u)}},[i]),O=ot(async()=>{const u=Math.min(100,Math.max(Sr,G.current?.length??0));try{const C=(await Se(br,{first:u,after:null,filter:ge()})).data.integrations;o(C.nodes),l(C.totalCount),h(C.pageInfo.hasNextPage?C.pageInfo.endCursor??null:null),p(null)}catch(I){p(I)}},[i]),V=Dt(()=>{O()},300),oe=Dt(()=>{z()},300);ne(()=>{o(null),G.current=null,O(),z()},[O,z]),ne(()=>{Pn(e)&&Se(Vr,{first:100,after:null}).then(u=>K(u.data?.users?.nodes??[]),()=>K([]))},[e]),ne(()=>Mn({document:zr,variables:()=>({}),onData:({integrationUpdated:u})=>{const I=G.current,C=I?I.findIndex(q=>q.id===u.id):-1;if(I&&C>=0){const q=I[C];if(q.version>u.version)return;const j=[...I];j[C]=u,G.current=j,o(j),q.state!==u.state&&b(U=>U&&xo(U,q.state,u.state))}else V();oe()},onResume:()=>{V(),oe()},onError:E}),[V,oe]);const qe=Dt(()=>{const u=Ar(new URLSearchParams(window.location.search));u.text!==w.trim()&&Fe(dn({...u,text:w.trim()}),{replace:!0})},350);ne(()=>{r.text!==w.trim()&&M(r.text)},[r.text]);const Ae=u=>{const I=u===null?[]:r.states.includes(u)?r.states.filter(C=>C!==u):[...r.states,u];Fe(dn({...r,states:I}))},D=async()=>{if(f){A(!0);try{const I=(await Se(br,{first:Sr,after:f,filter:ge()})).data.integrations,C=new Set((G.current??[]).map(j=>j.id)),q=[...G.current??[],...I.nodes.filter(j=>!C.has(j.id))];G.current=q,o(q),l(I.totalCount),h(I.pageInfo.hasNextPage?I.pageInfo.endCursor??null:null)}catch(u){p(u)}finally{A(!1)}}};return n("section",{"aria-labelledby":"board-title",children:[n("div",{class:"page-head",children:[n("h1",{id:"board-title",children:"Integrations"}),Ut(e)&&n(ke,{class:"button primary",href:"/integrations/new",children:"New integration"})]}),n("div",{class:"filters",role:"search",children:[n("div",{class:"chips",role:"group","aria-label":"Filter by state",children:[n("button",{type:"button",class:"chip","aria-pressed":r.states.length===0,onClick:()=>Ae(null),children:["All ",n("span",{class:"count",children:m?m.total:"…"})]}),Yt.map(u=>n("button",{type:"button",class:`chip chip-${u.toLowerCase()}`,"aria-pressed":r.states.includes(u),"data-state-count":u,onClick:()=>Ae(u),children:[ii(u)," ",n("span",{class:"count",children:m?m.byState[u]:"…"})]},u))]}),n("div",{class:"filter-row",children:[n("div",{class:"field inline",children:[n("label",{for:"board-search",children:"Search"}),n("input",{id:"board-search",type:"search",value:w,placeholder:"Name or description",onInput:u=>{M(u.currentTarget.value),qe()}})]}),n("div",{class:"field inline",children:[n("label",{for:"board-owner",children:"Owner"}),n("select",{id:"board-owner",value:r.owner,onChange:u=>Fe(dn({...r,owner:u.currentTarget.value})),children:[n("option",{value:"",children:"Anyone"}),n("option",{value:"me",children:"Me"}),re.filter(u=>u.id!==e.id).map(u=>n("option",{value:u.id,children:u.name},u.id))]})]})]})]}),n(_e,{error:c,onRetry:()=>{O()}}),n(_e,{error:_}),s===null?!c&&n(Ke,{what:"integrations"}):s.length===0?n("p",{class:"empty",children:["No integration matches. ",Ut(e)&&n(ke,{href:"/integrations/new",children:"Create one."})]}):n(pe,{children:[n("table",{class:"board",children:[n("caption",{class:"visually-hidden",children:"Integrations, newest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Kind"}),n("th",{scope:"col",children:"State"}),n("th",{scope:"col",children:"Owner"}),n("th",{scope:"col",children:"Updated"})]})}),n("tbody",{children:s.map(u=>n("tr",{"data-integration":u.id,children:[n("td",{"data-label":"Name",children:[n(ke,{href:`/integrations/${encodeURIComponent(u.id)}`,class:"name",children:u.name}),u.description&&n("div",{class:"muted small",children:u.description})]}),n("td",{"data-label":"Kind",children:n("code",{children:u.kind})}),n("td",{"data-label":"State",children:n(Un,{state:u.state})}),n("td",{"data-label":"Owner",children:u.owner?u.owner.id===e.id?"You":u.owner.name:"—"}),n("td",{"data-label":"Updated",children:n("time",{dateTime:u.updatedAt,children:Re(u.updatedAt)})})]},u.id))})]}),n("p",{class:"muted small","aria-live":"polite",children:["Showing ",s.length," of ",d]}),f&&n("button",{type:"button",class:"button",onClick:D,disabled:x,children:x?"Loading…":"Load more"})]})]})}function Tr(e){if(e.trim()==="")return{ok:!1,issue:{path:"",message:"Enter the configuration as a JSON object."}};let t;try{t=JSON.parse(e)}catch(r){return{ok:!1,issue:{path:"",message:`Not valid JSON: ${r instanceof Error?r.message:"not valid JSON"}`}}}return!t||typeof t!="object"||Array.isArray(t)?{ok:!1,issue:{path:"",message:"The configuration must be a JSON object ({ … })."}}:{ok:!0,value:t}}function ht(e){return e&&typeof e=="object"&&!Array.isArray(e)?e:void 0}function Lo(e){return e===null?"null":Array.isArray(e)?"array":typeof e=="number"?Number.isInteger(e)?"integer":"number":typeof e}function Mo(e,t){const r=Lo(e);return r===t||t==="number"&&r==="integer"}function In(e,t,r=""){const i=ht(t);if(!i)return[];const s=[],o=l=>r?`${r}.${l}`:String(l),d=Array.isArray(i.type)?i.type:typeof i.type=="string"?[i.type]:[];if(d.length>0&&!d.some(l=>Mo(e,l)))return[{path:r,message:`must be ${d.map(l=>l==="integer"?"a whole number":`a${/^[aeiou]/.test(l)?"n":""} ${l}`).join(" or ")}`}];if(Array.isArray(i.enum)&&!i.enum.some(l=>JSON.stringify(l)===JSON.stringify(e))&&s.push({path:r,message:`must be one of ${i.enum.map(l=>JSON.stringify(l)).join(", ")}`}),typeof e=="string"&&(typeof i.minLength=="number"&&[...e].length<i.minLength&&s.push({path:r,message:`must be at least ${i.minLength} characters`}),typeof i.maxLength=="number"&&[...e].length>i.maxLength&&s.push({path:r,message:`must be at most ${i.maxLength} characters`}),typeof i.pattern=="string"))try{new RegExp(i.pattern,"u").test(e)||s.push({path:r,message:`must match ${i.pattern}`})}catch{}if(typeof e=="number"&&(typeof i.minimum=="number"&&e<i.minimum&&s.push({path:r,message:`must be at least ${i.minimum}`}),typeof i.maximum=="number"&&e>i.maximum&&s.push({path:r,message:`must be at most ${i.maximum}`})),Array.isArray(e)&&i.items&&e.forEach((l,f)=>s.push(...In(l,i.items,o(f)))),e&&typeof e=="object"&&!Array.isArray(e)){const l=e,f=ht(i.properties)??{};for(const h of Array.isArray(i.required)?i.required:[])h in l||s.push({path:o(h),message:"is required"});for(const[h,m]of Object.entries(l))h in f?s.push(...In(m,f[h],o(h))):i.additionalProperties===!1&&s.push({path:o(h),message:"is not a field of this kind"})}return s}function Po(e){const t=ht(e),r=ht(t?.properties)??{},i=Array.isArray(t?.required)?t.required:[];return Object.entries(r).map(([s,o])=>{const d=ht(o)??{};return{name:s,type:Array.isArray(d.type)?d.type.join(" | "):String(d.type??"any"),description:typeof d.description=="string"?d.description:"",required:i.includes(s),secret:d.writeOnly===!0,defaultValue:d.default}})}const Rr=["kind","name","description","prompt","config"];function un(e){return JSON.stringify(e??{},null,2)}function dt({id:e,messages:t}){return!t||t.length===0?null:n("ul",{id:e,class:"field-error",role:"alert",children:t.map(r=>n("li",{children:r},r))})}function Bo({user:e}){Vt("New integration");const[t,r]=N(null),[i,s]=N(null),[o,d]=N(""),[l,f]=N(""),[h,m]=N(""),[b,c]=N(""),[p,_]=N("{}"),[E,x]=N(!1),[A,w]=N({}),[M,re]=N(null),[K,G]=N(!1),ge=()=>{s(null),Se(ws).then(u=>{const I=u.data?.integrationKinds??[];r(I);const C=I[0];C&&!o&&(d(C.name),_(un(C.exampleConfig)))},u=>s(u))};ne(ge,[]);const z=t?.find(u=>u.name===o),O=pt(()=>Po(z?.configSchema),[z]),V=pt(()=>{const u=Tr(p);return u.ok?z?In(u.value,z.configSchema):[]:[u.issue]},[p,z]);if(!Ut(e))return n(mt,{children:["Your role (",e.role,") may read integrations but not create them."]});const oe=u=>{d(u);const I=t?.find(C=>C.name===u);I&&!E&&_(un(I.exampleConfig)),w(C=>({...C,kind:[],config:[]}))},qe=async u=>{u.preventDefault(),re(null);const I=Tr(p);if(!I.ok){w({config:[I.issue.message]}),document.getElementById("config")?.focus();return}G(!0);try{const C=await ve(ss,{input:{kind:o,name:l,description:h.trim()===""?null:h,prompt:b,config:I.value}});Fe(`/integrations/${encodeURIComponent(C.createIntegration.id)}`)}catch(C){const q=C instanceof Ie?C.errors:[],j=mn(q);w(j);const U=Ps(q,Rr);U.length>0?re(Qe(U)):q.length===0&&re(C);const ye=Rr.find($e=>j[$e]?.length);ye&&document.getElementById(ye)?.focus()}finally{G(!1)}},Ae=(u,I)=>[I,A[u]?.length?`${u}-error`:""].filter(Boolean).join(" ")||void 0,D=u=>A[u]?.length?"true":void 0;return n("section",{"aria-labelledby":"create-title",class:"create",children:[n("div",{class:"page-head",children:[n("h1",{id:"create-title",children:"New integration"}),n(ke,{href:"/",children:"Back to the board"})]}),n(_e,{error:i,onRetry:ge}),t===null?!i&&n(Ke,{what:"integration kinds"}):n("form",{class:"form card",onSubmit:qe,noValidate:!0,children:[n(_e,{error:M}),n("fieldset",{class:"field",children:[n("legend",{children:"Kind"}),n("div",{class:"kinds",children:t.map(u=>n("label",{class:`kind-option${u.name===o?" selected":""}`,children:[n("input",{type:"radio",name:"kind",id:u.name===o?"kind":void 0,value:u.name,checked:u.name===o,onChange:()=>oe(u.name)}),n("span",{children:[n("strong",{children:n("code",{children:u.name})}),n("small",{class:"help",children:u.description})]})]},u.name))}),n(dt,{id:"kind-error",messages:A.kind})]}),n("div",{class:"field",children:[n("label",{for:"name",children:"Name"}),n("input",{id:"name",value:l,maxLength:100,required:!0,"aria-invalid":D("name"),"aria-describedby":Ae("name"),onInput:u=>f(u.currentTarget.value)})]}),n(dt,{id:"name-error",messages:A.name}),n("div",{class:"field",children:[n("label",{for:"description",children:["Description ",n("small",{class:"muted",children:"(optional)"})]}),n("input",{id:"description",value:h,"aria-invalid":D("description"),"aria-describedby":Ae("description"),onInput:u=>m(u.currentTarget.value)})]}),n(dt,{id:"description-error",messages:A.description}),n("div",{class:"field",children:[n("label",{for:"prompt",children:"Prompt"}),n("textarea",{id:"prompt",rows:5,value:b,required:!0,placeholder:"What the integration must do","aria-invalid":D("prompt"),"aria-describedby":Ae("prompt","prompt-help"),onInput:u=>c(u.currentTarget.value)}),n("small",{id:"prompt-help",class:"help",children:"Sent to the code generator as the integration's requirements."})]}),n(dt,{id:"prompt-error",messages:A.prompt}),n("div",{class:"config-editor",children:[n("div",{class:"field",children:[n("label",{for:"config",children:"Configuration (JSON)"}),n("textarea",{id:"config",class:"mono",rows:12,spellcheck:!1,value:p,"aria-invalid":D("config")??(V.length>0?"true":void 0),"aria-describedby":Ae("config","config-check"),onInput:u=>{_(u.currentTarget.value),x(!0)}})]}),n("div",{id:"config-check",class:V.length>0?"config-issues":"config-ok","aria-live":"polite",children:V.length===0?n("span",{children:["✓ Matches the ",o," schema"]}):n("ul",{children:V.map(u=>n("li",{children:[u.path?n("code",{children:u.path}):"Configuration"," ",u.message]},`${u.path}:${u.message}`))})}),n(dt,{id:"config-error",messages:A.config}),z&&n("details",{class:"schema-help",children:[n("summary",{children:["Fields of ",z.name]}),n("dl",{children:O.map(u=>n("div",{children:[n("dt",{children:[n("code",{children:u.name})," ",n("small",{class:"muted",children:u.type}),u.required&&n("small",{class:"tag",children:"required"}),u.secret&&n("small",{class:"tag",children:"secret"})]}),n("dd",{children:[u.description,u.defaultValue!==void 0&&n(pe,{children:[" (default ",JSON.stringify(u.defaultValue),")"]})]})]},u.name))}),n("button",{type:"button",class:"button small",onClick:()=>{_(un(z.exampleConfig)),x(!1)},children:"Use the example"})]})]}),n("div",{class:"form-actions",children:n("button",{type:"submit",class:"button primary",disabled:K,children:K?"Creating…":"Create and start the pipeline"})})]})]})}function Uo(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var hn,Cr;function Fo(){if(Cr)return hn;Cr=1;function e(a){return a instanceof Map?a.clear=a.delete=a.set=function(){throw new Error("map is read-only")}:a instanceof Set&&(a.add=a.clear=a.delete=function(){throw new Error("set is read-only")}),Object.freeze(a),Object.getOwnPropertyNames(a).forEach(g=>{const v=a[g],P=typeof v;(P==="object"||P==="function")&&!Object.isFrozen(v)&&e(v)}),a}class t{constructor(g){g.data===void 0&&(g.data={}),this.data=g.data,this.isMatchIgnored=!1}ignoreMatch(){this.isMatchIgnored=!0}}function r(a){return a.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&#x27;")}function i(a,...g){const v=Object.create(null);for(const P in a)v[P]=a[P];return g.forEach(function(P){for(const ie in P)v[ie]=P[ie]}),v}const s="</span>",o=a=>!!a.scope,d=(a,{prefix:g})=>{if(a.startsWith("language:"))return a.replace("language:","language-");if(a.includes(".")){const v=a.split(".");return[`${g}${v.shift()}`,...v.map((P,ie)=>`${P}${"_".repeat(ie+1)}`)].join(" ")}return`${g}${a}`};class l{constructor(g,v){this.buffer="",this.classPrefix=v.classPrefix,g.walk(this)}addText(g){this.buffer+=r(g)}openNode(g){if(!o(g))return;const v=d(g.scope,{prefix:this.classPrefix});this.span(v)}closeNode(g){o(g)&&(this.buffer+=s)}value(){return this.buffer}span(g){this.buffer+=`<span class="${g}">`}}const f=(a={})=>{const g={children:[]};return Object.assign(g,a),g};class h{constructor(){this.rootNode=f(),this.stack=[this.rootNode]}get top(){return this.stack[this.stack.length-1]}get root(){return this.rootNode}add(g){this.top.children.push(g)}openNode(g){const v=f({scope:g});this.add(v),this.stack.push(v)}closeNode(){if(this.stack.length>1)return this.stack.pop()}closeAllNodes(){for(;this.closeNode(););}toJSON(){return JSON.stringify(this.rootNode,null,4)}walk(g){return this.constructor._walk(g,this.rootNode)}static _walk(g,v){return typeof v=="string"?g.addText(v):v.children&&(g.openNode(v),v.children.forEach(P=>this._walk(g,P)),g.closeNode(v)),g}static _collapse(g){typeof g!="string"&&g.children&&(g.children.every(v=>typeof v=="string")?g.children=[g.children.join("")]:g.children.forEach(v=>{h._collapse(v)}))}}class m extends h{constructor(g){super(),this.options=g}addText(g){g!==""&&this.add(g)}startScope(g){this.openNode(g)}endScope(){this.closeNode()}__addSublanguage(g,v){const P=g.root;v&&(P.scope=`language:${v}`),this.add(P)}toHTML(){return new l(this,this.options).value()}finalize(){return this.closeAllNodes(),!0}}function b(a){return a?typeof a=="string"?a:a.source:null}function c(a){return E("(?=",a,")")}function p(a){return E("(?:",a,")*")}function _(a){return E("(?:",a,")?")}function E(...a){return a.map(v=>b(v)).join("")}function x(a){const g=a[a.length-1];return typeof g=="object"&&g.constructor===Object?(a.splice(a.length-1,1),g):{}}function A(...a){return"("+(x(a).capture?"":"?:")+a.map(P=>b(P)).join("|")+")"}function w(a){return new RegExp(a.toString()+"|").exec("").length-1}function M(a,g){const v=a&&a.exec(g);return v&&v.index===0}const re=new RegExp(A(/\[(?:[^\\\]]|\\.)*\]/,/\(\?<(?![=!])[^>]+>/,/\(\?'[^']+'/,/\(\??/,/\\([1-9][0-9]*)/,/\\./));function K(a,{joinWith:g}){let v=0;return a.map(P=>{v+=1;const ie=v;let se=b(P),R="";for(;se.length>0;){const T=re.exec(se);if(!T){R+=se;break}R+=se.substring(0,T.index),se=se.substring(T.index+T[0].length),T[0][0]==="\\"&&T[1]?R+="\\"+String(Number(T[1])+ie):(R+=T[0],(T[0]==="("||/^\(\?[<']/.test(T[0]))&&v++)}return R}).map(P=>`(${P})`).join(g)}const G=/\b\B/,ge="[a-zA-Z]\\w*",z="[a-zA-Z_]\\w*",O="\\b\\d+(\\.\\d+)?",V="(-?)(\\b0[xX][a-fA-F0-9]+|(\\b\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?)",oe="\\b(0b[01]+)",qe="!|!=|!==|%|%=|&|&&|&=|\\*|\\*=|\\+|\\+=|,|-|-=|/=|/|:|;|<<|<<=|<=|<|===|==|=|>>>=|>>=|>=|>>>|>>|>|\\?|\\[|\\{|\\(|\\^|\\^=|\\||\\|=|\\|\\||~",Ae=(a={})=>{const g=/^#![ ]*\//;return a.binary&&(a.begin=E(g,/.*\b/,a.binary,/\b.*/)),i({scope:"meta",begin:g,end:/$/,relevance:0,"on:begin":(v,P)=>{v.index!==0&&P.ignoreMatch()}},a)},D={begin:"\\\\[\\s\\S]",relevance:0},u={scope:"string",begin:"'",end:"'",illegal:"\\n",contains:[D]},I={scope:"string",begin:'"',end:'"',illegal:"\\n",contains:[D]},C={begin:/\b(a|an|the|are|I'm|isn't|don't|doesn't|won't|but|just|should|pretty|simply|enough|gonna|going|wtf|so|such|will|you|your|they|like|more)\b/},q=function(a,g,v={}){const P=i({scope:"comment",begin:a,end:g,contains:[]},v);P.contains.push({scope:"doctag",begin:"[ ]*(?=(TODO|FIXME|NOTE|BUG|OPTIMIZE|HACK|XXX):)",end:/(TODO|FIXME|NOTE|BUG|OPTIMIZE|HACK|XXX):/,excludeBegin:!0,relevance:0});const ie=A("I","a","is","so","us","to","at","if","in","it","on",/[A-Za-z]+['](d|ve|re|ll|t|s|n)/,/[A-Za-z]+[-][a-z]+/,/[A-Za-z][a-z]{2,}/);return P.contains.push({begin:E(/[ ]+/,"(",ie,/[.]?[:]?([.][ ]|[ ])/,"){3}")}),P},j=q("//","$"),U=q("/\\*","\\*/"),ye=q("#","$"),$e={scope:"number",begin:O,relevance:0},Ze={scope:"number",begin:V,relevance:0},He={scope:"number",begin:oe,relevance:0},he={scope:"regexp",begin:/\/(?=[^/\n]*\/)/,end:/\/[gimuy]*/,contains:[D,{begin:/\[/,end:/\]/,relevance:0,contains:[D]}]},de={scope:"title",begin:ge,relevance:0},_t={scope:"title",begin:z,relevance:0},Hn={begin:"\\.\\s*"+z,relevance:0};var bt=Object.freeze({__proto__:null,APOS_STRING_MODE:u,BACKSLASH_ESCAPE:D,BINARY_NUMBER_MODE:He,BINARY_NUMBER_RE:oe,COMMENT:q,C_BLOCK_COMMENT_MODE:U,C_LINE_COMMENT_MODE:j,C_NUMBER_MODE:Ze,C_NUMBER_RE:V,END_SAME_AS_BEGIN:function(a){return Object.assign(a,{"on:begin":(g,v)=>{v.data._beginMatch=g[1]},"on:end":(g,v)=>{v.data._beginMatch!==g[1]&&v.ignoreMatch()}})},HASH_COMMENT_MODE:ye,IDENT_RE:ge,MATCH_NOTHING_RE:G,METHOD_GUARD:Hn,NUMBER_MODE:$e,NUMBER_RE:O,PHRASAL_WORDS_MODE:C,QUOTE_STRING_MODE:I,REGEXP_MODE:he,RE_STARTERS_RE:qe,SHEBANG:Ae,TITLE_MODE:de,UNDERSCORE_IDENT_RE:z,UNDERSCORE_TITLE_MODE:_t});function ci(a,g){a.input[a.index-1]==="."&&g.ignoreMatch()}function li(a,g){a.className!==void 0&&(a.scope=a.className,delete a.className)}function di(a,g){g&&a.beginKeywords&&(a.begin="\\b("+a.beginKeywords.split(" ").join("|")+")(?!\\.)(?=\\b|\\s)",a.__beforeBegin=ci,a.keywords=a.keywords||a.beginKeywords,delete a.beginKeywords,a.relevance===void 0&&(a.relevance=0))}function ui(a,g){Array.isArray(a.illegal)&&(a.illegal=A(...a.illegal))}function hi(a,g){if(a.match){if(a.begin||a.end)throw new Error("begin & end are not supported with match");a.begin=a.match,delete a.match}}function fi(a,g){a.relevance===void 0&&(a.relevance=1)}const pi=(a,g)=>{if(!a.beforeMatch)return;if(a.starts)throw new Error("beforeMatch cannot be used with starts");const v=Object.assign({},a);Object.keys(a).forEach(P=>{delete a[P]}),a.keywords=v.keywords,a.begin=E(v.beforeMatch,c(v.begin)),a.starts={relevance:0,contains:[Object.assign(v,{endsParent:!0})]},a.relevance=0,delete v.beforeMatch},gi=["of","and","for","in","not","or","if","then","parent","list","value"],mi="keyword";function Wn(a,g,v=mi){const P=Object.create(null);return typeof a=="string"?ie(v,a.split(" ")):Array.isArray(a)?ie(v,a):Object.keys(a).forEach(function(se){Object.assign(P,Wn(a[se],g,se))}),P;function ie(se,R){g&&(R=R.map(T=>T.toLowerCase())),R.forEach(function(T){const L=T.split("|");P[L[0]]=[se,_i(L[0],L[1])]})}}function _i(a,g){return g?Number(g):bi(a)?0:1}function bi(a){return gi.includes(a.toLowerCase())}const jn={},Ve=a=>{console.error(a)},Kn=(a,...g)=>{console.log(`WARN: ${a}`,...g)},et=(a,g)=>{jn[`${a}/${g}`]||(console.log(`Deprecated as of ${a}. ${g}`),jn[`${a}/${g}`]=!0)},yt=new Error;function Vn(a,g,{key:v}){let P=0;const ie=a[v],se={},R={};for(let T=1;T<=g.length;T++)R[T+P]=ie[T],se[T+P]=!0,P+=w(g[T-1]);a[v]=R,a[v]._emit=se,a[v]._multi=!0}function yi(a){if(Array.isArray(a.begin)){if(a.skip||a.excludeBegin||a.returnBegin)throw Ve("skip, excludeBegin, returnBegin not compatible with beginScope: {}"),yt;if(typeof a.beginScope!="object"||a.beginScope===null)throw Ve("beginScope must be object"),yt;Vn(a,a.begin,{key:"beginScope"}),a.begin=K(a.begin,{joinWith:""})}}function wi(a){if(Array.isArray(a.end)){if(a.skip||a.excludeEnd||a.returnEnd)throw Ve("skip, excludeEnd, returnEnd not compatible with endScope: {}"),yt;if(typeof a.endScope!="object"||a.endScope===null)throw Ve("endScope must be object"),yt;Vn(a,a.end,{key:"endScope"}),a.end=K(a.end,{joinWith:""})}}function Ei(a){a.scope&&typeof a.scope=="object"&&a.scope!==null&&(a.beginScope=a.scope,delete a.scope)}function vi(a){Ei(a),typeof a.beginScope=="string"&&(a.beginScope={_wrap:a.beginScope}),typeof a.endScope=="string"&&(a.endScope={_wrap:a.endScope}),yi(a),wi(a)}function Ii(a){function g(R,T){return new RegExp(b(R),"m"+(a.case_insensitive?"i":"")+(a.unicodeRegex?"u":"")+(T?"g":""))}class v{constructor(){this.matchIndexes={},this.regexes=[],this.matchAt=1,this.position=0}addRule(T,L){L.position=this.position++,this.matchIndexes[this.matchAt]=L,this.regexes.push([L,T]),this.matchAt+=w(T)+1}compile(){this.regexes.length===0&&(this.exec=()=>null);const T=this.regexes.map(L=>L[1]);this.matcherRe=g(K(T,{joinWith:"|"}),!0),this.lastIndex=0}exec(T){this.matcherRe.lastIndex=this.lastIndex;const L=this.matcherRe.exec(T);if(!L)return null;const fe=L.findIndex((ct,Zt)=>Zt>0&&ct!==void 0),ae=this.matchIndexes[fe];return L.splice(0,fe),Object.assign(L,ae)}}class P{constructor(){this.rules=[],this.multiRegexes=[],this.count=0,this.lastIndex=0,this.regexIndex=0}getMatcher(T){if(this.multiRegexes[T])return this.multiRegexes[T];const L=new v;return this.rules.slice(T).forEach(([fe,ae])=>L.addRule(fe,ae)),L.compile(),this.multiRegexes[T]=L,L}resumingScanAtSamePosition(){return this.regexIndex!==0}considerAll(){this.regexIndex=0}addRule(T,L){this.rules.push([T,L]),L.type==="begin"&&this.count++}exec(T){const L=this.getMatcher(this.regexIndex);L.lastIndex=this.lastIndex;let fe=L.exec(T);if(this.resumingScanAtSamePosition()&&!(fe&&fe.index===this.lastIndex)){const ae=this.getMatcher(0);ae.lastIndex=this.lastIndex+1,fe=ae.exec(T)}return fe&&(this.regexIndex+=fe.position+1,this.regexIndex===this.count&&this.considerAll()),fe}}function ie(R){const T=new P;return R.contains.forEach(L=>T.addRule(L.begin,{rule:L,type:"begin"})),R.terminatorEnd&&T.addRule(R.terminatorEnd,{type:"end"}),R.illegal&&T.addRule(R.illegal,{type:"illegal"}),T}function se(R,T){const L=R;if(R.isCompiled)return L;[li,hi,vi,pi].forEach(ae=>ae(R,T)),a.compilerExtensions.forEach(ae=>ae(R,T)),R.__beforeBegin=null,[di,ui,fi].forEach(ae=>ae(R,T)),R.isCompiled=!0;let fe=null;return typeof R.keywords=="object"&&R.keywords.$pattern&&(R.keywords=Object.assign({},R.keywords),fe=R.keywords.$pattern,delete R.keywords.$pattern),fe=fe||/\w+/,R.keywords&&(R.keywords=Wn(R.keywords,a.case_insensitive)),L.keywordPatternRe=g(fe,!0),T&&(R.begin||(R.begin=/\B|\b/),L.beginRe=g(L.begin),!R.end&&!R.endsWithParent&&(R.end=/\B|\b/),R.end&&(L.endRe=g(L.end)),L.terminatorEnd=b(L.end)||"",R.endsWithParent&&T.terminatorEnd&&(L.terminatorEnd+=(R.end?"|":"")+T.terminatorEnd)),R.illegal&&(L.illegalRe=g(R.illegal)),R.contains||(R.contains=[]),R.contains=[].concat(...R.contains.map(function(ae){return Si(ae==="self"?R:ae)})),R.contains.forEach(function(ae){se(ae,L)}),R.starts&&se(R.starts,T),L.matcher=ie(L),L}if(a.compilerExtensions||(a.compilerExtensions=[]),a.contains&&a.contains.includes("self"))throw new Error("ERR: contains `self` is not supported at the top-level of a language.  See documentation.");return a.classNameAliases=i(a.classNameAliases||{}),se(a)}function zn(a){return a?a.endsWithParent||zn(a.starts):!1}function Si(a){return a.variants&&!a.cachedVariants&&(a.cachedVariants=a.variants.map(function(g){return i(a,{variants:null},g)})),a.cachedVariants?a.cachedVariants:zn(a)?i(a,{starts:a.starts?i(a.starts):null}):Object.isFrozen(a)?i(a):a}var Ai="11.12.0";class Ni extends Error{constructor(g,v){super(g),this.name="HTMLInjectionError",this.html=v}}const Xt=r,Yn=i,Jn=Symbol("nomatch"),Ti=7,Qn=function(a){const g=Object.create(null),v=Object.create(null),P=[];let ie=!0;const se="Could not find the language '{}', did you forget to load/include a language module?",R={disableAutodetect:!0,name:"Plain text",contains:[]};let T={ignoreUnescapedHTML:!1,throwUnescapedHTML:!1,noHighlightRe:/^(no-?highlight)$/i,languageDetectRe:/\blang(?:uage)?-([\w-]+)\b/i,classPrefix:"hljs-",cssSelector:"pre code",languages:null,__emitter:m};function L(y){return T.noHighlightRe.test(y)}function fe(y){let $=y.className+" ";$+=y.parentNode?y.parentNode.className:"";const H=T.languageDetectRe.exec($);if(H){const X=Ge(H[1]);return X||(Kn(se.replace("{}",H[1])),Kn("Falling back to no-highlight mode for this block.",y)),X?H[1]:"no-highlight"}return $.split(/\s+/).find(X=>L(X)||Ge(X))}function ae(y,$,H){let X="",ue="";typeof $=="object"?(X=y,H=$.ignoreIllegals,ue=$.language):(et("10.7.0","highlight(lang, code, ...args) has been deprecated."),et("10.7.0",`Please use highlight(code, options) instead.
https://github.com/highlightjs/highlight.js/issues/2277`),ue=y,X=$),H===void 0&&(H=!0);const Ce={code:X,language:ue};Et("before:highlight",Ce);const We=Ce.result?Ce.result:ct(Ce.language,Ce.code,H);return We.code=Ce.code,Et("after:highlight",We),We}function ct(y,$,H,X){const ue=Object.create(null);function Ce(S,k){return S.keywords[k]}function We(){if(!B.keywords){me.addText(Z);return}let S=0;B.keywordPatternRe.lastIndex=0;let k=B.keywordPatternRe.exec(Z),F="";for(;k;){F+=Z.substring(S,k.index);const Y=De.case_insensitive?k[0].toLowerCase():k[0],be=Ce(B,Y);if(be){const[Me,Wi]=be;if(me.addText(F),F="",ue[Y]=(ue[Y]||0)+1,ue[Y]<=Ti&&(St+=Wi),Me.startsWith("_"))F+=k[0];else{const ji=De.classNameAliases[Me]||Me;Oe(k[0],ji)}}else F+=k[0];S=B.keywordPatternRe.lastIndex,k=B.keywordPatternRe.exec(Z)}F+=Z.substring(S),me.addText(F)}function vt(){if(Z==="")return;let S=null;if(typeof B.subLanguage=="string"){if(!g[B.subLanguage]){me.addText(Z);return}S=ct(B.subLanguage,Z,!0,sr[B.subLanguage]),sr[B.subLanguage]=S._top}else S=en(Z,B.subLanguage.length?B.subLanguage:null);B.relevance>0&&(St+=S.relevance),me.__addSublanguage(S._emitter,S.language)}function Ee(){B.subLanguage!=null?vt():We(),Z=""}function Oe(S,k){S!==""&&(me.startScope(k),me.addText(S),me.endScope())}function tr(S,k){let F=1;const Y=k.length-1;for(;F<=Y;){if(!S._emit[F]){F++;continue}const be=De.classNameAliases[S[F]]||S[F],Me=k[F];be?Oe(Me,be):(Z=Me,We(),Z=""),F++}}function nr(S,k){return S.scope&&typeof S.scope=="string"&&me.openNode(De.classNameAliases[S.scope]||S.scope),S.beginScope&&(S.beginScope._wrap?(Oe(Z,De.classNameAliases[S.beginScope._wrap]||S.beginScope._wrap),Z=""):S.beginScope._multi&&(tr(S.beginScope,k),Z="")),B=Object.create(S,{parent:{value:B}}),B}function rr(S,k,F){let Y=M(S.endRe,F);if(Y){if(S["on:end"]){const be=new t(S);S["on:end"](k,be),be.isMatchIgnored&&(Y=!1)}if(Y){for(;S.endsParent&&S.parent;)S=S.parent;return S}}if(S.endsWithParent)return rr(S.parent,k,F)}function Ui(S){return B.matcher.regexIndex===0?(Z+=S[0],1):(sn=!0,0)}function Fi(S){const k=S[0],F=S.rule,Y=new t(F),be=[F.__beforeBegin,F["on:begin"]];for(const Me of be)if(Me&&(Me(S,Y),Y.isMatchIgnored))return Ui(k);return F.skip?Z+=k:(F.excludeBegin&&(Z+=k),Ee(),!F.returnBegin&&!F.excludeBegin&&(Z=k)),nr(F,S),F.returnBegin?0:k.length}function qi(S){const k=S[0],F=$.substring(S.index),Y=rr(B,S,F);if(!Y)return Jn;const be=B;B.endScope&&B.endScope._wrap?(Ee(),Oe(k,B.endScope._wrap)):B.endScope&&B.endScope._multi?(Ee(),tr(B.endScope,S)):be.skip?Z+=k:(be.returnEnd||be.excludeEnd||(Z+=k),Ee(),be.excludeEnd&&(Z=k));do B.scope&&me.closeNode(),!B.skip&&!B.subLanguage&&(St+=B.relevance),B=B.parent;while(B!==Y.parent);return Y.starts&&nr(Y.starts,S),be.returnEnd?0:k.length}function Hi(){const S=[];for(let k=B;k!==De;k=k.parent)k.scope&&S.unshift(k.scope);S.forEach(k=>me.openNode(k))}let It={};function ir(S,k){const F=k&&k[0];if(Z+=S,F==null)return Ee(),0;if(It.type==="begin"&&k.type==="end"&&It.index===k.index&&F===""){if(Z+=$.slice(k.index,k.index+1),!ie){const Y=new Error(`0 width match regex (${y})`);throw Y.languageName=y,Y.badRule=It.rule,Y}return 1}if(It=k,k.type==="begin")return Fi(k);if(k.type==="illegal"&&!H){const Y=new Error('Illegal lexeme "'+F+'" for mode "'+(B.scope||"<unnamed>")+'"');throw Y.mode=B,Y}else if(k.type==="end"){const Y=qi(k);if(Y!==Jn)return Y}if(k.type==="illegal"&&F==="")return k.index===$.length||(Z+=`
`),1;if(rn>1e5&&rn>k.index*3)throw new Error("potential infinite loop, way more iterations than matches");return Z+=F,F.length}const De=Ge(y);if(!De)throw Ve(se.replace("{}",y)),new Error('Unknown language: "'+y+'"');const Gi=Ii(De);let nn="",B=X||Gi;const sr={},me=new T.__emitter(T);Hi();let Z="",St=0,ze=0,rn=0,sn=!1;try{if(De.__emitTokens)De.__emitTokens($,me);else{for(B.matcher.considerAll();;){rn++,sn?sn=!1:B.matcher.considerAll(),B.matcher.lastIndex=ze;const S=B.matcher.exec($);if(!S)break;const k=$.substring(ze,S.index),F=ir(k,S);ze=S.index+F}ir($.substring(ze))}return me.finalize(),nn=me.toHTML(),{language:y,value:nn,relevance:St,illegal:!1,_emitter:me,_top:B}}catch(S){if(S.message&&S.message.includes("Illegal"))return{language:y,value:Xt($),illegal:!0,relevance:0,_illegalBy:{message:S.message,index:ze,context:$.slice(ze-100,ze+100),mode:S.mode,resultSoFar:nn},_emitter:me};if(ie)return{language:y,value:Xt($),illegal:!1,relevance:0,errorRaised:S,_emitter:me,_top:B};throw S}}function Zt(y){const $={value:Xt(y),illegal:!1,relevance:0,_top:R,_emitter:new T.__emitter(T)};return $._emitter.addText(y),$}function en(y,$){$=$||T.languages||Object.keys(g);const H=Zt(y),X=$.filter(Ge).filter(er).map(Ee=>ct(Ee,y,!1));X.unshift(H);const ue=X.sort((Ee,Oe)=>{if(Ee.relevance!==Oe.relevance)return Oe.relevance-Ee.relevance;if(Ee.language&&Oe.language){if(Ge(Ee.language).supersetOf===Oe.language)return 1;if(Ge(Oe.language).supersetOf===Ee.language)return-1}return 0}),[Ce,We]=ue,vt=Ce;return vt.secondBest=We,vt}function Ri(y,$,H){const X=$&&v[$]||H;y.classList.add("hljs"),y.classList.add(`language-${X}`)}function tn(y){let $=null;const H=fe(y);if(L(H))return;if(Et("before:highlightElement",{el:y,language:H}),y.dataset.highlighted){console.log("Element previously highlighted. To highlight again, first unset `dataset.highlighted`.",y);return}if(y.children.length>0&&(T.ignoreUnescapedHTML||(console.warn("One of your code blocks includes unescaped HTML. This is a potentially serious security risk."),console.warn("https://github.com/highlightjs/highlight.js/wiki/security"),console.warn("The element with unescaped HTML:"),console.warn(y)),T.throwUnescapedHTML))throw new Ni("One of your code blocks includes unescaped HTML.",y.innerHTML);$=y;const X=$.textContent,ue=H?ae(X,{language:H,ignoreIllegals:!0}):en(X);y.innerHTML=ue.value,y.dataset.highlighted="yes",Ri(y,H,ue.language),y.result={language:ue.language,re:ue.relevance,relevance:ue.relevance},ue.secondBest&&(y.secondBest={language:ue.secondBest.language,relevance:ue.secondBest.relevance}),Et("after:highlightElement",{el:y,result:ue,text:X})}function Ci(y){T=Yn(T,y)}const ki=()=>{wt(),et("10.6.0","initHighlighting() deprecated.  Use highlightAll() now.")};function xi(){wt(),et("10.6.0","initHighlightingOnLoad() deprecated.  Use highlightAll() now.")}let Xn=!1;function wt(){function y(){wt()}if(document.readyState==="loading"){Xn||window.addEventListener("DOMContentLoaded",y,!1),Xn=!0;return}document.querySelectorAll(T.cssSelector).forEach(tn)}function $i(y,$){let H=null;try{H=$(a)}catch(X){if(Ve("Language definition for '{}' could not be registered.".replace("{}",y)),ie)Ve(X);else throw X;H=R}H.name||(H.name=y),g[y]=H,H.rawDefinition=$.bind(null,a),H.aliases&&Zn(H.aliases,{languageName:y})}function Oi(y){delete g[y];for(const $ of Object.keys(v))v[$]===y&&delete v[$]}function Di(){return Object.keys(g)}function Ge(y){return y=(y||"").toLowerCase(),g[y]||g[v[y]]}function Zn(y,{languageName:$}){typeof y=="string"&&(y=[y]),y.forEach(H=>{v[H.toLowerCase()]=$})}function er(y){const $=Ge(y);return $&&!$.disableAutodetect}function Li(y){y["before:highlightBlock"]&&!y["before:highlightElement"]&&(y["before:highlightElement"]=$=>{y["before:highlightBlock"](Object.assign({block:$.el},$))}),y["after:highlightBlock"]&&!y["after:highlightElement"]&&(y["after:highlightElement"]=$=>{y["after:highlightBlock"](Object.assign({block:$.el},$))})}function Mi(y){Li(y),P.push(y)}function Pi(y){const $=P.indexOf(y);$!==-1&&P.splice($,1)}function Et(y,$){const H=y;P.forEach(function(X){X[H]&&X[H]($)})}function Bi(y){return et("10.7.0","highlightBlock will be removed entirely in v12.0"),et("10.7.0","Please use highlightElement now."),tn(y)}Object.assign(a,{highlight:ae,highlightAuto:en,highlightAll:wt,highlightElement:tn,highlightBlock:Bi,configure:Ci,initHighlighting:ki,initHighlightingOnLoad:xi,registerLanguage:$i,unregisterLanguage:Oi,listLanguages:Di,getLanguage:Ge,registerAliases:Zn,autoDetection:er,inherit:Yn,addPlugin:Mi,removePlugin:Pi}),a.debugMode=function(){ie=!1},a.safeMode=function(){ie=!0},a.versionString=Ai,a.regex={concat:E,lookahead:c,either:A,optional:_,anyNumberOfTimes:p};for(const y in bt)typeof bt[y]=="object"&&e(bt[y]);return Object.assign(a,bt),a},tt=Qn({});return tt.newInstance=()=>Qn({}),hn=tt,tt.HighlightJS=tt,tt.default=tt,hn}var qo=Fo();const Xe=Uo(qo);function Ho(e){const t=e.regex,r={},i={begin:/\$\{/,end:/\}/,contains:["self",{begin:/:-/,contains:[r]}]};Object.assign(r,{className:"variable",variants:[{begin:t.concat(/\$[\w\d#@][\w\d_]*/,"(?![\\w\\d])(?![$])")},i]});const s={className:"subst",begin:/\$\(/,end:/\)/,contains:[e.BACKSLASH_ESCAPE]},o=e.inherit(e.COMMENT(),{match:[/(^|\s)/,/#.*$/],scope:{2:"comment"}}),d={begin:/<<-?\s*(?=\w+)/,starts:{contains:[e.END_SAME_AS_BEGIN({begin:/(\w+)/,end:/(\w+)/,className:"string"})]}},l={className:"string",begin:/"/,end:/"/,contains:[e.BACKSLASH_ESCAPE,r,s]};s.contains.push(l);const f={match:/\\"/},h={className:"string",begin:/'/,end:/'/},m={match:/\\'/},b={begin:/\$?\(\(/,end:/\)\)/,contains:[{begin:/\d+#[0-9a-f]+/,className:"number"},e.NUMBER_MODE,r]},c=["fish","bash","zsh","sh","csh","ksh","tcsh","dash","scsh"],p=e.SHEBANG({binary:`(${c.join("|")})`,relevance:10}),_={className:"function",begin:/\w[\w\d_]*\s*\(\s*\)\s*\{/,returnBegin:!0,contains:[e.inherit(e.TITLE_MODE,{begin:/\w[\w\d_]*/})],relevance:0},E=["if","then","else","elif","fi","time","for","while","until","in","do","done","case","esac","coproc","function","select"],x=["true","false"],A={match:/(\/[a-z._-]+)+/},w=["break","cd","continue","eval","exec","exit","export","getopts","hash","pwd","readonly","return","shift","test","times","trap","umask","unset"],M=["alias","bind","builtin","caller","command","declare","echo","enable","help","let","local","logout","mapfile","printf","read","readarray","source","sudo","type","typeset","ulimit","unalias"],re=["autoload","bg","bindkey","bye","cap","chdir","clone","comparguments","compcall","compctl","compdescribe","compfiles","compgroups","compquote","comptags","comptry","compvalues","dirs","disable","disown","echotc","echoti","emulate","fc","fg","float","functions","getcap","getln","history","integer","jobs","kill","limit","log","noglob","popd","print","pushd","pushln","rehash","sched","setcap","setopt","stat","suspend","ttyctl","unfunction","unhash","unlimit","unsetopt","vared","wait","whence","where","which","zcompile","zformat","zftp","zle","zmodload","zparseopts","zprof","zpty","zregexparse","zsocket","zstyle","ztcp"],K=["chcon","chgrp","chown","chmod","cp","dd","df","dir","dircolors","ln","ls","mkdir","mkfifo","mknod","mktemp","mv","realpath","rm","rmdir","shred","sync","touch","truncate","vdir","b2sum","base32","base64","cat","cksum","comm","csplit","cut","expand","fmt","fold","head","join","md5sum","nl","numfmt","od","paste","ptx","pr","sha1sum","sha224sum","sha256sum","sha384sum","sha512sum","shuf","sort","split","sum","tac","tail","tr","tsort","unexpand","uniq","wc","arch","basename","chroot","date","dirname","du","echo","env","expr","factor","groups","hostid","id","link","logname","nice","nohup","nproc","pathchk","pinky","printenv","printf","pwd","readlink","runcon","seq","sleep","stat","stdbuf","stty","tee","test","timeout","tty","uname","unlink","uptime","users","who","whoami","yes"];return{name:"Bash",aliases:["sh","zsh"],keywords:{$pattern:/\b[a-z][a-z0-9._-]+\b/,keyword:E,literal:x,built_in:[...w,...M,"set","shopt",...re,...K]},contains:[p,e.SHEBANG(),_,b,o,d,A,l,f,h,m,r]}}function Go(e){const t=e.regex,r={className:"number",relevance:0,variants:[{begin:/([+-]+)?[\d]+_[\d_]+/},{begin:e.NUMBER_RE}]},i=e.COMMENT();i.variants=[{begin:/;/,end:/$/},{begin:/#/,end:/$/}];const s={className:"variable",variants:[{begin:/\$[\w\d"][\w\d_]*/},{begin:/\$\{(.*?)\}/}]},o={className:"literal",begin:/\bon|off|true|false|yes|no\b/},d={className:"string",contains:[e.BACKSLASH_ESCAPE],variants:[{begin:"'''",end:"'''",relevance:10},{begin:'"""',end:'"""',relevance:10},{begin:'"',end:'"'},{begin:"'",end:"'"}]},l={begin:/\[/,end:/\]/,contains:[i,o,s,d,r,"self"],relevance:0},f=/[A-Za-z0-9_-]+/,h=/"(\\"|[^"])*"/,m=/'[^']*'/,b=t.either(f,h,m),c=t.concat(b,"(\\s*\\.\\s*",b,")*",t.lookahead(/\s*=\s*[^#\s]/));return{name:"TOML, also INI",aliases:["toml"],case_insensitive:!0,illegal:/\S/,contains:[i,{className:"section",begin:/\[+/,end:/\]+/},{begin:c,className:"attr",starts:{end:/$/,contains:[i,l,o,s,d,r]}}]}}const Wo="([-+]?)(\\b0[xX][a-fA-F0-9]+|(\\b\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?)|NaN|[-+]?Infinity",jo={scope:"number",match:Wo,relevance:0};function Ko(e){const t={className:"attr",begin:/(("(\\.|[^\\"\r\n])*")|('(\\.|[^\\'\r\n])*'))(?=\s*:)/,relevance:1.01},r={match:/[{}[\],:]/,className:"punctuation",relevance:0},i=["true","false","null"],s={scope:"literal",beginKeywords:i.join(" ")};return{name:"JSON",aliases:["jsonc","json5"],keywords:{literal:i},contains:[t,r,e.APOS_STRING_MODE,e.QUOTE_STRING_MODE,s,jo,e.C_LINE_COMMENT_MODE,e.C_BLOCK_COMMENT_MODE],illegal:"\\S"}}function Vo(e){const t=e.regex,r={begin:/<\/?[A-Za-z_]/,end:">",subLanguage:"xml",relevance:0},i={match:/^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/},s={className:"code",variants:[{begin:"(`{3,})[^`](.|\\n)*?\\1`*[ ]*"},{begin:"(~{3,})[^~](.|\\n)*?\\1~*[ ]*"},{begin:"```",end:"```+[ ]*$"},{begin:"~~~",end:"~~~+[ ]*$"},{begin:"`.+?`"},{begin:"(?=^( {4}|\\t))",contains:[{begin:"^( {4}|\\t)",end:"(\\n)$"}],relevance:0}]},o={className:"bullet",begin:"^[ 	]*([*+-]|(\\d+\\.))(?=\\s+)",end:"\\s+",excludeEnd:!0},d={begin:/^\[[^\n]+\]:/,returnBegin:!0,contains:[{className:"symbol",begin:/\[/,end:/\]/,excludeBegin:!0,excludeEnd:!0},{className:"link",begin:/:\s*/,end:/$/,excludeBegin:!0}]},l=/[A-Za-z][A-Za-z0-9+.-]*/,f={variants:[{begin:/\[.+?\]\[.*?\]/,relevance:0},{begin:/\[.+?\]\(((data|javascript|mailto):|(?:http|ftp)s?:\/\/).*?\)/,relevance:2},{begin:t.concat(/\[.+?\]\(/,l,/:\/\/.*?\)/),relevance:2},{begin:/\[.+?\]\([./?&#].*?\)/,relevance:1},{begin:/\[.*?\]\(.*?\)/,relevance:0}],returnBegin:!0,contains:[{match:/\[(?=\])/},{className:"string",relevance:0,begin:"\\[",end:"\\]",excludeBegin:!0,returnEnd:!0},{className:"link",relevance:0,begin:"\\]\\(",end:"\\)",excludeBegin:!0,excludeEnd:!0},{className:"symbol",relevance:0,begin:"\\]\\[",end:"\\]",excludeBegin:!0,excludeEnd:!0}]},h={className:"strong",contains:[],variants:[{begin:/_{2}(?!\s)/,end:/_{2}/},{begin:/\*{2}(?!\s)/,end:/\*{2}/}]},m={className:"emphasis",contains:[],variants:[{begin:/\*(?![*\s])/,end:/\*/},{begin:/_(?![_\s])/,end:/_/,relevance:0}]},b=e.inherit(h,{contains:[]}),c=e.inherit(m,{contains:[]});h.contains.push(c),m.contains.push(b);let p=[r,f];return[h,m,b,c].forEach(A=>{A.contains=A.contains.concat(p)}),p=p.concat(h,m),{name:"Markdown",aliases:["md","mkdown","mkd"],contains:[{className:"section",variants:[{begin:"^#{1,6}",end:"$",contains:p},{begin:"(?=^.+?\\n[=-]{2,}$)",contains:[{begin:"^[=-]*$"},{begin:"^",end:"\\n",contains:p}]}]},r,o,i,h,m,{className:"quote",begin:"^>\\s+",contains:p,end:"$"},s,f,d,{scope:"literal",match:/&([a-zA-Z0-9]+|#[0-9]{1,7}|#[Xx][0-9a-fA-F]{1,6});/}]}}function zo(e){const t=e.regex,r=/[\p{XID_Start}_]\p{XID_Continue}*/u,i=["and","as","assert","async","await","break","case","class","continue","def","del","elif","else","except","finally","for","from","global","if","import","in","is","lambda","lazy","match","nonlocal|10","not","or","pass","raise","return","try","while","with","yield"],l={$pattern:/[A-Za-z]\w+|__\w+__/,keyword:i,built_in:["__import__","abs","aiter","all","anext","any","ascii","bin","bool","breakpoint","bytearray","bytes","callable","chr","classmethod","compile","complex","delattr","dict","dir","divmod","enumerate","eval","exec","filter","float","format","frozendict","frozenset","getattr","globals","hasattr","hash","help","hex","id","input","int","isinstance","issubclass","iter","len","list","locals","map","max","memoryview","min","next","object","oct","open","ord","pow","print","property","range","repr","reversed","round","sentinel","set","setattr","slice","sorted","staticmethod","str","sum","super","tuple","type","vars","zip"],literal:["__debug__","Ellipsis","False","None","NotImplemented","True"],type:["Any","Callable","Coroutine","Dict","List","Literal","Generic","Optional","Sequence","Set","Tuple","Type","Union"]},f={className:"meta",begin:/^(>>>|\.\.\.) /},h={className:"subst",begin:/\{/,end:/\}/,keywords:l,illegal:/#/},m={begin:/\{\{/,relevance:0},b={className:"string",contains:[e.BACKSLASH_ESCAPE],variants:[{begin:/([uU]|[bB]|[rR]|[bB][rR]|[rR][bB])?'''/,end:/'''/,contains:[e.BACKSLASH_ESCAPE,f],relevance:10},{begin:/([uU]|[bB]|[rR]|[bB][rR]|[rR][bB])?"""/,end:/"""/,contains:[e.BACKSLASH_ESCAPE,f],relevance:10},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])'''/,end:/'''/,contains:[e.BACKSLASH_ESCAPE,f,m,h]},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])"""/,end:/"""/,contains:[e.BACKSLASH_ESCAPE,f,m,h]},{begin:/([uU]|[rR])'/,end:/'/,relevance:10},{begin:/([uU]|[rR])"/,end:/"/,relevance:10},{begin:/([bB]|[bB][rR]|[rR][bB])'/,end:/'/},{begin:/([bB]|[bB][rR]|[rR][bB])"/,end:/"/},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])'/,end:/'/,contains:[e.BACKSLASH_ESCAPE,m,h]},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])"/,end:/"/,contains:[e.BACKSLASH_ESCAPE,m,h]},e.APOS_STRING_MODE,e.QUOTE_STRING_MODE]},c="[0-9](_?[0-9])*",p=`(\\b(${c}))?\\.(${c})|\\b(${c})\\.`,_=`\\b|${i.join("|")}`,E={className:"number",relevance:0,variants:[{begin:`(\\b(${c})|(${p}))[eE][+-]?(${c})[jJ]?(?=${_})`},{begin:`(${p})[jJ]?`},{begin:`\\b([1-9](_?[0-9])*|0+(_?0)*)[lLjJ]?(?=${_})`},{begin:`\\b0[bB](_?[01])+[lL]?(?=${_})`},{begin:`\\b0[oO](_?[0-7])+[lL]?(?=${_})`},{begin:`\\b0[xX](_?[0-9a-fA-F])+[lL]?(?=${_})`},{begin:`\\b(${c})[jJ](?=${_})`}]},x={className:"comment",begin:t.lookahead(/# type:/),end:/$/,keywords:l,contains:[{begin:/# type:/},{begin:/#/,end:/\b\B/,endsWithParent:!0}]},A={className:"params",variants:[{className:"",begin:/\(\s*\)/,skip:!0},{begin:/\(/,end:/\)/,excludeBegin:!0,excludeEnd:!0,keywords:l,contains:["self",f,E,b,e.HASH_COMMENT_MODE]}]};return h.contains=[b,E,f],{name:"Python",aliases:["py","gyp","ipython"],unicodeRegex:!0,keywords:l,illegal:/(<\/|\?)|=>/,contains:[f,E,{scope:"variable.language",match:/\bself\b/},{beginKeywords:"if",relevance:0},{match:/\bor\b/,scope:"keyword"},b,x,e.HASH_COMMENT_MODE,{match:[/\bdef/,/\s+/,r],scope:{1:"keyword",3:"title.function"},contains:[A]},{variants:[{match:[/\bclass/,/\s+/,r,/\s*/,/\(\s*/,r,/\s*\)/]},{match:[/\bclass/,/\s+/,r]}],scope:{1:"keyword",3:"title.class",6:"title.class.inherited"}},{className:"meta",begin:/^[\t ]*@/,end:/(?=#)|$/,contains:[E,A,b]}]}}function Yo(e){const t="true false yes no null",r="[\\w#;/?:@&=+$,.~*'()[\\]]+",i={className:"attr",variants:[{begin:/[\w*@][\w*@ :()\./-]*:(?=[ \t]|$)/},{begin:/"[\w*@][\w*@ :()\./-]*":(?=[ \t]|$)/},{begin:/'[\w*@][\w*@ :()\./-]*':(?=[ \t]|$)/}]},s={className:"template-variable",variants:[{begin:/\{\{/,end:/\}\}/},{begin:/%\{/,end:/\}/}]},o={className:"string",relevance:0,begin:/'/,end:/'/,contains:[{match:/''/,scope:"char.escape",relevance:0}]},d={className:"string",relevance:0,variants:[{begin:/"/,end:/"/},{begin:/\S+/}],contains:[e.BACKSLASH_ESCAPE,s]},l=e.inherit(d,{variants:[{begin:/'/,end:/'/,contains:[{begin:/''/,relevance:0}]},{begin:/"/,end:/"/},{begin:/[^\s,{}[\]]+/}]}),c={className:"number",begin:"\\b"+"[0-9]{4}(-[0-9][0-9]){0,2}"+"([Tt \\t][0-9][0-9]?(:[0-9][0-9]){2})?"+"(\\.[0-9]*)?"+"([ \\t])*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?)?"+"\\b"},p={end:",",endsWithParent:!0,excludeEnd:!0,keywords:t,relevance:0},_={begin:/\{/,end:/\}/,contains:[p],illegal:"\\n",relevance:0},E={begin:"\\[",end:"\\]",contains:[p],illegal:"\\n",relevance:0},x=[i,{className:"meta",begin:"^---\\s*$",relevance:10},{className:"string",begin:"[\\|>]([1-9]?[+-])?[ ]*\\n( +)[^ ][^\\n]*\\n(\\2[^\\n]+\\n?)*"},{begin:"<%[%=-]?",end:"[%-]?%>",subLanguage:"ruby",excludeBegin:!0,excludeEnd:!0,relevance:0},{className:"type",begin:"!\\w+!"+r},{className:"type",begin:"!<"+r+">"},{className:"type",begin:"!"+r},{className:"type",begin:"!!"+r},{className:"meta",begin:"&"+e.UNDERSCORE_IDENT_RE+"$"},{className:"meta",begin:"\\*"+e.UNDERSCORE_IDENT_RE+"$"},{className:"bullet",begin:"-(?=[ ]|$)",relevance:0},e.HASH_COMMENT_MODE,{beginKeywords:t,keywords:{literal:t}},c,{className:"number",begin:e.C_NUMBER_RE+"\\b",relevance:0},_,E,o,d],A=[...x];return A.pop(),A.push(l),p.contains=A,{name:"YAML",case_insensitive:!0,aliases:["yml"],contains:x}}Xe.registerLanguage("bash",Ho);Xe.registerLanguage("ini",Go);Xe.registerLanguage("json",Ko);Xe.registerLanguage("markdown",Vo);Xe.registerLanguage("python",zo);Xe.registerLanguage("yaml",Yo);const Jo={py:"python",json:"json",yaml:"yaml",yml:"yaml",md:"markdown",sh:"bash",toml:"ini",ini:"ini",cfg:"ini",txt:""};function si(e){const t=e.split("/").pop()??e;if(t==="Dockerfile"||t==="Makefile")return;const r=t.includes(".")?t.split(".").pop().toLowerCase():"";return Jo[r]||void 0}function Qo(e,t){if(!(!t||e.length>4e5))try{return Xe.highlight(e,{language:t,ignoreIllegals:!0}).value}catch{return}}function Qt({code:e,path:t,language:r}){const i=r??(t?si(t):void 0),s=pt(()=>Qo(e,i),[e,i]);return n("pre",{class:"code",tabIndex:0,"aria-label":t?`Contents of ${t}`:"Code",children:s!==void 0?n("code",{class:`hljs language-${i}`,dangerouslySetInnerHTML:{__html:s}}):n("code",{children:e})})}const Xo={validate:"Validate",generate:"Generate",test:"Test",pull_request:"Pull request",review:"Review",deploy:"Deploy"};function Sn(e){return Xo[e]??e.replace(/_/g," ")}function Zo(e,t,r){return e==="REVIEWING"?"WAITING":t==="rejected"?"FAILED":r&&r.status!=="PENDING"||e==="DEPLOYING"||e==="ACTIVE"||e==="DEPRECATED"?"SUCCEEDED":"PENDING"}function ea(e,t,r){const i=[],s=e.find(o=>o.name==="deploy");for(const o of e)o.name==="deploy"&&i.push({name:"review",label:Sn("review"),gate:!0,status:Zo(t,r,s),attempts:0,startedAt:null,finishedAt:null,error:null}),i.push({...o,label:Sn(o.name),gate:!1});return i}function oi(e){const t=e.reason.trim();switch(e.trigger){case"cancelled":return t===""||t.toLowerCase()==="cancelled"?"Cancelled.":`Cancelled: ${t}`;case"rejected":return t?`Rejected in review: ${t}`:"Rejected in review.";default:{const r=e.step?` at ${Sn(e.step).toLowerCase()}`:"";return t?`Failed${r}: ${t}`:`Failed${r}.`}}}function ta(e,t){return t==="COMPENSATED"?{label:e?"Passed, then rolled back":"Failed, then rolled back",tone:"neutral"}:e?{label:"Passed",tone:"good"}:{label:"Failed",tone:"bad"}}function na(e){return/^https?:\/\//i.test(e)}function ra(e){return e.startsWith("diff --git")||e.startsWith("+++ ")||e.startsWith("--- ")||e.startsWith("index ")?"file":e.startsWith("@@")?"hunk":e.startsWith("+")?"add":e.startsWith("-")?"remove":"context"}function An(e,t){return Math.max(1,Math.ceil(Math.max(0,e)/t))}function kr(e,t,r){const i=Math.min(Math.max(0,Math.floor(e)),An(t,r)-1),s=Math.max(0,t-i*r),o=Math.max(0,s-r);return{fromNewest:i,after:o,first:Math.max(1,s-o),from:o+1,to:s}}const ia={approve:e=>`Approve the pull request of “${e}”? It will be deployed.`,requestChanges:e=>`Send “${e}” back to the generator with your comment.`,reject:e=>`Reject “${e}”? It fails, its pull request is closed and the finished steps are undone.`,cancel:e=>`Cancel the pipeline of “${e}”? The running step stops and the finished steps are undone.`,retry:e=>`Run the pipeline of “${e}” again from the start.`,deprecate:e=>`Take “${e}” out of service? Its deployment is removed.`,delete:e=>`Delete “${e}”? It disappears from every listing; its history stays.`};async function xr(e,t,r){switch(e){case"approve":await ve(os,{id:t,comment:r||null});return;case"requestChanges":await ve(as,{id:t,comment:r});return;case"reject":await ve(cs,{id:t,reason:r});return;case"cancel":await ve(ls,{id:t});return;case"retry":await ve(ds,{id:t});return;case"deprecate":await ve(fs,{id:t});return;case"delete":await ve(ps,{id:t}),Fe("/");return}}function sa({integration:e,user:t,onDone:r}){const[i,s]=N(null),[o,d]=N(null),[l,f]=N(null),h=lo(t,e);if(h.length===0)return null;const m=b=>{const c=Ot[b];if(d(null),c.confirm||c.text){const p={title:`${c.label} “${e.name}”`,body:ia[b](e.name),confirmLabel:c.label,danger:c.tone==="danger",run:async _=>{await xr(b,e.id,_),r()}};c.text&&(p.text=c.text),s(p);return}f(b),xr(b,e.id,"").then(()=>{f(null),r()},p=>{f(null),d(p)})};return n("div",{class:"actions",role:"group","aria-label":"Actions",children:[h.map(b=>n("button",{type:"button",class:`button ${Ot[b].tone}`,"data-action":b,disabled:l!==null,onClick:()=>m(b),children:l===b?"Working…":Ot[b].label},b)),n(_e,{error:o}),n(Bn,{request:i,onClose:()=>s(null)})]})}const oa={deploy:"the deployment",pull_request:"the pull request",test:"the test run",generate:"the generated code",validate:"the validation"};function aa({integration:e,user:t,onDone:r}){const[i,s]=N(null),[o,d]=N(null),[l,f]=N(!1),h=e.compensationFailed;if(!h)return null;const m=oa[h.step]??h.step,b=at(t,le.delete),c=()=>{d(null),f(!0),ve(us,{id:e.id}).then(()=>{f(!1),r()},_=>{f(!1),d(_)})},p=()=>s({title:`Resolve the undo of ${m}`,body:`Record that ${m} of “${e.name}” was undone by hand (or needs no undo). The pipeline then undoes whatever is left.`,confirmLabel:"Mark resolved",danger:!0,text:{label:"What was done",required:!0},run:async _=>{await ve(hs,{id:e.id,note:_}),r()}});return n("div",{class:"notice notice-error",role:"alert",id:"compensation-failed",children:[n("p",{children:[n("strong",{children:["Undoing ",m," failed"]})," after ",h.attempts," attempt",h.attempts===1?"":"s",": ",h.error]}),n("p",{children:["The pipeline stopped cleaning up and waits for an administrator",b?".":": ask one to retry or resolve it."]}),b&&n("div",{class:"actions",role:"group","aria-label":"Failed undo",children:[n("button",{type:"button",class:"button","data-action":"retryCompensation",disabled:l,onClick:c,children:l?"Working…":"Retry the undo"}),n("button",{type:"button",class:"button danger","data-action":"resolveCompensation",disabled:l,onClick:p,children:"Mark resolved…"})]}),n(_e,{error:o}),n(Bn,{request:i,onClose:()=>s(null)})]})}function ca({id:e,commit:t}){const[r,i]=N(void 0),[s,o]=N(null),d=()=>{o(null),Se(Ns,{id:e}).then(l=>i(l.data?.integration?.pullRequest?.changes??null),o)};return ne(d,[e,t]),s?n(_e,{error:s,onRetry:d}):r===void 0?n(Ke,{what:"the changes"}):r===null?n("p",{class:"muted",children:"The code host does not show this pull request's changes here."}):n("div",{class:"changes","data-testid":"pull-request-changes",children:[n("p",{class:"small",children:[n("code",{children:r.base})," at ",n("code",{title:r.baseCommit,children:r.baseCommit.slice(0,12)})," ←"," ",n("code",{title:r.headCommit,children:r.headCommit.slice(0,12)})]}),n("h3",{children:"Commits"}),n("ul",{class:"plain",children:r.commits.map(l=>n("li",{children:[n("code",{title:l.id,children:l.id.slice(0,12)})," ",l.message]},l.id))}),n("h3",{children:"Files"}),n("ul",{class:"plain",children:r.files.map(l=>n("li",{children:[n("code",{children:l.path})," ",l.additions===null||l.deletions===null?n("span",{class:"muted",children:"binary"}):n(pe,{children:[n("span",{class:"plus",children:["+",l.additions]})," ",n("span",{class:"minus",children:["−",l.deletions]})]})]},l.path))}),n("h3",{children:"Diff"}),n("pre",{class:"code diff",tabIndex:0,"aria-label":"Diff",children:n("code",{children:r.diff.split(`
`).map((l,f)=>n("span",{class:`diff-${ra(l)}`,children:[l,`
`]},f))})}),r.truncated&&n("p",{class:"small muted",children:"The diff was cut at its size limit."})]})}const Rt=25;function la(e,t,r){return e==="system"?"Pipeline":e===t.id?"You":r&&e===r.id?r.name:e}function da({id:e,version:t,me:r,owner:i,onTimeTravel:s}){const o=An(t,Rt),[d,l]=N(null),f=d?kr(d.fromNewest,d.total,Rt):kr(0,t,Rt),[h,m]=N(void 0),[b,c]=N(null);ne(()=>{let w=!0;return c(null),Se(As,{id:e,after:f.after,first:f.first}).then(M=>{w&&m(M.data?.integration?.events??[])},M=>{w&&c(M)}),()=>{w=!1}},[e,f.after,f.first]);const p=d?.total??t,_=d?An(d.total,Rt):o,E=w=>l(w<=0?null:{fromNewest:Math.min(w,_-1),total:p}),x=_-f.fromNewest,A=n("nav",{class:"pager","aria-label":"History pages",children:[n("button",{type:"button",class:"button small",onClick:()=>E(_-1),disabled:f.fromNewest>=_-1,children:"Oldest"}),n("button",{type:"button",class:"button small",onClick:()=>E(f.fromNewest+1),disabled:f.fromNewest>=_-1,children:"Older"}),n("span",{class:"small","data-testid":"history-page",children:["Events ",f.from,"–",f.to," of ",p," · page ",x," of ",_]}),n("button",{type:"button",class:"button small",onClick:()=>E(f.fromNewest-1),disabled:!d,children:"Newer"}),n("button",{type:"button",class:"button small",onClick:()=>E(0),disabled:!d,children:"Newest"})]});return b?n(_e,{error:b}):h===void 0?n("p",{class:"muted",children:"Loading the history…"}):n("div",{class:"table-scroll",children:[_>1&&A,n("table",{class:"events",children:[n("caption",{class:"visually-hidden",children:"Events, oldest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"#"}),n("th",{scope:"col",children:"When"}),n("th",{scope:"col",children:"Who"}),n("th",{scope:"col",children:"What"}),n("th",{scope:"col",children:n("span",{class:"visually-hidden",children:"View"})})]})}),n("tbody",{children:h.map(w=>n("tr",{"data-event-type":w.type,children:[n("td",{"data-label":"#",children:w.version}),n("td",{"data-label":"When",children:n("time",{dateTime:w.recordedAt,children:Re(w.recordedAt)})}),n("td",{"data-label":"Who",title:w.actor,children:la(w.actor,r,i)}),n("td",{"data-label":"What",children:[n("strong",{children:w.type}),n("div",{class:"small",children:po(w.type,w.data)}),w.requestId&&n("div",{class:"muted small",children:["request ",w.requestId]})]}),n("td",{children:n("button",{type:"button",class:"button small",onClick:()=>s(w.version),children:["As of v",w.version]})})]},w.version))})]})]})}function ua({integration:e,onShowChanges:t}){const r=e.pullRequest,i=e.deployment;return n("div",{class:"facts",children:[n("h3",{children:"Pull request"}),r?n("dl",{class:"pairs",children:[n("dt",{children:"Number"}),n("dd",{children:[na(r.url)?n("a",{href:r.url,target:"_blank",rel:"noopener noreferrer",children:["#",r.number]}):n("button",{type:"button",class:"link-button","data-testid":"show-changes",onClick:t,children:["#",r.number,": show the changes"]})," ",n("span",{class:"muted","data-testid":"pull-request-state",children:["(",r.state,")"]})]}),n("dt",{children:"Branch"}),n("dd",{children:n("code",{children:r.branch})}),n("dt",{children:"Commit"}),n("dd",{children:n("code",{title:r.commit,children:r.commit.slice(0,12)})}),n("dt",{children:"Changes"}),n("dd",{children:[r.filesChanged," files, ",n("span",{class:"plus",children:["+",r.additions]})," ",n("span",{class:"minus",children:["−",r.deletions]})]})]}):n("p",{class:"muted",children:"No pull request yet."}),n("h3",{children:"Deployment"}),i?n("dl",{class:"pairs",children:[n("dt",{children:"Id"}),n("dd",{children:n("code",{children:i.id})}),n("dt",{children:"Location"}),n("dd",{children:n("code",{children:i.location})}),i.previous&&n(pe,{children:[n("dt",{children:"Replaced"}),n("dd",{children:n("code",{children:i.previous})})]})]}):n("p",{class:"muted",children:"Not deployed."})]})}function ha({integration:e}){const t=e.testReport;if(!t)return n("p",{class:"muted",children:"The tests have not run yet."});const r=e.steps.find(s=>s.name==="test"),i=ta(t.passed,r?.status);return n("div",{children:[n("p",{children:[n("span",{class:`badge tone-${i.tone}`,"data-testid":"test-report-badge",children:i.label})," ","exit code ",t.exitCode??"none (killed)"," · ",zt(t.durationMs),t.timedOut&&n("strong",{children:" · timed out"}),t.truncated&&n("span",{class:"muted",children:" · output cut"})]}),e.testCommand.length>0&&n("p",{class:"small",children:["Command: ",n("code",{children:e.testCommand.join(" ")})]}),r?.status==="COMPENSATED"&&n("p",{class:"small muted",children:"This run no longer stands: the pipeline failed or was stopped afterwards and undid its steps."}),n(Qt,{code:t.output||"(no output)"})]})}function fa({integration:e}){const t=e.usage;return n("dl",{class:"pairs",children:[n("dt",{children:"Generator"}),n("dd",{children:[e.generator??"—",e.generator==="scaffold"&&n("span",{class:"muted",children:" (templates, not AI)"})]}),n("dt",{children:"Rounds"}),n("dd",{children:e.round}),n("dt",{children:"Input tokens"}),n("dd",{children:Le(t.inputTokens)}),n("dt",{children:"Output tokens"}),n("dd",{children:Le(t.outputTokens)}),n("dt",{children:"Cost"}),n("dd",{children:fo(t.costUsd)})]})}function pa({files:e}){const[t,r]=N(null);if(e.length===0)return n("p",{class:"muted",children:"No code generated yet."});const i=e.find(s=>s.path===t)??e.find(s=>si(s.path)==="python")??e[0];return n("div",{class:"files",children:[n("ul",{class:"file-list","aria-label":"Generated files",children:e.map(s=>n("li",{children:n("button",{type:"button",class:"file-button","aria-current":s.path===i.path?"true":void 0,onClick:()=>r(s.path),children:s.path})},s.path))}),n(Qt,{code:i.content,path:i.path})]})}function ga(e,t){return e==="GENERATING"&&t?t:null}function ma(e){return`${e.characters===1?"1 character":`${Le(e.characters)} characters`} received (attempt ${e.attempt})`}function _a(e){return e.map((t,r)=>({path:t,writing:r===e.length-1}))}function ba({integration:e}){const t=ga(e.state,e.generationProgress);return t?n("section",{class:"generation-progress","aria-label":"Generation progress","data-progress":!0,children:[n("p",{children:[n("strong",{children:"Writing…"})," ",ma(t)," ",n("span",{class:"muted small",children:["as of ",n("time",{dateTime:t.reportedAt,children:Re(t.reportedAt)})]})]}),t.files.length===0?n("p",{class:"muted small",children:"No file begun yet."}):n("ol",{class:"progress-files","aria-label":"Files begun",children:_a(t.files).map((r,i)=>n("li",{"aria-current":r.writing?"step":void 0,children:[n("code",{children:r.path}),r.writing&&n(pe,{children:[" ",n("span",{class:"badge tone-busy",children:"writing"})]})]},`${i}:${r.path}`))})]}):null}function ai({integration:e}){const t=ea(e.steps,e.state,e.failure?.trigger),r=t.some(o=>o.status==="RUNNING"),[i,s]=N(Date.now());return ne(()=>{if(!r)return;const o=setInterval(()=>s(Date.now()),1e3);return()=>clearInterval(o)},[r]),n("ol",{class:"timeline","aria-label":"Pipeline",children:t.map(o=>n("li",{class:`step step-${o.status.toLowerCase()}`,"data-step":o.name,children:[n("div",{class:"step-head",children:[n("span",{class:"step-name",children:o.label}),o.gate?n("span",{class:`badge tone-${o.status==="WAITING"?"attention":o.status==="FAILED"?"bad":o.status==="SUCCEEDED"?"good":"neutral"}`,children:o.status==="WAITING"?"Waiting for review":o.status==="SUCCEEDED"?"Approved":o.status==="FAILED"?"Rejected":"Pending"}):n($o,{status:o.status})]}),!o.gate&&(o.attempts>0||o.startedAt)&&n("div",{class:"step-meta muted small",children:[o.attempts>0&&n("span",{children:o.attempts===1?"1 attempt":`${o.attempts} attempts`}),o.startedAt&&n("span",{children:zt(ho(o.startedAt,o.finishedAt,i))})]}),o.error&&n("pre",{class:"step-error",children:o.error})]},o.name))})}function Pe({title:e,id:t,children:r}){return n("section",{class:"card","aria-labelledby":t,children:[n("h2",{id:t,children:e}),r]})}function ya({id:e,latest:t,version:r,onChange:i}){const[s,o]=N(void 0),[d,l]=N(null);return ne(()=>{o(void 0),l(null),Se(vs,{id:e,version:r}).then(f=>o(f.data?.integrationAt??null),l)},[e,r]),n("section",{class:"card time-travel","aria-labelledby":"time-travel-title",children:[n("div",{class:"page-head",children:[n("h2",{id:"time-travel-title",children:["As of version ",r]}),n("div",{class:"inline-controls",children:[n("div",{class:"field inline",children:[n("label",{for:"as-of-version",children:"Version"}),n("select",{id:"as-of-version",value:r,onChange:f=>i(Number(f.currentTarget.value)),children:Array.from({length:t},(f,h)=>t-h).map(f=>n("option",{value:f,children:f},f))})]}),n("button",{type:"button",class:"button small",onClick:()=>i(null),children:"Back to now"})]})]}),n(_e,{error:d}),s===void 0&&!d&&n(Ke,{what:`version ${r}`}),s===null&&n("p",{class:"muted",children:"It did not exist at that version."}),s&&n("div",{class:"grid-2",children:[n("div",{children:[n("p",{children:[n(Un,{state:s.state})," ",n("span",{class:"muted",children:["updated ",Re(s.updatedAt)]})]}),s.failure&&n("p",{class:"field-error",children:oi(s.failure)}),n(ai,{integration:s})]}),n("div",{children:[n("h3",{children:"Configuration"}),n(Qt,{code:JSON.stringify(s.config,null,2),language:"json"}),n("p",{class:"small muted",children:[s.files.length," generated files · round ",s.round]})]})]})]})}function wa({id:e,user:t}){const[r,i]=N(void 0),[s,o]=N(null),[d,l]=N(!1),[f,h]=N(null),[m,b]=N(!1),[c,p]=N(null),_=nt(0);Vt(r?.name??"Integration");const E=ot(async()=>{try{const w=(await Se(Es,{id:e})).data?.integration??null;if(w&&w.version<_.current)return;w&&(_.current=w.version),i(w),o(null)}catch(A){o(A)}},[e]),x=Dt(()=>{E()},150);return ne(()=>{i(void 0),l(!1),b(!1),p(null),_.current=0,E()},[E]),ne(()=>Mn({document:Ts,variables:A=>({id:e,afterVersion:A??0}),cursorOf:A=>A.integrationEvents.version,onData:({integrationEvents:A})=>{A.type==="IntegrationDeleted"&&b(!0),A.version>_.current&&x()},onResume:x,onError:h}),[e,x]),r===void 0?s?n(_e,{error:s,onRetry:()=>{E()}}):n(Ke,{what:"the integration"}):r===null?n("section",{children:[n("h1",{children:"Integration not found"}),n("p",{children:["There is no integration ",n("code",{children:e}),", or it was deleted. ",n(ke,{href:"/",children:"Back to the board"})]})]}):n("article",{class:"detail","aria-labelledby":"detail-title",children:[n("p",{class:"crumbs",children:[n(ke,{href:"/",children:"Integrations"})," / ",n("span",{children:r.name})]}),n("div",{class:"page-head",children:[n("div",{children:[n("h1",{id:"detail-title",children:[r.name," ",n(Un,{state:r.state})]}),n("p",{class:"muted small",children:[n("code",{children:r.kind})," · owned by ",r.owner?r.owner.id===t.id?"you":r.owner.name:"—"," · version"," ",r.version," · created ",Re(r.createdAt)," · updated ",Re(r.updatedAt)]}),r.description&&n("p",{children:r.description})]}),n(sa,{integration:r,user:t,onDone:()=>{E()}})]}),m&&n(mt,{children:"This integration was deleted; its history stays readable."}),n(_e,{error:s,onRetry:()=>{E()}}),n(_e,{error:f}),r.failure&&n("div",{class:"notice notice-error",role:"status","data-testid":"failure",children:oi(r.failure)}),n(aa,{integration:r,user:t,onDone:()=>{E()}}),c!==null&&n(ya,{id:r.id,latest:r.version,version:c,onChange:p}),n("div",{class:"grid-2",children:[n(Pe,{title:"Pipeline",id:"pipeline-title",children:[n(ai,{integration:r}),n(ba,{integration:r})]}),n(Pe,{title:"Review and deployment",id:"pr-title",children:n(ua,{integration:r,onShowChanges:()=>l(!0)})})]}),d&&r.pullRequest&&n(Pe,{title:`Pull request #${r.pullRequest.number}: ${r.pullRequest.branch}`,id:"changes-title",children:[n("div",{class:"inline-controls",children:n("button",{type:"button",class:"button small",onClick:()=>l(!1),children:"Hide the changes"})}),n(ca,{id:r.id,commit:r.pullRequest.commit})]}),n("div",{class:"grid-2",children:[n(Pe,{title:"Test report",id:"tests-title",children:n(ha,{integration:r})}),n(Pe,{title:"Usage",id:"usage-title",children:n(fa,{integration:r})})]}),n(Pe,{title:"Generated files",id:"files-title",children:n(pa,{files:r.files})}),n("div",{class:"grid-2",children:[n(Pe,{title:"Prompt",id:"prompt-title",children:n("pre",{class:"prose-pre",children:r.prompt})}),n(Pe,{title:"Configuration",id:"config-title",children:n(Qt,{code:JSON.stringify(r.config,null,2),language:"json"})})]}),n(Pe,{title:"History",id:"history-title",children:[n("div",{class:"inline-controls",children:n("button",{type:"button",class:"button small",onClick:()=>p(Math.max(1,r.version-1)),disabled:r.version<2,children:"View an earlier version"})}),n(da,{id:r.id,version:r.version,me:t,owner:r.owner,onTimeTravel:p})]})]})}function Ea(e){return!e||!e.startsWith("/")||e.startsWith("//")||e.startsWith("/\\")||e.startsWith("/sign-in")?"/":e}function va(e){return e===null||e.signedIn?"ask":e.refreshable?"refresh":"signed-out"}async function Ia(){let e;try{e=await fetch("/auth/status",{credentials:"same-origin",headers:{accept:"application/json"}})}catch{throw jt()}if(e.status===404)return null;if(!e.ok)throw rt(e.status,e.headers.get("retry-after"));const t=await e.json().catch(()=>({}));return{signedIn:t.signedIn===!0,refreshable:t.refreshable===!0}}const xe=Dn({status:"loading"});Ks(()=>{ei();const e=xe.get().status;e==="signed-in"?xe.set({status:"signed-out",message:"Your session has ended. Sign in again."}):e!=="signed-out"&&xe.set({status:"signed-out"})});async function Nn(){try{const e=va(await Ia());if(e==="signed-out"||e==="refresh"&&!await On()){xe.set({status:"signed-out"});return}const r=(await Se(bs)).data?.me;xe.set(r?{status:"signed-in",user:r}:{status:"signed-out"})}catch(e){e instanceof Ie&&e.kind==="unauthenticated"?xe.set({status:"signed-out"}):xe.set({status:"unreachable",message:gt(e)})}}async function Sa(){try{await zs()}finally{ei(),Fe("/sign-in",{replace:!0}),xe.set({status:"signed-out",message:"You are signed out."})}}function $r(){const e=Jt(),t=Kt(xe),r=Ea(e.search.get("redirect")),[i,s]=N(null),[o,d]=N(null),[l,f]=N(""),[h,m]=N(!1),[b,c]=N(null);ne(()=>{Ys().then(s,_=>{s([]),d(_)})},[]),ne(()=>{t.status==="signed-in"&&Fe(r,{replace:!0})},[t.status,r]);const p=async _=>{if(_.preventDefault(),l.trim()===""){c("Enter an API key.");return}m(!0),c(null);try{await Vs(l),f(""),await Nn(),xe.get().status!=="signed-in"&&c("Signed in, but the server does not recognise the session. Try again.")}catch(E){c(gt(E))}finally{m(!1)}};return n("section",{class:"sign-in","aria-labelledby":"sign-in-title",children:[n("h1",{id:"sign-in-title",children:"Sign in to Claude Code Bot"}),t.status==="signed-out"&&t.message&&n(mt,{children:t.message}),i&&i.length>0&&n("div",{class:"providers",children:[i.map(_=>n("a",{class:"button primary wide",href:Js(_,r),children:["Sign in with ",_.name]},_.id)),n("p",{class:"divider",children:n("span",{children:"or"})})]}),n(_e,{error:o}),n("form",{class:"card form",onSubmit:p,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"api-key",children:"API key"}),n("input",{id:"api-key",name:"apiKey",type:"password",autoComplete:"off",spellcheck:!1,placeholder:"cb_…",value:l,"aria-invalid":b?"true":void 0,"aria-describedby":b?"api-key-error":"api-key-help",onInput:_=>f(_.currentTarget.value)}),n("small",{id:"api-key-help",class:"help",children:"The administrator key is printed when the server first starts; an administrator can create more on the Admin page."})]}),b&&n("p",{id:"api-key-error",class:"field-error",role:"alert",children:b}),n("button",{type:"submit",class:"button primary",disabled:h,children:h?"Signing in…":"Sign in with API key"})]})]})}function Aa({children:e}){const[t,r]=ns();return t?n("div",{class:"notice notice-error",role:"alert",children:[n("span",{children:["This page failed to show: ",t instanceof Error?t.message:String(t)]}),n("button",{type:"button",class:"button small",onClick:r,children:"Try again"})]}):n(pe,{children:e})}function Na({user:e,path:t}){if(t==="/"||t==="/integrations")return n(Do,{user:e});if(t==="/integrations/new")return n(Bo,{user:e});const r=Oo("/integrations/:id",t);return r?n(wa,{id:r.id,user:e},r.id):t==="/admin"?n(Ao,{user:e}):n("section",{children:[n("h1",{children:"Page not found"}),n("p",{children:["Nothing lives at ",n("code",{children:t}),". ",n(ke,{href:"/",children:"Go to the board"})]})]})}function Ta({user:e}){const{path:t}=Jt(),r=i=>t===i?"page":void 0;return ro(e!==null),n("header",{class:"top",children:[n(ke,{href:"/",class:"brand",children:"Claude Code Bot"}),e&&n("nav",{"aria-label":"Main",children:[n(ke,{href:"/","aria-current":r("/"),children:"Board"}),Ut(e)&&n(ke,{href:"/integrations/new","aria-current":r("/integrations/new"),children:"New"}),n(ke,{href:"/admin","aria-current":r("/admin"),children:Pn(e)?"Admin":"API keys"})]}),n("div",{class:"top-end",children:[n(no,{}),e&&n(pe,{children:[n("span",{class:"who","data-role":e.role,children:[e.name," ",n("span",{class:"role",children:e.role.toLowerCase()})]}),n("button",{type:"button",class:"button small",onClick:()=>{Sa()},children:"Sign out"})]})]})]})}function Ra(){const e=Kt(xe),t=Jt();ne(()=>{Nn()},[]),ne(()=>{if(e.status==="signed-out"&&t.path!=="/sign-in"){const i=t.path+(t.search.toString()?`?${t.search.toString()}`:"");Fe(i==="/"?"/sign-in":`/sign-in?redirect=${encodeURIComponent(i)}`,{replace:!0})}},[e.status,t.path]);const r=e.status==="signed-in"?e.user:null;return n(pe,{children:[n("a",{href:"#main",class:"skip",children:"Skip to content"}),n(Ta,{user:r}),n("main",{id:"main",tabIndex:-1,children:[e.status==="loading"&&n(Ke,{what:"your session"}),e.status==="unreachable"&&n(_e,{error:new Error(e.message),onRetry:()=>{Nn()}}),e.status==="signed-out"&&t.path==="/sign-in"&&n($r,{}),e.status==="signed-in"&&n(Aa,{children:t.path==="/sign-in"?n($r,{}):n(Na,{user:e.user,path:t.path})},t.path)]})]})}Zi(n(Ra,{}),document.getElementById("app"));
