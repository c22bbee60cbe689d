var Ft,J,Mr,We,ar,Pr,Ur,sn,Rt,ut,Br,Nn,fn,pn,Ot={},Dt=[],Qi=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Gt=Array.isArray;function Ue(e,t){for(var r in t)e[r]=t[r];return e}function Rn(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Xi(e,t,r){var i,s,o,d={};for(o in t)o=="key"?i=t[o]:o=="ref"?s=t[o]:d[o]=t[o];if(arguments.length>2&&(d.children=arguments.length>3?Ft.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(o in e.defaultProps)d[o]===void 0&&(d[o]=e.defaultProps[o]);return Ct(e,d,i,s,null)}function Ct(e,t,r,i,s){var o={type:e,props:t,key:r,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++Mr,__i:-1,__u:0};return s==null&&J.vnode!=null&&J.vnode(o),o}function le(e){return e.children}function kt(e,t){this.props=e,this.context=t}function Je(e,t){if(t==null)return e.__?Je(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?Je(e):null}function Zi(e){if(e.__P&&e.__d){var t=e.__v,r=t.__e,i=[],s=[],o=Ue({},t);o.__v=t.__v+1,J.vnode&&J.vnode(o),Cn(e.__P,o,t,e.__n,e.__P.namespaceURI,32&t.__u?[r]:null,i,r??Je(t),!!(32&t.__u),s),o.__v=t.__v,o.__.__k[o.__i]=o,Kr(i,o,s),t.__e=t.__=null,o.__e!=r&&Fr(o)}}function Fr(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),Fr(e)}function cr(e){(!e.__d&&(e.__d=!0)&&We.push(e)&&!Lt.__r++||ar!=J.debounceRendering)&&((ar=J.debounceRendering)||Pr)(Lt)}function Lt(){try{for(var e,t=1;We.length;)We.length>t&&We.sort(Ur),e=We.shift(),t=We.length,Zi(e)}finally{We.length=Lt.__r=0}}function Gr(e,t,r,i,s,o,d,l,u,f,g){var w,c,m,_,E,R,S=i&&i.__k||Dt,b=t.length;for(u=es(r,t,S,u,b),w=0;w<b;w++)(m=r.__k[w])!=null&&(c=m.__i!=-1&&S[m.__i]||Ot,m.__i=w,R=Cn(e,m,c,s,o,d,l,u,f,g),_=m.__e,m.ref&&c.ref!=m.ref&&(c.ref&&kn(c.ref,null,m),g.push(m.ref,m.__c||_,m)),E==null&&_!=null&&(E=_),4&m.__u?(u=qr(m,u,e),c.__e&&(c.__e=null)):typeof m.type=="function"&&R!==void 0?u=R:_&&(u=_.nextSibling),m.__u&=-7);return r.__e=E,u}function es(e,t,r,i,s){var o,d,l,u,f,g=r.length,w=g,c=0;for(e.__k=new Array(s),o=0;o<s;o++)(d=t[o])!=null&&typeof d!="boolean"&&typeof d!="function"?(typeof d=="string"||typeof d=="number"||typeof d=="bigint"||d.constructor==String?d=e.__k[o]=Ct(null,d,null,null,null):Gt(d)?d=e.__k[o]=Ct(le,{children:d},null,null,null):d.constructor===void 0&&d.__b>0?d=e.__k[o]=Ct(d.type,d.props,d.key,d.ref?d.ref:null,d.__v):e.__k[o]=d,u=o+c,d.__=e,d.__b=e.__b+1,l=null,(f=d.__i=ts(d,r,u,w))!=-1&&(w--,(l=r[f])&&(l.__u|=2)),l==null||l.__v==null?(f==-1&&(s>g?c--:s<g&&c++),typeof d.type!="function"&&(d.__u|=4)):f!=u&&(f==u-1?c--:f==u+1?c++:(f>u?c--:c++,d.__u|=4))):e.__k[o]=null;if(w)for(o=0;o<g;o++)(l=r[o])!=null&&(2&l.__u)==0&&(l.__e==i&&(i=Je(l)),jr(l,l));return i}function qr(e,t,r){var i,s;if(typeof e.type=="function"){for(i=e.__k,s=0;i&&s<i.length;s++)i[s]&&(i[s].__=e,t=qr(i[s],t,r));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=Je(e)),t=r.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function ts(e,t,r,i){var s,o,d,l=e.key,u=e.type,f=t[r],g=f!=null&&(2&f.__u)==0;if(f===null&&l==null||g&&l==f.key&&u==f.type)return r;if(i>(g?1:0)){for(s=r-1,o=r+1;s>=0||o<t.length;)if((f=t[d=s>=0?s--:o++])!=null&&(2&f.__u)==0&&l==f.key&&u==f.type)return d}return-1}function lr(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||Qi.test(t)?r:r+"px"}function It(e,t,r,i,s){var o,d;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)r&&t in r||lr(e.style,t,"");if(r)for(t in r)i&&r[t]==i[t]||lr(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")o=t!=(t=t.replace(Br,"$1")),d=t.toLowerCase(),t=d in e||t=="onFocusOut"||t=="onFocusIn"?d.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+o]=r,r?i?r[ut]=i[ut]:(r[ut]=Nn,e.addEventListener(t,o?pn:fn,o)):e.removeEventListener(t,o?pn:fn,o);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function dr(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t[Rt]==null)t[Rt]=Nn++;else if(t[Rt]<r[ut])return;return r(J.event?J.event(t):t)}}}function Cn(e,t,r,i,s,o,d,l,u,f){var g,w,c,m,_,E,R,S,b,U,$,j,z,_e,Y,de,ee=t.type;if(t.constructor!==void 0)return null;128&r.__u&&(u=!!(32&r.__u),o=[l=t.__e=r.__e]),(g=J.__b)&&g(t);e:if(typeof ee=="function"){w=d.length;try{if(b=t.props,U=ee.prototype&&ee.prototype.render,$=(g=ee.contextType)&&i[g.__c],j=g?$?$.props.value:g.__:i,r.__c?S=(c=t.__c=r.__c).__=c.__E:(U?t.__c=c=new ee(b,j):(t.__c=c=new kt(b,j),c.constructor=ee,c.render=rs),$&&$.sub(c),c.state||(c.state={}),c.__n=i,m=c.__d=!0,c.__h=[],c._sb=[]),U&&c.__s==null&&(c.__s=c.state),U&&ee.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=Ue({},c.__s)),Ue(c.__s,ee.getDerivedStateFromProps(b,c.__s))),_=c.props,E=c.state,c.__v=t,m)U&&ee.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),U&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(U&&ee.getDerivedStateFromProps==null&&b!==_&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(b,j),t.__v==r.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(b,c.__s,j)===!1){t.__v!=r.__v&&(c.props=b,c.state=c.__s,c.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(ue){ue&&(ue.__=t)}),Dt.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&d.push(c),l=Je(r);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(b,c.__s,j),U&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(_,E,R)})}if(c.context=j,c.props=b,c.__P=e,c.__e=!1,z=J.__r,_e=0,U)c.state=c.__s,c.__d=!1,z&&z(t),g=c.render(c.props,c.state,c.context),Dt.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,z&&z(t),g=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++_e<25);c.state=c.__s,c.getChildContext!=null&&(i=Ue(Ue({},i),c.getChildContext())),U&&!m&&c.getSnapshotBeforeUpdate!=null&&(R=c.getSnapshotBeforeUpdate(_,E)),Y=g!=null&&g.type===le&&g.key==null?Wr(g.props.children):g,l=Gr(e,Gt(Y)?Y:[Y],t,r,i,s,o,d,l,u,f),c.base=t.__e,t.__u&=-161,c.__h.length&&d.push(c),S&&(c.__E=c.__=null)}catch(ue){if(d.length=w,t.__v=null,u||o!=null){if(ue.then){for(t.__u|=u?160:128;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;o!=null&&(o[o.indexOf(l)]=null),t.__e=l}else if(o!=null)for(de=o.length;de--;)Rn(o[de])}else t.__e=r.__e;t.__k==null&&(t.__k=r.__k||[]),ue.then||Hr(t),J.__e(ue,t,r)}}else o==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):l=t.__e=ns(r.__e,t,r,i,s,o,d,u,f);return(g=J.diffed)&&g(t),128&t.__u?void 0:l}function Hr(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(Hr))}function Kr(e,t,r){for(var i=0;i<r.length;i++)kn(r[i],r[++i],r[++i]);J.__c&&J.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(o){o.call(s)})}catch(o){J.__e(o,s.__v)}})}function Wr(e){return typeof e!="object"||e==null||e.__b>0?e:Gt(e)?e.map(Wr):e.constructor!==void 0?null:Ue({},e)}function ns(e,t,r,i,s,o,d,l,u){var f,g,w,c,m,_,E,R=r.props||Ot,S=t.props,b=t.type;if(b=="svg"?s="http://www.w3.org/2000/svg":b=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),o!=null){for(f=0;f<o.length;f++)if((m=o[f])&&"setAttribute"in m==!!b&&(b?m.localName==b:m.nodeType==3)){e=m,o[f]=null;break}}if(e==null){if(b==null)return document.createTextNode(S);e=document.createElementNS(s,b,S.is&&S),l&&(J.__m&&J.__m(t,o),l=!1),o=null}if(b==null)R===S||l&&e.data==S||(e.data=S);else{if(o=b=="textarea"&&S.defaultValue!=null?null:o&&Ft.call(e.childNodes),!l&&o!=null)for(R={},f=0;f<e.attributes.length;f++)R[(m=e.attributes[f]).name]=m.value;for(f in R)m=R[f],f=="dangerouslySetInnerHTML"?w=m:f=="children"||f in S||f=="value"&&"defaultValue"in S||f=="checked"&&"defaultChecked"in S||It(e,f,null,m,s);for(f in S)m=S[f],f=="children"?c=m:f=="dangerouslySetInnerHTML"?g=m:f=="value"?_=m:f=="checked"?E=m:l&&typeof m!="function"||R[f]===m||It(e,f,m,R[f],s);if(g)l||w&&(g.__html==w.__html||g.__html==e.innerHTML)||(e.innerHTML=g.__html),t.__k=[];else if(w&&(e.innerHTML=""),Gr(t.type=="template"?e.content:e,Gt(c)?c:[c],t,r,i,b=="foreignObject"?"http://www.w3.org/1999/xhtml":s,o,d,o?o[0]:r.__k&&Je(r,0),l,u),o!=null)for(f=o.length;f--;)Rn(o[f]);l&&b!="textarea"||(f="value",b=="progress"&&_==null?e.removeAttribute("value"):_!=null&&(_!==e[f]||b=="progress"&&!_||b=="option"&&_!=R[f])&&It(e,f,_,R[f],s),f="checked",E!=null&&E!=e[f]&&It(e,f,E,R[f],s))}return e}function kn(e,t,r){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&t==null||(e.__u=e(t))}else e.current=t}catch(s){J.__e(s,r)}}function jr(e,t,r){var i,s;if(J.unmount&&J.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||kn(i,null,t)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(o){J.__e(o,t)}i.base=i.__P=i.__n=null}if(i=e.__k)for(s=0;s<i.length;s++)i[s]&&jr(i[s],t,r||typeof e.type!="function");r||Rn(e.__e),e.__c=e.__=e.__e=void 0}function rs(e,t,r){return this.constructor(e,r)}function is(e,t,r){var i,s,o,d;t==document&&(t=document.documentElement),J.__&&J.__(e,t),s=(i=!1)?null:t.__k,o=[],d=[],Cn(t,e=t.__k=Xi(le,null,[e]),s||Ot,Ot,t.namespaceURI,s?null:t.firstChild?Ft.call(t.childNodes):null,o,s?s.__e:t.firstChild,i,d),Kr(o,e,d),e.props.children=null}Ft=Dt.slice,J={__e:function(e,t,r,i){for(var s,o,d;t=t.__;)if((s=t.__c)&&!s.__)try{if((o=s.constructor)&&o.getDerivedStateFromError!=null&&(s.setState(o.getDerivedStateFromError(e)),d=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,i||{}),d=s.__d),d)return s.__E=s}catch(l){e=l}throw e}},Mr=0,kt.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=Ue({},this.state),typeof e=="function"&&(e=e(Ue({},r),this.props)),e&&Ue(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),cr(this))},kt.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),cr(this))},kt.prototype.render=le,We=[],Pr=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Ur=function(e,t){return e.__v.__b-t.__v.__b},Lt.__r=0,sn=Math.random().toString(8),Rt="__d"+sn,ut="__a"+sn,Br=/(PointerCapture)$|Capture$/i,Nn=0,fn=dr(!1),pn=dr(!0);var ss=0;function n(e,t,r,i,s,o){t||(t={});var d,l,u=t;if("ref"in u)for(l in u={},t)l=="ref"?d=t[l]:u[l]=t[l];var f={type:e,props:u,key:r,ref:d,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--ss,__i:-1,__u:0,__source:s,__self:o};if(typeof e=="function"&&(d=e.defaultProps))for(l in d)u[l]===void 0&&(u[l]=d[l]);return J.vnode&&J.vnode(f),f}var st,te,on,ur,ft=0,Vr=[],oe=J,hr=oe.__b,fr=oe.__r,pr=oe.diffed,gr=oe.__c,mr=oe.unmount,_r=oe.__;function qt(e,t){oe.__h&&oe.__h(te,e,ft||t),ft=0;var r=te.__H||(te.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function T(e){return ft=1,os(Yr,e)}function os(e,t,r){var i=qt(st++,2);if(i.t=e,!i.__c&&(i.__=[Yr(void 0,t),function(l){var u=i.__N?i.__N[0]:i.__[0],f=i.t(u,l);u!==f&&(i.__N=[f,i.__[1]],i.__c.setState({}))}],i.__c=te,!te.__f)){var s=function(l,u,f){if(!i.__c.__H)return!0;var g=!1,w=i.__c.props!==l;if(i.__c.__H.__.some(function(m){if(m.__N){g=!0;var _=m.__[0];m.__=m.__N,m.__N=void 0,_!==m.__[0]&&(w=!0)}}),o){var c=o.call(this,l,u,f);return g?c||w:c}return!g||w};te.__f=!0;var o=te.shouldComponentUpdate,d=te.componentWillUpdate;te.componentWillUpdate=function(l,u,f){if(this.__e){var g=o;o=void 0,s(l,u,f),o=g}d&&d.call(this,l,u,f)},te.shouldComponentUpdate=s}return i.__N||i.__}function ne(e,t){var r=qt(st++,3);!oe.__s&&zr(r.__H,t)&&(r.__=e,r.u=t,te.__H.__h.push(r))}function nt(e){return ft=5,pt(function(){return{current:e}},[])}function pt(e,t){var r=qt(st++,7);return zr(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function ot(e,t){return ft=8,pt(function(){return e},t)}function as(e){var t=qt(st++,10),r=T();return t.__=e,te.componentDidCatch||(te.componentDidCatch=function(i,s){t.__&&t.__(i,s),r[1](i)}),[r[0],function(){r[1](void 0)}]}function cs(){for(var e;e=Vr.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(xt),t.__h.some(gn),t.__h=[]}catch(r){t.__h=[],oe.__e(r,e.__v)}}}oe.__b=function(e){te=null,hr&&hr(e)},oe.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),_r&&_r(e,t)},oe.__r=function(e){fr&&fr(e),st=0;var t=(te=e.__c).__H;t&&(on===te?(t.__h=[],te.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.some(xt),t.__h.some(gn),t.__h=[],st=0)),on=te},oe.diffed=function(e){pr&&pr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Vr.push(t)!==1&&ur===oe.requestAnimationFrame||((ur=oe.requestAnimationFrame)||ls)(cs)),t.__H.__.some(function(r){r.u&&(r.__H=r.u,r.u=void 0)})),on=te=null},oe.__c=function(e,t){t.some(function(r){try{r.__h.some(xt),r.__h=r.__h.filter(function(i){return!i.__||gn(i)})}catch(i){t.some(function(s){s.__h&&(s.__h=[])}),t=[],oe.__e(i,r.__v)}}),gr&&gr(e,t)},oe.unmount=function(e){mr&&mr(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.some(function(i){try{xt(i)}catch(s){t=s}}),r.__H=void 0,t&&oe.__e(t,r.__v))};var br=typeof requestAnimationFrame=="function";function ls(e){var t,r=function(){clearTimeout(i),br&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(r,35);br&&(t=requestAnimationFrame(r))}function xt(e){var t=te,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),te=t}function gn(e){var t=te;e.__c=e.__(),te=t}function zr(e,t){return!e||e.length!==t.length||t.some(function(r,i){return r!==e[i]})}function Yr(e,t){return typeof t=="function"?t(e):t}class W extends String{__apiType;value;__meta__;constructor(t,r){super(t),this.value=t,this.__meta__=r}toString(){return this.value}}new W(`
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
    `,{fragmentName:"IntegrationSummary"});new W(`
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
}`,{fragmentName:"IntegrationDetail"});new W(`
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
    `,{fragmentName:"EventFields"});const ds=new W(`
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
}`),us=new W(`
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
}`),hs=new W(`
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
}`),fs=new W(`
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
}`),ps=new W(`
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
}`),gs=new W(`
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
}`),ms=new W(`
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
}`),_s=new W(`
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
}`),bs=new W(`
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
}`),ys=new W(`
    mutation DeleteIntegration($id: ID!) {
  deleteIntegration(id: $id)
}
    `),Es=new W(`
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
    `),ws=new W(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id)
}
    `),vs=new W(`
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
    `),Ss=new W(`
    mutation SetUserRole($userId: ID!, $role: Role!) {
  setUserRole(userId: $userId, role: $role) {
    id
    role
  }
}
    `),Is=new W(`
    query Me {
  me {
    id
    name
    email
    role
    permissions
  }
}
    `),yr=new W(`
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
}`),As=new W(`
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
    `),Ts=new W(`
    query Kinds {
  integrationKinds {
    name
    description
    configSchema
    exampleConfig
  }
}
    `),Ns=new W(`
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
}`),Rs=new W(`
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
}`),Jr=new W(`
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
    `),Cs=new W(`
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
    `),ks=new W(`
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
    `),xs=new W(`
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
}`),$s=new W(`
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
    `),Qr=new W(`
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
}`),Os=new W(`
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
}`);function ye(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function Ye(e){return ye(e)==="object"}function Ds(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function Er(e,t){return e.length<124?e:t}const Ls="graphql-transport-ws";var Ae=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(Ae||{}),Te=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(Te||{});function Xr(e){if(!Ye(e))throw new Error(`Message is expected to be an object, but got ${ye(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${ye(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!Ye(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ye(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${ye(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${ye(e.payload.query)}`);if(e.payload.variables!=null&&!Ye(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${ye(e.payload.variables)}`);if(e.payload.operationName!=null&&ye(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${ye(e.payload.operationName)}`);if(e.payload.extensions!=null&&!Ye(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${ye(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ye(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${ye(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ds(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ye(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function Ms(e,t){return Xr(typeof e=="string"?JSON.parse(e,t):e)}function lt(e,t){return Xr(e),JSON.stringify(e,t)}function Ps(e){const{url:t,connectionParams:r,lazy:i=!0,onNonLazyError:s=console.error,lazyCloseTimeout:o=0,keepAlive:d=0,disablePong:l,connectionAckWaitTimeout:u=0,retryAttempts:f=5,retryWait:g=async function(h){const I=Math.pow(2,h);await new Promise(k=>setTimeout(k,I*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:w=an,on:c,webSocketImpl:m,generateID:_=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,h=>{const I=Math.random()*16|0;return(h=="x"?I:I&3|8).toString(16)})},jsonMessageReplacer:E,jsonMessageReviver:R}=e;let S;if(m){if(!Bs(m))throw new Error("Invalid WebSocket implementation provided");S=m}else typeof WebSocket<"u"?S=WebSocket:typeof global<"u"?S=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(S=window.WebSocket||window.MozWebSocket);if(!S)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");const b=S,U=(()=>{const D=(()=>{const I={};return{on(k,G){return I[k]=G,()=>{delete I[k]}},emit(k){"id"in k&&I[k.id]?.(k)}}})(),h={connecting:c?.connecting?[c.connecting]:[],opened:c?.opened?[c.opened]:[],connected:c?.connected?[c.connected]:[],ping:c?.ping?[c.ping]:[],pong:c?.pong?[c.pong]:[],message:c?.message?[D.emit,c.message]:[D.emit],closed:c?.closed?[c.closed]:[],error:c?.error?[c.error]:[]};return{onMessage:D.on,on(I,k){const G=h[I];return G.push(k),()=>{const K=G.indexOf(k);K>-1&&G.splice(K,1)}},emit(I,...k){for(const G of[...h[I]])G(...k)}}})();function $(D){const h=[U.on("error",I=>{h.forEach(k=>k()),D(I)}),U.on("closed",I=>{h.forEach(k=>k()),D(I)})];return()=>h.forEach(I=>I())}let j,z=0,_e,Y=!1,de=0,ee=!1;async function ue(){clearTimeout(_e);const[D,h]=await(j??(j=new Promise((G,K)=>(async()=>{if(Y){if(await g(de),!z)return j=void 0,K({code:1e3,reason:"All Subscriptions Gone"});de++}U.emit("connecting",Y);const B=new b(typeof t=="function"?await t():t,Ls);let be,$e;function Ze(){isFinite(d)&&d>0&&(clearTimeout($e),$e=setTimeout(()=>{B.readyState===b.OPEN&&(B.send(lt({type:Te.Ping})),U.emit("ping",!1,void 0))},d))}$(he=>{j=void 0,clearTimeout(be),clearTimeout($e),K(he),he instanceof wr&&(B.close(4499,"Terminated"),B.onerror=null,B.onclose=null)}),B.onerror=he=>U.emit("error",he),B.onclose=he=>U.emit("closed",he),B.onopen=async()=>{try{U.emit("opened",B);const he=typeof r=="function"?await r():r;if(B.readyState!==b.OPEN)return;B.send(lt(he?{type:Te.ConnectionInit,payload:he}:{type:Te.ConnectionInit},E)),isFinite(u)&&u>0&&(be=setTimeout(()=>{B.close(Ae.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},u)),Ze()}catch(he){U.emit("error",he),B.close(Ae.InternalClientError,Er(he instanceof Error?he.message:String(he),"Internal client error"))}};let qe=!1;B.onmessage=({data:he})=>{try{const ae=Ms(he,R);if(U.emit("message",ae),ae.type==="ping"||ae.type==="pong"){U.emit(ae.type,!0,ae.payload),ae.type==="pong"?Ze():l||(B.send(lt(ae.payload?{type:Te.Pong,payload:ae.payload}:{type:Te.Pong},E)),U.emit("pong",!1,ae.payload));return}if(qe)return;if(ae.type!==Te.ConnectionAck)throw new Error(`First message cannot be of type ${ae.type}`);clearTimeout(be),qe=!0,U.emit("connected",B,ae.payload,Y),Y=!1,de=0;const mt=new Promise((Hn,Kn)=>$(Kn));mt.catch(()=>{}),G([B,mt])}catch(ae){B.onmessage=null,U.emit("error",ae),B.close(Ae.BadResponse,Er(ae instanceof Error?ae.message:String(ae),"Bad response"))}}})())));D.readyState===b.CLOSING&&await h;let I=()=>{};const k=new Promise(G=>I=G);return[D,I,new Promise((G,K)=>{const B=$(K);D.readyState!==b.OPEN&&h.catch(K),k.then(()=>{if(B(),!z){const be=()=>D.close(1e3,"Normal Closure");isFinite(o)&&o>0?(clearTimeout(_e),_e=setTimeout(()=>{!z&&D.readyState===b.OPEN&&be()},o)):be()}G()})})]}function Ge(D){if(an(D)&&(Us(D.code)||[Ae.InternalServerError,Ae.InternalClientError,Ae.BadRequest,Ae.BadResponse,Ae.Unauthorized,Ae.SubprotocolNotAcceptable,Ae.SubscriberAlreadyExists,Ae.TooManyInitialisationRequests].includes(D.code)))throw D;if(ee)return!1;if(an(D)&&D.code===1e3)return z>0;if(!f||de>=f||!w(D))throw D;return Y=!0}i||(async()=>{for(z++;;)try{const[,,D]=await ue();await D}catch(D){try{if(!Ge(D))return}catch(h){return s?.(h)}}})();function Ie(D,h){const I=_(D);let k=!1,G=!1,K=()=>{z--,k=!0};return(async()=>{for(z++;;)try{const[B,be,$e]=await ue();if(k)return $e.catch(()=>{}),be();const Ze=U.onMessage(I,qe=>{switch(qe.type){case Te.Next:{h.next(qe.payload);return}case Te.Error:{G=!0,k=!0,h.error(qe.payload),K();return}case Te.Complete:{k=!0,K();return}}});B.send(lt({id:I,type:Te.Subscribe,payload:D},E)),K=()=>{!k&&B.readyState===b.OPEN&&B.send(lt({id:I,type:Te.Complete},E)),z--,k=!0,be()},await $e.finally(Ze);return}catch(B){if(!Ge(B))return}})().then(()=>{G||h.complete()}).catch(B=>{h.error(B)}),()=>{k||K()}}return{on:U.on,subscribe:Ie,iterate(D){const h=[],I={done:!1,error:null,resolve:()=>{}},k=Ie(D,{next(K){h.push(K),I.resolve()},error(K){I.done=!0,I.error=K,I.resolve()},complete(){I.done=!0,I.resolve()}}),G=(async function*(){for(;;){for(h.length||await new Promise(B=>I.resolve=B);h.length;)yield h.shift();if(I.error)throw I.error;if(I.done)return}})();return G.throw=async K=>(I.done||(I.done=!0,I.error=K,I.resolve()),{done:!0,value:void 0}),G.return=async()=>(k(),{done:!0,value:void 0}),G},async dispose(){if(ee=!0,j){const[D]=await j;D.close(1e3,"Normal Closure")}},terminate(){j&&U.emit("closed",new wr)}}}class wr extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1}function an(e){return Ye(e)&&"code"in e&&"reason"in e}function Us(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function Bs(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}class ve extends Error{kind;errors;status;constructor(t,r,i={}){super(r),this.name="Problem",this.kind=t,this.errors=i.errors??[],this.status=i.status}}function Ht(e){const t=e.extensions?.code;return typeof t=="string"?t:void 0}const Fs={UNAUTHENTICATED:"unauthenticated",FORBIDDEN:"forbidden",BAD_USER_INPUT:"invalid-input",GRAPHQL_VALIDATION_FAILED:"invalid-input",NOT_FOUND:"not-found",CONFLICT:"conflict",INVALID_TRANSITION:"not-allowed-now",FAILED_PRECONDITION:"not-allowed-now",TOO_MANY_REQUESTS:"rate-limited",RATE_LIMITED:"rate-limited"};function Gs(e){switch(Ht(e)){case"UNAUTHENTICATED":return"You are signed out. Sign in again to continue.";case"FORBIDDEN":return`Your role does not allow this${e.message?` (${e.message})`:""}.`;case"INVALID_TRANSITION":{const r=e.extensions?.from;return typeof r=="string"?`This action no longer applies: the integration is ${r} now.`:e.message}case"CONFLICT":return`${e.message} Someone changed it meanwhile; the page shows the latest version.`;case"INTERNAL_SERVER_ERROR":return"The server failed to do this. Try again; if it keeps failing, the server log has the cause.";default:return e.message||"The server refused the request."}}function Qe(e,t){const r=e[0],i=r?Ht(r):void 0,s=i&&Fs[i]||"server",o=[...new Set(e.map(Gs))],d={errors:e};return t!==void 0&&(d.status=t),new ve(s,o.join(" ")||"The server refused the request.",d)}function rt(e,t){if(e===401)return new ve("unauthenticated","You are signed out. Sign in again to continue.",{status:e});if(e===403)return new ve("forbidden","The server refused the request (403). Reload the page and sign in again.",{status:e});if(e===413)return new ve("invalid-input","The request is too large for the server.",{status:e});if(e===429){const r=t&&/^\d+$/.test(t)?` in ${t} s`:" shortly";return new ve("rate-limited",`Too many requests. Try again${r}.`,{status:e})}return e>=500?new ve("server",`The server failed (HTTP ${e}). Try again in a moment.`,{status:e}):new ve("server",`The server answered HTTP ${e}.`,{status:e})}function Kt(){return new ve("network","Cannot reach the server. Check the connection and try again.")}function gt(e){return e instanceof ve||e instanceof Error&&e.message?e.message:"Something went wrong."}function mn(e){const t={},r=(i,s)=>{const[o,...d]=i.split(".");if(!o)return;const l=d.length>0?`${d.join(".")}: ${s}`:s,u=t[o]??=[];u.includes(l)||u.push(l)};for(const i of e){if(Ht(i)!=="BAD_USER_INPUT")continue;const s=i.extensions?.fields;if(Array.isArray(s)&&s.length>0){for(const d of s)if(d&&typeof d=="object"){const{field:l,message:u}=d;typeof l=="string"&&r(l,typeof u=="string"?u:i.message)}continue}const o=i.extensions?.field;typeof o=="string"&&r(o,qs(o,i.message))}return t}function qs(e,t){const r=`${e}: `;return t.startsWith(r)?t.slice(r.length):t}function Hs(e,t){const r=mn(e);return e.filter(i=>{if(Ht(i)!=="BAD_USER_INPUT")return!0;const s=Object.keys(mn([i]));return s.length===0||s.some(o=>!t.includes(o)||!r[o])})}class Ks{#e;constructor(t){this.#e=t??void 0}get value(){return this.#e}accept(t){return this.#e!==void 0&&t<=this.#e?!1:(this.#e=t,!0)}}function vr(e,t=Math.random){const r=Math.min(15e3,500*2**Math.max(0,e));return Math.round(r*(.8+.4*t()))}function Zr(e){return!!e&&typeof e=="object"&&typeof e.code=="number"}function Ws(e){return Zr(e)&&e.code===4401}function js(e){return Array.isArray(e)?!1:Zr(e)?![4400,4403,4406,4409].includes(e.code):!0}function Vs(e){return e.active===0?e.browserOnline?"idle":"offline":e.browserOnline?e.socket==="open"&&e.waiting===0?"online":e.waiting>0||e.socket==="closed"||e.everConnected?"reconnecting":"connecting":"offline"}const zs="codebot_csrf",Ys="X-CSRF-Token";function Js(e,t){for(const r of e.split(";")){const i=r.indexOf("=");if(!(i<0)&&r.slice(0,i).trim()===t){const s=r.slice(i+1).trim();try{return decodeURIComponent(s)}catch{return s}}}}function ei(){const e={"content-type":"application/json",accept:"application/json"},t=typeof document>"u"?void 0:Js(document.cookie,zs);return t&&(e[Ys]=t),e}async function xn(e,t){try{return await fetch(e,{method:"POST",credentials:"same-origin",headers:ei(),body:t===void 0?"{}":JSON.stringify(t)})}catch{throw Kt()}}async function Qs(e){try{const t=await e.json();return Array.isArray(t.errors)?t.errors:[]}catch{return[]}}const _n=new Set;function Xs(e){return _n.add(e),()=>_n.delete(e)}function $n(){for(const e of _n)e()}let cn;function On(){return cn??=(async()=>{try{return(await xn("/auth/refresh")).ok}catch{return!1}finally{cn=void 0}})(),cn}async function Zs(e){const t=await xn("/auth/session",{apiKey:e.trim()});if(t.ok)return;if(t.status===404||t.status===405)throw new ve("server","This server does not offer sign-in with an API key.",{status:t.status});const r=await Qs(t);throw t.status===401?new ve("unauthenticated","The server did not accept this API key. Check it and try again.",{errors:r,status:401}):r.length>0?Qe(r,t.status):rt(t.status)}async function eo(){try{await xn("/auth/logout")}finally{$n()}}async function to(){let e;try{e=await fetch("/auth/providers",{credentials:"same-origin",headers:{accept:"application/json"}})}catch{throw Kt()}if(e.status===404)return[];if(!e.ok)throw rt(e.status);const t=await e.json();return Array.isArray(t.providers)?t.providers.filter(r=>!!r&&typeof r=="object"&&typeof r.id=="string"&&typeof r.name=="string"&&typeof r.loginUrl=="string"):[]}function no(e,t){if(!t||t==="/")return e.loginUrl;const r=e.loginUrl.includes("?")?"&":"?";return`${e.loginUrl}${r}redirect=${encodeURIComponent(t)}`}function Dn(e){let t=e;const r=new Set;return{get:()=>t,set(i){if(!Object.is(i,t)){t=i;for(const s of[...r])s(t)}},subscribe(i){return r.add(i),()=>r.delete(i)}}}function Wt(e){const[t,r]=T(e.get);return ne(()=>(r(()=>e.get()),e.subscribe(i=>r(()=>i))),[e]),t}const ti=Dn("idle");let it="idle",Ln=!1,bn=0,ni=0;const yn=new Set,En=new Set;let wn=0;function ro(){return typeof navigator>"u"?!0:navigator.onLine!==!1}function Be(){ti.set(Vs({socket:it,active:bn,waiting:ni,browserOnline:ro(),everConnected:Ln}))}typeof window<"u"&&(window.addEventListener("online",()=>{Be();for(const e of[...En])e()}),window.addEventListener("offline",Be));function io(){const{protocol:e,host:t}=window.location;return`${e==="https:"?"wss:":"ws:"}//${t}/graphql/ws`}let Mt,At,Tt;const so=8e3;function oo(){return Mt??=Ps({url:io,lazy:!0,lazyCloseTimeout:3e3,retryAttempts:0,keepAlive:15e3,connectionParams:{},on:{opened:e=>{At=e},ping:e=>{e||(clearTimeout(Tt),Tt=setTimeout(()=>{At?.readyState===WebSocket.OPEN&&At.close(4408,"No pong")},so))},pong:e=>{e&&clearTimeout(Tt)},connecting:()=>{it="connecting",Be()},connected:()=>{it="open",Ln=!0,Be();for(const e of[...yn])e()},closed:()=>{clearTimeout(Tt),At=void 0,it="closed",wn+=1,Be()}}}),Mt}function ri(){Mt?.terminate(),Mt=void 0,it="idle",Ln=!1,Be()}function Mn(e){const t=new Ks(e.initialCursor);let r=!1,i=0,s,o,d=!1,l=!1;const u=m=>{m!==l&&(l=m,ni+=m?1:-1,Be())},f=()=>{d&&!r&&(d=!1,e.onResume?.())},g=()=>{o!==void 0&&!r&&(clearTimeout(o),o=void 0,c())};yn.add(f),En.add(g);const w=m=>{u(!0),d=!0,o=setTimeout(()=>{o=void 0,c()},m)},c=()=>{if(r)return;const m=wn,_={query:e.document.toString(),variables:e.variables(t.value)};s=oo().subscribe(_,{next:E=>{if(i=0,u(!1),E.errors&&E.errors.length>0){e.onError?.(Qe(E.errors));return}const R=E.data;R&&(e.cursorOf&&!t.accept(e.cursorOf(R))||e.onData(R))},error:E=>{s=void 0,!r&&(Ws(E)?(u(!0),On().then(R=>{r||(R?w(0):(u(!1),$n()))})):js(E)?w(vr(i++)):(u(!1),e.onError?.(Qe(Array.isArray(E)?E:[{message:"The live update was refused."}]))))},complete:()=>{s=void 0,!r&&wn!==m&&w(vr(i++))}}),it==="open"&&f()};return bn+=1,Be(),c(),()=>{r||(r=!0,o!==void 0&&clearTimeout(o),u(!1),yn.delete(f),En.delete(g),s?.(),bn-=1,Be())}}const ao={idle:"",connecting:"Connecting…",online:"Live",reconnecting:"Reconnecting…",offline:"Offline"};function co(){const e=Wt(ti);return e==="idle"?null:n("span",{class:`live live-${e}`,role:"status","aria-live":"polite","data-live":e,children:[n("span",{class:"live-dot","aria-hidden":"true"}),ao[e]]})}function lo(e){ne(()=>{if(e)return Mn({document:Qr,variables:()=>({}),onData:()=>{}})},[e])}function ge({error:e,onRetry:t}){return e?n("div",{class:"notice notice-error",role:"alert",children:[n("span",{children:gt(e)}),t&&n("button",{type:"button",class:"button small",onClick:t,children:"Try again"})]}):null}function at({children:e}){return n("div",{class:"notice notice-info",role:"status",children:e})}function je({what:e}){return n("p",{class:"loading",role:"status","aria-live":"polite",children:["Loading ",e,"…"]})}const Ne={read:"INTEGRATION_READ",write:"INTEGRATION_WRITE",delete:"INTEGRATION_DELETE",manageKeys:"API_KEY_MANAGE",manageUsers:"USER_MANAGE"},uo={VIEWER:[Ne.read],DEVELOPER:[Ne.read,Ne.write,Ne.manageKeys],ADMIN:[Ne.read,Ne.write,Ne.delete,Ne.manageKeys,Ne.manageUsers]};function ho(e){return Array.isArray(e.permissions)?e.permissions:uo[e.role]??[]}function Pn(e,t){return!!e&&ho(e).includes(t)}function Pt(e){return Pn(e,Ne.write)}function Un(e){return Pn(e,Ne.manageUsers)}function fo(e){return Pn(e,Ne.manageKeys)}const Ut=["VIEWER","DEVELOPER","ADMIN"];function po(e){const t=Ut.indexOf(e);return t<0?[]:Ut.slice(0,t+1)}function $t(e,t){const r=nt(e);r.current=e;const i=nt(void 0),s=nt(()=>{i.current!==void 0&&clearTimeout(i.current),i.current=setTimeout(()=>{i.current=void 0,r.current()},t)});return ne(()=>()=>clearTimeout(i.current),[]),s.current}function jt(e){ne(()=>{document.title=e?`${e} · Claude Code Bot`:"Claude Code Bot"},[e])}async function go(e,t,r){const i=e();if(i!==null)return r({error:i}),!1;r({busy:!0,error:null});try{return await t(),!0}catch(s){return r({error:gt(s)}),!1}finally{r({busy:!1})}}function ii(e,t){const[r,i]=T({busy:!1,error:null}),s=d=>i(l=>({...l,...d}));return{...r,submit:d=>{d.preventDefault(),go(e,t,s)}}}async function Sr(e,t){try{return await fetch("/graphql",{method:"POST",credentials:"same-origin",headers:ei(),body:JSON.stringify({query:e,variables:t??{}})})}catch{throw Kt()}}async function si(e,t){const r=e.toString();let i=await Sr(r,t);if(i.status===401&&(await On()&&(i=await Sr(r,t)),i.status===401))throw $n(),rt(401);let s;try{s=await i.json()}catch{s=void 0}if(!s||s.data===void 0&&!s.errors)throw rt(i.status,i.headers.get("retry-after"));const o=Array.isArray(s.errors)?s.errors:[];if(s.data===void 0||s.data===null)throw o.length>0?Qe(o,i.status):rt(i.status);return{data:s.data,errors:o}}const Se=si;async function Ee(e,t){const r=await si(e,t);if(r.errors.length>0||!r.data)throw Qe(r.errors);return r.data}function Bn({request:e,onClose:t}){const r=nt(null),[i,s]=T(""),[o,d]=T(!1),[l,u]=T(null);return ne(()=>{const g=r.current;g&&(e?(s(""),u(null),d(!1),g.open||g.showModal()):g.open&&g.close())},[e]),n("dialog",{ref:r,class:"dialog","aria-labelledby":"dialog-title",onClose:t,children:e&&n("form",{method:"dialog",onSubmit:async g=>{if(g.preventDefault(),!!e){if(e.text?.required&&i.trim()===""){u(new Error(`${e.text.label} is required.`));return}d(!0),u(null);try{await e.run(i.trim()),t()}catch(w){u(w),d(!1)}}},children:[n("h2",{id:"dialog-title",children:e.title}),n("p",{children:e.body}),e.text&&n("label",{class:"field",children:[n("span",{children:e.text.label}),n("textarea",{rows:3,value:i,required:e.text.required,onInput:g=>s(g.currentTarget.value)})]}),!!l&&n("p",{class:"field-error",role:"alert",children:gt(l)}),n("div",{class:"dialog-actions",children:[n("button",{type:"button",class:"button",onClick:t,disabled:o,children:"Back"}),n("button",{type:"submit",class:`button ${e.danger?"danger":"primary"}`,disabled:o,children:o?"Working…":e.confirmLabel})]})]})})}function oi({secret:e,children:t,onDone:r}){const[i,s]=T(!1);return n("div",{class:"notice notice-success secret",role:"status",children:[n("p",{children:[t," Copy the secret now: it is shown only once."]}),n("div",{class:"secret-row",children:[n("code",{"data-secret":!0,children:e}),n("button",{type:"button",class:"button small",onClick:()=>navigator.clipboard?.writeText(e).then(()=>s(!0),()=>s(!1)),children:i?"Copied":"Copy"}),n("button",{type:"button",class:"button small",onClick:r,children:"Done"})]})]})}function Re(e){if(!e)return"—";const t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleString(void 0,{dateStyle:"medium",timeStyle:"medium"})}function Vt(e){if(e==null||!Number.isFinite(e)||e<0)return"—";if(e<1e3)return`${Math.round(e)} ms`;const t=e/1e3;if(t<60)return`${t.toFixed(t<10?2:1)} s`;const r=Math.floor(t/60),i=Math.round(t%60);return r<60?`${r} min ${i} s`:`${Math.floor(r/60)} h ${r%60} min`}function mo(e,t,r){if(!e)return null;const i=Date.parse(e),s=t?Date.parse(t):r;return Number.isNaN(i)||Number.isNaN(s)?null:Math.max(0,s-i)}function _o(e){return e===0?"$0.00":e<.01?`$${e.toFixed(4)}`:`$${e.toFixed(2)}`}function Le(e){return e.toLocaleString("en-US")}function H(e,t){return e&&typeof e=="object"?e[t]:void 0}const Z=e=>typeof e=="string"||typeof e=="number"?String(e):"";function bo(e){const t=e.toLowerCase().replace(/_/g," ");return t.charAt(0).toUpperCase()+t.slice(1)}function yo(e,t){switch(e){case"INTEGRATION_CREATED":return`Created “${Z(H(t,"name"))}” (${Z(H(t,"kind"))})`;case"INTEGRATION_UPDATED":return`Changed ${Object.keys(t??{}).join(", ")||"nothing"}`;case"STATE_CHANGED":{const r=Z(H(t,"trigger")).replace(/_/g," "),i=Z(H(t,"reason")),s=r==="cancelled"&&i.trim().toLowerCase()==="cancelled"?"":i;return`${Z(H(t,"from"))} → ${Z(H(t,"to"))}${r?` (${r})`:""}${s?`: ${s}`:""}`}case"STEP_STARTED":return`${Z(H(t,"step"))} started (attempt ${Z(H(t,"attempt"))})`;case"STEP_SUCCEEDED":return`${Z(H(t,"step"))} succeeded in ${Vt(Number(H(t,"duration_ms")))}`;case"STEP_FAILED":return`${Z(H(t,"step"))} failed (attempt ${Z(H(t,"attempt"))}): ${Z(H(t,"error"))}`;case"GENERATION_PROGRESSED":{const r=Number(H(t,"characters")),i=H(t,"files"),s=Array.isArray(i)?i.map(Z).filter(Boolean):[],o=Number(H(t,"attempt"));return`Generation progress: ${Number.isFinite(r)?Le(r):"?"} characters, ${s.length>0?`files: ${s.join(", ")}`:"no file begun yet"}${o>1?` (attempt ${o})`:""}`}case"CODE_GENERATED":{const r=H(t,"files");return`Code generated by ${Z(H(t,"generator"))}: ${Array.isArray(r)?r.length:0} files`}case"TESTS_COMPLETED":return H(H(t,"report"),"passed")?"Tests passed":"Tests failed";case"PULL_REQUEST_OPENED":return`Pull request #${Z(H(H(t,"pull_request"),"number"))} opened`;case"PULL_REQUEST_MERGED":return"Pull request merged";case"DEPLOYED":return`Deployed to ${Z(H(H(t,"deployment"),"location"))}`;case"COMPENSATED":return`${Z(H(t,"step"))} undone: ${Z(H(t,"detail"))}`;case"UNDEPLOYED":return"Deployment removed";case"COMPENSATION_ATTEMPT_FAILED":return`Undoing ${Z(H(t,"step"))} failed (attempt ${Z(H(t,"attempt"))}): ${Z(H(t,"error"))}`;case"COMPENSATION_FAILED":return`Gave up undoing ${Z(H(t,"step"))} after ${Z(H(t,"attempts"))} attempts: waits for an administrator`;case"COMPENSATION_RETRIED":return`Undo of ${Z(H(t,"step"))} retried by an administrator`;case"COMPENSATION_RESOLVED":return`Undo of ${Z(H(t,"step"))} resolved by hand: ${Z(H(t,"note"))}`;case"INTEGRATION_DELETED":return"Deleted";default:return e}}function Eo({me:e,reload:t}){const r=po(e.role),[i,s]=T(null),[o,d]=T(null),[l,u]=T(""),[f,g]=T("VIEWER"),[w,c]=T(""),[m,_]=T(null),[E,R]=T(null),S=ot(async()=>{try{const $=await Se(Cs);s($.data?.apiKeys??[]),d(null)}catch($){d($)}},[]);ne(()=>{S()},[S,t]);const b=ii(()=>l.trim()===""?"Give the key a name.":null,async()=>{const $={name:l.trim(),role:f};w&&($.expiresAt=new Date(`${w}T23:59:59`).toISOString());const j=await Ee(Es,{input:$});_(j.createApiKey),u(""),c(""),S()}),U=$=>R({title:`Revoke “${$.name}”`,body:`Programs using the key ${$.prefix}… stop working at once. This cannot be undone.`,confirmLabel:"Revoke",danger:!0,run:async()=>{await Ee(ws,{id:$.id}),await S()}});return n("section",{class:"card","aria-labelledby":"keys-title",children:[n("h2",{id:"keys-title",children:"API keys"}),n("p",{class:"muted small",children:"Keys you make are yours and act as you, with at most the role you signed in with."}),n("form",{class:"form inline-form",onSubmit:b.submit,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"key-name",children:"Name"}),n("input",{id:"key-name",value:l,onInput:$=>u($.currentTarget.value)})]}),n("div",{class:"field",children:[n("label",{for:"key-role",children:"Role"}),n("select",{id:"key-role",value:f,onChange:$=>g($.currentTarget.value),children:r.map($=>n("option",{value:$,children:$},$))})]}),n("div",{class:"field",children:[n("label",{for:"key-expires",children:["Expires ",n("small",{class:"muted",children:"(optional)"})]}),n("input",{id:"key-expires",type:"date",value:w,onInput:$=>c($.currentTarget.value)})]}),n("button",{type:"submit",class:"button primary",disabled:b.busy,children:b.busy?"Creating…":"Create key"})]}),b.error&&n("p",{class:"field-error",role:"alert",children:b.error}),m&&n(oi,{secret:m.secret,onDone:()=>_(null),children:["Key ",n("strong",{children:m.apiKey.name})," (",m.apiKey.role,") created for you."]}),n(ge,{error:o,onRetry:()=>{S()}}),i===null?!o&&n(je,{what:"API keys"}):i.length===0?n("p",{class:"muted",children:"No API keys."}):n("div",{class:"table-scroll",children:n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Key"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Owner"}),n("th",{scope:"col",children:"Created"}),n("th",{scope:"col",children:"Last used"}),n("th",{scope:"col",children:"Expires"}),n("th",{scope:"col",children:n("span",{class:"visually-hidden",children:"Revoke"})})]})}),n("tbody",{children:i.map($=>n("tr",{class:$.revokedAt?"revoked":void 0,children:[n("td",{"data-label":"Name",children:$.name}),n("td",{"data-label":"Key",children:n("code",{children:[$.prefix,"…"]})}),n("td",{"data-label":"Role",children:$.role}),n("td",{"data-label":"Owner",children:$.owner?.name??"—"}),n("td",{"data-label":"Created",children:Re($.createdAt)}),n("td",{"data-label":"Last used",children:$.lastUsedAt?Re($.lastUsedAt):"never"}),n("td",{"data-label":"Expires",children:$.expiresAt?Re($.expiresAt):"never"}),n("td",{children:$.revokedAt?n("span",{class:"muted",children:["revoked ",Re($.revokedAt)]}):n("button",{type:"button",class:"button small danger",onClick:()=>U($),children:"Revoke"})})]},$.id))})]})}),n(Bn,{request:E,onClose:()=>R(null)})]})}const Ir={CLOSED:{label:"Closed",tone:"good",help:"Calls go through"},OPEN:{label:"Open",tone:"attention",help:"Calls fail fast until the open period ends"},HALF_OPEN:{label:"Half-open",tone:"busy",help:"One trial call decides whether it closes again"}};function wo(e){return Object.prototype.hasOwnProperty.call(Ir,e)?Ir[e]:{label:e,tone:"neutral",help:"Unknown breaker state"}}const Ar={SQLITE:"SQLite",POSTGRES:"PostgreSQL"};function vo(e){return Object.prototype.hasOwnProperty.call(Ar,e)?Ar[e]:e}const Tr={DATABASE:"Database"};function So(e){return Object.prototype.hasOwnProperty.call(Tr,e)?Tr[e]:e}function ai(e,t){return`${Le(e)} / ${Le(t)}`}function Io(e,t){return t>0&&e>=t}function ci(e){return!Number.isFinite(e)||e<0?"—":e<60?`${Math.round(e)} s`:Vt(e*1e3)}function Ao(e,t){const r=Date.parse(e);if(Number.isNaN(r))return"—";const i=Math.floor((t-r)/1e3);return i<1?"just now":`${ci(i)} ago`}function Bt({count:e,limit:t}){return n(le,{children:[ai(e,t),Io(e,t)&&n(le,{children:[" ",n("span",{class:"badge tone-attention",children:"full"})]})]})}function To({workers:e,readAt:t}){return n(le,{children:[n("h3",{id:"workers-title",children:"Workers"}),e.length===0?n(at,{children:"No worker is running: integrations will wait in the queue."}):n("ul",{class:"worker-list","aria-labelledby":"workers-title",children:e.map(r=>n("li",{"data-worker":r.instance,children:[n("code",{children:r.instance})," ",n("span",{class:"muted small",children:["reported"," ",n("time",{dateTime:r.reportedAt,title:Re(r.reportedAt),children:Ao(r.reportedAt,t)})]})]},r.instance))})]})}function No({bulkheads:e}){return n(le,{children:[n("h3",{id:"bulkheads-title",children:"Bulkheads"}),e.length===0?n("p",{class:"muted",children:"No worker reports a bulkhead."}):n("div",{class:"table-scroll",children:n("table",{class:"numbers","aria-labelledby":"bulkheads-title",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Worker"}),n("th",{scope:"col",children:"Guards"}),n("th",{scope:"col",children:"In flight"}),n("th",{scope:"col",children:"Queued"}),n("th",{scope:"col",children:"Rejected"})]})}),n("tbody",{children:e.map(t=>n("tr",{"data-bulkhead":t.name,children:[n("td",{"data-label":"Worker",children:n("code",{children:t.instance})}),n("td",{"data-label":"Guards",children:So(t.name)}),n("td",{"data-label":"In flight",children:n(Bt,{count:t.inFlight,limit:t.concurrencyLimit})}),n("td",{"data-label":"Queued",children:n(Bt,{count:t.queued,limit:t.queueLimit})}),n("td",{"data-label":"Rejected",children:Le(t.rejected)})]},`${t.instance}/${t.name}`))})]})})]})}function Ro({provider:e}){const t=wo(e.breaker);return n("li",{class:"provider","data-breaker":e.breaker,children:n("table",{class:"kv",children:[n("caption",{children:n("code",{children:e.name})}),n("tbody",{children:[n("tr",{children:[n("th",{scope:"row",children:"Worker"}),n("td",{children:n("code",{children:e.instance})})]}),n("tr",{children:[n("th",{scope:"row",children:"Breaker"}),n("td",{children:n("span",{class:`badge tone-${t.tone}`,title:t.help,"data-breaker":e.breaker,children:t.label})})]}),n("tr",{children:[n("th",{scope:"row",children:"Failures in a row"}),n("td",{children:ai(e.consecutiveFailures,e.failureThreshold)})]}),n("tr",{children:[n("th",{scope:"row",children:"Open period"}),n("td",{children:ci(e.openSeconds)})]}),n("tr",{children:[n("th",{scope:"row",children:"In flight"}),n("td",{children:n(Bt,{count:e.inFlight,limit:e.concurrencyLimit})})]}),n("tr",{children:[n("th",{scope:"row",children:"Queued"}),n("td",{children:n(Bt,{count:e.queued,limit:e.queueLimit})})]}),n("tr",{children:[n("th",{scope:"row",children:"Calls"}),n("td",{children:Le(e.calls)})]}),n("tr",{children:[n("th",{scope:"row",children:"Retries"}),n("td",{children:Le(e.retries)})]}),n("tr",{children:[n("th",{scope:"row",children:"Rejected"}),n("td",{children:Le(e.rejected)})]})]})]})})}function Co({providers:e,workers:t}){return n(le,{children:[n("h3",{id:"providers-title",children:"Providers"}),e.length===0?n("p",{class:"muted",children:t===0?"No worker reports its providers.":"No networked providers (the offline generator is in use)."}):n("ul",{class:"provider-list","aria-labelledby":"providers-title",children:e.map(r=>n(Ro,{provider:r},`${r.instance}/${r.name}`))})]})}function ko(){const[e,t]=T(null),[r,i]=T(0),[s,o]=T(null),d=ot(async()=>{try{const l=await Se(ks);t(l.data?.systemStatus??null),i(Date.now()),o(null)}catch(l){o(l)}},[]);return ne(()=>{d()},[d]),n("section",{class:"card","aria-labelledby":"status-title",children:[n("div",{class:"page-head",children:[n("h2",{id:"status-title",children:"System status"}),n("button",{type:"button",class:"button small",onClick:()=>{d()},children:"Refresh"})]}),n(ge,{error:s,onRetry:()=>{d()}}),e&&n("dl",{class:"pairs",children:[n("dt",{children:"Version"}),n("dd",{children:e.version}),n("dt",{children:"Database"}),n("dd",{children:[vo(e.database.backend)," ",n("span",{class:`badge tone-${e.database.ok?"good":"bad"}`,children:e.database.ok?"OK":"not answering"})]}),n("dt",{children:"Job queue"}),n("dd",{children:e.queue?`${e.queue.queued} queued, ${e.queue.running} running`:"cannot be read"})]}),e&&n(le,{children:[n(To,{workers:e.workers,readAt:r}),n(No,{bulkheads:e.bulkheads}),n(Co,{providers:e.providers,workers:e.workers.length})]})]})}function xo({onInvited:e}){const[t,r]=T(""),[i,s]=T("DEVELOPER"),[o,d]=T(null),l=ii(()=>t.trim()===""?"Give the person’s name.":null,async()=>{const u=await Ee(vs,{input:{name:t.trim(),role:i}});d(u.inviteUser),r(""),e(u.inviteUser)});return n(le,{children:[n("h3",{id:"invite-title",children:"Invite someone"}),n("form",{class:"form inline-form","aria-labelledby":"invite-title",onSubmit:l.submit,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"invite-name",children:"Person’s name"}),n("input",{id:"invite-name",value:t,onInput:u=>r(u.currentTarget.value)})]}),n("div",{class:"field",children:[n("label",{for:"invite-role",children:"Their role"}),n("select",{id:"invite-role",value:i,onChange:u=>s(u.currentTarget.value),children:Ut.map(u=>n("option",{value:u,children:u},u))})]}),n("button",{type:"submit",class:"button primary",disabled:l.busy,children:l.busy?"Inviting…":"Invite"})]}),l.error&&n("p",{class:"field-error",role:"alert",children:l.error}),o&&n(oi,{secret:o.apiKey.secret,onDone:()=>d(null),children:[n("strong",{children:o.user.name})," (",o.user.role,") is invited. Give them this key: it signs in as them."]})]})}function $o({me:e,onInvited:t}){const[r,i]=T(null),[s,o]=T(null),[d,l]=T(0),[u,f]=T(null),[g,w]=T(null),c=ot(async _=>{try{const E=await Se(Jr,{first:50,after:_}),R=E.data?.users;if(!R)throw Qe(E.errors);i(S=>_?[...S??[],...R.nodes]:R.nodes),o(R.pageInfo.hasNextPage?R.pageInfo.endCursor??null:null),l(R.totalCount),f(null)}catch(E){f(E)}},[]);ne(()=>{c(null)},[c]);const m=async(_,E)=>{w(_.id),f(null);try{const R=await Ee(Ss,{userId:_.id,role:E});i(S=>S?.map(b=>b.id===_.id?{...b,role:R.setUserRole.role}:b)??null)}catch(R){f(R)}finally{w(null)}};return n("section",{class:"card","aria-labelledby":"users-title",children:[n("h2",{id:"users-title",children:"Users and roles"}),n(xo,{onInvited:_=>{i(E=>E&&[...E,_.user]),l(E=>E+1),t()}}),n(ge,{error:u,onRetry:()=>{c(null)}}),r===null?!u&&n(je,{what:"users"}):n("div",{class:"table-scroll",children:[n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Email"}),n("th",{scope:"col",children:"Role"}),n("th",{scope:"col",children:"Since"})]})}),n("tbody",{children:r.map(_=>n("tr",{children:[n("td",{"data-label":"Name",children:[_.name,_.id===e.id&&n("span",{class:"muted",children:" (you)"})]}),n("td",{"data-label":"Email",children:_.email??"—"}),n("td",{"data-label":"Role",children:n("select",{"aria-label":`Role of ${_.name}`,value:_.role,disabled:g===_.id||_.id===e.id,onChange:E=>{m(_,E.currentTarget.value)},children:Ut.map(E=>n("option",{value:E,children:E},E))})}),n("td",{"data-label":"Since",children:Re(_.createdAt)})]},_.id))})]}),n("p",{class:"muted small",children:[r.length," of ",d," users"]}),s&&n("button",{type:"button",class:"button",onClick:()=>{c(s)},children:"Load more"})]})]})}function Oo({user:e}){const t=Un(e),r=fo(e),[i,s]=T(0);return jt(t?"Admin":"API keys"),n("div",{class:"admin",children:[n("h1",{children:t?"Admin":"API keys"}),t&&n(ko,{}),t&&n($o,{me:e,onInvited:()=>s(o=>o+1)}),r?n(Eo,{me:e,reload:i}):n(at,{children:["You signed in with a ",e.role.toLowerCase()," key: it cannot list, create or revoke API keys."]}),!t&&n(at,{children:"Users, roles and the system status are for administrators."})]})}const zt=["DRAFT","VALIDATING","GENERATING","TESTING","REVIEWING","DEPLOYING","ACTIVE","FAILED","DEPRECATED"],Do={DRAFT:"neutral",VALIDATING:"busy",GENERATING:"busy",TESTING:"busy",REVIEWING:"attention",DEPLOYING:"busy",ACTIVE:"good",FAILED:"bad",DEPRECATED:"muted"},Lo={DRAFT:"Created; the pipeline has not started",VALIDATING:"The request is checked against its kind",GENERATING:"The generator writes the code and its tests",TESTING:"The generated tests run in the sandbox",REVIEWING:"A pull request waits for a review",DEPLOYING:"The reviewed code is being deployed",ACTIVE:"Deployed and running",FAILED:"Failed, rejected or cancelled; finished steps were undone",DEPRECATED:"Taken out of service"};function Mo(e){return zt.includes(e)}function li(e){return e.charAt(0)+e.slice(1).toLowerCase()}function Po(){return{total:0,byState:Object.fromEntries(zt.map(e=>[e,0]))}}function Uo(e){const t=Po();if(!e)return t;t.total=e.all?.totalCount??0;for(const r of zt)t.byState[r]=e[r]?.totalCount??0;return t}function Bo(e,t,r){if(t===r)return e;const i={...e.byState};let s=e.total;return t?i[t]=Math.max(0,i[t]-1):s+=1,i[r]+=1,{total:s,byState:i}}function Fn({state:e}){return n("span",{class:`badge tone-${Do[e]}`,title:Lo[e],"data-state":e,children:li(e)})}function Fo({status:e}){return n("span",{class:`badge tone-${e==="SUCCEEDED"?"good":e==="FAILED"?"bad":e==="RUNNING"?"busy":e==="COMPENSATED"?"muted":"neutral"}`,children:e.charAt(0)+e.slice(1).toLowerCase()})}function Gn(){return{path:window.location.pathname,search:new URLSearchParams(window.location.search)}}const qn=Dn(Gn());window.addEventListener("popstate",()=>qn.set(Gn()));function Fe(e,t={}){const r=window.location.pathname+window.location.search;e!==r&&(t.replace?window.history.replaceState(null,"",e):window.history.pushState(null,"",e),qn.set(Gn()),t.replace||window.scrollTo(0,0))}function Yt(){return Wt(qn)}function Go(e,t){const r=e.split("/").filter(Boolean),i=t.split("/").filter(Boolean);if(r.length!==i.length)return null;const s={};for(let o=0;o<r.length;o+=1){const d=r[o],l=i[o];if(d.startsWith(":"))try{s[d.slice(1)]=decodeURIComponent(l)}catch{return null}else if(d!==l)return null}return s}function ke({href:e,onClick:t,...r}){return n("a",{href:e,onClick:i=>{t&&t(i),!(i.defaultPrevented||i.button!==0||i.metaKey||i.ctrlKey||i.shiftKey||i.altKey)&&(i.preventDefault(),Fe(e))},...r})}const Nr=25;function Rr(e){return{states:(e.get("state")??"").split(",").filter(Mo),owner:e.get("owner")??"",text:e.get("q")??""}}function ln(e){const t=new URLSearchParams;e.states.length>0&&t.set("state",e.states.join(",")),e.owner&&t.set("owner",e.owner),e.text&&t.set("q",e.text);const r=t.toString();return r?`/?${r}`:"/"}function Cr(e,t){return e?e==="me"?t.id:e:null}function qo({user:e}){jt("Integrations");const t=Yt(),r=Rr(t.search),i=`${r.states.join(",")}|${r.owner}|${r.text}`,[s,o]=T(null),[d,l]=T(0),[u,f]=T(null),[g,w]=T(null),[c,m]=T(null),[_,E]=T(null),[R,S]=T(!1),[b,U]=T(r.text),[$,j]=T([]),z=nt(s);z.current=s;const _e=()=>{const h={};r.states.length>0&&(h.states=r.states);const I=Cr(r.owner,e);return I&&(h.owner=I),r.text&&(h.text=r.text),h},Y=ot(async()=>{try{const h=await Se(As,{owner:Cr(r.owner,e),text:r.text||null});w(Uo(h.data))}catch(h){m(h)}},[i]),de=ot(async()=>{const h=Math.min(100,Math.max(Nr,z.current?.length??0));try{const k=(await Se(yr,{first:h,after:null,filter:_e()})).data.integrations;o(k.nodes),l(k.totalCount),f(k.pageInfo.hasNextPage?k.pageInfo.endCursor??null:null),m(null)}catch(I){m(I)}},[i]),ee=$t(()=>{de()},300),ue=$t(()=>{Y()},300);ne(()=>{o(null),z.current=null,de(),Y()},[de,Y]),ne(()=>{Un(e)&&Se(Jr,{first:100,after:null}).then(h=>j(h.data?.users?.nodes??[]),()=>j([]))},[e]),ne(()=>Mn({document:Qr,variables:()=>({}),onData:({integrationUpdated:h})=>{const I=z.current,k=I?I.findIndex(G=>G.id===h.id):-1;if(I&&k>=0){const G=I[k];if(G.version>h.version)return;const K=[...I];K[k]=h,z.current=K,o(K),G.state!==h.state&&w(B=>B&&Bo(B,G.state,h.state))}else ee();ue()},onResume:()=>{ee(),ue()},onError:E}),[ee,ue]);const Ge=$t(()=>{const h=Rr(new URLSearchParams(window.location.search));h.text!==b.trim()&&Fe(ln({...h,text:b.trim()}),{replace:!0})},350);ne(()=>{r.text!==b.trim()&&U(r.text)},[r.text]);const Ie=h=>{const I=h===null?[]:r.states.includes(h)?r.states.filter(k=>k!==h):[...r.states,h];Fe(ln({...r,states:I}))},D=async()=>{if(u){S(!0);try{const I=(await Se(yr,{first:Nr,after:u,filter:_e()})).data.integrations,k=new Set((z.current??[]).map(K=>K.id)),G=[...z.current??[],...I.nodes.filter(K=>!k.has(K.id))];z.current=G,o(G),l(I.totalCount),f(I.pageInfo.hasNextPage?I.pageInfo.endCursor??null:null)}catch(h){m(h)}finally{S(!1)}}};return n("section",{"aria-labelledby":"board-title",children:[n("div",{class:"page-head",children:[n("h1",{id:"board-title",children:"Integrations"}),Pt(e)&&n(ke,{class:"button primary",href:"/integrations/new",children:"New integration"})]}),n("div",{class:"filters",role:"search",children:[n("div",{class:"chips",role:"group","aria-label":"Filter by state",children:[n("button",{type:"button",class:"chip","aria-pressed":r.states.length===0,onClick:()=>Ie(null),children:["All ",n("span",{class:"count",children:g?g.total:"…"})]}),zt.map(h=>n("button",{type:"button",class:`chip chip-${h.toLowerCase()}`,"aria-pressed":r.states.includes(h),"data-state-count":h,onClick:()=>Ie(h),children:[li(h)," ",n("span",{class:"count",children:g?g.byState[h]:"…"})]},h))]}),n("div",{class:"filter-row",children:[n("div",{class:"field inline",children:[n("label",{for:"board-search",children:"Search"}),n("input",{id:"board-search",type:"search",value:b,placeholder:"Name or description",onInput:h=>{U(h.currentTarget.value),Ge()}})]}),n("div",{class:"field inline",children:[n("label",{for:"board-owner",children:"Owner"}),n("select",{id:"board-owner",value:r.owner,onChange:h=>Fe(ln({...r,owner:h.currentTarget.value})),children:[n("option",{value:"",children:"Anyone"}),n("option",{value:"me",children:"Me"}),$.filter(h=>h.id!==e.id).map(h=>n("option",{value:h.id,children:h.name},h.id))]})]})]})]}),n(ge,{error:c,onRetry:()=>{de()}}),n(ge,{error:_}),s===null?!c&&n(je,{what:"integrations"}):s.length===0?n("p",{class:"empty",children:["No integration matches. ",Pt(e)&&n(ke,{href:"/integrations/new",children:"Create one."})]}):n(le,{children:[n("table",{class:"board",children:[n("caption",{class:"visually-hidden",children:"Integrations, newest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Name"}),n("th",{scope:"col",children:"Kind"}),n("th",{scope:"col",children:"State"}),n("th",{scope:"col",children:"Owner"}),n("th",{scope:"col",children:"Updated"})]})}),n("tbody",{children:s.map(h=>n("tr",{"data-integration":h.id,children:[n("td",{"data-label":"Name",children:[n(ke,{href:`/integrations/${encodeURIComponent(h.id)}`,class:"name",children:h.name}),h.description&&n("div",{class:"muted small",children:h.description})]}),n("td",{"data-label":"Kind",children:n("code",{children:h.kind})}),n("td",{"data-label":"State",children:n(Fn,{state:h.state})}),n("td",{"data-label":"Owner",children:h.owner?h.owner.id===e.id?"You":h.owner.name:"—"}),n("td",{"data-label":"Updated",children:n("time",{dateTime:h.updatedAt,children:Re(h.updatedAt)})})]},h.id))})]}),n("p",{class:"muted small","aria-live":"polite",children:["Showing ",s.length," of ",d]}),u&&n("button",{type:"button",class:"button",onClick:D,disabled:R,children:R?"Loading…":"Load more"})]})]})}function kr(e){if(e.trim()==="")return{ok:!1,issue:{path:"",message:"Enter the configuration as a JSON object."}};let t;try{t=JSON.parse(e)}catch(r){return{ok:!1,issue:{path:"",message:`Not valid JSON: ${r instanceof Error?r.message:"not valid JSON"}`}}}return!t||typeof t!="object"||Array.isArray(t)?{ok:!1,issue:{path:"",message:"The configuration must be a JSON object ({ … })."}}:{ok:!0,value:t}}function ht(e){return e&&typeof e=="object"&&!Array.isArray(e)?e:void 0}function Ho(e){return e===null?"null":Array.isArray(e)?"array":typeof e=="number"?Number.isInteger(e)?"integer":"number":typeof e}function Ko(e,t){const r=Ho(e);return r===t||t==="number"&&r==="integer"}function vn(e,t,r=""){const i=ht(t);if(!i)return[];const s=[],o=l=>r?`${r}.${l}`:String(l),d=Array.isArray(i.type)?i.type:typeof i.type=="string"?[i.type]:[];if(d.length>0&&!d.some(l=>Ko(e,l)))return[{path:r,message:`must be ${d.map(l=>l==="integer"?"a whole number":`a${/^[aeiou]/.test(l)?"n":""} ${l}`).join(" or ")}`}];if(Array.isArray(i.enum)&&!i.enum.some(l=>JSON.stringify(l)===JSON.stringify(e))&&s.push({path:r,message:`must be one of ${i.enum.map(l=>JSON.stringify(l)).join(", ")}`}),typeof e=="string"&&(typeof i.minLength=="number"&&[...e].length<i.minLength&&s.push({path:r,message:`must be at least ${i.minLength} characters`}),typeof i.maxLength=="number"&&[...e].length>i.maxLength&&s.push({path:r,message:`must be at most ${i.maxLength} characters`}),typeof i.pattern=="string"))try{new RegExp(i.pattern,"u").test(e)||s.push({path:r,message:`must match ${i.pattern}`})}catch{}if(typeof e=="number"&&(typeof i.minimum=="number"&&e<i.minimum&&s.push({path:r,message:`must be at least ${i.minimum}`}),typeof i.maximum=="number"&&e>i.maximum&&s.push({path:r,message:`must be at most ${i.maximum}`})),Array.isArray(e)&&i.items&&e.forEach((l,u)=>s.push(...vn(l,i.items,o(u)))),e&&typeof e=="object"&&!Array.isArray(e)){const l=e,u=ht(i.properties)??{};for(const f of Array.isArray(i.required)?i.required:[])f in l||s.push({path:o(f),message:"is required"});for(const[f,g]of Object.entries(l))f in u?s.push(...vn(g,u[f],o(f))):i.additionalProperties===!1&&s.push({path:o(f),message:"is not a field of this kind"})}return s}function Wo(e){const t=ht(e),r=ht(t?.properties)??{},i=Array.isArray(t?.required)?t.required:[];return Object.entries(r).map(([s,o])=>{const d=ht(o)??{};return{name:s,type:Array.isArray(d.type)?d.type.join(" | "):String(d.type??"any"),description:typeof d.description=="string"?d.description:"",required:i.includes(s),secret:d.writeOnly===!0,defaultValue:d.default}})}const xr=["kind","name","description","prompt","config"];function dn(e){return JSON.stringify(e??{},null,2)}function dt({id:e,messages:t}){return!t||t.length===0?null:n("ul",{id:e,class:"field-error",role:"alert",children:t.map(r=>n("li",{children:r},r))})}function jo({user:e}){jt("New integration");const[t,r]=T(null),[i,s]=T(null),[o,d]=T(""),[l,u]=T(""),[f,g]=T(""),[w,c]=T(""),[m,_]=T("{}"),[E,R]=T(!1),[S,b]=T({}),[U,$]=T(null),[j,z]=T(!1),_e=()=>{s(null),Se(Ts).then(h=>{const I=h.data?.integrationKinds??[];r(I);const k=I[0];k&&!o&&(d(k.name),_(dn(k.exampleConfig)))},h=>s(h))};ne(_e,[]);const Y=t?.find(h=>h.name===o),de=pt(()=>Wo(Y?.configSchema),[Y]),ee=pt(()=>{const h=kr(m);return h.ok?Y?vn(h.value,Y.configSchema):[]:[h.issue]},[m,Y]);if(!Pt(e))return n(at,{children:["Your role (",e.role,") may read integrations but not create them."]});const ue=h=>{d(h);const I=t?.find(k=>k.name===h);I&&!E&&_(dn(I.exampleConfig)),b(k=>({...k,kind:[],config:[]}))},Ge=async h=>{h.preventDefault(),$(null);const I=kr(m);if(!I.ok){b({config:[I.issue.message]}),document.getElementById("config")?.focus();return}z(!0);try{const k=await Ee(ds,{input:{kind:o,name:l,description:f.trim()===""?null:f,prompt:w,config:I.value}});Fe(`/integrations/${encodeURIComponent(k.createIntegration.id)}`)}catch(k){const G=k instanceof ve?k.errors:[],K=mn(G);b(K);const B=Hs(G,xr);B.length>0?$(Qe(B)):G.length===0&&$(k);const be=xr.find($e=>K[$e]?.length);be&&document.getElementById(be)?.focus()}finally{z(!1)}},Ie=(h,I)=>[I,S[h]?.length?`${h}-error`:""].filter(Boolean).join(" ")||void 0,D=h=>S[h]?.length?"true":void 0;return n("section",{"aria-labelledby":"create-title",class:"create",children:[n("div",{class:"page-head",children:[n("h1",{id:"create-title",children:"New integration"}),n(ke,{href:"/",children:"Back to the board"})]}),n(ge,{error:i,onRetry:_e}),t===null?!i&&n(je,{what:"integration kinds"}):n("form",{class:"form card",onSubmit:Ge,noValidate:!0,children:[n(ge,{error:U}),n("fieldset",{class:"field",children:[n("legend",{children:"Kind"}),n("div",{class:"kinds",children:t.map(h=>n("label",{class:`kind-option${h.name===o?" selected":""}`,children:[n("input",{type:"radio",name:"kind",id:h.name===o?"kind":void 0,value:h.name,checked:h.name===o,onChange:()=>ue(h.name)}),n("span",{children:[n("strong",{children:n("code",{children:h.name})}),n("small",{class:"help",children:h.description})]})]},h.name))}),n(dt,{id:"kind-error",messages:S.kind})]}),n("div",{class:"field",children:[n("label",{for:"name",children:"Name"}),n("input",{id:"name",value:l,maxLength:100,required:!0,"aria-invalid":D("name"),"aria-describedby":Ie("name"),onInput:h=>u(h.currentTarget.value)})]}),n(dt,{id:"name-error",messages:S.name}),n("div",{class:"field",children:[n("label",{for:"description",children:["Description ",n("small",{class:"muted",children:"(optional)"})]}),n("input",{id:"description",value:f,"aria-invalid":D("description"),"aria-describedby":Ie("description"),onInput:h=>g(h.currentTarget.value)})]}),n(dt,{id:"description-error",messages:S.description}),n("div",{class:"field",children:[n("label",{for:"prompt",children:"Prompt"}),n("textarea",{id:"prompt",rows:5,value:w,required:!0,placeholder:"What the integration must do","aria-invalid":D("prompt"),"aria-describedby":Ie("prompt","prompt-help"),onInput:h=>c(h.currentTarget.value)}),n("small",{id:"prompt-help",class:"help",children:"Sent to the code generator as the integration's requirements."})]}),n(dt,{id:"prompt-error",messages:S.prompt}),n("div",{class:"config-editor",children:[n("div",{class:"field",children:[n("label",{for:"config",children:"Configuration (JSON)"}),n("textarea",{id:"config",class:"mono",rows:12,spellcheck:!1,value:m,"aria-invalid":D("config")??(ee.length>0?"true":void 0),"aria-describedby":Ie("config","config-check"),onInput:h=>{_(h.currentTarget.value),R(!0)}})]}),n("div",{id:"config-check",class:ee.length>0?"config-issues":"config-ok","aria-live":"polite",children:ee.length===0?n("span",{children:["✓ Matches the ",o," schema"]}):n("ul",{children:ee.map(h=>n("li",{children:[h.path?n("code",{children:h.path}):"Configuration"," ",h.message]},`${h.path}:${h.message}`))})}),n(dt,{id:"config-error",messages:S.config}),Y&&n("details",{class:"schema-help",children:[n("summary",{children:["Fields of ",Y.name]}),n("dl",{children:de.map(h=>n("div",{children:[n("dt",{children:[n("code",{children:h.name})," ",n("small",{class:"muted",children:h.type}),h.required&&n("small",{class:"tag",children:"required"}),h.secret&&n("small",{class:"tag",children:"secret"})]}),n("dd",{children:[h.description,h.defaultValue!==void 0&&n(le,{children:[" (default ",JSON.stringify(h.defaultValue),")"]})]})]},h.name))}),n("button",{type:"button",class:"button small",onClick:()=>{_(dn(Y.exampleConfig)),R(!1)},children:"Use the example"})]})]}),n("div",{class:"form-actions",children:n("button",{type:"submit",class:"button primary",disabled:j,children:j?"Creating…":"Create and start the pipeline"})})]})]})}function Vo(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}var un,$r;function zo(){if($r)return un;$r=1;function e(a){return a instanceof Map?a.clear=a.delete=a.set=function(){throw new Error("map is read-only")}:a instanceof Set&&(a.add=a.clear=a.delete=function(){throw new Error("set is read-only")}),Object.freeze(a),Object.getOwnPropertyNames(a).forEach(p=>{const v=a[p],M=typeof v;(M==="object"||M==="function")&&!Object.isFrozen(v)&&e(v)}),a}class t{constructor(p){p.data===void 0&&(p.data={}),this.data=p.data,this.isMatchIgnored=!1}ignoreMatch(){this.isMatchIgnored=!0}}function r(a){return a.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&#x27;")}function i(a,...p){const v=Object.create(null);for(const M in a)v[M]=a[M];return p.forEach(function(M){for(const re in M)v[re]=M[re]}),v}const s="</span>",o=a=>!!a.scope,d=(a,{prefix:p})=>{if(a.startsWith("language:"))return a.replace("language:","language-");if(a.includes(".")){const v=a.split(".");return[`${p}${v.shift()}`,...v.map((M,re)=>`${M}${"_".repeat(re+1)}`)].join(" ")}return`${p}${a}`};class l{constructor(p,v){this.buffer="",this.classPrefix=v.classPrefix,p.walk(this)}addText(p){this.buffer+=r(p)}openNode(p){if(!o(p))return;const v=d(p.scope,{prefix:this.classPrefix});this.span(v)}closeNode(p){o(p)&&(this.buffer+=s)}value(){return this.buffer}span(p){this.buffer+=`<span class="${p}">`}}const u=(a={})=>{const p={children:[]};return Object.assign(p,a),p};class f{constructor(){this.rootNode=u(),this.stack=[this.rootNode]}get top(){return this.stack[this.stack.length-1]}get root(){return this.rootNode}add(p){this.top.children.push(p)}openNode(p){const v=u({scope:p});this.add(v),this.stack.push(v)}closeNode(){if(this.stack.length>1)return this.stack.pop()}closeAllNodes(){for(;this.closeNode(););}toJSON(){return JSON.stringify(this.rootNode,null,4)}walk(p){return this.constructor._walk(p,this.rootNode)}static _walk(p,v){return typeof v=="string"?p.addText(v):v.children&&(p.openNode(v),v.children.forEach(M=>this._walk(p,M)),p.closeNode(v)),p}static _collapse(p){typeof p!="string"&&p.children&&(p.children.every(v=>typeof v=="string")?p.children=[p.children.join("")]:p.children.forEach(v=>{f._collapse(v)}))}}class g extends f{constructor(p){super(),this.options=p}addText(p){p!==""&&this.add(p)}startScope(p){this.openNode(p)}endScope(){this.closeNode()}__addSublanguage(p,v){const M=p.root;v&&(M.scope=`language:${v}`),this.add(M)}toHTML(){return new l(this,this.options).value()}finalize(){return this.closeAllNodes(),!0}}function w(a){return a?typeof a=="string"?a:a.source:null}function c(a){return E("(?=",a,")")}function m(a){return E("(?:",a,")*")}function _(a){return E("(?:",a,")?")}function E(...a){return a.map(v=>w(v)).join("")}function R(a){const p=a[a.length-1];return typeof p=="object"&&p.constructor===Object?(a.splice(a.length-1,1),p):{}}function S(...a){return"("+(R(a).capture?"":"?:")+a.map(M=>w(M)).join("|")+")"}function b(a){return new RegExp(a.toString()+"|").exec("").length-1}function U(a,p){const v=a&&a.exec(p);return v&&v.index===0}const $=new RegExp(S(/\[(?:[^\\\]]|\\.)*\]/,/\(\?<(?![=!])[^>]+>/,/\(\?'[^']+'/,/\(\??/,/\\([1-9][0-9]*)/,/\\./));function j(a,{joinWith:p}){let v=0;return a.map(M=>{v+=1;const re=v;let ie=w(M),C="";for(;ie.length>0;){const N=$.exec(ie);if(!N){C+=ie;break}C+=ie.substring(0,N.index),ie=ie.substring(N.index+N[0].length),N[0][0]==="\\"&&N[1]?C+="\\"+String(Number(N[1])+re):(C+=N[0],(N[0]==="("||/^\(\?[<']/.test(N[0]))&&v++)}return C}).map(M=>`(${M})`).join(p)}const z=/\b\B/,_e="[a-zA-Z]\\w*",Y="[a-zA-Z_]\\w*",de="\\b\\d+(\\.\\d+)?",ee="(-?)(\\b0[xX][a-fA-F0-9]+|(\\b\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?)",ue="\\b(0b[01]+)",Ge="!|!=|!==|%|%=|&|&&|&=|\\*|\\*=|\\+|\\+=|,|-|-=|/=|/|:|;|<<|<<=|<=|<|===|==|=|>>>=|>>=|>=|>>>|>>|>|\\?|\\[|\\{|\\(|\\^|\\^=|\\||\\|=|\\|\\||~",Ie=(a={})=>{const p=/^#![ ]*\//;return a.binary&&(a.begin=E(p,/.*\b/,a.binary,/\b.*/)),i({scope:"meta",begin:p,end:/$/,relevance:0,"on:begin":(v,M)=>{v.index!==0&&M.ignoreMatch()}},a)},D={begin:"\\\\[\\s\\S]",relevance:0},h={scope:"string",begin:"'",end:"'",illegal:"\\n",contains:[D]},I={scope:"string",begin:'"',end:'"',illegal:"\\n",contains:[D]},k={begin:/\b(a|an|the|are|I'm|isn't|don't|doesn't|won't|but|just|should|pretty|simply|enough|gonna|going|wtf|so|such|will|you|your|they|like|more)\b/},G=function(a,p,v={}){const M=i({scope:"comment",begin:a,end:p,contains:[]},v);M.contains.push({scope:"doctag",begin:"[ ]*(?=(TODO|FIXME|NOTE|BUG|OPTIMIZE|HACK|XXX):)",end:/(TODO|FIXME|NOTE|BUG|OPTIMIZE|HACK|XXX):/,excludeBegin:!0,relevance:0});const re=S("I","a","is","so","us","to","at","if","in","it","on",/[A-Za-z]+['](d|ve|re|ll|t|s|n)/,/[A-Za-z]+[-][a-z]+/,/[A-Za-z][a-z]{2,}/);return M.contains.push({begin:E(/[ ]+/,"(",re,/[.]?[:]?([.][ ]|[ ])/,"){3}")}),M},K=G("//","$"),B=G("/\\*","\\*/"),be=G("#","$"),$e={scope:"number",begin:de,relevance:0},Ze={scope:"number",begin:ee,relevance:0},qe={scope:"number",begin:ue,relevance:0},he={scope:"regexp",begin:/\/(?=[^/\n]*\/)/,end:/\/[gimuy]*/,contains:[D,{begin:/\[/,end:/\]/,relevance:0,contains:[D]}]},ae={scope:"title",begin:_e,relevance:0},mt={scope:"title",begin:Y,relevance:0},Hn={begin:"\\.\\s*"+Y,relevance:0};var _t=Object.freeze({__proto__:null,APOS_STRING_MODE:h,BACKSLASH_ESCAPE:D,BINARY_NUMBER_MODE:qe,BINARY_NUMBER_RE:ue,COMMENT:G,C_BLOCK_COMMENT_MODE:B,C_LINE_COMMENT_MODE:K,C_NUMBER_MODE:Ze,C_NUMBER_RE:ee,END_SAME_AS_BEGIN:function(a){return Object.assign(a,{"on:begin":(p,v)=>{v.data._beginMatch=p[1]},"on:end":(p,v)=>{v.data._beginMatch!==p[1]&&v.ignoreMatch()}})},HASH_COMMENT_MODE:be,IDENT_RE:_e,MATCH_NOTHING_RE:z,METHOD_GUARD:Hn,NUMBER_MODE:$e,NUMBER_RE:de,PHRASAL_WORDS_MODE:k,QUOTE_STRING_MODE:I,REGEXP_MODE:he,RE_STARTERS_RE:Ge,SHEBANG:Ie,TITLE_MODE:ae,UNDERSCORE_IDENT_RE:Y,UNDERSCORE_TITLE_MODE:mt});function fi(a,p){a.input[a.index-1]==="."&&p.ignoreMatch()}function pi(a,p){a.className!==void 0&&(a.scope=a.className,delete a.className)}function gi(a,p){p&&a.beginKeywords&&(a.begin="\\b("+a.beginKeywords.split(" ").join("|")+")(?!\\.)(?=\\b|\\s)",a.__beforeBegin=fi,a.keywords=a.keywords||a.beginKeywords,delete a.beginKeywords,a.relevance===void 0&&(a.relevance=0))}function mi(a,p){Array.isArray(a.illegal)&&(a.illegal=S(...a.illegal))}function _i(a,p){if(a.match){if(a.begin||a.end)throw new Error("begin & end are not supported with match");a.begin=a.match,delete a.match}}function bi(a,p){a.relevance===void 0&&(a.relevance=1)}const yi=(a,p)=>{if(!a.beforeMatch)return;if(a.starts)throw new Error("beforeMatch cannot be used with starts");const v=Object.assign({},a);Object.keys(a).forEach(M=>{delete a[M]}),a.keywords=v.keywords,a.begin=E(v.beforeMatch,c(v.begin)),a.starts={relevance:0,contains:[Object.assign(v,{endsParent:!0})]},a.relevance=0,delete v.beforeMatch},Ei=["of","and","for","in","not","or","if","then","parent","list","value"],wi="keyword";function Wn(a,p,v=wi){const M=Object.create(null);return typeof a=="string"?re(v,a.split(" ")):Array.isArray(a)?re(v,a):Object.keys(a).forEach(function(ie){Object.assign(M,Wn(a[ie],p,ie))}),M;function re(ie,C){p&&(C=C.map(N=>N.toLowerCase())),C.forEach(function(N){const L=N.split("|");M[L[0]]=[ie,vi(L[0],L[1])]})}}function vi(a,p){return p?Number(p):Si(a)?0:1}function Si(a){return Ei.includes(a.toLowerCase())}const jn={},Ve=a=>{console.error(a)},Vn=(a,...p)=>{console.log(`WARN: ${a}`,...p)},et=(a,p)=>{jn[`${a}/${p}`]||(console.log(`Deprecated as of ${a}. ${p}`),jn[`${a}/${p}`]=!0)},bt=new Error;function zn(a,p,{key:v}){let M=0;const re=a[v],ie={},C={};for(let N=1;N<=p.length;N++)C[N+M]=re[N],ie[N+M]=!0,M+=b(p[N-1]);a[v]=C,a[v]._emit=ie,a[v]._multi=!0}function Ii(a){if(Array.isArray(a.begin)){if(a.skip||a.excludeBegin||a.returnBegin)throw Ve("skip, excludeBegin, returnBegin not compatible with beginScope: {}"),bt;if(typeof a.beginScope!="object"||a.beginScope===null)throw Ve("beginScope must be object"),bt;zn(a,a.begin,{key:"beginScope"}),a.begin=j(a.begin,{joinWith:""})}}function Ai(a){if(Array.isArray(a.end)){if(a.skip||a.excludeEnd||a.returnEnd)throw Ve("skip, excludeEnd, returnEnd not compatible with endScope: {}"),bt;if(typeof a.endScope!="object"||a.endScope===null)throw Ve("endScope must be object"),bt;zn(a,a.end,{key:"endScope"}),a.end=j(a.end,{joinWith:""})}}function Ti(a){a.scope&&typeof a.scope=="object"&&a.scope!==null&&(a.beginScope=a.scope,delete a.scope)}function Ni(a){Ti(a),typeof a.beginScope=="string"&&(a.beginScope={_wrap:a.beginScope}),typeof a.endScope=="string"&&(a.endScope={_wrap:a.endScope}),Ii(a),Ai(a)}function Ri(a){function p(C,N){return new RegExp(w(C),"m"+(a.case_insensitive?"i":"")+(a.unicodeRegex?"u":"")+(N?"g":""))}class v{constructor(){this.matchIndexes={},this.regexes=[],this.matchAt=1,this.position=0}addRule(N,L){L.position=this.position++,this.matchIndexes[this.matchAt]=L,this.regexes.push([L,N]),this.matchAt+=b(N)+1}compile(){this.regexes.length===0&&(this.exec=()=>null);const N=this.regexes.map(L=>L[1]);this.matcherRe=p(j(N,{joinWith:"|"}),!0),this.lastIndex=0}exec(N){this.matcherRe.lastIndex=this.lastIndex;const L=this.matcherRe.exec(N);if(!L)return null;const fe=L.findIndex((ct,Xt)=>Xt>0&&ct!==void 0),se=this.matchIndexes[fe];return L.splice(0,fe),Object.assign(L,se)}}class M{constructor(){this.rules=[],this.multiRegexes=[],this.count=0,this.lastIndex=0,this.regexIndex=0}getMatcher(N){if(this.multiRegexes[N])return this.multiRegexes[N];const L=new v;return this.rules.slice(N).forEach(([fe,se])=>L.addRule(fe,se)),L.compile(),this.multiRegexes[N]=L,L}resumingScanAtSamePosition(){return this.regexIndex!==0}considerAll(){this.regexIndex=0}addRule(N,L){this.rules.push([N,L]),L.type==="begin"&&this.count++}exec(N){const L=this.getMatcher(this.regexIndex);L.lastIndex=this.lastIndex;let fe=L.exec(N);if(this.resumingScanAtSamePosition()&&!(fe&&fe.index===this.lastIndex)){const se=this.getMatcher(0);se.lastIndex=this.lastIndex+1,fe=se.exec(N)}return fe&&(this.regexIndex+=fe.position+1,this.regexIndex===this.count&&this.considerAll()),fe}}function re(C){const N=new M;return C.contains.forEach(L=>N.addRule(L.begin,{rule:L,type:"begin"})),C.terminatorEnd&&N.addRule(C.terminatorEnd,{type:"end"}),C.illegal&&N.addRule(C.illegal,{type:"illegal"}),N}function ie(C,N){const L=C;if(C.isCompiled)return L;[pi,_i,Ni,yi].forEach(se=>se(C,N)),a.compilerExtensions.forEach(se=>se(C,N)),C.__beforeBegin=null,[gi,mi,bi].forEach(se=>se(C,N)),C.isCompiled=!0;let fe=null;return typeof C.keywords=="object"&&C.keywords.$pattern&&(C.keywords=Object.assign({},C.keywords),fe=C.keywords.$pattern,delete C.keywords.$pattern),fe=fe||/\w+/,C.keywords&&(C.keywords=Wn(C.keywords,a.case_insensitive)),L.keywordPatternRe=p(fe,!0),N&&(C.begin||(C.begin=/\B|\b/),L.beginRe=p(L.begin),!C.end&&!C.endsWithParent&&(C.end=/\B|\b/),C.end&&(L.endRe=p(L.end)),L.terminatorEnd=w(L.end)||"",C.endsWithParent&&N.terminatorEnd&&(L.terminatorEnd+=(C.end?"|":"")+N.terminatorEnd)),C.illegal&&(L.illegalRe=p(C.illegal)),C.contains||(C.contains=[]),C.contains=[].concat(...C.contains.map(function(se){return Ci(se==="self"?C:se)})),C.contains.forEach(function(se){ie(se,L)}),C.starts&&ie(C.starts,N),L.matcher=re(L),L}if(a.compilerExtensions||(a.compilerExtensions=[]),a.contains&&a.contains.includes("self"))throw new Error("ERR: contains `self` is not supported at the top-level of a language.  See documentation.");return a.classNameAliases=i(a.classNameAliases||{}),ie(a)}function Yn(a){return a?a.endsWithParent||Yn(a.starts):!1}function Ci(a){return a.variants&&!a.cachedVariants&&(a.cachedVariants=a.variants.map(function(p){return i(a,{variants:null},p)})),a.cachedVariants?a.cachedVariants:Yn(a)?i(a,{starts:a.starts?i(a.starts):null}):Object.isFrozen(a)?i(a):a}var ki="11.12.0";class xi extends Error{constructor(p,v){super(p),this.name="HTMLInjectionError",this.html=v}}const Qt=r,Jn=i,Qn=Symbol("nomatch"),$i=7,Xn=function(a){const p=Object.create(null),v=Object.create(null),M=[];let re=!0;const ie="Could not find the language '{}', did you forget to load/include a language module?",C={disableAutodetect:!0,name:"Plain text",contains:[]};let N={ignoreUnescapedHTML:!1,throwUnescapedHTML:!1,noHighlightRe:/^(no-?highlight)$/i,languageDetectRe:/\blang(?:uage)?-([\w-]+)\b/i,classPrefix:"hljs-",cssSelector:"pre code",languages:null,__emitter:g};function L(y){return N.noHighlightRe.test(y)}function fe(y){let O=y.className+" ";O+=y.parentNode?y.parentNode.className:"";const q=N.languageDetectRe.exec(O);if(q){const Q=He(q[1]);return Q||(Vn(ie.replace("{}",q[1])),Vn("Falling back to no-highlight mode for this block.",y)),Q?q[1]:"no-highlight"}return O.split(/\s+/).find(Q=>L(Q)||He(Q))}function se(y,O,q){let Q="",ce="";typeof O=="object"?(Q=y,q=O.ignoreIllegals,ce=O.language):(et("10.7.0","highlight(lang, code, ...args) has been deprecated."),et("10.7.0",`Please use highlight(code, options) instead.
https://github.com/highlightjs/highlight.js/issues/2277`),ce=y,Q=O),q===void 0&&(q=!0);const Ce={code:Q,language:ce};Et("before:highlight",Ce);const Ke=Ce.result?Ce.result:ct(Ce.language,Ce.code,q);return Ke.code=Ce.code,Et("after:highlight",Ke),Ke}function ct(y,O,q,Q){const ce=Object.create(null);function Ce(A,x){return A.keywords[x]}function Ke(){if(!P.keywords){pe.addText(X);return}let A=0;P.keywordPatternRe.lastIndex=0;let x=P.keywordPatternRe.exec(X),F="";for(;x;){F+=X.substring(A,x.index);const V=De.case_insensitive?x[0].toLowerCase():x[0],me=Ce(P,V);if(me){const[Me,Yi]=me;if(pe.addText(F),F="",ce[V]=(ce[V]||0)+1,ce[V]<=$i&&(St+=Yi),Me.startsWith("_"))F+=x[0];else{const Ji=De.classNameAliases[Me]||Me;Oe(x[0],Ji)}}else F+=x[0];A=P.keywordPatternRe.lastIndex,x=P.keywordPatternRe.exec(X)}F+=X.substring(A),pe.addText(F)}function wt(){if(X==="")return;let A=null;if(typeof P.subLanguage=="string"){if(!p[P.subLanguage]){pe.addText(X);return}A=ct(P.subLanguage,X,!0,or[P.subLanguage]),or[P.subLanguage]=A._top}else A=Zt(X,P.subLanguage.length?P.subLanguage:null);P.relevance>0&&(St+=A.relevance),pe.__addSublanguage(A._emitter,A.language)}function we(){P.subLanguage!=null?wt():Ke(),X=""}function Oe(A,x){A!==""&&(pe.startScope(x),pe.addText(A),pe.endScope())}function nr(A,x){let F=1;const V=x.length-1;for(;F<=V;){if(!A._emit[F]){F++;continue}const me=De.classNameAliases[A[F]]||A[F],Me=x[F];me?Oe(Me,me):(X=Me,Ke(),X=""),F++}}function rr(A,x){return A.scope&&typeof A.scope=="string"&&pe.openNode(De.classNameAliases[A.scope]||A.scope),A.beginScope&&(A.beginScope._wrap?(Oe(X,De.classNameAliases[A.beginScope._wrap]||A.beginScope._wrap),X=""):A.beginScope._multi&&(nr(A.beginScope,x),X="")),P=Object.create(A,{parent:{value:P}}),P}function ir(A,x,F){let V=U(A.endRe,F);if(V){if(A["on:end"]){const me=new t(A);A["on:end"](x,me),me.isMatchIgnored&&(V=!1)}if(V){for(;A.endsParent&&A.parent;)A=A.parent;return A}}if(A.endsWithParent)return ir(A.parent,x,F)}function Ki(A){return P.matcher.regexIndex===0?(X+=A[0],1):(rn=!0,0)}function Wi(A){const x=A[0],F=A.rule,V=new t(F),me=[F.__beforeBegin,F["on:begin"]];for(const Me of me)if(Me&&(Me(A,V),V.isMatchIgnored))return Ki(x);return F.skip?X+=x:(F.excludeBegin&&(X+=x),we(),!F.returnBegin&&!F.excludeBegin&&(X=x)),rr(F,A),F.returnBegin?0:x.length}function ji(A){const x=A[0],F=O.substring(A.index),V=ir(P,A,F);if(!V)return Qn;const me=P;P.endScope&&P.endScope._wrap?(we(),Oe(x,P.endScope._wrap)):P.endScope&&P.endScope._multi?(we(),nr(P.endScope,A)):me.skip?X+=x:(me.returnEnd||me.excludeEnd||(X+=x),we(),me.excludeEnd&&(X=x));do P.scope&&pe.closeNode(),!P.skip&&!P.subLanguage&&(St+=P.relevance),P=P.parent;while(P!==V.parent);return V.starts&&rr(V.starts,A),me.returnEnd?0:x.length}function Vi(){const A=[];for(let x=P;x!==De;x=x.parent)x.scope&&A.unshift(x.scope);A.forEach(x=>pe.openNode(x))}let vt={};function sr(A,x){const F=x&&x[0];if(X+=A,F==null)return we(),0;if(vt.type==="begin"&&x.type==="end"&&vt.index===x.index&&F===""){if(X+=O.slice(x.index,x.index+1),!re){const V=new Error(`0 width match regex (${y})`);throw V.languageName=y,V.badRule=vt.rule,V}return 1}if(vt=x,x.type==="begin")return Wi(x);if(x.type==="illegal"&&!q){const V=new Error('Illegal lexeme "'+F+'" for mode "'+(P.scope||"<unnamed>")+'"');throw V.mode=P,V}else if(x.type==="end"){const V=ji(x);if(V!==Qn)return V}if(x.type==="illegal"&&F==="")return x.index===O.length||(X+=`
`),1;if(nn>1e5&&nn>x.index*3)throw new Error("potential infinite loop, way more iterations than matches");return X+=F,F.length}const De=He(y);if(!De)throw Ve(ie.replace("{}",y)),new Error('Unknown language: "'+y+'"');const zi=Ri(De);let tn="",P=Q||zi;const or={},pe=new N.__emitter(N);Vi();let X="",St=0,ze=0,nn=0,rn=!1;try{if(De.__emitTokens)De.__emitTokens(O,pe);else{for(P.matcher.considerAll();;){nn++,rn?rn=!1:P.matcher.considerAll(),P.matcher.lastIndex=ze;const A=P.matcher.exec(O);if(!A)break;const x=O.substring(ze,A.index),F=sr(x,A);ze=A.index+F}sr(O.substring(ze))}return pe.finalize(),tn=pe.toHTML(),{language:y,value:tn,relevance:St,illegal:!1,_emitter:pe,_top:P}}catch(A){if(A.message&&A.message.includes("Illegal"))return{language:y,value:Qt(O),illegal:!0,relevance:0,_illegalBy:{message:A.message,index:ze,context:O.slice(ze-100,ze+100),mode:A.mode,resultSoFar:tn},_emitter:pe};if(re)return{language:y,value:Qt(O),illegal:!1,relevance:0,errorRaised:A,_emitter:pe,_top:P};throw A}}function Xt(y){const O={value:Qt(y),illegal:!1,relevance:0,_top:C,_emitter:new N.__emitter(N)};return O._emitter.addText(y),O}function Zt(y,O){O=O||N.languages||Object.keys(p);const q=Xt(y),Q=O.filter(He).filter(tr).map(we=>ct(we,y,!1));Q.unshift(q);const ce=Q.sort((we,Oe)=>{if(we.relevance!==Oe.relevance)return Oe.relevance-we.relevance;if(we.language&&Oe.language){if(He(we.language).supersetOf===Oe.language)return 1;if(He(Oe.language).supersetOf===we.language)return-1}return 0}),[Ce,Ke]=ce,wt=Ce;return wt.secondBest=Ke,wt}function Oi(y,O,q){const Q=O&&v[O]||q;y.classList.add("hljs"),y.classList.add(`language-${Q}`)}function en(y){let O=null;const q=fe(y);if(L(q))return;if(Et("before:highlightElement",{el:y,language:q}),y.dataset.highlighted){console.log("Element previously highlighted. To highlight again, first unset `dataset.highlighted`.",y);return}if(y.children.length>0&&(N.ignoreUnescapedHTML||(console.warn("One of your code blocks includes unescaped HTML. This is a potentially serious security risk."),console.warn("https://github.com/highlightjs/highlight.js/wiki/security"),console.warn("The element with unescaped HTML:"),console.warn(y)),N.throwUnescapedHTML))throw new xi("One of your code blocks includes unescaped HTML.",y.innerHTML);O=y;const Q=O.textContent,ce=q?se(Q,{language:q,ignoreIllegals:!0}):Zt(Q);y.innerHTML=ce.value,y.dataset.highlighted="yes",Oi(y,q,ce.language),y.result={language:ce.language,re:ce.relevance,relevance:ce.relevance},ce.secondBest&&(y.secondBest={language:ce.secondBest.language,relevance:ce.secondBest.relevance}),Et("after:highlightElement",{el:y,result:ce,text:Q})}function Di(y){N=Jn(N,y)}const Li=()=>{yt(),et("10.6.0","initHighlighting() deprecated.  Use highlightAll() now.")};function Mi(){yt(),et("10.6.0","initHighlightingOnLoad() deprecated.  Use highlightAll() now.")}let Zn=!1;function yt(){function y(){yt()}if(document.readyState==="loading"){Zn||window.addEventListener("DOMContentLoaded",y,!1),Zn=!0;return}document.querySelectorAll(N.cssSelector).forEach(en)}function Pi(y,O){let q=null;try{q=O(a)}catch(Q){if(Ve("Language definition for '{}' could not be registered.".replace("{}",y)),re)Ve(Q);else throw Q;q=C}q.name||(q.name=y),p[y]=q,q.rawDefinition=O.bind(null,a),q.aliases&&er(q.aliases,{languageName:y})}function Ui(y){delete p[y];for(const O of Object.keys(v))v[O]===y&&delete v[O]}function Bi(){return Object.keys(p)}function He(y){return y=(y||"").toLowerCase(),p[y]||p[v[y]]}function er(y,{languageName:O}){typeof y=="string"&&(y=[y]),y.forEach(q=>{v[q.toLowerCase()]=O})}function tr(y){const O=He(y);return O&&!O.disableAutodetect}function Fi(y){y["before:highlightBlock"]&&!y["before:highlightElement"]&&(y["before:highlightElement"]=O=>{y["before:highlightBlock"](Object.assign({block:O.el},O))}),y["after:highlightBlock"]&&!y["after:highlightElement"]&&(y["after:highlightElement"]=O=>{y["after:highlightBlock"](Object.assign({block:O.el},O))})}function Gi(y){Fi(y),M.push(y)}function qi(y){const O=M.indexOf(y);O!==-1&&M.splice(O,1)}function Et(y,O){const q=y;M.forEach(function(Q){Q[q]&&Q[q](O)})}function Hi(y){return et("10.7.0","highlightBlock will be removed entirely in v12.0"),et("10.7.0","Please use highlightElement now."),en(y)}Object.assign(a,{highlight:se,highlightAuto:Zt,highlightAll:yt,highlightElement:en,highlightBlock:Hi,configure:Di,initHighlighting:Li,initHighlightingOnLoad:Mi,registerLanguage:Pi,unregisterLanguage:Ui,listLanguages:Bi,getLanguage:He,registerAliases:er,autoDetection:tr,inherit:Jn,addPlugin:Gi,removePlugin:qi}),a.debugMode=function(){re=!1},a.safeMode=function(){re=!0},a.versionString=ki,a.regex={concat:E,lookahead:c,either:S,optional:_,anyNumberOfTimes:m};for(const y in _t)typeof _t[y]=="object"&&e(_t[y]);return Object.assign(a,_t),a},tt=Xn({});return tt.newInstance=()=>Xn({}),un=tt,tt.HighlightJS=tt,tt.default=tt,un}var Yo=zo();const Xe=Vo(Yo);function Jo(e){const t=e.regex,r={},i={begin:/\$\{/,end:/\}/,contains:["self",{begin:/:-/,contains:[r]}]};Object.assign(r,{className:"variable",variants:[{begin:t.concat(/\$[\w\d#@][\w\d_]*/,"(?![\\w\\d])(?![$])")},i]});const s={className:"subst",begin:/\$\(/,end:/\)/,contains:[e.BACKSLASH_ESCAPE]},o=e.inherit(e.COMMENT(),{match:[/(^|\s)/,/#.*$/],scope:{2:"comment"}}),d={begin:/<<-?\s*(?=\w+)/,starts:{contains:[e.END_SAME_AS_BEGIN({begin:/(\w+)/,end:/(\w+)/,className:"string"})]}},l={className:"string",begin:/"/,end:/"/,contains:[e.BACKSLASH_ESCAPE,r,s]};s.contains.push(l);const u={match:/\\"/},f={className:"string",begin:/'/,end:/'/},g={match:/\\'/},w={begin:/\$?\(\(/,end:/\)\)/,contains:[{begin:/\d+#[0-9a-f]+/,className:"number"},e.NUMBER_MODE,r]},c=["fish","bash","zsh","sh","csh","ksh","tcsh","dash","scsh"],m=e.SHEBANG({binary:`(${c.join("|")})`,relevance:10}),_={className:"function",begin:/\w[\w\d_]*\s*\(\s*\)\s*\{/,returnBegin:!0,contains:[e.inherit(e.TITLE_MODE,{begin:/\w[\w\d_]*/})],relevance:0},E=["if","then","else","elif","fi","time","for","while","until","in","do","done","case","esac","coproc","function","select"],R=["true","false"],S={match:/(\/[a-z._-]+)+/},b=["break","cd","continue","eval","exec","exit","export","getopts","hash","pwd","readonly","return","shift","test","times","trap","umask","unset"],U=["alias","bind","builtin","caller","command","declare","echo","enable","help","let","local","logout","mapfile","printf","read","readarray","source","sudo","type","typeset","ulimit","unalias"],$=["autoload","bg","bindkey","bye","cap","chdir","clone","comparguments","compcall","compctl","compdescribe","compfiles","compgroups","compquote","comptags","comptry","compvalues","dirs","disable","disown","echotc","echoti","emulate","fc","fg","float","functions","getcap","getln","history","integer","jobs","kill","limit","log","noglob","popd","print","pushd","pushln","rehash","sched","setcap","setopt","stat","suspend","ttyctl","unfunction","unhash","unlimit","unsetopt","vared","wait","whence","where","which","zcompile","zformat","zftp","zle","zmodload","zparseopts","zprof","zpty","zregexparse","zsocket","zstyle","ztcp"],j=["chcon","chgrp","chown","chmod","cp","dd","df","dir","dircolors","ln","ls","mkdir","mkfifo","mknod","mktemp","mv","realpath","rm","rmdir","shred","sync","touch","truncate","vdir","b2sum","base32","base64","cat","cksum","comm","csplit","cut","expand","fmt","fold","head","join","md5sum","nl","numfmt","od","paste","ptx","pr","sha1sum","sha224sum","sha256sum","sha384sum","sha512sum","shuf","sort","split","sum","tac","tail","tr","tsort","unexpand","uniq","wc","arch","basename","chroot","date","dirname","du","echo","env","expr","factor","groups","hostid","id","link","logname","nice","nohup","nproc","pathchk","pinky","printenv","printf","pwd","readlink","runcon","seq","sleep","stat","stdbuf","stty","tee","test","timeout","tty","uname","unlink","uptime","users","who","whoami","yes"];return{name:"Bash",aliases:["sh","zsh"],keywords:{$pattern:/\b[a-z][a-z0-9._-]+\b/,keyword:E,literal:R,built_in:[...b,...U,"set","shopt",...$,...j]},contains:[m,e.SHEBANG(),_,w,o,d,S,l,u,f,g,r]}}function Qo(e){const t=e.regex,r={className:"number",relevance:0,variants:[{begin:/([+-]+)?[\d]+_[\d_]+/},{begin:e.NUMBER_RE}]},i=e.COMMENT();i.variants=[{begin:/;/,end:/$/},{begin:/#/,end:/$/}];const s={className:"variable",variants:[{begin:/\$[\w\d"][\w\d_]*/},{begin:/\$\{(.*?)\}/}]},o={className:"literal",begin:/\bon|off|true|false|yes|no\b/},d={className:"string",contains:[e.BACKSLASH_ESCAPE],variants:[{begin:"'''",end:"'''",relevance:10},{begin:'"""',end:'"""',relevance:10},{begin:'"',end:'"'},{begin:"'",end:"'"}]},l={begin:/\[/,end:/\]/,contains:[i,o,s,d,r,"self"],relevance:0},u=/[A-Za-z0-9_-]+/,f=/"(\\"|[^"])*"/,g=/'[^']*'/,w=t.either(u,f,g),c=t.concat(w,"(\\s*\\.\\s*",w,")*",t.lookahead(/\s*=\s*[^#\s]/));return{name:"TOML, also INI",aliases:["toml"],case_insensitive:!0,illegal:/\S/,contains:[i,{className:"section",begin:/\[+/,end:/\]+/},{begin:c,className:"attr",starts:{end:/$/,contains:[i,l,o,s,d,r]}}]}}const Xo="([-+]?)(\\b0[xX][a-fA-F0-9]+|(\\b\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?)|NaN|[-+]?Infinity",Zo={scope:"number",match:Xo,relevance:0};function ea(e){const t={className:"attr",begin:/(("(\\.|[^\\"\r\n])*")|('(\\.|[^\\'\r\n])*'))(?=\s*:)/,relevance:1.01},r={match:/[{}[\],:]/,className:"punctuation",relevance:0},i=["true","false","null"],s={scope:"literal",beginKeywords:i.join(" ")};return{name:"JSON",aliases:["jsonc","json5"],keywords:{literal:i},contains:[t,r,e.APOS_STRING_MODE,e.QUOTE_STRING_MODE,s,Zo,e.C_LINE_COMMENT_MODE,e.C_BLOCK_COMMENT_MODE],illegal:"\\S"}}function ta(e){const t=e.regex,r={begin:/<\/?[A-Za-z_]/,end:">",subLanguage:"xml",relevance:0},i={match:/^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/},s={className:"code",variants:[{begin:"(`{3,})[^`](.|\\n)*?\\1`*[ ]*"},{begin:"(~{3,})[^~](.|\\n)*?\\1~*[ ]*"},{begin:"```",end:"```+[ ]*$"},{begin:"~~~",end:"~~~+[ ]*$"},{begin:"`.+?`"},{begin:"(?=^( {4}|\\t))",contains:[{begin:"^( {4}|\\t)",end:"(\\n)$"}],relevance:0}]},o={className:"bullet",begin:"^[ 	]*([*+-]|(\\d+\\.))(?=\\s+)",end:"\\s+",excludeEnd:!0},d={begin:/^\[[^\n]+\]:/,returnBegin:!0,contains:[{className:"symbol",begin:/\[/,end:/\]/,excludeBegin:!0,excludeEnd:!0},{className:"link",begin:/:\s*/,end:/$/,excludeBegin:!0}]},l=/[A-Za-z][A-Za-z0-9+.-]*/,u={variants:[{begin:/\[.+?\]\[.*?\]/,relevance:0},{begin:/\[.+?\]\(((data|javascript|mailto):|(?:http|ftp)s?:\/\/).*?\)/,relevance:2},{begin:t.concat(/\[.+?\]\(/,l,/:\/\/.*?\)/),relevance:2},{begin:/\[.+?\]\([./?&#].*?\)/,relevance:1},{begin:/\[.*?\]\(.*?\)/,relevance:0}],returnBegin:!0,contains:[{match:/\[(?=\])/},{className:"string",relevance:0,begin:"\\[",end:"\\]",excludeBegin:!0,returnEnd:!0},{className:"link",relevance:0,begin:"\\]\\(",end:"\\)",excludeBegin:!0,excludeEnd:!0},{className:"symbol",relevance:0,begin:"\\]\\[",end:"\\]",excludeBegin:!0,excludeEnd:!0}]},f={className:"strong",contains:[],variants:[{begin:/_{2}(?!\s)/,end:/_{2}/},{begin:/\*{2}(?!\s)/,end:/\*{2}/}]},g={className:"emphasis",contains:[],variants:[{begin:/\*(?![*\s])/,end:/\*/},{begin:/_(?![_\s])/,end:/_/,relevance:0}]},w=e.inherit(f,{contains:[]}),c=e.inherit(g,{contains:[]});f.contains.push(c),g.contains.push(w);let m=[r,u];return[f,g,w,c].forEach(S=>{S.contains=S.contains.concat(m)}),m=m.concat(f,g),{name:"Markdown",aliases:["md","mkdown","mkd"],contains:[{className:"section",variants:[{begin:"^#{1,6}",end:"$",contains:m},{begin:"(?=^.+?\\n[=-]{2,}$)",contains:[{begin:"^[=-]*$"},{begin:"^",end:"\\n",contains:m}]}]},r,o,i,f,g,{className:"quote",begin:"^>\\s+",contains:m,end:"$"},s,u,d,{scope:"literal",match:/&([a-zA-Z0-9]+|#[0-9]{1,7}|#[Xx][0-9a-fA-F]{1,6});/}]}}function na(e){const t=e.regex,r=/[\p{XID_Start}_]\p{XID_Continue}*/u,i=["and","as","assert","async","await","break","case","class","continue","def","del","elif","else","except","finally","for","from","global","if","import","in","is","lambda","lazy","match","nonlocal|10","not","or","pass","raise","return","try","while","with","yield"],l={$pattern:/[A-Za-z]\w+|__\w+__/,keyword:i,built_in:["__import__","abs","aiter","all","anext","any","ascii","bin","bool","breakpoint","bytearray","bytes","callable","chr","classmethod","compile","complex","delattr","dict","dir","divmod","enumerate","eval","exec","filter","float","format","frozendict","frozenset","getattr","globals","hasattr","hash","help","hex","id","input","int","isinstance","issubclass","iter","len","list","locals","map","max","memoryview","min","next","object","oct","open","ord","pow","print","property","range","repr","reversed","round","sentinel","set","setattr","slice","sorted","staticmethod","str","sum","super","tuple","type","vars","zip"],literal:["__debug__","Ellipsis","False","None","NotImplemented","True"],type:["Any","Callable","Coroutine","Dict","List","Literal","Generic","Optional","Sequence","Set","Tuple","Type","Union"]},u={className:"meta",begin:/^(>>>|\.\.\.) /},f={className:"subst",begin:/\{/,end:/\}/,keywords:l,illegal:/#/},g={begin:/\{\{/,relevance:0},w={className:"string",contains:[e.BACKSLASH_ESCAPE],variants:[{begin:/([uU]|[bB]|[rR]|[bB][rR]|[rR][bB])?'''/,end:/'''/,contains:[e.BACKSLASH_ESCAPE,u],relevance:10},{begin:/([uU]|[bB]|[rR]|[bB][rR]|[rR][bB])?"""/,end:/"""/,contains:[e.BACKSLASH_ESCAPE,u],relevance:10},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])'''/,end:/'''/,contains:[e.BACKSLASH_ESCAPE,u,g,f]},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])"""/,end:/"""/,contains:[e.BACKSLASH_ESCAPE,u,g,f]},{begin:/([uU]|[rR])'/,end:/'/,relevance:10},{begin:/([uU]|[rR])"/,end:/"/,relevance:10},{begin:/([bB]|[bB][rR]|[rR][bB])'/,end:/'/},{begin:/([bB]|[bB][rR]|[rR][bB])"/,end:/"/},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])'/,end:/'/,contains:[e.BACKSLASH_ESCAPE,g,f]},{begin:/([fFtT][rR]|[rR][fFtT]|[fFtT])"/,end:/"/,contains:[e.BACKSLASH_ESCAPE,g,f]},e.APOS_STRING_MODE,e.QUOTE_STRING_MODE]},c="[0-9](_?[0-9])*",m=`(\\b(${c}))?\\.(${c})|\\b(${c})\\.`,_=`\\b|${i.join("|")}`,E={className:"number",relevance:0,variants:[{begin:`(\\b(${c})|(${m}))[eE][+-]?(${c})[jJ]?(?=${_})`},{begin:`(${m})[jJ]?`},{begin:`\\b([1-9](_?[0-9])*|0+(_?0)*)[lLjJ]?(?=${_})`},{begin:`\\b0[bB](_?[01])+[lL]?(?=${_})`},{begin:`\\b0[oO](_?[0-7])+[lL]?(?=${_})`},{begin:`\\b0[xX](_?[0-9a-fA-F])+[lL]?(?=${_})`},{begin:`\\b(${c})[jJ](?=${_})`}]},R={className:"comment",begin:t.lookahead(/# type:/),end:/$/,keywords:l,contains:[{begin:/# type:/},{begin:/#/,end:/\b\B/,endsWithParent:!0}]},S={className:"params",variants:[{className:"",begin:/\(\s*\)/,skip:!0},{begin:/\(/,end:/\)/,excludeBegin:!0,excludeEnd:!0,keywords:l,contains:["self",u,E,w,e.HASH_COMMENT_MODE]}]};return f.contains=[w,E,u],{name:"Python",aliases:["py","gyp","ipython"],unicodeRegex:!0,keywords:l,illegal:/(<\/|\?)|=>/,contains:[u,E,{scope:"variable.language",match:/\bself\b/},{beginKeywords:"if",relevance:0},{match:/\bor\b/,scope:"keyword"},w,R,e.HASH_COMMENT_MODE,{match:[/\bdef/,/\s+/,r],scope:{1:"keyword",3:"title.function"},contains:[S]},{variants:[{match:[/\bclass/,/\s+/,r,/\s*/,/\(\s*/,r,/\s*\)/]},{match:[/\bclass/,/\s+/,r]}],scope:{1:"keyword",3:"title.class",6:"title.class.inherited"}},{className:"meta",begin:/^[\t ]*@/,end:/(?=#)|$/,contains:[E,S,w]}]}}function ra(e){const t="true false yes no null",r="[\\w#;/?:@&=+$,.~*'()[\\]]+",i={className:"attr",variants:[{begin:/[\w*@][\w*@ :()\./-]*:(?=[ \t]|$)/},{begin:/"[\w*@][\w*@ :()\./-]*":(?=[ \t]|$)/},{begin:/'[\w*@][\w*@ :()\./-]*':(?=[ \t]|$)/}]},s={className:"template-variable",variants:[{begin:/\{\{/,end:/\}\}/},{begin:/%\{/,end:/\}/}]},o={className:"string",relevance:0,begin:/'/,end:/'/,contains:[{match:/''/,scope:"char.escape",relevance:0}]},d={className:"string",relevance:0,variants:[{begin:/"/,end:/"/},{begin:/\S+/}],contains:[e.BACKSLASH_ESCAPE,s]},l=e.inherit(d,{variants:[{begin:/'/,end:/'/,contains:[{begin:/''/,relevance:0}]},{begin:/"/,end:/"/},{begin:/[^\s,{}[\]]+/}]}),c={className:"number",begin:"\\b"+"[0-9]{4}(-[0-9][0-9]){0,2}"+"([Tt \\t][0-9][0-9]?(:[0-9][0-9]){2})?"+"(\\.[0-9]*)?"+"([ \\t])*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?)?"+"\\b"},m={end:",",endsWithParent:!0,excludeEnd:!0,keywords:t,relevance:0},_={begin:/\{/,end:/\}/,contains:[m],illegal:"\\n",relevance:0},E={begin:"\\[",end:"\\]",contains:[m],illegal:"\\n",relevance:0},R=[i,{className:"meta",begin:"^---\\s*$",relevance:10},{className:"string",begin:"[\\|>]([1-9]?[+-])?[ ]*\\n( +)[^ ][^\\n]*\\n(\\2[^\\n]+\\n?)*"},{begin:"<%[%=-]?",end:"[%-]?%>",subLanguage:"ruby",excludeBegin:!0,excludeEnd:!0,relevance:0},{className:"type",begin:"!\\w+!"+r},{className:"type",begin:"!<"+r+">"},{className:"type",begin:"!"+r},{className:"type",begin:"!!"+r},{className:"meta",begin:"&"+e.UNDERSCORE_IDENT_RE+"$"},{className:"meta",begin:"\\*"+e.UNDERSCORE_IDENT_RE+"$"},{className:"bullet",begin:"-(?=[ ]|$)",relevance:0},e.HASH_COMMENT_MODE,{beginKeywords:t,keywords:{literal:t}},c,{className:"number",begin:e.C_NUMBER_RE+"\\b",relevance:0},_,E,o,d],S=[...R];return S.pop(),S.push(l),m.contains=S,{name:"YAML",case_insensitive:!0,aliases:["yml"],contains:R}}Xe.registerLanguage("bash",Jo);Xe.registerLanguage("ini",Qo);Xe.registerLanguage("json",ea);Xe.registerLanguage("markdown",ta);Xe.registerLanguage("python",na);Xe.registerLanguage("yaml",ra);const ia={py:"python",json:"json",yaml:"yaml",yml:"yaml",md:"markdown",sh:"bash",toml:"ini",ini:"ini",cfg:"ini",txt:""};function di(e){const t=e.split("/").pop()??e;if(t==="Dockerfile"||t==="Makefile")return;const r=t.includes(".")?t.split(".").pop().toLowerCase():"";return ia[r]||void 0}function sa(e,t){if(!(!t||e.length>4e5))try{return Xe.highlight(e,{language:t,ignoreIllegals:!0}).value}catch{return}}function Jt({code:e,path:t,language:r}){const i=r??(t?di(t):void 0),s=pt(()=>sa(e,i),[e,i]);return n("pre",{class:"code",tabIndex:0,"aria-label":t?`Contents of ${t}`:"Code",children:s!==void 0?n("code",{class:`hljs language-${i}`,dangerouslySetInnerHTML:{__html:s}}):n("code",{children:e})})}const Sn="REVIEW",oa={VALIDATE:"Validate",GENERATE:"Generate",TEST:"Test",PULL_REQUEST:"Pull request",[Sn]:"Review",DEPLOY:"Deploy"};function In(e){const t=e.toLowerCase().replace(/_/g," ");return oa[e]??t.charAt(0).toUpperCase()+t.slice(1)}function aa(e,t,r){return e==="REVIEWING"?"WAITING":t==="REJECTED"?"FAILED":r&&r.status!=="PENDING"||e==="DEPLOYING"||e==="ACTIVE"||e==="DEPRECATED"?"SUCCEEDED":"PENDING"}function ca(e,t,r){const i=[],s=e.find(o=>o.name==="DEPLOY");for(const o of e)o.name==="DEPLOY"&&i.push({name:Sn,label:In(Sn),gate:!0,status:aa(t,r,s),attempts:0,startedAt:null,finishedAt:null,error:null}),i.push({...o,label:In(o.name),gate:!1});return i}function ui(e){const t=e.reason.trim();switch(e.trigger){case"CANCELLED":return t===""||t.toLowerCase()==="cancelled"?"Cancelled.":`Cancelled: ${t}`;case"REJECTED":return t?`Rejected in review: ${t}`:"Rejected in review.";default:{const r=e.step?` at ${In(e.step).toLowerCase()}`:"";return t?`Failed${r}: ${t}`:`Failed${r}.`}}}function la(e,t){return t==="COMPENSATED"?{label:e?"Passed, then rolled back":"Failed, then rolled back",tone:"neutral"}:e?{label:"Passed",tone:"good"}:{label:"Failed",tone:"bad"}}function da(e){return/^https?:\/\//i.test(e)}function ua(e){return e.startsWith("diff --git")||e.startsWith("+++ ")||e.startsWith("--- ")||e.startsWith("index ")?"file":e.startsWith("@@")?"hunk":e.startsWith("+")?"add":e.startsWith("-")?"remove":"context"}function An(e,t){return Math.max(1,Math.ceil(Math.max(0,e)/t))}function Or(e,t,r){const i=Math.min(Math.max(0,Math.floor(e)),An(t,r)-1),s=Math.max(0,t-i*r),o=Math.max(0,s-r);return{fromNewest:i,after:o,first:Math.max(1,s-o),from:o+1,to:s}}const hn={approve:{label:"Approve",confirm:!1,text:{label:"Comment (optional)",required:!1},tone:"primary"},requestChanges:{label:"Request changes",confirm:!1,text:{label:"What should change",required:!0},tone:"default"},reject:{label:"Reject",confirm:!0,text:{label:"Reason",required:!0},tone:"danger"},cancel:{label:"Cancel",confirm:!0,tone:"danger"},retry:{label:"Retry",confirm:!1,tone:"primary"},deprecate:{label:"Deprecate",confirm:!0,tone:"danger"},delete:{label:"Delete",confirm:!0,tone:"danger"}},ha=[["approve","APPROVE"],["requestChanges","REQUEST_CHANGES"],["reject","REJECT"],["retry","RETRY"],["cancel","CANCEL"],["deprecate","DEPRECATE"],["delete","DELETE"]];function fa(e){const t=new Set(e??[]);return ha.filter(([,r])=>t.has(r)).map(([r])=>r)}function pa(e){const t=new Set(e??[]);return{retry:t.has("RETRY_COMPENSATION"),resolve:t.has("RESOLVE_COMPENSATION")}}const ga={approve:e=>`Approve the pull request of “${e}”? It will be deployed.`,requestChanges:e=>`Send “${e}” back to the generator with your comment.`,reject:e=>`Reject “${e}”? It fails, its pull request is closed and the finished steps are undone.`,cancel:e=>`Cancel the pipeline of “${e}”? The running step stops and the finished steps are undone.`,retry:e=>`Run the pipeline of “${e}” again from the start.`,deprecate:e=>`Take “${e}” out of service? Its deployment is removed.`,delete:e=>`Delete “${e}”? It disappears from every listing; its history stays.`};async function Dr(e,t,r){switch(e){case"approve":await Ee(us,{id:t,comment:r||null});return;case"requestChanges":await Ee(hs,{id:t,comment:r});return;case"reject":await Ee(fs,{id:t,reason:r});return;case"cancel":await Ee(ps,{id:t});return;case"retry":await Ee(gs,{id:t});return;case"deprecate":await Ee(bs,{id:t});return;case"delete":await Ee(ys,{id:t}),Fe("/");return}}function ma({integration:e,onDone:t}){const[r,i]=T(null),[s,o]=T(null),[d,l]=T(null),u=fa(e.allowedActions);if(u.length===0)return null;const f=g=>{const w=hn[g];if(o(null),w.confirm||w.text){const c={title:`${w.label} “${e.name}”`,body:ga[g](e.name),confirmLabel:w.label,danger:w.tone==="danger",run:async m=>{await Dr(g,e.id,m),t()}};w.text&&(c.text=w.text),i(c);return}l(g),Dr(g,e.id,"").then(()=>{l(null),t()},c=>{l(null),o(c)})};return n("div",{class:"actions",role:"group","aria-label":"Actions",children:[u.map(g=>n("button",{type:"button",class:`button ${hn[g].tone}`,"data-action":g,disabled:d!==null,onClick:()=>f(g),children:d===g?"Working…":hn[g].label},g)),n(ge,{error:s}),n(Bn,{request:r,onClose:()=>i(null)})]})}const _a={DEPLOY:"the deployment",PULL_REQUEST:"the pull request",TEST:"the test run",GENERATE:"the generated code",VALIDATE:"the validation"};function ba({integration:e,onDone:t}){const[r,i]=T(null),[s,o]=T(null),[d,l]=T(!1),u=e.compensationFailed;if(!u)return null;const f=_a[u.step]??u.step,g=pa(e.allowedActions),w=g.retry||g.resolve,c=()=>{o(null),l(!0),Ee(ms,{id:e.id}).then(()=>{l(!1),t()},_=>{l(!1),o(_)})},m=()=>i({title:`Resolve the undo of ${f}`,body:`Record that ${f} of “${e.name}” was undone by hand (or needs no undo). The pipeline then undoes whatever is left.`,confirmLabel:"Mark resolved",danger:!0,text:{label:"What was done",required:!0},run:async _=>{await Ee(_s,{id:e.id,note:_}),t()}});return n("div",{class:"notice notice-error",role:"alert",id:"compensation-failed",children:[n("p",{children:[n("strong",{children:["Undoing ",f," failed"]})," after ",u.attempts," attempt",u.attempts===1?"":"s",": ",u.error]}),n("p",{children:["The pipeline stopped cleaning up and waits for an administrator",w?".":": ask one to retry or resolve it."]}),w&&n("div",{class:"actions",role:"group","aria-label":"Failed undo",children:[g.retry&&n("button",{type:"button",class:"button","data-action":"retryCompensation",disabled:d,onClick:c,children:d?"Working…":"Retry the undo"}),g.resolve&&n("button",{type:"button",class:"button danger","data-action":"resolveCompensation",disabled:d,onClick:m,children:"Mark resolved…"})]}),n(ge,{error:s}),n(Bn,{request:r,onClose:()=>i(null)})]})}function ya({id:e,commit:t}){const[r,i]=T(void 0),[s,o]=T(null),d=()=>{o(null),Se($s,{id:e}).then(l=>i(l.data?.integration?.pullRequest?.changes??null),o)};return ne(d,[e,t]),s?n(ge,{error:s,onRetry:d}):r===void 0?n(je,{what:"the changes"}):r===null?n("p",{class:"muted",children:"The code host does not show this pull request's changes here."}):n("div",{class:"changes","data-testid":"pull-request-changes",children:[n("p",{class:"small",children:[n("code",{children:r.base})," at ",n("code",{title:r.baseCommit,children:r.baseCommit.slice(0,12)})," ←"," ",n("code",{title:r.headCommit,children:r.headCommit.slice(0,12)})]}),n("h3",{children:"Commits"}),n("ul",{class:"plain",children:r.commits.map(l=>n("li",{children:[n("code",{title:l.id,children:l.id.slice(0,12)})," ",l.message]},l.id))}),n("h3",{children:"Files"}),n("ul",{class:"plain",children:r.files.map(l=>n("li",{children:[n("code",{children:l.path})," ",l.additions===null||l.deletions===null?n("span",{class:"muted",children:"binary"}):n(le,{children:[n("span",{class:"plus",children:["+",l.additions]})," ",n("span",{class:"minus",children:["−",l.deletions]})]})]},l.path))}),n("h3",{children:"Diff"}),n("pre",{class:"code diff",tabIndex:0,"aria-label":"Diff",children:n("code",{children:r.diff.split(`
`).map((l,u)=>n("span",{class:`diff-${ua(l)}`,children:[l,`
`]},u))})}),r.truncated&&n("p",{class:"small muted",children:"The diff was cut at its size limit."})]})}const Nt=25;function Ea(e,t,r){return e==="system"?"Pipeline":e===t.id?"You":r&&e===r.id?r.name:e}function wa({id:e,version:t,me:r,owner:i,onTimeTravel:s}){const o=An(t,Nt),[d,l]=T(null),u=d?Or(d.fromNewest,d.total,Nt):Or(0,t,Nt),[f,g]=T(void 0),[w,c]=T(null);ne(()=>{let b=!0;return c(null),Se(xs,{id:e,after:u.after,first:u.first}).then(U=>{b&&g(U.data?.integration?.events??[])},U=>{b&&c(U)}),()=>{b=!1}},[e,u.after,u.first]);const m=d?.total??t,_=d?An(d.total,Nt):o,E=b=>l(b<=0?null:{fromNewest:Math.min(b,_-1),total:m}),R=_-u.fromNewest,S=n("nav",{class:"pager","aria-label":"History pages",children:[n("button",{type:"button",class:"button small",onClick:()=>E(_-1),disabled:u.fromNewest>=_-1,children:"Oldest"}),n("button",{type:"button",class:"button small",onClick:()=>E(u.fromNewest+1),disabled:u.fromNewest>=_-1,children:"Older"}),n("span",{class:"small","data-testid":"history-page",children:["Events ",u.from,"–",u.to," of ",m," · page ",R," of ",_]}),n("button",{type:"button",class:"button small",onClick:()=>E(u.fromNewest-1),disabled:!d,children:"Newer"}),n("button",{type:"button",class:"button small",onClick:()=>E(0),disabled:!d,children:"Newest"})]});return w?n(ge,{error:w}):f===void 0?n("p",{class:"muted",children:"Loading the history…"}):n("div",{class:"table-scroll",children:[_>1&&S,n("table",{class:"events",children:[n("caption",{class:"visually-hidden",children:"Events, oldest first"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"#"}),n("th",{scope:"col",children:"When"}),n("th",{scope:"col",children:"Who"}),n("th",{scope:"col",children:"What"}),n("th",{scope:"col",children:n("span",{class:"visually-hidden",children:"View"})})]})}),n("tbody",{children:f.map(b=>n("tr",{"data-event-type":b.type,children:[n("td",{"data-label":"#",children:b.version}),n("td",{"data-label":"When",children:n("time",{dateTime:b.recordedAt,children:Re(b.recordedAt)})}),n("td",{"data-label":"Who",title:b.actor,children:Ea(b.actor,r,i)}),n("td",{"data-label":"What",children:[n("strong",{children:bo(b.type)}),n("div",{class:"small",children:yo(b.type,b.data)}),b.requestId&&n("div",{class:"muted small",children:["request ",b.requestId]})]}),n("td",{children:n("button",{type:"button",class:"button small",onClick:()=>s(b.version),children:["As of v",b.version]})})]},b.version))})]})]})}function va({integration:e,onShowChanges:t}){const r=e.pullRequest,i=e.deployment;return n("div",{class:"facts",children:[n("h3",{children:"Pull request"}),r?n("dl",{class:"pairs",children:[n("dt",{children:"Number"}),n("dd",{children:[da(r.url)?n("a",{href:r.url,target:"_blank",rel:"noopener noreferrer",children:["#",r.number]}):n("button",{type:"button",class:"link-button","data-testid":"show-changes",onClick:t,children:["#",r.number,": show the changes"]})," ",n("span",{class:"muted","data-testid":"pull-request-state",children:["(",r.state.toLowerCase(),")"]})]}),n("dt",{children:"Branch"}),n("dd",{children:n("code",{children:r.branch})}),n("dt",{children:"Commit"}),n("dd",{children:n("code",{title:r.commit,children:r.commit.slice(0,12)})}),n("dt",{children:"Changes"}),n("dd",{children:[r.filesChanged," files, ",n("span",{class:"plus",children:["+",r.additions]})," ",n("span",{class:"minus",children:["−",r.deletions]})]})]}):n("p",{class:"muted",children:"No pull request yet."}),n("h3",{children:"Deployment"}),i?n("dl",{class:"pairs",children:[n("dt",{children:"Id"}),n("dd",{children:n("code",{children:i.id})}),n("dt",{children:"Location"}),n("dd",{children:n("code",{children:i.location})}),i.previous&&n(le,{children:[n("dt",{children:"Replaced"}),n("dd",{children:n("code",{children:i.previous})})]})]}):n("p",{class:"muted",children:"Not deployed."})]})}function Sa({integration:e}){const t=e.testReport;if(!t)return n("p",{class:"muted",children:"The tests have not run yet."});const r=e.steps.find(s=>s.name==="TEST"),i=la(t.passed,r?.status);return n("div",{children:[n("p",{children:[n("span",{class:`badge tone-${i.tone}`,"data-testid":"test-report-badge",children:i.label})," ","exit code ",t.exitCode??"none (killed)"," · ",Vt(t.durationMs),t.timedOut&&n("strong",{children:" · timed out"}),t.truncated&&n("span",{class:"muted",children:" · output cut"})]}),e.testCommand.length>0&&n("p",{class:"small",children:["Command: ",n("code",{children:e.testCommand.join(" ")})]}),r?.status==="COMPENSATED"&&n("p",{class:"small muted",children:"This run no longer stands: the pipeline failed or was stopped afterwards and undid its steps."}),n(Jt,{code:t.output||"(no output)"})]})}function Ia({integration:e}){const t=e.usage;return n("dl",{class:"pairs",children:[n("dt",{children:"Generator"}),n("dd",{children:[e.generator??"—",e.generator==="scaffold"&&n("span",{class:"muted",children:" (templates, not AI)"})]}),n("dt",{children:"Rounds"}),n("dd",{children:e.round}),n("dt",{children:"Input tokens"}),n("dd",{children:Le(t.inputTokens)}),n("dt",{children:"Output tokens"}),n("dd",{children:Le(t.outputTokens)}),n("dt",{children:"Cost"}),n("dd",{children:_o(t.costUsd)})]})}function Aa({files:e}){const[t,r]=T(null);if(e.length===0)return n("p",{class:"muted",children:"No code generated yet."});const i=e.find(s=>s.path===t)??e.find(s=>di(s.path)==="python")??e[0];return n("div",{class:"files",children:[n("ul",{class:"file-list","aria-label":"Generated files",children:e.map(s=>n("li",{children:n("button",{type:"button",class:"file-button","aria-current":s.path===i.path?"true":void 0,onClick:()=>r(s.path),children:s.path})},s.path))}),n(Jt,{code:i.content,path:i.path})]})}function Ta(e,t){return e==="GENERATING"&&t?t:null}function Na(e){return`${e.characters===1?"1 character":`${Le(e.characters)} characters`} received (attempt ${e.attempt})`}function Ra(e){return e.map((t,r)=>({path:t,writing:r===e.length-1}))}function Ca({integration:e}){const t=Ta(e.state,e.generationProgress);return t?n("section",{class:"generation-progress","aria-label":"Generation progress","data-progress":!0,children:[n("p",{children:[n("strong",{children:"Writing…"})," ",Na(t)," ",n("span",{class:"muted small",children:["as of ",n("time",{dateTime:t.reportedAt,children:Re(t.reportedAt)})]})]}),t.files.length===0?n("p",{class:"muted small",children:"No file begun yet."}):n("ol",{class:"progress-files","aria-label":"Files begun",children:Ra(t.files).map((r,i)=>n("li",{"aria-current":r.writing?"step":void 0,children:[n("code",{children:r.path}),r.writing&&n(le,{children:[" ",n("span",{class:"badge tone-busy",children:"writing"})]})]},`${i}:${r.path}`))})]}):null}function hi({integration:e}){const t=ca(e.steps,e.state,e.failure?.trigger),r=t.some(o=>o.status==="RUNNING"),[i,s]=T(Date.now());return ne(()=>{if(!r)return;const o=setInterval(()=>s(Date.now()),1e3);return()=>clearInterval(o)},[r]),n("ol",{class:"timeline","aria-label":"Pipeline",children:t.map(o=>n("li",{class:`step step-${o.status.toLowerCase()}`,"data-step":o.name,children:[n("div",{class:"step-head",children:[n("span",{class:"step-name",children:o.label}),o.gate?n("span",{class:`badge tone-${o.status==="WAITING"?"attention":o.status==="FAILED"?"bad":o.status==="SUCCEEDED"?"good":"neutral"}`,children:o.status==="WAITING"?"Waiting for review":o.status==="SUCCEEDED"?"Approved":o.status==="FAILED"?"Rejected":"Pending"}):n(Fo,{status:o.status})]}),!o.gate&&(o.attempts>0||o.startedAt)&&n("div",{class:"step-meta muted small",children:[o.attempts>0&&n("span",{children:o.attempts===1?"1 attempt":`${o.attempts} attempts`}),o.startedAt&&n("span",{children:Vt(mo(o.startedAt,o.finishedAt,i))})]}),o.error&&n("pre",{class:"step-error",children:o.error})]},o.name))})}function Pe({title:e,id:t,children:r}){return n("section",{class:"card","aria-labelledby":t,children:[n("h2",{id:t,children:e}),r]})}function ka({id:e,latest:t,version:r,onChange:i}){const[s,o]=T(void 0),[d,l]=T(null);return ne(()=>{o(void 0),l(null),Se(Rs,{id:e,version:r}).then(u=>o(u.data?.integrationAt??null),l)},[e,r]),n("section",{class:"card time-travel","aria-labelledby":"time-travel-title",children:[n("div",{class:"page-head",children:[n("h2",{id:"time-travel-title",children:["As of version ",r]}),n("div",{class:"inline-controls",children:[n("div",{class:"field inline",children:[n("label",{for:"as-of-version",children:"Version"}),n("select",{id:"as-of-version",value:r,onChange:u=>i(Number(u.currentTarget.value)),children:Array.from({length:t},(u,f)=>t-f).map(u=>n("option",{value:u,children:u},u))})]}),n("button",{type:"button",class:"button small",onClick:()=>i(null),children:"Back to now"})]})]}),n(ge,{error:d}),s===void 0&&!d&&n(je,{what:`version ${r}`}),s===null&&n("p",{class:"muted",children:"It did not exist at that version."}),s&&n("div",{class:"grid-2",children:[n("div",{children:[n("p",{children:[n(Fn,{state:s.state})," ",n("span",{class:"muted",children:["updated ",Re(s.updatedAt)]})]}),s.failure&&n("p",{class:"field-error",children:ui(s.failure)}),n(hi,{integration:s})]}),n("div",{children:[n("h3",{children:"Configuration"}),n(Jt,{code:JSON.stringify(s.config,null,2),language:"json"}),n("p",{class:"small muted",children:[s.files.length," generated files · round ",s.round]})]})]})]})}function xa({id:e,user:t}){const[r,i]=T(void 0),[s,o]=T(null),[d,l]=T(!1),[u,f]=T(null),[g,w]=T(!1),[c,m]=T(null),_=nt(0);jt(r?.name??"Integration");const E=ot(async()=>{try{const b=(await Se(Ns,{id:e})).data?.integration??null;if(b&&b.version<_.current)return;b&&(_.current=b.version),i(b),o(null)}catch(S){o(S)}},[e]),R=$t(()=>{E()},150);return ne(()=>{i(void 0),l(!1),w(!1),m(null),_.current=0,E()},[E]),ne(()=>Mn({document:Os,variables:S=>({id:e,afterVersion:S??0}),cursorOf:S=>S.integrationEvents.version,onData:({integrationEvents:S})=>{S.type==="INTEGRATION_DELETED"&&w(!0),S.version>_.current&&R()},onResume:R,onError:f}),[e,R]),r===void 0?s?n(ge,{error:s,onRetry:()=>{E()}}):n(je,{what:"the integration"}):r===null?n("section",{children:[n("h1",{children:"Integration not found"}),n("p",{children:["There is no integration ",n("code",{children:e}),", or it was deleted. ",n(ke,{href:"/",children:"Back to the board"})]})]}):n("article",{class:"detail","aria-labelledby":"detail-title",children:[n("p",{class:"crumbs",children:[n(ke,{href:"/",children:"Integrations"})," / ",n("span",{children:r.name})]}),n("div",{class:"page-head",children:[n("div",{children:[n("h1",{id:"detail-title",children:[r.name," ",n(Fn,{state:r.state})]}),n("p",{class:"muted small",children:[n("code",{children:r.kind})," · owned by ",r.owner?r.owner.id===t.id?"you":r.owner.name:"—"," · version"," ",r.version," · created ",Re(r.createdAt)," · updated ",Re(r.updatedAt)]}),r.description&&n("p",{children:r.description})]}),n(ma,{integration:r,onDone:()=>{E()}})]}),g&&n(at,{children:"This integration was deleted; its history stays readable."}),n(ge,{error:s,onRetry:()=>{E()}}),n(ge,{error:u}),r.failure&&n("div",{class:"notice notice-error",role:"status","data-testid":"failure",children:ui(r.failure)}),n(ba,{integration:r,onDone:()=>{E()}}),c!==null&&n(ka,{id:r.id,latest:r.version,version:c,onChange:m}),n("div",{class:"grid-2",children:[n(Pe,{title:"Pipeline",id:"pipeline-title",children:[n(hi,{integration:r}),n(Ca,{integration:r})]}),n(Pe,{title:"Review and deployment",id:"pr-title",children:n(va,{integration:r,onShowChanges:()=>l(!0)})})]}),d&&r.pullRequest&&n(Pe,{title:`Pull request #${r.pullRequest.number}: ${r.pullRequest.branch}`,id:"changes-title",children:[n("div",{class:"inline-controls",children:n("button",{type:"button",class:"button small",onClick:()=>l(!1),children:"Hide the changes"})}),n(ya,{id:r.id,commit:r.pullRequest.commit})]}),n("div",{class:"grid-2",children:[n(Pe,{title:"Test report",id:"tests-title",children:n(Sa,{integration:r})}),n(Pe,{title:"Usage",id:"usage-title",children:n(Ia,{integration:r})})]}),n(Pe,{title:"Generated files",id:"files-title",children:n(Aa,{files:r.files})}),n("div",{class:"grid-2",children:[n(Pe,{title:"Prompt",id:"prompt-title",children:n("pre",{class:"prose-pre",children:r.prompt})}),n(Pe,{title:"Configuration",id:"config-title",children:n(Jt,{code:JSON.stringify(r.config,null,2),language:"json"})})]}),n(Pe,{title:"History",id:"history-title",children:[n("div",{class:"inline-controls",children:n("button",{type:"button",class:"button small",onClick:()=>m(Math.max(1,r.version-1)),disabled:r.version<2,children:"View an earlier version"})}),n(wa,{id:r.id,version:r.version,me:t,owner:r.owner,onTimeTravel:m})]})]})}function $a(e){return!e||!e.startsWith("/")||e.startsWith("//")||e.startsWith("/\\")||e.startsWith("/sign-in")?"/":e}function Oa(e){return e===null||e.signedIn?"ask":e.refreshable?"refresh":"signed-out"}async function Da(){let e;try{e=await fetch("/auth/status",{credentials:"same-origin",headers:{accept:"application/json"}})}catch{throw Kt()}if(e.status===404)return null;if(!e.ok)throw rt(e.status,e.headers.get("retry-after"));const t=await e.json().catch(()=>({}));return{signedIn:t.signedIn===!0,refreshable:t.refreshable===!0}}const xe=Dn({status:"loading"});Xs(()=>{ri();const e=xe.get().status;e==="signed-in"?xe.set({status:"signed-out",message:"Your session has ended. Sign in again."}):e!=="signed-out"&&xe.set({status:"signed-out"})});async function Tn(){try{const e=Oa(await Da());if(e==="signed-out"||e==="refresh"&&!await On()){xe.set({status:"signed-out"});return}const r=(await Se(Is)).data?.me;xe.set(r?{status:"signed-in",user:r}:{status:"signed-out"})}catch(e){e instanceof ve&&e.kind==="unauthenticated"?xe.set({status:"signed-out"}):xe.set({status:"unreachable",message:gt(e)})}}async function La(){try{await eo()}finally{ri(),Fe("/sign-in",{replace:!0}),xe.set({status:"signed-out",message:"You are signed out."})}}function Lr(){const e=Yt(),t=Wt(xe),r=$a(e.search.get("redirect")),[i,s]=T(null),[o,d]=T(null),[l,u]=T(""),[f,g]=T(!1),[w,c]=T(null);ne(()=>{to().then(s,_=>{s([]),d(_)})},[]),ne(()=>{t.status==="signed-in"&&Fe(r,{replace:!0})},[t.status,r]);const m=async _=>{if(_.preventDefault(),l.trim()===""){c("Enter an API key.");return}g(!0),c(null);try{await Zs(l),u(""),await Tn(),xe.get().status!=="signed-in"&&c("Signed in, but the server does not recognise the session. Try again.")}catch(E){c(gt(E))}finally{g(!1)}};return n("section",{class:"sign-in","aria-labelledby":"sign-in-title",children:[n("h1",{id:"sign-in-title",children:"Sign in to Claude Code Bot"}),t.status==="signed-out"&&t.message&&n(at,{children:t.message}),i&&i.length>0&&n("div",{class:"providers",children:[i.map(_=>n("a",{class:"button primary wide",href:no(_,r),children:["Sign in with ",_.name]},_.id)),n("p",{class:"divider",children:n("span",{children:"or"})})]}),n(ge,{error:o}),n("form",{class:"card form",onSubmit:m,noValidate:!0,children:[n("div",{class:"field",children:[n("label",{for:"api-key",children:"API key"}),n("input",{id:"api-key",name:"apiKey",type:"password",autoComplete:"off",spellcheck:!1,placeholder:"cb_…",value:l,"aria-invalid":w?"true":void 0,"aria-describedby":w?"api-key-error":"api-key-help",onInput:_=>u(_.currentTarget.value)}),n("small",{id:"api-key-help",class:"help",children:"The administrator key is printed when the server first starts; an administrator can create more on the Admin page."})]}),w&&n("p",{id:"api-key-error",class:"field-error",role:"alert",children:w}),n("button",{type:"submit",class:"button primary",disabled:f,children:f?"Signing in…":"Sign in with API key"})]})]})}function Ma({children:e}){const[t,r]=as();return t?n("div",{class:"notice notice-error",role:"alert",children:[n("span",{children:["This page failed to show: ",t instanceof Error?t.message:String(t)]}),n("button",{type:"button",class:"button small",onClick:r,children:"Try again"})]}):n(le,{children:e})}function Pa({user:e,path:t}){if(t==="/"||t==="/integrations")return n(qo,{user:e});if(t==="/integrations/new")return n(jo,{user:e});const r=Go("/integrations/:id",t);return r?n(xa,{id:r.id,user:e},r.id):t==="/admin"?n(Oo,{user:e}):n("section",{children:[n("h1",{children:"Page not found"}),n("p",{children:["Nothing lives at ",n("code",{children:t}),". ",n(ke,{href:"/",children:"Go to the board"})]})]})}function Ua({user:e}){const{path:t}=Yt(),r=i=>t===i?"page":void 0;return lo(e!==null),n("header",{class:"top",children:[n(ke,{href:"/",class:"brand",children:"Claude Code Bot"}),e&&n("nav",{"aria-label":"Main",children:[n(ke,{href:"/","aria-current":r("/"),children:"Board"}),Pt(e)&&n(ke,{href:"/integrations/new","aria-current":r("/integrations/new"),children:"New"}),n(ke,{href:"/admin","aria-current":r("/admin"),children:Un(e)?"Admin":"API keys"})]}),n("div",{class:"top-end",children:[n(co,{}),e&&n(le,{children:[n("span",{class:"who","data-role":e.role,children:[e.name," ",n("span",{class:"role",children:e.role.toLowerCase()})]}),n("button",{type:"button",class:"button small",onClick:()=>{La()},children:"Sign out"})]})]})]})}function Ba(){const e=Wt(xe),t=Yt();ne(()=>{Tn()},[]),ne(()=>{if(e.status==="signed-out"&&t.path!=="/sign-in"){const i=t.path+(t.search.toString()?`?${t.search.toString()}`:"");Fe(i==="/"?"/sign-in":`/sign-in?redirect=${encodeURIComponent(i)}`,{replace:!0})}},[e.status,t.path]);const r=e.status==="signed-in"?e.user:null;return n(le,{children:[n("a",{href:"#main",class:"skip",children:"Skip to content"}),n(Ua,{user:r}),n("main",{id:"main",tabIndex:-1,children:[e.status==="loading"&&n(je,{what:"your session"}),e.status==="unreachable"&&n(ge,{error:new Error(e.message),onRetry:()=>{Tn()}}),e.status==="signed-out"&&t.path==="/sign-in"&&n(Lr,{}),e.status==="signed-in"&&n(Ma,{children:t.path==="/sign-in"?n(Lr,{}):n(Pa,{user:e.user,path:t.path})},t.path)]})]})}is(n(Ba,{}),document.getElementById("app"));
