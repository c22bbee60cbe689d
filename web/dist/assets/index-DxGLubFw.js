var Gt,J,Or,je,or,Dr,Lr,an,Ct,ft,Mr,Tn,pn,gn,Lt={},Mt=[],Vi=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ht=Array.isArray;function Be(e,t){for(var r in t)e[r]=t[r];return e}function Rn(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function zi(e,t,r){var i,s,o,d={};for(o in t)o=="key"?i=t[o]:o=="ref"?s=t[o]:d[o]=t[o];if(arguments.length>2&&(d.children=arguments.length>3?Gt.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(o in e.defaultProps)d[o]===void 0&&(d[o]=e.defaultProps[o]);return kt(e,d,i,s,null)}function kt(e,t,r,i,s){var o={type:e,props:t,key:r,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++Or,__i:-1,__u:0};return s==null&&J.vnode!=null&&J.vnode(o),o}function ue(e){return e.children}function xt(e,t){this.props=e,this.context=t}function Je(e,t){if(t==null)return e.__?Je(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?Je(e):null}function Yi(e){if(e.__P&&e.__d){var t=e.__v,r=t.__e,i=[],s=[],o=Be({},t);o.__v=t.__v+1,J.vnode&&J.vnode(o),Cn(e.__P,o,t,e.__n,e.__P.namespaceURI,32&t.__u?[r]:null,i,r??Je(t),!!(32&t.__u),s),o.__v=t.__v,o.__.__k[o.__i]=o,qr(i,o,s),t.__e=t.__=null,o.__e!=r&&Pr(o)}}function Pr(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),Pr(e)}function ar(e){(!e.__d&&(e.__d=!0)&&je.push(e)&&!Pt.__r++||or!=J.debounceRendering)&&((or=J.debounceRendering)||Dr)(Pt)}function Pt(){try{for(var e,t=1;je.length;)je.length>t&&je.sort(Lr),e=je.shift(),t=je.length,Yi(e)}finally{je.length=Pt.__r=0}}function Br(e,t,r,i,s,o,d,l,f,u,m){var b,c,g,_,w,C,S=i&&i.__k||Mt,E=t.length;for(f=Ji(r,t,S,f,E),b=0;b<E;b++)(g=r.__k[b])!=null&&(c=g.__i!=-1&&S[g.__i]||Lt,g.__i=b,C=Cn(e,g,c,s,o,d,l,f,u,m),_=g.__e,g.ref&&c.ref!=g.ref&&(c.ref&&kn(c.ref,null,g),m.push(g.ref,g.__c||_,g)),w==null&&_!=null&&(w=_),4&g.__u?(f=Ur(g,f,e),c.__e&&(c.__e=null)):typeof g.type=="function"&&C!==void 0?f=C:_&&(f=_.nextSibling),g.__u&=-7);return r.__e=w,f}function Ji(e,t,r,i,s){var o,d,l,f,u,m=r.length,b=m,c=0;for(e.__k=new Array(s),o=0;o<s;o++)(d=t[o])!=null&&typeof d!="boolean"&&typeof d!="function"?(typeof d=="string"||typeof d=="number"||typeof d=="bigint"||d.constructor==String?d=e.__k[o]=kt(null,d,null,null,null):Ht(d)?d=e.__k[o]=kt(ue,{children:d},null,null,null):d.constructor===void 0&&d.__b>0?d=e.__k[o]=kt(d.type,d.props,d.key,d.ref?d.ref:null,d.__v):e.__k[o]=d,f=o+c,d.__=e,d.__b=e.__b+1,l=null,(u=d.__i=Qi(d,r,f,b))!=-1&&(b--,(l=r[u])&&(l.__u|=2)),l==null||l.__v==null?(u==-1&&(s>m?c--:s<m&&c++),typeof d.type!="function"&&(d.__u|=4)):u!=f&&(u==f-1?c--:u==f+1?c++:(u>f?c--:c++,d.__u|=4))):e.__k[o]=null;if(b)for(o=0;o<m;o++)(l=r[o])!=null&&(2&l.__u)==0&&(l.__e==i&&(i=Je(l)),Hr(l,l));return i}function Ur(e,t,r){var i,s;if(typeof e.type=="function"){for(i=e.__k,s=0;i&&s<i.length;s++)i[s]&&(i[s].__=e,t=Ur(i[s],t,r));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=Je(e)),t=r.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Qi(e,t,r,i){var s,o,d,l=e.key,f=e.type,u=t[r],m=u!=null&&(2&u.__u)==0;if(u===null&&l==null||m&&l==u.key&&f==u.type)return r;if(i>(m?1:0)){for(s=r-1,o=r+1;s>=0||o<t.length;)if((u=t[d=s>=0?s--:o++])!=null&&(2&u.__u)==0&&l==u.key&&f==u.type)return d}return-1}function cr(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||Vi.test(t)?r:r+"px"}function At(e,t,r,i,s){var o,d;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)r&&t in r||cr(e.style,t,"");if(r)for(t in r)i&&r[t]==i[t]||cr(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")o=t!=(t=t.replace(Mr,"$1")),d=t.toLowerCase(),t=d in e||t=="onFocusOut"||t=="onFocusIn"?d.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+o]=r,r?i?r[ft]=i[ft]:(r[ft]=Tn,e.addEventListener(t,o?gn:pn,o)):e.removeEventListener(t,o?gn:pn,o);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function lr(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t[Ct]==null)t[Ct]=Tn++;else if(t[Ct]<r[ft])return;return r(J.event?J.event(t):t)}}}function Cn(e,t,r,i,s,o,d,l,f,u){var m,b,c,g,_,w,C,S,E,B,ie,W,K,ge,R,ee,Y=t.type;if(t.constructor!==void 0)return null;128&r.__u&&(f=!!(32&r.__u),o=[l=t.__e=r.__e]),(m=J.__b)&&m(t);e:if(typeof Y=="function"){b=d.length;try{if(E=t.props,B=Y.prototype&&Y.prototype.render,ie=(m=Y.contextType)&&i[m.__c],W=m?ie?ie.props.value:m.__:i,r.__c?S=(c=t.__c=r.__c).__=c.__E:(B?t.__c=c=new Y(E,W):(t.__c=c=new xt(E,W),c.constructor=Y,c.render=Zi),ie&&ie.sub(c),c.state||(c.state={}),c.__n=i,g=c.__d=!0,c.__h=[],c._sb=[]),B&&c.__s==null&&(c.__s=c.state),B&&Y.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=Be({},c.__s)),Be(c.__s,Y.getDerivedStateFromProps(E,c.__s))),_=c.props,w=c.state,c.__v=t,g)B&&Y.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),B&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(B&&Y.getDerivedStateFromProps==null&&E!==_&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(E,W),t.__v==r.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(E,c.__s,W)===!1){t.__v!=r.__v&&(c.props=E,c.state=c.__s,c.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(he){he&&(he.__=t)}),Mt.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&d.push(c),l=Je(r);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(E,c.__s,W),B&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(_,w,C)})}if(c.context=W,c.props=E,c.__P=e,c.__e=!1,K=J.__r,ge=0,B)c.state=c.__s,c.__d=!1,K&&K(t),m=c.render(c.props,c.state,c.context),Mt.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,K&&K(t),m=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++ge<25);c.state=c.__s,c.getChildContext!=null&&(i=Be(Be({},i),c.getChildContext())),B&&!g&&c.getSnapshotBeforeUpdate!=null&&(C=c.getSnapshotBeforeUpdate(_,w)),R=m!=null&&m.type===ue&&m.key==null?Gr(m.props.children):m,l=Br(e,Ht(R)?R:[R],t,r,i,s,o,d,l,f,u),c.base=t.__e,t.__u&=-161,c.__h.length&&d.push(c),S&&(c.__E=c.__=null)}catch(he){if(d.length=b,t.__v=null,f||o!=null){if(he.then){for(t.__u|=f?160:128;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;o!=null&&(o[o.indexOf(l)]=null),t.__e=l}else if(o!=null)for(ee=o.length;ee--;)Rn(o[ee])}else t.__e=r.__e;t.__k==null&&(t.__k=r.__k||[]),he.then||Fr(t),J.__e(he,t,r)}}else o==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):l=t.__e=Xi(r.__e,t,r,i,s,o,d,f,u);return(m=J.diffed)&&m(t),128&t.__u?void 0:l}function Fr(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(Fr))}function qr(e,t,r){for(var i=0;i<r.length;i++)kn(r[i],r[++i],r[++i]);J.__c&&J.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(o){o.call(s)})}catch(o){J.__e(o,s.__v)}})}function Gr(e){return typeof e!="object"||e==null||e.__b>0?e:Ht(e)?e.map(Gr):e.constructor!==void 0?null:Be({},e)}function Xi(e,t,r,i,s,o,d,l,f){var u,m,b,c,g,_,w,C=r.props||Lt,S=t.props,E=t.type;if(E=="svg"?s="http://www.w3.org/2000/svg":E=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),o!=null){for(u=0;u<o.length;u++)if((g=o[u])&&"setAttribute"in g==!!E&&(E?g.localName==E:g.nodeType==3)){e=g,o[u]=null;break}}if(e==null){if(E==null)return document.createTextNode(S);e=document.createElementNS(s,E,S.is&&S),l&&(J.__m&&J.__m(t,o),l=!1),o=null}if(E==null)C===S||l&&e.data==S||(e.data=S);else{if(o=E=="textarea"&&S.defaultValue!=null?null:o&&Gt.call(e.childNodes),!l&&o!=null)for(C={},u=0;u<e.attributes.length;u++)C[(g=e.attributes[u]).name]=g.value;for(u in C)g=C[u],u=="dangerouslySetInnerHTML"?b=g:u=="children"||u in S||u=="value"&&"defaultValue"in S||u=="checked"&&"defaultChecked"in S||At(e,u,null,g,s);for(u in S)g=S[u],u=="children"?c=g:u=="dangerouslySetInnerHTML"?m=g:u=="value"?_=g:u=="checked"?w=g:l&&typeof g!="function"||C[u]===g||At(e,u,g,C[u],s);if(m)l||b&&(m.__html==b.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(b&&(e.innerHTML=""),Br(t.type=="template"?e.content:e,Ht(c)?c:[c],t,r,i,E=="foreignObject"?"http://www.w3.org/1999/xhtml":s,o,d,o?o[0]:r.__k&&Je(r,0),l,f),o!=null)for(u=o.length;u--;)Rn(o[u]);l&&E!="textarea"||(u="value",E=="progress"&&_==null?e.removeAttribute("value"):_!=null&&(_!==e[u]||E=="progress"&&!_||E=="option"&&_!=C[u])&&At(e,u,_,C[u],s),u="checked",w!=null&&w!=e[u]&&At(e,u,w,C[u],s))}return e}function kn(e,t,r){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&t==null||(e.__u=e(t))}else e.current=t}catch(s){J.__e(s,r)}}function Hr(e,t,r){var i,s;if(J.unmount&&J.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||kn(i,null,t)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(o){J.__e(o,t)}i.base=i.__P=i.__n=null}if(i=e.__k)for(s=0;s<i.length;s++)i[s]&&Hr(i[s],t,r||typeof e.type!="function");r||Rn(e.__e),e.__c=e.__=e.__e=void 0}function Zi(e,t,r){return this.constructor(e,r)}function es(e,t,r){var i,s,o,d;t==document&&(t=document.documentElement),J.__&&J.__(e,t),s=(i=!1)?null:t.__k,o=[],d=[],Cn(t,e=t.__k=zi(ue,null,[e]),s||Lt,Lt,t.namespaceURI,s?null:t.firstChild?Gt.call(t.childNodes):null,o,s?s.__e:t.firstChild,i,d),qr(o,e,d),e.props.children=null}Gt=Mt.slice,J={__e:function(e,t,r,i){for(var s,o,d;t=t.__;)if((s=t.__c)&&!s.__)try{if((o=s.constructor)&&o.getDerivedStateFromError!=null&&(s.setState(o.getDerivedStateFromError(e)),d=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,i||{}),d=s.__d),d)return s.__E=s}catch(l){e=l}throw e}},Or=0,xt.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=Be({},this.state),typeof e=="function"&&(e=e(Be({},r),this.props)),e&&Be(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),ar(this))},xt.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),ar(this))},xt.prototype.render=ue,je=[],Dr=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Lr=function(e,t){return e.__v.__b-t.__v.__b},Pt.__r=0,an=Math.random().toString(8),Ct="__d"+an,ft="__a"+an,Mr=/(PointerCapture)$|Capture$/i,Tn=0,pn=lr(!1),gn=lr(!0);var ts=0;function n(e,t,r,i,s,o){t||(t={});var d,l,f=t;if("ref"in f)for(l in f={},t)l=="ref"?d=t[l]:f[l]=t[l];var u={type:e,props:f,key:r,ref:d,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--ts,__i:-1,__u:0,__source:s,__self:o};if(typeof e=="function"&&(d=e.defaultProps))for(l in d)f[l]===void 0&&(f[l]=d[l]);return J.vnode&&J.vnode(u),u}var ot,ne,cn,dr,gt=0,Wr=[],ce=J,ur=ce.__b,hr=ce.__r,fr=ce.diffed,pr=ce.__c,gr=ce.unmount,mr=ce.__;function Wt(e,t){ce.__h&&ce.__h(ne,e,gt||t),gt=0;var r=ne.__H||(ne.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function I(e){return gt=1,ns(Kr,e)}function ns(e,t,r){var i=Wt(ot++,2);if(i.t=e,!i.__c&&(i.__=[Kr(void 0,t),function(l){var f=i.__N?i.__N[0]:i.__[0],u=i.t(f,l);f!==u&&(i.__N=[u,i.__[1]],i.__c.setState({}))}],i.__c=ne,!ne.__f)){var s=function(l,f,u){if(!i.__c.__H)return!0;var m=!1,b=i.__c.props!==l;if(i.__c.__H.__.some(function(g){if(g.__N){m=!0;var _=g.__[0];g.__=g.__N,g.__N=void 0,_!==g.__[0]&&(b=!0)}}),o){var c=o.call(this,l,f,u);return m?c||b:c}return!m||b};ne.__f=!0;var o=ne.shouldComponentUpdate,d=ne.componentWillUpdate;ne.componentWillUpdate=function(l,f,u){if(this.__e){var m=o;o=void 0,s(l,f,u),o=m}d&&d.call(this,l,f,u)},ne.shouldComponentUpdate=s}return i.__N||i.__}function re(e,t){var r=Wt(ot++,3);!ce.__s&&jr(r.__H,t)&&(r.__=e,r.u=t,ne.__H.__h.push(r))}function rt(e){return gt=5,mt(function(){return{current:e}},[])}function mt(e,t){var r=Wt(ot++,7);return jr(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function at(e,t){return gt=8,mt(function(){return e},t)}function rs(e){var t=Wt(ot++,10),r=I();return t.__=e,ne.componentDidCatch||(ne.componentDidCatch=function(i,s){t.__&&t.__(i,s),r[1](i)}),[r[0],function(){r[1](void 0)}]}function is(){for(var e;e=Wr.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some($t),t.__h.some(mn),t.__h=[]}catch(r){t.__h=[],ce.__e(r,e.__v)}}}ce.__b=function(e){ne=null,ur&&ur(e)},ce.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),mr&&mr(e,t)},ce.__r=function(e){hr&&hr(e),ot=0;var t=(ne=e.__c).__H;t&&(cn===ne?(t.__h=[],ne.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.some($t),t.__h.some(mn),t.__h=[],ot=0)),cn=ne},ce.diffed=function(e){fr&&fr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Wr.push(t)!==1&&dr===ce.requestAnimationFrame||((dr=ce.requestAnimationFrame)||ss)(is)),t.__H.__.some(function(r){r.u&&(r.__H=r.u,r.u=void 0)})),cn=ne=null},ce.__c=function(e,t){t.some(function(r){try{r.__h.some($t),r.__h=r.__h.filter(function(i){return!i.__||mn(i)})}catch(i){t.some(function(s){s.__h&&(s.__h=[])}),t=[],ce.__e(i,r.__v)}}),pr&&pr(e,t)},ce.unmount=function(e){gr&&gr(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.some(function(i){try{$t(i)}catch(s){t=s}}),r.__H=void 0,t&&ce.__e(t,r.__v))};var _r=typeof requestAnimationFrame=="function";function ss(e){var t,r=function(){clearTimeout(i),_r&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(r,35);_r&&(t=requestAnimationFrame(r))}function $t(e){var t=ne,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),ne=t}function mn(e){var t=ne;e.__c=e.__(),ne=t}function jr(e,t){return!e||e.length!==t.length||t.some(function(r,i){return r!==e[i]})}function Kr(e,t){return typeof t=="function"?t(e):t}class V extends String{__apiType;value;__meta__;constructor(t,r){super(t),this.value=t,this.__meta__=r}toString(){return this.value}}new V(`
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
    `,{fragmentName:"IntegrationSummary"});new V(`
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
}`,{fragmentName:"IntegrationDetail"});new V(`
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
    `,{fragmentName:"EventFields"});const os=new V(`
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
}`),as=new V(`
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
}`),cs=new V(`
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
}`),ls=new V(`
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
}`),ds=new V(`
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
}`),us=new V(`
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
}`),hs=new V(`
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
}`),fs=new V(`
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
}`),ps=new V(`
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
}`),gs=new V(`
    mutation DeleteIntegration($id: ID!) {
  deleteIntegration(id: $id)
}
    `),ms=new V(`
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
    `),_s=new V(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id)
}
    `),bs=new V(`
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
    `),ys=new V(`
    mutation SetUserRole($userId: ID!, $role: Role!) {
  setUserRole(userId: $userId, role: $role) {
    id
    role
  }
}
    `),ws=new V(`
    query Me {
  me {
    id
    name
    email
    role
    permissions
  }
}
    `),br=new V(`
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
}`),Es=new V(`
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
    `),vs=new V(`
    query Kinds {
  integrationKinds {
    name
    description
    configSchema
    exampleConfig
  }
}
    `),Is=new V(`
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
}`),Ss=new V(`
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
}`),Vr=new V(`
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
    `),As=new V(`
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
    `),Ns=new V(`
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
    `),Ts=new V(`
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
}`),Rs=new V(`
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
    `),zr=new V(`
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
}`),Cs=new V(`
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
}`);function we(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function Ye(e){return we(e)==="object"}function ks(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function yr(e,t){return e.length<124?e:t}const xs="graphql-transport-ws";var Ne=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(Ne||{}),Te=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(Te||{});function Yr(e){if(!Ye(e))throw new Error(`Message is expected to be an object, but got ${we(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${we(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!Ye(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${we(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ye(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${we(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${we(e.payload.query)}`);if(e.payload.variables!=null&&!Ye(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${we(e.payload.variables)}`);if(e.payload.operationName!=null&&we(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${we(e.payload.operationName)}`);if(e.payload.extensions!=null&&!Ye(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${we(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${we(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ye(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${we(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${we(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ks(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${we(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function $s(e,t){return Yr(typeof e=="string"?JSON.parse(e,t):e)}function ut(e,t){return Yr(e),JSON.stringify(e,t)}function Os(e){const{url:t,connectionParams:r,lazy:i=!0,onNonLazyError:s=console.error,lazyCloseTimeout:o=0,keepAlive:d=0,disablePong:l,connectionAckWaitTimeout:f=0,retryAttempts:u=5,retryWait:m=async function(h){const A=Math.pow(2,h);await new Promise(x=>setTimeout(x,A*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:b=ln,on:c,webSocketImpl:g,generateID:_=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,h=>{const A=Math.random()*16|0;return(h=="x"?A:A&3|8).toString(16)})},jsonMessageReplacer:w,jsonMessageReviver:C}=e;let S;if(g){if(!Ls(g))throw new Error("Invalid WebSocket implementation provided");S=g}else typeof WebSocket<"u"?S=WebSocket:typeof global<"u"?S=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(S=window.WebSocket||window.MozWebSocket);if(!S)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const E=S,B=(()=>{const D=(()=>{const A={};return{on(x,q){return A[x]=q,()=>{delete A[x]}},emit(x){"id"in x&&A[x.id]?.(x)}}})(),h={connecting:c?.connecting?[c.connecting]:[],opened:c?.opened?[c.opened]:[],connected:c?.connected?[c.connected]:[],ping:c?.ping?[c.ping]:[],pong:c?.pong?[c.pong]:[],message:c?.message?[D.emit,c.message]:[D.emit],closed:c?.closed?[c.closed]:[],error:c?.error?[c.error]:[]};return{onMessage:D.on,on(A,x){const q=h[A];return q.push(x),()=>{const j=q.indexOf(x);j>-1&&q.splice(j,1)}},emit(A,...x){for(const q of[...h[A]])q(...x)}}})();function ie(D){const h=[B.on("error",A=>{h.forEach(x=>x()),D(A)}),B.on("closed",A=>{h.forEach(x=>x()),D(A)})];return()=>h.forEach(A=>A())}let W,K=0,ge,R=!1,ee=0,Y=!1;async function he(){clearTimeout(ge);const[D,h]=await(W??(W=new Promise((q,j)=>(async()=>{if(R){if(await m(ee),!K)return W=void 0,j({code:1e3,reason:"All Subscriptions Gone"});ee++}B.emit("connecting",R);const U=new E(typeof t=="function"?await t():t,xs);let ye,$e;function et(){isFinite(d)&&d>0&&(clearTimeout($e),$e=setTimeout(()=>{U.readyState===E.OPEN&&(U.send(ut({type:Te.Ping})),B.emit("ping",!1,void 0))},d))}ie(fe=>{W=void 0,clearTimeout(ye),clearTimeout($e),j(fe),fe instanceof wr&&(U.close(4499,"Terminated"),U.onerror=null,U.onclose=null)}),U.onerror=fe=>B.emit("error",fe),U.onclose=fe=>B.emit("closed",fe),U.onopen=async()=>{try{B.emit("opened",U);const fe=typeof r=="function"?await r():r;if(U.readyState!==E.OPEN)return;U.send(ut(fe?{type:Te.ConnectionInit,payload:fe}:{type:Te.ConnectionInit},w)),isFinite(f)&&f>0&&(ye=setTimeout(()=>{U.close(Ne.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},f)),et()}catch(fe){B.emit("error",fe),U.close(Ne.InternalClientError,yr(fe instanceof Error?fe.message:String(fe),"Internal client error"))}};let Ge=!1;U.onmessage=({data:fe})=>{try{const le=$s(fe,C);if(B.emit("message",le),le.type==="ping"||le.type==="pong"){B.emit(le.type,!0,le.payload),le.type==="pong"?et():l||(U.send(ut(le.payload?{type:Te.Pong,payload:le.payload}:{type:Te.Pong},w)),B.emit("pong",!1,le.payload));return}if(Ge)return;if(le.type!==Te.ConnectionAck)throw new Error(`First message cannot be of type ${le.type}`);clearTimeout(ye),Ge=!0,B.emit("connected",U,le.payload,R),R=!1,ee=0;const _t=new Promise((Gn,Hn)=>ie(Hn));_t.catch(()=>{}),q([U,_t])}catch(le){U.onmessage=null,B.emit("error",le),U.close(Ne.BadResponse,yr(le instanceof Error?le.message:String(le),"Bad response"))}}})())));D.readyState===E.CLOSING&&await h;let A=()=>{};const x=new Promise(q=>A=q);return[D,A,new Promise((q,j)=>{const U=ie(j);D.readyState!==E.OPEN&&h.catch(j),x.then(()=>{if(U(),!K){const ye=()=>D.close(1e3,"Normal Closure");isFinite(o)&&o>0?(clearTimeout(ge),ge=setTimeout(()=>{!K&&D.readyState===E.OPEN&&ye()},o)):ye()}q()})})]}function qe(D){if(ln(D)&&(Ds(D.code)||[Ne.InternalServerError,Ne.InternalClientError,Ne.BadRequest,Ne.BadResponse,Ne.Unauthorized,Ne.SubprotocolNotAcceptable,Ne.SubscriberAlreadyExists,Ne.TooManyInitialisationRequests].includes(D.code)))throw D;if(Y)return!1;if(ln(D)&&D.code===1e3)return K>0;if(!u||ee>=u||!b(D))throw D;return R=!0}i||(async()=>{for(K++;;)try{const[,,D]=await he();await D}catch(D){try{if(!qe(D))return}catch(h){return s?.(h)}}})();function Ae(D,h){const A=_(D);let x=!1,q=!1,j=()=>{K--,x=!0};return(async()=>{for(K++;;)try{const[U,ye,$e]=await he();if(x)return $e.catch(()=>{}),ye();const et=B.onMessage(A,Ge=>{switch(Ge.type){case Te.Next:{h.next(Ge.payload);return}case Te.Error:{q=!0,x=!0,h.error(Ge.payload),j();return}case Te.Complete:{x=!0,j();return}}});U.send(ut({id:A,type:Te.Subscribe,payload:D},w)),j=()=>{!x&&U.readyState===E.OPEN&&U.send(ut({id:A,type:Te.Complete},w)),K--,x=!0,ye()},await $e.finally(et);return}catch(U){if(!qe(U))return}})().then(()=>{q||h.complete()}).catch(U=>{h.error(U)}),()=>{x||j()}}return{on:B.on,subscribe:Ae,iterate(D){const h=[],A={done:!1,error:null,resolve:()=>{}},x=Ae(D,{next(j){h.push(j),A.resolve()},error(j){A.done=!0,A.error=j,A.resolve()},complete(){A.done=!0,A.resolve()}}),q=(async function*(){for(;;){for(h.length||await new Promise(U=>A.resolve=U);h.length;)yield h.shift();if(A.error)throw A.error;if(A.done)return}})();return q.throw=async j=>(A.done||(A.done=!0,A.error=j,A.resolve()),{done:!0,value:void 0}),q.return=async()=>(x(),{done:!0,value:void 0}),q},async dispose(){if(Y=!0,W){const[D]=await W;D.close(1e3,"Normal Closure")}},terminate(){W&&B.emit("closed",new wr)}}}class wr extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function ln(e){return Ye(e)&&"code"in e&&"reason"in e}function Ds(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function Ls(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}class Ie extends Error{kind;errors;status;constructor(t,r,i={}){super(r),this.name="Problem",this.kind=t,this.errors=i.errors??[],this.status=i.status}}function jt(e){const t=e.extensions?.code;return typeof t=="string"?t:void 0}const Ms={UNAUTHENTICATED:"unauthenticated",FORBIDDEN:"forbidden",BAD_USER_INPUT:"invalid-input",GRAPHQL_VALIDATION_FAILED:"invalid-input",NOT_FOUND:"not-found",CONFLICT:"conflict",INVALID_TRANSITION:"not-allowed-now",FAILED_PRECONDITION:"not-allowed-now",TOO_MANY_REQUESTS:"rate-limited",RATE_LIMITED:"rate-limited"};function Ps(e){switch(jt(e)){case"UNAUTHENTICATED":return"You are signed out. Sign in again to continue.";case"FORBIDDEN":return`Your role does not allow this${e.message?` (${e.message})`:""}.`;case"INVALID_TRANSITION":{const r=e.extensions?.from;return typeof r=="string"?`This action no longer applies: the integration is ${r} now.`:e.message}case"CONFLICT":return`${e.message} Someone changed it meanwhile; the page shows the latest version.`;case"INTERNAL_SERVER_ERROR":return"The server failed to do this. Try again; if it keeps failing, the server log has the cause.";default:return e.message||"The server refused the request."}}function Qe(e,t){const r=e[0],i=r?jt(r):void 0,s=i&&Ms[i]||"server",o=[...new Set(e.map(Ps))],d={errors:e};return t!==void 0&&(d.status=t),new Ie(s,o.join(" ")||"The server refused the request.",d)}function it(e,t){if(e===401)return new Ie("unauthenticated","You are signed out. Sign in again to continue.",{status:e});if(e===403)return new Ie("forbidden","The server refused the request (403). Reload the page and sign in again.",{status:e});if(e===413)return new Ie("invalid-input","The request is too large for the server.",{status:e});if(e===429){const r=t&&/^\d+$/.test(t)?` in ${t} s`:" shortly";return new Ie("rate-limited",`Too many requests. Try again${r}.`,{status:e})}return e>=500?new Ie("server",`The server failed (HTTP ${e}). Try again in a moment.`,{status:e}):new Ie("server",`The server answered HTTP ${e}.`,{status:e})}function Kt(){return new Ie("network","Cannot reach the server. Check the connection and try again.")}function lt(e){return e instanceof Ie||e instanceof Error&&e.message?e.message:"Something went wrong."}function _n(e){const t={},r=(i,s)=>{const[o,...d]=i.split(".");if(!o)return;const l=d.length>0?`${d.join(".")}: ${s}`:s,f=t[o]??=[];f.includes(l)||f.push(l)};for(const i of e){if(jt(i)!=="BAD_USER_INPUT")continue;const s=i.extensions?.fields;if(Array.isArray(s)&&s.length>0){for(const d of s)if(d&&typeof d=="object"){const{field:l,message:f}=d;typeof l=="string"&&r(l,typeof f=="string"?f:i.message)}continue}const o=i.extensions?.field;typeof o=="string"&&r(o,Bs(o,i.message))}return t}function Bs(e,t){const r=`${e}: `;return t.startsWith(r)?t.slice(r.length):t}function Us(e,t){const r=_n(e);return e.filter(i=>{if(jt(i)!=="BAD_USER_INPUT")return!0;const s=Object.keys(_n([i]));return s.length===0||s.some(o=>!t.includes(o)||!r[o])})}class Fs{#e;constructor(t){this.#e=t??void 0}get value(){return this.#e}accept(t){return this.#e!==void 0&&t<=this.#e?!1:(this.#e=t,!0)}}function Er(e,t=Math.random){const r=Math.min(15e3,500*2**Math.max(0,e));return Math.round(r*(.8+.4*t()))}function Jr(e){return!!e&&typeof e=="object"&&typeof e.code=="number"}function qs(e){return Jr(e)&&e.code===4401}function Gs(e){return Array.isArray(e)?!1:Jr(e)?![4400,4403,4406,4409].includes(e.code):!0}function Hs(e){return e.active===0?e.browserOnline?"idle":"offline":e.browserOnline?e.socket==="open"&&e.waiting===0?"online":e.waiting>0||e.socket==="closed"||e.everConnected?"reconnecting":"connecting":"offline"}const Ws="codebot_csrf",js="X-CSRF-Token";function Ks(e,t){for(const r of e.split(";")){const i=r.indexOf("=");if(!(i<0)&&r.slice(0,i).trim()===t){const s=r.slice(i+1).trim();try{return decodeURIComponent(s)}catch{return s}}}}function Qr(){const e={"content-type":"application/json",accept:"application/json"},t=typeof document>"u"?void 0:Ks(document.cookie,Ws);return t&&(e[js]=t),e}async function xn(e,t){try{return await fetch(e,{method:"POST",credentials:"same-origin",headers:Qr(),body:t===void 0?"{}":JSON.stringify(t)})}catch{throw Kt()}}async function Vs(e){try{const t=await e.json();return Array.isArray(t.errors)?t.errors:[]}catch{return[]}}const bn=new Set;function zs(e){return bn.add(e),()=>bn.delete(e)}function $n(){for(const e of bn)e()}let dn;function On(){return dn??=(async()=>{try{return(await xn("/auth/refresh")).ok}catch{return!1}finally{dn=void 0}})(),dn}async function Ys(e){const t=await xn("/auth/session",{apiKey:e.trim()});if(t.ok)return;if(t.status===404||t.status===405)throw new Ie("server","This server does not offer sign-in with an API key.",{status:t.status});const r=await Vs(t);throw t.status===401?new Ie("unauthenticated","The server did not accept this API key. Check it and try again.",{errors:r,status:401}):r.length>0?Qe(r,t.status):it(t.status)}async function Js(){try{await xn("/auth/logout")}finally{$n()}}async function Qs(){let e;try{e=await fetch("/auth/providers",{credentials:"same-origin",headers:{accept:"application/json"}})}catch{throw Kt()}if(e.status===404)return[];if(!e.ok)throw it(e.status);const t=await e.json();return Array.isArray(t.providers)?t.providers.filter(r=>!!r&&typeof r=="object"&&typeof r.id=="string"&&typeof r.name=="string"&&typeof r.loginUrl=="string"):[]}function Xs(e,t){if(!t||t==="/")return e.loginUrl;const r=e.loginUrl.includes("?")?"&":"?";return`${e.loginUrl}${r}redirect=${encodeURIComponent(t)}`}function Dn(e){let t=e;const r=new Set;return{get:()=>t,set(i){if(!Object.is(i,t)){t=i;for(const s of[...r])s(t)}},subscribe(i){return r.add(i),()=>r.delete(i)}}}function Vt(e){const[t,r]=I(e.get);return re(()=>(r(()=>e.get()),e.subscribe(i=>r(()=>i))),[e]),t}const Xr=Dn("idle");let st="idle",Ln=!1,yn=0,Zr=0;const wn=new Set,En=new Set;let vn=0;function Zs(){return typeof navigator>"u"?!0:navigator.onLine!==!1}function Ue(){Xr.set(Hs({socket:st,active:yn,waiting:Zr,browserOnline:Zs(),everConnected:Ln}))}typeof window<"u"&&(window.addEventListener("online",()=>{Ue();for(const e of[...En])e()}),window.addEventListener("offline",Ue));function eo(){const{protocol:e,host:t}=window.location;return`${e==="https:"?"wss:":"ws:"}//${t}/graphql/ws`}let Bt,Nt,Tt;const to=8e3;function no(){return Bt??=Os({url:eo,lazy:!0,lazyCloseTimeout:3e3,retryAttempts:0,keepAlive:15e3,connectionParams:{},on:{opened:e=>{Nt=e},ping:e=>{e||(clearTimeout(Tt),Tt=setTimeout(()=>{Nt?.readyState===WebSocket.OPEN&&Nt.close(4408,"No pong")},to))},pong:e=>{e&&clearTimeout(Tt)},connecting:()=>{st="connecting",Ue()},connected:()=>{st="open",Ln=!0,Ue();for(const e of[...wn])e()},closed:()=>{clearTimeout(Tt),Nt=void 0,st="closed",vn+=1,Ue()}}}),Bt}function ei(){Bt?.terminate(),Bt=void 0,st="idle",Ln=!1,Ue()}function Mn(e){const t=new Fs(e.initialCursor);let r=!1,i=0,s,o,d=!1,l=!1;const f=g=>{g!==l&&(l=g,Zr+=g?1:-1,Ue())},u=()=>{d&&!r&&(d=!1,e.onResume?.())},m=()=>{o!==void 0&&!r&&(clearTimeout(o),o=void 0,c())};wn.add(u),En.add(m);const b=g=>{f(!0),d=!0,o=setTimeout(()=>{o=void 0,c()},g)},c=()=>{if(r)return;const g=vn,_={query:e.document.toString(),variables:e.variables(t.value)};s=no().subscribe(_,{next:w=>{if(i=0,f(!1),w.errors&&w.errors.length>0){e.onError?.(Qe(w.errors));return}const C=w.data;C&&(e.cursorOf&&!t.accept(e.cursorOf(C))||e.onData(C))},error:w=>{s=void 0,!r&&(qs(w)?(f(!0),On().then(C=>{r||(C?b(0):(f(!1),$n()))})):Gs(w)?b(Er(i++)):(f(!1),e.onError?.(Qe(Array.isArray(w)?w:[{message:"The live update was refused."}]))))},complete:()=>{s=void 0,!r&&vn!==g&&b(Er(i++))}}),st==="open"&&u()};return yn+=1,Ue(),c(),()=>{r||(r=!0,o!==void 0&&clearTimeout(o),f(!1),wn.delete(u),En.delete(m),s?.(),yn-=1,Ue())}}const ro={idle:"",connecting:"Connecting…",online:"Live",reconnecting:"Reconnecting…",offline:"Offline"};function io(){const e=Vt(Xr);return e==="idle"?null:n("span",{class:`live live-${e}`,role:"status","aria-live":"polite","data-live":e,children:[n("span",{class:"live-dot","aria-hidden":"true"}),ro[e]]})}function so(e){re(()=>{if(e)return Mn({document:zr,variables:()=>({}),onData:()=>{}})},[e])}function _e({error:e,onRetry:t}){return e?n("div",{class:"notice notice-error",role:"alert",children:[n("span",{children:lt(e)}),t&&n("button",{type:"button",class:"button small",onClick:t,children:"Try again"})]}):null}function ct({children:e}){return n("div",{class:"notice notice-info",role:"status",children:e})}function Ke({what:e}){return n("p",{class:"loading",role:"status","aria-live":"polite",children:["Loading ",e,"…"]})}const te={read:"integration.read",write:"integration.write",delete:"integration.delete",manageKeys:"apikey.manage",manageUsers:"user.manage"},oo=["VALIDATING","GENERATING","TESTING","REVIEWING","DEPLOYING"],Ot={approve:{label:"Approve",states:["REVIEWING"],permission:te.write,confirm:!1,text:{label:"Comment (optional)",required:!1},tone:"primary"},requestChanges:{label:"Request changes",states:["REVIEWING"],permission:te.write,confirm:!1,text:{label:"What should change",required:!0},tone:"default"},reject:{label:"Reject",states:["REVIEWING"],permission:te.write,confirm:!0,text:{label:"Reason",required:!0},tone:"danger"},cancel:{label:"Cancel",states:["DRAFT",...oo],permission:te.write,confirm:!0,tone:"danger"},retry:{label:"Retry",states:["FAILED"],permission:te.write,confirm:!1,tone:"primary"},deprecate:{label:"Deprecate",states:["ACTIVE"],permission:te.write,confirm:!0,tone:"danger"},delete:{label:"Delete",states:["DRAFT","FAILED","DEPRECATED"],permission:te.delete,confirm:!0,tone:"danger"}},ao=["approve","requestChanges","reject","retry","cancel","deprecate","delete"],co={VIEWER:[te.read],DEVELOPER:[te.read,te.write,te.manageKeys],ADMIN:[te.read,te.write,te.delete,te.manageKeys,te.manageUsers]};function lo(e){return Array.isArray(e.permissions)?e.permissions:co[e.role]??[]}function Xe(e,t){return!!e&&lo(e).includes(t)}function uo(e,t){return Xe(e,te.write)?e.role==="ADMIN"||Xe(e,te.manageUsers)?!0:!!t.owner&&t.owner.id===e.id:!1}function ho(e,t){return ao.filter(r=>Ot[r].states.includes(t.state)?r==="delete"?Xe(e,te.delete):uo(e,t):!1)}function Ut(e){return Xe(e,te.write)}function Pn(e){return Xe(e,te.manageUsers)}function fo(e){return Xe(e,te.manageKeys)}const Ft=["VIEWER","DEVELOPER","ADMIN"];function po(e){const t=Ft.indexOf(e);return t<0?[]:Ft.slice(0,t+1)}async function vr(e,t){try{return await fetch("/graphql",{method:"POST",credentials:"same-origin",headers:Qr(),body:JSON.stringify({query:e,variables:t??{}})})}catch{throw Kt()}}async function ti(e,t){const r=e.toString();let i=await vr(r,t);if(i.status===401&&(await On()&&(i=await vr(r,t)),i.status===401))throw $n(),it(401);let s;try{s=await i.json()}catch{s=void 0}if(!s||s.data===void 0&&!s.errors)throw it(i.status,i.headers.get("retry-after"));const o=Array.isArray(s.errors)?s.errors:[];if(s.data===void 0||s.data===null)throw o.length>0?Qe(o,i.status):it(i.status);return{data:s.data,errors:o}}const Se=ti;async function Ee(e,t){const r=await ti(e,t);if(r.errors.length>0||!r.data)throw Qe(r.errors);return r.data}function Bn({request:e,onClose:t}){const r=rt(null),[i,s]=I(""),[o,d]=I(!1),[l,f]=I(null);return re(()=>{const m=r.current;m&&(e?(s(""),f(null),d(!1),m.open||m.showModal()):m.open&&m.close())},[e]),n("dialog",{ref:r,class:"dialog","aria-labelledby":"dialog-title",onClose:t,children:e&&n("form",{method:"dialog",onSubmit:async m=>{if(m.preventDefault(),!!e){if(e.text?.required&&i.trim()===""){f(new Error(`${e.text.label} is required.`));return}d(!0),f(null);try{await e.run(i.trim()),t()}catch(b){f(b),d(!1)}}},children:[n("h2",{id:"dialog-title",children:e.title}),n("p",{children:e.body}),e.text&&n("label",{class:"field",children:[n("span",{children:e.text.label}),n("textarea",{rows:3,value:i,required:e.text.required,onInput:m=>s(m.currentTarget.value)})]}),!!l&&n("p",{class:"field-error",role:"alert",children:lt(l)}),n("div",{class:"dialog-actions",children:[n("button",{type:"button",class:"button",onClick:t,disabled:o,children:"Back"}),n("button",{type:"submit",class:`button ${e.danger?"danger":"primary"}`,disabled:o,children:o?"Working…":e.confirmLabel})]})]})})}function ni({secret:e,children:t,onDone:r}){const[i,s]=I(!1);return n("div",{class:"notice notice-success secret",role:"status",children:[n("p",{children:[t," Copy the secret now: it is shown only once."]}),n("div",{class:"secret-row",children:[n("code",{"data-secret":!0,children:e}),n("button",{type:"button",class:"button small",onClick:()=>navigator.clipboard?.writeText(e).then(()=>s(!0),()=>s(!1)),children:i?"Copied":"Copy"}),n("button",{type:"button",class:"button small",onClick:r,children:"Done"})]})]})}function Dt(e,t){const r=rt(e);r.current=e;const i=rt(void 0),s=rt(()=>{i.current!==void 0&&clearTimeout(i.current),i.current=setTimeout(()=>{i.current=void 0,r.current()},t)});return re(()=>()=>clearTimeout(i.current),[]),s.current}function zt(e){re(()=>{document.title=e?`${e} · Claude Code Bot`:"Claude Code Bot"},[e])}function Re(e){if(!e)return"—";const t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleString(void 0,{dateStyle:"medium",timeStyle:"medium"})}function Yt(e){if(e==null||!Number.isFinite(e)||e<0)return"—";if(e<1e3)return`${Math.round(e)} ms`;const t=e/1e3;if(t<60)return`${t.toFixed(t<10?2:1)} s`;const r=Math.floor(t/60),i=Math.round(t%60);return r<60?`${r} min ${i} s`:`${Math.floor(r/60)} h ${r%60} min`}function go(e,t,r){if(!e)return null;const i=Date.parse(e),s=t?Date.parse(t):r;return Number.isNaN(i)||Number.isNaN(s)?null:Math.max(0,s-i)}function mo(e){return e===0?"$0.00":e<.01?`$${e.toFixed(4)}`:`$${e.toFixed(2)}`}function Le(e){return e.toLocaleString("en-US")}function H(e,t){return e&&typeof e=="object"?e[t]:void 0}const Z=e=>typeof e=="string"||typeof e=="number"?String(e):"";function _o(e,t){switch(e){case"IntegrationCreated":return`Created “${Z(H(t,"name"))}” (${Z(H(t,"kind"))})`;case"IntegrationUpdated":return`Changed ${Object.keys(t??{}).join(", ")||"nothing"}`;case"StateChanged":{const r=Z(H(t,"trigger")).replace(/_/g," "),i=Z(H(t,"reason")),s=r==="cancelled"&&i.trim().toLowerCase()==="cancelled"?"":i;return`${Z(H(t,"from"))} → ${Z(H(t,"to"))}${r?` (${r})`:""}${s?`: ${s}`:""}`}case"StepStarted":return`${Z(H(t,"step"))} started (attempt ${Z(H(t,"attempt"))})`;case"StepSucceeded":return`${Z(H(t,"step"))} succeeded in ${Yt(Number(H(t,"duration_ms")))}`;case"StepFailed":return`${Z(H(t,"step"))} failed (attempt ${Z(H(t,"attempt"))}): ${Z(H(t,"error"))}`;case"GenerationProgressed":{const r=Number(H(t,"characters")),i=H(t,"files"),s=Array.isArray(i)?i.map(Z).filter(Boolean):[],o=Number(H(t,"attempt"));return`Generation progress: ${Number.isFinite(r)?Le(r):"?"} characters, ${s.length>0?`files: ${s.join(", ")}`:"no file begun yet"}${o>1?` (attempt ${o})`:""}`}case"CodeGenerated":{const r=H(t,"files");return`Code generated by ${Z(H(t,"generator"))}: ${Array.isArray(r)?r.length:0} files`}case"TestsCompleted":return H(H(t,"report"),"passed")?"Tests passed":"Tests failed";case"PullRequestOpened":return`Pull request #${Z(H(H(t,"pull_request"),"number"))} opened`;case"PullRequestMerged":return"Pull request merged";case"Deployed":return`Deployed to ${Z(H(H(t,"deployment"),"location"))}`;case"Compensated":return`${Z(H(t,"step"))} undone: ${Z(H(t,"detail"))}`;case"Undeployed":return"Deployment removed";case"CompensationAttemptFailed":return`Undoing ${Z(H(t,"step"))} failed (attempt ${Z(H(t,"attempt"))}): ${Z(H(t,"error"))}`;case"CompensationFailed":return`Gave up undoing ${Z(H(t,"step"))} after ${Z(H(t,"attempts"))} attempts: waits for an administrator`;case"CompensationRetried":return`Undo of ${Z(H(t,"step"))} retried by an administrator`;case"CompensationResolved":return`Undo of ${Z(H(t,"step"))} resolved by hand: ${Z(H(t,"note"))}`;case"IntegrationDeleted":return"Deleted";default:return e}}const Ir={CLOSED:{label:"Closed",tone:"good",help:"Calls go through"},OPEN:{label:"Open",tone:"attention",help:"Calls fail fast until the open period ends"},HALF_OPEN:{label:"Half-open",tone:"busy",help:"One trial call decides whether it closes again"}};function bo(e){return Object.prototype.hasOwnProperty.call(Ir,e)?Ir[e]:{label:e,tone:"neutral",help:"Unknown breaker state"}}function ri(e,t){return`${Le(e)} / ${Le(t)}`}function yo(e,t){return t>0&&e>=t}function ii(e){return!Number.isFinite(e)||e<0?"—":e<60?`${Math.round(e)} s`:Yt(e*1e3)}function wo(e,t){const r=Date.parse(e);if(Number.isNaN(r))return"—";const i=Math.floor((t-r)/1e3);return i<1?"just now":`${ii(i)} ago`}function Eo({onInvited:e}){const[t,r]=I(""),[i,s]=I("DEVELOPER"),[o,d]=I(!1),[l,f]=I(null),[u,m]=I(null);return n(ue,{children:[n("h3",{id:"invite-title",children:"Invite someone"}),n("form",{class:"form inline-form","aria-labelledby":"invite-title",onSubmit:async c=>{if(c.preventDefault(),t.trim()===""){f("Give the person’s name.");return}d(!0),f(null);try{const g=await Ee(bs,{input:{name:t.trim(),role:i}});m(g.inviteUser),r(""),e(g.inviteUser)}catch(g){f(lt(g))}finally{d(!1)}},noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"invite-name",children:"Person’s name"}),n("input",{id:"invite-name",value:t,onInput:c=>r(c.currentTarget.value)})]}),n("div",{class:"field",children:[n("label",{for:"invite-role",children:"Their role"}),n("select",{id:"invite-role",value:i,onChange:c=>s(c.currentTarget.value),children:Ft.map(c=>n("option",{value:c,children:c},c))})]}),n("button",{type:"submit",class:"button primary",disabled:o,children:o?"Inviting…":"Invite"})]}),l&&n("p",{class:"field-error",role:"alert",children:l}),u&&n(ni,{secret:u.apiKey.secret,onDone:()=>m(null),children:[n("strong",{children:u.user.name})," (",u.user.role,") is invited. Give them this key: it signs in as them."]})]})}function vo({me:e,onInvited:t}){const[r,i]=I(null),[s,o]=I(null),[d,l]=I(0),[f,u]=I(null),[m,b]=I(null),c=at(async _=>{try{const w=await Se(Vr,{first:50,after:_}),C=w.data?.users;if(!C)throw Qe(w.errors);i(S=>_?[...S??[],...C.nodes]:C.nodes),o(C.pageInfo.hasNextPage?C.pageInfo.endCursor??null:null),l(C.totalCount),u(null)}catch(w){u(w)}},[]);re(()=>{c(null)},[c]);const g=async(_,w)=>{b(_.id),u(null);try{const C=await Ee(ys,{userId:_.id,role:w});i(S=>S?.map(E=>E.id===_.id?{...E,role:C.setUserRole.role}:E)??null)}catch(C){u(C)}finally{b(null)}};return n("section",{class:"card","aria-labelledby":"users-title",children:[n("h2",{id:"users-title",children:"Users and roles"}),n(Eo,{onInvited:_=>{i(w=>w&&[...w,_.user]),l(w=>w+1),t()}}),n(_e,{error:f,onRetry:()=>{c(null)}}),r===null?!f&&n(Ke,{what:"users"}):n("div",{class:"table-scroll",children:[n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Email"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Since"})]})}),n("tbody",{children:r.map(_=>n("tr",{children:[n("td",{"data-label":"Name",children:[_.name,_.id===e.id&&n("span",{class:"muted",children:" (you)"})]}),n("td",{"data-label":"Email",children:_.email??"—"}),n("td",{"data-label":"Role",children:n("select",{"aria-label":`Role of ${_.name}`,value:_.role,disabled:m===_.id||_.id===e.id,onChange:w=>{g(_,w.currentTarget.value)},children:Ft.map(w=>n("option",{value:w,children:w},w))})}),n("td",{"data-label":"Since",children:Re(_.createdAt)})]},_.id))})]}),n("p",{class:"muted small",children:[r.length," of ",d," users"]}),s&&n("button",{type:"button",class:"button",onClick:()=>{c(s)},children:"Load more"})]})]})}function Io({me:e,reload:t}){const r=po(e.role),[i,s]=I(null),[o,d]=I(null),[l,f]=I(""),[u,m]=I("VIEWER"),[b,c]=I(""),[g,_]=I(null),[w,C]=I(!1),[S,E]=I(null),[B,ie]=I(null),W=at(async()=>{try{const R=await Se(As);s(R.data?.apiKeys??[]),d(null)}catch(R){d(R)}},[]);re(()=>{W()},[W,t]);const K=async R=>{if(R.preventDefault(),l.trim()===""){_("Give the key a name.");return}C(!0),_(null);try{const ee={name:l.trim(),role:u};b&&(ee.expiresAt=new Date(`${b}T23:59:59`).toISOString());const Y=await Ee(ms,{input:ee});E(Y.createApiKey),f(""),c(""),W()}catch(ee){_(lt(ee))}finally{C(!1)}},ge=R=>ie({title:`Revoke “${R.name}”`,body:`Programs using the key ${R.prefix}… stop working at once. This cannot be undone.`,confirmLabel:"Revoke",danger:!0,run:async()=>{await Ee(_s,{id:R.id}),await W()}});return n("section",{class:"card","aria-labelledby":"keys-title",children:[n("h2",{id:"keys-title",children:"API keys"}),n("p",{class:"muted small",children:"Keys you make are yours and act as you, with at most the role you signed in with."}),n("form",{class:"form inline-form",onSubmit:K,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"key-name",children:"Name"}),n("input",{id:"key-name",value:l,onInput:R=>f(R.currentTarget.value)})]}),n("div",{class:"field",children:[n("label",{for:"key-role",children:"Role"}),n("select",{id:"key-role",value:u,onChange:R=>m(R.currentTarget.value),children:r.map(R=>n("option",{value:R,children:R},R))})]}),n("div",{class:"field",children:[n("label",{for:"key-expires",children:["Expires ",n("small",{class:"muted",children:"(optional)"})]}),n("input",{id:"key-expires",type:"date",value:b,onInput:R=>c(R.currentTarget.value)})]}),n("button",{type:"submit",class:"button primary",disabled:w,children:w?"Creating…":"Create key"})]}),g&&n("p",{class:"field-error",role:"alert",children:g}),S&&n(ni,{secret:S.secret,onDone:()=>E(null),children:["Key ",n("strong",{children:S.apiKey.name})," (",S.apiKey.role,") created for you."]}),n(_e,{error:o,onRetry:()=>{W()}}),i===null?!o&&n(Ke,{what:"API keys"}):i.length===0?n("p",{class:"muted",children:"No API keys."}):n("div",{class:"table-scroll",children:n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Key"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Owner"}),n("th",{scope:"col",children:"Created"}),n("th",{scope:"col",children:"Last used"}),n("th",{scope:"col",children:"Expires"}),n("th",{scope:"col",children:n("span",{class:"visually-hidden",children:"Revoke"})})]})}),n("tbody",{children:i.map(R=>n("tr",{class:R.revokedAt?"revoked":void 0,children:[n("td",{"data-label":"Name",children:R.name}),n("td",{"data-label":"Key",children:n("code",{children:[R.prefix,"…"]})}),n("td",{"data-label":"Role",children:R.role}),n("td",{"data-label":"Owner",children:R.owner?.name??"—"}),n("td",{"data-label":"Created",children:Re(R.createdAt)}),n("td",{"data-label":"Last used",children:R.lastUsedAt?Re(R.lastUsedAt):"never"}),n("td",{"data-label":"Expires",children:R.expiresAt?Re(R.expiresAt):"never"}),n("td",{children:R.revokedAt?n("span",{class:"muted",children:["revoked ",Re(R.revokedAt)]}):n("button",{type:"button",class:"button small danger",onClick:()=>ge(R),children:"Revoke"})})]},R.id))})]})}),n(Bn,{request:B,onClose:()=>ie(null)})]})}function qt({count:e,limit:t}){return n(ue,{children:[ri(e,t),yo(e,t)&&n(ue,{children:[" ",n("span",{class:"badge tone-attention",children:"full"})]})]})}function So({workers:e,readAt:t}){return n(ue,{children:[n("h3",{id:"workers-title",children:"Workers"}),e.length===0?n(ct,{children:"No worker is running: integrations will wait in the queue."}):n("ul",{class:"worker-list","aria-labelledby":"workers-title",children:e.map(r=>n("li",{"data-worker":r.instance,children:[n("code",{children:r.instance})," ",n("span",{class:"muted small",children:["reported"," ",n("time",{dateTime:r.reportedAt,title:Re(r.reportedAt),children:wo(r.reportedAt,t)})]})]},r.instance))})]})}function Ao({bulkheads:e}){return n(ue,{children:[n("h3",{id:"bulkheads-title",children:"Bulkheads"}),e.length===0?n("p",{class:"muted",children:"No worker reports a bulkhead."}):n("div",{class:"table-scroll",children:n("table",{class:"numbers","aria-labelledby":"bulkheads-title",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Worker"}),n("th",{scope:"col",children:"Guards"}),n("th",{scope:"col",children:"In flight"}),n("th",{scope:"col",children:"Queued"}),n("th",{scope:"col",children:"Rejected"})]})}),n("tbody",{children:e.map(t=>n("tr",{"data-bulkhead":t.name,children:[n("td",{"data-label":"Worker",children:n("code",{children:t.instance})}),n("td",{"data-label":"Guards",children:n("code",{children:t.name})}),n("td",{"data-label":"In flight",children:n(qt,{count:t.inFlight,limit:t.concurrencyLimit})}),n("td",{"data-label":"Queued",children:n(qt,{count:t.queued,limit:t.queueLimit})}),n("td",{"data-label":"Rejected",children:Le(t.rejected)})]},`${t.instance}/${t.name}`))})]})})]})}function No({provider:e}){const t=bo(e.breaker);return n("li",{class:"provider","data-breaker":e.breaker,children:n("table",{class:"kv",children:[n("caption",{children:n("code",{children:e.name})}),n("tbody",{children:[n("tr",{children:[n("th",{scope:"row",children:"Worker"}),n("td",{children:n("code",{children:e.instance})})]}),n("tr",{children:[n("th",{scope:"row",children:"Breaker"}),n("td",{children:n("span",{class:`badge tone-${t.tone}`,title:t.help,"data-breaker":e.breaker,children:t.label})})]}),n("tr",{children:[n("th",{scope:"row",children:"Failures in a row"}),n("td",{children:ri(e.consecutiveFailures,e.failureThreshold)})]}),n("tr",{children:[n("th",{scope:"row",children:"Open period"}),n("td",{children:ii(e.openSeconds)})]}),n("tr",{children:[n("th",{scope:"row",children:"In flight"}),n("td",{children:n(qt,{count:e.inFlight,limit:e.concurrencyLimit})})]}),n("tr",{children:[n("th",{scope:"row",children:"Queued"}),n("td",{children:n(qt,{count:e.queued,limit:e.queueLimit})})]}),n("tr",{children:[n("th",{scope:"row",children:"Calls"}),n("td",{children:Le(e.calls)})]}),n("tr",{children:[n("th",{scope:"row",children:"Retries"}),n("td",{children:Le(e.retries)})]}),n("tr",{children:[n("th",{scope:"row",children:"Rejected"}),n("td",{children:Le(e.rejected)})]})]})]})})}function To({providers:e,workers:t}){return n(ue,{children:[n("h3",{id:"providers-title",children:"Providers"}),e.length===0?n("p",{class:"muted",children:t===0?"No worker reports its providers.":"No networked providers (the offline generator is in use)."}):n("ul",{class:"provider-list","aria-labelledby":"providers-title",children:e.map(r=>n(No,{provider:r},`${r.instance}/${r.name}`))})]})}function Ro(){const[e,t]=I(null),[r,i]=I(0),[s,o]=I(null),d=at(async()=>{try{const l=await Se(Ns);t(l.data?.systemStatus??null),i(Date.now()),o(null)}catch(l){o(l)}},[]);return re(()=>{d()},[d]),n("section",{class:"card","aria-labelledby":"status-title",children:[n("div",{class:"page-head",children:[n("h2",{id:"status-title",children:"System status"}),n("button",{type:"button",class:"button small",onClick:()=>{d()},children:"Refresh"})]}),n(_e,{error:s,onRetry:()=>{d()}}),e&&n("dl",{class:"pairs",children:[n("dt",{children:"Version"}),n("dd",{children:e.version}),n("dt",{children:"Database"}),n("dd",{children:[e.database.backend," ",n("span",{class:`badge tone-${e.database.ok?"good":"bad"}`,children:e.database.ok?"OK":"not answering"})]}),n("dt",{children:"Job queue"}),n("dd",{children:e.queue?`${e.queue.queued} queued, ${e.queue.running} running`:"cannot be read"})]}),e&&n(ue,{children:[n(So,{workers:e.workers,readAt:r}),n(Ao,{bulkheads:e.bulkheads}),n(To,{providers:e.providers,workers:e.workers.length})]})]})}function Co({user:e}){const t=Pn(e),r=fo(e),[i,s]=I(0);return zt(t?"Admin":"API keys"),n("div",{class:"admin",children:[n("h1",{children:t?"Admin":"API keys"}),t&&n(Ro,{}),t&&n(vo,{me:e,onInvited:()=>s(o=>o+1)}),r?n(Io,{me:e,reload:i}):n(ct,{children:["You signed in with a ",e.role.toLowerCase()," key: it cannot list, create or revoke API keys."]}),!t&&n(ct,{children:"Users, roles and the system status are for administrators."})]})}const Jt=["DRAFT","VALIDATING","GENERATING","TESTING","REVIEWING","DEPLOYING","ACTIVE","FAILED","DEPRECATED"],ko={DRAFT:"neutral",VALIDATING:"busy",GENERATING:"busy",TESTING:"busy",REVIEWING:"attention",DEPLOYING:"busy",ACTIVE:"good",FAILED:"bad",DEPRECATED:"muted"},xo={DRAFT:"Created; the pipeline has not started",VALIDATING:"The request is checked against its kind",GENERATING:"The generator writes the code and its tests",TESTING:"The generated tests run in the sandbox",REVIEWING:"A pull request waits for a review",DEPLOYING:"The reviewed code is being deployed",ACTIVE:"Deployed and running",FAILED:"Failed, rejected or cancelled; finished steps were undone",DEPRECATED:"Taken out of service"};function $o(e){return Jt.includes(e)}function si(e){return e.charAt(0)+e.slice(1).toLowerCase()}function Oo(){return{total:0,byState:Object.fromEntries(Jt.map(e=>[e,0]))}}function Do(e){const t=Oo();if(!e)return t;t.total=e.all?.totalCount??0;for(const r of Jt)t.byState[r]=e[r]?.totalCount??0;return t}function Lo(e,t,r){if(t===r)return e;const i={...e.byState};let s=e.total;return t?i[t]=Math.max(0,i[t]-1):s+=1,i[r]+=1,{total:s,byState:i}}function Un({state:e}){return n("span",{class:`badge tone-${ko[e]}`,title:xo[e],"data-state":e,children:si(e)})}function Mo({status:e}){return n("span",{class:`badge tone-${e==="SUCCEEDED"?"good":e==="FAILED"?"bad":e==="RUNNING"?"busy":e==="COMPENSATED"?"muted":"neutral"}`,children:e.charAt(0)+e.slice(1).toLowerCase()})}function Fn(){return{path:window.location.pathname,search:new URLSearchParams(window.location.search)}}const qn=Dn(Fn());window.addEventListener("popstate",()=>qn.set(Fn()));function Fe(e,t={}){const r=window.location.pathname+window.location.search;e!==r&&(t.replace?window.history.replaceState(null,"",e):window.history.pushState(null,"",e),qn.set(Fn()),t.replace||window.scrollTo(0,0))}function Qt(){return Vt(qn)}function Po(e,t){const r=e.split("/").filter(Boolean),i=t.split("/").filter(Boolean);if(r.length!==i.length)return null;const s={};for(let o=0;o<r.length;o+=1){const d=r[o],l=i[o];if(d.startsWith(":"))try{s[d.slice(1)]=decodeURIComponent(l)}catch{return null}else if(d!==l)return null}return s}function ke({href:e,onClick:t,...r}){return n("a",{href:e,onClick:i=>{t&&t(i),!(i.defaultPrevented||i.button!==0||i.metaKey||i.ctrlKey||i.shiftKey||i.altKey)&&(i.preventDefault(),Fe(e))},...r})}const Sr=25;function Ar(e){return{states:(e.get("state")??"").split(",").filter($o),owner:e.get("owner")??"",text:e.get("q")??""}}function un(e){const t=new URLSearchParams;e.states.length>0&&t.set("state",e.states.join(",")),e.owner&&t.set("owner",e.owner),e.text&&t.set("q",e.text);const r=t.toString();return r?`/?${r}`:"/"}function Nr(e,t){return e?e==="me"?t.id:e:null}function Bo({user:e}){zt("Integrations");const t=Qt(),r=Ar(t.search),i=`${r.states.join(",")}|${r.owner}|${r.text}`,[s,o]=I(null),[d,l]=I(0),[f,u]=I(null),[m,b]=I(null),[c,g]=I(null),[_,w]=I(null),[C,S]=I(!1),[E,B]=I(r.text),[ie,W]=I([]),K=rt(s);K.current=s;const ge=()=>{const h={};r.states.length>0&&(h.states=r.states);const A=Nr(r.owner,e);return A&&(h.owner=A),r.text&&(h.text=r.text),h},R=at(async()=>{try{const h=await Se(Es,{owner:Nr(r.owner,e),text:r.text||null});b(Do(h.data))}catch(h){g(h)}},[i]),ee=at(async()=>{const h=Math.min(100,Math.max(Sr,K.current?.length??0));try{const x=(await Se(br,{first:h,after:null,filter:ge()})).data.integrations;o(x.nodes),l(x.totalCount),u(x.pageInfo.hasNextPage?x.pageInfo.endCursor??null:null),g(null)}catch(A){g(A)}},[i]),Y=Dt(()=>{ee()},300),he=Dt(()=>{R()},300);re(()=>{o(null),K.current=null,ee(),R()},[ee,R]),re(()=>{Pn(e)&&Se(Vr,{first:100,after:null}).then(h=>W(h.data?.users?.nodes??[]),()=>W([]))},[e]),re(()=>Mn({document:zr,variables:()=>({}),onData:({integrationUpdated:h})=>{const A=K.current,x=A?A.findIndex(q=>q.id===h.id):-1;if(A&&x>=0){const q=A[x];if(q.version>h.version)return;const j=[...A];j[x]=h,K.current=j,o(j),q.state!==h.state&&b(U=>U&&Lo(U,q.state,h.state))}else Y();he()},onResume:()=>{Y(),he()},onError:w}),[Y,he]);const qe=Dt(()=>{const h=Ar(new URLSearchParams(window.location.search));h.text!==E.trim()&&Fe(un({...h,text:E.trim()}),{replace:!0})},350);re(()=>{r.text!==E.trim()&&B(r.text)},[r.text]);const Ae=h=>{const A=h===null?[]:r.states.includes(h)?r.states.filter(x=>x!==h):[...r.states,h];Fe(un({...r,states:A}))},D=async()=>{if(f){S(!0);try{const A=(await Se(br,{first:Sr,after:f,filter:ge()})).data.integrations,x=new Set((K.current??[]).map(j=>j.id)),q=[...K.current??[],...A.nodes.filter(j=>!x.has(j.id))];K.current=q,o(q),l(A.totalCount),u(A.pageInfo.hasNextPage?A.pageInfo.endCursor??null:null)}catch(h){g(h)}finally{S(!1)}}};return n("section",{"aria-labelledby":"board-title",children:[n("div",{class:"page-head",children:[n("h1",{id:"board-title",children:"Integrations"}),Ut(e)&&n(ke,{class:"button primary",href:"/integrations/new",children:"New integration"})]}),n("div",{class:"filters",role:"search",children:[n("div",{class:"chips",role:"group","aria-label":"Filter by state",children:[n("button",{type:"button",class:"chip","aria-pressed":r.states.length===0,onClick:()=>Ae(null),children:["All ",n("span",{class:"count",children:m?m.total:"…"})]}),Jt.map(h=>n("button",{type:"button",class:`chip chip-${h.toLowerCase()}`,"aria-pressed":r.states.includes(h),"data-state-count":h,onClick:()=>Ae(h),children:[si(h)," ",n("span",{class:"count",children:m?m.byState[h]:"…"})]},h))]}),n("div",{class:"filter-row",children:[n("div",{class:"field inline",children:[n("label",{for:"board-search",children:"Search"}),n("input",{id:"board-search",type:"search",value:E,placeholder:"Name or description",onInput:h=>{B(h.currentTarget.value),qe()}})]}),n("div",{class:"field inline",children:[n("label",{for:"board-owner",children:"Owner"}),n("select",{id:"board-owner",value:r.owner,onChange:h=>Fe(un({...r,owner:h.currentTarget.value})),children:[n("option",{value:"",children:"Anyone"}),n("option",{value:"me",children:"Me"}),ie.filter(h=>h.id!==e.id).map(h=>n("option",{value:h.id,children:h.name},h.id))]})]})]})]}),n(_e,{error:c,onRetry:()=>{ee()}}),n(_e,{error:_}),s===null?!c&&n(Ke,{what:"integrations"}):s.length===0?n("p",{class:"empty",children:["No integration matches. ",Ut(e)&&n(ke,{href:"/integrations/new",children:"Create one."})]}):n(ue,{children:[n("table",{class:"board",children:[n("caption",{class:"visually-hidden",children:"Integrations, newest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Kind"}),n("th",{scope:"col",children:"State"}),n("th",{scope:"col",children:"Owner"}),n("th",{scope:"col",children:"Updated"})]})}),n("tbody",{children:s.map(h=>n("tr",{"data-integration":h.id,children:[n("td",{"data-label":"Name",children:[n(ke,{href:`/integrations/${encodeURIComponent(h.id)}`,class:"name",children:h.name}),h.description&&n("div",{class:"muted small",children:h.description})]}),n("td",{"data-label":"Kind",children:n("code",{children:h.kind})}),n("td",{"data-label":"State",children:n(Un,{state:h.state})}),n("td",{"data-label":"Owner",children:h.owner?h.owner.id===e.id?"You":h.owner.name:"—"}),n("td",{"data-label":"Updated",children:n("time",{dateTime:h.updatedAt,children:Re(h.updatedAt)})})]},h.id))})]}),n("p",{class:"muted small","aria-live":"polite",children:["Showing ",s.length," of ",d]}),f&&n("button",{type:"button",class:"button",onClick:D,disabled:C,children:C?"Loading…":"Load more"})]})]})}function Tr(e){if(e.trim()==="")return{ok:!1,issue:{path:"",message:"Enter the configuration as a JSON object."}};let t;try{t=JSON.parse(e)}catch(r){return{ok:!1,issue:{path:"",message:`Not valid JSON: ${r instanceof Error?r.message:"not valid JSON"}`}}}return!t||typeof t!="object"||Array.isArray(t)?{ok:!1,issue:{path:"",message:"The configuration must be a JSON object ({ … })."}}:{ok:!0,value:t}}function pt(e){return e&&typeof e=="object"&&!Array.isArray(e)?e:void 0}function Uo(e){return e===null?"null":Array.isArray(e)?"array":typeof e=="number"?Number.isInteger(e)?"integer":"number":typeof e}function Fo(e,t){const r=Uo(e);return r===t||t==="number"&&r==="integer"}function In(e,t,r=""){const i=pt(t);if(!i)return[];const s=[],o=l=>r?`${r}.${l}`:String(l),d=Array.isArray(i.type)?i.type:typeof i.type=="string"?[i.type]:[];if(d.length>0&&!d.some(l=>Fo(e,l)))return[{path:r,message:`must be ${d.map(l=>l==="integer"?"a whole number":`a${/^[aeiou]/.test(l)?"n":""} ${l}`).join(" or ")}`}];if(Array.isArray(i.enum)&&!i.enum.some(l=>JSON.stringify(l)===JSON.stringify(e))&&s.push({path:r,message:`must be one of ${i.enum.map(l=>JSON.stringify(l)).join(", ")}`}),typeof e=="string"&&(typeof i.minLength=="number"&&[...e].length<i.minLength&&s.push({path:r,message:`must be at least ${i.minLength} characters`}),typeof i.maxLength=="number"&&[...e].length>i.maxLength&&s.push({path:r,message:`must be at most ${i.maxLength} characters`}),typeof i.pattern=="string"))try{new RegExp(i.pattern,"u").test(e)||s.push({path:r,message:`must match ${i.pattern}`})}catch{}if(typeof e=="number"&&(typeof i.minimum=="number"&&e<i.minimum&&s.push({path:r,message:`must be at least ${i.minimum}`}),typeof i.maximum=="number"&&e>i.maximum&&s.push({path:r,message:`must be at most ${i.maximum}`})),Array.isArray(e)&&i.items&&e.forEach((l,f)=>s.push(...In(l,i.items,o(f)))),e&&typeof e=="object"&&!Array.isArray(e)){const l=e,f=pt(i.properties)??{};for(const u of Array.isArray(i.required)?i.required:[])u in l||s.push({path:o(u),message:"is required"});for(const[u,m]of Object.entries(l))u in f?s.push(...In(m,f[u],o(u))):i.additionalProperties===!1&&s.push({path:o(u),message:"is not a field of this kind"})}return s}function qo(e){const t=pt(e),r=pt(t?.properties)??{},i=Array.isArray(t?.required)?t.required:[];return Object.entries(r).map(([s,o])=>{const d=pt(o)??{};return{name:s,type:Array.isArray(d.type)?d.type.join(" | "):String(d.type??"any"),description:typeof d.description=="string"?d.description:"",required:i.includes(s),secret:d.writeOnly===!0,defaultValue:d.default}})}const Rr=["kind","name","description","prompt","config"];function hn(e){return JSON.stringify(e??{},null,2)}function ht({id:e,messages:t}){return!t||t.length===0?null:n("ul",{id:e,class:"field-error",role:"alert",children:t.map(r=>n("li",{children:r},r))})}function Go({user:e}){zt("New integration");const[t,r]=I(null),[i,s]=I(null),[o,d]=I(""),[l,f]=I(""),[u,m]=I(""),[b,c]=I(""),[g,_]=I("{}"),[w,C]=I(!1),[S,E]=I({}),[B,ie]=I(null),[W,K]=I(!1),ge=()=>{s(null),Se(vs).then(h=>{const A=h.data?.integrationKinds??[];r(A);const x=A[0];x&&!o&&(d(x.name),_(hn(x.exampleConfig)))},h=>s(h))};re(ge,[]);const R=t?.find(h=>h.name===o),ee=mt(()=>qo(R?.configSchema),[R]),Y=mt(()=>{const h=Tr(g);return h.ok?R?In(h.value,R.configSchema):[]:[h.issue]},[g,R]);if(!Ut(e))return n(ct,{children:["Your role (",e.role,") may read integrations but not create them."]});const he=h=>{d(h);const A=t?.find(x=>x.name===h);A&&!w&&_(hn(A.exampleConfig)),E(x=>({...x,kind:[],config:[]}))},qe=async h=>{h.preventDefault(),ie(null);const A=Tr(g);if(!A.ok){E({config:[A.issue.message]}),document.getElementById("config")?.focus();return}K(!0);try{const x=await Ee(os,{input:{kind:o,name:l,description:u.trim()===""?null:u,prompt:b,config:A.value}});Fe(`/integrations/${encodeURIComponent(x.createIntegration.id)}`)}catch(x){const q=x instanceof Ie?x.errors:[],j=_n(q);E(j);const U=Us(q,Rr);U.length>0?ie(Qe(U)):q.length===0&&ie(x);const ye=Rr.find($e=>j[$e]?.length);ye&&document.getElementById(ye)?.focus()}finally{K(!1)}},Ae=(h,A)=>[A,S[h]?.length?`${h}-error`:""].filter(Boolean).join(" ")||void 0,D=h=>S[h]?.length?"true":void 0;return n("section",{"aria-labelledby":"create-title",class:"create",children:[n("div",{class:"page-head",children:[n("h1",{id:"create-title",children:"New integration"}),n(ke,{href:"/",children:"Back to the board"})]}),n(_e,{error:i,onRetry:ge}),t===null?!i&&n(Ke,{what:"integration kinds"}):n("form",{class:"form card",onSubmit:qe,noValidate:!0,children:[n(_e,{error:B}),n("fieldset",{class:"field",children:[n("legend",{children:"Kind"}),n("div",{class:"kinds",children:t.map(h=>n("label",{class:`kind-option${h.name===o?" selected":""}`,children:[n("input",{type:"radio",name:"kind",id:h.name===o?"kind":void 0,value:h.name,checked:h.name===o,onChange:()=>he(h.name)}),n("span",{children:[n("strong",{children:n("code",{children:h.name})}),n("small",{class:"help",children:h.description})]})]},h.name))}),n(ht,{id:"kind-error",messages:S.kind})]}),n("div",{class:"field",children:[n("label",{for:"name",children:"Name"}),n("input",{id:"name",value:l,maxLength:100,required:!0,"aria-invalid":D("name"),"aria-describedby":Ae("name"),onInput:h=>f(h.currentTarget.value)})]}),n(ht,{id:"name-error",messages:S.name}),n("div",{class:"field",children:[n("label",{for:"description",children:["Description ",n("small",{class:"muted",children:"(optional)"})]}),n("input",{id:"description",value:u,"aria-invalid":D("description"),"aria-describedby":Ae("description"),onInput:h=>m(h.currentTarget.value)})]}),n(ht,{id:"description-error",messages:S.description}),n("div",{class:"field",children:[n("label",{for:"prompt",children:"Prompt"}),n("textarea",{id:"prompt",rows:5,value:b,required:!0,placeholder:"What the integration must do","aria-invalid":D("prompt"),"aria-describedby":Ae("prompt","prompt-help"),onInput:h=>c(h.currentTarget.value)}),n("small",{id:"prompt-help",class:"help",children:"Sent to the code generator as the integration's requirements."})]}),n(ht,{id:"prompt-error",messages:S.prompt}),n("div",{class:"config-editor",children:[n("div",{class:"field",children:[n("label",{for:"config",children:"Configuration (JSON)"}),n("textarea",{id:"config",class:"mono",rows:12,spellcheck:!1,value:g,"aria-invalid":D("config")??(Y.length>0?"true":void 0),"aria-describedby":Ae("config","config-check"),onInput:h=>{_(h.currentTarget.value),C(!0)}})]}),n("div",{id:"config-check",class:Y.length>0?"config-issues":"config-ok","aria-live":"polite",children:Y.length===0?n("span",{children:["✓ Matches the ",o," schema"]}):n("ul",{children:Y.map(h=>n("li",{children:[h.path?n("code",{children:h.path}):"Configuration"," ",h.message]},`${h.path}:${h.message}`))})}),n(ht,{id:"config-error",messages:S.config}),R&&n("details",{class:"schema-help",children:[n("summary",{children:["Fields of ",R.name]}),n("dl",{children:ee.map(h=>n("div",{children:[n("dt",{children:[n("code",{children:h.name})," ",n("small",{class:"muted",children:h.type}),h.required&&n("small",{class:"tag",children:"required"}),h.secret&&n("small",{class:"tag",children:"secret"})]}),n("dd",{children:[h.description,h.defaultValue!==void 0&&n(ue,{children:[" (default ",JSON.stringify(h.defaultValue),")"]})]})]},h.name))}),n("button",{type:"button",class:"button small",onClick:()=>{_(hn(R.exampleConfig)),C(!1)},children:"Use the example"})]})]}),n("div",{class:"form-actions",children:n("button",{type:"submit",class:"button primary",disabled:W,children:W?"Creating…":"Create and start the pipeline"})})]})]})}function Ho(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var fn,Cr;function Wo(){if(Cr)return fn;Cr=1;function e(a){return a instanceof Map?a.clear=a.delete=a.set=function(){throw new Error("map is read-only")}:a instanceof Set&&(a.add=a.clear=a.delete=function(){throw new Error("set is read-only")}),Object.freeze(a),Object.getOwnPropertyNames(a).forEach(p=>{const v=a[p],M=typeof v;(M==="object"||M==="function")&&!Object.isFrozen(v)&&e(v)}),a}class t{constructor(p){p.data===void 0&&(p.data={}),this.data=p.data,this.isMatchIgnored=!1}ignoreMatch(){this.isMatchIgnored=!0}}function r(a){return a.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&#x27;")}function i(a,...p){const v=Object.create(null);for(const M in a)v[M]=a[M];return p.forEach(function(M){for(const se in M)v[se]=M[se]}),v}const s="</span>",o=a=>!!a.scope,d=(a,{prefix:p})=>{if(a.startsWith("language:"))return a.replace("language:","language-");if(a.includes(".")){const v=a.split(".");return[`${p}${v.shift()}`,...v.map((M,se)=>`${M}${"_".repeat(se+1)}`)].join(" ")}return`${p}${a}`};class l{constructor(p,v){this.buffer="",this.classPrefix=v.classPrefix,p.walk(this)}addText(p){this.buffer+=r(p)}openNode(p){if(!o(p))return;const v=d(p.scope,{prefix:this.classPrefix});this.span(v)}closeNode(p){o(p)&&(this.buffer+=s)}value(){return this.buffer}span(p){this.buffer+=`<span class="${p}">`}}const f=(a={})=>{const p={children:[]};return Object.assign(p,a),p};class u{constructor(){this.rootNode=f(),this.stack=[this.rootNode]}get top(){return this.stack[this.stack.length-1]}get root(){return this.rootNode}add(p){this.top.children.push(p)}openNode(p){const v=f({scope:p});this.add(v),this.stack.push(v)}closeNode(){if(this.stack.length>1)return this.stack.pop()}closeAllNodes(){for(;this.closeNode(););}toJSON(){return JSON.stringify(this.rootNode,null,4)}walk(p){return this.constructor._walk(p,this.rootNode)}static _walk(p,v){return typeof v=="string"?p.addText(v):v.children&&(p.openNode(v),v.children.forEach(M=>this._walk(p,M)),p.closeNode(v)),p}static _collapse(p){typeof p!="string"&&p.children&&(p.children.every(v=>typeof v=="string")?p.children=[p.children.join("")]:p.children.forEach(v=>{u._collapse(v)}))}}class m extends u{constructor(p){super(),this.options=p}addText(p){p!==""&&this.add(p)}startScope(p){this.openNode(p)}endScope(){this.closeNode()}__addSublanguage(p,v){const M=p.root;v&&(M.scope=`language:${v}`),this.add(M)}toHTML(){return new l(this,this.options).value()}finalize(){return this.closeAllNodes(),!0}}function b(a){return a?typeof a=="string"?a:a.source:null}function c(a){return w("(?=",a,")")}function g(a){return w("(?:",a,")*")}function _(a){return w("(?:",a,")?")}function w(...a){return a.map(v=>b(v)).join("")}function C(a){const p=a[a.length-1];return typeof p=="object"&&p.constructor===Object?(a.splice(a.length-1,1),p):{}}function S(...a){return"("+(C(a).capture?"":"?:")+a.map(M=>b(M)).join("|")+")"}function E(a){return new RegExp(a.toString()+"|").exec("").length-1}function B(a,p){const v=a&&a.exec(p);return v&&v.index===0}const ie=new RegExp(S(/\[(?:[^\\\]]|\\.)*\]/,/\(\?<(?![=!])[^>]+>/,/\(\?'[^']+'/,/\(\??/,/\\([1-9][0-9]*)/,/\\./));function W(a,{joinWith:p}){let v=0;return a.map(M=>{v+=1;const se=v;let oe=b(M),k="";for(;oe.length>0;){const T=ie.exec(oe);if(!T){k+=oe;break}k+=oe.substring(0,T.index),oe=oe.substring(T.index+T[0].length),T[0][0]==="\\"&&T[1]?k+="\\"+String(Number(T[1])+se):(k+=T[0],(T[0]==="("||/^\(\?[<']/.test(T[0]))&&v++)}return k}).map(M=>`(${M})`).join(p)}const K=/\b\B/,ge="[a-zA-Z]\\w*",R="[a-zA-Z_]\\w*",ee="\\b\\d+(\\.\\d+)?",Y="(-?)(\\b0[xX][a-fA-F0-9]+|(\\b\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?)",he="\\b(0b[01]+)",qe="!|!=|!==|%|%=|&|&&|&=|\\*|\\*=|\\+|\\+=|,|-|-=|/=|/|:|;|<<|<<=|<=|<|===|==|=|>>>=|>>=|>=|>>>|>>|>|\\?|\\[|\\{|\\(|\\^|\\^=|\\||\\|=|\\|\\||~",Ae=(a={})=>{const p=/^#![ ]*\//;return a.binary&&(a.begin=w(p,/.*\b/,a.binary,/\b.*/)),i({scope:"meta",begin:p,end:/$/,relevance:0,"on:begin":(v,M)=>{v.index!==0&&M.ignoreMatch()}},a)},D={begin:"\\\\[\\s\\S]",relevance:0},h={scope:"string",begin:"'",end:"'",illegal:"\\n",contains:[D]},A={scope:"string",begin:'"',end:'"',illegal:"\\n",contains:[D]},x={begin:/\b(a|an|the|are|I'm|isn't|don't|doesn't|won't|but|just|should|pretty|simply|enough|gonna|going|wtf|so|such|will|you|your|they|like|more)\b/},q=function(a,p,v={}){const M=i({scope:"comment",begin:a,end:p,contains:[]},v);M.contains.push({scope:"doctag",begin:"[ ]*(?=(TODO|FIXME|NOTE|BUG|OPTIMIZE|HACK|XXX):)",end:/(TODO|FIXME|NOTE|BUG|OPTIMIZE|HACK|XXX):/,excludeBegin:!0,relevance:0});const se=S("I","a","is","so","us","to","at","if","in","it","on",/[A-Za-z]+['](d|ve|re|ll|t|s|n)/,/[A-Za-z]+[-][a-z]+/,/[A-Za-z][a-z]{2,}/);return M.contains.push({begin:w(/[ ]+/,"(",se,/[.]?[:]?([.][ ]|[ ])/,"){3}")}),M},j=q("//","$"),U=q("/\\*","\\*/"),ye=q("#","$"),$e={scope:"number",begin:ee,relevance:0},et={scope:"number",begin:Y,relevance:0},Ge={scope:"number",begin:he,relevance:0},fe={scope:"regexp",begin:/\/(?=[^/\n]*\/)/,end:/\/[gimuy]*/,contains:[D,{begin:/\[/,end:/\]/,relevance:0,contains:[D]}]},le={scope:"title",begin:ge,relevance:0},_t={scope:"title",begin:R,relevance:0},Gn={begin:"\\.\\s*"+R,relevance:0};var bt=Object.freeze({__proto__:null,APOS_STRING_MODE:h,BACKSLASH_ESCAPE:D,BINARY_NUMBER_MODE:Ge,BINARY_NUMBER_RE:he,COMMENT:q,C_BLOCK_COMMENT_MODE:U,C_LINE_COMMENT_MODE:j,C_NUMBER_MODE:et,C_NUMBER_RE:Y,END_SAME_AS_BEGIN:function(a){return Object.assign(a,{"on:begin":(p,v)=>{v.data._beginMatch=p[1]},"on:end":(p,v)=>{v.data._beginMatch!==p[1]&&v.ignoreMatch()}})},HASH_COMMENT_MODE:ye,IDENT_RE:ge,MATCH_NOTHING_RE:K,METHOD_GUARD:Gn,NUMBER_MODE:$e,NUMBER_RE:ee,PHRASAL_WORDS_MODE:x,QUOTE_STRING_MODE:A,REGEXP_MODE:fe,RE_STARTERS_RE:qe,SHEBANG:Ae,TITLE_MODE:le,UNDERSCORE_IDENT_RE:R,UNDERSCORE_TITLE_MODE:_t});function li(a,p){a.input[a.index-1]==="."&&p.ignoreMatch()}function di(a,p){a.className!==void 0&&(a.scope=a.className,delete a.className)}function ui(a,p){p&&a.beginKeywords&&(a.begin="\\b("+a.beginKeywords.split(" ").join("|")+")(?!\\.)(?=\\b|\\s)",a.__beforeBegin=li,a.keywords=a.keywords||a.beginKeywords,delete a.beginKeywords,a.relevance===void 0&&(a.relevance=0))}function hi(a,p){Array.isArray(a.illegal)&&(a.illegal=S(...a.illegal))}function fi(a,p){if(a.match){if(a.begin||a.end)throw new Error("begin & end are not supported with match");a.begin=a.match,delete a.match}}function pi(a,p){a.relevance===void 0&&(a.relevance=1)}const gi=(a,p)=>{if(!a.beforeMatch)return;if(a.starts)throw new Error("beforeMatch cannot be used with starts");const v=Object.assign({},a);Object.keys(a).forEach(M=>{delete a[M]}),a.keywords=v.keywords,a.begin=w(v.beforeMatch,c(v.begin)),a.starts={relevance:0,contains:[Object.assign(v,{endsParent:!0})]},a.relevance=0,delete v.beforeMatch},mi=["of","and","for","in","not","or","if","then","parent","list","value"],_i="keyword";function Wn(a,p,v=_i){const M=Object.create(null);return typeof a=="string"?se(v,a.split(" ")):Array.isArray(a)?se(v,a):Object.keys(a).forEach(function(oe){Object.assign(M,Wn(a[oe],p,oe))}),M;function se(oe,k){p&&(k=k.map(T=>T.toLowerCase())),k.forEach(function(T){const L=T.split("|");M[L[0]]=[oe,bi(L[0],L[1])]})}}function bi(a,p){return p?Number(p):yi(a)?0:1}function yi(a){return mi.includes(a.toLowerCase())}const jn={},Ve=a=>{console.error(a)},Kn=(a,...p)=>{console.log(`WARN: ${a}`,...p)},tt=(a,p)=>{jn[`${a}/${p}`]||(console.log(`Deprecated as of ${a}. ${p}`),jn[`${a}/${p}`]=!0)},yt=new Error;function Vn(a,p,{key:v}){let M=0;const se=a[v],oe={},k={};for(let T=1;T<=p.length;T++)k[T+M]=se[T],oe[T+M]=!0,M+=E(p[T-1]);a[v]=k,a[v]._emit=oe,a[v]._multi=!0}function wi(a){if(Array.isArray(a.begin)){if(a.skip||a.excludeBegin||a.returnBegin)throw Ve("skip, excludeBegin, returnBegin not compatible with beginScope: {}"),yt;if(typeof a.beginScope!="object"||a.beginScope===null)throw Ve("beginScope must be object"),yt;Vn(a,a.begin,{key:"beginScope"}),a.begin=W(a.begin,{joinWith:""})}}function Ei(a){if(Array.isArray(a.end)){if(a.skip||a.excludeEnd||a.returnEnd)throw Ve("skip, excludeEnd, returnEnd not compatible with endScope: {}"),yt;if(typeof a.endScope!="object"||a.endScope===null)throw Ve("endScope must be object"),yt;Vn(a,a.end,{key:"endScope"}),a.end=W(a.end,{joinWith:""})}}function vi(a){a.scope&&typeof a.scope=="object"&&a.scope!==null&&(a.beginScope=a.scope,delete a.scope)}function Ii(a){vi(a),typeof a.beginScope=="string"&&(a.beginScope={_wrap:a.beginScope}),typeof a.endScope=="string"&&(a.endScope={_wrap:a.endScope}),wi(a),Ei(a)}function Si(a){function p(k,T){return new RegExp(b(k),"m"+(a.case_insensitive?"i":"")+(a.unicodeRegex?"u":"")+(T?"g":""))}class v{constructor(){this.matchIndexes={},this.regexes=[],this.matchAt=1,this.position=0}addRule(T,L){L.position=this.position++,this.matchIndexes[this.matchAt]=L,this.regexes.push([L,T]),this.matchAt+=E(T)+1}compile(){this.regexes.length===0&&(this.exec=()=>null);const T=this.regexes.map(L=>L[1]);this.matcherRe=p(W(T,{joinWith:"|"}),!0),this.lastIndex=0}exec(T){this.matcherRe.lastIndex=this.lastIndex;const L=this.matcherRe.exec(T);if(!L)return null;const pe=L.findIndex((dt,en)=>en>0&&dt!==void 0),ae=this.matchIndexes[pe];return L.splice(0,pe),Object.assign(L,ae)}}class M{constructor(){this.rules=[],this.multiRegexes=[],this.count=0,this.lastIndex=0,this.regexIndex=0}getMatcher(T){if(this.multiRegexes[T])return this.multiRegexes[T];const L=new v;return this.rules.slice(T).forEach(([pe,ae])=>L.addRule(pe,ae)),L.compile(),this.multiRegexes[T]=L,L}resumingScanAtSamePosition(){return this.regexIndex!==0}considerAll(){this.regexIndex=0}addRule(T,L){this.rules.push([T,L]),L.type==="begin"&&this.count++}exec(T){const L=this.getMatcher(this.regexIndex);L.lastIndex=this.lastIndex;let pe=L.exec(T);if(this.resumingScanAtSamePosition()&&!(pe&&pe.index===this.lastIndex)){const ae=this.getMatcher(0);ae.lastIndex=this.lastIndex+1,pe=ae.exec(T)}return pe&&(this.regexIndex+=pe.position+1,this.regexIndex===this.count&&this.considerAll()),pe}}function se(k){const T=new M;return k.contains.forEach(L=>T.addRule(L.begin,{rule:L,type:"begin"})),k.terminatorEnd&&T.addRule(k.terminatorEnd,{type:"end"}),k.illegal&&T.addRule(k.illegal,{type:"illegal"}),T}function oe(k,T){const L=k;if(k.isCompiled)return L;[di,fi,Ii,gi].forEach(ae=>ae(k,T)),a.compilerExtensions.forEach(ae=>ae(k,T)),k.__beforeBegin=null,[ui,hi,pi].forEach(ae=>ae(k,T)),k.isCompiled=!0;let pe=null;return typeof k.keywords=="object"&&k.keywords.$pattern&&(k.keywords=Object.assign({},k.keywords),pe=k.keywords.$pattern,delete k.keywords.$pattern),pe=pe||/\w+/,k.keywords&&(k.keywords=Wn(k.keywords,a.case_insensitive)),L.keywordPatternRe=p(pe,!0),T&&(k.begin||(k.begin=/\B|\b/),L.beginRe=p(L.begin),!k.end&&!k.endsWithParent&&(k.end=/\B|\b/),k.end&&(L.endRe=p(L.end)),L.terminatorEnd=b(L.end)||"",k.endsWithParent&&T.terminatorEnd&&(L.terminatorEnd+=(k.end?"|":"")+T.terminatorEnd)),k.illegal&&(L.illegalRe=p(k.illegal)),k.contains||(k.contains=[]),k.contains=[].concat(...k.contains.map(function(ae){return Ai(ae==="self"?k:ae)})),k.contains.forEach(function(ae){oe(ae,L)}),k.starts&&oe(k.starts,T),L.matcher=se(L),L}if(a.compilerExtensions||(a.compilerExtensions=[]),a.contains&&a.contains.includes("self"))throw new Error("ERR: contains `self` is not supported at the top-level of a language.  See documentation.");return a.classNameAliases=i(a.classNameAliases||{}),oe(a)}function zn(a){return a?a.endsWithParent||zn(a.starts):!1}function Ai(a){return a.variants&&!a.cachedVariants&&(a.cachedVariants=a.variants.map(function(p){return i(a,{variants:null},p)})),a.cachedVariants?a.cachedVariants:zn(a)?i(a,{starts:a.starts?i(a.starts):null}):Object.isFrozen(a)?i(a):a}var Ni="11.12.0";class Ti extends Error{constructor(p,v){super(p),this.name="HTMLInjectionError",this.html=v}}const Zt=r,Yn=i,Jn=Symbol("nomatch"),Ri=7,Qn=function(a){const p=Object.create(null),v=Object.create(null),M=[];let se=!0;const oe="Could not find the language '{}', did you forget to load/include a language module?",k={disableAutodetect:!0,name:"Plain text",contains:[]};let T={ignoreUnescapedHTML:!1,throwUnescapedHTML:!1,noHighlightRe:/^(no-?highlight)$/i,languageDetectRe:/\blang(?:uage)?-([\w-]+)\b/i,classPrefix:"hljs-",cssSelector:"pre code",languages:null,__emitter:m};function L(y){return T.noHighlightRe.test(y)}function pe(y){let O=y.className+" ";O+=y.parentNode?y.parentNode.className:"";const G=T.languageDetectRe.exec(O);if(G){const Q=He(G[1]);return Q||(Kn(oe.replace("{}",G[1])),Kn("Falling back to no-highlight mode for this block.",y)),Q?G[1]:"no-highlight"}return O.split(/\s+/).find(Q=>L(Q)||He(Q))}function ae(y,O,G){let Q="",de="";typeof O=="object"?(Q=y,G=O.ignoreIllegals,de=O.language):(tt("10.7.0","highlight(lang, code, ...args) has been deprecated."),tt("10.7.0",`Please use highlight(code, options) instead.
https://github.com/highlightjs/highlight.js/issues/2277`),de=y,Q=O),G===void 0&&(G=!0);const Ce={code:Q,language:de};Et("before:highlight",Ce);const We=Ce.result?Ce.result:dt(Ce.language,Ce.code,G);return We.code=Ce.code,Et("after:highlight",We),We}function dt(y,O,G,Q){const de=Object.create(null);function Ce(N,$){return N.keywords[$]}function We(){if(!P.keywords){me.addText(X);return}let N=0;P.keywordPatternRe.lastIndex=0;let $=P.keywordPatternRe.exec(X),F="";for(;$;){F+=X.substring(N,$.index);const z=De.case_insensitive?$[0].toLowerCase():$[0],be=Ce(P,z);if(be){const[Me,ji]=be;if(me.addText(F),F="",de[z]=(de[z]||0)+1,de[z]<=Ri&&(St+=ji),Me.startsWith("_"))F+=$[0];else{const Ki=De.classNameAliases[Me]||Me;Oe($[0],Ki)}}else F+=$[0];N=P.keywordPatternRe.lastIndex,$=P.keywordPatternRe.exec(X)}F+=X.substring(N),me.addText(F)}function vt(){if(X==="")return;let N=null;if(typeof P.subLanguage=="string"){if(!p[P.subLanguage]){me.addText(X);return}N=dt(P.subLanguage,X,!0,sr[P.subLanguage]),sr[P.subLanguage]=N._top}else N=tn(X,P.subLanguage.length?P.subLanguage:null);P.relevance>0&&(St+=N.relevance),me.__addSublanguage(N._emitter,N.language)}function ve(){P.subLanguage!=null?vt():We(),X=""}function Oe(N,$){N!==""&&(me.startScope($),me.addText(N),me.endScope())}function tr(N,$){let F=1;const z=$.length-1;for(;F<=z;){if(!N._emit[F]){F++;continue}const be=De.classNameAliases[N[F]]||N[F],Me=$[F];be?Oe(Me,be):(X=Me,We(),X=""),F++}}function nr(N,$){return N.scope&&typeof N.scope=="string"&&me.openNode(De.classNameAliases[N.scope]||N.scope),N.beginScope&&(N.beginScope._wrap?(Oe(X,De.classNameAliases[N.beginScope._wrap]||N.beginScope._wrap),X=""):N.beginScope._multi&&(tr(N.beginScope,$),X="")),P=Object.create(N,{parent:{value:P}}),P}function rr(N,$,F){let z=B(N.endRe,F);if(z){if(N["on:end"]){const be=new t(N);N["on:end"]($,be),be.isMatchIgnored&&(z=!1)}if(z){for(;N.endsParent&&N.parent;)N=N.parent;return N}}if(N.endsWithParent)return rr(N.parent,$,F)}function Fi(N){return P.matcher.regexIndex===0?(X+=N[0],1):(on=!0,0)}function qi(N){const $=N[0],F=N.rule,z=new t(F),be=[F.__beforeBegin,F["on:begin"]];for(const Me of be)if(Me&&(Me(N,z),z.isMatchIgnored))return Fi($);return F.skip?X+=$:(F.excludeBegin&&(X+=$),ve(),!F.returnBegin&&!F.excludeBegin&&(X=$)),nr(F,N),F.returnBegin?0:$.length}function Gi(N){const $=N[0],F=O.substring(N.index),z=rr(P,N,F);if(!z)return Jn;const be=P;P.endScope&&P.endScope._wrap?(ve(),Oe($,P.endScope._wrap)):P.endScope&&P.endScope._multi?(ve(),tr(P.endScope,N)):be.skip?X+=$:(be.returnEnd||be.excludeEnd||(X+=$),ve(),be.excludeEnd&&(X=$));do P.scope&&me.closeNode(),!P.skip&&!P.subLanguage&&(St+=P.relevance),P=P.parent;while(P!==z.parent);return z.starts&&nr(z.starts,N),be.returnEnd?0:$.length}function Hi(){const N=[];for(let $=P;$!==De;$=$.parent)$.scope&&N.unshift($.scope);N.forEach($=>me.openNode($))}let It={};function ir(N,$){const F=$&&$[0];if(X+=N,F==null)return ve(),0;if(It.type==="begin"&&$.type==="end"&&It.index===$.index&&F===""){if(X+=O.slice($.index,$.index+1),!se){const z=new Error(`0 width match regex (${y})`);throw z.languageName=y,z.badRule=It.rule,z}return 1}if(It=$,$.type==="begin")return qi($);if($.type==="illegal"&&!G){const z=new Error('Illegal lexeme "'+F+'" for mode "'+(P.scope||"<unnamed>")+'"');throw z.mode=P,z}else if($.type==="end"){const z=Gi($);if(z!==Jn)return z}if($.type==="illegal"&&F==="")return $.index===O.length||(X+=`
`),1;if(sn>1e5&&sn>$.index*3)throw new Error("potential infinite loop, way more iterations than matches");return X+=F,F.length}const De=He(y);if(!De)throw Ve(oe.replace("{}",y)),new Error('Unknown language: "'+y+'"');const Wi=Si(De);let rn="",P=Q||Wi;const sr={},me=new T.__emitter(T);Hi();let X="",St=0,ze=0,sn=0,on=!1;try{if(De.__emitTokens)De.__emitTokens(O,me);else{for(P.matcher.considerAll();;){sn++,on?on=!1:P.matcher.considerAll(),P.matcher.lastIndex=ze;const N=P.matcher.exec(O);if(!N)break;const $=O.substring(ze,N.index),F=ir($,N);ze=N.index+F}ir(O.substring(ze))}return me.finalize(),rn=me.toHTML(),{language:y,value:rn,relevance:St,illegal:!1,_emitter:me,_top:P}}catch(N){if(N.message&&N.message.includes("Illegal"))return{language:y,value:Zt(O),illegal:!0,relevance:0,_illegalBy:{message:N.message,index:ze,context:O.slice(ze-100,ze+100),mode:N.mode,resultSoFar:rn},_emitter:me};if(se)return{language:y,value:Zt(O),illegal:!1,relevance:0,errorRaised:N,_emitter:me,_top:P};throw N}}function en(y){const O={value:Zt(y),illegal:!1,relevance:0,_top:k,_emitter:new T.__emitter(T)};return O._emitter.addText(y),O}function tn(y,O){O=O||T.languages||Object.keys(p);const G=en(y),Q=O.filter(He).filter(er).map(ve=>dt(ve,y,!1));Q.unshift(G);const de=Q.sort((ve,Oe)=>{if(ve.relevance!==Oe.relevance)return Oe.relevance-ve.relevance;if(ve.language&&Oe.language){if(He(ve.language).supersetOf===Oe.language)return 1;if(He(Oe.language).supersetOf===ve.language)return-1}return 0}),[Ce,We]=de,vt=Ce;return vt.secondBest=We,vt}function Ci(y,O,G){const Q=O&&v[O]||G;y.classList.add("hljs"),y.classList.add(`language-${Q}`)}function nn(y){let O=null;const G=pe(y);if(L(G))return;if(Et("before:highlightElement",{el:y,language:G}),y.dataset.highlighted){console.log("Element previously highlighted. To highlight again, first unset `dataset.highlighted`.",y);return}if(y.children.length>0&&(T.ignoreUnescapedHTML||(console.warn("One of your code blocks includes unescaped HTML. This is a potentially serious security risk."),console.warn("https://github.com/highlightjs/highlight.js/wiki/security"),console.warn("The element with unescaped HTML:"),console.warn(y)),T.throwUnescapedHTML))throw new Ti("One of your code blocks includes unescaped HTML.",y.innerHTML);O=y;const Q=O.textContent,de=G?ae(Q,{language:G,ignoreIllegals:!0}):tn(Q);y.innerHTML=de.value,y.dataset.highlighted="yes",Ci(y,G,de.language),y.result={language:de.language,re:de.relevance,relevance:de.relevance},de.secondBest&&(y.secondBest={language:de.secondBest.language,relevance:de.secondBest.relevance}),Et("after:highlightElement",{el:y,result:de,text:Q})}function ki(y){T=Yn(T,y)}const xi=()=>{wt(),tt("10.6.0","initHighlighting() deprecated.  Use highlightAll() now.")};function $i(){wt(),tt("10.6.0","initHighlightingOnLoad() deprecated.  Use highlightAll() now.")}let Xn=!1;function wt(){function y(){wt()}if(document.readyState==="loading"){Xn||window.addEventListener("DOMContentLoaded",y,!1),Xn=!0;return}document.querySelectorAll(T.cssSelector).forEach(nn)}function Oi(y,O){let G=null;try{G=O(a)}catch(Q){if(Ve("Language definition for '{}' could not be registered.".replace("{}",y)),se)Ve(Q);else throw Q;G=k}G.name||(G.name=y),p[y]=G,G.rawDefinition=O.bind(null,a),G.aliases&&Zn(G.aliases,{languageName:y})}function Di(y){delete p[y];for(const O of Object.keys(v))v[O]===y&&delete v[O]}function Li(){return Object.keys(p)}function He(y){return y=(y||"").toLowerCase(),p[y]||p[v[y]]}function Zn(y,{languageName:O}){typeof y=="string"&&(y=[y]),y.forEach(G=>{v[G.toLowerCase()]=O})}function er(y){const O=He(y);return O&&!O.disableAutodetect}function Mi(y){y["before:highlightBlock"]&&!y["before:highlightElement"]&&(y["before:highlightElement"]=O=>{y["before:highlightBlock"](Object.assign({block:O.el},O))}),y["after:highlightBlock"]&&!y["after:highlightElement"]&&(y["after:highlightElement"]=O=>{y["after:highlightBlock"](Object.assign({block:O.el},O))})}function Pi(y){Mi(y),M.push(y)}function Bi(y){const O=M.indexOf(y);O!==-1&&M.splice(O,1)}function Et(y,O){const G=y;M.forEach(function(Q){Q[G]&&Q[G](O)})}function Ui(y){return tt("10.7.0","highlightBlock will be removed entirely in v12.0"),tt("10.7.0","Please use highlightElement now."),nn(y)}Object.assign(a,{highlight:ae,highlightAuto:tn,highlightAll:wt,highlightElement:nn,highlightBlock:Ui,configure:ki,initHighlighting:xi,initHighlightingOnLoad:$i,registerLanguage:Oi,unregisterLanguage:Di,listLanguages:Li,getLanguage:He,registerAliases:Zn,autoDetection:er,inherit:Yn,addPlugin:Pi,removePlugin:Bi}),a.debugMode=function(){se=!1},a.safeMode=function(){se=!0},a.versionString=Ni,a.regex={concat:w,lookahead:c,either:S,optional:_,anyNumberOfTimes:g};for(const y in bt)typeof bt[y]=="object"&&e(bt[y]);return Object.assign(a,bt),a},nt=Qn({});return nt.newInstance=()=>Qn({}),fn=nt,nt.HighlightJS=nt,nt.default=nt,fn}var jo=Wo();const Ze=Ho(jo);function Ko(e){const t=e.regex,r={},i={begin:/\$\{/,end:/\}/,contains:["self",{begin:/:-/,contains:[r]}]};Object.assign(r,{className:"variable",variants:[{begin:t.concat(/\$[\w\d#@][\w\d_]*/,"(?![\\w\\d])(?![$])")},i]});const s={className:"subst",begin:/\$\(/,end:/\)/,contains:[e.BACKSLASH_ESCAPE]},o=e.inherit(e.COMMENT(),{match:[/(^|\s)/,/#.*$/],scope:{2:"comment"}}),d={begin:/<<-?\s*(?=\w+)/,starts:{contains:[e.END_SAME_AS_BEGIN({begin:/(\w+)/,end:/(\w+)/,className:"string"})]}},l={className:"string",begin:/"/,end:/"/,contains:[e.BACKSLASH_ESCAPE,r,s]};s.contains.push(l);const f={match:/\\"/},u={className:"string",begin:/'/,end:/'/},m={match:/\\'/},b={begin:/\$?\(\(/,end:/\)\)/,contains:[{begin:/\d+#[0-9a-f]+/,className:"number"},e.NUMBER_MODE,r]},c=["fish","bash","zsh","sh","csh","ksh","tcsh","dash","scsh"],g=e.SHEBANG({binary:`(${c.join("|")})`,relevance:10}),_={className:"function",begin:/\w[\w\d_]*\s*\(\s*\)\s*\{/,returnBegin:!0,contains:[e.inherit(e.TITLE_MODE,{begin:/\w[\w\d_]*/})],relevance:0},w=["if","then","else","elif","fi","time","for","while","until","in","do","done","case","esac","coproc","function","select"],C=["true","false"],S={match:/(\/[a-z._-]+)+/},E=["break","cd","continue","eval","exec","exit","export","getopts","hash","pwd","readonly","return","shift","test","times","trap","umask","unset"],B=["alias","bind","builtin","caller","command","declare","echo","enable","help","let","local","logout","mapfile","printf","read","readarray","source","sudo","type","typeset","ulimit","unalias"],ie=["autoload","bg","bindkey","bye","cap","chdir","clone","comparguments","compcall","compctl","compdescribe","compfiles","compgroups","compquote","comptags","comptry","compvalues","dirs","disable","disown","echotc","echoti","emulate","fc","fg","float","functions","getcap","getln","history","integer","jobs","kill","limit","log","noglob","popd","print","pushd","pushln","rehash","sched","setcap","setopt","stat","suspend","ttyctl","unfunction","unhash","unlimit","unsetopt","vared","wait","whence","where","which","zcompile","zformat","zftp","zle","zmodload","zparseopts","zprof","zpty","zregexparse","zsocket","zstyle","ztcp"],W=["chcon","chgrp","chown","chmod","cp","dd","df","dir","dircolors","ln","ls","mkdir","mkfifo","mknod","mktemp","mv","realpath","rm","rmdir","shred","sync","touch","truncate","vdir","b2sum","base32","base64","cat","cksum","comm","csplit","cut","expand","fmt","fold","head","join","md5sum","nl","numfmt","od","paste","ptx","pr","sha1sum","sha224sum","sha256sum","sha384sum","sha512sum","shuf","sort","split","sum","tac","tail","tr","tsort","unexpand","uniq","wc","arch","basename","chroot","date","dirname","du","echo","env","expr","factor","groups","hostid","id","link","logname","nice","nohup","nproc","pathchk","pinky","printenv","printf","pwd","readlink","runcon","seq","sleep","stat","stdbuf","stty","tee","test","timeout","tty","uname","unlink","uptime","users","who","whoami","yes"];return{name:"Bash",aliases:["sh","zsh"],keywords:{$pattern:/\b[a-z][a-z0-9._-]+\b/,keyword:w,literal:C,built_in:[...E,...B,"set","shopt",...ie,...W]},contains:[g,e.SHEBANG(),_,b,o,d,S,l,f,u,m,r]}}function Vo(e){const t=e.regex,r={className:"number",relevance:0,variants:[{begin:/([+-]+)?[\d]+_[\d_]+/},{begin:e.NUMBER_RE}]},i=e.COMMENT();i.variants=[{begin:/;/,end:/$/},{begin:/#/,end:/$/}];const s={className:"variable",variants:[{begin:/\$[\w\d"][\w\d_]*/},{begin:/\$\{(.*?)\}/}]},o={className:"literal",begin:/\bon|off|true|false|yes|no\b/},d={className:"string",contains:[e.BACKSLASH_ESCAPE],variants:[{begin:"'''",end:"'''",relevance:10},{begin:'"""',end:'"""',relevance:10},{begin:'"',end:'"'},{begin:"'",end:"'"}]},l={begin:/\[/,end:/\]/,contains:[i,o,s,d,r,"self"],relevance:0},f=/[A-Za-z0-9_-]+/,u=/"(\\"|[^"])*"/,m=/'[^']*'/,b=t.either(f,u,m),c=t.concat(b,"(\\s*\\.\\s*",b,")*",t.lookahead(/\s*=\s*[^#\s]/));return{name:"TOML, also INI",aliases:["toml"],case_insensitive:!0,illegal:/\S/,contains:[i,{className:"section",begin:/\[+/,end:/\]+/},{begin:c,className:"attr",starts:{end:/$/,contains:[i,l,o,s,d,r]}}]}}const zo="([-+]?)(\\b0[xX][a-fA-F0-9]+|(\\b\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?)|NaN|[-+]?Infinity",Yo={scope:"number",match:zo,relevance:0};function Jo(e){const t={className:"attr",begin:/(("(\\.|[^\\"\r\n])*")|('(\\.|[^\\'\r\n])*'))(?=\s*:)/,relevance:1.01},r={match:/[{}[\],:]/,className:"punctuation",relevance:0},i=["true","false","null"],s={scope:"literal",beginKeywords:i.join(" ")};return{name:"JSON",aliases:["jsonc","json5"],keywords:{literal:i},contains:[t,r,e.APOS_STRING_MODE,e.QUOTE_STRING_MODE,s,Yo,e.C_LINE_COMMENT_MODE,e.C_BLOCK_COMMENT_MODE],illegal:"\\S"}}function Qo(e){const t=e.regex,r={begin:/<\/?[A-Za-z_]/,end:">",subLanguage:"xml",relevance:0},i={match:/^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/},s={className:"code",variants:[{begin:"(`{3,})[^`](.|\\n)*?\\1`*[ ]*"},{begin:"(~{3,})[^~](.|\\n)*?\\1~*[ ]*"},{begin:"```",end:"```+[ ]*$"},{begin:"~~~",end:"~~~+[ ]*$"},{begin:"`.+?`"},{begin:"(?=^( {4}|\\t))",contains:[{begin:"^( {4}|\\t)",end:"(\\n)$"}],relevance:0}]},o={className:"bullet",begin:"^[ 	]*([*+-]|(\\d+\\.))(?=\\s+)",end:"\\s+",excludeEnd:!0},d={begin:/^\[[^\n]+\]:/,returnBegin:!0,contains:[{className:"symbol",begin:/\[/,end:/\]/,excludeBegin:!0,excludeEnd:!0},{className:"link",begin:/:\s*/,end:/$/,excludeBegin:!0}]},l=/[A-Za-z][A-Za-z0-9+.-]*/,f={variants:[{begin:/\[.+?\]\[.*?\]/,relevance:0},{begin:/\[.+?\]\(((data|javascript|mailto):|(?:http|ftp)s?:\/\/).*?\)/,relevance:2},{begin:t.concat(/\[.+?\]\(/,l,/:\/\/.*?\)/),relevance:2},{begin:/\[.+?\]\([./?&#].*?\)/,relevance:1},{begin:/\[.*?\]\(.*?\)/,relevance:0}],returnBegin:!0,contains:[{match:/\[(?=\])/},{className:"string",relevance:0,begin:"\\[",end:"\\]",excludeBegin:!0,returnEnd:!0},{className:"link",relevance:0,begin:"\\]\\(",end:"\\)",excludeBegin:!0,excludeEnd:!0},{className:"symbol",relevance:0,begin:"\\]\\[",end:"\\]",excludeBegin:!0,excludeEnd:!0}]},u={className:"strong",contains:[],variants:[{begin:/_{2}(?!\s)/,end:/_{2}/},{begin:/\*{2}(?!\s)/,end:/\*{2}/}]},m={className:"emphasis",contains:[],variants:[{begin:/\*(?![*\s])/,end:/\*/},{begin:/_(?![_\s])/,end:/_/,relevance:0}]},b=e.inherit(u,{contains:[]}),c=e.inherit(m,{contains:[]});u.contains.push(c),m.contains.push(b);let g=[r,f];return[u,m,b,c].forEach(S=>{S.contains=S.contains.concat(g)}),g=g.concat(u,m),{name:"Markdown",aliases:["md","mkdown","mkd"],contains:[{className:"section",variants:[{begin:"^#{1,6}",end:"$",contains:g},{begin:"(?=^.+?\\n[=-]{2,}$)",contains:[{begin:"^[=-]*$"},{begin:"^",end:"\\n",contains:g}]}]},r,o,i,u,m,{className:"quote",begin:"^>\\s+",contains:g,end:"$"},s,f,d,{scope:"literal",match:/&([a-zA-Z0-9]+|#[0-9]{1,7}|#[Xx][0-9a-fA-F]{1,6});/}]}}function Xo(e){const t=e.regex,r=/[\p{XID_Start}_]\p{XID_Continue}*/u,i=["and","as","assert","async","await","break","case","class","continue","def","del","elif","else","except","finally","for","from","global","if","import","in","is","lambda","lazy","match","nonlocal|10","not","or","pass","raise","return","try","while","with","yield"],l={$pattern:/[A-Za-z]\w+|__\w+__/,keyword:i,built_in:["__import__","abs","aiter","all","anext","any","ascii","bin","bool","breakpoint","bytearray","bytes","callable","chr","classmethod","compile","complex","delattr","dict","dir","divmod","enumerate","eval","exec","filter","float","format","frozendict","frozenset","getattr","globals","hasattr","hash","help","hex","id","input","int","isinstance","issubclass","iter","len","list","locals","map","max","memoryview","min","next","object","oct","open","ord","pow","print","property","range","repr","reversed","round","sentinel","set","setattr","slice","sorted","staticmethod","str","sum","super","tuple","type","vars","zip"],literal:["__debug__","Ellipsis","False","None","NotImplemented","True"],type:["Any","Callable","Coroutine","Dict","List","Literal","Generic","Optional","Sequence","Set","Tuple","Type","Union"]},f={className:"meta",begin:/^(>>>|\.\.\.) /},u={className:"subst",begin:/\{/,end:/\}/,keywords:l,illegal:/#/},m={begin:/\{\{/,relevance:0},b={className:"string",contains:[e.BACKSLASH_ESCAPE],variants:[{begin:/([uU]|[bB]|[rR]|[bB][rR]|[rR][bB])?'''/,end:/'''/,contains:[e.BACKSLASH_ESCAPE,f],relevance:10},{begin:/([uU]|[bB]|[rR]|[bB][rR]|[rR][bB])?"""/,end:/"""/,contains:[e.BACKSLASH_ESCAPE,f],relevance:10},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])'''/,end:/'''/,contains:[e.BACKSLASH_ESCAPE,f,m,u]},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])"""/,end:/"""/,contains:[e.BACKSLASH_ESCAPE,f,m,u]},{begin:/([uU]|[rR])'/,end:/'/,relevance:10},{begin:/([uU]|[rR])"/,end:/"/,relevance:10},{begin:/([bB]|[bB][rR]|[rR][bB])'/,end:/'/},{begin:/([bB]|[bB][rR]|[rR][bB])"/,end:/"/},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])'/,end:/'/,contains:[e.BACKSLASH_ESCAPE,m,u]},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])"/,end:/"/,contains:[e.BACKSLASH_ESCAPE,m,u]},e.APOS_STRING_MODE,e.QUOTE_STRING_MODE]},c="[0-9](_?[0-9])*",g=`(\\b(${c}))?\\.(${c})|\\b(${c})\\.`,_=`\\b|${i.join("|")}`,w={className:"number",relevance:0,variants:[{begin:`(\\b(${c})|(${g}))[eE][+-]?(${c})[jJ]?(?=${_})`},{begin:`(${g})[jJ]?`},{begin:`\\b([1-9](_?[0-9])*|0+(_?0)*)[lLjJ]?(?=${_})`},{begin:`\\b0[bB](_?[01])+[lL]?(?=${_})`},{begin:`\\b0[oO](_?[0-7])+[lL]?(?=${_})`},{begin:`\\b0[xX](_?[0-9a-fA-F])+[lL]?(?=${_})`},{begin:`\\b(${c})[jJ](?=${_})`}]},C={className:"comment",begin:t.lookahead(/# type:/),end:/$/,keywords:l,contains:[{begin:/# type:/},{begin:/#/,end:/\b\B/,endsWithParent:!0}]},S={className:"params",variants:[{className:"",begin:/\(\s*\)/,skip:!0},{begin:/\(/,end:/\)/,excludeBegin:!0,excludeEnd:!0,keywords:l,contains:["self",f,w,b,e.HASH_COMMENT_MODE]}]};return u.contains=[b,w,f],{name:"Python",aliases:["py","gyp","ipython"],unicodeRegex:!0,keywords:l,illegal:/(<\/|\?)|=>/,contains:[f,w,{scope:"variable.language",match:/\bself\b/},{beginKeywords:"if",relevance:0},{match:/\bor\b/,scope:"keyword"},b,C,e.HASH_COMMENT_MODE,{match:[/\bdef/,/\s+/,r],scope:{1:"keyword",3:"title.function"},contains:[S]},{variants:[{match:[/\bclass/,/\s+/,r,/\s*/,/\(\s*/,r,/\s*\)/]},{match:[/\bclass/,/\s+/,r]}],scope:{1:"keyword",3:"title.class",6:"title.class.inherited"}},{className:"meta",begin:/^[\t ]*@/,end:/(?=#)|$/,contains:[w,S,b]}]}}function Zo(e){const t="true false yes no null",r="[\\w#;/?:@&=+$,.~*'()[\\]]+",i={className:"attr",variants:[{begin:/[\w*@][\w*@ :()\./-]*:(?=[ \t]|$)/},{begin:/"[\w*@][\w*@ :()\./-]*":(?=[ \t]|$)/},{begin:/'[\w*@][\w*@ :()\./-]*':(?=[ \t]|$)/}]},s={className:"template-variable",variants:[{begin:/\{\{/,end:/\}\}/},{begin:/%\{/,end:/\}/}]},o={className:"string",relevance:0,begin:/'/,end:/'/,contains:[{match:/''/,scope:"char.escape",relevance:0}]},d={className:"string",relevance:0,variants:[{begin:/"/,end:/"/},{begin:/\S+/}],contains:[e.BACKSLASH_ESCAPE,s]},l=e.inherit(d,{variants:[{begin:/'/,end:/'/,contains:[{begin:/''/,relevance:0}]},{begin:/"/,end:/"/},{begin:/[^\s,{}[\]]+/}]}),c={className:"number",begin:"\\b"+"[0-9]{4}(-[0-9][0-9]){0,2}"+"([Tt \\t][0-9][0-9]?(:[0-9][0-9]){2})?"+"(\\.[0-9]*)?"+"([ \\t])*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?)?"+"\\b"},g={end:",",endsWithParent:!0,excludeEnd:!0,keywords:t,relevance:0},_={begin:/\{/,end:/\}/,contains:[g],illegal:"\\n",relevance:0},w={begin:"\\[",end:"\\]",contains:[g],illegal:"\\n",relevance:0},C=[i,{className:"meta",begin:"^---\\s*$",relevance:10},{className:"string",begin:"[\\|>]([1-9]?[+-])?[ ]*\\n( +)[^ ][^\\n]*\\n(\\2[^\\n]+\\n?)*"},{begin:"<%[%=-]?",end:"[%-]?%>",subLanguage:"ruby",excludeBegin:!0,excludeEnd:!0,relevance:0},{className:"type",begin:"!\\w+!"+r},{className:"type",begin:"!<"+r+">"},{className:"type",begin:"!"+r},{className:"type",begin:"!!"+r},{className:"meta",begin:"&"+e.UNDERSCORE_IDENT_RE+"$"},{className:"meta",begin:"\\*"+e.UNDERSCORE_IDENT_RE+"$"},{className:"bullet",begin:"-(?=[ ]|$)",relevance:0},e.HASH_COMMENT_MODE,{beginKeywords:t,keywords:{literal:t}},c,{className:"number",begin:e.C_NUMBER_RE+"\\b",relevance:0},_,w,o,d],S=[...C];return S.pop(),S.push(l),g.contains=S,{name:"YAML",case_insensitive:!0,aliases:["yml"],contains:C}}Ze.registerLanguage("bash",Ko);Ze.registerLanguage("ini",Vo);Ze.registerLanguage("json",Jo);Ze.registerLanguage("markdown",Qo);Ze.registerLanguage("python",Xo);Ze.registerLanguage("yaml",Zo);const ea={py:"python",json:"json",yaml:"yaml",yml:"yaml",md:"markdown",sh:"bash",toml:"ini",ini:"ini",cfg:"ini",txt:""};function oi(e){const t=e.split("/").pop()??e;if(t==="Dockerfile"||t==="Makefile")return;const r=t.includes(".")?t.split(".").pop().toLowerCase():"";return ea[r]||void 0}function ta(e,t){if(!(!t||e.length>4e5))try{return Ze.highlight(e,{language:t,ignoreIllegals:!0}).value}catch{return}}function Xt({code:e,path:t,language:r}){const i=r??(t?oi(t):void 0),s=mt(()=>ta(e,i),[e,i]);return n("pre",{class:"code",tabIndex:0,"aria-label":t?`Contents of ${t}`:"Code",children:s!==void 0?n("code",{class:`hljs language-${i}`,dangerouslySetInnerHTML:{__html:s}}):n("code",{children:e})})}const na={validate:"Validate",generate:"Generate",test:"Test",pull_request:"Pull request",review:"Review",deploy:"Deploy"};function Sn(e){return na[e]??e.replace(/_/g," ")}function ra(e,t,r){return e==="REVIEWING"?"WAITING":t==="rejected"?"FAILED":r&&r.status!=="PENDING"||e==="DEPLOYING"||e==="ACTIVE"||e==="DEPRECATED"?"SUCCEEDED":"PENDING"}function ia(e,t,r){const i=[],s=e.find(o=>o.name==="deploy");for(const o of e)o.name==="deploy"&&i.push({name:"review",label:Sn("review"),gate:!0,status:ra(t,r,s),attempts:0,startedAt:null,finishedAt:null,error:null}),i.push({...o,label:Sn(o.name),gate:!1});return i}function ai(e){const t=e.reason.trim();switch(e.trigger){case"cancelled":return t===""||t.toLowerCase()==="cancelled"?"Cancelled.":`Cancelled: ${t}`;case"rejected":return t?`Rejected in review: ${t}`:"Rejected in review.";default:{const r=e.step?` at ${Sn(e.step).toLowerCase()}`:"";return t?`Failed${r}: ${t}`:`Failed${r}.`}}}function sa(e,t){return t==="COMPENSATED"?{label:e?"Passed, then rolled back":"Failed, then rolled back",tone:"neutral"}:e?{label:"Passed",tone:"good"}:{label:"Failed",tone:"bad"}}function oa(e){return/^https?:\/\//i.test(e)}function aa(e){return e.startsWith("diff --git")||e.startsWith("+++ ")||e.startsWith("--- ")||e.startsWith("index ")?"file":e.startsWith("@@")?"hunk":e.startsWith("+")?"add":e.startsWith("-")?"remove":"context"}function An(e,t){return Math.max(1,Math.ceil(Math.max(0,e)/t))}function kr(e,t,r){const i=Math.min(Math.max(0,Math.floor(e)),An(t,r)-1),s=Math.max(0,t-i*r),o=Math.max(0,s-r);return{fromNewest:i,after:o,first:Math.max(1,s-o),from:o+1,to:s}}const ca={approve:e=>`Approve the pull request of “${e}”? It will be deployed.`,requestChanges:e=>`Send “${e}” back to the generator with your comment.`,reject:e=>`Reject “${e}”? It fails, its pull request is closed and the finished steps are undone.`,cancel:e=>`Cancel the pipeline of “${e}”? The running step stops and the finished steps are undone.`,retry:e=>`Run the pipeline of “${e}” again from the start.`,deprecate:e=>`Take “${e}” out of service? Its deployment is removed.`,delete:e=>`Delete “${e}”? It disappears from every listing; its history stays.`};async function xr(e,t,r){switch(e){case"approve":await Ee(as,{id:t,comment:r||null});return;case"requestChanges":await Ee(cs,{id:t,comment:r});return;case"reject":await Ee(ls,{id:t,reason:r});return;case"cancel":await Ee(ds,{id:t});return;case"retry":await Ee(us,{id:t});return;case"deprecate":await Ee(ps,{id:t});return;case"delete":await Ee(gs,{id:t}),Fe("/");return}}function la({integration:e,user:t,onDone:r}){const[i,s]=I(null),[o,d]=I(null),[l,f]=I(null),u=ho(t,e);if(u.length===0)return null;const m=b=>{const c=Ot[b];if(d(null),c.confirm||c.text){const g={title:`${c.label} “${e.name}”`,body:ca[b](e.name),confirmLabel:c.label,danger:c.tone==="danger",run:async _=>{await xr(b,e.id,_),r()}};c.text&&(g.text=c.text),s(g);return}f(b),xr(b,e.id,"").then(()=>{f(null),r()},g=>{f(null),d(g)})};return n("div",{class:"actions",role:"group","aria-label":"Actions",children:[u.map(b=>n("button",{type:"button",class:`button ${Ot[b].tone}`,"data-action":b,disabled:l!==null,onClick:()=>m(b),children:l===b?"Working…":Ot[b].label},b)),n(_e,{error:o}),n(Bn,{request:i,onClose:()=>s(null)})]})}const da={deploy:"the deployment",pull_request:"the pull request",test:"the test run",generate:"the generated code",validate:"the validation"};function ua({integration:e,user:t,onDone:r}){const[i,s]=I(null),[o,d]=I(null),[l,f]=I(!1),u=e.compensationFailed;if(!u)return null;const m=da[u.step]??u.step,b=Xe(t,te.delete),c=()=>{d(null),f(!0),Ee(hs,{id:e.id}).then(()=>{f(!1),r()},_=>{f(!1),d(_)})},g=()=>s({title:`Resolve the undo of ${m}`,body:`Record that ${m} of “${e.name}” was undone by hand (or needs no undo). The pipeline then undoes whatever is left.`,confirmLabel:"Mark resolved",danger:!0,text:{label:"What was done",required:!0},run:async _=>{await Ee(fs,{id:e.id,note:_}),r()}});return n("div",{class:"notice notice-error",role:"alert",id:"compensation-failed",children:[n("p",{children:[n("strong",{children:["Undoing ",m," failed"]})," after ",u.attempts," attempt",u.attempts===1?"":"s",": ",u.error]}),n("p",{children:["The pipeline stopped cleaning up and waits for an administrator",b?".":": ask one to retry or resolve it."]}),b&&n("div",{class:"actions",role:"group","aria-label":"Failed undo",children:[n("button",{type:"button",class:"button","data-action":"retryCompensation",disabled:l,onClick:c,children:l?"Working…":"Retry the undo"}),n("button",{type:"button",class:"button danger","data-action":"resolveCompensation",disabled:l,onClick:g,children:"Mark resolved…"})]}),n(_e,{error:o}),n(Bn,{request:i,onClose:()=>s(null)})]})}function ha({id:e,commit:t}){const[r,i]=I(void 0),[s,o]=I(null),d=()=>{o(null),Se(Rs,{id:e}).then(l=>i(l.data?.integration?.pullRequest?.changes??null),o)};return re(d,[e,t]),s?n(_e,{error:s,onRetry:d}):r===void 0?n(Ke,{what:"the changes"}):r===null?n("p",{class:"muted",children:"The code host does not show this pull request's changes here."}):n("div",{class:"changes","data-testid":"pull-request-changes",children:[n("p",{class:"small",children:[n("code",{children:r.base})," at ",n("code",{title:r.baseCommit,children:r.baseCommit.slice(0,12)})," ←"," ",n("code",{title:r.headCommit,children:r.headCommit.slice(0,12)})]}),n("h3",{children:"Commits"}),n("ul",{class:"plain",children:r.commits.map(l=>n("li",{children:[n("code",{title:l.id,children:l.id.slice(0,12)})," ",l.message]},l.id))}),n("h3",{children:"Files"}),n("ul",{class:"plain",children:r.files.map(l=>n("li",{children:[n("code",{children:l.path})," ",l.additions===null||l.deletions===null?n("span",{class:"muted",children:"binary"}):n(ue,{children:[n("span",{class:"plus",children:["+",l.additions]})," ",n("span",{class:"minus",children:["−",l.deletions]})]})]},l.path))}),n("h3",{children:"Diff"}),n("pre",{class:"code diff",tabIndex:0,"aria-label":"Diff",children:n("code",{children:r.diff.split(`
`).map((l,f)=>n("span",{class:`diff-${aa(l)}`,children:[l,`
`]},f))})}),r.truncated&&n("p",{class:"small muted",children:"The diff was cut at its size limit."})]})}const Rt=25;function fa(e,t,r){return e==="system"?"Pipeline":e===t.id?"You":r&&e===r.id?r.name:e}function pa({id:e,version:t,me:r,owner:i,onTimeTravel:s}){const o=An(t,Rt),[d,l]=I(null),f=d?kr(d.fromNewest,d.total,Rt):kr(0,t,Rt),[u,m]=I(void 0),[b,c]=I(null);re(()=>{let E=!0;return c(null),Se(Ts,{id:e,after:f.after,first:f.first}).then(B=>{E&&m(B.data?.integration?.events??[])},B=>{E&&c(B)}),()=>{E=!1}},[e,f.after,f.first]);const g=d?.total??t,_=d?An(d.total,Rt):o,w=E=>l(E<=0?null:{fromNewest:Math.min(E,_-1),total:g}),C=_-f.fromNewest,S=n("nav",{class:"pager","aria-label":"History pages",children:[n("button",{type:"button",class:"button small",onClick:()=>w(_-1),disabled:f.fromNewest>=_-1,children:"Oldest"}),n("button",{type:"button",class:"button small",onClick:()=>w(f.fromNewest+1),disabled:f.fromNewest>=_-1,children:"Older"}),n("span",{class:"small","data-testid":"history-page",children:["Events ",f.from,"–",f.to," of ",g," · page ",C," of ",_]}),n("button",{type:"button",class:"button small",onClick:()=>w(f.fromNewest-1),disabled:!d,children:"Newer"}),n("button",{type:"button",class:"button small",onClick:()=>w(0),disabled:!d,children:"Newest"})]});return b?n(_e,{error:b}):u===void 0?n("p",{class:"muted",children:"Loading the history…"}):n("div",{class:"table-scroll",children:[_>1&&S,n("table",{class:"events",children:[n("caption",{class:"visually-hidden",children:"Events, oldest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"#"}),n("th",{scope:"col",children:"When"}),n("th",{scope:"col",children:"Who"}),n("th",{scope:"col",children:"What"}),n("th",{scope:"col",children:n("span",{class:"visually-hidden",children:"View"})})]})}),n("tbody",{children:u.map(E=>n("tr",{"data-event-type":E.type,children:[n("td",{"data-label":"#",children:E.version}),n("td",{"data-label":"When",children:n("time",{dateTime:E.recordedAt,children:Re(E.recordedAt)})}),n("td",{"data-label":"Who",title:E.actor,children:fa(E.actor,r,i)}),n("td",{"data-label":"What",children:[n("strong",{children:E.type}),n("div",{class:"small",children:_o(E.type,E.data)}),E.requestId&&n("div",{class:"muted small",children:["request ",E.requestId]})]}),n("td",{children:n("button",{type:"button",class:"button small",onClick:()=>s(E.version),children:["As of v",E.version]})})]},E.version))})]})]})}function ga({integration:e,onShowChanges:t}){const r=e.pullRequest,i=e.deployment;return n("div",{class:"facts",children:[n("h3",{children:"Pull request"}),r?n("dl",{class:"pairs",children:[n("dt",{children:"Number"}),n("dd",{children:[oa(r.url)?n("a",{href:r.url,target:"_blank",rel:"noopener noreferrer",children:["#",r.number]}):n("button",{type:"button",class:"link-button","data-testid":"show-changes",onClick:t,children:["#",r.number,": show the changes"]})," ",n("span",{class:"muted","data-testid":"pull-request-state",children:["(",r.state,")"]})]}),n("dt",{children:"Branch"}),n("dd",{children:n("code",{children:r.branch})}),n("dt",{children:"Commit"}),n("dd",{children:n("code",{title:r.commit,children:r.commit.slice(0,12)})}),n("dt",{children:"Changes"}),n("dd",{children:[r.filesChanged," files, ",n("span",{class:"plus",children:["+",r.additions]})," ",n("span",{class:"minus",children:["−",r.deletions]})]})]}):n("p",{class:"muted",children:"No pull request yet."}),n("h3",{children:"Deployment"}),i?n("dl",{class:"pairs",children:[n("dt",{children:"Id"}),n("dd",{children:n("code",{children:i.id})}),n("dt",{children:"Location"}),n("dd",{children:n("code",{children:i.location})}),i.previous&&n(ue,{children:[n("dt",{children:"Replaced"}),n("dd",{children:n("code",{children:i.previous})})]})]}):n("p",{class:"muted",children:"Not deployed."})]})}function ma({integration:e}){const t=e.testReport;if(!t)return n("p",{class:"muted",children:"The tests have not run yet."});const r=e.steps.find(s=>s.name==="test"),i=sa(t.passed,r?.status);return n("div",{children:[n("p",{children:[n("span",{class:`badge tone-${i.tone}`,"data-testid":"test-report-badge",children:i.label})," ","exit code ",t.exitCode??"none (killed)"," · ",Yt(t.durationMs),t.timedOut&&n("strong",{children:" · timed out"}),t.truncated&&n("span",{class:"muted",children:" · output cut"})]}),e.testCommand.length>0&&n("p",{class:"small",children:["Command: ",n("code",{children:e.testCommand.join(" ")})]}),r?.status==="COMPENSATED"&&n("p",{class:"small muted",children:"This run no longer stands: the pipeline failed or was stopped afterwards and undid its steps."}),n(Xt,{code:t.output||"(no output)"})]})}function _a({integration:e}){const t=e.usage;return n("dl",{class:"pairs",children:[n("dt",{children:"Generator"}),n("dd",{children:[e.generator??"—",e.generator==="scaffold"&&n("span",{class:"muted",children:" (templates, not AI)"})]}),n("dt",{children:"Rounds"}),n("dd",{children:e.round}),n("dt",{children:"Input tokens"}),n("dd",{children:Le(t.inputTokens)}),n("dt",{children:"Output tokens"}),n("dd",{children:Le(t.outputTokens)}),n("dt",{children:"Cost"}),n("dd",{children:mo(t.costUsd)})]})}function ba({files:e}){const[t,r]=I(null);if(e.length===0)return n("p",{class:"muted",children:"No code generated yet."});const i=e.find(s=>s.path===t)??e.find(s=>oi(s.path)==="python")??e[0];return n("div",{class:"files",children:[n("ul",{class:"file-list","aria-label":"Generated files",children:e.map(s=>n("li",{children:n("button",{type:"button",class:"file-button","aria-current":s.path===i.path?"true":void 0,onClick:()=>r(s.path),children:s.path})},s.path))}),n(Xt,{code:i.content,path:i.path})]})}function ya(e,t){return e==="GENERATING"&&t?t:null}function wa(e){return`${e.characters===1?"1 character":`${Le(e.characters)} characters`} received (attempt ${e.attempt})`}function Ea(e){return e.map((t,r)=>({path:t,writing:r===e.length-1}))}function va({integration:e}){const t=ya(e.state,e.generationProgress);return t?n("section",{class:"generation-progress","aria-label":"Generation progress","data-progress":!0,children:[n("p",{children:[n("strong",{children:"Writing…"})," ",wa(t)," ",n("span",{class:"muted small",children:["as of ",n("time",{dateTime:t.reportedAt,children:Re(t.reportedAt)})]})]}),t.files.length===0?n("p",{class:"muted small",children:"No file begun yet."}):n("ol",{class:"progress-files","aria-label":"Files begun",children:Ea(t.files).map((r,i)=>n("li",{"aria-current":r.writing?"step":void 0,children:[n("code",{children:r.path}),r.writing&&n(ue,{children:[" ",n("span",{class:"badge tone-busy",children:"writing"})]})]},`${i}:${r.path}`))})]}):null}function ci({integration:e}){const t=ia(e.steps,e.state,e.failure?.trigger),r=t.some(o=>o.status==="RUNNING"),[i,s]=I(Date.now());return re(()=>{if(!r)return;const o=setInterval(()=>s(Date.now()),1e3);return()=>clearInterval(o)},[r]),n("ol",{class:"timeline","aria-label":"Pipeline",children:t.map(o=>n("li",{class:`step step-${o.status.toLowerCase()}`,"data-step":o.name,children:[n("div",{class:"step-head",children:[n("span",{class:"step-name",children:o.label}),o.gate?n("span",{class:`badge tone-${o.status==="WAITING"?"attention":o.status==="FAILED"?"bad":o.status==="SUCCEEDED"?"good":"neutral"}`,children:o.status==="WAITING"?"Waiting for review":o.status==="SUCCEEDED"?"Approved":o.status==="FAILED"?"Rejected":"Pending"}):n(Mo,{status:o.status})]}),!o.gate&&(o.attempts>0||o.startedAt)&&n("div",{class:"step-meta muted small",children:[o.attempts>0&&n("span",{children:o.attempts===1?"1 attempt":`${o.attempts} attempts`}),o.startedAt&&n("span",{children:Yt(go(o.startedAt,o.finishedAt,i))})]}),o.error&&n("pre",{class:"step-error",children:o.error})]},o.name))})}function Pe({title:e,id:t,children:r}){return n("section",{class:"card","aria-labelledby":t,children:[n("h2",{id:t,children:e}),r]})}function Ia({id:e,latest:t,version:r,onChange:i}){const[s,o]=I(void 0),[d,l]=I(null);return re(()=>{o(void 0),l(null),Se(Ss,{id:e,version:r}).then(f=>o(f.data?.integrationAt??null),l)},[e,r]),n("section",{class:"card time-travel","aria-labelledby":"time-travel-title",children:[n("div",{class:"page-head",children:[n("h2",{id:"time-travel-title",children:["As of version ",r]}),n("div",{class:"inline-controls",children:[n("div",{class:"field inline",children:[n("label",{for:"as-of-version",children:"Version"}),n("select",{id:"as-of-version",value:r,onChange:f=>i(Number(f.currentTarget.value)),children:Array.from({length:t},(f,u)=>t-u).map(f=>n("option",{value:f,children:f},f))})]}),n("button",{type:"button",class:"button small",onClick:()=>i(null),children:"Back to now"})]})]}),n(_e,{error:d}),s===void 0&&!d&&n(Ke,{what:`version ${r}`}),s===null&&n("p",{class:"muted",children:"It did not exist at that version."}),s&&n("div",{class:"grid-2",children:[n("div",{children:[n("p",{children:[n(Un,{state:s.state})," ",n("span",{class:"muted",children:["updated ",Re(s.updatedAt)]})]}),s.failure&&n("p",{class:"field-error",children:ai(s.failure)}),n(ci,{integration:s})]}),n("div",{children:[n("h3",{children:"Configuration"}),n(Xt,{code:JSON.stringify(s.config,null,2),language:"json"}),n("p",{class:"small muted",children:[s.files.length," generated files · round ",s.round]})]})]})]})}function Sa({id:e,user:t}){const[r,i]=I(void 0),[s,o]=I(null),[d,l]=I(!1),[f,u]=I(null),[m,b]=I(!1),[c,g]=I(null),_=rt(0);zt(r?.name??"Integration");const w=at(async()=>{try{const E=(await Se(Is,{id:e})).data?.integration??null;if(E&&E.version<_.current)return;E&&(_.current=E.version),i(E),o(null)}catch(S){o(S)}},[e]),C=Dt(()=>{w()},150);return re(()=>{i(void 0),l(!1),b(!1),g(null),_.current=0,w()},[w]),re(()=>Mn({document:Cs,variables:S=>({id:e,afterVersion:S??0}),cursorOf:S=>S.integrationEvents.version,onData:({integrationEvents:S})=>{S.type==="IntegrationDeleted"&&b(!0),S.version>_.current&&C()},onResume:C,onError:u}),[e,C]),r===void 0?s?n(_e,{error:s,onRetry:()=>{w()}}):n(Ke,{what:"the integration"}):r===null?n("section",{children:[n("h1",{children:"Integration not found"}),n("p",{children:["There is no integration ",n("code",{children:e}),", or it was deleted. ",n(ke,{href:"/",children:"Back to the board"})]})]}):n("article",{class:"detail","aria-labelledby":"detail-title",children:[n("p",{class:"crumbs",children:[n(ke,{href:"/",children:"Integrations"})," / ",n("span",{children:r.name})]}),n("div",{class:"page-head",children:[n("div",{children:[n("h1",{id:"detail-title",children:[r.name," ",n(Un,{state:r.state})]}),n("p",{class:"muted small",children:[n("code",{children:r.kind})," · owned by ",r.owner?r.owner.id===t.id?"you":r.owner.name:"—"," · version"," ",r.version," · created ",Re(r.createdAt)," · updated ",Re(r.updatedAt)]}),r.description&&n("p",{children:r.description})]}),n(la,{integration:r,user:t,onDone:()=>{w()}})]}),m&&n(ct,{children:"This integration was deleted; its history stays readable."}),n(_e,{error:s,onRetry:()=>{w()}}),n(_e,{error:f}),r.failure&&n("div",{class:"notice notice-error",role:"status","data-testid":"failure",children:ai(r.failure)}),n(ua,{integration:r,user:t,onDone:()=>{w()}}),c!==null&&n(Ia,{id:r.id,latest:r.version,version:c,onChange:g}),n("div",{class:"grid-2",children:[n(Pe,{title:"Pipeline",id:"pipeline-title",children:[n(ci,{integration:r}),n(va,{integration:r})]}),n(Pe,{title:"Review and deployment",id:"pr-title",children:n(ga,{integration:r,onShowChanges:()=>l(!0)})})]}),d&&r.pullRequest&&n(Pe,{title:`Pull request #${r.pullRequest.number}: ${r.pullRequest.branch}`,id:"changes-title",children:[n("div",{class:"inline-controls",children:n("button",{type:"button",class:"button small",onClick:()=>l(!1),children:"Hide the changes"})}),n(ha,{id:r.id,commit:r.pullRequest.commit})]}),n("div",{class:"grid-2",children:[n(Pe,{title:"Test report",id:"tests-title",children:n(ma,{integration:r})}),n(Pe,{title:"Usage",id:"usage-title",children:n(_a,{integration:r})})]}),n(Pe,{title:"Generated files",id:"files-title",children:n(ba,{files:r.files})}),n("div",{class:"grid-2",children:[n(Pe,{title:"Prompt",id:"prompt-title",children:n("pre",{class:"prose-pre",children:r.prompt})}),n(Pe,{title:"Configuration",id:"config-title",children:n(Xt,{code:JSON.stringify(r.config,null,2),language:"json"})})]}),n(Pe,{title:"History",id:"history-title",children:[n("div",{class:"inline-controls",children:n("button",{type:"button",class:"button small",onClick:()=>g(Math.max(1,r.version-1)),disabled:r.version<2,children:"View an earlier version"})}),n(pa,{id:r.id,version:r.version,me:t,owner:r.owner,onTimeTravel:g})]})]})}function Aa(e){return!e||!e.startsWith("/")||e.startsWith("//")||e.startsWith("/\\")||e.startsWith("/sign-in")?"/":e}function Na(e){return e===null||e.signedIn?"ask":e.refreshable?"refresh":"signed-out"}async function Ta(){let e;try{e=await fetch("/auth/status",{credentials:"same-origin",headers:{accept:"application/json"}})}catch{throw Kt()}if(e.status===404)return null;if(!e.ok)throw it(e.status,e.headers.get("retry-after"));const t=await e.json().catch(()=>({}));return{signedIn:t.signedIn===!0,refreshable:t.refreshable===!0}}const xe=Dn({status:"loading"});zs(()=>{ei();const e=xe.get().status;e==="signed-in"?xe.set({status:"signed-out",message:"Your session has ended. Sign in again."}):e!=="signed-out"&&xe.set({status:"signed-out"})});async function Nn(){try{const e=Na(await Ta());if(e==="signed-out"||e==="refresh"&&!await On()){xe.set({status:"signed-out"});return}const r=(await Se(ws)).data?.me;xe.set(r?{status:"signed-in",user:r}:{status:"signed-out"})}catch(e){e instanceof Ie&&e.kind==="unauthenticated"?xe.set({status:"signed-out"}):xe.set({status:"unreachable",message:lt(e)})}}async function Ra(){try{await Js()}finally{ei(),Fe("/sign-in",{replace:!0}),xe.set({status:"signed-out",message:"You are signed out."})}}function $r(){const e=Qt(),t=Vt(xe),r=Aa(e.search.get("redirect")),[i,s]=I(null),[o,d]=I(null),[l,f]=I(""),[u,m]=I(!1),[b,c]=I(null);re(()=>{Qs().then(s,_=>{s([]),d(_)})},[]),re(()=>{t.status==="signed-in"&&Fe(r,{replace:!0})},[t.status,r]);const g=async _=>{if(_.preventDefault(),l.trim()===""){c("Enter an API key.");return}m(!0),c(null);try{await Ys(l),f(""),await Nn(),xe.get().status!=="signed-in"&&c("Signed in, but the server does not recognise the session. Try again.")}catch(w){c(lt(w))}finally{m(!1)}};return n("section",{class:"sign-in","aria-labelledby":"sign-in-title",children:[n("h1",{id:"sign-in-title",children:"Sign in to Claude Code Bot"}),t.status==="signed-out"&&t.message&&n(ct,{children:t.message}),i&&i.length>0&&n("div",{class:"providers",children:[i.map(_=>n("a",{class:"button primary wide",href:Xs(_,r),children:["Sign in with ",_.name]},_.id)),n("p",{class:"divider",children:n("span",{children:"or"})})]}),n(_e,{error:o}),n("form",{class:"card form",onSubmit:g,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"api-key",children:"API key"}),n("input",{id:"api-key",name:"apiKey",type:"password",autoComplete:"off",spellcheck:!1,placeholder:"cb_…",value:l,"aria-invalid":b?"true":void 0,"aria-describedby":b?"api-key-error":"api-key-help",onInput:_=>f(_.currentTarget.value)}),n("small",{id:"api-key-help",class:"help",children:"The administrator key is printed when the server first starts; an administrator can create more on the Admin page."})]}),b&&n("p",{id:"api-key-error",class:"field-error",role:"alert",children:b}),n("button",{type:"submit",class:"button primary",disabled:u,children:u?"Signing in…":"Sign in with API key"})]})]})}function Ca({children:e}){const[t,r]=rs();return t?n("div",{class:"notice notice-error",role:"alert",children:[n("span",{children:["This page failed to show: ",t instanceof Error?t.message:String(t)]}),n("button",{type:"button",class:"button small",onClick:r,children:"Try again"})]}):n(ue,{children:e})}function ka({user:e,path:t}){if(t==="/"||t==="/integrations")return n(Bo,{user:e});if(t==="/integrations/new")return n(Go,{user:e});const r=Po("/integrations/:id",t);return r?n(Sa,{id:r.id,user:e},r.id):t==="/admin"?n(Co,{user:e}):n("section",{children:[n("h1",{children:"Page not found"}),n("p",{children:["Nothing lives at ",n("code",{children:t}),". ",n(ke,{href:"/",children:"Go to the board"})]})]})}function xa({user:e}){const{path:t}=Qt(),r=i=>t===i?"page":void 0;return so(e!==null),n("header",{class:"top",children:[n(ke,{href:"/",class:"brand",children:"Claude Code Bot"}),e&&n("nav",{"aria-label":"Main",children:[n(ke,{href:"/","aria-current":r("/"),children:"Board"}),Ut(e)&&n(ke,{href:"/integrations/new","aria-current":r("/integrations/new"),children:"New"}),n(ke,{href:"/admin","aria-current":r("/admin"),children:Pn(e)?"Admin":"API keys"})]}),n("div",{class:"top-end",children:[n(io,{}),e&&n(ue,{children:[n("span",{class:"who","data-role":e.role,children:[e.name," ",n("span",{class:"role",children:e.role.toLowerCase()})]}),n("button",{type:"button",class:"button small",onClick:()=>{Ra()},children:"Sign out"})]})]})]})}function $a(){const e=Vt(xe),t=Qt();re(()=>{Nn()},[]),re(()=>{if(e.status==="signed-out"&&t.path!=="/sign-in"){const i=t.path+(t.search.toString()?`?${t.search.toString()}`:"");Fe(i==="/"?"/sign-in":`/sign-in?redirect=${encodeURIComponent(i)}`,{replace:!0})}},[e.status,t.path]);const r=e.status==="signed-in"?e.user:null;return n(ue,{children:[n("a",{href:"#main",class:"skip",children:"Skip to content"}),n(xa,{user:r}),n("main",{id:"main",tabIndex:-1,children:[e.status==="loading"&&n(Ke,{what:"your session"}),e.status==="unreachable"&&n(_e,{error:new Error(e.message),onRetry:()=>{Nn()}}),e.status==="signed-out"&&t.path==="/sign-in"&&n($r,{}),e.status==="signed-in"&&n(Ca,{children:t.path==="/sign-in"?n($r,{}):n(ka,{user:e.user,path:t.path})},t.path)]})]})}es(n($a,{}),document.getElementById("app"));
