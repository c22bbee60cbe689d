var Ft,J,Dr,Ke,ar,Lr,Mr,sn,Rt,ht,Pr,Nn,fn,pn,Ot={},Dt=[],zi=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,qt=Array.isArray;function Ue(e,t){for(var r in t)e[r]=t[r];return e}function Rn(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Yi(e,t,r){var i,o,s,d={};for(s in t)s=="key"?i=t[s]:s=="ref"?o=t[s]:d[s]=t[s];if(arguments.length>2&&(d.children=arguments.length>3?Ft.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)d[s]===void 0&&(d[s]=e.defaultProps[s]);return Ct(e,d,i,o,null)}function Ct(e,t,r,i,o){var s={type:e,props:t,key:r,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++Dr,__i:-1,__u:0};return o==null&&J.vnode!=null&&J.vnode(s),s}function de(e){return e.children}function kt(e,t){this.props=e,this.context=t}function Je(e,t){if(t==null)return e.__?Je(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?Je(e):null}function Ji(e){if(e.__P&&e.__d){var t=e.__v,r=t.__e,i=[],o=[],s=Ue({},t);s.__v=t.__v+1,J.vnode&&J.vnode(s),Cn(e.__P,s,t,e.__n,e.__P.namespaceURI,32&t.__u?[r]:null,i,r??Je(t),!!(32&t.__u),o),s.__v=t.__v,s.__.__k[s.__i]=s,Gr(i,s,o),t.__e=t.__=null,s.__e!=r&&Ur(s)}}function Ur(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),Ur(e)}function cr(e){(!e.__d&&(e.__d=!0)&&Ke.push(e)&&!Lt.__r++||ar!=J.debounceRendering)&&((ar=J.debounceRendering)||Lr)(Lt)}function Lt(){try{for(var e,t=1;Ke.length;)Ke.length>t&&Ke.sort(Mr),e=Ke.shift(),t=Ke.length,Ji(e)}finally{Ke.length=Lt.__r=0}}function Br(e,t,r,i,o,s,d,l,h,u,g){var E,c,m,_,y,C,S=i&&i.__k||Dt,w=t.length;for(h=Qi(r,t,S,h,w),E=0;E<w;E++)(m=r.__k[E])!=null&&(c=m.__i!=-1&&S[m.__i]||Ot,m.__i=E,C=Cn(e,m,c,o,s,d,l,h,u,g),_=m.__e,m.ref&&c.ref!=m.ref&&(c.ref&&kn(c.ref,null,m),g.push(m.ref,m.__c||_,m)),y==null&&_!=null&&(y=_),4&m.__u?(h=Fr(m,h,e),c.__e&&(c.__e=null)):typeof m.type=="function"&&C!==void 0?h=C:_&&(h=_.nextSibling),m.__u&=-7);return r.__e=y,h}function Qi(e,t,r,i,o){var s,d,l,h,u,g=r.length,E=g,c=0;for(e.__k=new Array(o),s=0;s<o;s++)(d=t[s])!=null&&typeof d!="boolean"&&typeof d!="function"?(typeof d=="string"||typeof d=="number"||typeof d=="bigint"||d.constructor==String?d=e.__k[s]=Ct(null,d,null,null,null):qt(d)?d=e.__k[s]=Ct(de,{children:d},null,null,null):d.constructor===void 0&&d.__b>0?d=e.__k[s]=Ct(d.type,d.props,d.key,d.ref?d.ref:null,d.__v):e.__k[s]=d,h=s+c,d.__=e,d.__b=e.__b+1,l=null,(u=d.__i=Xi(d,r,h,E))!=-1&&(E--,(l=r[u])&&(l.__u|=2)),l==null||l.__v==null?(u==-1&&(o>g?c--:o<g&&c++),typeof d.type!="function"&&(d.__u|=4)):u!=h&&(u==h-1?c--:u==h+1?c++:(u>h?c--:c++,d.__u|=4))):e.__k[s]=null;if(E)for(s=0;s<g;s++)(l=r[s])!=null&&(2&l.__u)==0&&(l.__e==i&&(i=Je(l)),Wr(l,l));return i}function Fr(e,t,r){var i,o;if(typeof e.type=="function"){for(i=e.__k,o=0;i&&o<i.length;o++)i[o]&&(i[o].__=e,t=Fr(i[o],t,r));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=Je(e)),t=r.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Xi(e,t,r,i){var o,s,d,l=e.key,h=e.type,u=t[r],g=u!=null&&(2&u.__u)==0;if(u===null&&l==null||g&&l==u.key&&h==u.type)return r;if(i>(g?1:0)){for(o=r-1,s=r+1;o>=0||s<t.length;)if((u=t[d=o>=0?o--:s++])!=null&&(2&u.__u)==0&&l==u.key&&h==u.type)return d}return-1}function lr(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||zi.test(t)?r:r+"px"}function St(e,t,r,i,o){var s,d;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)r&&t in r||lr(e.style,t,"");if(r)for(t in r)i&&r[t]==i[t]||lr(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(Pr,"$1")),d=t.toLowerCase(),t=d in e||t=="onFocusOut"||t=="onFocusIn"?d.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=r,r?i?r[ht]=i[ht]:(r[ht]=Nn,e.addEventListener(t,s?pn:fn,s)):e.removeEventListener(t,s?pn:fn,s);else{if(o=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function dr(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t[Rt]==null)t[Rt]=Nn++;else if(t[Rt]<r[ht])return;return r(J.event?J.event(t):t)}}}function Cn(e,t,r,i,o,s,d,l,h,u){var g,E,c,m,_,y,C,S,w,U,re,W,j,pe,R,ee,Y=t.type;if(t.constructor!==void 0)return null;128&r.__u&&(h=!!(32&r.__u),s=[l=t.__e=r.__e]),(g=J.__b)&&g(t);e:if(typeof Y=="function"){E=d.length;try{if(w=t.props,U=Y.prototype&&Y.prototype.render,re=(g=Y.contextType)&&i[g.__c],W=g?re?re.props.value:g.__:i,r.__c?S=(c=t.__c=r.__c).__=c.__E:(U?t.__c=c=new Y(w,W):(t.__c=c=new kt(w,W),c.constructor=Y,c.render=es),re&&re.sub(c),c.state||(c.state={}),c.__n=i,m=c.__d=!0,c.__h=[],c._sb=[]),U&&c.__s==null&&(c.__s=c.state),U&&Y.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=Ue({},c.__s)),Ue(c.__s,Y.getDerivedStateFromProps(w,c.__s))),_=c.props,y=c.state,c.__v=t,m)U&&Y.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),U&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(U&&Y.getDerivedStateFromProps==null&&w!==_&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(w,W),t.__v==r.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(w,c.__s,W)===!1){t.__v!=r.__v&&(c.props=w,c.state=c.__s,c.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(ue){ue&&(ue.__=t)}),Dt.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&d.push(c),l=Je(r);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(w,c.__s,W),U&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(_,y,C)})}if(c.context=W,c.props=w,c.__P=e,c.__e=!1,j=J.__r,pe=0,U)c.state=c.__s,c.__d=!1,j&&j(t),g=c.render(c.props,c.state,c.context),Dt.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,j&&j(t),g=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++pe<25);c.state=c.__s,c.getChildContext!=null&&(i=Ue(Ue({},i),c.getChildContext())),U&&!m&&c.getSnapshotBeforeUpdate!=null&&(C=c.getSnapshotBeforeUpdate(_,y)),R=g!=null&&g.type===de&&g.key==null?Hr(g.props.children):g,l=Br(e,qt(R)?R:[R],t,r,i,o,s,d,l,h,u),c.base=t.__e,t.__u&=-161,c.__h.length&&d.push(c),S&&(c.__E=c.__=null)}catch(ue){if(d.length=E,t.__v=null,h||s!=null){if(ue.then){for(t.__u|=h?160:128;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;s!=null&&(s[s.indexOf(l)]=null),t.__e=l}else if(s!=null)for(ee=s.length;ee--;)Rn(s[ee])}else t.__e=r.__e;t.__k==null&&(t.__k=r.__k||[]),ue.then||qr(t),J.__e(ue,t,r)}}else s==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):l=t.__e=Zi(r.__e,t,r,i,o,s,d,h,u);return(g=J.diffed)&&g(t),128&t.__u?void 0:l}function qr(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(qr))}function Gr(e,t,r){for(var i=0;i<r.length;i++)kn(r[i],r[++i],r[++i]);J.__c&&J.__c(t,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(s){s.call(o)})}catch(s){J.__e(s,o.__v)}})}function Hr(e){return typeof e!="object"||e==null||e.__b>0?e:qt(e)?e.map(Hr):e.constructor!==void 0?null:Ue({},e)}function Zi(e,t,r,i,o,s,d,l,h){var u,g,E,c,m,_,y,C=r.props||Ot,S=t.props,w=t.type;if(w=="svg"?o="http://www.w3.org/2000/svg":w=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),s!=null){for(u=0;u<s.length;u++)if((m=s[u])&&"setAttribute"in m==!!w&&(w?m.localName==w:m.nodeType==3)){e=m,s[u]=null;break}}if(e==null){if(w==null)return document.createTextNode(S);e=document.createElementNS(o,w,S.is&&S),l&&(J.__m&&J.__m(t,s),l=!1),s=null}if(w==null)C===S||l&&e.data==S||(e.data=S);else{if(s=w=="textarea"&&S.defaultValue!=null?null:s&&Ft.call(e.childNodes),!l&&s!=null)for(C={},u=0;u<e.attributes.length;u++)C[(m=e.attributes[u]).name]=m.value;for(u in C)m=C[u],u=="dangerouslySetInnerHTML"?E=m:u=="children"||u in S||u=="value"&&"defaultValue"in S||u=="checked"&&"defaultChecked"in S||St(e,u,null,m,o);for(u in S)m=S[u],u=="children"?c=m:u=="dangerouslySetInnerHTML"?g=m:u=="value"?_=m:u=="checked"?y=m:l&&typeof m!="function"||C[u]===m||St(e,u,m,C[u],o);if(g)l||E&&(g.__html==E.__html||g.__html==e.innerHTML)||(e.innerHTML=g.__html),t.__k=[];else if(E&&(e.innerHTML=""),Br(t.type=="template"?e.content:e,qt(c)?c:[c],t,r,i,w=="foreignObject"?"http://www.w3.org/1999/xhtml":o,s,d,s?s[0]:r.__k&&Je(r,0),l,h),s!=null)for(u=s.length;u--;)Rn(s[u]);l&&w!="textarea"||(u="value",w=="progress"&&_==null?e.removeAttribute("value"):_!=null&&(_!==e[u]||w=="progress"&&!_||w=="option"&&_!=C[u])&&St(e,u,_,C[u],o),u="checked",y!=null&&y!=e[u]&&St(e,u,y,C[u],o))}return e}function kn(e,t,r){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&t==null||(e.__u=e(t))}else e.current=t}catch(o){J.__e(o,r)}}function Wr(e,t,r){var i,o;if(J.unmount&&J.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||kn(i,null,t)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(s){J.__e(s,t)}i.base=i.__P=i.__n=null}if(i=e.__k)for(o=0;o<i.length;o++)i[o]&&Wr(i[o],t,r||typeof e.type!="function");r||Rn(e.__e),e.__c=e.__=e.__e=void 0}function es(e,t,r){return this.constructor(e,r)}function ts(e,t,r){var i,o,s,d;t==document&&(t=document.documentElement),J.__&&J.__(e,t),o=(i=!1)?null:t.__k,s=[],d=[],Cn(t,e=t.__k=Yi(de,null,[e]),o||Ot,Ot,t.namespaceURI,o?null:t.firstChild?Ft.call(t.childNodes):null,s,o?o.__e:t.firstChild,i,d),Gr(s,e,d),e.props.children=null}Ft=Dt.slice,J={__e:function(e,t,r,i){for(var o,s,d;t=t.__;)if((o=t.__c)&&!o.__)try{if((s=o.constructor)&&s.getDerivedStateFromError!=null&&(o.setState(s.getDerivedStateFromError(e)),d=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(e,i||{}),d=o.__d),d)return o.__E=o}catch(l){e=l}throw e}},Dr=0,kt.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=Ue({},this.state),typeof e=="function"&&(e=e(Ue({},r),this.props)),e&&Ue(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),cr(this))},kt.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),cr(this))},kt.prototype.render=de,Ke=[],Lr=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Mr=function(e,t){return e.__v.__b-t.__v.__b},Lt.__r=0,sn=Math.random().toString(8),Rt="__d"+sn,ht="__a"+sn,Pr=/(PointerCapture)$|Capture$/i,Nn=0,fn=dr(!1),pn=dr(!0);var ns=0;function n(e,t,r,i,o,s){t||(t={});var d,l,h=t;if("ref"in h)for(l in h={},t)l=="ref"?d=t[l]:h[l]=t[l];var u={type:e,props:h,key:r,ref:d,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--ns,__i:-1,__u:0,__source:o,__self:s};if(typeof e=="function"&&(d=e.defaultProps))for(l in d)h[l]===void 0&&(h[l]=d[l]);return J.vnode&&J.vnode(u),u}var st,te,on,ur,pt=0,Kr=[],ae=J,hr=ae.__b,fr=ae.__r,pr=ae.diffed,gr=ae.__c,mr=ae.unmount,_r=ae.__;function Gt(e,t){ae.__h&&ae.__h(te,e,pt||t),pt=0;var r=te.__H||(te.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function I(e){return pt=1,rs(Vr,e)}function rs(e,t,r){var i=Gt(st++,2);if(i.t=e,!i.__c&&(i.__=[Vr(void 0,t),function(l){var h=i.__N?i.__N[0]:i.__[0],u=i.t(h,l);h!==u&&(i.__N=[u,i.__[1]],i.__c.setState({}))}],i.__c=te,!te.__f)){var o=function(l,h,u){if(!i.__c.__H)return!0;var g=!1,E=i.__c.props!==l;if(i.__c.__H.__.some(function(m){if(m.__N){g=!0;var _=m.__[0];m.__=m.__N,m.__N=void 0,_!==m.__[0]&&(E=!0)}}),s){var c=s.call(this,l,h,u);return g?c||E:c}return!g||E};te.__f=!0;var s=te.shouldComponentUpdate,d=te.componentWillUpdate;te.componentWillUpdate=function(l,h,u){if(this.__e){var g=s;s=void 0,o(l,h,u),s=g}d&&d.call(this,l,h,u)},te.shouldComponentUpdate=o}return i.__N||i.__}function ne(e,t){var r=Gt(st++,3);!ae.__s&&jr(r.__H,t)&&(r.__=e,r.u=t,te.__H.__h.push(r))}function nt(e){return pt=5,gt(function(){return{current:e}},[])}function gt(e,t){var r=Gt(st++,7);return jr(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function ot(e,t){return pt=8,gt(function(){return e},t)}function is(e){var t=Gt(st++,10),r=I();return t.__=e,te.componentDidCatch||(te.componentDidCatch=function(i,o){t.__&&t.__(i,o),r[1](i)}),[r[0],function(){r[1](void 0)}]}function ss(){for(var e;e=Kr.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(xt),t.__h.some(gn),t.__h=[]}catch(r){t.__h=[],ae.__e(r,e.__v)}}}ae.__b=function(e){te=null,hr&&hr(e)},ae.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),_r&&_r(e,t)},ae.__r=function(e){fr&&fr(e),st=0;var t=(te=e.__c).__H;t&&(on===te?(t.__h=[],te.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.some(xt),t.__h.some(gn),t.__h=[],st=0)),on=te},ae.diffed=function(e){pr&&pr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Kr.push(t)!==1&&ur===ae.requestAnimationFrame||((ur=ae.requestAnimationFrame)||os)(ss)),t.__H.__.some(function(r){r.u&&(r.__H=r.u,r.u=void 0)})),on=te=null},ae.__c=function(e,t){t.some(function(r){try{r.__h.some(xt),r.__h=r.__h.filter(function(i){return!i.__||gn(i)})}catch(i){t.some(function(o){o.__h&&(o.__h=[])}),t=[],ae.__e(i,r.__v)}}),gr&&gr(e,t)},ae.unmount=function(e){mr&&mr(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.some(function(i){try{xt(i)}catch(o){t=o}}),r.__H=void 0,t&&ae.__e(t,r.__v))};var br=typeof requestAnimationFrame=="function";function os(e){var t,r=function(){clearTimeout(i),br&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(r,35);br&&(t=requestAnimationFrame(r))}function xt(e){var t=te,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),te=t}function gn(e){var t=te;e.__c=e.__(),te=t}function jr(e,t){return!e||e.length!==t.length||t.some(function(r,i){return r!==e[i]})}function Vr(e,t){return typeof t=="function"?t(e):t}class V extends String{__apiType;value;__meta__;constructor(t,r){super(t),this.value=t,this.__meta__=r}toString(){return this.value}}new V(`
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
  allowedActions
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
    `,{fragmentName:"EventFields"});const as=new V(`
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
}`),cs=new V(`
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
}`),ls=new V(`
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
}`),ds=new V(`
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
}`),us=new V(`
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
}`),hs=new V(`
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
}`),fs=new V(`
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
}`),ps=new V(`
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
}`),gs=new V(`
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
}`),ms=new V(`
    mutation DeleteIntegration($id: ID!) {
  deleteIntegration(id: $id)
}
    `),_s=new V(`
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
    `),bs=new V(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id)
}
    `),ys=new V(`
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
    `),Es=new V(`
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
    `),yr=new V(`
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
}`),vs=new V(`
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
    `),Is=new V(`
    query Kinds {
  integrationKinds {
    name
    description
    configSchema
    exampleConfig
  }
}
    `),Ss=new V(`
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
  allowedActions
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
}`),As=new V(`
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
  allowedActions
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
}`),zr=new V(`
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
    `),Ts=new V(`
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
    `),Rs=new V(`
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
}`),Cs=new V(`
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
    `),Yr=new V(`
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
}`),ks=new V(`
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
}`);function ye(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function Ye(e){return ye(e)==="object"}function xs(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function Er(e,t){return e.length<124?e:t}const $s="graphql-transport-ws";var Ae=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(Ae||{}),Te=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(Te||{});function Jr(e){if(!Ye(e))throw new Error(`Message is expected to be an object, but got ${ye(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${ye(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!Ye(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ye(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${ye(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${ye(e.payload.query)}`);if(e.payload.variables!=null&&!Ye(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${ye(e.payload.variables)}`);if(e.payload.operationName!=null&&ye(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${ye(e.payload.operationName)}`);if(e.payload.extensions!=null&&!Ye(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${ye(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ye(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${ye(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!xs(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function Os(e,t){return Jr(typeof e=="string"?JSON.parse(e,t):e)}function dt(e,t){return Jr(e),JSON.stringify(e,t)}function Ds(e){const{url:t,connectionParams:r,lazy:i=!0,onNonLazyError:o=console.error,lazyCloseTimeout:s=0,keepAlive:d=0,disablePong:l,connectionAckWaitTimeout:h=0,retryAttempts:u=5,retryWait:g=async function(f){const A=Math.pow(2,f);await new Promise(x=>setTimeout(x,A*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:E=an,on:c,webSocketImpl:m,generateID:_=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,f=>{const A=Math.random()*16|0;return(f=="x"?A:A&3|8).toString(16)})},jsonMessageReplacer:y,jsonMessageReviver:C}=e;let S;if(m){if(!Ms(m))throw new Error("Invalid WebSocket implementation provided");S=m}else typeof WebSocket<"u"?S=WebSocket:typeof global<"u"?S=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(S=window.WebSocket||window.MozWebSocket);if(!S)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const w=S,U=(()=>{const D=(()=>{const A={};return{on(x,q){return A[x]=q,()=>{delete A[x]}},emit(x){"id"in x&&A[x.id]?.(x)}}})(),f={connecting:c?.connecting?[c.connecting]:[],opened:c?.opened?[c.opened]:[],connected:c?.connected?[c.connected]:[],ping:c?.ping?[c.ping]:[],pong:c?.pong?[c.pong]:[],message:c?.message?[D.emit,c.message]:[D.emit],closed:c?.closed?[c.closed]:[],error:c?.error?[c.error]:[]};return{onMessage:D.on,on(A,x){const q=f[A];return q.push(x),()=>{const K=q.indexOf(x);K>-1&&q.splice(K,1)}},emit(A,...x){for(const q of[...f[A]])q(...x)}}})();function re(D){const f=[U.on("error",A=>{f.forEach(x=>x()),D(A)}),U.on("closed",A=>{f.forEach(x=>x()),D(A)})];return()=>f.forEach(A=>A())}let W,j=0,pe,R=!1,ee=0,Y=!1;async function ue(){clearTimeout(pe);const[D,f]=await(W??(W=new Promise((q,K)=>(async()=>{if(R){if(await g(ee),!j)return W=void 0,K({code:1e3,reason:"All Subscriptions Gone"});ee++}U.emit("connecting",R);const B=new w(typeof t=="function"?await t():t,$s);let be,$e;function Ze(){isFinite(d)&&d>0&&(clearTimeout($e),$e=setTimeout(()=>{B.readyState===w.OPEN&&(B.send(dt({type:Te.Ping})),U.emit("ping",!1,void 0))},d))}re(he=>{W=void 0,clearTimeout(be),clearTimeout($e),K(he),he instanceof wr&&(B.close(4499,"Terminated"),B.onerror=null,B.onclose=null)}),B.onerror=he=>U.emit("error",he),B.onclose=he=>U.emit("closed",he),B.onopen=async()=>{try{U.emit("opened",B);const he=typeof r=="function"?await r():r;if(B.readyState!==w.OPEN)return;B.send(dt(he?{type:Te.ConnectionInit,payload:he}:{type:Te.ConnectionInit},y)),isFinite(h)&&h>0&&(be=setTimeout(()=>{B.close(Ae.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},h)),Ze()}catch(he){U.emit("error",he),B.close(Ae.InternalClientError,Er(he instanceof Error?he.message:String(he),"Internal client error"))}};let Ge=!1;B.onmessage=({data:he})=>{try{const ce=Os(he,C);if(U.emit("message",ce),ce.type==="ping"||ce.type==="pong"){U.emit(ce.type,!0,ce.payload),ce.type==="pong"?Ze():l||(B.send(dt(ce.payload?{type:Te.Pong,payload:ce.payload}:{type:Te.Pong},y)),U.emit("pong",!1,ce.payload));return}if(Ge)return;if(ce.type!==Te.ConnectionAck)throw new Error(`First message cannot be of type ${ce.type}`);clearTimeout(be),Ge=!0,U.emit("connected",B,ce.payload,R),R=!1,ee=0;const mt=new Promise((Hn,Wn)=>re(Wn));mt.catch(()=>{}),q([B,mt])}catch(ce){B.onmessage=null,U.emit("error",ce),B.close(Ae.BadResponse,Er(ce instanceof Error?ce.message:String(ce),"Bad response"))}}})())));D.readyState===w.CLOSING&&await f;let A=()=>{};const x=new Promise(q=>A=q);return[D,A,new Promise((q,K)=>{const B=re(K);D.readyState!==w.OPEN&&f.catch(K),x.then(()=>{if(B(),!j){const be=()=>D.close(1e3,"Normal Closure");isFinite(s)&&s>0?(clearTimeout(pe),pe=setTimeout(()=>{!j&&D.readyState===w.OPEN&&be()},s)):be()}q()})})]}function qe(D){if(an(D)&&(Ls(D.code)||[Ae.InternalServerError,Ae.InternalClientError,Ae.BadRequest,Ae.BadResponse,Ae.Unauthorized,Ae.SubprotocolNotAcceptable,Ae.SubscriberAlreadyExists,Ae.TooManyInitialisationRequests].includes(D.code)))throw D;if(Y)return!1;if(an(D)&&D.code===1e3)return j>0;if(!u||ee>=u||!E(D))throw D;return R=!0}i||(async()=>{for(j++;;)try{const[,,D]=await ue();await D}catch(D){try{if(!qe(D))return}catch(f){return o?.(f)}}})();function Se(D,f){const A=_(D);let x=!1,q=!1,K=()=>{j--,x=!0};return(async()=>{for(j++;;)try{const[B,be,$e]=await ue();if(x)return $e.catch(()=>{}),be();const Ze=U.onMessage(A,Ge=>{switch(Ge.type){case Te.Next:{f.next(Ge.payload);return}case Te.Error:{q=!0,x=!0,f.error(Ge.payload),K();return}case Te.Complete:{x=!0,K();return}}});B.send(dt({id:A,type:Te.Subscribe,payload:D},y)),K=()=>{!x&&B.readyState===w.OPEN&&B.send(dt({id:A,type:Te.Complete},y)),j--,x=!0,be()},await $e.finally(Ze);return}catch(B){if(!qe(B))return}})().then(()=>{q||f.complete()}).catch(B=>{f.error(B)}),()=>{x||K()}}return{on:U.on,subscribe:Se,iterate(D){const f=[],A={done:!1,error:null,resolve:()=>{}},x=Se(D,{next(K){f.push(K),A.resolve()},error(K){A.done=!0,A.error=K,A.resolve()},complete(){A.done=!0,A.resolve()}}),q=(async function*(){for(;;){for(f.length||await new Promise(B=>A.resolve=B);f.length;)yield f.shift();if(A.error)throw A.error;if(A.done)return}})();return q.throw=async K=>(A.done||(A.done=!0,A.error=K,A.resolve()),{done:!0,value:void 0}),q.return=async()=>(x(),{done:!0,value:void 0}),q},async dispose(){if(Y=!0,W){const[D]=await W;D.close(1e3,"Normal Closure")}},terminate(){W&&U.emit("closed",new wr)}}}class wr extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function an(e){return Ye(e)&&"code"in e&&"reason"in e}function Ls(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function Ms(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}class ve extends Error{kind;errors;status;constructor(t,r,i={}){super(r),this.name="Problem",this.kind=t,this.errors=i.errors??[],this.status=i.status}}function Ht(e){const t=e.extensions?.code;return typeof t=="string"?t:void 0}const Ps={UNAUTHENTICATED:"unauthenticated",FORBIDDEN:"forbidden",BAD_USER_INPUT:"invalid-input",GRAPHQL_VALIDATION_FAILED:"invalid-input",NOT_FOUND:"not-found",CONFLICT:"conflict",INVALID_TRANSITION:"not-allowed-now",FAILED_PRECONDITION:"not-allowed-now",TOO_MANY_REQUESTS:"rate-limited",RATE_LIMITED:"rate-limited"};function Us(e){switch(Ht(e)){case"UNAUTHENTICATED":return"You are signed out. Sign in again to continue.";case"FORBIDDEN":return`Your role does not allow this${e.message?` (${e.message})`:""}.`;case"INVALID_TRANSITION":{const r=e.extensions?.from;return typeof r=="string"?`This action no longer applies: the integration is ${r} now.`:e.message}case"CONFLICT":return`${e.message} Someone changed it meanwhile; the page shows the latest version.`;case"INTERNAL_SERVER_ERROR":return"The server failed to do this. Try again; if it keeps failing, the server log has the cause.";default:return e.message||"The server refused the request."}}function Qe(e,t){const r=e[0],i=r?Ht(r):void 0,o=i&&Ps[i]||"server",s=[...new Set(e.map(Us))],d={errors:e};return t!==void 0&&(d.status=t),new ve(o,s.join(" ")||"The server refused the request.",d)}function rt(e,t){if(e===401)return new ve("unauthenticated","You are signed out. Sign in again to continue.",{status:e});if(e===403)return new ve("forbidden","The server refused the request (403). Reload the page and sign in again.",{status:e});if(e===413)return new ve("invalid-input","The request is too large for the server.",{status:e});if(e===429){const r=t&&/^\d+$/.test(t)?` in ${t} s`:" shortly";return new ve("rate-limited",`Too many requests. Try again${r}.`,{status:e})}return e>=500?new ve("server",`The server failed (HTTP ${e}). Try again in a moment.`,{status:e}):new ve("server",`The server answered HTTP ${e}.`,{status:e})}function Wt(){return new ve("network","Cannot reach the server. Check the connection and try again.")}function ct(e){return e instanceof ve||e instanceof Error&&e.message?e.message:"Something went wrong."}function mn(e){const t={},r=(i,o)=>{const[s,...d]=i.split(".");if(!s)return;const l=d.length>0?`${d.join(".")}: ${o}`:o,h=t[s]??=[];h.includes(l)||h.push(l)};for(const i of e){if(Ht(i)!=="BAD_USER_INPUT")continue;const o=i.extensions?.fields;if(Array.isArray(o)&&o.length>0){for(const d of o)if(d&&typeof d=="object"){const{field:l,message:h}=d;typeof l=="string"&&r(l,typeof h=="string"?h:i.message)}continue}const s=i.extensions?.field;typeof s=="string"&&r(s,Bs(s,i.message))}return t}function Bs(e,t){const r=`${e}: `;return t.startsWith(r)?t.slice(r.length):t}function Fs(e,t){const r=mn(e);return e.filter(i=>{if(Ht(i)!=="BAD_USER_INPUT")return!0;const o=Object.keys(mn([i]));return o.length===0||o.some(s=>!t.includes(s)||!r[s])})}class qs{#e;constructor(t){this.#e=t??void 0}get value(){return this.#e}accept(t){return this.#e!==void 0&&t<=this.#e?!1:(this.#e=t,!0)}}function vr(e,t=Math.random){const r=Math.min(15e3,500*2**Math.max(0,e));return Math.round(r*(.8+.4*t()))}function Qr(e){return!!e&&typeof e=="object"&&typeof e.code=="number"}function Gs(e){return Qr(e)&&e.code===4401}function Hs(e){return Array.isArray(e)?!1:Qr(e)?![4400,4403,4406,4409].includes(e.code):!0}function Ws(e){return e.active===0?e.browserOnline?"idle":"offline":e.browserOnline?e.socket==="open"&&e.waiting===0?"online":e.waiting>0||e.socket==="closed"||e.everConnected?"reconnecting":"connecting":"offline"}const Ks="codebot_csrf",js="X-CSRF-Token";function Vs(e,t){for(const r of e.split(";")){const i=r.indexOf("=");if(!(i<0)&&r.slice(0,i).trim()===t){const o=r.slice(i+1).trim();try{return decodeURIComponent(o)}catch{return o}}}}function Xr(){const e={"content-type":"application/json",accept:"application/json"},t=typeof document>"u"?void 0:Vs(document.cookie,Ks);return t&&(e[js]=t),e}async function xn(e,t){try{return await fetch(e,{method:"POST",credentials:"same-origin",headers:Xr(),body:t===void 0?"{}":JSON.stringify(t)})}catch{throw Wt()}}async function zs(e){try{const t=await e.json();return Array.isArray(t.errors)?t.errors:[]}catch{return[]}}const _n=new Set;function Ys(e){return _n.add(e),()=>_n.delete(e)}function $n(){for(const e of _n)e()}let cn;function On(){return cn??=(async()=>{try{return(await xn("/auth/refresh")).ok}catch{return!1}finally{cn=void 0}})(),cn}async function Js(e){const t=await xn("/auth/session",{apiKey:e.trim()});if(t.ok)return;if(t.status===404||t.status===405)throw new ve("server","This server does not offer sign-in with an API key.",{status:t.status});const r=await zs(t);throw t.status===401?new ve("unauthenticated","The server did not accept this API key. Check it and try again.",{errors:r,status:401}):r.length>0?Qe(r,t.status):rt(t.status)}async function Qs(){try{await xn("/auth/logout")}finally{$n()}}async function Xs(){let e;try{e=await fetch("/auth/providers",{credentials:"same-origin",headers:{accept:"application/json"}})}catch{throw Wt()}if(e.status===404)return[];if(!e.ok)throw rt(e.status);const t=await e.json();return Array.isArray(t.providers)?t.providers.filter(r=>!!r&&typeof r=="object"&&typeof r.id=="string"&&typeof r.name=="string"&&typeof r.loginUrl=="string"):[]}function Zs(e,t){if(!t||t==="/")return e.loginUrl;const r=e.loginUrl.includes("?")?"&":"?";return`${e.loginUrl}${r}redirect=${encodeURIComponent(t)}`}function Dn(e){let t=e;const r=new Set;return{get:()=>t,set(i){if(!Object.is(i,t)){t=i;for(const o of[...r])o(t)}},subscribe(i){return r.add(i),()=>r.delete(i)}}}function Kt(e){const[t,r]=I(e.get);return ne(()=>(r(()=>e.get()),e.subscribe(i=>r(()=>i))),[e]),t}const Zr=Dn("idle");let it="idle",Ln=!1,bn=0,ei=0;const yn=new Set,En=new Set;let wn=0;function eo(){return typeof navigator>"u"?!0:navigator.onLine!==!1}function Be(){Zr.set(Ws({socket:it,active:bn,waiting:ei,browserOnline:eo(),everConnected:Ln}))}typeof window<"u"&&(window.addEventListener("online",()=>{Be();for(const e of[...En])e()}),window.addEventListener("offline",Be));function to(){const{protocol:e,host:t}=window.location;return`${e==="https:"?"wss:":"ws:"}//${t}/graphql/ws`}let Mt,At,Tt;const no=8e3;function ro(){return Mt??=Ds({url:to,lazy:!0,lazyCloseTimeout:3e3,retryAttempts:0,keepAlive:15e3,connectionParams:{},on:{opened:e=>{At=e},ping:e=>{e||(clearTimeout(Tt),Tt=setTimeout(()=>{At?.readyState===WebSocket.OPEN&&At.close(4408,"No pong")},no))},pong:e=>{e&&clearTimeout(Tt)},connecting:()=>{it="connecting",Be()},connected:()=>{it="open",Ln=!0,Be();for(const e of[...yn])e()},closed:()=>{clearTimeout(Tt),At=void 0,it="closed",wn+=1,Be()}}}),Mt}function ti(){Mt?.terminate(),Mt=void 0,it="idle",Ln=!1,Be()}function Mn(e){const t=new qs(e.initialCursor);let r=!1,i=0,o,s,d=!1,l=!1;const h=m=>{m!==l&&(l=m,ei+=m?1:-1,Be())},u=()=>{d&&!r&&(d=!1,e.onResume?.())},g=()=>{s!==void 0&&!r&&(clearTimeout(s),s=void 0,c())};yn.add(u),En.add(g);const E=m=>{h(!0),d=!0,s=setTimeout(()=>{s=void 0,c()},m)},c=()=>{if(r)return;const m=wn,_={query:e.document.toString(),variables:e.variables(t.value)};o=ro().subscribe(_,{next:y=>{if(i=0,h(!1),y.errors&&y.errors.length>0){e.onError?.(Qe(y.errors));return}const C=y.data;C&&(e.cursorOf&&!t.accept(e.cursorOf(C))||e.onData(C))},error:y=>{o=void 0,!r&&(Gs(y)?(h(!0),On().then(C=>{r||(C?E(0):(h(!1),$n()))})):Hs(y)?E(vr(i++)):(h(!1),e.onError?.(Qe(Array.isArray(y)?y:[{message:"The live update was refused."}]))))},complete:()=>{o=void 0,!r&&wn!==m&&E(vr(i++))}}),it==="open"&&u()};return bn+=1,Be(),c(),()=>{r||(r=!0,s!==void 0&&clearTimeout(s),h(!1),yn.delete(u),En.delete(g),o?.(),bn-=1,Be())}}const io={idle:"",connecting:"Connecting…",online:"Live",reconnecting:"Reconnecting…",offline:"Offline"};function so(){const e=Kt(Zr);return e==="idle"?null:n("span",{class:`live live-${e}`,role:"status","aria-live":"polite","data-live":e,children:[n("span",{class:"live-dot","aria-hidden":"true"}),io[e]]})}function oo(e){ne(()=>{if(e)return Mn({document:Yr,variables:()=>({}),onData:()=>{}})},[e])}function me({error:e,onRetry:t}){return e?n("div",{class:"notice notice-error",role:"alert",children:[n("span",{children:ct(e)}),t&&n("button",{type:"button",class:"button small",onClick:t,children:"Try again"})]}):null}function at({children:e}){return n("div",{class:"notice notice-info",role:"status",children:e})}function je({what:e}){return n("p",{class:"loading",role:"status","aria-live":"polite",children:["Loading ",e,"…"]})}const Ne={read:"integration.read",write:"integration.write",delete:"integration.delete",manageKeys:"apikey.manage",manageUsers:"user.manage"},ao={VIEWER:[Ne.read],DEVELOPER:[Ne.read,Ne.write,Ne.manageKeys],ADMIN:[Ne.read,Ne.write,Ne.delete,Ne.manageKeys,Ne.manageUsers]};function co(e){return Array.isArray(e.permissions)?e.permissions:ao[e.role]??[]}function Pn(e,t){return!!e&&co(e).includes(t)}function Pt(e){return Pn(e,Ne.write)}function Un(e){return Pn(e,Ne.manageUsers)}function lo(e){return Pn(e,Ne.manageKeys)}const Ut=["VIEWER","DEVELOPER","ADMIN"];function uo(e){const t=Ut.indexOf(e);return t<0?[]:Ut.slice(0,t+1)}async function Ir(e,t){try{return await fetch("/graphql",{method:"POST",credentials:"same-origin",headers:Xr(),body:JSON.stringify({query:e,variables:t??{}})})}catch{throw Wt()}}async function ni(e,t){const r=e.toString();let i=await Ir(r,t);if(i.status===401&&(await On()&&(i=await Ir(r,t)),i.status===401))throw $n(),rt(401);let o;try{o=await i.json()}catch{o=void 0}if(!o||o.data===void 0&&!o.errors)throw rt(i.status,i.headers.get("retry-after"));const s=Array.isArray(o.errors)?o.errors:[];if(o.data===void 0||o.data===null)throw s.length>0?Qe(s,i.status):rt(i.status);return{data:o.data,errors:s}}const Ie=ni;async function Ee(e,t){const r=await ni(e,t);if(r.errors.length>0||!r.data)throw Qe(r.errors);return r.data}function Bn({request:e,onClose:t}){const r=nt(null),[i,o]=I(""),[s,d]=I(!1),[l,h]=I(null);return ne(()=>{const g=r.current;g&&(e?(o(""),h(null),d(!1),g.open||g.showModal()):g.open&&g.close())},[e]),n("dialog",{ref:r,class:"dialog","aria-labelledby":"dialog-title",onClose:t,children:e&&n("form",{method:"dialog",onSubmit:async g=>{if(g.preventDefault(),!!e){if(e.text?.required&&i.trim()===""){h(new Error(`${e.text.label} is required.`));return}d(!0),h(null);try{await e.run(i.trim()),t()}catch(E){h(E),d(!1)}}},children:[n("h2",{id:"dialog-title",children:e.title}),n("p",{children:e.body}),e.text&&n("label",{class:"field",children:[n("span",{children:e.text.label}),n("textarea",{rows:3,value:i,required:e.text.required,onInput:g=>o(g.currentTarget.value)})]}),!!l&&n("p",{class:"field-error",role:"alert",children:ct(l)}),n("div",{class:"dialog-actions",children:[n("button",{type:"button",class:"button",onClick:t,disabled:s,children:"Back"}),n("button",{type:"submit",class:`button ${e.danger?"danger":"primary"}`,disabled:s,children:s?"Working…":e.confirmLabel})]})]})})}function ri({secret:e,children:t,onDone:r}){const[i,o]=I(!1);return n("div",{class:"notice notice-success secret",role:"status",children:[n("p",{children:[t," Copy the secret now: it is shown only once."]}),n("div",{class:"secret-row",children:[n("code",{"data-secret":!0,children:e}),n("button",{type:"button",class:"button small",onClick:()=>navigator.clipboard?.writeText(e).then(()=>o(!0),()=>o(!1)),children:i?"Copied":"Copy"}),n("button",{type:"button",class:"button small",onClick:r,children:"Done"})]})]})}function $t(e,t){const r=nt(e);r.current=e;const i=nt(void 0),o=nt(()=>{i.current!==void 0&&clearTimeout(i.current),i.current=setTimeout(()=>{i.current=void 0,r.current()},t)});return ne(()=>()=>clearTimeout(i.current),[]),o.current}function jt(e){ne(()=>{document.title=e?`${e} · Claude Code Bot`:"Claude Code Bot"},[e])}function Re(e){if(!e)return"—";const t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleString(void 0,{dateStyle:"medium",timeStyle:"medium"})}function Vt(e){if(e==null||!Number.isFinite(e)||e<0)return"—";if(e<1e3)return`${Math.round(e)} ms`;const t=e/1e3;if(t<60)return`${t.toFixed(t<10?2:1)} s`;const r=Math.floor(t/60),i=Math.round(t%60);return r<60?`${r} min ${i} s`:`${Math.floor(r/60)} h ${r%60} min`}function ho(e,t,r){if(!e)return null;const i=Date.parse(e),o=t?Date.parse(t):r;return Number.isNaN(i)||Number.isNaN(o)?null:Math.max(0,o-i)}function fo(e){return e===0?"$0.00":e<.01?`$${e.toFixed(4)}`:`$${e.toFixed(2)}`}function Le(e){return e.toLocaleString("en-US")}function H(e,t){return e&&typeof e=="object"?e[t]:void 0}const Z=e=>typeof e=="string"||typeof e=="number"?String(e):"";function po(e){const t=e.toLowerCase().replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function go(e,t){switch(e){case"INTEGRATION_CREATED":return`Created “${Z(H(t,"name"))}” (${Z(H(t,"kind"))})`;case"INTEGRATION_UPDATED":return`Changed ${Object.keys(t??{}).join(", ")||"nothing"}`;case"STATE_CHANGED":{const r=Z(H(t,"trigger")).replace(/_/g," "),i=Z(H(t,"reason")),o=r==="cancelled"&&i.trim().toLowerCase()==="cancelled"?"":i;return`${Z(H(t,"from"))} → ${Z(H(t,"to"))}${r?` (${r})`:""}${o?`: ${o}`:""}`}case"STEP_STARTED":return`${Z(H(t,"step"))} started (attempt ${Z(H(t,"attempt"))})`;case"STEP_SUCCEEDED":return`${Z(H(t,"step"))} succeeded in ${Vt(Number(H(t,"duration_ms")))}`;case"STEP_FAILED":return`${Z(H(t,"step"))} failed (attempt ${Z(H(t,"attempt"))}): ${Z(H(t,"error"))}`;case"GENERATION_PROGRESSED":{const r=Number(H(t,"characters")),i=H(t,"files"),o=Array.isArray(i)?i.map(Z).filter(Boolean):[],s=Number(H(t,"attempt"));return`Generation progress: ${Number.isFinite(r)?Le(r):"?"} characters, ${o.length>0?`files: ${o.join(", ")}`:"no file begun yet"}${s>1?` (attempt ${s})`:""}`}case"CODE_GENERATED":{const r=H(t,"files");return`Code generated by ${Z(H(t,"generator"))}: ${Array.isArray(r)?r.length:0} files`}case"TESTS_COMPLETED":return H(H(t,"report"),"passed")?"Tests passed":"Tests failed";case"PULL_REQUEST_OPENED":return`Pull request #${Z(H(H(t,"pull_request"),"number"))} opened`;case"PULL_REQUEST_MERGED":return"Pull request merged";case"DEPLOYED":return`Deployed to ${Z(H(H(t,"deployment"),"location"))}`;case"COMPENSATED":return`${Z(H(t,"step"))} undone: ${Z(H(t,"detail"))}`;case"UNDEPLOYED":return"Deployment removed";case"COMPENSATION_ATTEMPT_FAILED":return`Undoing ${Z(H(t,"step"))} failed (attempt ${Z(H(t,"attempt"))}): ${Z(H(t,"error"))}`;case"COMPENSATION_FAILED":return`Gave up undoing ${Z(H(t,"step"))} after ${Z(H(t,"attempts"))} attempts: waits for an administrator`;case"COMPENSATION_RETRIED":return`Undo of ${Z(H(t,"step"))} retried by an administrator`;case"COMPENSATION_RESOLVED":return`Undo of ${Z(H(t,"step"))} resolved by hand: ${Z(H(t,"note"))}`;case"INTEGRATION_DELETED":return"Deleted";default:return e}}const Sr={CLOSED:{label:"Closed",tone:"good",help:"Calls go through"},OPEN:{label:"Open",tone:"attention",help:"Calls fail fast until the open period ends"},HALF_OPEN:{label:"Half-open",tone:"busy",help:"One trial call decides whether it closes again"}};function mo(e){return Object.prototype.hasOwnProperty.call(Sr,e)?Sr[e]:{label:e,tone:"neutral",help:"Unknown breaker state"}}function ii(e,t){return`${Le(e)} / ${Le(t)}`}function _o(e,t){return t>0&&e>=t}function si(e){return!Number.isFinite(e)||e<0?"—":e<60?`${Math.round(e)} s`:Vt(e*1e3)}function bo(e,t){const r=Date.parse(e);if(Number.isNaN(r))return"—";const i=Math.floor((t-r)/1e3);return i<1?"just now":`${si(i)} ago`}function yo({onInvited:e}){const[t,r]=I(""),[i,o]=I("DEVELOPER"),[s,d]=I(!1),[l,h]=I(null),[u,g]=I(null);return n(de,{children:[n("h3",{id:"invite-title",children:"Invite someone"}),n("form",{class:"form inline-form","aria-labelledby":"invite-title",onSubmit:async c=>{if(c.preventDefault(),t.trim()===""){h("Give the person’s name.");return}d(!0),h(null);try{const m=await Ee(ys,{input:{name:t.trim(),role:i}});g(m.inviteUser),r(""),e(m.inviteUser)}catch(m){h(ct(m))}finally{d(!1)}},noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"invite-name",children:"Person’s name"}),n("input",{id:"invite-name",value:t,onInput:c=>r(c.currentTarget.value)})]}),n("div",{class:"field",children:[n("label",{for:"invite-role",children:"Their role"}),n("select",{id:"invite-role",value:i,onChange:c=>o(c.currentTarget.value),children:Ut.map(c=>n("option",{value:c,children:c},c))})]}),n("button",{type:"submit",class:"button primary",disabled:s,children:s?"Inviting…":"Invite"})]}),l&&n("p",{class:"field-error",role:"alert",children:l}),u&&n(ri,{secret:u.apiKey.secret,onDone:()=>g(null),children:[n("strong",{children:u.user.name})," (",u.user.role,") is invited. Give them this key: it signs in as them."]})]})}function Eo({me:e,onInvited:t}){const[r,i]=I(null),[o,s]=I(null),[d,l]=I(0),[h,u]=I(null),[g,E]=I(null),c=ot(async _=>{try{const y=await Ie(zr,{first:50,after:_}),C=y.data?.users;if(!C)throw Qe(y.errors);i(S=>_?[...S??[],...C.nodes]:C.nodes),s(C.pageInfo.hasNextPage?C.pageInfo.endCursor??null:null),l(C.totalCount),u(null)}catch(y){u(y)}},[]);ne(()=>{c(null)},[c]);const m=async(_,y)=>{E(_.id),u(null);try{const C=await Ee(Es,{userId:_.id,role:y});i(S=>S?.map(w=>w.id===_.id?{...w,role:C.setUserRole.role}:w)??null)}catch(C){u(C)}finally{E(null)}};return n("section",{class:"card","aria-labelledby":"users-title",children:[n("h2",{id:"users-title",children:"Users and roles"}),n(yo,{onInvited:_=>{i(y=>y&&[...y,_.user]),l(y=>y+1),t()}}),n(me,{error:h,onRetry:()=>{c(null)}}),r===null?!h&&n(je,{what:"users"}):n("div",{class:"table-scroll",children:[n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Email"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Since"})]})}),n("tbody",{children:r.map(_=>n("tr",{children:[n("td",{"data-label":"Name",children:[_.name,_.id===e.id&&n("span",{class:"muted",children:" (you)"})]}),n("td",{"data-label":"Email",children:_.email??"—"}),n("td",{"data-label":"Role",children:n("select",{"aria-label":`Role of ${_.name}`,value:_.role,disabled:g===_.id||_.id===e.id,onChange:y=>{m(_,y.currentTarget.value)},children:Ut.map(y=>n("option",{value:y,children:y},y))})}),n("td",{"data-label":"Since",children:Re(_.createdAt)})]},_.id))})]}),n("p",{class:"muted small",children:[r.length," of ",d," users"]}),o&&n("button",{type:"button",class:"button",onClick:()=>{c(o)},children:"Load more"})]})]})}function wo({me:e,reload:t}){const r=uo(e.role),[i,o]=I(null),[s,d]=I(null),[l,h]=I(""),[u,g]=I("VIEWER"),[E,c]=I(""),[m,_]=I(null),[y,C]=I(!1),[S,w]=I(null),[U,re]=I(null),W=ot(async()=>{try{const R=await Ie(Ts);o(R.data?.apiKeys??[]),d(null)}catch(R){d(R)}},[]);ne(()=>{W()},[W,t]);const j=async R=>{if(R.preventDefault(),l.trim()===""){_("Give the key a name.");return}C(!0),_(null);try{const ee={name:l.trim(),role:u};E&&(ee.expiresAt=new Date(`${E}T23:59:59`).toISOString());const Y=await Ee(_s,{input:ee});w(Y.createApiKey),h(""),c(""),W()}catch(ee){_(ct(ee))}finally{C(!1)}},pe=R=>re({title:`Revoke “${R.name}”`,body:`Programs using the key ${R.prefix}… stop working at once. This cannot be undone.`,confirmLabel:"Revoke",danger:!0,run:async()=>{await Ee(bs,{id:R.id}),await W()}});return n("section",{class:"card","aria-labelledby":"keys-title",children:[n("h2",{id:"keys-title",children:"API keys"}),n("p",{class:"muted small",children:"Keys you make are yours and act as you, with at most the role you signed in with."}),n("form",{class:"form inline-form",onSubmit:j,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"key-name",children:"Name"}),n("input",{id:"key-name",value:l,onInput:R=>h(R.currentTarget.value)})]}),n("div",{class:"field",children:[n("label",{for:"key-role",children:"Role"}),n("select",{id:"key-role",value:u,onChange:R=>g(R.currentTarget.value),children:r.map(R=>n("option",{value:R,children:R},R))})]}),n("div",{class:"field",children:[n("label",{for:"key-expires",children:["Expires ",n("small",{class:"muted",children:"(optional)"})]}),n("input",{id:"key-expires",type:"date",value:E,onInput:R=>c(R.currentTarget.value)})]}),n("button",{type:"submit",class:"button primary",disabled:y,children:y?"Creating…":"Create key"})]}),m&&n("p",{class:"field-error",role:"alert",children:m}),S&&n(ri,{secret:S.secret,onDone:()=>w(null),children:["Key ",n("strong",{children:S.apiKey.name})," (",S.apiKey.role,") created for you."]}),n(me,{error:s,onRetry:()=>{W()}}),i===null?!s&&n(je,{what:"API keys"}):i.length===0?n("p",{class:"muted",children:"No API keys."}):n("div",{class:"table-scroll",children:n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Key"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Owner"}),n("th",{scope:"col",children:"Created"}),n("th",{scope:"col",children:"Last used"}),n("th",{scope:"col",children:"Expires"}),n("th",{scope:"col",children:n("span",{class:"visually-hidden",children:"Revoke"})})]})}),n("tbody",{children:i.map(R=>n("tr",{class:R.revokedAt?"revoked":void 0,children:[n("td",{"data-label":"Name",children:R.name}),n("td",{"data-label":"Key",children:n("code",{children:[R.prefix,"…"]})}),n("td",{"data-label":"Role",children:R.role}),n("td",{"data-label":"Owner",children:R.owner?.name??"—"}),n("td",{"data-label":"Created",children:Re(R.createdAt)}),n("td",{"data-label":"Last used",children:R.lastUsedAt?Re(R.lastUsedAt):"never"}),n("td",{"data-label":"Expires",children:R.expiresAt?Re(R.expiresAt):"never"}),n("td",{children:R.revokedAt?n("span",{class:"muted",children:["revoked ",Re(R.revokedAt)]}):n("button",{type:"button",class:"button small danger",onClick:()=>pe(R),children:"Revoke"})})]},R.id))})]})}),n(Bn,{request:U,onClose:()=>re(null)})]})}function Bt({count:e,limit:t}){return n(de,{children:[ii(e,t),_o(e,t)&&n(de,{children:[" ",n("span",{class:"badge tone-attention",children:"full"})]})]})}function vo({workers:e,readAt:t}){return n(de,{children:[n("h3",{id:"workers-title",children:"Workers"}),e.length===0?n(at,{children:"No worker is running: integrations will wait in the queue."}):n("ul",{class:"worker-list","aria-labelledby":"workers-title",children:e.map(r=>n("li",{"data-worker":r.instance,children:[n("code",{children:r.instance})," ",n("span",{class:"muted small",children:["reported"," ",n("time",{dateTime:r.reportedAt,title:Re(r.reportedAt),children:bo(r.reportedAt,t)})]})]},r.instance))})]})}function Io({bulkheads:e}){return n(de,{children:[n("h3",{id:"bulkheads-title",children:"Bulkheads"}),e.length===0?n("p",{class:"muted",children:"No worker reports a bulkhead."}):n("div",{class:"table-scroll",children:n("table",{class:"numbers","aria-labelledby":"bulkheads-title",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Worker"}),n("th",{scope:"col",children:"Guards"}),n("th",{scope:"col",children:"In flight"}),n("th",{scope:"col",children:"Queued"}),n("th",{scope:"col",children:"Rejected"})]})}),n("tbody",{children:e.map(t=>n("tr",{"data-bulkhead":t.name,children:[n("td",{"data-label":"Worker",children:n("code",{children:t.instance})}),n("td",{"data-label":"Guards",children:n("code",{children:t.name})}),n("td",{"data-label":"In flight",children:n(Bt,{count:t.inFlight,limit:t.concurrencyLimit})}),n("td",{"data-label":"Queued",children:n(Bt,{count:t.queued,limit:t.queueLimit})}),n("td",{"data-label":"Rejected",children:Le(t.rejected)})]},`${t.instance}/${t.name}`))})]})})]})}function So({provider:e}){const t=mo(e.breaker);return n("li",{class:"provider","data-breaker":e.breaker,children:n("table",{class:"kv",children:[n("caption",{children:n("code",{children:e.name})}),n("tbody",{children:[n("tr",{children:[n("th",{scope:"row",children:"Worker"}),n("td",{children:n("code",{children:e.instance})})]}),n("tr",{children:[n("th",{scope:"row",children:"Breaker"}),n("td",{children:n("span",{class:`badge tone-${t.tone}`,title:t.help,"data-breaker":e.breaker,children:t.label})})]}),n("tr",{children:[n("th",{scope:"row",children:"Failures in a row"}),n("td",{children:ii(e.consecutiveFailures,e.failureThreshold)})]}),n("tr",{children:[n("th",{scope:"row",children:"Open period"}),n("td",{children:si(e.openSeconds)})]}),n("tr",{children:[n("th",{scope:"row",children:"In flight"}),n("td",{children:n(Bt,{count:e.inFlight,limit:e.concurrencyLimit})})]}),n("tr",{children:[n("th",{scope:"row",children:"Queued"}),n("td",{children:n(Bt,{count:e.queued,limit:e.queueLimit})})]}),n("tr",{children:[n("th",{scope:"row",children:"Calls"}),n("td",{children:Le(e.calls)})]}),n("tr",{children:[n("th",{scope:"row",children:"Retries"}),n("td",{children:Le(e.retries)})]}),n("tr",{children:[n("th",{scope:"row",children:"Rejected"}),n("td",{children:Le(e.rejected)})]})]})]})})}function Ao({providers:e,workers:t}){return n(de,{children:[n("h3",{id:"providers-title",children:"Providers"}),e.length===0?n("p",{class:"muted",children:t===0?"No worker reports its providers.":"No networked providers (the offline generator is in use)."}):n("ul",{class:"provider-list","aria-labelledby":"providers-title",children:e.map(r=>n(So,{provider:r},`${r.instance}/${r.name}`))})]})}function To(){const[e,t]=I(null),[r,i]=I(0),[o,s]=I(null),d=ot(async()=>{try{const l=await Ie(Ns);t(l.data?.systemStatus??null),i(Date.now()),s(null)}catch(l){s(l)}},[]);return ne(()=>{d()},[d]),n("section",{class:"card","aria-labelledby":"status-title",children:[n("div",{class:"page-head",children:[n("h2",{id:"status-title",children:"System status"}),n("button",{type:"button",class:"button small",onClick:()=>{d()},children:"Refresh"})]}),n(me,{error:o,onRetry:()=>{d()}}),e&&n("dl",{class:"pairs",children:[n("dt",{children:"Version"}),n("dd",{children:e.version}),n("dt",{children:"Database"}),n("dd",{children:[e.database.backend," ",n("span",{class:`badge tone-${e.database.ok?"good":"bad"}`,children:e.database.ok?"OK":"not answering"})]}),n("dt",{children:"Job queue"}),n("dd",{children:e.queue?`${e.queue.queued} queued, ${e.queue.running} running`:"cannot be read"})]}),e&&n(de,{children:[n(vo,{workers:e.workers,readAt:r}),n(Io,{bulkheads:e.bulkheads}),n(Ao,{providers:e.providers,workers:e.workers.length})]})]})}function No({user:e}){const t=Un(e),r=lo(e),[i,o]=I(0);return jt(t?"Admin":"API keys"),n("div",{class:"admin",children:[n("h1",{children:t?"Admin":"API keys"}),t&&n(To,{}),t&&n(Eo,{me:e,onInvited:()=>o(s=>s+1)}),r?n(wo,{me:e,reload:i}):n(at,{children:["You signed in with a ",e.role.toLowerCase()," key: it cannot list, create or revoke API keys."]}),!t&&n(at,{children:"Users, roles and the system status are for administrators."})]})}const zt=["DRAFT","VALIDATING","GENERATING","TESTING","REVIEWING","DEPLOYING","ACTIVE","FAILED","DEPRECATED"],Ro={DRAFT:"neutral",VALIDATING:"busy",GENERATING:"busy",TESTING:"busy",REVIEWING:"attention",DEPLOYING:"busy",ACTIVE:"good",FAILED:"bad",DEPRECATED:"muted"},Co={DRAFT:"Created; the pipeline has not started",VALIDATING:"The request is checked against its kind",GENERATING:"The generator writes the code and its tests",TESTING:"The generated tests run in the sandbox",REVIEWING:"A pull request waits for a review",DEPLOYING:"The reviewed code is being deployed",ACTIVE:"Deployed and running",FAILED:"Failed, rejected or cancelled; finished steps were undone",DEPRECATED:"Taken out of service"};function ko(e){return zt.includes(e)}function oi(e){return e.charAt(0)+e.slice(1).toLowerCase()}function xo(){return{total:0,byState:Object.fromEntries(zt.map(e=>[e,0]))}}function $o(e){const t=xo();if(!e)return t;t.total=e.all?.totalCount??0;for(const r of zt)t.byState[r]=e[r]?.totalCount??0;return t}function Oo(e,t,r){if(t===r)return e;const i={...e.byState};let o=e.total;return t?i[t]=Math.max(0,i[t]-1):o+=1,i[r]+=1,{total:o,byState:i}}function Fn({state:e}){return n("span",{class:`badge tone-${Ro[e]}`,title:Co[e],"data-state":e,children:oi(e)})}function Do({status:e}){return n("span",{class:`badge tone-${e==="SUCCEEDED"?"good":e==="FAILED"?"bad":e==="RUNNING"?"busy":e==="COMPENSATED"?"muted":"neutral"}`,children:e.charAt(0)+e.slice(1).toLowerCase()})}function qn(){return{path:window.location.pathname,search:new URLSearchParams(window.location.search)}}const Gn=Dn(qn());window.addEventListener("popstate",()=>Gn.set(qn()));function Fe(e,t={}){const r=window.location.pathname+window.location.search;e!==r&&(t.replace?window.history.replaceState(null,"",e):window.history.pushState(null,"",e),Gn.set(qn()),t.replace||window.scrollTo(0,0))}function Yt(){return Kt(Gn)}function Lo(e,t){const r=e.split("/").filter(Boolean),i=t.split("/").filter(Boolean);if(r.length!==i.length)return null;const o={};for(let s=0;s<r.length;s+=1){const d=r[s],l=i[s];if(d.startsWith(":"))try{o[d.slice(1)]=decodeURIComponent(l)}catch{return null}else if(d!==l)return null}return o}function ke({href:e,onClick:t,...r}){return n("a",{href:e,onClick:i=>{t&&t(i),!(i.defaultPrevented||i.button!==0||i.metaKey||i.ctrlKey||i.shiftKey||i.altKey)&&(i.preventDefault(),Fe(e))},...r})}const Ar=25;function Tr(e){return{states:(e.get("state")??"").split(",").filter(ko),owner:e.get("owner")??"",text:e.get("q")??""}}function ln(e){const t=new URLSearchParams;e.states.length>0&&t.set("state",e.states.join(",")),e.owner&&t.set("owner",e.owner),e.text&&t.set("q",e.text);const r=t.toString();return r?`/?${r}`:"/"}function Nr(e,t){return e?e==="me"?t.id:e:null}function Mo({user:e}){jt("Integrations");const t=Yt(),r=Tr(t.search),i=`${r.states.join(",")}|${r.owner}|${r.text}`,[o,s]=I(null),[d,l]=I(0),[h,u]=I(null),[g,E]=I(null),[c,m]=I(null),[_,y]=I(null),[C,S]=I(!1),[w,U]=I(r.text),[re,W]=I([]),j=nt(o);j.current=o;const pe=()=>{const f={};r.states.length>0&&(f.states=r.states);const A=Nr(r.owner,e);return A&&(f.owner=A),r.text&&(f.text=r.text),f},R=ot(async()=>{try{const f=await Ie(vs,{owner:Nr(r.owner,e),text:r.text||null});E($o(f.data))}catch(f){m(f)}},[i]),ee=ot(async()=>{const f=Math.min(100,Math.max(Ar,j.current?.length??0));try{const x=(await Ie(yr,{first:f,after:null,filter:pe()})).data.integrations;s(x.nodes),l(x.totalCount),u(x.pageInfo.hasNextPage?x.pageInfo.endCursor??null:null),m(null)}catch(A){m(A)}},[i]),Y=$t(()=>{ee()},300),ue=$t(()=>{R()},300);ne(()=>{s(null),j.current=null,ee(),R()},[ee,R]),ne(()=>{Un(e)&&Ie(zr,{first:100,after:null}).then(f=>W(f.data?.users?.nodes??[]),()=>W([]))},[e]),ne(()=>Mn({document:Yr,variables:()=>({}),onData:({integrationUpdated:f})=>{const A=j.current,x=A?A.findIndex(q=>q.id===f.id):-1;if(A&&x>=0){const q=A[x];if(q.version>f.version)return;const K=[...A];K[x]=f,j.current=K,s(K),q.state!==f.state&&E(B=>B&&Oo(B,q.state,f.state))}else Y();ue()},onResume:()=>{Y(),ue()},onError:y}),[Y,ue]);const qe=$t(()=>{const f=Tr(new URLSearchParams(window.location.search));f.text!==w.trim()&&Fe(ln({...f,text:w.trim()}),{replace:!0})},350);ne(()=>{r.text!==w.trim()&&U(r.text)},[r.text]);const Se=f=>{const A=f===null?[]:r.states.includes(f)?r.states.filter(x=>x!==f):[...r.states,f];Fe(ln({...r,states:A}))},D=async()=>{if(h){S(!0);try{const A=(await Ie(yr,{first:Ar,after:h,filter:pe()})).data.integrations,x=new Set((j.current??[]).map(K=>K.id)),q=[...j.current??[],...A.nodes.filter(K=>!x.has(K.id))];j.current=q,s(q),l(A.totalCount),u(A.pageInfo.hasNextPage?A.pageInfo.endCursor??null:null)}catch(f){m(f)}finally{S(!1)}}};return n("section",{"aria-labelledby":"board-title",children:[n("div",{class:"page-head",children:[n("h1",{id:"board-title",children:"Integrations"}),Pt(e)&&n(ke,{class:"button primary",href:"/integrations/new",children:"New integration"})]}),n("div",{class:"filters",role:"search",children:[n("div",{class:"chips",role:"group","aria-label":"Filter by state",children:[n("button",{type:"button",class:"chip","aria-pressed":r.states.length===0,onClick:()=>Se(null),children:["All ",n("span",{class:"count",children:g?g.total:"…"})]}),zt.map(f=>n("button",{type:"button",class:`chip chip-${f.toLowerCase()}`,"aria-pressed":r.states.includes(f),"data-state-count":f,onClick:()=>Se(f),children:[oi(f)," ",n("span",{class:"count",children:g?g.byState[f]:"…"})]},f))]}),n("div",{class:"filter-row",children:[n("div",{class:"field inline",children:[n("label",{for:"board-search",children:"Search"}),n("input",{id:"board-search",type:"search",value:w,placeholder:"Name or description",onInput:f=>{U(f.currentTarget.value),qe()}})]}),n("div",{class:"field inline",children:[n("label",{for:"board-owner",children:"Owner"}),n("select",{id:"board-owner",value:r.owner,onChange:f=>Fe(ln({...r,owner:f.currentTarget.value})),children:[n("option",{value:"",children:"Anyone"}),n("option",{value:"me",children:"Me"}),re.filter(f=>f.id!==e.id).map(f=>n("option",{value:f.id,children:f.name},f.id))]})]})]})]}),n(me,{error:c,onRetry:()=>{ee()}}),n(me,{error:_}),o===null?!c&&n(je,{what:"integrations"}):o.length===0?n("p",{class:"empty",children:["No integration matches. ",Pt(e)&&n(ke,{href:"/integrations/new",children:"Create one."})]}):n(de,{children:[n("table",{class:"board",children:[n("caption",{class:"visually-hidden",children:"Integrations, newest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Kind"}),n("th",{scope:"col",children:"State"}),n("th",{scope:"col",children:"Owner"}),n("th",{scope:"col",children:"Updated"})]})}),n("tbody",{children:o.map(f=>n("tr",{"data-integration":f.id,children:[n("td",{"data-label":"Name",children:[n(ke,{href:`/integrations/${encodeURIComponent(f.id)}`,class:"name",children:f.name}),f.description&&n("div",{class:"muted small",children:f.description})]}),n("td",{"data-label":"Kind",children:n("code",{children:f.kind})}),n("td",{"data-label":"State",children:n(Fn,{state:f.state})}),n("td",{"data-label":"Owner",children:f.owner?f.owner.id===e.id?"You":f.owner.name:"—"}),n("td",{"data-label":"Updated",children:n("time",{dateTime:f.updatedAt,children:Re(f.updatedAt)})})]},f.id))})]}),n("p",{class:"muted small","aria-live":"polite",children:["Showing ",o.length," of ",d]}),h&&n("button",{type:"button",class:"button",onClick:D,disabled:C,children:C?"Loading…":"Load more"})]})]})}function Rr(e){if(e.trim()==="")return{ok:!1,issue:{path:"",message:"Enter the configuration as a JSON object."}};let t;try{t=JSON.parse(e)}catch(r){return{ok:!1,issue:{path:"",message:`Not valid JSON: ${r instanceof Error?r.message:"not valid JSON"}`}}}return!t||typeof t!="object"||Array.isArray(t)?{ok:!1,issue:{path:"",message:"The configuration must be a JSON object ({ … })."}}:{ok:!0,value:t}}function ft(e){return e&&typeof e=="object"&&!Array.isArray(e)?e:void 0}function Po(e){return e===null?"null":Array.isArray(e)?"array":typeof e=="number"?Number.isInteger(e)?"integer":"number":typeof e}function Uo(e,t){const r=Po(e);return r===t||t==="number"&&r==="integer"}function vn(e,t,r=""){const i=ft(t);if(!i)return[];const o=[],s=l=>r?`${r}.${l}`:String(l),d=Array.isArray(i.type)?i.type:typeof i.type=="string"?[i.type]:[];if(d.length>0&&!d.some(l=>Uo(e,l)))return[{path:r,message:`must be ${d.map(l=>l==="integer"?"a whole number":`a${/^[aeiou]/.test(l)?"n":""} ${l}`).join(" or ")}`}];if(Array.isArray(i.enum)&&!i.enum.some(l=>JSON.stringify(l)===JSON.stringify(e))&&o.push({path:r,message:`must be one of ${i.enum.map(l=>JSON.stringify(l)).join(", ")}`}),typeof e=="string"&&(typeof i.minLength=="number"&&[...e].length<i.minLength&&o.push({path:r,message:`must be at least ${i.minLength} characters`}),typeof i.maxLength=="number"&&[...e].length>i.maxLength&&o.push({path:r,message:`must be at most ${i.maxLength} characters`}),typeof i.pattern=="string"))try{new RegExp(i.pattern,"u").test(e)||o.push({path:r,message:`must match ${i.pattern}`})}catch{}if(typeof e=="number"&&(typeof i.minimum=="number"&&e<i.minimum&&o.push({path:r,message:`must be at least ${i.minimum}`}),typeof i.maximum=="number"&&e>i.maximum&&o.push({path:r,message:`must be at most ${i.maximum}`})),Array.isArray(e)&&i.items&&e.forEach((l,h)=>o.push(...vn(l,i.items,s(h)))),e&&typeof e=="object"&&!Array.isArray(e)){const l=e,h=ft(i.properties)??{};for(const u of Array.isArray(i.required)?i.required:[])u in l||o.push({path:s(u),message:"is required"});for(const[u,g]of Object.entries(l))u in h?o.push(...vn(g,h[u],s(u))):i.additionalProperties===!1&&o.push({path:s(u),message:"is not a field of this kind"})}return o}function Bo(e){const t=ft(e),r=ft(t?.properties)??{},i=Array.isArray(t?.required)?t.required:[];return Object.entries(r).map(([o,s])=>{const d=ft(s)??{};return{name:o,type:Array.isArray(d.type)?d.type.join(" | "):String(d.type??"any"),description:typeof d.description=="string"?d.description:"",required:i.includes(o),secret:d.writeOnly===!0,defaultValue:d.default}})}const Cr=["kind","name","description","prompt","config"];function dn(e){return JSON.stringify(e??{},null,2)}function ut({id:e,messages:t}){return!t||t.length===0?null:n("ul",{id:e,class:"field-error",role:"alert",children:t.map(r=>n("li",{children:r},r))})}function Fo({user:e}){jt("New integration");const[t,r]=I(null),[i,o]=I(null),[s,d]=I(""),[l,h]=I(""),[u,g]=I(""),[E,c]=I(""),[m,_]=I("{}"),[y,C]=I(!1),[S,w]=I({}),[U,re]=I(null),[W,j]=I(!1),pe=()=>{o(null),Ie(Is).then(f=>{const A=f.data?.integrationKinds??[];r(A);const x=A[0];x&&!s&&(d(x.name),_(dn(x.exampleConfig)))},f=>o(f))};ne(pe,[]);const R=t?.find(f=>f.name===s),ee=gt(()=>Bo(R?.configSchema),[R]),Y=gt(()=>{const f=Rr(m);return f.ok?R?vn(f.value,R.configSchema):[]:[f.issue]},[m,R]);if(!Pt(e))return n(at,{children:["Your role (",e.role,") may read integrations but not create them."]});const ue=f=>{d(f);const A=t?.find(x=>x.name===f);A&&!y&&_(dn(A.exampleConfig)),w(x=>({...x,kind:[],config:[]}))},qe=async f=>{f.preventDefault(),re(null);const A=Rr(m);if(!A.ok){w({config:[A.issue.message]}),document.getElementById("config")?.focus();return}j(!0);try{const x=await Ee(as,{input:{kind:s,name:l,description:u.trim()===""?null:u,prompt:E,config:A.value}});Fe(`/integrations/${encodeURIComponent(x.createIntegration.id)}`)}catch(x){const q=x instanceof ve?x.errors:[],K=mn(q);w(K);const B=Fs(q,Cr);B.length>0?re(Qe(B)):q.length===0&&re(x);const be=Cr.find($e=>K[$e]?.length);be&&document.getElementById(be)?.focus()}finally{j(!1)}},Se=(f,A)=>[A,S[f]?.length?`${f}-error`:""].filter(Boolean).join(" ")||void 0,D=f=>S[f]?.length?"true":void 0;return n("section",{"aria-labelledby":"create-title",class:"create",children:[n("div",{class:"page-head",children:[n("h1",{id:"create-title",children:"New integration"}),n(ke,{href:"/",children:"Back to the board"})]}),n(me,{error:i,onRetry:pe}),t===null?!i&&n(je,{what:"integration kinds"}):n("form",{class:"form card",onSubmit:qe,noValidate:!0,children:[n(me,{error:U}),n("fieldset",{class:"field",children:[n("legend",{children:"Kind"}),n("div",{class:"kinds",children:t.map(f=>n("label",{class:`kind-option${f.name===s?" selected":""}`,children:[n("input",{type:"radio",name:"kind",id:f.name===s?"kind":void 0,value:f.name,checked:f.name===s,onChange:()=>ue(f.name)}),n("span",{children:[n("strong",{children:n("code",{children:f.name})}),n("small",{class:"help",children:f.description})]})]},f.name))}),n(ut,{id:"kind-error",messages:S.kind})]}),n("div",{class:"field",children:[n("label",{for:"name",children:"Name"}),n("input",{id:"name",value:l,maxLength:100,required:!0,"aria-invalid":D("name"),"aria-describedby":Se("name"),onInput:f=>h(f.currentTarget.value)})]}),n(ut,{id:"name-error",messages:S.name}),n("div",{class:"field",children:[n("label",{for:"description",children:["Description ",n("small",{class:"muted",children:"(optional)"})]}),n("input",{id:"description",value:u,"aria-invalid":D("description"),"aria-describedby":Se("description"),onInput:f=>g(f.currentTarget.value)})]}),n(ut,{id:"description-error",messages:S.description}),n("div",{class:"field",children:[n("label",{for:"prompt",children:"Prompt"}),n("textarea",{id:"prompt",rows:5,value:E,required:!0,placeholder:"What the integration must do","aria-invalid":D("prompt"),"aria-describedby":Se("prompt","prompt-help"),onInput:f=>c(f.currentTarget.value)}),n("small",{id:"prompt-help",class:"help",children:"Sent to the code generator as the integration's requirements."})]}),n(ut,{id:"prompt-error",messages:S.prompt}),n("div",{class:"config-editor",children:[n("div",{class:"field",children:[n("label",{for:"config",children:"Configuration (JSON)"}),n("textarea",{id:"config",class:"mono",rows:12,spellcheck:!1,value:m,"aria-invalid":D("config")??(Y.length>0?"true":void 0),"aria-describedby":Se("config","config-check"),onInput:f=>{_(f.currentTarget.value),C(!0)}})]}),n("div",{id:"config-check",class:Y.length>0?"config-issues":"config-ok","aria-live":"polite",children:Y.length===0?n("span",{children:["✓ Matches the ",s," schema"]}):n("ul",{children:Y.map(f=>n("li",{children:[f.path?n("code",{children:f.path}):"Configuration"," ",f.message]},`${f.path}:${f.message}`))})}),n(ut,{id:"config-error",messages:S.config}),R&&n("details",{class:"schema-help",children:[n("summary",{children:["Fields of ",R.name]}),n("dl",{children:ee.map(f=>n("div",{children:[n("dt",{children:[n("code",{children:f.name})," ",n("small",{class:"muted",children:f.type}),f.required&&n("small",{class:"tag",children:"required"}),f.secret&&n("small",{class:"tag",children:"secret"})]}),n("dd",{children:[f.description,f.defaultValue!==void 0&&n(de,{children:[" (default ",JSON.stringify(f.defaultValue),")"]})]})]},f.name))}),n("button",{type:"button",class:"button small",onClick:()=>{_(dn(R.exampleConfig)),C(!1)},children:"Use the example"})]})]}),n("div",{class:"form-actions",children:n("button",{type:"submit",class:"button primary",disabled:W,children:W?"Creating…":"Create and start the pipeline"})})]})]})}function qo(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var un,kr;function Go(){if(kr)return un;kr=1;function e(a){return a instanceof Map?a.clear=a.delete=a.set=function(){throw new Error("map is read-only")}:a instanceof Set&&(a.add=a.clear=a.delete=function(){throw new Error("set is read-only")}),Object.freeze(a),Object.getOwnPropertyNames(a).forEach(p=>{const v=a[p],M=typeof v;(M==="object"||M==="function")&&!Object.isFrozen(v)&&e(v)}),a}class t{constructor(p){p.data===void 0&&(p.data={}),this.data=p.data,this.isMatchIgnored=!1}ignoreMatch(){this.isMatchIgnored=!0}}function r(a){return a.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&#x27;")}function i(a,...p){const v=Object.create(null);for(const M in a)v[M]=a[M];return p.forEach(function(M){for(const ie in M)v[ie]=M[ie]}),v}const o="</span>",s=a=>!!a.scope,d=(a,{prefix:p})=>{if(a.startsWith("language:"))return a.replace("language:","language-");if(a.includes(".")){const v=a.split(".");return[`${p}${v.shift()}`,...v.map((M,ie)=>`${M}${"_".repeat(ie+1)}`)].join(" ")}return`${p}${a}`};class l{constructor(p,v){this.buffer="",this.classPrefix=v.classPrefix,p.walk(this)}addText(p){this.buffer+=r(p)}openNode(p){if(!s(p))return;const v=d(p.scope,{prefix:this.classPrefix});this.span(v)}closeNode(p){s(p)&&(this.buffer+=o)}value(){return this.buffer}span(p){this.buffer+=`<span class="${p}">`}}const h=(a={})=>{const p={children:[]};return Object.assign(p,a),p};class u{constructor(){this.rootNode=h(),this.stack=[this.rootNode]}get top(){return this.stack[this.stack.length-1]}get root(){return this.rootNode}add(p){this.top.children.push(p)}openNode(p){const v=h({scope:p});this.add(v),this.stack.push(v)}closeNode(){if(this.stack.length>1)return this.stack.pop()}closeAllNodes(){for(;this.closeNode(););}toJSON(){return JSON.stringify(this.rootNode,null,4)}walk(p){return this.constructor._walk(p,this.rootNode)}static _walk(p,v){return typeof v=="string"?p.addText(v):v.children&&(p.openNode(v),v.children.forEach(M=>this._walk(p,M)),p.closeNode(v)),p}static _collapse(p){typeof p!="string"&&p.children&&(p.children.every(v=>typeof v=="string")?p.children=[p.children.join("")]:p.children.forEach(v=>{u._collapse(v)}))}}class g extends u{constructor(p){super(),this.options=p}addText(p){p!==""&&this.add(p)}startScope(p){this.openNode(p)}endScope(){this.closeNode()}__addSublanguage(p,v){const M=p.root;v&&(M.scope=`language:${v}`),this.add(M)}toHTML(){return new l(this,this.options).value()}finalize(){return this.closeAllNodes(),!0}}function E(a){return a?typeof a=="string"?a:a.source:null}function c(a){return y("(?=",a,")")}function m(a){return y("(?:",a,")*")}function _(a){return y("(?:",a,")?")}function y(...a){return a.map(v=>E(v)).join("")}function C(a){const p=a[a.length-1];return typeof p=="object"&&p.constructor===Object?(a.splice(a.length-1,1),p):{}}function S(...a){return"("+(C(a).capture?"":"?:")+a.map(M=>E(M)).join("|")+")"}function w(a){return new RegExp(a.toString()+"|").exec("").length-1}function U(a,p){const v=a&&a.exec(p);return v&&v.index===0}const re=new RegExp(S(/\[(?:[^\\\]]|\\.)*\]/,/\(\?<(?![=!])[^>]+>/,/\(\?'[^']+'/,/\(\??/,/\\([1-9][0-9]*)/,/\\./));function W(a,{joinWith:p}){let v=0;return a.map(M=>{v+=1;const ie=v;let se=E(M),k="";for(;se.length>0;){const N=re.exec(se);if(!N){k+=se;break}k+=se.substring(0,N.index),se=se.substring(N.index+N[0].length),N[0][0]==="\\"&&N[1]?k+="\\"+String(Number(N[1])+ie):(k+=N[0],(N[0]==="("||/^\(\?[<']/.test(N[0]))&&v++)}return k}).map(M=>`(${M})`).join(p)}const j=/\b\B/,pe="[a-zA-Z]\\w*",R="[a-zA-Z_]\\w*",ee="\\b\\d+(\\.\\d+)?",Y="(-?)(\\b0[xX][a-fA-F0-9]+|(\\b\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?)",ue="\\b(0b[01]+)",qe="!|!=|!==|%|%=|&|&&|&=|\\*|\\*=|\\+|\\+=|,|-|-=|/=|/|:|;|<<|<<=|<=|<|===|==|=|>>>=|>>=|>=|>>>|>>|>|\\?|\\[|\\{|\\(|\\^|\\^=|\\||\\|=|\\|\\||~",Se=(a={})=>{const p=/^#![ ]*\//;return a.binary&&(a.begin=y(p,/.*\b/,a.binary,/\b.*/)),i({scope:"meta",begin:p,end:/$/,relevance:0,"on:begin":(v,M)=>{v.index!==0&&M.ignoreMatch()}},a)},D={begin:"\\\\[\\s\\S]",relevance:0},f={scope:"string",begin:"'",end:"'",illegal:"\\n",contains:[D]},A={scope:"string",begin:'"',end:'"',illegal:"\\n",contains:[D]},x={begin:/\b(a|an|the|are|I'm|isn't|don't|doesn't|won't|but|just|should|pretty|simply|enough|gonna|going|wtf|so|such|will|you|your|they|like|more)\b/},q=function(a,p,v={}){const M=i({scope:"comment",begin:a,end:p,contains:[]},v);M.contains.push({scope:"doctag",begin:"[ ]*(?=(TODO|FIXME|NOTE|BUG|OPTIMIZE|HACK|XXX):)",end:/(TODO|FIXME|NOTE|BUG|OPTIMIZE|HACK|XXX):/,excludeBegin:!0,relevance:0});const ie=S("I","a","is","so","us","to","at","if","in","it","on",/[A-Za-z]+['](d|ve|re|ll|t|s|n)/,/[A-Za-z]+[-][a-z]+/,/[A-Za-z][a-z]{2,}/);return M.contains.push({begin:y(/[ ]+/,"(",ie,/[.]?[:]?([.][ ]|[ ])/,"){3}")}),M},K=q("//","$"),B=q("/\\*","\\*/"),be=q("#","$"),$e={scope:"number",begin:ee,relevance:0},Ze={scope:"number",begin:Y,relevance:0},Ge={scope:"number",begin:ue,relevance:0},he={scope:"regexp",begin:/\/(?=[^/\n]*\/)/,end:/\/[gimuy]*/,contains:[D,{begin:/\[/,end:/\]/,relevance:0,contains:[D]}]},ce={scope:"title",begin:pe,relevance:0},mt={scope:"title",begin:R,relevance:0},Hn={begin:"\\.\\s*"+R,relevance:0};var _t=Object.freeze({__proto__:null,APOS_STRING_MODE:f,BACKSLASH_ESCAPE:D,BINARY_NUMBER_MODE:Ge,BINARY_NUMBER_RE:ue,COMMENT:q,C_BLOCK_COMMENT_MODE:B,C_LINE_COMMENT_MODE:K,C_NUMBER_MODE:Ze,C_NUMBER_RE:Y,END_SAME_AS_BEGIN:function(a){return Object.assign(a,{"on:begin":(p,v)=>{v.data._beginMatch=p[1]},"on:end":(p,v)=>{v.data._beginMatch!==p[1]&&v.ignoreMatch()}})},HASH_COMMENT_MODE:be,IDENT_RE:pe,MATCH_NOTHING_RE:j,METHOD_GUARD:Hn,NUMBER_MODE:$e,NUMBER_RE:ee,PHRASAL_WORDS_MODE:x,QUOTE_STRING_MODE:A,REGEXP_MODE:he,RE_STARTERS_RE:qe,SHEBANG:Se,TITLE_MODE:ce,UNDERSCORE_IDENT_RE:R,UNDERSCORE_TITLE_MODE:mt});function di(a,p){a.input[a.index-1]==="."&&p.ignoreMatch()}function ui(a,p){a.className!==void 0&&(a.scope=a.className,delete a.className)}function hi(a,p){p&&a.beginKeywords&&(a.begin="\\b("+a.beginKeywords.split(" ").join("|")+")(?!\\.)(?=\\b|\\s)",a.__beforeBegin=di,a.keywords=a.keywords||a.beginKeywords,delete a.beginKeywords,a.relevance===void 0&&(a.relevance=0))}function fi(a,p){Array.isArray(a.illegal)&&(a.illegal=S(...a.illegal))}function pi(a,p){if(a.match){if(a.begin||a.end)throw new Error("begin & end are not supported with match");a.begin=a.match,delete a.match}}function gi(a,p){a.relevance===void 0&&(a.relevance=1)}const mi=(a,p)=>{if(!a.beforeMatch)return;if(a.starts)throw new Error("beforeMatch cannot be used with starts");const v=Object.assign({},a);Object.keys(a).forEach(M=>{delete a[M]}),a.keywords=v.keywords,a.begin=y(v.beforeMatch,c(v.begin)),a.starts={relevance:0,contains:[Object.assign(v,{endsParent:!0})]},a.relevance=0,delete v.beforeMatch},_i=["of","and","for","in","not","or","if","then","parent","list","value"],bi="keyword";function Kn(a,p,v=bi){const M=Object.create(null);return typeof a=="string"?ie(v,a.split(" ")):Array.isArray(a)?ie(v,a):Object.keys(a).forEach(function(se){Object.assign(M,Kn(a[se],p,se))}),M;function ie(se,k){p&&(k=k.map(N=>N.toLowerCase())),k.forEach(function(N){const L=N.split("|");M[L[0]]=[se,yi(L[0],L[1])]})}}function yi(a,p){return p?Number(p):Ei(a)?0:1}function Ei(a){return _i.includes(a.toLowerCase())}const jn={},Ve=a=>{console.error(a)},Vn=(a,...p)=>{console.log(`WARN: ${a}`,...p)},et=(a,p)=>{jn[`${a}/${p}`]||(console.log(`Deprecated as of ${a}. ${p}`),jn[`${a}/${p}`]=!0)},bt=new Error;function zn(a,p,{key:v}){let M=0;const ie=a[v],se={},k={};for(let N=1;N<=p.length;N++)k[N+M]=ie[N],se[N+M]=!0,M+=w(p[N-1]);a[v]=k,a[v]._emit=se,a[v]._multi=!0}function wi(a){if(Array.isArray(a.begin)){if(a.skip||a.excludeBegin||a.returnBegin)throw Ve("skip, excludeBegin, returnBegin not compatible with beginScope: {}"),bt;if(typeof a.beginScope!="object"||a.beginScope===null)throw Ve("beginScope must be object"),bt;zn(a,a.begin,{key:"beginScope"}),a.begin=W(a.begin,{joinWith:""})}}function vi(a){if(Array.isArray(a.end)){if(a.skip||a.excludeEnd||a.returnEnd)throw Ve("skip, excludeEnd, returnEnd not compatible with endScope: {}"),bt;if(typeof a.endScope!="object"||a.endScope===null)throw Ve("endScope must be object"),bt;zn(a,a.end,{key:"endScope"}),a.end=W(a.end,{joinWith:""})}}function Ii(a){a.scope&&typeof a.scope=="object"&&a.scope!==null&&(a.beginScope=a.scope,delete a.scope)}function Si(a){Ii(a),typeof a.beginScope=="string"&&(a.beginScope={_wrap:a.beginScope}),typeof a.endScope=="string"&&(a.endScope={_wrap:a.endScope}),wi(a),vi(a)}function Ai(a){function p(k,N){return new RegExp(E(k),"m"+(a.case_insensitive?"i":"")+(a.unicodeRegex?"u":"")+(N?"g":""))}class v{constructor(){this.matchIndexes={},this.regexes=[],this.matchAt=1,this.position=0}addRule(N,L){L.position=this.position++,this.matchIndexes[this.matchAt]=L,this.regexes.push([L,N]),this.matchAt+=w(N)+1}compile(){this.regexes.length===0&&(this.exec=()=>null);const N=this.regexes.map(L=>L[1]);this.matcherRe=p(W(N,{joinWith:"|"}),!0),this.lastIndex=0}exec(N){this.matcherRe.lastIndex=this.lastIndex;const L=this.matcherRe.exec(N);if(!L)return null;const fe=L.findIndex((lt,Xt)=>Xt>0&&lt!==void 0),oe=this.matchIndexes[fe];return L.splice(0,fe),Object.assign(L,oe)}}class M{constructor(){this.rules=[],this.multiRegexes=[],this.count=0,this.lastIndex=0,this.regexIndex=0}getMatcher(N){if(this.multiRegexes[N])return this.multiRegexes[N];const L=new v;return this.rules.slice(N).forEach(([fe,oe])=>L.addRule(fe,oe)),L.compile(),this.multiRegexes[N]=L,L}resumingScanAtSamePosition(){return this.regexIndex!==0}considerAll(){this.regexIndex=0}addRule(N,L){this.rules.push([N,L]),L.type==="begin"&&this.count++}exec(N){const L=this.getMatcher(this.regexIndex);L.lastIndex=this.lastIndex;let fe=L.exec(N);if(this.resumingScanAtSamePosition()&&!(fe&&fe.index===this.lastIndex)){const oe=this.getMatcher(0);oe.lastIndex=this.lastIndex+1,fe=oe.exec(N)}return fe&&(this.regexIndex+=fe.position+1,this.regexIndex===this.count&&this.considerAll()),fe}}function ie(k){const N=new M;return k.contains.forEach(L=>N.addRule(L.begin,{rule:L,type:"begin"})),k.terminatorEnd&&N.addRule(k.terminatorEnd,{type:"end"}),k.illegal&&N.addRule(k.illegal,{type:"illegal"}),N}function se(k,N){const L=k;if(k.isCompiled)return L;[ui,pi,Si,mi].forEach(oe=>oe(k,N)),a.compilerExtensions.forEach(oe=>oe(k,N)),k.__beforeBegin=null,[hi,fi,gi].forEach(oe=>oe(k,N)),k.isCompiled=!0;let fe=null;return typeof k.keywords=="object"&&k.keywords.$pattern&&(k.keywords=Object.assign({},k.keywords),fe=k.keywords.$pattern,delete k.keywords.$pattern),fe=fe||/\w+/,k.keywords&&(k.keywords=Kn(k.keywords,a.case_insensitive)),L.keywordPatternRe=p(fe,!0),N&&(k.begin||(k.begin=/\B|\b/),L.beginRe=p(L.begin),!k.end&&!k.endsWithParent&&(k.end=/\B|\b/),k.end&&(L.endRe=p(L.end)),L.terminatorEnd=E(L.end)||"",k.endsWithParent&&N.terminatorEnd&&(L.terminatorEnd+=(k.end?"|":"")+N.terminatorEnd)),k.illegal&&(L.illegalRe=p(k.illegal)),k.contains||(k.contains=[]),k.contains=[].concat(...k.contains.map(function(oe){return Ti(oe==="self"?k:oe)})),k.contains.forEach(function(oe){se(oe,L)}),k.starts&&se(k.starts,N),L.matcher=ie(L),L}if(a.compilerExtensions||(a.compilerExtensions=[]),a.contains&&a.contains.includes("self"))throw new Error("ERR: contains `self` is not supported at the top-level of a language.  See documentation.");return a.classNameAliases=i(a.classNameAliases||{}),se(a)}function Yn(a){return a?a.endsWithParent||Yn(a.starts):!1}function Ti(a){return a.variants&&!a.cachedVariants&&(a.cachedVariants=a.variants.map(function(p){return i(a,{variants:null},p)})),a.cachedVariants?a.cachedVariants:Yn(a)?i(a,{starts:a.starts?i(a.starts):null}):Object.isFrozen(a)?i(a):a}var Ni="11.12.0";class Ri extends Error{constructor(p,v){super(p),this.name="HTMLInjectionError",this.html=v}}const Qt=r,Jn=i,Qn=Symbol("nomatch"),Ci=7,Xn=function(a){const p=Object.create(null),v=Object.create(null),M=[];let ie=!0;const se="Could not find the language '{}', did you forget to load/include a language module?",k={disableAutodetect:!0,name:"Plain text",contains:[]};let N={ignoreUnescapedHTML:!1,throwUnescapedHTML:!1,noHighlightRe:/^(no-?highlight)$/i,languageDetectRe:/\blang(?:uage)?-([\w-]+)\b/i,classPrefix:"hljs-",cssSelector:"pre code",languages:null,__emitter:g};function L(b){return N.noHighlightRe.test(b)}function fe(b){let O=b.className+" ";O+=b.parentNode?b.parentNode.className:"";const G=N.languageDetectRe.exec(O);if(G){const Q=He(G[1]);return Q||(Vn(se.replace("{}",G[1])),Vn("Falling back to no-highlight mode for this block.",b)),Q?G[1]:"no-highlight"}return O.split(/\s+/).find(Q=>L(Q)||He(Q))}function oe(b,O,G){let Q="",le="";typeof O=="object"?(Q=b,G=O.ignoreIllegals,le=O.language):(et("10.7.0","highlight(lang, code, ...args) has been deprecated."),et("10.7.0",`Please use highlight(code, options) instead.
https://github.com/highlightjs/highlight.js/issues/2277`),le=b,Q=O),G===void 0&&(G=!0);const Ce={code:Q,language:le};Et("before:highlight",Ce);const We=Ce.result?Ce.result:lt(Ce.language,Ce.code,G);return We.code=Ce.code,Et("after:highlight",We),We}function lt(b,O,G,Q){const le=Object.create(null);function Ce(T,$){return T.keywords[$]}function We(){if(!P.keywords){ge.addText(X);return}let T=0;P.keywordPatternRe.lastIndex=0;let $=P.keywordPatternRe.exec(X),F="";for(;$;){F+=X.substring(T,$.index);const z=De.case_insensitive?$[0].toLowerCase():$[0],_e=Ce(P,z);if(_e){const[Me,ji]=_e;if(ge.addText(F),F="",le[z]=(le[z]||0)+1,le[z]<=Ci&&(It+=ji),Me.startsWith("_"))F+=$[0];else{const Vi=De.classNameAliases[Me]||Me;Oe($[0],Vi)}}else F+=$[0];T=P.keywordPatternRe.lastIndex,$=P.keywordPatternRe.exec(X)}F+=X.substring(T),ge.addText(F)}function wt(){if(X==="")return;let T=null;if(typeof P.subLanguage=="string"){if(!p[P.subLanguage]){ge.addText(X);return}T=lt(P.subLanguage,X,!0,or[P.subLanguage]),or[P.subLanguage]=T._top}else T=Zt(X,P.subLanguage.length?P.subLanguage:null);P.relevance>0&&(It+=T.relevance),ge.__addSublanguage(T._emitter,T.language)}function we(){P.subLanguage!=null?wt():We(),X=""}function Oe(T,$){T!==""&&(ge.startScope($),ge.addText(T),ge.endScope())}function nr(T,$){let F=1;const z=$.length-1;for(;F<=z;){if(!T._emit[F]){F++;continue}const _e=De.classNameAliases[T[F]]||T[F],Me=$[F];_e?Oe(Me,_e):(X=Me,We(),X=""),F++}}function rr(T,$){return T.scope&&typeof T.scope=="string"&&ge.openNode(De.classNameAliases[T.scope]||T.scope),T.beginScope&&(T.beginScope._wrap?(Oe(X,De.classNameAliases[T.beginScope._wrap]||T.beginScope._wrap),X=""):T.beginScope._multi&&(nr(T.beginScope,$),X="")),P=Object.create(T,{parent:{value:P}}),P}function ir(T,$,F){let z=U(T.endRe,F);if(z){if(T["on:end"]){const _e=new t(T);T["on:end"]($,_e),_e.isMatchIgnored&&(z=!1)}if(z){for(;T.endsParent&&T.parent;)T=T.parent;return T}}if(T.endsWithParent)return ir(T.parent,$,F)}function qi(T){return P.matcher.regexIndex===0?(X+=T[0],1):(rn=!0,0)}function Gi(T){const $=T[0],F=T.rule,z=new t(F),_e=[F.__beforeBegin,F["on:begin"]];for(const Me of _e)if(Me&&(Me(T,z),z.isMatchIgnored))return qi($);return F.skip?X+=$:(F.excludeBegin&&(X+=$),we(),!F.returnBegin&&!F.excludeBegin&&(X=$)),rr(F,T),F.returnBegin?0:$.length}function Hi(T){const $=T[0],F=O.substring(T.index),z=ir(P,T,F);if(!z)return Qn;const _e=P;P.endScope&&P.endScope._wrap?(we(),Oe($,P.endScope._wrap)):P.endScope&&P.endScope._multi?(we(),nr(P.endScope,T)):_e.skip?X+=$:(_e.returnEnd||_e.excludeEnd||(X+=$),we(),_e.excludeEnd&&(X=$));do P.scope&&ge.closeNode(),!P.skip&&!P.subLanguage&&(It+=P.relevance),P=P.parent;while(P!==z.parent);return z.starts&&rr(z.starts,T),_e.returnEnd?0:$.length}function Wi(){const T=[];for(let $=P;$!==De;$=$.parent)$.scope&&T.unshift($.scope);T.forEach($=>ge.openNode($))}let vt={};function sr(T,$){const F=$&&$[0];if(X+=T,F==null)return we(),0;if(vt.type==="begin"&&$.type==="end"&&vt.index===$.index&&F===""){if(X+=O.slice($.index,$.index+1),!ie){const z=new Error(`0 width match regex (${b})`);throw z.languageName=b,z.badRule=vt.rule,z}return 1}if(vt=$,$.type==="begin")return Gi($);if($.type==="illegal"&&!G){const z=new Error('Illegal lexeme "'+F+'" for mode "'+(P.scope||"<unnamed>")+'"');throw z.mode=P,z}else if($.type==="end"){const z=Hi($);if(z!==Qn)return z}if($.type==="illegal"&&F==="")return $.index===O.length||(X+=`
`),1;if(nn>1e5&&nn>$.index*3)throw new Error("potential infinite loop, way more iterations than matches");return X+=F,F.length}const De=He(b);if(!De)throw Ve(se.replace("{}",b)),new Error('Unknown language: "'+b+'"');const Ki=Ai(De);let tn="",P=Q||Ki;const or={},ge=new N.__emitter(N);Wi();let X="",It=0,ze=0,nn=0,rn=!1;try{if(De.__emitTokens)De.__emitTokens(O,ge);else{for(P.matcher.considerAll();;){nn++,rn?rn=!1:P.matcher.considerAll(),P.matcher.lastIndex=ze;const T=P.matcher.exec(O);if(!T)break;const $=O.substring(ze,T.index),F=sr($,T);ze=T.index+F}sr(O.substring(ze))}return ge.finalize(),tn=ge.toHTML(),{language:b,value:tn,relevance:It,illegal:!1,_emitter:ge,_top:P}}catch(T){if(T.message&&T.message.includes("Illegal"))return{language:b,value:Qt(O),illegal:!0,relevance:0,_illegalBy:{message:T.message,index:ze,context:O.slice(ze-100,ze+100),mode:T.mode,resultSoFar:tn},_emitter:ge};if(ie)return{language:b,value:Qt(O),illegal:!1,relevance:0,errorRaised:T,_emitter:ge,_top:P};throw T}}function Xt(b){const O={value:Qt(b),illegal:!1,relevance:0,_top:k,_emitter:new N.__emitter(N)};return O._emitter.addText(b),O}function Zt(b,O){O=O||N.languages||Object.keys(p);const G=Xt(b),Q=O.filter(He).filter(tr).map(we=>lt(we,b,!1));Q.unshift(G);const le=Q.sort((we,Oe)=>{if(we.relevance!==Oe.relevance)return Oe.relevance-we.relevance;if(we.language&&Oe.language){if(He(we.language).supersetOf===Oe.language)return 1;if(He(Oe.language).supersetOf===we.language)return-1}return 0}),[Ce,We]=le,wt=Ce;return wt.secondBest=We,wt}function ki(b,O,G){const Q=O&&v[O]||G;b.classList.add("hljs"),b.classList.add(`language-${Q}`)}function en(b){let O=null;const G=fe(b);if(L(G))return;if(Et("before:highlightElement",{el:b,language:G}),b.dataset.highlighted){console.log("Element previously highlighted. To highlight again, first unset `dataset.highlighted`.",b);return}if(b.children.length>0&&(N.ignoreUnescapedHTML||(console.warn("One of your code blocks includes unescaped HTML. This is a potentially serious security risk."),console.warn("https://github.com/highlightjs/highlight.js/wiki/security"),console.warn("The element with unescaped HTML:"),console.warn(b)),N.throwUnescapedHTML))throw new Ri("One of your code blocks includes unescaped HTML.",b.innerHTML);O=b;const Q=O.textContent,le=G?oe(Q,{language:G,ignoreIllegals:!0}):Zt(Q);b.innerHTML=le.value,b.dataset.highlighted="yes",ki(b,G,le.language),b.result={language:le.language,re:le.relevance,relevance:le.relevance},le.secondBest&&(b.secondBest={language:le.secondBest.language,relevance:le.secondBest.relevance}),Et("after:highlightElement",{el:b,result:le,text:Q})}function xi(b){N=Jn(N,b)}const $i=()=>{yt(),et("10.6.0","initHighlighting() deprecated.  Use highlightAll() now.")};function Oi(){yt(),et("10.6.0","initHighlightingOnLoad() deprecated.  Use highlightAll() now.")}let Zn=!1;function yt(){function b(){yt()}if(document.readyState==="loading"){Zn||window.addEventListener("DOMContentLoaded",b,!1),Zn=!0;return}document.querySelectorAll(N.cssSelector).forEach(en)}function Di(b,O){let G=null;try{G=O(a)}catch(Q){if(Ve("Language definition for '{}' could not be registered.".replace("{}",b)),ie)Ve(Q);else throw Q;G=k}G.name||(G.name=b),p[b]=G,G.rawDefinition=O.bind(null,a),G.aliases&&er(G.aliases,{languageName:b})}function Li(b){delete p[b];for(const O of Object.keys(v))v[O]===b&&delete v[O]}function Mi(){return Object.keys(p)}function He(b){return b=(b||"").toLowerCase(),p[b]||p[v[b]]}function er(b,{languageName:O}){typeof b=="string"&&(b=[b]),b.forEach(G=>{v[G.toLowerCase()]=O})}function tr(b){const O=He(b);return O&&!O.disableAutodetect}function Pi(b){b["before:highlightBlock"]&&!b["before:highlightElement"]&&(b["before:highlightElement"]=O=>{b["before:highlightBlock"](Object.assign({block:O.el},O))}),b["after:highlightBlock"]&&!b["after:highlightElement"]&&(b["after:highlightElement"]=O=>{b["after:highlightBlock"](Object.assign({block:O.el},O))})}function Ui(b){Pi(b),M.push(b)}function Bi(b){const O=M.indexOf(b);O!==-1&&M.splice(O,1)}function Et(b,O){const G=b;M.forEach(function(Q){Q[G]&&Q[G](O)})}function Fi(b){return et("10.7.0","highlightBlock will be removed entirely in v12.0"),et("10.7.0","Please use highlightElement now."),en(b)}Object.assign(a,{highlight:oe,highlightAuto:Zt,highlightAll:yt,highlightElement:en,highlightBlock:Fi,configure:xi,initHighlighting:$i,initHighlightingOnLoad:Oi,registerLanguage:Di,unregisterLanguage:Li,listLanguages:Mi,getLanguage:He,registerAliases:er,autoDetection:tr,inherit:Jn,addPlugin:Ui,removePlugin:Bi}),a.debugMode=function(){ie=!1},a.safeMode=function(){ie=!0},a.versionString=Ni,a.regex={concat:y,lookahead:c,either:S,optional:_,anyNumberOfTimes:m};for(const b in _t)typeof _t[b]=="object"&&e(_t[b]);return Object.assign(a,_t),a},tt=Xn({});return tt.newInstance=()=>Xn({}),un=tt,tt.HighlightJS=tt,tt.default=tt,un}var Ho=Go();const Xe=qo(Ho);function Wo(e){const t=e.regex,r={},i={begin:/\$\{/,end:/\}/,contains:["self",{begin:/:-/,contains:[r]}]};Object.assign(r,{className:"variable",variants:[{begin:t.concat(/\$[\w\d#@][\w\d_]*/,"(?![\\w\\d])(?![$])")},i]});const o={className:"subst",begin:/\$\(/,end:/\)/,contains:[e.BACKSLASH_ESCAPE]},s=e.inherit(e.COMMENT(),{match:[/(^|\s)/,/#.*$/],scope:{2:"comment"}}),d={begin:/<<-?\s*(?=\w+)/,starts:{contains:[e.END_SAME_AS_BEGIN({begin:/(\w+)/,end:/(\w+)/,className:"string"})]}},l={className:"string",begin:/"/,end:/"/,contains:[e.BACKSLASH_ESCAPE,r,o]};o.contains.push(l);const h={match:/\\"/},u={className:"string",begin:/'/,end:/'/},g={match:/\\'/},E={begin:/\$?\(\(/,end:/\)\)/,contains:[{begin:/\d+#[0-9a-f]+/,className:"number"},e.NUMBER_MODE,r]},c=["fish","bash","zsh","sh","csh","ksh","tcsh","dash","scsh"],m=e.SHEBANG({binary:`(${c.join("|")})`,relevance:10}),_={className:"function",begin:/\w[\w\d_]*\s*\(\s*\)\s*\{/,returnBegin:!0,contains:[e.inherit(e.TITLE_MODE,{begin:/\w[\w\d_]*/})],relevance:0},y=["if","then","else","elif","fi","time","for","while","until","in","do","done","case","esac","coproc","function","select"],C=["true","false"],S={match:/(\/[a-z._-]+)+/},w=["break","cd","continue","eval","exec","exit","export","getopts","hash","pwd","readonly","return","shift","test","times","trap","umask","unset"],U=["alias","bind","builtin","caller","command","declare","echo","enable","help","let","local","logout","mapfile","printf","read","readarray","source","sudo","type","typeset","ulimit","unalias"],re=["autoload","bg","bindkey","bye","cap","chdir","clone","comparguments","compcall","compctl","compdescribe","compfiles","compgroups","compquote","comptags","comptry","compvalues","dirs","disable","disown","echotc","echoti","emulate","fc","fg","float","functions","getcap","getln","history","integer","jobs","kill","limit","log","noglob","popd","print","pushd","pushln","rehash","sched","setcap","setopt","stat","suspend","ttyctl","unfunction","unhash","unlimit","unsetopt","vared","wait","whence","where","which","zcompile","zformat","zftp","zle","zmodload","zparseopts","zprof","zpty","zregexparse","zsocket","zstyle","ztcp"],W=["chcon","chgrp","chown","chmod","cp","dd","df","dir","dircolors","ln","ls","mkdir","mkfifo","mknod","mktemp","mv","realpath","rm","rmdir","shred","sync","touch","truncate","vdir","b2sum","base32","base64","cat","cksum","comm","csplit","cut","expand","fmt","fold","head","join","md5sum","nl","numfmt","od","paste","ptx","pr","sha1sum","sha224sum","sha256sum","sha384sum","sha512sum","shuf","sort","split","sum","tac","tail","tr","tsort","unexpand","uniq","wc","arch","basename","chroot","date","dirname","du","echo","env","expr","factor","groups","hostid","id","link","logname","nice","nohup","nproc","pathchk","pinky","printenv","printf","pwd","readlink","runcon","seq","sleep","stat","stdbuf","stty","tee","test","timeout","tty","uname","unlink","uptime","users","who","whoami","yes"];return{name:"Bash",aliases:["sh","zsh"],keywords:{$pattern:/\b[a-z][a-z0-9._-]+\b/,keyword:y,literal:C,built_in:[...w,...U,"set","shopt",...re,...W]},contains:[m,e.SHEBANG(),_,E,s,d,S,l,h,u,g,r]}}function Ko(e){const t=e.regex,r={className:"number",relevance:0,variants:[{begin:/([+-]+)?[\d]+_[\d_]+/},{begin:e.NUMBER_RE}]},i=e.COMMENT();i.variants=[{begin:/;/,end:/$/},{begin:/#/,end:/$/}];const o={className:"variable",variants:[{begin:/\$[\w\d"][\w\d_]*/},{begin:/\$\{(.*?)\}/}]},s={className:"literal",begin:/\bon|off|true|false|yes|no\b/},d={className:"string",contains:[e.BACKSLASH_ESCAPE],variants:[{begin:"'''",end:"'''",relevance:10},{begin:'"""',end:'"""',relevance:10},{begin:'"',end:'"'},{begin:"'",end:"'"}]},l={begin:/\[/,end:/\]/,contains:[i,s,o,d,r,"self"],relevance:0},h=/[A-Za-z0-9_-]+/,u=/"(\\"|[^"])*"/,g=/'[^']*'/,E=t.either(h,u,g),c=t.concat(E,"(\\s*\\.\\s*",E,")*",t.lookahead(/\s*=\s*[^#\s]/));return{name:"TOML, also INI",aliases:["toml"],case_insensitive:!0,illegal:/\S/,contains:[i,{className:"section",begin:/\[+/,end:/\]+/},{begin:c,className:"attr",starts:{end:/$/,contains:[i,l,s,o,d,r]}}]}}const jo="([-+]?)(\\b0[xX][a-fA-F0-9]+|(\\b\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?)|NaN|[-+]?Infinity",Vo={scope:"number",match:jo,relevance:0};function zo(e){const t={className:"attr",begin:/(("(\\.|[^\\"\r\n])*")|('(\\.|[^\\'\r\n])*'))(?=\s*:)/,relevance:1.01},r={match:/[{}[\],:]/,className:"punctuation",relevance:0},i=["true","false","null"],o={scope:"literal",beginKeywords:i.join(" ")};return{name:"JSON",aliases:["jsonc","json5"],keywords:{literal:i},contains:[t,r,e.APOS_STRING_MODE,e.QUOTE_STRING_MODE,o,Vo,e.C_LINE_COMMENT_MODE,e.C_BLOCK_COMMENT_MODE],illegal:"\\S"}}function Yo(e){const t=e.regex,r={begin:/<\/?[A-Za-z_]/,end:">",subLanguage:"xml",relevance:0},i={match:/^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/},o={className:"code",variants:[{begin:"(`{3,})[^`](.|\\n)*?\\1`*[ ]*"},{begin:"(~{3,})[^~](.|\\n)*?\\1~*[ ]*"},{begin:"```",end:"```+[ ]*$"},{begin:"~~~",end:"~~~+[ ]*$"},{begin:"`.+?`"},{begin:"(?=^( {4}|\\t))",contains:[{begin:"^( {4}|\\t)",end:"(\\n)$"}],relevance:0}]},s={className:"bullet",begin:"^[ 	]*([*+-]|(\\d+\\.))(?=\\s+)",end:"\\s+",excludeEnd:!0},d={begin:/^\[[^\n]+\]:/,returnBegin:!0,contains:[{className:"symbol",begin:/\[/,end:/\]/,excludeBegin:!0,excludeEnd:!0},{className:"link",begin:/:\s*/,end:/$/,excludeBegin:!0}]},l=/[A-Za-z][A-Za-z0-9+.-]*/,h={variants:[{begin:/\[.+?\]\[.*?\]/,relevance:0},{begin:/\[.+?\]\(((data|javascript|mailto):|(?:http|ftp)s?:\/\/).*?\)/,relevance:2},{begin:t.concat(/\[.+?\]\(/,l,/:\/\/.*?\)/),relevance:2},{begin:/\[.+?\]\([./?&#].*?\)/,relevance:1},{begin:/\[.*?\]\(.*?\)/,relevance:0}],returnBegin:!0,contains:[{match:/\[(?=\])/},{className:"string",relevance:0,begin:"\\[",end:"\\]",excludeBegin:!0,returnEnd:!0},{className:"link",relevance:0,begin:"\\]\\(",end:"\\)",excludeBegin:!0,excludeEnd:!0},{className:"symbol",relevance:0,begin:"\\]\\[",end:"\\]",excludeBegin:!0,excludeEnd:!0}]},u={className:"strong",contains:[],variants:[{begin:/_{2}(?!\s)/,end:/_{2}/},{begin:/\*{2}(?!\s)/,end:/\*{2}/}]},g={className:"emphasis",contains:[],variants:[{begin:/\*(?![*\s])/,end:/\*/},{begin:/_(?![_\s])/,end:/_/,relevance:0}]},E=e.inherit(u,{contains:[]}),c=e.inherit(g,{contains:[]});u.contains.push(c),g.contains.push(E);let m=[r,h];return[u,g,E,c].forEach(S=>{S.contains=S.contains.concat(m)}),m=m.concat(u,g),{name:"Markdown",aliases:["md","mkdown","mkd"],contains:[{className:"section",variants:[{begin:"^#{1,6}",end:"$",contains:m},{begin:"(?=^.+?\\n[=-]{2,}$)",contains:[{begin:"^[=-]*$"},{begin:"^",end:"\\n",contains:m}]}]},r,s,i,u,g,{className:"quote",begin:"^>\\s+",contains:m,end:"$"},o,h,d,{scope:"literal",match:/&([a-zA-Z0-9]+|#[0-9]{1,7}|#[Xx][0-9a-fA-F]{1,6});/}]}}function Jo(e){const t=e.regex,r=/[\p{XID_Start}_]\p{XID_Continue}*/u,i=["and","as","assert","async","await","break","case","class","continue","def","del","elif","else","except","finally","for","from","global","if","import","in","is","lambda","lazy","match","nonlocal|10","not","or","pass","raise","return","try","while","with","yield"],l={$pattern:/[A-Za-z]\w+|__\w+__/,keyword:i,built_in:["__import__","abs","aiter","all","anext","any","ascii","bin","bool","breakpoint","bytearray","bytes","callable","chr","classmethod","compile","complex","delattr","dict","dir","divmod","enumerate","eval","exec","filter","float","format","frozendict","frozenset","getattr","globals","hasattr","hash","help","hex","id","input","int","isinstance","issubclass","iter","len","list","locals","map","max","memoryview","min","next","object","oct","open","ord","pow","print","property","range","repr","reversed","round","sentinel","set","setattr","slice","sorted","staticmethod","str","sum","super","tuple","type","vars","zip"],literal:["__debug__","Ellipsis","False","None","NotImplemented","True"],type:["Any","Callable","Coroutine","Dict","List","Literal","Generic","Optional","Sequence","Set","Tuple","Type","Union"]},h={className:"meta",begin:/^(>>>|\.\.\.) /},u={className:"subst",begin:/\{/,end:/\}/,keywords:l,illegal:/#/},g={begin:/\{\{/,relevance:0},E={className:"string",contains:[e.BACKSLASH_ESCAPE],variants:[{begin:/([uU]|[bB]|[rR]|[bB][rR]|[rR][bB])?'''/,end:/'''/,contains:[e.BACKSLASH_ESCAPE,h],relevance:10},{begin:/([uU]|[bB]|[rR]|[bB][rR]|[rR][bB])?"""/,end:/"""/,contains:[e.BACKSLASH_ESCAPE,h],relevance:10},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])'''/,end:/'''/,contains:[e.BACKSLASH_ESCAPE,h,g,u]},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])"""/,end:/"""/,contains:[e.BACKSLASH_ESCAPE,h,g,u]},{begin:/([uU]|[rR])'/,end:/'/,relevance:10},{begin:/([uU]|[rR])"/,end:/"/,relevance:10},{begin:/([bB]|[bB][rR]|[rR][bB])'/,end:/'/},{begin:/([bB]|[bB][rR]|[rR][bB])"/,end:/"/},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])'/,end:/'/,contains:[e.BACKSLASH_ESCAPE,g,u]},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])"/,end:/"/,contains:[e.BACKSLASH_ESCAPE,g,u]},e.APOS_STRING_MODE,e.QUOTE_STRING_MODE]},c="[0-9](_?[0-9])*",m=`(\\b(${c}))?\\.(${c})|\\b(${c})\\.`,_=`\\b|${i.join("|")}`,y={className:"number",relevance:0,variants:[{begin:`(\\b(${c})|(${m}))[eE][+-]?(${c})[jJ]?(?=${_})`},{begin:`(${m})[jJ]?`},{begin:`\\b([1-9](_?[0-9])*|0+(_?0)*)[lLjJ]?(?=${_})`},{begin:`\\b0[bB](_?[01])+[lL]?(?=${_})`},{begin:`\\b0[oO](_?[0-7])+[lL]?(?=${_})`},{begin:`\\b0[xX](_?[0-9a-fA-F])+[lL]?(?=${_})`},{begin:`\\b(${c})[jJ](?=${_})`}]},C={className:"comment",begin:t.lookahead(/# type:/),end:/$/,keywords:l,contains:[{begin:/# type:/},{begin:/#/,end:/\b\B/,endsWithParent:!0}]},S={className:"params",variants:[{className:"",begin:/\(\s*\)/,skip:!0},{begin:/\(/,end:/\)/,excludeBegin:!0,excludeEnd:!0,keywords:l,contains:["self",h,y,E,e.HASH_COMMENT_MODE]}]};return u.contains=[E,y,h],{name:"Python",aliases:["py","gyp","ipython"],unicodeRegex:!0,keywords:l,illegal:/(<\/|\?)|=>/,contains:[h,y,{scope:"variable.language",match:/\bself\b/},{beginKeywords:"if",relevance:0},{match:/\bor\b/,scope:"keyword"},E,C,e.HASH_COMMENT_MODE,{match:[/\bdef/,/\s+/,r],scope:{1:"keyword",3:"title.function"},contains:[S]},{variants:[{match:[/\bclass/,/\s+/,r,/\s*/,/\(\s*/,r,/\s*\)/]},{match:[/\bclass/,/\s+/,r]}],scope:{1:"keyword",3:"title.class",6:"title.class.inherited"}},{className:"meta",begin:/^[\t ]*@/,end:/(?=#)|$/,contains:[y,S,E]}]}}function Qo(e){const t="true false yes no null",r="[\\w#;/?:@&=+$,.~*'()[\\]]+",i={className:"attr",variants:[{begin:/[\w*@][\w*@ :()\./-]*:(?=[ \t]|$)/},{begin:/"[\w*@][\w*@ :()\./-]*":(?=[ \t]|$)/},{begin:/'[\w*@][\w*@ :()\./-]*':(?=[ \t]|$)/}]},o={className:"template-variable",variants:[{begin:/\{\{/,end:/\}\}/},{begin:/%\{/,end:/\}/}]},s={className:"string",relevance:0,begin:/'/,end:/'/,contains:[{match:/''/,scope:"char.escape",relevance:0}]},d={className:"string",relevance:0,variants:[{begin:/"/,end:/"/},{begin:/\S+/}],contains:[e.BACKSLASH_ESCAPE,o]},l=e.inherit(d,{variants:[{begin:/'/,end:/'/,contains:[{begin:/''/,relevance:0}]},{begin:/"/,end:/"/},{begin:/[^\s,{}[\]]+/}]}),c={className:"number",begin:"\\b"+"[0-9]{4}(-[0-9][0-9]){0,2}"+"([Tt \\t][0-9][0-9]?(:[0-9][0-9]){2})?"+"(\\.[0-9]*)?"+"([ \\t])*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?)?"+"\\b"},m={end:",",endsWithParent:!0,excludeEnd:!0,keywords:t,relevance:0},_={begin:/\{/,end:/\}/,contains:[m],illegal:"\\n",relevance:0},y={begin:"\\[",end:"\\]",contains:[m],illegal:"\\n",relevance:0},C=[i,{className:"meta",begin:"^---\\s*$",relevance:10},{className:"string",begin:"[\\|>]([1-9]?[+-])?[ ]*\\n( +)[^ ][^\\n]*\\n(\\2[^\\n]+\\n?)*"},{begin:"<%[%=-]?",end:"[%-]?%>",subLanguage:"ruby",excludeBegin:!0,excludeEnd:!0,relevance:0},{className:"type",begin:"!\\w+!"+r},{className:"type",begin:"!<"+r+">"},{className:"type",begin:"!"+r},{className:"type",begin:"!!"+r},{className:"meta",begin:"&"+e.UNDERSCORE_IDENT_RE+"$"},{className:"meta",begin:"\\*"+e.UNDERSCORE_IDENT_RE+"$"},{className:"bullet",begin:"-(?=[ ]|$)",relevance:0},e.HASH_COMMENT_MODE,{beginKeywords:t,keywords:{literal:t}},c,{className:"number",begin:e.C_NUMBER_RE+"\\b",relevance:0},_,y,s,d],S=[...C];return S.pop(),S.push(l),m.contains=S,{name:"YAML",case_insensitive:!0,aliases:["yml"],contains:C}}Xe.registerLanguage("bash",Wo);Xe.registerLanguage("ini",Ko);Xe.registerLanguage("json",zo);Xe.registerLanguage("markdown",Yo);Xe.registerLanguage("python",Jo);Xe.registerLanguage("yaml",Qo);const Xo={py:"python",json:"json",yaml:"yaml",yml:"yaml",md:"markdown",sh:"bash",toml:"ini",ini:"ini",cfg:"ini",txt:""};function ai(e){const t=e.split("/").pop()??e;if(t==="Dockerfile"||t==="Makefile")return;const r=t.includes(".")?t.split(".").pop().toLowerCase():"";return Xo[r]||void 0}function Zo(e,t){if(!(!t||e.length>4e5))try{return Xe.highlight(e,{language:t,ignoreIllegals:!0}).value}catch{return}}function Jt({code:e,path:t,language:r}){const i=r??(t?ai(t):void 0),o=gt(()=>Zo(e,i),[e,i]);return n("pre",{class:"code",tabIndex:0,"aria-label":t?`Contents of ${t}`:"Code",children:o!==void 0?n("code",{class:`hljs language-${i}`,dangerouslySetInnerHTML:{__html:o}}):n("code",{children:e})})}const In="REVIEW",ea={VALIDATE:"Validate",GENERATE:"Generate",TEST:"Test",PULL_REQUEST:"Pull request",[In]:"Review",DEPLOY:"Deploy"};function Sn(e){const t=e.toLowerCase().replace(/_/g," ");return ea[e]??t.charAt(0).toUpperCase()+t.slice(1)}function ta(e,t,r){return e==="REVIEWING"?"WAITING":t==="REJECTED"?"FAILED":r&&r.status!=="PENDING"||e==="DEPLOYING"||e==="ACTIVE"||e==="DEPRECATED"?"SUCCEEDED":"PENDING"}function na(e,t,r){const i=[],o=e.find(s=>s.name==="DEPLOY");for(const s of e)s.name==="DEPLOY"&&i.push({name:In,label:Sn(In),gate:!0,status:ta(t,r,o),attempts:0,startedAt:null,finishedAt:null,error:null}),i.push({...s,label:Sn(s.name),gate:!1});return i}function ci(e){const t=e.reason.trim();switch(e.trigger){case"CANCELLED":return t===""||t.toLowerCase()==="cancelled"?"Cancelled.":`Cancelled: ${t}`;case"REJECTED":return t?`Rejected in review: ${t}`:"Rejected in review.";default:{const r=e.step?` at ${Sn(e.step).toLowerCase()}`:"";return t?`Failed${r}: ${t}`:`Failed${r}.`}}}function ra(e,t){return t==="COMPENSATED"?{label:e?"Passed, then rolled back":"Failed, then rolled back",tone:"neutral"}:e?{label:"Passed",tone:"good"}:{label:"Failed",tone:"bad"}}function ia(e){return/^https?:\/\//i.test(e)}function sa(e){return e.startsWith("diff --git")||e.startsWith("+++ ")||e.startsWith("--- ")||e.startsWith("index ")?"file":e.startsWith("@@")?"hunk":e.startsWith("+")?"add":e.startsWith("-")?"remove":"context"}function An(e,t){return Math.max(1,Math.ceil(Math.max(0,e)/t))}function xr(e,t,r){const i=Math.min(Math.max(0,Math.floor(e)),An(t,r)-1),o=Math.max(0,t-i*r),s=Math.max(0,o-r);return{fromNewest:i,after:s,first:Math.max(1,o-s),from:s+1,to:o}}const hn={approve:{label:"Approve",confirm:!1,text:{label:"Comment (optional)",required:!1},tone:"primary"},requestChanges:{label:"Request changes",confirm:!1,text:{label:"What should change",required:!0},tone:"default"},reject:{label:"Reject",confirm:!0,text:{label:"Reason",required:!0},tone:"danger"},cancel:{label:"Cancel",confirm:!0,tone:"danger"},retry:{label:"Retry",confirm:!1,tone:"primary"},deprecate:{label:"Deprecate",confirm:!0,tone:"danger"},delete:{label:"Delete",confirm:!0,tone:"danger"}},oa=[["approve","APPROVE"],["requestChanges","REQUEST_CHANGES"],["reject","REJECT"],["retry","RETRY"],["cancel","CANCEL"],["deprecate","DEPRECATE"],["delete","DELETE"]];function aa(e){const t=new Set(e??[]);return oa.filter(([,r])=>t.has(r)).map(([r])=>r)}function ca(e){const t=new Set(e??[]);return{retry:t.has("RETRY_COMPENSATION"),resolve:t.has("RESOLVE_COMPENSATION")}}const la={approve:e=>`Approve the pull request of “${e}”? It will be deployed.`,requestChanges:e=>`Send “${e}” back to the generator with your comment.`,reject:e=>`Reject “${e}”? It fails, its pull request is closed and the finished steps are undone.`,cancel:e=>`Cancel the pipeline of “${e}”? The running step stops and the finished steps are undone.`,retry:e=>`Run the pipeline of “${e}” again from the start.`,deprecate:e=>`Take “${e}” out of service? Its deployment is removed.`,delete:e=>`Delete “${e}”? It disappears from every listing; its history stays.`};async function $r(e,t,r){switch(e){case"approve":await Ee(cs,{id:t,comment:r||null});return;case"requestChanges":await Ee(ls,{id:t,comment:r});return;case"reject":await Ee(ds,{id:t,reason:r});return;case"cancel":await Ee(us,{id:t});return;case"retry":await Ee(hs,{id:t});return;case"deprecate":await Ee(gs,{id:t});return;case"delete":await Ee(ms,{id:t}),Fe("/");return}}function da({integration:e,onDone:t}){const[r,i]=I(null),[o,s]=I(null),[d,l]=I(null),h=aa(e.allowedActions);if(h.length===0)return null;const u=g=>{const E=hn[g];if(s(null),E.confirm||E.text){const c={title:`${E.label} “${e.name}”`,body:la[g](e.name),confirmLabel:E.label,danger:E.tone==="danger",run:async m=>{await $r(g,e.id,m),t()}};E.text&&(c.text=E.text),i(c);return}l(g),$r(g,e.id,"").then(()=>{l(null),t()},c=>{l(null),s(c)})};return n("div",{class:"actions",role:"group","aria-label":"Actions",children:[h.map(g=>n("button",{type:"button",class:`button ${hn[g].tone}`,"data-action":g,disabled:d!==null,onClick:()=>u(g),children:d===g?"Working…":hn[g].label},g)),n(me,{error:o}),n(Bn,{request:r,onClose:()=>i(null)})]})}const ua={DEPLOY:"the deployment",PULL_REQUEST:"the pull request",TEST:"the test run",GENERATE:"the generated code",VALIDATE:"the validation"};function ha({integration:e,onDone:t}){const[r,i]=I(null),[o,s]=I(null),[d,l]=I(!1),h=e.compensationFailed;if(!h)return null;const u=ua[h.step]??h.step,g=ca(e.allowedActions),E=g.retry||g.resolve,c=()=>{s(null),l(!0),Ee(fs,{id:e.id}).then(()=>{l(!1),t()},_=>{l(!1),s(_)})},m=()=>i({title:`Resolve the undo of ${u}`,body:`Record that ${u} of “${e.name}” was undone by hand (or needs no undo). The pipeline then undoes whatever is left.`,confirmLabel:"Mark resolved",danger:!0,text:{label:"What was done",required:!0},run:async _=>{await Ee(ps,{id:e.id,note:_}),t()}});return n("div",{class:"notice notice-error",role:"alert",id:"compensation-failed",children:[n("p",{children:[n("strong",{children:["Undoing ",u," failed"]})," after ",h.attempts," attempt",h.attempts===1?"":"s",": ",h.error]}),n("p",{children:["The pipeline stopped cleaning up and waits for an administrator",E?".":": ask one to retry or resolve it."]}),E&&n("div",{class:"actions",role:"group","aria-label":"Failed undo",children:[g.retry&&n("button",{type:"button",class:"button","data-action":"retryCompensation",disabled:d,onClick:c,children:d?"Working…":"Retry the undo"}),g.resolve&&n("button",{type:"button",class:"button danger","data-action":"resolveCompensation",disabled:d,onClick:m,children:"Mark resolved…"})]}),n(me,{error:o}),n(Bn,{request:r,onClose:()=>i(null)})]})}function fa({id:e,commit:t}){const[r,i]=I(void 0),[o,s]=I(null),d=()=>{s(null),Ie(Cs,{id:e}).then(l=>i(l.data?.integration?.pullRequest?.changes??null),s)};return ne(d,[e,t]),o?n(me,{error:o,onRetry:d}):r===void 0?n(je,{what:"the changes"}):r===null?n("p",{class:"muted",children:"The code host does not show this pull request's changes here."}):n("div",{class:"changes","data-testid":"pull-request-changes",children:[n("p",{class:"small",children:[n("code",{children:r.base})," at ",n("code",{title:r.baseCommit,children:r.baseCommit.slice(0,12)})," ←"," ",n("code",{title:r.headCommit,children:r.headCommit.slice(0,12)})]}),n("h3",{children:"Commits"}),n("ul",{class:"plain",children:r.commits.map(l=>n("li",{children:[n("code",{title:l.id,children:l.id.slice(0,12)})," ",l.message]},l.id))}),n("h3",{children:"Files"}),n("ul",{class:"plain",children:r.files.map(l=>n("li",{children:[n("code",{children:l.path})," ",l.additions===null||l.deletions===null?n("span",{class:"muted",children:"binary"}):n(de,{children:[n("span",{class:"plus",children:["+",l.additions]})," ",n("span",{class:"minus",children:["−",l.deletions]})]})]},l.path))}),n("h3",{children:"Diff"}),n("pre",{class:"code diff",tabIndex:0,"aria-label":"Diff",children:n("code",{children:r.diff.split(`
`).map((l,h)=>n("span",{class:`diff-${sa(l)}`,children:[l,`
`]},h))})}),r.truncated&&n("p",{class:"small muted",children:"The diff was cut at its size limit."})]})}const Nt=25;function pa(e,t,r){return e==="system"?"Pipeline":e===t.id?"You":r&&e===r.id?r.name:e}function ga({id:e,version:t,me:r,owner:i,onTimeTravel:o}){const s=An(t,Nt),[d,l]=I(null),h=d?xr(d.fromNewest,d.total,Nt):xr(0,t,Nt),[u,g]=I(void 0),[E,c]=I(null);ne(()=>{let w=!0;return c(null),Ie(Rs,{id:e,after:h.after,first:h.first}).then(U=>{w&&g(U.data?.integration?.events??[])},U=>{w&&c(U)}),()=>{w=!1}},[e,h.after,h.first]);const m=d?.total??t,_=d?An(d.total,Nt):s,y=w=>l(w<=0?null:{fromNewest:Math.min(w,_-1),total:m}),C=_-h.fromNewest,S=n("nav",{class:"pager","aria-label":"History pages",children:[n("button",{type:"button",class:"button small",onClick:()=>y(_-1),disabled:h.fromNewest>=_-1,children:"Oldest"}),n("button",{type:"button",class:"button small",onClick:()=>y(h.fromNewest+1),disabled:h.fromNewest>=_-1,children:"Older"}),n("span",{class:"small","data-testid":"history-page",children:["Events ",h.from,"–",h.to," of ",m," · page ",C," of ",_]}),n("button",{type:"button",class:"button small",onClick:()=>y(h.fromNewest-1),disabled:!d,children:"Newer"}),n("button",{type:"button",class:"button small",onClick:()=>y(0),disabled:!d,children:"Newest"})]});return E?n(me,{error:E}):u===void 0?n("p",{class:"muted",children:"Loading the history…"}):n("div",{class:"table-scroll",children:[_>1&&S,n("table",{class:"events",children:[n("caption",{class:"visually-hidden",children:"Events, oldest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"#"}),n("th",{scope:"col",children:"When"}),n("th",{scope:"col",children:"Who"}),n("th",{scope:"col",children:"What"}),n("th",{scope:"col",children:n("span",{class:"visually-hidden",children:"View"})})]})}),n("tbody",{children:u.map(w=>n("tr",{"data-event-type":w.type,children:[n("td",{"data-label":"#",children:w.version}),n("td",{"data-label":"When",children:n("time",{dateTime:w.recordedAt,children:Re(w.recordedAt)})}),n("td",{"data-label":"Who",title:w.actor,children:pa(w.actor,r,i)}),n("td",{"data-label":"What",children:[n("strong",{children:po(w.type)}),n("div",{class:"small",children:go(w.type,w.data)}),w.requestId&&n("div",{class:"muted small",children:["request ",w.requestId]})]}),n("td",{children:n("button",{type:"button",class:"button small",onClick:()=>o(w.version),children:["As of v",w.version]})})]},w.version))})]})]})}function ma({integration:e,onShowChanges:t}){const r=e.pullRequest,i=e.deployment;return n("div",{class:"facts",children:[n("h3",{children:"Pull request"}),r?n("dl",{class:"pairs",children:[n("dt",{children:"Number"}),n("dd",{children:[ia(r.url)?n("a",{href:r.url,target:"_blank",rel:"noopener noreferrer",children:["#",r.number]}):n("button",{type:"button",class:"link-button","data-testid":"show-changes",onClick:t,children:["#",r.number,": show the changes"]})," ",n("span",{class:"muted","data-testid":"pull-request-state",children:["(",r.state.toLowerCase(),")"]})]}),n("dt",{children:"Branch"}),n("dd",{children:n("code",{children:r.branch})}),n("dt",{children:"Commit"}),n("dd",{children:n("code",{title:r.commit,children:r.commit.slice(0,12)})}),n("dt",{children:"Changes"}),n("dd",{children:[r.filesChanged," files, ",n("span",{class:"plus",children:["+",r.additions]})," ",n("span",{class:"minus",children:["−",r.deletions]})]})]}):n("p",{class:"muted",children:"No pull request yet."}),n("h3",{children:"Deployment"}),i?n("dl",{class:"pairs",children:[n("dt",{children:"Id"}),n("dd",{children:n("code",{children:i.id})}),n("dt",{children:"Location"}),n("dd",{children:n("code",{children:i.location})}),i.previous&&n(de,{children:[n("dt",{children:"Replaced"}),n("dd",{children:n("code",{children:i.previous})})]})]}):n("p",{class:"muted",children:"Not deployed."})]})}function _a({integration:e}){const t=e.testReport;if(!t)return n("p",{class:"muted",children:"The tests have not run yet."});const r=e.steps.find(o=>o.name==="TEST"),i=ra(t.passed,r?.status);return n("div",{children:[n("p",{children:[n("span",{class:`badge tone-${i.tone}`,"data-testid":"test-report-badge",children:i.label})," ","exit code ",t.exitCode??"none (killed)"," · ",Vt(t.durationMs),t.timedOut&&n("strong",{children:" · timed out"}),t.truncated&&n("span",{class:"muted",children:" · output cut"})]}),e.testCommand.length>0&&n("p",{class:"small",children:["Command: ",n("code",{children:e.testCommand.join(" ")})]}),r?.status==="COMPENSATED"&&n("p",{class:"small muted",children:"This run no longer stands: the pipeline failed or was stopped afterwards and undid its steps."}),n(Jt,{code:t.output||"(no output)"})]})}function ba({integration:e}){const t=e.usage;return n("dl",{class:"pairs",children:[n("dt",{children:"Generator"}),n("dd",{children:[e.generator??"—",e.generator==="scaffold"&&n("span",{class:"muted",children:" (templates, not AI)"})]}),n("dt",{children:"Rounds"}),n("dd",{children:e.round}),n("dt",{children:"Input tokens"}),n("dd",{children:Le(t.inputTokens)}),n("dt",{children:"Output tokens"}),n("dd",{children:Le(t.outputTokens)}),n("dt",{children:"Cost"}),n("dd",{children:fo(t.costUsd)})]})}function ya({files:e}){const[t,r]=I(null);if(e.length===0)return n("p",{class:"muted",children:"No code generated yet."});const i=e.find(o=>o.path===t)??e.find(o=>ai(o.path)==="python")??e[0];return n("div",{class:"files",children:[n("ul",{class:"file-list","aria-label":"Generated files",children:e.map(o=>n("li",{children:n("button",{type:"button",class:"file-button","aria-current":o.path===i.path?"true":void 0,onClick:()=>r(o.path),children:o.path})},o.path))}),n(Jt,{code:i.content,path:i.path})]})}function Ea(e,t){return e==="GENERATING"&&t?t:null}function wa(e){return`${e.characters===1?"1 character":`${Le(e.characters)} characters`} received (attempt ${e.attempt})`}function va(e){return e.map((t,r)=>({path:t,writing:r===e.length-1}))}function Ia({integration:e}){const t=Ea(e.state,e.generationProgress);return t?n("section",{class:"generation-progress","aria-label":"Generation progress","data-progress":!0,children:[n("p",{children:[n("strong",{children:"Writing…"})," ",wa(t)," ",n("span",{class:"muted small",children:["as of ",n("time",{dateTime:t.reportedAt,children:Re(t.reportedAt)})]})]}),t.files.length===0?n("p",{class:"muted small",children:"No file begun yet."}):n("ol",{class:"progress-files","aria-label":"Files begun",children:va(t.files).map((r,i)=>n("li",{"aria-current":r.writing?"step":void 0,children:[n("code",{children:r.path}),r.writing&&n(de,{children:[" ",n("span",{class:"badge tone-busy",children:"writing"})]})]},`${i}:${r.path}`))})]}):null}function li({integration:e}){const t=na(e.steps,e.state,e.failure?.trigger),r=t.some(s=>s.status==="RUNNING"),[i,o]=I(Date.now());return ne(()=>{if(!r)return;const s=setInterval(()=>o(Date.now()),1e3);return()=>clearInterval(s)},[r]),n("ol",{class:"timeline","aria-label":"Pipeline",children:t.map(s=>n("li",{class:`step step-${s.status.toLowerCase()}`,"data-step":s.name,children:[n("div",{class:"step-head",children:[n("span",{class:"step-name",children:s.label}),s.gate?n("span",{class:`badge tone-${s.status==="WAITING"?"attention":s.status==="FAILED"?"bad":s.status==="SUCCEEDED"?"good":"neutral"}`,children:s.status==="WAITING"?"Waiting for review":s.status==="SUCCEEDED"?"Approved":s.status==="FAILED"?"Rejected":"Pending"}):n(Do,{status:s.status})]}),!s.gate&&(s.attempts>0||s.startedAt)&&n("div",{class:"step-meta muted small",children:[s.attempts>0&&n("span",{children:s.attempts===1?"1 attempt":`${s.attempts} attempts`}),s.startedAt&&n("span",{children:Vt(ho(s.startedAt,s.finishedAt,i))})]}),s.error&&n("pre",{class:"step-error",children:s.error})]},s.name))})}function Pe({title:e,id:t,children:r}){return n("section",{class:"card","aria-labelledby":t,children:[n("h2",{id:t,children:e}),r]})}function Sa({id:e,latest:t,version:r,onChange:i}){const[o,s]=I(void 0),[d,l]=I(null);return ne(()=>{s(void 0),l(null),Ie(As,{id:e,version:r}).then(h=>s(h.data?.integrationAt??null),l)},[e,r]),n("section",{class:"card time-travel","aria-labelledby":"time-travel-title",children:[n("div",{class:"page-head",children:[n("h2",{id:"time-travel-title",children:["As of version ",r]}),n("div",{class:"inline-controls",children:[n("div",{class:"field inline",children:[n("label",{for:"as-of-version",children:"Version"}),n("select",{id:"as-of-version",value:r,onChange:h=>i(Number(h.currentTarget.value)),children:Array.from({length:t},(h,u)=>t-u).map(h=>n("option",{value:h,children:h},h))})]}),n("button",{type:"button",class:"button small",onClick:()=>i(null),children:"Back to now"})]})]}),n(me,{error:d}),o===void 0&&!d&&n(je,{what:`version ${r}`}),o===null&&n("p",{class:"muted",children:"It did not exist at that version."}),o&&n("div",{class:"grid-2",children:[n("div",{children:[n("p",{children:[n(Fn,{state:o.state})," ",n("span",{class:"muted",children:["updated ",Re(o.updatedAt)]})]}),o.failure&&n("p",{class:"field-error",children:ci(o.failure)}),n(li,{integration:o})]}),n("div",{children:[n("h3",{children:"Configuration"}),n(Jt,{code:JSON.stringify(o.config,null,2),language:"json"}),n("p",{class:"small muted",children:[o.files.length," generated files · round ",o.round]})]})]})]})}function Aa({id:e,user:t}){const[r,i]=I(void 0),[o,s]=I(null),[d,l]=I(!1),[h,u]=I(null),[g,E]=I(!1),[c,m]=I(null),_=nt(0);jt(r?.name??"Integration");const y=ot(async()=>{try{const w=(await Ie(Ss,{id:e})).data?.integration??null;if(w&&w.version<_.current)return;w&&(_.current=w.version),i(w),s(null)}catch(S){s(S)}},[e]),C=$t(()=>{y()},150);return ne(()=>{i(void 0),l(!1),E(!1),m(null),_.current=0,y()},[y]),ne(()=>Mn({document:ks,variables:S=>({id:e,afterVersion:S??0}),cursorOf:S=>S.integrationEvents.version,onData:({integrationEvents:S})=>{S.type==="INTEGRATION_DELETED"&&E(!0),S.version>_.current&&C()},onResume:C,onError:u}),[e,C]),r===void 0?o?n(me,{error:o,onRetry:()=>{y()}}):n(je,{what:"the integration"}):r===null?n("section",{children:[n("h1",{children:"Integration not found"}),n("p",{children:["There is no integration ",n("code",{children:e}),", or it was deleted. ",n(ke,{href:"/",children:"Back to the board"})]})]}):n("article",{class:"detail","aria-labelledby":"detail-title",children:[n("p",{class:"crumbs",children:[n(ke,{href:"/",children:"Integrations"})," / ",n("span",{children:r.name})]}),n("div",{class:"page-head",children:[n("div",{children:[n("h1",{id:"detail-title",children:[r.name," ",n(Fn,{state:r.state})]}),n("p",{class:"muted small",children:[n("code",{children:r.kind})," · owned by ",r.owner?r.owner.id===t.id?"you":r.owner.name:"—"," · version"," ",r.version," · created ",Re(r.createdAt)," · updated ",Re(r.updatedAt)]}),r.description&&n("p",{children:r.description})]}),n(da,{integration:r,onDone:()=>{y()}})]}),g&&n(at,{children:"This integration was deleted; its history stays readable."}),n(me,{error:o,onRetry:()=>{y()}}),n(me,{error:h}),r.failure&&n("div",{class:"notice notice-error",role:"status","data-testid":"failure",children:ci(r.failure)}),n(ha,{integration:r,onDone:()=>{y()}}),c!==null&&n(Sa,{id:r.id,latest:r.version,version:c,onChange:m}),n("div",{class:"grid-2",children:[n(Pe,{title:"Pipeline",id:"pipeline-title",children:[n(li,{integration:r}),n(Ia,{integration:r})]}),n(Pe,{title:"Review and deployment",id:"pr-title",children:n(ma,{integration:r,onShowChanges:()=>l(!0)})})]}),d&&r.pullRequest&&n(Pe,{title:`Pull request #${r.pullRequest.number}: ${r.pullRequest.branch}`,id:"changes-title",children:[n("div",{class:"inline-controls",children:n("button",{type:"button",class:"button small",onClick:()=>l(!1),children:"Hide the changes"})}),n(fa,{id:r.id,commit:r.pullRequest.commit})]}),n("div",{class:"grid-2",children:[n(Pe,{title:"Test report",id:"tests-title",children:n(_a,{integration:r})}),n(Pe,{title:"Usage",id:"usage-title",children:n(ba,{integration:r})})]}),n(Pe,{title:"Generated files",id:"files-title",children:n(ya,{files:r.files})}),n("div",{class:"grid-2",children:[n(Pe,{title:"Prompt",id:"prompt-title",children:n("pre",{class:"prose-pre",children:r.prompt})}),n(Pe,{title:"Configuration",id:"config-title",children:n(Jt,{code:JSON.stringify(r.config,null,2),language:"json"})})]}),n(Pe,{title:"History",id:"history-title",children:[n("div",{class:"inline-controls",children:n("button",{type:"button",class:"button small",onClick:()=>m(Math.max(1,r.version-1)),disabled:r.version<2,children:"View an earlier version"})}),n(ga,{id:r.id,version:r.version,me:t,owner:r.owner,onTimeTravel:m})]})]})}function Ta(e){return!e||!e.startsWith("/")||e.startsWith("//")||e.startsWith("/\\")||e.startsWith("/sign-in")?"/":e}function Na(e){return e===null||e.signedIn?"ask":e.refreshable?"refresh":"signed-out"}async function Ra(){let e;try{e=await fetch("/auth/status",{credentials:"same-origin",headers:{accept:"application/json"}})}catch{throw Wt()}if(e.status===404)return null;if(!e.ok)throw rt(e.status,e.headers.get("retry-after"));const t=await e.json().catch(()=>({}));return{signedIn:t.signedIn===!0,refreshable:t.refreshable===!0}}const xe=Dn({status:"loading"});Ys(()=>{ti();const e=xe.get().status;e==="signed-in"?xe.set({status:"signed-out",message:"Your session has ended. Sign in again."}):e!=="signed-out"&&xe.set({status:"signed-out"})});async function Tn(){try{const e=Na(await Ra());if(e==="signed-out"||e==="refresh"&&!await On()){xe.set({status:"signed-out"});return}const r=(await Ie(ws)).data?.me;xe.set(r?{status:"signed-in",user:r}:{status:"signed-out"})}catch(e){e instanceof ve&&e.kind==="unauthenticated"?xe.set({status:"signed-out"}):xe.set({status:"unreachable",message:ct(e)})}}async function Ca(){try{await Qs()}finally{ti(),Fe("/sign-in",{replace:!0}),xe.set({status:"signed-out",message:"You are signed out."})}}function Or(){const e=Yt(),t=Kt(xe),r=Ta(e.search.get("redirect")),[i,o]=I(null),[s,d]=I(null),[l,h]=I(""),[u,g]=I(!1),[E,c]=I(null);ne(()=>{Xs().then(o,_=>{o([]),d(_)})},[]),ne(()=>{t.status==="signed-in"&&Fe(r,{replace:!0})},[t.status,r]);const m=async _=>{if(_.preventDefault(),l.trim()===""){c("Enter an API key.");return}g(!0),c(null);try{await Js(l),h(""),await Tn(),xe.get().status!=="signed-in"&&c("Signed in, but the server does not recognise the session. Try again.")}catch(y){c(ct(y))}finally{g(!1)}};return n("section",{class:"sign-in","aria-labelledby":"sign-in-title",children:[n("h1",{id:"sign-in-title",children:"Sign in to Claude Code Bot"}),t.status==="signed-out"&&t.message&&n(at,{children:t.message}),i&&i.length>0&&n("div",{class:"providers",children:[i.map(_=>n("a",{class:"button primary wide",href:Zs(_,r),children:["Sign in with ",_.name]},_.id)),n("p",{class:"divider",children:n("span",{children:"or"})})]}),n(me,{error:s}),n("form",{class:"card form",onSubmit:m,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"api-key",children:"API key"}),n("input",{id:"api-key",name:"apiKey",type:"password",autoComplete:"off",spellcheck:!1,placeholder:"cb_…",value:l,"aria-invalid":E?"true":void 0,"aria-describedby":E?"api-key-error":"api-key-help",onInput:_=>h(_.currentTarget.value)}),n("small",{id:"api-key-help",class:"help",children:"The administrator key is printed when the server first starts; an administrator can create more on the Admin page."})]}),E&&n("p",{id:"api-key-error",class:"field-error",role:"alert",children:E}),n("button",{type:"submit",class:"button primary",disabled:u,children:u?"Signing in…":"Sign in with API key"})]})]})}function ka({children:e}){const[t,r]=is();return t?n("div",{class:"notice notice-error",role:"alert",children:[n("span",{children:["This page failed to show: ",t instanceof Error?t.message:String(t)]}),n("button",{type:"button",class:"button small",onClick:r,children:"Try again"})]}):n(de,{children:e})}function xa({user:e,path:t}){if(t==="/"||t==="/integrations")return n(Mo,{user:e});if(t==="/integrations/new")return n(Fo,{user:e});const r=Lo("/integrations/:id",t);return r?n(Aa,{id:r.id,user:e},r.id):t==="/admin"?n(No,{user:e}):n("section",{children:[n("h1",{children:"Page not found"}),n("p",{children:["Nothing lives at ",n("code",{children:t}),". ",n(ke,{href:"/",children:"Go to the board"})]})]})}function $a({user:e}){const{path:t}=Yt(),r=i=>t===i?"page":void 0;return oo(e!==null),n("header",{class:"top",children:[n(ke,{href:"/",class:"brand",children:"Claude Code Bot"}),e&&n("nav",{"aria-label":"Main",children:[n(ke,{href:"/","aria-current":r("/"),children:"Board"}),Pt(e)&&n(ke,{href:"/integrations/new","aria-current":r("/integrations/new"),children:"New"}),n(ke,{href:"/admin","aria-current":r("/admin"),children:Un(e)?"Admin":"API keys"})]}),n("div",{class:"top-end",children:[n(so,{}),e&&n(de,{children:[n("span",{class:"who","data-role":e.role,children:[e.name," ",n("span",{class:"role",children:e.role.toLowerCase()})]}),n("button",{type:"button",class:"button small",onClick:()=>{Ca()},children:"Sign out"})]})]})]})}function Oa(){const e=Kt(xe),t=Yt();ne(()=>{Tn()},[]),ne(()=>{if(e.status==="signed-out"&&t.path!=="/sign-in"){const i=t.path+(t.search.toString()?`?${t.search.toString()}`:"");Fe(i==="/"?"/sign-in":`/sign-in?redirect=${encodeURIComponent(i)}`,{replace:!0})}},[e.status,t.path]);const r=e.status==="signed-in"?e.user:null;return n(de,{children:[n("a",{href:"#main",class:"skip",children:"Skip to content"}),n($a,{user:r}),n("main",{id:"main",tabIndex:-1,children:[e.status==="loading"&&n(je,{what:"your session"}),e.status==="unreachable"&&n(me,{error:new Error(e.message),onRetry:()=>{Tn()}}),e.status==="signed-out"&&t.path==="/sign-in"&&n(Or,{}),e.status==="signed-in"&&n(ka,{children:t.path==="/sign-in"?n(Or,{}):n(xa,{user:e.user,path:t.path})},t.path)]})]})}ts(n(Oa,{}),document.getElementById("app"));
