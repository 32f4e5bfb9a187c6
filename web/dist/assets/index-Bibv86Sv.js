var e=Object.create,t=Object.defineProperty,n=Object.getOwnPropertyDescriptor,r=Object.getOwnPropertyNames,i=Object.getPrototypeOf,a=Object.prototype.hasOwnProperty,o=(e,t)=>()=>(t||(e((t={exports:{}}).exports,t,t.exports),e=null),t.exports),s=(e,i,o,s)=>{if(i&&typeof i==`object`||typeof i==`function`)for(let c of r(i))!a.call(e,c)&&c!==o&&(s=n(i,c),t(e,c,{get:s&&s.get&&!s.configurable?s.get:()=>i[c],enumerable:!s||s.enumerable}));return e},c=(n,r,o)=>(o=n==null?{}:e(i(n)),s(r||!n||!n.__esModule||!a.call(n,`default`)?t(o,`default`,{value:n,enumerable:!0}):o,n)),l=o((e=>{var t=Symbol.for(`react.transitional.element`),n=Symbol.for(`react.portal`),r=Symbol.for(`react.fragment`),i=Symbol.for(`react.strict_mode`),a=Symbol.for(`react.profiler`),o=Symbol.for(`react.consumer`),s=Symbol.for(`react.context`),c=Symbol.for(`react.forward_ref`),l=Symbol.for(`react.suspense`),u=Symbol.for(`react.memo`),d=Symbol.for(`react.lazy`),f=Symbol.for(`react.activity`),p=Symbol.for(`react.view_transition`),m=Symbol.iterator;function h(e){return typeof e!=`object`||!e?null:(e=m&&e[m]||e[`@@iterator`],typeof e==`function`?e:null)}var g={isMounted:function(){return!1},enqueueForceUpdate:function(){},enqueueReplaceState:function(){},enqueueSetState:function(){}},_=Object.assign,v={};function y(e,t,n){this.props=e,this.context=t,this.refs=v,this.updater=n||g}y.prototype.isReactComponent={},y.prototype.setState=function(e,t){if(typeof e!=`object`&&typeof e!=`function`&&e!=null)throw Error(`takes an object of state variables to update or a function which returns an object of state variables.`);this.updater.enqueueSetState(this,e,t,`setState`)},y.prototype.forceUpdate=function(e){this.updater.enqueueForceUpdate(this,e,`forceUpdate`)};function b(){}b.prototype=y.prototype;function x(e,t,n){this.props=e,this.context=t,this.refs=v,this.updater=n||g}var S=x.prototype=new b;S.constructor=x,_(S,y.prototype),S.isPureReactComponent=!0;var C=Array.isArray;function w(){}var T={H:null,A:null,T:null,S:null},ee=Object.prototype.hasOwnProperty;function E(e,n,r){var i=r.ref;return{$$typeof:t,type:e,key:n,ref:i===void 0?null:i,props:r}}function D(e,t){return E(e.type,t,e.props)}function te(e){return typeof e==`object`&&!!e&&e.$$typeof===t}function ne(e){var t={"=":`=0`,":":`=2`};return`$`+e.replace(/[=:]/g,function(e){return t[e]})}var re=/\/+/g;function ie(e,t){return typeof e==`object`&&e&&e.key!=null?ne(``+e.key):t.toString(36)}function ae(e){switch(e.status){case`fulfilled`:return e.value;case`rejected`:throw e.reason;default:switch(typeof e.status==`string`?e.then(w,w):(e.status=`pending`,e.then(function(t){e.status===`pending`&&(e.status=`fulfilled`,e.value=t)},function(t){e.status===`pending`&&(e.status=`rejected`,e.reason=t)})),e.status){case`fulfilled`:return e.value;case`rejected`:throw e.reason}}throw e}function oe(e,r,i,a,o){var s=typeof e;(s===`undefined`||s===`boolean`)&&(e=null);var c=!1;if(e===null)c=!0;else switch(s){case`bigint`:case`string`:case`number`:c=!0;break;case`object`:switch(e.$$typeof){case t:case n:c=!0;break;case d:return c=e._init,oe(c(e._payload),r,i,a,o)}}if(c)return o=o(e),c=a===``?`.`+ie(e,0):a,C(o)?(i=``,c!=null&&(i=c.replace(re,`$&/`)+`/`),oe(o,r,i,``,function(e){return e})):o!=null&&(te(o)&&(o=D(o,i+(o.key==null||e&&e.key===o.key?``:(``+o.key).replace(re,`$&/`)+`/`)+c)),r.push(o)),1;c=0;var l=a===``?`.`:a+`:`;if(C(e))for(var u=0;u<e.length;u++)a=e[u],s=l+ie(a,u),c+=oe(a,r,i,s,o);else if(u=h(e),typeof u==`function`)for(e=u.call(e),u=0;!(a=e.next()).done;)a=a.value,s=l+ie(a,u++),c+=oe(a,r,i,s,o);else if(s===`object`){if(typeof e.then==`function`)return oe(ae(e),r,i,a,o);throw r=String(e),Error(`Objects are not valid as a React child (found: `+(r===`[object Object]`?`object with keys {`+Object.keys(e).join(`, `)+`}`:r)+`). If you meant to render a collection of children, use an array instead.`)}return c}function se(e,t,n){if(e==null)return e;var r=[],i=0;return oe(e,r,``,``,function(e){return t.call(n,e,i++)}),r}function ce(e){if(e._status===-1){var t=(0,e._result)();t.then(function(n){(e._status===0||e._status===-1)&&(e._status=1,e._result=n,t.status===void 0&&(t.status=`fulfilled`,t.value=n))},function(n){(e._status===0||e._status===-1)&&(e._status=2,e._result=n,t.status===void 0&&(t.status=`rejected`,t.reason=n))}),e._status===-1&&(e._status=0,e._result=t)}if(e._status===1)return e._result.default;throw e._result}var le=typeof reportError==`function`?reportError:function(e){if(typeof window==`object`&&typeof window.ErrorEvent==`function`){var t=new window.ErrorEvent(`error`,{bubbles:!0,cancelable:!0,message:typeof e==`object`&&e&&typeof e.message==`string`?String(e.message):String(e),error:e});if(!window.dispatchEvent(t))return}else if(typeof process==`object`&&typeof process.emit==`function`){process.emit(`uncaughtException`,e);return}console.error(e)};function O(e){var t=T.T,n={};n.types=t===null?null:t.types,T.T=n;try{var r=e(),i=T.S;i!==null&&i(n,r),typeof r==`object`&&r&&typeof r.then==`function`&&r.then(w,le)}catch(e){le(e)}finally{t!==null&&n.types!==null&&(t.types=n.types),T.T=t}}function ue(e){var t=T.T;if(t!==null){var n=t.types;n===null?t.types=[e]:n.indexOf(e)===-1&&n.push(e)}else O(ue.bind(null,e))}var de={map:se,forEach:function(e,t,n){se(e,function(){t.apply(this,arguments)},n)},count:function(e){var t=0;return se(e,function(){t++}),t},toArray:function(e){return se(e,function(e){return e})||[]},only:function(e){if(!te(e))throw Error(`React.Children.only expected to receive a single React element child.`);return e}};e.Activity=f,e.Children=de,e.Component=y,e.Fragment=r,e.Profiler=a,e.PureComponent=x,e.StrictMode=i,e.Suspense=l,e.ViewTransition=p,e.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=T,e.__COMPILER_RUNTIME={__proto__:null,c:function(e){return T.H.useMemoCache(e)}},e.addTransitionType=ue,e.cache=function(e){return function(){return e.apply(null,arguments)}},e.cacheSignal=function(){return null},e.cloneElement=function(e,t,n){if(e==null)throw Error(`The argument must be a React element, but you passed `+e+`.`);var r=_({},e.props),i=e.key;if(t!=null)for(a in t.key!==void 0&&(i=``+t.key),t)!ee.call(t,a)||a===`key`||a===`__self`||a===`__source`||a===`ref`&&t.ref===void 0||(r[a]=t[a]);var a=arguments.length-2;if(a===1)r.children=n;else if(1<a){for(var o=Array(a),s=0;s<a;s++)o[s]=arguments[s+2];r.children=o}return E(e.type,i,r)},e.createContext=function(e){return e={$$typeof:s,_currentValue:e,_currentValue2:e,_threadCount:0,Provider:null,Consumer:null},e.Provider=e,e.Consumer={$$typeof:o,_context:e},e},e.createElement=function(e,t,n){var r,i={},a=null;if(t!=null)for(r in t.key!==void 0&&(a=``+t.key),t)ee.call(t,r)&&r!==`key`&&r!==`__self`&&r!==`__source`&&(i[r]=t[r]);var o=arguments.length-2;if(o===1)i.children=n;else if(1<o){for(var s=Array(o),c=0;c<o;c++)s[c]=arguments[c+2];i.children=s}if(e&&e.defaultProps)for(r in o=e.defaultProps,o)i[r]===void 0&&(i[r]=o[r]);return E(e,a,i)},e.createRef=function(){return{current:null}},e.forwardRef=function(e){return{$$typeof:c,render:e}},e.isValidElement=te,e.lazy=function(e){return{$$typeof:d,_payload:{_status:-1,_result:e},_init:ce}},e.memo=function(e,t){return{$$typeof:u,type:e,compare:t===void 0?null:t}},e.startTransition=O,e.unstable_useCacheRefresh=function(){return T.H.useCacheRefresh()},e.use=function(e){return T.H.use(e)},e.useActionState=function(e,t,n){return T.H.useActionState(e,t,n)},e.useCallback=function(e,t){return T.H.useCallback(e,t)},e.useContext=function(e){return T.H.useContext(e)},e.useDebugValue=function(){},e.useDeferredValue=function(e,t){return T.H.useDeferredValue(e,t)},e.useEffect=function(e,t){return T.H.useEffect(e,t)},e.useEffectEvent=function(e){return T.H.useEffectEvent(e)},e.useId=function(){return T.H.useId()},e.useImperativeHandle=function(e,t,n){return T.H.useImperativeHandle(e,t,n)},e.useInsertionEffect=function(e,t){return T.H.useInsertionEffect(e,t)},e.useLayoutEffect=function(e,t){return T.H.useLayoutEffect(e,t)},e.useMemo=function(e,t){return T.H.useMemo(e,t)},e.useOptimistic=function(e,t){return T.H.useOptimistic(e,t)},e.useReducer=function(e,t,n){return T.H.useReducer(e,t,n)},e.useRef=function(e){return T.H.useRef(e)},e.useState=function(e){return T.H.useState(e)},e.useSyncExternalStore=function(e,t,n){return T.H.useSyncExternalStore(e,t,n)},e.useTransition=function(){return T.H.useTransition()},e.version=`19.3.1`})),u=o(((e,t)=>{t.exports=l()})),d=o((e=>{function t(e,t){var n=e.length;for(e.push(t);0<n;){var r=n-1>>>1,a=e[r];if(0<i(a,t))e[r]=t,e[n]=a,n=r;else break}}function n(e){return e.length===0?null:e[0]}function r(e){if(e.length===0)return null;var t=e[0],n=e.pop();if(n!==t){e[0]=n;for(var r=0,a=e.length,o=a>>>1;r<o;){var s=2*(r+1)-1,c=e[s],l=s+1,u=e[l];if(0>i(c,n))l<a&&0>i(u,c)?(e[r]=u,e[l]=n,r=l):(e[r]=c,e[s]=n,r=s);else if(l<a&&0>i(u,n))e[r]=u,e[l]=n,r=l;else break}}return t}function i(e,t){var n=e.sortIndex-t.sortIndex;return n===0?e.id-t.id:n}if(e.unstable_now=void 0,typeof performance==`object`&&typeof performance.now==`function`){var a=performance;e.unstable_now=function(){return a.now()}}else{var o=Date,s=o.now();e.unstable_now=function(){return o.now()-s}}var c=[],l=[],u=1,d=null,f=3,p=!1,m=!1,h=!1,g=!1,_=typeof setTimeout==`function`?setTimeout:null,v=typeof clearTimeout==`function`?clearTimeout:null,y=typeof setImmediate<`u`?setImmediate:null;function b(e){for(var i=n(l);i!==null;){if(i.callback===null)r(l);else if(i.startTime<=e)r(l),i.sortIndex=i.expirationTime,t(c,i);else break;i=n(l)}}function x(e){if(h=!1,b(e),!m){if(n(c)!==null)m=!0,S||(S=!0,D());else{var t=n(l);t!==null&&re(x,t.startTime-e)}}}var S=!1,C=-1,w=5,T=-1;function ee(){return g?!0:!(e.unstable_now()-T<w)}function E(){if(g=!1,S){var t=e.unstable_now();T=t;var i=!0;try{e:{m=!1,h&&(h=!1,v(C),C=-1),p=!0;var a=f;try{t:{for(b(t),d=n(c);d!==null&&!(d.expirationTime>t&&ee());){var o=d.callback;if(typeof o==`function`){d.callback=null,f=d.priorityLevel;var s=o(d.expirationTime<=t);if(t=e.unstable_now(),typeof s==`function`){d.callback=s,b(t),i=!0;break t}d===n(c)&&r(c),b(t)}else r(c);d=n(c)}if(d!==null)i=!0;else{var u=n(l);u!==null&&re(x,u.startTime-t),i=!1}}break e}finally{d=null,f=a,p=!1}i=void 0}}finally{i?D():S=!1}}}var D;if(typeof y==`function`)D=function(){y(E)};else if(typeof MessageChannel<`u`){var te=new MessageChannel,ne=te.port2;te.port1.onmessage=E,D=function(){ne.postMessage(null)}}else D=function(){_(E,0)};function re(t,n){C=_(function(){t(e.unstable_now())},n)}e.unstable_IdlePriority=5,e.unstable_ImmediatePriority=1,e.unstable_LowPriority=4,e.unstable_NormalPriority=3,e.unstable_Profiling=null,e.unstable_UserBlockingPriority=2,e.unstable_cancelCallback=function(e){e.callback=null},e.unstable_forceFrameRate=function(e){0>e||125<e?console.error(`forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported`):w=0<e?Math.floor(1e3/e):5},e.unstable_getCurrentPriorityLevel=function(){return f},e.unstable_next=function(e){switch(f){case 1:case 2:case 3:var t=3;break;default:t=f}var n=f;f=t;try{return e()}finally{f=n}},e.unstable_requestPaint=function(){g=!0},e.unstable_runWithPriority=function(e,t){switch(e){case 1:case 2:case 3:case 4:case 5:break;default:e=3}var n=f;f=e;try{return t()}finally{f=n}},e.unstable_scheduleCallback=function(r,i,a){var o=e.unstable_now();switch(typeof a==`object`&&a?(a=a.delay,a=typeof a==`number`&&0<a?o+a:o):a=o,r){case 1:var s=-1;break;case 2:s=250;break;case 5:s=0x3fffffff;break;case 4:s=1e4;break;default:s=5e3}return s=a+s,r={id:u++,callback:i,priorityLevel:r,startTime:a,expirationTime:s,sortIndex:-1},a>o?(r.sortIndex=a,t(l,r),n(c)===null&&r===n(l)&&(h?(v(C),C=-1):h=!0,re(x,a-o))):(r.sortIndex=s,t(c,r),m||p||(m=!0,S||(S=!0,D()))),r},e.unstable_shouldYield=ee,e.unstable_wrapCallback=function(e){var t=f;return function(){var n=f;f=t;try{return e.apply(this,arguments)}finally{f=n}}}})),f=o(((e,t)=>{t.exports=d()})),p=o((e=>{var t=u();function n(e){var t=`https://react.dev/errors/`+e;if(1<arguments.length){t+=`?args[]=`+encodeURIComponent(arguments[1]);for(var n=2;n<arguments.length;n++)t+=`&args[]=`+encodeURIComponent(arguments[n])}return`Minified React error #`+e+`; visit `+t+` for the full message or use the non-minified dev environment for full errors and additional helpful warnings.`}function r(){}var i={d:{f:r,r:function(){throw Error(n(522))},D:r,C:r,L:r,m:r,X:r,S:r,M:r},p:0,findDOMNode:null},a=Symbol.for(`react.portal`),o=Symbol.for(`react.recoverable`),s=Symbol.for(`react.optimistic_key`);function c(e,t,n){var r=3<arguments.length&&arguments[3]!==void 0?arguments[3]:null;return{$$typeof:a,key:r==null?null:r===s?s:``+r,children:e,containerInfo:t,implementation:n}}var l=t.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;function d(e,t){if(e===`font`)return``;if(typeof t==`string`)return t===`use-credentials`?t:``}e.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=i,e.browser=function(e){return{$$typeof:o,_reason:e}},e.createPortal=function(e,t){var r=2<arguments.length&&arguments[2]!==void 0?arguments[2]:null;if(!t||t.nodeType!==1&&t.nodeType!==9&&t.nodeType!==11)throw Error(n(299));return c(e,t,null,r)},e.flushSync=function(e){var t=l.T,n=i.p;try{if(l.T=null,i.p=2,e)return e()}finally{l.T=t,i.p=n,i.d.f()}},e.preconnect=function(e,t){typeof e==`string`&&(t?(t=t.crossOrigin,t=typeof t==`string`?t===`use-credentials`?t:``:void 0):t=null,i.d.C(e,t))},e.prefetchDNS=function(e){typeof e==`string`&&i.d.D(e)},e.preinit=function(e,t){if(typeof e==`string`&&t&&typeof t.as==`string`){var n=t.as,r=d(n,t.crossOrigin),a=typeof t.integrity==`string`?t.integrity:void 0,o=typeof t.fetchPriority==`string`?t.fetchPriority:void 0;n===`style`?i.d.S(e,typeof t.precedence==`string`?t.precedence:void 0,{crossOrigin:r,integrity:a,fetchPriority:o}):n===`script`&&i.d.X(e,{crossOrigin:r,integrity:a,fetchPriority:o,nonce:typeof t.nonce==`string`?t.nonce:void 0})}},e.preinitModule=function(e,t){if(typeof e==`string`){if(typeof t==`object`&&t){if(t.as==null||t.as===`script`){var n=d(t.as,t.crossOrigin);i.d.M(e,{crossOrigin:n,integrity:typeof t.integrity==`string`?t.integrity:void 0,nonce:typeof t.nonce==`string`?t.nonce:void 0,fetchPriority:typeof t.fetchPriority==`string`?t.fetchPriority:void 0})}}else t??i.d.M(e)}},e.preload=function(e,t){if(typeof e==`string`&&typeof t==`object`&&t&&typeof t.as==`string`){var n=t.as,r=d(n,t.crossOrigin);i.d.L(e,n,{crossOrigin:r,integrity:typeof t.integrity==`string`?t.integrity:void 0,nonce:typeof t.nonce==`string`?t.nonce:void 0,type:typeof t.type==`string`?t.type:void 0,fetchPriority:typeof t.fetchPriority==`string`?t.fetchPriority:void 0,referrerPolicy:typeof t.referrerPolicy==`string`?t.referrerPolicy:void 0,imageSrcSet:typeof t.imageSrcSet==`string`?t.imageSrcSet:void 0,imageSizes:typeof t.imageSizes==`string`?t.imageSizes:void 0,media:typeof t.media==`string`?t.media:void 0})}},e.preloadModule=function(e,t){if(typeof e==`string`){if(t){var n=d(t.as,t.crossOrigin);i.d.m(e,{as:typeof t.as==`string`&&t.as!==`script`?t.as:void 0,crossOrigin:n,integrity:typeof t.integrity==`string`?t.integrity:void 0,nonce:typeof t.nonce==`string`?t.nonce:void 0,fetchPriority:typeof t.fetchPriority==`string`?t.fetchPriority:void 0})}else i.d.m(e)}},e.requestFormReset=function(e){i.d.r(e)},e.unstable_batchedUpdates=function(e,t){return e(t)},e.useFormState=function(e,t,n){return l.H.useFormState(e,t,n)},e.useFormStatus=function(){return l.H.useHostTransitionStatus()},e.version=`19.3.1`})),m=o(((e,t)=>{function n(){if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<`u`&&typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE==`function`)try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(n)}catch(e){console.error(e)}}n(),t.exports=p()})),h=o((e=>{var t=f(),n=u(),r=m();function i(e){var t=`https://react.dev/errors/`+e;if(1<arguments.length){t+=`?args[]=`+encodeURIComponent(arguments[1]);for(var n=2;n<arguments.length;n++)t+=`&args[]=`+encodeURIComponent(arguments[n])}return`Minified React error #`+e+`; visit `+t+` for the full message or use the non-minified dev environment for full errors and additional helpful warnings.`}function a(e){return!(!e||e.nodeType!==1&&e.nodeType!==9&&e.nodeType!==11)}function o(e){for(var t=e,n=t;n&&!n.alternate;)t=n,t.flags&4098&&(e=t.return),n=t.return;for(;t.return;)t=t.return;return t.tag===3?e:null}function s(e){if(e.tag===13){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function c(e){if(e.tag===31){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function l(e){if(o(e)!==e)throw Error(i(188))}function d(e){var t=e.alternate;if(!t){if(t=o(e),t===null)throw Error(i(188));return t===e?e:null}for(var n=e,r=t;;){var a=n.return;if(a===null)break;var s=a.alternate;if(s===null){if(r=a.return,r!==null){n=r;continue}break}if(a.child===s.child){for(s=a.child;s;){if(s===n)return l(a),e;if(s===r)return l(a),t;s=s.sibling}throw Error(i(188))}if(n.return!==r.return)n=a,r=s;else{for(var c=!1,u=a.child;u;){if(u===n){c=!0,n=a,r=s;break}if(u===r){c=!0,r=a,n=s;break}u=u.sibling}if(!c){for(u=s.child;u;){if(u===n){c=!0,n=s,r=a;break}if(u===r){c=!0,r=s,n=a;break}u=u.sibling}if(!c)throw Error(i(189))}}if(n.alternate!==r)throw Error(i(190))}if(n.tag!==3)throw Error(i(188));return n.stateNode.current===n?e:t}function p(e){var t=e.tag;if(t===5||t===26||t===27||t===6)return e;for(e=e.child;e!==null;){if(t=p(e),t!==null)return t;e=e.sibling}return null}function h(e,t,n,r,i,a){for(;e!==null;){if((e.tag===5||e.tag===27||e.tag===6)&&n(e,r,i,a)||(e.tag!==22||e.memoizedState===null)&&(t||e.tag!==5&&e.tag!==27)&&h(e.child,t,n,r,i,a))return!0;e=e.sibling}return!1}function g(e){for(e=e.return;e!==null;){if(e.tag===3||e.tag===5||e.tag===27)return e;e=e.return}return null}function _(e){var t=!1;for(e=e.return;e!==null&&(e.tag===4&&(t=!0),e.tag!==3&&e.tag!==5&&e.tag!==27);)e=e.return;return t}function v(e){var t=[null,null],n=g(e);return n===null||y(t,e,n.child,{foundSelf:!1}),t}function y(e,t,n,r){for(;n!==null;){if(n===t)r.foundSelf=!0;else if(n.tag===5||n.tag===27||n.tag===6){if(r.foundSelf)return e[1]=n,!0;e[0]=n}else if((n.tag!==22||n.memoizedState===null)&&y(e,t,n.child,r))return!0;n=n.sibling}return!1}function b(e){switch(e.tag){case 5:case 27:case 6:return e.stateNode;case 3:return e.stateNode.containerInfo;default:throw Error(i(559))}}var x=null,S=null;function C(e,t,n){return e===n||e===t&&(x=e,!0)}function w(e,t,n){return e===n?(S=e,!1):e===t&&(S!==null&&(x=e),!0)}function T(e){if(e===null)return null;do e=e===null?null:e.return;while(e&&e.tag!==5&&e.tag!==27&&e.tag!==3);return e||null}function ee(e,t,n){for(var r=0,i=e;i;i=n(i))r++;i=0;for(var a=t;a;a=n(a))i++;for(;0<r-i;)e=n(e),r--;for(;0<i-r;)t=n(t),i--;for(;r--;){if(e===t||t!==null&&e===t.alternate)return e;e=n(e),t=n(t)}return null}var E=Object.assign,D=Symbol.for(`react.element`),te=Symbol.for(`react.transitional.element`),ne=Symbol.for(`react.portal`),re=Symbol.for(`react.fragment`),ie=Symbol.for(`react.strict_mode`),ae=Symbol.for(`react.profiler`),oe=Symbol.for(`react.consumer`),se=Symbol.for(`react.context`),ce=Symbol.for(`react.forward_ref`),le=Symbol.for(`react.suspense`),O=Symbol.for(`react.suspense_list`),ue=Symbol.for(`react.memo`),de=Symbol.for(`react.lazy`),fe=Symbol.for(`react.activity`),pe=Symbol.for(`react.legacy_hidden`),me=Symbol.for(`react.memo_cache_sentinel`),he=Symbol.for(`react.view_transition`),ge=Symbol.for(`react.recoverable`),_e=Symbol.iterator;function ve(e){return typeof e!=`object`||!e?null:(e=_e&&e[_e]||e[`@@iterator`],typeof e==`function`?e:null)}var ye=Symbol.for(`react.client.reference`);function be(e){if(e==null)return null;if(typeof e==`function`)return e.$$typeof===ye?null:e.displayName||e.name||null;if(typeof e==`string`)return e;switch(e){case re:return`Fragment`;case ae:return`Profiler`;case ie:return`StrictMode`;case le:return`Suspense`;case O:return`SuspenseList`;case fe:return`Activity`;case he:return`ViewTransition`}if(typeof e==`object`)switch(e.$$typeof){case ne:return`Portal`;case se:return e.displayName||`Context`;case oe:return(e._context.displayName||`Context`)+`.Consumer`;case ce:var t=e.render;return e=e.displayName,e||=(e=t.displayName||t.name||``,e===``?`ForwardRef`:`ForwardRef(`+e+`)`),e;case ue:return t=e.displayName||null,t===null?be(e.type)||`Memo`:t;case de:t=e._payload,e=e._init;try{return be(e(t))}catch{}}return null}var xe=Array.isArray,k=n.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,A=r.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,Se={pending:!1,data:null,method:null,action:null},Ce=[],we=-1;function Te(e){return{current:e}}function Ee(e){0>we||(e.current=Ce[we],Ce[we]=null,we--)}function j(e,t){we++,Ce[we]=e.current,e.current=t}var De=Te(null),Oe=Te(null),ke=Te(null),Ae=Te(null);function je(e,t){switch(j(ke,t),j(Oe,e),j(De,null),t.nodeType){case 9:case 11:e=(e=t.documentElement)&&(e=e.namespaceURI)?up(e):0;break;default:if(e=t.tagName,t=t.namespaceURI)t=up(t),e=dp(t,e);else switch(e){case`svg`:e=1;break;case`math`:e=2;break;default:e=0}}Ee(De),j(De,e)}function Me(){Ee(De),Ee(Oe),Ee(ke)}function Ne(e){var t=e.memoizedState;t!==null&&(sh._currentValue=t.memoizedState,j(Ae,e)),t=De.current;var n=dp(t,e.type);t!==n&&(j(Oe,e),j(De,n))}function Pe(e){Oe.current===e&&(Ee(De),Ee(Oe)),Ae.current===e&&(Ee(Ae),sh._currentValue=Se)}var Fe,Ie;function Le(e){if(Fe===void 0)try{throw Error()}catch(e){var t=e.stack.trim().match(/\n( *(at )?)/);Fe=t&&t[1]||``,Ie=-1<e.stack.indexOf(`
    at`)?` (<anonymous>)`:-1<e.stack.indexOf(`@`)?`@unknown:0:0`:``}return`
`+Fe+e+Ie}var Re=!1;function ze(e,t){if(!e||Re)return``;Re=!0;var n=Error.prepareStackTrace;Error.prepareStackTrace=void 0;try{var r={DetermineComponentFrameRoot:function(){try{if(t){var n=function(){throw Error()};if(Object.defineProperty(n.prototype,"props",{set:function(){throw Error()}}),typeof Reflect==`object`&&Reflect.construct){try{Reflect.construct(n,[])}catch(e){var r=e}Reflect.construct(e,[],n)}else{try{n.call()}catch(e){r=e}n=!1;try{var i=Object.getOwnPropertyDescriptor(e.prototype,`props`);Object.defineProperty(e.prototype,"props",{configurable:!0,set:function(){throw Error()}}),n=!0,new e}finally{n&&(i===void 0?delete e.prototype.props:Object.defineProperty(e.prototype,"props",i))}}}else{try{throw Error()}catch(e){r=e}(n=e())&&typeof n.catch==`function`&&n.catch(function(){})}}catch(e){if(e&&r&&typeof e.stack==`string`)return[e.stack,r.stack]}return[null,null]}};r.DetermineComponentFrameRoot.displayName=`DetermineComponentFrameRoot`;var i=Object.getOwnPropertyDescriptor(r.DetermineComponentFrameRoot,`name`);i&&i.configurable&&Object.defineProperty(r.DetermineComponentFrameRoot,"name",{value:`DetermineComponentFrameRoot`});var a=r.DetermineComponentFrameRoot(),o=a[0],s=a[1];if(o&&s){var c=o.split(`
`),l=s.split(`
`);for(i=r=0;r<c.length&&!c[r].includes(`DetermineComponentFrameRoot`);)r++;for(;i<l.length&&!l[i].includes(`DetermineComponentFrameRoot`);)i++;if(r===c.length||i===l.length)for(r=c.length-1,i=l.length-1;1<=r&&0<=i&&c[r]!==l[i];)i--;for(;1<=r&&0<=i;r--,i--)if(c[r]!==l[i]){if(r!==1||i!==1)do if(r--,i--,0>i||c[r]!==l[i]){var u=`
`+c[r].replace(` at new `,` at `);return e.displayName&&u.includes(`<anonymous>`)&&(u=u.replace(`<anonymous>`,e.displayName)),u}while(1<=r&&0<=i);break}}}finally{Re=!1,Error.prepareStackTrace=n}return(n=e?e.displayName||e.name:``)?Le(n):``}function Be(e,t){switch(e.tag){case 26:case 27:case 5:return Le(e.type);case 16:return Le(`Lazy`);case 13:return e.child!==t&&t!==null?Le(`Suspense Fallback`):Le(`Suspense`);case 19:return Le(`SuspenseList`);case 0:case 15:return ze(e.type,!1);case 11:return ze(e.type.render,!1);case 1:return ze(e.type,!0);case 31:return Le(`Activity`);case 30:return Le(`ViewTransition`);default:return``}}function Ve(e){try{var t=``,n=null;do t+=Be(e,n),n=e,e=e.return;while(e);return t}catch(e){return`
Error generating stack: `+e.message+`
`+e.stack}}var He=Object.prototype.hasOwnProperty,Ue=t.unstable_scheduleCallback,We=t.unstable_cancelCallback,Ge=t.unstable_shouldYield,Ke=t.unstable_requestPaint,qe=t.unstable_now,Je=t.unstable_getCurrentPriorityLevel,Ye=t.unstable_ImmediatePriority,Xe=t.unstable_UserBlockingPriority,Ze=t.unstable_NormalPriority,Qe=t.unstable_LowPriority,$e=t.unstable_IdlePriority,et=t.log,tt=t.unstable_setDisableYieldValue,nt=null,rt=null;function it(e){if(typeof et==`function`&&tt(e),rt&&typeof rt.setStrictMode==`function`)try{rt.setStrictMode(nt,e)}catch{}}var at=Math.clz32?Math.clz32:ct,ot=Math.log,st=Math.LN2;function ct(e){return e>>>=0,e===0?32:31-(ot(e)/st|0)|0}var lt=256,ut=262144,dt=4194304;function ft(e){var t=e&42;if(t!==0)return t;switch(e&-e){case 1:return 1;case 2:return 2;case 4:return 4;case 8:return 8;case 16:return 16;case 32:return 32;case 64:return 64;case 128:return 128;case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:return e&-e;case 262144:case 524288:case 1048576:case 2097152:return e&3932160;case 4194304:case 8388608:case 16777216:case 33554432:return e&62914560;case 67108864:return 67108864;case 0x8000000:return 0x8000000;case 268435456:return 268435456;case 536870912:return 536870912;case 0x40000000:return 0;default:return e}}function pt(e,t,n){var r=e.pendingLanes;if(r===0)return 0;var i=0,a=e.suspendedLanes,o=e.pingedLanes;e=e.warmLanes;var s=r&0x7ffffff;return s===0?(s=r&~a,s===0?o===0?n||(n=r&~e,n!==0&&(i=ft(n))):i=ft(o):i=ft(s)):(r=s&~a,r===0?(o&=s,o===0?n||(n=s&~e,n!==0&&(i=ft(n))):i=ft(o)):i=ft(r)),i===0?0:t!==0&&t!==i&&(t&a)===0&&(a=i&-i,n=t&-t,a>=n||a===32&&n&4194048)?t:i}function mt(e,t){return(e.pendingLanes&~(e.suspendedLanes&~e.pingedLanes)&t)===0}function ht(e,t){t&8&&(t|=t&32);var n=e.entangledLanes;if(n!==0)for(e=e.entanglements,n&=t;0<n;){var r=31-at(n),i=1<<r;t|=e[r],n&=~i}return t}function gt(e,t){switch(e){case 1:case 2:case 4:case 8:case 64:return t+250;case 16:case 32:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:return t+5e3;default:return-1}}function _t(){var e=dt;return dt<<=1,!(dt&62914560)&&(dt=4194304),e}function vt(e){for(var t=[],n=0;31>n;n++)t.push(e);return t}function yt(e,t){e.pendingLanes|=t,t!==268435456&&(e.suspendedLanes=0,e.pingedLanes=0,e.warmLanes=0)}function bt(e,t,n,r,i,a){var o=e.pendingLanes;e.pendingLanes=n,e.suspendedLanes=0,e.pingedLanes=0,e.warmLanes=0,e.expiredLanes&=n,e.entangledLanes&=n,e.errorRecoveryDisabledLanes&=n,e.shellSuspendCounter=0;var s=e.entanglements,c=e.expirationTimes,l=e.hiddenUpdates;for(n=o&~n;0<n;){var u=31-at(n),d=1<<u;s[u]=0,c[u]=-1;var f=l[u];if(f!==null)for(l[u]=null,u=0;u<f.length;u++){var p=f[u];p!==null&&(p.lane&=-536870913)}n&=~d}r!==0&&xt(e,r,0),a!==0&&i===0&&e.tag!==0&&(e.suspendedLanes|=a&~(o&~t))}function xt(e,t,n){e.pendingLanes|=t,e.suspendedLanes&=~t;var r=31-at(t);e.entangledLanes|=t,e.entanglements[r]=e.entanglements[r]|0x40000000|n&261930}function St(e,t){var n=e.entangledLanes|=t;for(e=e.entanglements;n;){var r=31-at(n),i=1<<r;i&t|e[r]&t&&(e[r]|=t),n&=~i}}function Ct(e,t){var n=t&-t;return n=n&42?1:wt(n),(n&(e.suspendedLanes|t))===0?n:0}function wt(e){switch(e){case 2:e=1;break;case 8:e=4;break;case 32:e=16;break;case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:case 4194304:case 8388608:case 16777216:case 33554432:e=128;break;case 268435456:e=0x8000000;break;default:e=0}return e}function Tt(e){return e&=-e,2<e?8<e?e&0x7ffffff?32:268435456:8:2}function Et(){var e=A.p;return e===0?(e=window.event,e===void 0?32:Ch(e.type)):e}function Dt(e,t){var n=A.p;try{return A.p=e,t()}finally{A.p=n}}var Ot=Math.random().toString(36).slice(2),kt=`__reactFiber$`+Ot,At=`__reactProps$`+Ot,jt=`__reactContainer$`+Ot,Mt=`__reactEvents$`+Ot,Nt=`__reactListeners$`+Ot,Pt=`__reactHandles$`+Ot,Ft=`__reactResources$`+Ot,It=`__reactMarker$`+Ot,Lt=`__reactLoad$`+Ot;function Rt(e){delete e[kt],delete e[At],delete e[Nt],delete e[Pt]}function zt(e){var t;if(t=e[kt])return t;for(var n=e.parentNode;n;){if(t=n[jt]||n[kt]){if(n=t.alternate,t.child!==null||n!==null&&n.child!==null)for(e=fm(e);e!==null;){if(n=e[kt])return n;e=fm(e)}return t}e=n,n=e.parentNode}return null}function Bt(e){if(e=e[kt]||e[jt]){var t=e.tag;if(t===5||t===6||t===13||t===31||t===26||t===27||t===3)return e}return null}function Vt(e){var t=e.tag;if(t===5||t===26||t===27||t===6)return e.stateNode;throw Error(i(33))}function Ht(e){var t=e[Ft];return t||=e[Ft]={hoistableStyles:new Map,hoistableScripts:new Map},t}function Ut(e){e[It]=!0}function Wt(e){e[Lt]=void 0}var Gt=new Set,Kt={};function qt(e,t){Jt(e,t),Jt(e+`Capture`,t)}function Jt(e,t){for(Kt[e]=t,e=0;e<t.length;e++)Gt.add(t[e])}var Yt=RegExp(`^[:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD][:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$`),Xt={},Zt={};function Qt(e){return He.call(Zt,e)?!0:He.call(Xt,e)?!1:Yt.test(e)?Zt[e]=!0:(Xt[e]=!0,!1)}var M=!1;function $t(){var e=M;return M=!1,e}function en(e,t,n){if(Qt(t)){if(n===null)e.removeAttribute(t);else{switch(typeof n){case`undefined`:case`function`:case`symbol`:e.removeAttribute(t);return;case`boolean`:var r=t.toLowerCase().slice(0,5);if(r!==`data-`&&r!==`aria-`){e.removeAttribute(t);return}}e.setAttribute(t,n)}}}function tn(e,t,n){if(n===null)e.removeAttribute(t);else{switch(typeof n){case`undefined`:case`function`:case`symbol`:case`boolean`:e.removeAttribute(t);return}e.setAttribute(t,n)}}function nn(e,t,n,r){if(r===null)e.removeAttribute(n);else{switch(typeof r){case`undefined`:case`function`:case`symbol`:case`boolean`:e.removeAttribute(n);return}e.setAttributeNS(t,n,r)}}function rn(e){switch(typeof e){case`bigint`:case`boolean`:case`number`:case`string`:case`undefined`:case`object`:return e;default:return``}}function an(e){var t=e.type;return(e=e.nodeName)&&e.toLowerCase()===`input`&&(t===`checkbox`||t===`radio`)}function on(e,t,n){var r=Object.getOwnPropertyDescriptor(e.constructor.prototype,t);if(!e.hasOwnProperty(t)&&r!==void 0&&typeof r.get==`function`&&typeof r.set==`function`){var i=r.get,a=r.set;return Object.defineProperty(e,t,{configurable:!0,get:function(){return i.call(this)},set:function(e){n=``+e,a.call(this,e)}}),Object.defineProperty(e,t,{enumerable:r.enumerable}),{getValue:function(){return n},setValue:function(e){n=``+e},stopTracking:function(){e._valueTracker=null,delete e[t]}}}}function sn(e){if(!e._valueTracker){var t=an(e)?`checked`:`value`;e._valueTracker=on(e,t,``+e[t])}}function cn(e){if(!e)return!1;var t=e._valueTracker;if(!t)return!0;var n=t.getValue(),r=``;return e&&(r=an(e)?e.checked?`true`:`false`:e.value),e=r,e!==n&&(t.setValue(e),!0)}var ln=/[\n"\\]/g;function un(e){return e.replace(ln,function(e){return`\\`+e.charCodeAt(0).toString(16)+` `})}function dn(e,t,n,r,i,a,o,s){e.name=``,o!=null&&typeof o!=`function`&&typeof o!=`symbol`&&typeof o!=`boolean`?e.type=o:e.removeAttribute(`type`),t==null?o!==`submit`&&o!==`reset`||e.removeAttribute(`value`):o===`number`?(t===0&&e.value===``||e.value!=t)&&(e.value=``+rn(t)):e.value!==``+rn(t)&&(e.value=``+rn(t)),t==null?n==null?r!=null&&e.removeAttribute(`value`):N(e,rn(n)):o===`number`&&e.value==t?N(e,rn(e.value)):N(e,rn(t)),i==null&&a!=null&&(e.defaultChecked=!!a),i!=null&&(e.checked=i&&typeof i!=`function`&&typeof i!=`symbol`),s!=null&&typeof s!=`function`&&typeof s!=`symbol`&&typeof s!=`boolean`?e.name=``+rn(s):e.removeAttribute(`name`)}function fn(e,t,n,r,i,a,o,s){if(a!=null&&typeof a!=`function`&&typeof a!=`symbol`&&typeof a!=`boolean`&&(e.type=a),t!=null||n!=null){if(!(a!==`submit`&&a!==`reset`||t!=null)){sn(e);return}n=n==null?``:``+rn(n),t=t==null?n:``+rn(t),s||t===e.value||(e.value=t),e.defaultValue=t}r??=i,r=typeof r!=`function`&&typeof r!=`symbol`&&!!r,e.checked=s?e.checked:!!r,e.defaultChecked=!!r,o!=null&&typeof o!=`function`&&typeof o!=`symbol`&&typeof o!=`boolean`&&(e.name=o),sn(e)}function N(e,t){e.defaultValue!==``+t&&(e.defaultValue=``+t)}function pn(e,t,n,r){if(e=e.options,t){t={};for(var i=0;i<n.length;i++)t[`$`+n[i]]=!0;for(n=0;n<e.length;n++)i=t.hasOwnProperty(`$`+e[n].value),e[n].selected!==i&&(e[n].selected=i),i&&r&&(e[n].defaultSelected=!0)}else{for(n=``+rn(n),t=null,i=0;i<e.length;i++){if(e[i].value===n){e[i].selected=!0,r&&(e[i].defaultSelected=!0);return}t!==null||e[i].disabled||(t=e[i])}t!==null&&(t.selected=!0)}}function mn(e,t,n){t!=null&&(t=``+rn(t),t!==e.value&&(e.value=t),n==null)?e.defaultValue!==t&&(e.defaultValue=t):e.defaultValue=n==null?``:``+rn(n)}function hn(e,t,n,r){if(t==null){if(r!=null){if(n!=null)throw Error(i(92));if(xe(r)){if(1<r.length)throw Error(i(93));r=r[0]}n=r}n??=``,t=n}n=rn(t),e.defaultValue=n,r=e.textContent,r===n&&r!==``&&r!==null&&(e.value=r),sn(e)}function gn(e,t){if(t){var n=e.firstChild;if(n&&n===e.lastChild&&n.nodeType===3){n.nodeValue=t;return}}e.textContent=t}var _n=new Set(`animationIterationCount aspectRatio borderImageOutset borderImageSlice borderImageWidth boxFlex boxFlexGroup boxOrdinalGroup columnCount columns flex flexGrow flexPositive flexShrink flexNegative flexOrder gridArea gridRow gridRowEnd gridRowSpan gridRowStart gridColumn gridColumnEnd gridColumnSpan gridColumnStart fontWeight lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth MozAnimationIterationCount MozBoxFlex MozBoxFlexGroup MozLineClamp msAnimationIterationCount msFlex msZoom msFlexGrow msFlexNegative msFlexOrder msFlexPositive msFlexShrink msGridColumn msGridColumnSpan msGridRow msGridRowSpan WebkitAnimationIterationCount WebkitBoxFlex WebKitBoxFlexGroup WebkitBoxOrdinalGroup WebkitColumnCount WebkitColumns WebkitFlex WebkitFlexGrow WebkitFlexPositive WebkitFlexShrink WebkitLineClamp`.split(` `));function vn(e,t,n){var r=t.indexOf(`--`)===0;n==null||typeof n==`boolean`||n===``?r?e.setProperty(t,``):t===`float`?e.cssFloat=``:e[t]=``:r?e.setProperty(t,n):typeof n!=`number`||n===0||_n.has(t)?t===`float`?e.cssFloat=n:e[t]=(``+n).trim():e[t]=n+`px`}function yn(e,t,n){if(t!=null&&typeof t!=`object`)throw Error(i(62));if(e=e.style,n!=null){for(var r in n)!n.hasOwnProperty(r)||t!=null&&t.hasOwnProperty(r)||(r.indexOf(`--`)===0?e.setProperty(r,``):r===`float`?e.cssFloat=``:e[r]=``,M=!0);for(var a in t)r=t[a],t.hasOwnProperty(a)&&n[a]!==r&&(vn(e,a,r),M=!0)}else for(var o in t)t.hasOwnProperty(o)&&vn(e,o,t[o])}function bn(e){if(e.indexOf(`-`)===-1)return!1;switch(e){case`annotation-xml`:case`color-profile`:case`font-face`:case`font-face-src`:case`font-face-uri`:case`font-face-format`:case`font-face-name`:case`missing-glyph`:return!1;default:return!0}}var xn=new Map([[`acceptCharset`,`accept-charset`],[`htmlFor`,`for`],[`httpEquiv`,`http-equiv`],[`crossOrigin`,`crossorigin`],[`accentHeight`,`accent-height`],[`alignmentBaseline`,`alignment-baseline`],[`arabicForm`,`arabic-form`],[`baselineShift`,`baseline-shift`],[`capHeight`,`cap-height`],[`clipPath`,`clip-path`],[`clipRule`,`clip-rule`],[`colorInterpolation`,`color-interpolation`],[`colorInterpolationFilters`,`color-interpolation-filters`],[`colorProfile`,`color-profile`],[`colorRendering`,`color-rendering`],[`dominantBaseline`,`dominant-baseline`],[`enableBackground`,`enable-background`],[`fillOpacity`,`fill-opacity`],[`fillRule`,`fill-rule`],[`floodColor`,`flood-color`],[`floodOpacity`,`flood-opacity`],[`fontFamily`,`font-family`],[`fontSize`,`font-size`],[`fontSizeAdjust`,`font-size-adjust`],[`fontStretch`,`font-stretch`],[`fontStyle`,`font-style`],[`fontVariant`,`font-variant`],[`fontWeight`,`font-weight`],[`glyphName`,`glyph-name`],[`glyphOrientationHorizontal`,`glyph-orientation-horizontal`],[`glyphOrientationVertical`,`glyph-orientation-vertical`],[`horizAdvX`,`horiz-adv-x`],[`horizOriginX`,`horiz-origin-x`],[`imageRendering`,`image-rendering`],[`letterSpacing`,`letter-spacing`],[`lightingColor`,`lighting-color`],[`markerEnd`,`marker-end`],[`markerMid`,`marker-mid`],[`markerStart`,`marker-start`],[`maskType`,`mask-type`],[`overlinePosition`,`overline-position`],[`overlineThickness`,`overline-thickness`],[`paintOrder`,`paint-order`],[`panose-1`,`panose-1`],[`pointerEvents`,`pointer-events`],[`renderingIntent`,`rendering-intent`],[`shapeRendering`,`shape-rendering`],[`stopColor`,`stop-color`],[`stopOpacity`,`stop-opacity`],[`strikethroughPosition`,`strikethrough-position`],[`strikethroughThickness`,`strikethrough-thickness`],[`strokeDasharray`,`stroke-dasharray`],[`strokeDashoffset`,`stroke-dashoffset`],[`strokeLinecap`,`stroke-linecap`],[`strokeLinejoin`,`stroke-linejoin`],[`strokeMiterlimit`,`stroke-miterlimit`],[`strokeOpacity`,`stroke-opacity`],[`strokeWidth`,`stroke-width`],[`textAnchor`,`text-anchor`],[`textDecoration`,`text-decoration`],[`textRendering`,`text-rendering`],[`transformOrigin`,`transform-origin`],[`underlinePosition`,`underline-position`],[`underlineThickness`,`underline-thickness`],[`unicodeBidi`,`unicode-bidi`],[`unicodeRange`,`unicode-range`],[`unitsPerEm`,`units-per-em`],[`vAlphabetic`,`v-alphabetic`],[`vHanging`,`v-hanging`],[`vIdeographic`,`v-ideographic`],[`vMathematical`,`v-mathematical`],[`vectorEffect`,`vector-effect`],[`vertAdvY`,`vert-adv-y`],[`vertOriginX`,`vert-origin-x`],[`vertOriginY`,`vert-origin-y`],[`wordSpacing`,`word-spacing`],[`writingMode`,`writing-mode`],[`xmlnsXlink`,`xmlns:xlink`],[`xHeight`,`x-height`]]),Sn=/^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i;function Cn(e){return Sn.test(``+e)?`javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')`:e}function wn(){}var Tn=null;function En(e){return e=e.target||e.srcElement||window,e.correspondingUseElement&&(e=e.correspondingUseElement),e.nodeType===3?e.parentNode:e}var Dn=null,On=null;function kn(e){var t=Bt(e);if(t&&(e=t.stateNode)){var n=e[At]||null;switch(e=t.stateNode,t.type){case`input`:if(dn(e,n.value,n.defaultValue,n.defaultValue,n.checked,n.defaultChecked,n.type,n.name),t=n.name,n.type===`radio`&&t!=null){for(n=e;n.parentNode;)n=n.parentNode;for(n=n.querySelectorAll(`input[name="`+un(``+t)+`"][type="radio"]`),t=0;t<n.length;t++){var r=n[t];if(r!==e&&r.form===e.form){var a=r[At]||null;if(!a)throw Error(i(90));dn(r,a.value,a.defaultValue,a.defaultValue,a.checked,a.defaultChecked,a.type,a.name)}}for(t=0;t<n.length;t++)r=n[t],r.form===e.form&&cn(r)}break;case`textarea`:mn(e,n.value,n.defaultValue);break;case`select`:t=n.value,t!=null&&pn(e,!!n.multiple,t,!1)}}}var An=!1;function jn(e,t,n){if(An)return e(t,n);An=!0;try{return e(t)}finally{if(An=!1,(Dn!==null||On!==null)&&(Rd(),Dn&&(t=Dn,e=On,On=Dn=null,kn(t),e)))for(t=0;t<e.length;t++)kn(e[t])}}function Mn(e,t){var n=e.stateNode;if(n===null)return null;var r=n[At]||null;if(r===null)return null;switch(n=r[t],t){case`onClick`:case`onClickCapture`:case`onDoubleClick`:case`onDoubleClickCapture`:case`onMouseDown`:case`onMouseDownCapture`:case`onMouseMove`:case`onMouseMoveCapture`:case`onMouseUp`:case`onMouseUpCapture`:case`onMouseEnter`:(r=!r.disabled)||(e=e.type,r=e!==`button`&&e!==`input`&&e!==`select`&&e!==`textarea`),e=!r;break;default:e=!1}if(e)return null;if(n&&typeof n!=`function`)throw Error(i(231,t,typeof n));return n}var Nn=typeof window<`u`&&window.document!==void 0&&window.document.createElement!==void 0,Pn=!1;if(Nn)try{var Fn={};Object.defineProperty(Fn,"passive",{get:function(){Pn=!0}}),window.addEventListener(`test`,Fn,Fn),window.removeEventListener(`test`,Fn,Fn)}catch{Pn=!1}var In=null,Ln=null,Rn=null;function zn(){if(Rn)return Rn;var e,t=Ln,n=t.length,r,i=`value`in In?In.value:In.textContent,a=i.length;for(e=0;e<n&&t[e]===i[e];e++);var o=n-e;for(r=1;r<=o&&t[n-r]===i[a-r];r++);return Rn=i.slice(e,1<r?1-r:void 0)}function Bn(e){var t=e.keyCode;return`charCode`in e?(e=e.charCode,e===0&&t===13&&(e=13)):e=t,e===10&&(e=13),32<=e||e===13?e:0}function Vn(){return!0}function Hn(){return!1}function Un(e){function t(t,n,r,i,a){for(var o in this._reactName=t,this._targetInst=r,this.type=n,this.nativeEvent=i,this.target=a,this.currentTarget=null,e)e.hasOwnProperty(o)&&(t=e[o],this[o]=t?t(i):i[o]);return this.isDefaultPrevented=(i.defaultPrevented==null?!1===i.returnValue:i.defaultPrevented)?Vn:Hn,this.isPropagationStopped=Hn,this}return E(t.prototype,{preventDefault:function(){this.defaultPrevented=!0;var e=this.nativeEvent;e&&(e.preventDefault?e.preventDefault():typeof e.returnValue!=`unknown`&&(e.returnValue=!1),this.isDefaultPrevented=Vn)},stopPropagation:function(){var e=this.nativeEvent;e&&(e.stopPropagation?e.stopPropagation():typeof e.cancelBubble!=`unknown`&&(e.cancelBubble=!0),this.isPropagationStopped=Vn)},persist:function(){},isPersistent:Vn}),t}var Wn={eventPhase:0,bubbles:0,cancelable:0,timeStamp:function(e){return e.timeStamp||Date.now()},defaultPrevented:0,isTrusted:0},Gn=Un(Wn),Kn=E({},Wn,{view:0,detail:0}),qn=Un(Kn),Jn,Yn,Xn,P=E({},Kn,{screenX:0,screenY:0,clientX:0,clientY:0,pageX:0,pageY:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,getModifierState:L,button:0,buttons:0,relatedTarget:function(e){return e.relatedTarget===void 0?e.fromElement===e.srcElement?e.toElement:e.fromElement:e.relatedTarget},movementX:function(e){return`movementX`in e?e.movementX:(e!==Xn&&(Xn&&e.type===`mousemove`?(Jn=e.screenX-Xn.screenX,Yn=e.screenY-Xn.screenY):Yn=Jn=0,Xn=e),Jn)},movementY:function(e){return`movementY`in e?e.movementY:Yn}}),Zn=Un(P),F=Un(E({},P,{dataTransfer:0})),Qn=Un(E({},Kn,{relatedTarget:0})),$n=Un(E({},Wn,{animationName:0,elapsedTime:0,pseudoElement:0})),er=Un(E({},Wn,{clipboardData:function(e){return`clipboardData`in e?e.clipboardData:window.clipboardData}})),I=Un(E({},Wn,{data:0})),tr={Esc:`Escape`,Spacebar:` `,Left:`ArrowLeft`,Up:`ArrowUp`,Right:`ArrowRight`,Down:`ArrowDown`,Del:`Delete`,Win:`OS`,Menu:`ContextMenu`,Apps:`ContextMenu`,Scroll:`ScrollLock`,MozPrintableKey:`Unidentified`},nr={8:`Backspace`,9:`Tab`,12:`Clear`,13:`Enter`,16:`Shift`,17:`Control`,18:`Alt`,19:`Pause`,20:`CapsLock`,27:`Escape`,32:` `,33:`PageUp`,34:`PageDown`,35:`End`,36:`Home`,37:`ArrowLeft`,38:`ArrowUp`,39:`ArrowRight`,40:`ArrowDown`,45:`Insert`,46:`Delete`,112:`F1`,113:`F2`,114:`F3`,115:`F4`,116:`F5`,117:`F6`,118:`F7`,119:`F8`,120:`F9`,121:`F10`,122:`F11`,123:`F12`,144:`NumLock`,145:`ScrollLock`,224:`Meta`},rr={Alt:`altKey`,Control:`ctrlKey`,Meta:`metaKey`,Shift:`shiftKey`};function ir(e){var t=this.nativeEvent;return t.getModifierState?t.getModifierState(e):(e=rr[e])?!!t[e]:!1}function L(){return ir}var ar=Un(E({},Kn,{key:function(e){if(e.key){var t=tr[e.key]||e.key;if(t!==`Unidentified`)return t}return e.type===`keypress`?(e=Bn(e),e===13?`Enter`:String.fromCharCode(e)):e.type===`keydown`||e.type===`keyup`?nr[e.keyCode]||`Unidentified`:``},code:0,location:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,repeat:0,locale:0,getModifierState:L,charCode:function(e){return e.type===`keypress`?Bn(e):0},keyCode:function(e){return e.type===`keydown`||e.type===`keyup`?e.keyCode:0},which:function(e){return e.type===`keypress`?Bn(e):e.type===`keydown`||e.type===`keyup`?e.keyCode:0}})),or=Un(E({},P,{pointerId:0,width:0,height:0,pressure:0,tangentialPressure:0,tiltX:0,tiltY:0,twist:0,pointerType:0,isPrimary:0})),sr=Un(E({},Wn,{submitter:0})),cr=Un(E({},Kn,{touches:0,targetTouches:0,changedTouches:0,altKey:0,metaKey:0,ctrlKey:0,shiftKey:0,getModifierState:L})),lr=Un(E({},Wn,{propertyName:0,elapsedTime:0,pseudoElement:0})),ur=Un(E({},P,{deltaX:function(e){return`deltaX`in e?e.deltaX:`wheelDeltaX`in e?-e.wheelDeltaX:0},deltaY:function(e){return`deltaY`in e?e.deltaY:`wheelDeltaY`in e?-e.wheelDeltaY:`wheelDelta`in e?-e.wheelDelta:0},deltaZ:0,deltaMode:0})),dr=Un(E({},Wn,{newState:0,oldState:0,source:0})),R=[9,13,27,32],fr=Nn&&`CompositionEvent`in window,z=null;Nn&&`documentMode`in document&&(z=document.documentMode);var pr=Nn&&`TextEvent`in window&&!z,mr=Nn&&(!fr||z&&8<z&&11>=z),hr=` `,gr=!1;function _r(e,t){switch(e){case`keyup`:return R.indexOf(t.keyCode)!==-1;case`keydown`:return t.keyCode!==229;case`keypress`:case`mousedown`:case`focusout`:return!0;default:return!1}}function vr(e){return e=e.detail,typeof e==`object`&&`data`in e?e.data:null}var yr=!1;function br(e,t){switch(e){case`compositionend`:return vr(t);case`keypress`:return t.which===32?(gr=!0,hr):null;case`textInput`:return e=t.data,e===hr&&gr?null:e;default:return null}}function xr(e,t){if(yr)return e===`compositionend`||!fr&&_r(e,t)?(e=zn(),Rn=Ln=In=null,yr=!1,e):null;switch(e){case`paste`:return null;case`keypress`:if(!(t.ctrlKey||t.altKey||t.metaKey)||t.ctrlKey&&t.altKey){if(t.char&&1<t.char.length)return t.char;if(t.which)return String.fromCharCode(t.which)}return null;case`compositionend`:return mr&&t.locale!==`ko`?null:t.data;default:return null}}var B={color:!0,date:!0,datetime:!0,"datetime-local":!0,email:!0,month:!0,number:!0,password:!0,range:!0,search:!0,tel:!0,text:!0,time:!0,url:!0,week:!0};function V(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t===`input`?!!B[e.type]:t===`textarea`}function Sr(e,t,n,r){Dn?On?On.push(r):On=[r]:Dn=r,t=qf(t,`onChange`),0<t.length&&(n=new Gn(`onChange`,`change`,null,n,r),e.push({event:n,listeners:t}))}var Cr=null,wr=null;function Tr(e){Bf(e,0)}function Er(e){if(cn(Vt(e)))return e}function Dr(e,t){if(e===`change`)return t}var Or=!1;if(Nn){var kr;if(Nn){var Ar=`oninput`in document;if(!Ar){var jr=document.createElement(`div`);jr.setAttribute(`oninput`,`return;`),Ar=typeof jr.oninput==`function`}kr=Ar}else kr=!1;Or=kr&&(!document.documentMode||9<document.documentMode)}function Mr(){Cr&&(Cr.detachEvent(`onpropertychange`,Nr),wr=Cr=null)}function Nr(e){if(e.propertyName===`value`&&Er(wr)){var t=[];Sr(t,wr,e,En(e)),jn(Tr,t)}}function Pr(e,t,n){e===`focusin`?(Mr(),Cr=t,wr=n,Cr.attachEvent(`onpropertychange`,Nr)):e===`focusout`&&Mr()}function Fr(e){if(e===`selectionchange`||e===`keyup`||e===`keydown`)return Er(wr)}function Ir(e,t){if(e===`click`)return Er(t)}function Lr(e,t){if(e===`input`||e===`change`)return Er(t)}function Rr(e,t){return e===t&&(e!==0||1/e==1/t)||e!==e&&t!==t}var zr=typeof Object.is==`function`?Object.is:Rr;function Br(e,t){if(zr(e,t))return!0;if(typeof e!=`object`||!e||typeof t!=`object`||!t)return!1;var n=Object.keys(e),r=Object.keys(t);if(n.length!==r.length)return!1;for(r=0;r<n.length;r++){var i=n[r];if(!He.call(t,i)||!zr(e[i],t[i]))return!1}return!0}function Vr(e){if(e||=typeof document<`u`?document:void 0,e===void 0)return null;try{return e.activeElement||e.body}catch{return e.body}}function H(e){for(;e&&e.firstChild;)e=e.firstChild;return e}function Hr(e,t){var n=H(e);e=0;for(var r;n;){if(n.nodeType===3){if(r=e+n.textContent.length,e<=t&&r>=t)return{node:n,offset:t-e};e=r}e:{for(;n;){if(n.nextSibling){n=n.nextSibling;break e}n=n.parentNode}n=void 0}n=H(n)}}function Ur(e,t){return e&&t?e===t?!0:e&&e.nodeType===3?!1:t&&t.nodeType===3?Ur(e,t.parentNode):`contains`in e?e.contains(t):e.compareDocumentPosition?!!(e.compareDocumentPosition(t)&16):!1:!1}function Wr(e){e=e!=null&&e.ownerDocument!=null&&e.ownerDocument.defaultView!=null?e.ownerDocument.defaultView:window;for(var t=Vr(e.document);t instanceof e.HTMLIFrameElement;){try{var n=typeof t.contentWindow.location.href==`string`}catch{n=!1}if(n)e=t.contentWindow;else break;t=Vr(e.document)}return t}function Gr(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t&&(t===`input`&&(e.type===`text`||e.type===`search`||e.type===`tel`||e.type===`url`||e.type===`password`)||t===`textarea`||e.contentEditable===`true`)}var Kr=Nn&&`documentMode`in document&&11>=document.documentMode,qr=null,Jr=null,Yr=null,Xr=!1;function Zr(e,t,n){var r=n.window===n?n.document:n.nodeType===9?n:n.ownerDocument;Xr||qr==null||qr!==Vr(r)||(r=qr,`selectionStart`in r&&Gr(r)?r={start:r.selectionStart,end:r.selectionEnd}:(r=(r.ownerDocument&&r.ownerDocument.defaultView||window).getSelection(),r={anchorNode:r.anchorNode,anchorOffset:r.anchorOffset,focusNode:r.focusNode,focusOffset:r.focusOffset}),Yr&&Br(Yr,r)||(Yr=r,r=qf(Jr,`onSelect`),0<r.length&&(t=new Gn(`onSelect`,`select`,null,t,n),e.push({event:t,listeners:r}),t.target=qr)))}function Qr(e,t){var n={};return n[e.toLowerCase()]=t.toLowerCase(),n[`Webkit`+e]=`webkit`+t,n[`Moz`+e]=`moz`+t,n}var $r={animationend:Qr(`Animation`,`AnimationEnd`),animationiteration:Qr(`Animation`,`AnimationIteration`),animationstart:Qr(`Animation`,`AnimationStart`),transitionrun:Qr(`Transition`,`TransitionRun`),transitionstart:Qr(`Transition`,`TransitionStart`),transitioncancel:Qr(`Transition`,`TransitionCancel`),transitionend:Qr(`Transition`,`TransitionEnd`)},ei={},ti={};Nn&&(ti=document.createElement(`div`).style,`AnimationEvent`in window||(delete $r.animationend.animation,delete $r.animationiteration.animation,delete $r.animationstart.animation),`TransitionEvent`in window||delete $r.transitionend.transition);function ni(e){if(ei[e])return ei[e];if(!$r[e])return e;var t=$r[e],n;for(n in t)if(t.hasOwnProperty(n)&&n in ti)return ei[e]=t[n];return e}var ri=ni(`animationend`),ii=ni(`animationiteration`),ai=ni(`animationstart`),oi=ni(`transitionrun`),si=ni(`transitionstart`),ci=ni(`transitioncancel`),li=ni(`transitionend`),ui=new Map,U=`abort auxClick beforeToggle cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error fullscreenChange fullscreenError gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel`.split(` `);U.push(`scrollEnd`);function di(e,t){ui.set(e,t),qt(t,[e])}var fi=0;function pi(e,t){if(e.name!=null&&e.name!==`auto`)return e.name;if(t.autoName!==null)return t.autoName;e=yd.identifierPrefix;var n=fi++;return e=`_`+e+`t_`+n.toString(32)+`_`,t.autoName=e}function mi(e){if(e==null||typeof e==`string`)return e;var t=null,n=Dd;if(n!==null)for(var r=0;r<n.length;r++){var i=e[n[r]];if(i!=null){if(i===`none`)return`none`;t=t==null?i:t+(` `+i)}}return t??e.default}function hi(e,t){return e=mi(e),t=mi(t),t==null?e===`auto`?null:e:t===`auto`?null:t}var gi=typeof reportError==`function`?reportError:function(e){if(typeof window==`object`&&typeof window.ErrorEvent==`function`){var t=new window.ErrorEvent(`error`,{bubbles:!0,cancelable:!0,message:typeof e==`object`&&e&&typeof e.message==`string`?String(e.message):String(e),error:e});if(!window.dispatchEvent(t))return}else if(typeof process==`object`&&typeof process.emit==`function`){process.emit(`uncaughtException`,e);return}console.error(e)},_i=[],vi=0,yi=0;function bi(){for(var e=vi,t=yi=vi=0;t<e;){var n=_i[t];_i[t++]=null;var r=_i[t];_i[t++]=null;var i=_i[t];_i[t++]=null;var a=_i[t];if(_i[t++]=null,r!==null&&i!==null){var o=r.pending;o===null?i.next=i:(i.next=o.next,o.next=i),r.pending=i}a!==0&&wi(n,i,a)}}function xi(e,t,n,r){_i[vi++]=e,_i[vi++]=t,_i[vi++]=n,_i[vi++]=r,yi|=r,e.lanes|=r,e=e.alternate,e!==null&&(e.lanes|=r)}function Si(e,t,n,r){return xi(e,t,n,r),Ti(e)}function Ci(e,t){return xi(e,null,null,t),Ti(e)}function wi(e,t,n){e.lanes|=n;var r=e.alternate;r!==null&&(r.lanes|=n);for(var i=!1,a=e.return;a!==null;)a.childLanes|=n,r=a.alternate,r!==null&&(r.childLanes|=n),a.tag===22&&(e=a.stateNode,e===null||e._visibility&1||(i=!0)),e=a,a=a.return;return e.tag===3?(a=e.stateNode,i&&t!==null&&(i=31-at(n),e=a.hiddenUpdates,r=e[i],r===null?e[i]=[t]:r.push(t),t.lane=n|536870912),a):null}function Ti(e){if(50<Od)throw Od=0,kd=null,Error(i(185));for(var t=e.return;t!==null;)e=t,t=e.return;return e.tag===3?e.stateNode:null}var Ei={};function Di(e,t,n,r){this.tag=e,this.key=n,this.sibling=this.child=this.return=this.stateNode=this.type=this.elementType=null,this.index=0,this.refCleanup=this.ref=null,this.pendingProps=t,this.dependencies=this.memoizedState=this.updateQueue=this.memoizedProps=null,this.mode=r,this.subtreeFlags=this.flags=0,this.deletions=null,this.childLanes=this.lanes=0,this.alternate=null}function Oi(e,t,n,r){return new Di(e,t,n,r)}function ki(e){return e=e.prototype,!(!e||!e.isReactComponent)}function Ai(e,t){var n=e.alternate;return n===null?(n=Oi(e.tag,t,e.key,e.mode),n.elementType=e.elementType,n.type=e.type,n.stateNode=e.stateNode,n.alternate=e,e.alternate=n):(n.pendingProps=t,n.type=e.type,n.flags=0,n.subtreeFlags=0,n.deletions=null),n.flags=e.flags&0x47f00000,n.childLanes=e.childLanes,n.lanes=e.lanes,n.child=e.child,n.memoizedProps=e.memoizedProps,n.memoizedState=e.memoizedState,n.updateQueue=e.updateQueue,t=e.dependencies,n.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext},n.sibling=e.sibling,n.index=e.index,n.ref=e.ref,n.refCleanup=e.refCleanup,n}function ji(e,t){e.flags&=0x47f00002;var n=e.alternate;return n===null?(e.childLanes=0,e.lanes=t,e.child=null,e.subtreeFlags=0,e.memoizedProps=null,e.memoizedState=null,e.updateQueue=null,e.dependencies=null,e.stateNode=null):(e.childLanes=n.childLanes,e.lanes=n.lanes,e.child=n.child,e.subtreeFlags=0,e.deletions=null,e.memoizedProps=n.memoizedProps,e.memoizedState=n.memoizedState,e.updateQueue=n.updateQueue,e.type=n.type,t=n.dependencies,e.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext}),e}function Mi(e,t,n,r,a,o){var s=0;if(r=e,typeof r==`function`)ki(r)&&(s=1);else if(typeof r==`string`)s=qm(e,n,De.current)?26:e===`html`||e===`head`||e===`body`?27:5;else e:switch(r){case fe:return e=Oi(31,n,t,a),e.elementType=fe,e.lanes=o,e;case re:return Ni(n.children,a,o,t);case ie:s=8,a|=24;break;case ae:return e=Oi(12,n,t,a|2),e.elementType=ae,e.lanes=o,e;case le:return e=Oi(13,n,t,a),e.elementType=le,e.lanes=o,e;case O:return e=Oi(19,n,t,a),e.elementType=O,e.lanes=o,e;case pe:case he:return e=a|32,e=Oi(30,n,t,e),e.elementType=he,e.lanes=o,e.stateNode={autoName:null,paired:null,clones:null,ref:null},e;default:if(typeof r==`object`&&r)switch(r.$$typeof){case se:s=10;break e;case oe:s=9;break e;case ce:s=11;break e;case ue:s=14;break e;case de:s=16,r=null;break e}s=29,n=Error(i(130,e===null?`null`:typeof e,``)),r=null}return t=Oi(s,n,t,a),t.elementType=e,t.type=r,t.lanes=o,t}function Ni(e,t,n,r){return e=Oi(7,e,r,t),e.lanes=n,e}function Pi(e,t,n){return e=Oi(6,e,null,t),e.lanes=n,e}function Fi(e){var t=Oi(18,null,null,0);return t.stateNode=e,t}function Ii(e,t,n){return t=Oi(4,e.children===null?[]:e.children,e.key,t),t.lanes=n,t.stateNode={containerInfo:e.containerInfo,pendingChildren:null,implementation:e.implementation},t}var Li=new WeakMap;function Ri(e,t){if(typeof e==`object`&&e){var n=Li.get(e);return n===void 0?(t={value:e,source:t,stack:Ve(t)},Li.set(e,t),t):n}return{value:e,source:t,stack:Ve(t)}}var zi=[],Bi=0,Vi=null,Hi=0,Ui=[],Wi=0,Gi=null,Ki=1,qi=``;function Ji(e,t){zi[Bi++]=Hi,zi[Bi++]=Vi,Vi=e,Hi=t}function Yi(e,t,n){Ui[Wi++]=Ki,Ui[Wi++]=qi,Ui[Wi++]=Gi,Gi=e;var r=Ki;e=qi;var i=32-at(r)-1;r&=~(1<<i),n+=1;var a=32-at(t)+i;if(30<a){var o=i-i%5;a=(r&(1<<o)-1).toString(32),r>>=o,i-=o,Ki=1<<32-at(t)+i|n<<i|r,qi=a+e}else Ki=1<<a|n<<i|r,qi=e}function Xi(e){e.return!==null&&(Ji(e,1),Yi(e,1,0))}function Zi(e){for(;e===Vi;)Vi=zi[--Bi],zi[Bi]=null,Hi=zi[--Bi],zi[Bi]=null;for(;e===Gi;)Gi=Ui[--Wi],Ui[Wi]=null,qi=Ui[--Wi],Ui[Wi]=null,Ki=Ui[--Wi],Ui[Wi]=null}function Qi(e,t){Ui[Wi++]=Ki,Ui[Wi++]=qi,Ui[Wi++]=Gi,Ki=t.id,qi=t.overflow,Gi=e}var $i=null,ea=null,W=!1,ta=null,na=!1,ra=Error(i(519));function ia(e){throw ua(Ri(Error(i(418,1<arguments.length&&arguments[1]!==void 0&&arguments[1]?`text`:`HTML`,``)),e)),ra}function aa(e){var t=e.stateNode,n=e.type,r=e.memoizedProps;switch(t[kt]=e,t[At]=r,n){case`dialog`:$(`cancel`,t),$(`close`,t);break;case`iframe`:case`object`:case`embed`:$(`load`,t);break;case`video`:case`audio`:for(n=0;n<Rf.length;n++)$(Rf[n],t);break;case`source`:$(`error`,t);break;case`img`:case`image`:case`link`:$(`error`,t),$(`load`,t);break;case`details`:$(`toggle`,t);break;case`input`:$(`invalid`,t),fn(t,r.value,r.defaultValue,r.checked,r.defaultChecked,r.type,r.name,!0);break;case`select`:$(`invalid`,t);break;case`textarea`:$(`invalid`,t),hn(t,r.value,r.defaultValue,r.children)}n=r.children,typeof n!=`string`&&typeof n!=`number`&&typeof n!=`bigint`||t.textContent===``+n||!0===r.suppressHydrationWarning||$f(t.textContent,n)?(r.popover!=null&&($(`beforetoggle`,t),$(`toggle`,t)),r.onScroll!=null&&$(`scroll`,t),r.onScrollEnd!=null&&$(`scrollend`,t),r.onClick!=null&&(t.onclick=wn),t=!0):t=!1,t||ia(e,!0)}function oa(e){for($i=e.return;$i;)switch($i.tag){case 5:case 31:case 13:na=!1;return;case 27:case 3:na=!0;return;default:$i=$i.return}}function sa(e){if(e!==$i)return!1;if(!W)return oa(e),W=!0,!1;var t=e.tag,n;if((n=t!==3&&t!==27)&&((n=t===5)&&(n=e.type,n=n===`form`||n===`button`||pp(e.type,e.memoizedProps)),n=!n),n&&ea&&ia(e),oa(e),t===13){if(e=e.memoizedState,e=e===null?null:e.dehydrated,!e)throw Error(i(317));ea=dm(e)}else if(t===31){if(e=e.memoizedState,e=e===null?null:e.dehydrated,!e)throw Error(i(317));ea=dm(e)}else t===27?(t=ea,Sp(e.type)?(e=um,um=null,ea=e):ea=t):ea=$i?lm(e.stateNode.nextSibling):null;return!0}function ca(){ea=$i=null,W=!1}function la(){var e=ta;return e!==null&&(dd===null?dd=e:dd.push.apply(dd,e),ta=null),e}function ua(e){ta===null?ta=[e]:ta.push(e)}var da=Te(null),fa=null,pa=null;function ma(e,t,n){j(da,t._currentValue),t._currentValue=n}function ha(e){e._currentValue=da.current,Ee(da)}function ga(e,t,n){for(;e!==null;){var r=e.alternate;if((e.childLanes&t)===t?r!==null&&(r.childLanes&t)!==t&&(r.childLanes|=t):(e.childLanes|=t,r!==null&&(r.childLanes|=t)),e===n)break;e=e.return}}function _a(e,t,n,r){var a=e.child;for(a!==null&&(a.return=e);a!==null;){var o=a.dependencies;if(o!==null){var s=a.child;o=o.firstContext;e:for(;o!==null;){var c=o;o=a;for(var l=0;l<t.length;l++)if(c.context===t[l]){o.lanes|=n,c=o.alternate,c!==null&&(c.lanes|=n),ga(o.return,n,e),r||(s=null);break e}o=c.next}}else if(a.tag===18){if(s=a.return,s===null)throw Error(i(341));s.lanes|=n,o=s.alternate,o!==null&&(o.lanes|=n),ga(s,n,e),s=null}else a.tag===13&&a.memoizedState!==null&&a.memoizedState.dehydrated===null?(a.lanes|=n,s=a.alternate,s!==null&&(s.lanes|=n),ga(a.return,n,e),s=a.child,s=s===null?null:s.sibling):s=a.child;if(s!==null)s.return=a;else for(s=a;s!==null;){if(s===e){s=null;break}if(a=s.sibling,a!==null){a.return=s.return,s=a;break}s=s.return}a=s}}function va(e,t,n,r){e=null;for(var a=t,o=!1;a!==null;){if(!o){if(a.flags&524288)o=!0;else if(a.flags&262144)break}if(a.tag===10){var s=a.alternate;if(s===null)throw Error(i(387));if(s=s.memoizedProps,s!==null){var c=a.type;zr(a.pendingProps.value,s.value)||(e===null?e=[c]:e.push(c))}}else if(a===Ae.current){if(s=a.alternate,s===null)throw Error(i(387));s.memoizedState.memoizedState!==a.memoizedState.memoizedState&&(e===null?e=[sh]:e.push(sh))}a=a.return}return e!==null&&_a(t,e,n,r),t.flags|=262144,e!==null}function ya(e){for(e=e.firstContext;e!==null;){if(!zr(e.context._currentValue,e.memoizedValue))return!0;e=e.next}return!1}function ba(e){fa=e,pa=null,e=e.dependencies,e!==null&&(e.firstContext=null)}function xa(e){return Ca(fa,e)}function Sa(e,t){return fa===null&&ba(e),Ca(e,t)}function Ca(e,t){var n=t._currentValue;if(t={context:t,memoizedValue:n,next:null},pa===null){if(e===null)throw Error(i(308));pa=t,e.dependencies={lanes:0,firstContext:t},e.flags|=524288}else pa=pa.next=t;return n}var wa=typeof AbortController<`u`?AbortController:function(){var e=[],t=this.signal={aborted:!1,addEventListener:function(t,n){e.push(n)}};this.abort=function(){t.aborted=!0,e.forEach(function(e){return e()})}},Ta=t.unstable_scheduleCallback,Ea=t.unstable_NormalPriority,Da={$$typeof:se,Consumer:null,Provider:null,_currentValue:null,_currentValue2:null,_threadCount:0};function Oa(){return{controller:new wa,data:new Map,refCount:0}}function ka(e){e.refCount--,e.refCount===0&&Ta(Ea,function(){e.controller.abort()})}function Aa(e,t){if(e.pendingLanes&4194048){var n=e.transitionTypes;for(n===null&&(n=e.transitionTypes=[]),e=0;e<t.length;e++){var r=t[e];n.indexOf(r)===-1&&n.push(r)}}}var ja=null;function Ma(e){var t=e.transitionTypes;return e.transitionTypes=null,t}var Na=null,Pa=0,Fa=0,Ia=null;function La(e,t){if(Na===null){var n=Na=[];Pa=0,Fa=Nf(),Ia={status:`pending`,value:void 0,then:function(e){n.push(e)}}}return Pa++,t.then(Ra,Ra),t}function Ra(){if(--Pa===0&&(ja=null,Na!==null)){Ia!==null&&(Ia.status=`fulfilled`);var e=Na;Na=null,Fa=0,Ia=null;for(var t=0;t<e.length;t++)(0,e[t])()}}function za(e,t){var n=[],r={status:`pending`,value:null,reason:null,then:function(e){n.push(e)}};return e.then(function(){r.status=`fulfilled`,r.value=t;for(var e=0;e<n.length;e++)(0,n[e])(t)},function(e){for(r.status=`rejected`,r.reason=e,e=0;e<n.length;e++)(0,n[e])(void 0)}),r}var Ba=k.S;k.S=function(e,t){if(md=qe(),typeof t==`object`&&t&&typeof t.then==`function`&&La(e,t),ja!==null)for(var n=yf;n!==null;)Aa(n,ja),n=n.next;if(n=e.types,n!==null){for(var r=yf;r!==null;)Aa(r,n),r=r.next;if(Fa!==0){r=ja,r===null&&(r=ja=[]);for(var i=0;i<n.length;i++){var a=n[i];r.indexOf(a)===-1&&r.push(a)}}}Ba!==null&&Ba(e,t)};var Va=Te(null);function Ha(){var e=Va.current;return e===null?Qu.pooledCache:e}function Ua(e,t){t===null?j(Va,Va.current):j(Va,t.pool)}function Wa(){var e=Ha();return e===null?null:{parent:Da._currentValue,pool:e}}var Ga=Error(i(460)),Ka=Error(i(474)),qa=Error(i(542)),Ja={then:function(){}};function Ya(e){return e=e.status,e===`fulfilled`||e===`rejected`}function Xa(e,t,n){switch(n=e[n],n===void 0?e.push(t):n!==t&&(t.then(wn,wn),t=n),t.status){case`fulfilled`:return t.value;case`rejected`:throw e=t.reason,eo(e),e===void 0&&!(`reason`in t)?Error(i(600)):e;default:if(typeof t.status==`string`)t.then(wn,wn);else{if(e=Qu,e!==null&&100<e.shellSuspendCounter)throw Error(i(482));e=t,e.status=`pending`,e.then(function(e){if(t.status===`pending`){var n=t;n.status=`fulfilled`,n.value=e}},function(e){if(t.status===`pending`){var n=t;n.status=`rejected`,n.reason=e}})}switch(t.status){case`fulfilled`:return t.value;case`rejected`:throw e=t.reason,eo(e),e}throw Qa=t,Ga}}function Za(e){try{return(0,e._init)(e._payload)}catch(e){throw typeof e==`object`&&e&&typeof e.then==`function`?(Qa=e,Ga):e}}var Qa=null;function $a(){if(Qa===null)throw Error(i(459));var e=Qa;return Qa=null,e}function eo(e){if(e===Ga||e===qa)throw Error(i(483))}var to=null,no=0;function ro(e){var t=no;return no+=1,to===null&&(to=[]),Xa(to,e,t)}function io(e,t){t=t.props.ref,e.ref=t===void 0?null:t}function ao(e,t){throw t.$$typeof===D?Error(i(525)):(e=Object.prototype.toString.call(t),Error(i(31,e===`[object Object]`?`object with keys {`+Object.keys(t).join(`, `)+`}`:e)))}function oo(e){function t(t,n){if(e){var r=t.deletions;r===null?(t.deletions=[n],t.flags|=16):r.push(n)}}function n(n,r){if(!e)return null;for(;r!==null;)t(n,r),r=r.sibling;return null}function r(e){for(var t=new Map;e!==null;)e.key===null?t.set(e.index,e):t.set(e.key,e),e=e.sibling;return t}function a(e,t){return e=Ai(e,t),e.index=0,e.sibling=null,e}function o(t,n,r){return t.index=r,e?(r=t.alternate,r===null?(t.flags|=0x8000002,n):(r=r.index,r<n?(t.flags|=2,n):r)):(t.flags|=1048576,n)}function s(t){return e&&t.alternate===null&&(t.flags|=0x8000002),t}function c(e,t,n,r){return t===null||t.tag!==6?(t=Pi(n,e.mode,r),t.return=e,t):(t=a(t,n),t.return=e,t)}function l(e,t,n,r){var i=n.type;return i===re?(e=d(e,t,n.props.children,r,n.key),io(e,n),e):t!==null&&(t.elementType===i||typeof i==`object`&&i&&i.$$typeof===de&&Za(i)===t.type)?(t=a(t,n.props),io(t,n),t.return=e,t):(t=Mi(n.type,n.key,n.props,null,e.mode,r),io(t,n),t.return=e,t)}function u(e,t,n,r){return t===null||t.tag!==4||t.stateNode.containerInfo!==n.containerInfo||t.stateNode.implementation!==n.implementation?(t=Ii(n,e.mode,r),t.return=e,t):(t=a(t,n.children||[]),t.return=e,t)}function d(e,t,n,r,i){return t===null||t.tag!==7?(t=Ni(n,e.mode,r,i),t.return=e,t):(t=a(t,n),t.return=e,t)}function f(e,t,n){if(typeof t==`string`&&t!==``||typeof t==`number`||typeof t==`bigint`)return t=Pi(``+t,e.mode,n),t.return=e,t;if(typeof t==`object`&&t){switch(t.$$typeof){case te:return n=Mi(t.type,t.key,t.props,null,e.mode,n),io(n,t),n.return=e,n;case ne:return t=Ii(t,e.mode,n),t.return=e,t;case de:return t=Za(t),f(e,t,n)}if(xe(t)||ve(t))return t=Ni(t,e.mode,n,null),t.return=e,t;if(typeof t.then==`function`)return f(e,ro(t),n);if(t.$$typeof===se)return f(e,Sa(e,t),n);ao(e,t)}return null}function p(e,t,n,r){var i=t===null?null:t.key;if(typeof n==`string`&&n!==``||typeof n==`number`||typeof n==`bigint`)return i===null?c(e,t,``+n,r):null;if(typeof n==`object`&&n){switch(n.$$typeof){case te:return n.key===i?l(e,t,n,r):null;case ne:return n.key===i?u(e,t,n,r):null;case de:return n=Za(n),p(e,t,n,r)}if(xe(n)||ve(n))return i===null?d(e,t,n,r,null):null;if(typeof n.then==`function`)return p(e,t,ro(n),r);if(n.$$typeof===se)return p(e,t,Sa(e,n),r);ao(e,n)}return null}function m(e,t,n,r,i){if(typeof r==`string`&&r!==``||typeof r==`number`||typeof r==`bigint`)return e=e.get(n)||null,c(t,e,``+r,i);if(typeof r==`object`&&r){switch(r.$$typeof){case te:return e=e.get(r.key===null?n:r.key)||null,l(t,e,r,i);case ne:return e=e.get(r.key===null?n:r.key)||null,u(t,e,r,i);case de:return r=Za(r),m(e,t,n,r,i)}if(xe(r)||ve(r))return e=e.get(n)||null,d(t,e,r,i,null);if(typeof r.then==`function`)return m(e,t,n,ro(r),i);if(r.$$typeof===se)return m(e,t,n,Sa(t,r),i);ao(t,r)}return null}function h(i,a,s,c){for(var l=null,u=null,d=a,h=a=0,g=null;d!==null&&h<s.length;h++){d.index>h?(g=d,d=null):g=d.sibling;var _=p(i,d,s[h],c);if(_===null){d===null&&(d=g);break}e&&d&&_.alternate===null&&t(i,d),a=o(_,a,h),u===null?l=_:u.sibling=_,u=_,d=g}if(h===s.length)return n(i,d),W&&Ji(i,h),l;if(d===null){for(;h<s.length;h++)d=f(i,s[h],c),d!==null&&(a=o(d,a,h),u===null?l=d:u.sibling=d,u=d);return W&&Ji(i,h),l}for(d=r(d);h<s.length;h++)g=m(d,i,h,s[h],c),g!==null&&(e&&(_=g.alternate,_!==null&&d.delete(_.key===null?h:_.key)),a=o(g,a,h),u===null?l=g:u.sibling=g,u=g);return e&&d.forEach(function(e){return t(i,e)}),W&&Ji(i,h),l}function g(a,s,c,l){if(c==null)throw Error(i(151));for(var u=null,d=null,h=s,g=s=0,_=null,v=c.next();h!==null&&!v.done;g++,v=c.next()){h.index>g?(_=h,h=null):_=h.sibling;var y=p(a,h,v.value,l);if(y===null){h===null&&(h=_);break}e&&h&&y.alternate===null&&t(a,h),s=o(y,s,g),d===null?u=y:d.sibling=y,d=y,h=_}if(v.done)return n(a,h),W&&Ji(a,g),u;if(h===null){for(;!v.done;g++,v=c.next())v=f(a,v.value,l),v!==null&&(s=o(v,s,g),d===null?u=v:d.sibling=v,d=v);return W&&Ji(a,g),u}for(h=r(h);!v.done;g++,v=c.next())v=m(h,a,g,v.value,l),v!==null&&(e&&(_=v.alternate,_!==null&&h.delete(_.key===null?g:_.key)),s=o(v,s,g),d===null?u=v:d.sibling=v,d=v);return e&&h.forEach(function(e){return t(a,e)}),W&&Ji(a,g),u}function _(e,r,o,c){if(typeof o==`object`&&o&&o.type===re&&o.key===null&&o.props.ref===void 0&&(o=o.props.children),typeof o==`object`&&o){switch(o.$$typeof){case te:e:{for(var l=o.key;r!==null;){if(r.key===l){if(l=o.type,l===re){if(r.tag===7){n(e,r.sibling),c=a(r,o.props.children),io(c,o),c.return=e,e=c;break e}}else if(r.elementType===l||typeof l==`object`&&l&&l.$$typeof===de&&Za(l)===r.type){n(e,r.sibling),c=a(r,o.props),io(c,o),c.return=e,e=c;break e}n(e,r);break}t(e,r),r=r.sibling}o.type===re?(c=Ni(o.props.children,e.mode,c,o.key),io(c,o),c.return=e,e=c):(c=Mi(o.type,o.key,o.props,null,e.mode,c),io(c,o),c.return=e,e=c)}return s(e);case ne:e:{for(l=o.key;r!==null;){if(r.key===l){if(r.tag===4&&r.stateNode.containerInfo===o.containerInfo&&r.stateNode.implementation===o.implementation){n(e,r.sibling),c=a(r,o.children||[]),c.return=e,e=c;break e}n(e,r);break}t(e,r),r=r.sibling}c=Ii(o,e.mode,c),c.return=e,e=c}return s(e);case de:return o=Za(o),_(e,r,o,c)}if(xe(o))return h(e,r,o,c);if(ve(o)){if(l=ve(o),typeof l!=`function`)throw Error(i(150));return o=l.call(o),g(e,r,o,c)}if(typeof o.then==`function`)return _(e,r,ro(o),c);if(o.$$typeof===se)return _(e,r,Sa(e,o),c);ao(e,o)}return typeof o==`string`&&o!==``||typeof o==`number`||typeof o==`bigint`?(o=``+o,r!==null&&r.tag===6?(n(e,r.sibling),c=a(r,o),c.return=e,e=c):(n(e,r),c=Pi(o,e.mode,c),c.return=e,e=c),s(e)):n(e,r)}return function(e,t,n,r){try{no=0;var i=_(e,t,n,r);return to=null,i}catch(t){if(t===Ga||t===qa)throw t;var a=Oi(29,t,null,e.mode);return a.lanes=r,a.return=e,a}}}var so=oo(!0),co=oo(!1),lo=!1;function uo(e){e.updateQueue={baseState:e.memoizedState,firstBaseUpdate:null,lastBaseUpdate:null,shared:{pending:null,lanes:0,hiddenCallbacks:null},callbacks:null}}function fo(e,t){e=e.updateQueue,t.updateQueue===e&&(t.updateQueue={baseState:e.baseState,firstBaseUpdate:e.firstBaseUpdate,lastBaseUpdate:e.lastBaseUpdate,shared:e.shared,callbacks:null})}function po(e){return{lane:e,tag:0,payload:null,callback:null,next:null}}function mo(e,t,n){var r=e.updateQueue;if(r===null)return null;if(r=r.shared,J&2){var i=r.pending;return i===null?t.next=t:(t.next=i.next,i.next=t),r.pending=t,t=Ti(e),wi(e,null,n),t}return xi(e,r,t,n),Ti(e)}function ho(e,t,n){if(t=t.updateQueue,t!==null&&(t=t.shared,n&4194048)){var r=t.lanes;r&=e.pendingLanes,n|=r,t.lanes=n,St(e,n)}}function go(e,t){var n=e.updateQueue,r=e.alternate;if(r!==null&&(r=r.updateQueue,n===r)){var i=null,a=null;if(n=n.firstBaseUpdate,n!==null){do{var o={lane:n.lane,tag:n.tag,payload:n.payload,callback:null,next:null};a===null?i=a=o:a=a.next=o,n=n.next}while(n!==null);a===null?i=a=t:a=a.next=t}else i=a=t;n={baseState:r.baseState,firstBaseUpdate:i,lastBaseUpdate:a,shared:r.shared,callbacks:r.callbacks},e.updateQueue=n}else e=n.lastBaseUpdate,e===null?n.firstBaseUpdate=t:e.next=t,n.lastBaseUpdate=t}var _o=!1;function vo(){if(_o){var e=Ia;if(e!==null)throw e}}function yo(e,t,n,r){_o=!1;var i=e.updateQueue;lo=!1;var a=i.firstBaseUpdate,o=i.lastBaseUpdate,s=i.shared.pending;if(s!==null){i.shared.pending=null;var c=s,l=c.next;c.next=null,o===null?a=l:o.next=l,o=c;var u=e.alternate;u!==null&&(u=u.updateQueue,s=u.lastBaseUpdate,s!==o&&(s===null?u.firstBaseUpdate=l:s.next=l,u.lastBaseUpdate=c))}if(a!==null){var d=i.baseState;o=0,u=l=c=null,s=a;do{var f=s.lane&-536870913,p=f!==s.lane;if(p?(X&f)===f:(r&f)===f){f!==0&&f===Fa&&(_o=!0),u!==null&&(u=u.next={lane:0,tag:s.tag,payload:s.payload,callback:null,next:null});e:{var m=e,h=s;f=t;var g=n;switch(h.tag){case 1:if(m=h.payload,typeof m==`function`){d=m.call(g,d,f);break e}d=m;break e;case 3:m.flags=m.flags&-65537|128;case 0:if(m=h.payload,f=typeof m==`function`?m.call(g,d,f):m,f==null)break e;d=E({},d,f);break e;case 2:lo=!0}}f=s.callback,f!==null&&(e.flags|=64,p&&(e.flags|=8192),p=i.callbacks,p===null?i.callbacks=[f]:p.push(f))}else p={lane:f,tag:s.tag,payload:s.payload,callback:s.callback,next:null},u===null?(l=u=p,c=d):u=u.next=p,o|=f;if(s=s.next,s===null){if(s=i.shared.pending,s===null)break;p=s,s=p.next,p.next=null,i.lastBaseUpdate=p,i.shared.pending=null}}while(1);u===null&&(c=d),i.baseState=c,i.firstBaseUpdate=l,i.lastBaseUpdate=u,a===null&&(i.shared.lanes=0),ad|=o,e.lanes=o,e.memoizedState=d}}function bo(e,t){if(typeof e!=`function`)throw Error(i(191,e));e.call(t)}function xo(e,t){var n=e.callbacks;if(n!==null)for(e.callbacks=null,e=0;e<n.length;e++)bo(n[e],t)}var So=Te(null),Co=Te(0);function wo(e,t){e=rd,j(Co,e),j(So,t),rd=e|t.baseLanes}function To(){j(Co,rd),j(So,So.current)}function Eo(){rd=Co.current,Ee(So),Ee(Co)}var Do=Te(null),Oo=null;function ko(e){var t=e.alternate;j(Po,Po.current&1),j(Do,e),Oo===null&&(t===null||So.current!==null||t.memoizedState!==null)&&(Oo=e)}function Ao(e){j(Po,Po.current),j(Do,e),Oo===null&&(Oo=e)}function jo(e){e.tag===22?(j(Po,Po.current),j(Do,e),Oo===null&&(Oo=e)):Mo()}function Mo(){j(Po,Po.current),j(Do,Do.current)}function No(e){Ee(Do),Oo===e&&(Oo=null),Ee(Po)}var Po=Te(0);function Fo(e,t){j(Do,Do.current),j(Po,t)}function Io(e){Ee(Po),Ee(Do),Oo===e&&(Oo=null)}function Lo(e){for(var t=e;t!==null;){if(t.tag===13){var n=t.memoizedState;if(n!==null&&(n=n.dehydrated,n===null||om(n)||sm(n)))return t}else if(t.tag===19&&t.memoizedProps.revealOrder!==`independent`){if(t.flags&128)return t}else if(t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return null;t=t.return}t.sibling.return=t.return,t=t.sibling}return null}var Ro=0,G=null,K=null,zo=null,Bo=!1,Vo=!1,Ho=!1,Uo=0,Wo=0,Go=null,Ko=0;function qo(){throw Error(i(321))}function Jo(e,t){if(t===null)return!1;for(var n=0;n<t.length&&n<e.length;n++)if(!zr(e[n],t[n]))return!1;return!0}function Yo(e,t,n,r,i,a){return Ro=a,G=t,t.memoizedState=null,t.updateQueue=null,t.lanes=0,k.H=e===null||e.memoizedState===null?fc:pc,Ho=!1,a=n(r,i),Ho=!1,Vo&&(a=Zo(t,n,r,i)),Xo(e),a}function Xo(e){k.H=dc;var t=K!==null&&K.next!==null;if(Ro=0,zo=K=G=null,Bo=!1,Wo=0,Go=null,t)throw Error(i(300));e===null||Ac||(e=e.dependencies,e!==null&&ya(e)&&(Ac=!0))}function Zo(e,t,n,r){G=e;var a=0;do{if(Vo&&(Go=null),Wo=0,Vo=!1,25<=a)throw Error(i(301));if(a+=1,zo=K=null,e.updateQueue!=null){var o=e.updateQueue;o.lastEffect=null,o.events=null,o.stores=null,o.memoCache!=null&&(o.memoCache.index=0)}k.H=mc,o=t(n,r)}while(Vo);return o}function Qo(){var e=k.H,t=e.useState()[0];return t=typeof t.then==`function`?as(t):t,e=e.useState()[0],(K===null?null:K.memoizedState)!==e&&(G.flags|=1024),t}function $o(){var e=Uo!==0;return Uo=0,e}function es(e,t,n){t.updateQueue=e.updateQueue,t.flags&=-2053,e.lanes&=~n}function ts(e){if(Bo){for(e=e.memoizedState;e!==null;){var t=e.queue;t!==null&&(t.pending=null),e=e.next}Bo=!1}Ro=0,zo=K=G=null,Vo=!1,Wo=Uo=0,Go=null}function ns(){var e={memoizedState:null,baseState:null,baseQueue:null,queue:null,next:null};return zo===null?G.memoizedState=zo=e:zo=zo.next=e,zo}function rs(){if(K===null){var e=G.alternate;e=e===null?null:e.memoizedState}else e=K.next;var t=zo===null?G.memoizedState:zo.next;if(t!==null)zo=t,K=e;else{if(e===null)throw G.alternate===null?Error(i(467)):Error(i(310));K=e,e={memoizedState:K.memoizedState,baseState:K.baseState,baseQueue:K.baseQueue,queue:K.queue,next:null},zo===null?G.memoizedState=zo=e:zo=zo.next=e}return zo}function is(){return{lastEffect:null,events:null,stores:null,memoCache:null}}function as(e){var t=Wo;return Wo+=1,Go===null&&(Go=[]),e=Xa(Go,e,t),t=G,(zo===null?t.memoizedState:zo.next)===null&&(t=t.alternate,k.H=t===null||t.memoizedState===null?fc:pc),e}function os(e){if(typeof e==`object`&&e){if(typeof e.then==`function`)return as(e);if(e.$$typeof===ge)return;if(e.$$typeof===se)return xa(e)}throw Error(i(438,String(e)))}function ss(e){var t=null,n=G.updateQueue;if(n!==null&&(t=n.memoCache),t==null){var r=G.alternate;r!==null&&(r=r.updateQueue,r!==null&&(r=r.memoCache,r!=null&&(t={data:r.data.map(function(e){return e.slice()}),index:0})))}if(t??={data:[],index:0},n===null&&(n=is(),G.updateQueue=n),n.memoCache=t,n=t.data[t.index],n===void 0)for(n=t.data[t.index]=Array(e),r=0;r<e;r++)n[r]=me;return t.index++,n}function cs(e,t){return typeof t==`function`?t(e):t}function ls(e){return us(rs(),K,e)}function us(e,t,n){var r=e.queue;if(r===null)throw Error(i(311));r.lastRenderedReducer=n;var a=e.baseQueue,o=r.pending;if(o!==null){if(a!==null){var s=a.next;a.next=o.next,o.next=s}t.baseQueue=a=o,r.pending=null}if(o=e.baseState,a===null)e.memoizedState=o;else{t=a.next;var c=s=null,l=null,u=t,d=!1;do{var f=u.lane&-536870913;if(f===u.lane?(Ro&f)===f:(X&f)===f){var p=u.revertLane;if(p===0)l!==null&&(l=l.next={lane:0,revertLane:0,gesture:null,action:u.action,hasEagerState:u.hasEagerState,eagerState:u.eagerState,next:null}),f===Fa&&(d=!0);else if((Ro&p)===p){u=u.next,p===Fa&&(d=!0);continue}else f={lane:0,revertLane:u.revertLane,gesture:null,action:u.action,hasEagerState:u.hasEagerState,eagerState:u.eagerState,next:null},l===null?(c=l=f,s=o):l=l.next=f,G.lanes|=p,ad|=p;f=u.action,Ho&&n(o,f),o=u.hasEagerState?u.eagerState:n(o,f)}else p={lane:f,revertLane:u.revertLane,gesture:u.gesture,action:u.action,hasEagerState:u.hasEagerState,eagerState:u.eagerState,next:null},l===null?(c=l=p,s=o):l=l.next=p,G.lanes|=f,ad|=f;u=u.next}while(u!==null&&u!==t);if(l===null?s=o:l.next=c,!zr(o,e.memoizedState)&&(Ac=!0,d&&(n=Ia,n!==null)))throw n;e.memoizedState=o,e.baseState=s,e.baseQueue=l,r.lastRenderedState=o}return a===null&&(r.lanes=0),[e.memoizedState,r.dispatch]}function ds(e){var t=rs(),n=t.queue;if(n===null)throw Error(i(311));n.lastRenderedReducer=e;var r=n.dispatch,a=n.pending,o=t.memoizedState;if(a!==null){n.pending=null;var s=a=a.next;do o=e(o,s.action),s=s.next;while(s!==a);zr(o,t.memoizedState)||(Ac=!0),t.memoizedState=o,t.baseQueue===null&&(t.baseState=o),n.lastRenderedState=o}return[o,r]}function fs(e,t,n){var r=G,a=rs(),o=W;if(o){if(n===void 0)throw Error(i(407));n=n()}else n=t();var s=!zr((K||a).memoizedState,n);if(s&&(a.memoizedState=n,Ac=!0),a=a.queue,Ls(hs.bind(null,r,a,e),[e]),e=a.getSnapshot!==t||s||zo!==null&&!!(zo.memoizedState.tag&1),Ms(e?9:8,{destroy:void 0},ms.bind(null,r,a,n,t),null),e){if(r.flags|=2048,Qu===null)throw Error(i(349));o||Ro&127||ps(r,t,n)}return n}function ps(e,t,n){e.flags|=16384,e={getSnapshot:t,value:n},t=G.updateQueue,t===null?(t=is(),G.updateQueue=t,t.stores=[e]):(n=t.stores,n===null?t.stores=[e]:n.push(e))}function ms(e,t,n,r){t.value=n,t.getSnapshot=r,gs(t)&&_s(e)}function hs(e,t,n){return n(function(){gs(t)&&_s(e)})}function gs(e){var t=e.getSnapshot;e=e.value;try{var n=t();return!zr(e,n)}catch{return!0}}function _s(e){var t=Ci(e,2);t!==null&&Nd(t,e,2)}function vs(e){var t=ns();if(typeof e==`function`){var n=e;if(e=n(),Ho){it(!0);try{n()}finally{it(!1)}}}return t.memoizedState=t.baseState=e,t.queue={pending:null,lanes:0,dispatch:null,lastRenderedReducer:cs,lastRenderedState:e},t}function ys(e,t,n,r){return e.baseState=n,us(e,K,typeof r==`function`?r:cs)}function bs(e,t,n,r,a){if(cc(e))throw Error(i(485));if(e=t.action,e!==null){var o={payload:a,action:e,next:null,isTransition:!0,status:`pending`,value:null,reason:null,listeners:[],then:function(e){o.listeners.push(e)}};k.T===null?o.isTransition=!1:n(!0),r(o),n=t.pending,n===null?(o.next=t.pending=o,xs(t,o)):(o.next=n.next,t.pending=n.next=o)}}function xs(e,t){var n=t.action,r=t.payload,i=e.state;if(t.isTransition){var a=k.T,o={};o.types=a===null?null:a.types,k.T=o;try{var s=n(i,r),c=k.S;c!==null&&c(o,s),Ss(e,t,s)}catch(n){ws(e,t,n)}finally{a!==null&&o.types!==null&&(a.types=o.types),k.T=a}}else try{a=n(i,r),Ss(e,t,a)}catch(n){ws(e,t,n)}}function Ss(e,t,n){typeof n==`object`&&n&&typeof n.then==`function`?n.then(function(n){Cs(e,t,n)},function(n){return ws(e,t,n)}):Cs(e,t,n)}function Cs(e,t,n){t.status=`fulfilled`,t.value=n,Ts(t),e.state=n,t=e.pending,t!==null&&(n=t.next,n===t?e.pending=null:(n=n.next,t.next=n,xs(e,n)))}function ws(e,t,n){var r=e.pending;if(e.pending=null,r!==null){r=r.next;do t.status=`rejected`,t.reason=n,Ts(t),t=t.next;while(t!==r)}e.action=null}function Ts(e){e=e.listeners;for(var t=0;t<e.length;t++)(0,e[t])()}function Es(e,t){return t}function Ds(e,t){if(W){var n=Qu.formState;if(n!==null){e:{var r=G;if(W){if(ea){t:{for(var i=ea,a=na;i.nodeType!==8;)if(!a||(i=lm(i.nextSibling),i===null)){i=null;break t}a=i.data,i=a===`F!`||a===`F`?i:null}if(i){ea=lm(i.nextSibling),r=i.data===`F!`;break e}}ia(r)}r=!1}r&&(t=n[0])}}return n=ns(),n.memoizedState=n.baseState=t,r={pending:null,lanes:0,dispatch:null,lastRenderedReducer:Es,lastRenderedState:t},n.queue=r,n=ac.bind(null,G,r),r.dispatch=n,r=vs(!1),a=sc.bind(null,G,!1,r.queue),r=ns(),i={state:t,dispatch:null,action:e,pending:null},r.queue=i,n=bs.bind(null,G,i,a,n),i.dispatch=n,r.memoizedState=e,[t,n,!1]}function Os(e){return ks(rs(),K,e)}function ks(e,t,n){if(t=us(e,t,Es)[0],e=ls(cs)[0],typeof t==`object`&&t&&typeof t.then==`function`)try{var r=as(t)}catch(e){throw e===Ga?qa:e}else r=t;t=rs();var i=t.queue,a=i.dispatch;return n!==t.memoizedState&&(G.flags|=2048,Ms(9,{destroy:void 0},As.bind(null,i,n),null)),[r,a,e]}function As(e,t){e.action=t}function js(e){var t=rs(),n=K;if(n!==null)return ks(t,n,e);rs(),t=t.memoizedState,n=rs();var r=n.queue.dispatch;return n.memoizedState=e,[t,r,!1]}function Ms(e,t,n,r){return e={tag:e,create:n,deps:r,inst:t,next:null},t=G.updateQueue,t===null&&(t=is(),G.updateQueue=t),n=t.lastEffect,n===null?t.lastEffect=e.next=e:(r=n.next,n.next=e,e.next=r,t.lastEffect=e),e}function Ns(){return rs().memoizedState}function Ps(e,t,n,r){var i=ns();G.flags|=e,i.memoizedState=Ms(1|t,{destroy:void 0},n,r===void 0?null:r)}function Fs(e,t,n,r){var i=rs();r=r===void 0?null:r;var a=i.memoizedState.inst;K!==null&&r!==null&&Jo(r,K.memoizedState.deps)?i.memoizedState=Ms(t,a,n,r):(G.flags|=e,i.memoizedState=Ms(1|t,a,n,r))}function Is(e,t){Ps(8390656,8,e,t)}function Ls(e,t){Fs(2048,8,e,t)}function Rs(e){G.flags|=4;var t=G.updateQueue;if(t===null)t=is(),G.updateQueue=t,t.events=[e];else{var n=t.events;n===null?t.events=[e]:n.push(e)}}function zs(e){var t=rs().memoizedState;return Rs({ref:t,nextImpl:e}),function(){if(J&2)throw Error(i(440));return t.impl.apply(void 0,arguments)}}function Bs(e,t){return Fs(4,2,e,t)}function Vs(e,t){return Fs(4,4,e,t)}function Hs(e,t){if(typeof t==`function`){e=e();var n=t(e);return function(){typeof n==`function`?n():t(null)}}if(t!=null)return e=e(),t.current=e,function(){t.current=null}}function Us(e,t,n){n=n==null?null:n.concat([e]),Fs(4,4,Hs.bind(null,t,e),n)}function Ws(){}function Gs(e,t){var n=rs();t=t===void 0?null:t;var r=n.memoizedState;return t!==null&&Jo(t,r[1])?r[0]:(n.memoizedState=[e,t],e)}function Ks(e,t){var n=rs();t=t===void 0?null:t;var r=n.memoizedState;if(t!==null&&Jo(t,r[1]))return r[0];if(r=e(),Ho){it(!0);try{e()}finally{it(!1)}}return n.memoizedState=[r,t],r}function qs(e,t,n){return n===void 0||Ro&0x40000000&&!(X&261930)?e.memoizedState=t:(e.memoizedState=n,e=jd(),G.lanes|=e,ad|=e,n)}function Js(e,t,n,r){return zr(n,t)?n:So.current===null?!(Ro&106)||Ro&0x40000000&&!(X&261930)?(Ac=!0,e.memoizedState=n):(e=jd(),G.lanes|=e,ad|=e,t):(e=qs(e,n,r),zr(e,t)||(Ac=!0),e)}function Ys(e,t,n,r,i){var a=A.p;A.p=a!==0&&8>a?a:8;var o=k.T,s={};s.types=o===null?null:o.types,k.T=s,sc(e,!1,t,n);try{var c=i(),l=k.S;l!==null&&l(s,c),typeof c==`object`&&c&&typeof c.then==`function`?oc(e,t,za(c,r),Ad(e)):oc(e,t,r,Ad(e))}catch(n){oc(e,t,{then:function(){},status:`rejected`,reason:n},Ad())}finally{A.p=a,o!==null&&s.types!==null&&(o.types=s.types),k.T=o}}function Xs(){}function Zs(e,t,n,r){if(e.tag!==5)throw Error(i(476));Ys(e,Qs(e).queue,t,Se,n===null?Xs:function(){return $s(e),n(r)})}function Qs(e){var t=e.memoizedState;if(t!==null)return t;t={memoizedState:Se,baseState:Se,baseQueue:null,queue:{pending:null,lanes:0,dispatch:null,lastRenderedReducer:cs,lastRenderedState:Se},next:null};var n={};return t.next={memoizedState:n,baseState:n,baseQueue:null,queue:{pending:null,lanes:0,dispatch:null,lastRenderedReducer:cs,lastRenderedState:n},next:null},e.memoizedState=t,e=e.alternate,e!==null&&(e.memoizedState=t),t}function $s(e){var t=Qs(e);t.next===null&&(t=e.alternate.memoizedState),oc(e,t.next.queue,{},Ad())}function ec(){return xa(sh)}function tc(){return rs().memoizedState}function nc(){return rs().memoizedState}function rc(e){for(var t=e.return;t!==null;){switch(t.tag){case 24:case 3:var n=Ad();e=po(n);var r=mo(t,e,n);r!==null&&(Nd(r,t,n),ho(r,t,n)),t={cache:Oa()},e.payload=t;return}t=t.return}}function ic(e,t,n){var r=Ad();n={lane:r,revertLane:0,gesture:null,action:n,hasEagerState:!1,eagerState:null,next:null},cc(e)?lc(t,n):(n=Si(e,t,n,r),n!==null&&(Nd(n,e,r),uc(n,t,r)))}function ac(e,t,n){oc(e,t,n,Ad())}function oc(e,t,n,r){var i={lane:r,revertLane:0,gesture:null,action:n,hasEagerState:!1,eagerState:null,next:null};if(cc(e))lc(t,i);else{var a=e.alternate;if(e.lanes===0&&(a===null||a.lanes===0)&&(a=t.lastRenderedReducer,a!==null))try{var o=t.lastRenderedState,s=a(o,n);if(i.hasEagerState=!0,i.eagerState=s,zr(s,o))return xi(e,t,i,0),Qu===null&&bi(),!1}catch{}if(n=Si(e,t,i,r),n!==null)return Nd(n,e,r),uc(n,t,r),!0}return!1}function sc(e,t,n,r){if(r={lane:2,revertLane:Nf(),gesture:null,action:r,hasEagerState:!1,eagerState:null,next:null},cc(e)){if(t)throw Error(i(479))}else t=Si(e,n,r,2),t!==null&&Nd(t,e,2)}function cc(e){var t=e.alternate;return e===G||t!==null&&t===G}function lc(e,t){Vo=Bo=!0;var n=e.pending;n===null?t.next=t:(t.next=n.next,n.next=t),e.pending=t}function uc(e,t,n){if(n&4194048){var r=t.lanes;r&=e.pendingLanes,n|=r,t.lanes=n,St(e,n)}}var dc={readContext:xa,use:os,useCallback:qo,useContext:qo,useEffect:qo,useImperativeHandle:qo,useLayoutEffect:qo,useInsertionEffect:qo,useMemo:qo,useReducer:qo,useRef:qo,useState:qo,useDebugValue:qo,useDeferredValue:qo,useTransition:qo,useSyncExternalStore:qo,useId:qo,useHostTransitionStatus:qo,useFormState:qo,useActionState:qo,useOptimistic:qo,useMemoCache:qo,useCacheRefresh:qo,useEffectEvent:qo},fc={readContext:xa,use:os,useCallback:function(e,t){return ns().memoizedState=[e,t===void 0?null:t],e},useContext:xa,useEffect:Is,useImperativeHandle:function(e,t,n){n=n==null?null:n.concat([e]),Ps(4194308,4,Hs.bind(null,t,e),n)},useLayoutEffect:function(e,t){return Ps(4194308,4,e,t)},useInsertionEffect:function(e,t){Ps(4,2,e,t)},useMemo:function(e,t){var n=ns();t=t===void 0?null:t;var r=e();if(Ho){it(!0);try{e()}finally{it(!1)}}return n.memoizedState=[r,t],r},useReducer:function(e,t,n){var r=ns();if(n!==void 0){var i=n(t);if(Ho){it(!0);try{n(t)}finally{it(!1)}}}else i=t;return r.memoizedState=r.baseState=i,e={pending:null,lanes:0,dispatch:null,lastRenderedReducer:e,lastRenderedState:i},r.queue=e,e=e.dispatch=ic.bind(null,G,e),[r.memoizedState,e]},useRef:function(e){var t=ns();return e={current:e},t.memoizedState=e},useState:function(e){e=vs(e);var t=e.queue,n=ac.bind(null,G,t);return t.dispatch=n,[e.memoizedState,n]},useDebugValue:Ws,useDeferredValue:function(e,t){return qs(ns(),e,t)},useTransition:function(){var e=vs(!1);return e=Ys.bind(null,G,e.queue,!0,!1),ns().memoizedState=e,[!1,e]},useSyncExternalStore:function(e,t,n){var r=G,a=ns();if(W){if(n===void 0)throw Error(i(407));n=n()}else{if(n=t(),Qu===null)throw Error(i(349));X&127||ps(r,t,n)}a.memoizedState=n;var o={value:n,getSnapshot:t};return a.queue=o,Is(hs.bind(null,r,o,e),[e]),r.flags|=2048,Ms(9,{destroy:void 0},ms.bind(null,r,o,n,t),null),n},useId:function(){var e=ns(),t=Qu.identifierPrefix;if(W){var n=qi,r=Ki;n=(r&~(1<<32-at(r)-1)).toString(32)+n,t=`_`+t+`R_`+n,n=Uo++,0<n&&(t+=`H`+n.toString(32)),t+=`_`}else n=Ko++,t=`_`+t+`r_`+n.toString(32)+`_`;return e.memoizedState=t},useHostTransitionStatus:ec,useFormState:Ds,useActionState:Ds,useOptimistic:function(e){var t=ns();t.memoizedState=t.baseState=e;var n={pending:null,lanes:0,dispatch:null,lastRenderedReducer:null,lastRenderedState:null};return t.queue=n,t=sc.bind(null,G,!0,n),n.dispatch=t,[e,t]},useMemoCache:ss,useCacheRefresh:function(){return ns().memoizedState=rc.bind(null,G)},useEffectEvent:function(e){var t=ns(),n={impl:e};return t.memoizedState=n,function(){if(J&2)throw Error(i(440));return n.impl.apply(void 0,arguments)}}},pc={readContext:xa,use:os,useCallback:Gs,useContext:xa,useEffect:Ls,useImperativeHandle:Us,useInsertionEffect:Bs,useLayoutEffect:Vs,useMemo:Ks,useReducer:ls,useRef:Ns,useState:function(){return ls(cs)},useDebugValue:Ws,useDeferredValue:function(e,t){return Js(rs(),K.memoizedState,e,t)},useTransition:function(){var e=ls(cs)[0],t=rs().memoizedState;return[typeof e==`boolean`?e:as(e),t]},useSyncExternalStore:fs,useId:tc,useHostTransitionStatus:ec,useFormState:Os,useActionState:Os,useOptimistic:function(e,t){return ys(rs(),K,e,t)},useMemoCache:ss,useCacheRefresh:nc,useEffectEvent:zs},mc={readContext:xa,use:os,useCallback:Gs,useContext:xa,useEffect:Ls,useImperativeHandle:Us,useInsertionEffect:Bs,useLayoutEffect:Vs,useMemo:Ks,useReducer:ds,useRef:Ns,useState:function(){return ds(cs)},useDebugValue:Ws,useDeferredValue:function(e,t){var n=rs();return K===null?qs(n,e,t):Js(n,K.memoizedState,e,t)},useTransition:function(){var e=ds(cs)[0],t=rs().memoizedState;return[typeof e==`boolean`?e:as(e),t]},useSyncExternalStore:fs,useId:tc,useHostTransitionStatus:ec,useFormState:js,useActionState:js,useOptimistic:function(e,t){var n=rs();return K===null?(n.baseState=e,[e,n.queue.dispatch]):ys(n,K,e,t)},useMemoCache:ss,useCacheRefresh:nc,useEffectEvent:zs};function hc(e,t,n,r){t=e.memoizedState,n=n(r,t),n=n==null?t:E({},t,n),e.memoizedState=n,e.lanes===0&&(e.updateQueue.baseState=n)}var gc={enqueueSetState:function(e,t,n){e=e._reactInternals;var r=Ad(),i=po(r);i.payload=t,n!=null&&(i.callback=n),t=mo(e,i,r),t!==null&&(Nd(t,e,r),ho(t,e,r))},enqueueReplaceState:function(e,t,n){e=e._reactInternals;var r=Ad(),i=po(r);i.tag=1,i.payload=t,n!=null&&(i.callback=n),t=mo(e,i,r),t!==null&&(Nd(t,e,r),ho(t,e,r))},enqueueForceUpdate:function(e,t){e=e._reactInternals;var n=Ad(),r=po(n);r.tag=2,t!=null&&(r.callback=t),t=mo(e,r,n),t!==null&&(Nd(t,e,n),ho(t,e,n))}};function _c(e,t,n,r,i,a,o){return e=e.stateNode,typeof e.shouldComponentUpdate==`function`?e.shouldComponentUpdate(r,a,o):t.prototype&&t.prototype.isPureReactComponent?!Br(n,r)||!Br(i,a):!0}function vc(e,t,n,r){e=t.state,typeof t.componentWillReceiveProps==`function`&&t.componentWillReceiveProps(n,r),typeof t.UNSAFE_componentWillReceiveProps==`function`&&t.UNSAFE_componentWillReceiveProps(n,r),t.state!==e&&gc.enqueueReplaceState(t,t.state,null)}function yc(e,t){var n=t;if(`ref`in t)for(var r in n={},t)r!==`ref`&&(n[r]=t[r]);if(e=e.defaultProps)for(var i in n===t&&(n=E({},n)),e)n[i]===void 0&&(n[i]=e[i]);return n}function bc(e){gi(e)}function xc(e){console.error(e)}function Sc(e){gi(e)}function Cc(e,t){try{(0,e.onUncaughtError)(t.value,{componentStack:t.stack})}catch(e){setTimeout(function(){throw e})}}function wc(e,t,n){try{(0,e.onCaughtError)(n.value,{componentStack:n.stack,errorBoundary:t.tag===1?t.stateNode:null})}catch(e){setTimeout(function(){throw e})}}function Tc(e,t,n){return n=po(n),n.tag=3,n.payload={element:null},n.callback=function(){Cc(e,t)},n}function Ec(e){return e=po(e),e.tag=3,e}function Dc(e,t,n,r){var i=n.type.getDerivedStateFromError;if(typeof i==`function`){var a=r.value;e.payload=function(){return i(a)},e.callback=function(){wc(t,n,r)}}var o=n.stateNode;o!==null&&typeof o.componentDidCatch==`function`&&(e.callback=function(){wc(t,n,r),typeof i!=`function`&&(_d===null?_d=new Set([this]):_d.add(this));var e=r.stack;this.componentDidCatch(r.value,{componentStack:e===null?``:e})})}function Oc(e,t,n,r,a){if(n.flags|=32768,typeof r==`object`&&r&&typeof r.then==`function`){if(t=n.alternate,t!==null&&va(t,n,a,!0),n=Do.current,n!==null){switch(n.tag){case 31:case 13:case 19:return Oo===null?Gd():n.alternate===null&&id===0&&(id=3),n.flags&=-257,n.flags|=65536,n.lanes=a,r===Ja?n.flags|=16384:(t=n.updateQueue,t===null?n.updateQueue=new Set([r]):t.add(r),pf(e,r,a)),!1;case 22:return n.flags|=65536,r===Ja?n.flags|=16384:(t=n.updateQueue,t===null?(t={transitions:null,markerInstances:null,retryQueue:new Set([r])},n.updateQueue=t):(n=t.retryQueue,n===null?t.retryQueue=new Set([r]):n.add(r)),pf(e,r,a)),!1}throw Error(i(435,n.tag))}return pf(e,r,a),Gd(),!1}if(W)return t=Do.current,t===null?(r!==ra&&(t=Error(i(423),{cause:r}),ua(Ri(t,n))),e=e.current.alternate,e.flags|=65536,a&=-a,e.lanes|=a,r=Ri(r,n),a=Tc(e.stateNode,r,a),go(e,a),id!==4&&(id=2)):(!(t.flags&65536)&&(t.flags|=256),t.flags|=65536,t.lanes=a,r!==ra&&(e=Error(i(422),{cause:r}),ua(Ri(e,n)))),!1;var o=Error(i(520),{cause:r});if(o=Ri(o,n),ud===null?ud=[o]:ud.push(o),id!==4&&(id=2),t===null)return!0;r=Ri(r,n),n=t;do{switch(n.tag){case 3:return n.flags|=65536,e=a&-a,n.lanes|=e,e=Tc(n.stateNode,r,e),go(n,e),!1;case 1:if(t=n.type,o=n.stateNode,!(n.flags&128)&&(typeof t.getDerivedStateFromError==`function`||o!==null&&typeof o.componentDidCatch==`function`&&(_d===null||!_d.has(o))))return n.flags|=65536,a&=-a,n.lanes|=a,a=Ec(a),Dc(a,e,n,r),go(n,a),!1;break;case 22:if(n.memoizedState!==null)return n.flags|=65536,!1}n=n.return}while(n!==null);return!1}var kc=Error(i(461)),Ac=!1;function jc(e,t,n,r){t.child=e===null?co(t,null,n,r):so(t,e.child,n,r)}function Mc(e,t,n,r,i){n=n.render;var a=t.ref;if(`ref`in r){var o={};for(var s in r)s!==`ref`&&(o[s]=r[s])}else o=r;return ba(t),r=Yo(e,t,n,o,a,i),s=$o(),e!==null&&!Ac?(es(e,t,i),ol(e,t,i)):(W&&s&&Xi(t),t.flags|=1,jc(e,t,r,i),t.child)}function Nc(e,t,n,r,i){if(e===null){var a=n.type;return typeof a==`function`&&!ki(a)&&a.defaultProps===void 0&&n.compare===null?(t.tag=15,t.type=a,Pc(e,t,a,r,i)):(e=Mi(n.type,null,r,t,t.mode,i),e.ref=t.ref,e.return=t,t.child=e)}if(a=e.child,!sl(e,i)){var o=a.memoizedProps;if(n=n.compare,n=n===null?Br:n,n(o,r)&&e.ref===t.ref)return ol(e,t,i)}return t.flags|=1,e=Ai(a,r),e.ref=t.ref,e.return=t,t.child=e}function Pc(e,t,n,r,i){if(e!==null){var a=e.memoizedProps;if(Br(a,r)&&e.ref===t.ref){if(Ac=!1,t.pendingProps=r=a,sl(e,i))e.flags&131072&&(Ac=!0);else return t.lanes=e.lanes,ol(e,t,i)}}return Hc(e,t,n,r,i)}function Fc(e,t,n,r){var i=r.children,a=e===null?null:e.memoizedState;if(e===null&&t.stateNode===null&&(t.stateNode={_visibility:1,_pendingMarkers:null,_retryCache:null,_transitions:null}),r.mode===`hidden`){if(t.flags&128){if(a=a===null?n:a.baseLanes|n,e!==null){for(r=t.child=e.child,i=0;r!==null;)i=i|r.lanes|r.childLanes,r=r.sibling;r=i&~a}else r=0,t.child=null;return Lc(e,t,a,n,r)}if(n&536870912)t.memoizedState={baseLanes:0,cachePool:null},e!==null&&Ua(t,a===null?null:a.cachePool),a===null?To():wo(t,a),jo(t);else return r=t.lanes=536870912,Lc(e,t,a===null?n:a.baseLanes|n,n,r)}else a===null?(e!==null&&Ua(t,null),To(),Mo()):(Ua(t,a.cachePool),wo(t,a),Mo(),t.memoizedState=null);return jc(e,t,i,n),t.child}function Ic(e,t){return e!==null&&e.tag===22||t.stateNode!==null||(t.stateNode={_visibility:1,_pendingMarkers:null,_retryCache:null,_transitions:null}),t.sibling}function Lc(e,t,n,r,i){var a=Ha();return a=a===null?null:{parent:Da._currentValue,pool:a},t.memoizedState={baseLanes:n,cachePool:a},e!==null&&Ua(t,null),To(),jo(t),e!==null&&va(e,t,r,!0),t.childLanes=i,null}function Rc(e,t){return t=Zc({mode:t.mode,children:t.children},e.mode),t.ref=e.ref,e.child=t,t.return=e,t}function zc(e,t,n){return so(t,e.child,null,n),e=Rc(t,t.pendingProps),e.flags|=2,No(t),t.memoizedState=null,e}function Bc(e,t,n){var r=t.pendingProps,a=!!(t.flags&128);if(t.flags&=-129,e===null){if(W){if(r.mode===`hidden`)return e=Rc(t,r),t.lanes=536870912,e.memoizedState={baseLanes:0,cachePool:null},Ic(null,e);if(Ao(t),(e=ea)?(e=am(e,na),e=e!==null&&e.data===`&`?e:null,e!==null&&(t.memoizedState={dehydrated:e,treeContext:Gi===null?null:{id:Ki,overflow:qi},retryLane:536870912,hydrationErrors:null},n=Fi(e),n.return=t,t.child=n,$i=t,ea=null)):e=null,e===null)throw ia(t);return t.lanes=536870912,null}return Rc(t,r)}var o=e.memoizedState;if(o!==null){var s=o.dehydrated;if(Ao(t),a){if(t.flags&256)t.flags&=-257,t=zc(e,t,n);else if(t.memoizedState!==null)t.child=e.child,t.flags|=128,t=null;else throw Error(i(558))}else if(Ac||va(e,t,n,!1),a=(n&e.childLanes)!==0,Ac||a){if(So.current===null){if(r=Qu,r!==null&&(s=Ct(r,n),s!==0&&s!==o.retryLane))throw o.retryLane=s,Ci(e,s),Nd(r,e,s),kc;Gd()}t=zc(e,t,n)}else e=o.treeContext,ea=lm(s.nextSibling),$i=t,W=!0,ta=null,na=!1,e!==null&&Qi(t,e),t=Rc(t,r),t.flags|=0x8001000;return t}return e=Ai(e.child,{mode:r.mode,children:r.children}),e.ref=t.ref,t.child=e,e.return=t,e}function Vc(e,t){var n=t.ref;if(n===null)e!==null&&e.ref!==null&&(t.flags|=4194816);else{if(typeof n!=`function`&&typeof n!=`object`)throw Error(i(284));(e===null||e.ref!==n)&&(t.flags|=4194816)}}function Hc(e,t,n,r,i){return ba(t),n=Yo(e,t,n,r,void 0,i),r=$o(),e!==null&&!Ac?(es(e,t,i),ol(e,t,i)):(W&&r&&Xi(t),t.flags|=1,jc(e,t,n,i),t.child)}function Uc(e,t,n,r,i,a){return ba(t),t.updateQueue=null,n=Zo(t,r,n,i),Xo(e),r=$o(),e!==null&&!Ac?(es(e,t,a),ol(e,t,a)):(W&&r&&Xi(t),t.flags|=1,jc(e,t,n,a),t.child)}function Wc(e,t,n,r,i){if(ba(t),t.stateNode===null){var a=Ei,o=n.contextType;typeof o==`object`&&o&&(a=xa(o)),a=new n(r,a),t.memoizedState=a.state!==null&&a.state!==void 0?a.state:null,a.updater=gc,t.stateNode=a,a._reactInternals=t,a=t.stateNode,a.props=r,a.state=t.memoizedState,a.refs={},uo(t),o=n.contextType,a.context=typeof o==`object`&&o?xa(o):Ei,a.state=t.memoizedState,o=n.getDerivedStateFromProps,typeof o==`function`&&(hc(t,n,o,r),a.state=t.memoizedState),typeof n.getDerivedStateFromProps==`function`||typeof a.getSnapshotBeforeUpdate==`function`||typeof a.UNSAFE_componentWillMount!=`function`&&typeof a.componentWillMount!=`function`||(o=a.state,typeof a.componentWillMount==`function`&&a.componentWillMount(),typeof a.UNSAFE_componentWillMount==`function`&&a.UNSAFE_componentWillMount(),o!==a.state&&gc.enqueueReplaceState(a,a.state,null),yo(t,r,a,i),vo(),a.state=t.memoizedState),typeof a.componentDidMount==`function`&&(t.flags|=4194308),r=!0}else if(e===null){a=t.stateNode;var s=t.memoizedProps,c=yc(n,s);a.props=c;var l=a.context,u=n.contextType;o=Ei,typeof u==`object`&&u&&(o=xa(u));var d=n.getDerivedStateFromProps;u=typeof d==`function`||typeof a.getSnapshotBeforeUpdate==`function`,s=t.pendingProps!==s,u||typeof a.UNSAFE_componentWillReceiveProps!=`function`&&typeof a.componentWillReceiveProps!=`function`||(s||l!==o)&&vc(t,a,r,o),lo=!1;var f=t.memoizedState;a.state=f,yo(t,r,a,i),vo(),l=t.memoizedState,s||f!==l||lo?(typeof d==`function`&&(hc(t,n,d,r),l=t.memoizedState),(c=lo||_c(t,n,c,r,f,l,o))?(u||typeof a.UNSAFE_componentWillMount!=`function`&&typeof a.componentWillMount!=`function`||(typeof a.componentWillMount==`function`&&a.componentWillMount(),typeof a.UNSAFE_componentWillMount==`function`&&a.UNSAFE_componentWillMount()),typeof a.componentDidMount==`function`&&(t.flags|=4194308)):(typeof a.componentDidMount==`function`&&(t.flags|=4194308),t.memoizedProps=r,t.memoizedState=l),a.props=r,a.state=l,a.context=o,r=c):(typeof a.componentDidMount==`function`&&(t.flags|=4194308),r=!1)}else{a=t.stateNode,fo(e,t),o=t.memoizedProps,u=yc(n,o),a.props=u,d=t.pendingProps,f=a.context,l=n.contextType,c=Ei,typeof l==`object`&&l&&(c=xa(l)),s=n.getDerivedStateFromProps,(l=typeof s==`function`||typeof a.getSnapshotBeforeUpdate==`function`)||typeof a.UNSAFE_componentWillReceiveProps!=`function`&&typeof a.componentWillReceiveProps!=`function`||(o!==d||f!==c)&&vc(t,a,r,c),lo=!1,f=t.memoizedState,a.state=f,yo(t,r,a,i),vo();var p=t.memoizedState;o!==d||f!==p||lo||e!==null&&e.dependencies!==null&&ya(e.dependencies)?(typeof s==`function`&&(hc(t,n,s,r),p=t.memoizedState),(u=lo||_c(t,n,u,r,f,p,c)||e!==null&&e.dependencies!==null&&ya(e.dependencies))?(l||typeof a.UNSAFE_componentWillUpdate!=`function`&&typeof a.componentWillUpdate!=`function`||(typeof a.componentWillUpdate==`function`&&a.componentWillUpdate(r,p,c),typeof a.UNSAFE_componentWillUpdate==`function`&&a.UNSAFE_componentWillUpdate(r,p,c)),typeof a.componentDidUpdate==`function`&&(t.flags|=4),typeof a.getSnapshotBeforeUpdate==`function`&&(t.flags|=1024)):(typeof a.componentDidUpdate!=`function`||o===e.memoizedProps&&f===e.memoizedState||(t.flags|=4),typeof a.getSnapshotBeforeUpdate!=`function`||o===e.memoizedProps&&f===e.memoizedState||(t.flags|=1024),t.memoizedProps=r,t.memoizedState=p),a.props=r,a.state=p,a.context=c,r=u):(typeof a.componentDidUpdate!=`function`||o===e.memoizedProps&&f===e.memoizedState||(t.flags|=4),typeof a.getSnapshotBeforeUpdate!=`function`||o===e.memoizedProps&&f===e.memoizedState||(t.flags|=1024),r=!1)}return a=r,Vc(e,t),r=!!(t.flags&128),a||r?(a=t.stateNode,n=r&&typeof n.getDerivedStateFromError!=`function`?null:a.render(),t.flags|=1,e!==null&&r?(t.child=so(t,e.child,null,i),t.child=so(t,null,n,i)):jc(e,t,n,i),t.memoizedState=a.state,e=t.child):e=ol(e,t,i),e}function Gc(e,t,n,r){return ca(),t.flags|=256,jc(e,t,n,r),t.child}var Kc={dehydrated:null,treeContext:null,retryLane:0,hydrationErrors:null};function qc(e){return{baseLanes:e,cachePool:Wa()}}function Jc(e,t,n){return e=e===null?0:e.childLanes&~n,t&&(e|=cd),e}function Yc(e,t,n){var r=t.pendingProps,i=!1,a=!!(t.flags&128),o;if((o=a)||(o=e!==null&&e.memoizedState===null?!1:!!(Po.current&2)),o&&(i=!0,t.flags&=-129),o=!!(t.flags&32),t.flags&=-33,e===null){if(W){if(i?ko(t):Mo(),(e=ea)?(e=am(e,na),e=e!==null&&e.data!==`&`?e:null,e!==null&&(t.memoizedState={dehydrated:e,treeContext:Gi===null?null:{id:Ki,overflow:qi},retryLane:536870912,hydrationErrors:null},n=Fi(e),n.return=t,t.child=n,$i=t,ea=null)):e=null,e===null)throw ia(t);return t.lanes=sm(e)?32:536870912,null}return a=r.children,r=r.fallback,i?(Mo(),i=t.mode,a=Zc({mode:`hidden`,children:a},i),r=Ni(r,i,n,null),a.return=t,r.return=t,a.sibling=r,t.child=a,r=t.child,r.memoizedState=qc(n),r.childLanes=Jc(e,o,n),t.memoizedState=Kc,Ic(null,r)):(ko(t),Xc(t,a))}var s=e.memoizedState;if(s!==null){var c=s.dehydrated;if(c!==null)return $c(e,t,a,o,r,c,s,n)}return i?(Mo(),i=r.fallback,a=t.mode,s=e.child,c=s.sibling,r=Ai(s,{mode:`hidden`,children:r.children}),r.subtreeFlags=s.subtreeFlags&0x47f00000,c===null?(i=Ni(i,a,n,null),i.flags|=2):i=Ai(c,i),i.return=t,r.return=t,r.sibling=i,t.child=r,Ic(null,r),r=t.child,i=e.child.memoizedState,i===null?i=qc(n):(a=i.cachePool,a===null?a=Wa():(s=Da._currentValue,a=a.parent===s?a:{parent:s,pool:s}),i={baseLanes:i.baseLanes|n,cachePool:a}),r.memoizedState=i,r.childLanes=Jc(e,o,n),t.memoizedState=Kc,Ic(e.child,r)):(ko(t),n=e.child,e=n.sibling,n=Ai(n,{mode:`visible`,children:r.children}),n.return=t,n.sibling=null,e!==null&&(o=t.deletions,o===null?(t.deletions=[e],t.flags|=16):o.push(e)),t.child=n,t.memoizedState=null,n)}function Xc(e,t){return t=Zc({mode:`visible`,children:t},e.mode),t.return=e,e.child=t}function Zc(e,t){return e=Oi(22,e,null,t),e.lanes=0,e}function Qc(e,t,n){return so(t,e.child,null,n),e=Xc(t,t.pendingProps.children),e.flags|=2,t.memoizedState=null,e}function $c(e,t,n,r,a,o,s,c){if(n)return t.flags&256?(ko(t),t.flags&=-257,Qc(e,t,c)):t.memoizedState===null?(Mo(),o=a.fallback,s=t.mode,a=Zc({mode:`visible`,children:a.children},s),o=Ni(o,s,c,null),o.flags|=2,a.return=t,o.return=t,a.sibling=o,t.child=a,so(t,e.child,null,c),a=t.child,a.memoizedState=qc(c),a.childLanes=Jc(e,r,c),t.memoizedState=Kc,Ic(null,a)):(Mo(),t.child=e.child,t.flags|=128,null);if(ko(t),sm(o)){if(r=o.nextSibling&&o.nextSibling.dataset,r)var l=r.dgst;return r=l,r!==``&&(a=Error(i(419)),a.stack=``,a.digest=r,ua({value:a,source:null,stack:null})),Qc(e,t,c)}if(Ac||va(e,t,c,!1),r=(c&e.childLanes)!==0,Ac||r){if(So.current!==null)return Qc(e,t,c);if(r=Qu,r!==null&&(a=Ct(r,c),a!==0&&a!==s.retryLane))throw s.retryLane=a,Ci(e,a),Nd(r,e,a),kc;return om(o)||Gd(),Qc(e,t,c)}return om(o)?(t.flags|=192,t.child=e.child,null):(e=s.treeContext,ea=lm(o.nextSibling),$i=t,W=!0,ta=null,na=!1,e!==null&&Qi(t,e),t=Xc(t,a.children),t.flags|=0x8001000,t)}function el(e,t,n){e.lanes|=t;var r=e.alternate;r!==null&&(r.lanes|=t),ga(e.return,t,n)}function tl(e){for(var t=null;e!==null;){var n=e.alternate;n!==null&&Lo(n)===null&&(t=e),e=e.sibling}return t}function nl(e,t,n,r,i,a){var o=e.memoizedState;o===null?e.memoizedState={isBackwards:t,rendering:null,renderingStartTime:0,last:r,tail:n,tailMode:i,treeForkCount:a}:(o.isBackwards=t,o.rendering=null,o.renderingStartTime=0,o.last=r,o.tail=n,o.tailMode=i,o.treeForkCount=a)}function rl(e){var t=e.child;for(e.child=null;t!==null;){var n=t.sibling;t.sibling=e.child,e.child=t,t=n}}function il(e,t,n){var r=t.pendingProps,i=r.revealOrder,a=r.tail;r=r.children;var o=Po.current;if(t.flags&128)return Fo(t,o),null;var s=!!(o&2);if(s?(o=o&1|2,t.flags|=128):o&=1,Fo(t,o),i===`backwards`&&e!==null?(rl(e),jc(e,t,r,n),rl(e)):jc(e,t,r,n),r=W?Hi:0,!s&&e!==null&&e.flags&128)e:for(e=t.child;e!==null;){if(e.tag===13)e.memoizedState!==null&&el(e,n,t);else if(e.tag===19)el(e,n,t);else if(e.child!==null){e.child.return=e,e=e.child;continue}if(e===t)break;for(;e.sibling===null;){if(e.return===null||e.return===t)break e;e=e.return}e.sibling.return=e.return,e=e.sibling}switch(i){case`backwards`:n=tl(t.child),n===null?(i=t.child,t.child=null):(i=n.sibling,n.sibling=null,rl(t)),nl(t,!0,i,null,a,r);break;case`unstable_legacy-backwards`:for(n=null,i=t.child,t.child=null;i!==null;){if(e=i.alternate,e!==null&&Lo(e)===null){t.child=i;break}e=i.sibling,i.sibling=n,n=i,i=e}nl(t,!0,n,null,a,r);break;case`together`:nl(t,!1,null,null,void 0,r);break;case`independent`:t.memoizedState=null;break;default:n=tl(t.child),n===null?(i=t.child,t.child=null):(i=n.sibling,n.sibling=null),nl(t,!1,i,n,a,r)}return t.child}function al(e,t,n){var r=t.pendingProps;return ma(t,t.type,r.value),jc(e,t,r.children,n),t.child}function ol(e,t,n){if(e!==null&&(t.dependencies=e.dependencies),ad|=t.lanes,(n&t.childLanes)===0){if(e!==null){if(va(e,t,n,!1),(n&t.childLanes)===0)return null}else return null}if(e!==null&&t.child!==e.child)throw Error(i(153));if(t.child!==null){for(e=t.child,n=Ai(e,e.pendingProps),t.child=n,n.return=t;e.sibling!==null;)e=e.sibling,n=n.sibling=Ai(e,e.pendingProps),n.return=t;n.sibling=null}return t.child}function sl(e,t){return(e.lanes&t)!==0||(e=e.dependencies,!!(e!==null&&ya(e)))}function cl(e,t,n){switch(t.tag){case 3:je(t,t.stateNode.containerInfo),ma(t,Da,e.memoizedState.cache),ca();break;case 27:case 5:Ne(t);break;case 4:je(t,t.stateNode.containerInfo);break;case 10:ma(t,t.type,t.memoizedProps.value);break;case 31:if(t.memoizedState!==null)return t.flags|=128,Ao(t),null;break;case 13:var r=t.memoizedState;if(r!==null){if(r.dehydrated!==null)return ko(t),t.flags|=128,null;r=va(e,t,n,!1);var i=t.child.childLanes;return r||(n&i)!==0?Yc(e,t,n):(ko(t),e=ol(e,t,n),e===null?null:e.sibling)}ko(t);break;case 19:if(t.flags&128)return il(e,t,n);if(i=!!(e.flags&128),r=(n&t.childLanes)!==0,r||=(va(e,t,n,!1),(n&t.childLanes)!==0),i){if(r)return il(e,t,n);t.flags|=128}if(i=t.memoizedState,i!==null&&(i.rendering=null,i.tail=null,i.lastEffect=null),Fo(t,Po.current),r)break;return null;case 22:return t.lanes=0,Fc(e,t,n,t.pendingProps);case 24:ma(t,Da,e.memoizedState.cache)}return ol(e,t,n)}function ll(e,t,n){if(e!==null){if(e.memoizedProps!==t.pendingProps)Ac=!0;else{if(!sl(e,n)&&!(t.flags&128))return Ac=!1,cl(e,t,n);Ac=!!(e.flags&131072)}}else Ac=!1,W&&t.flags&1048576&&Yi(t,Hi,t.index);switch(t.lanes=0,t.tag){case 16:e:{var r=t.pendingProps;if(e=Za(t.elementType),t.type=e,typeof e==`function`)ki(e)?(r=yc(e,r),t.tag=1,t=Wc(null,t,e,r,n)):(t.tag=0,t=Hc(null,t,e,r,n));else{if(e!=null){var a=e.$$typeof;if(a===ce){t.tag=11,t=Mc(null,t,e,r,n);break e}if(a===ue){t.tag=14,t=Nc(null,t,e,r,n);break e}if(a===se){t.tag=10,t.type=e,t=al(null,t,n);break e}}throw t=be(e)||e,Error(i(306,t,``))}}return t;case 0:return Hc(e,t,t.type,t.pendingProps,n);case 1:return r=t.type,a=yc(r,t.pendingProps),Wc(e,t,r,a,n);case 3:e:{if(je(t,t.stateNode.containerInfo),e===null)throw Error(i(387));r=t.pendingProps;var o=t.memoizedState;a=o.element,fo(e,t),yo(t,r,null,n);var s=t.memoizedState;if(r=s.cache,ma(t,Da,r),r!==o.cache&&_a(t,[Da],n,!0),vo(),r=s.element,o.isDehydrated){if(o={element:r,isDehydrated:!1,cache:s.cache},t.updateQueue.baseState=o,t.memoizedState=o,t.flags&256){t=Gc(e,t,r,n);break e}if(r!==a){a=Ri(Error(i(424)),t),ua(a),t=Gc(e,t,r,n);break e}for(e=t.stateNode.containerInfo,e=e.nodeType===9?e.body:e.nodeName===`HTML`?e.ownerDocument.body:e,ea=lm(e.firstChild),$i=t,W=!0,ta=null,na=!0,n=co(t,null,r,n),t.child=n;n;)n.flags=n.flags&-3|0x8001000,n=n.sibling}else{if(ca(),r===a){t=ol(e,t,n);break e}jc(e,t,r,n)}t=t.child}return t;case 26:return Vc(e,t),e===null?(n=Nm(t.type,null,t.pendingProps,null))?t.memoizedState=n:W||(t.stateNode=fp(t.type,t.pendingProps,ke.current,t)):t.memoizedState=Nm(t.type,e.memoizedProps,t.pendingProps,e.memoizedState),null;case 27:return Ne(t),e===null&&W&&(r=t.stateNode=hm(t.type,t.pendingProps,ke.current),$i=t,na=!0,a=ea,Sp(t.type)?(um=a,ea=lm(r.firstChild)):ea=a),jc(e,t,t.pendingProps.children,n),Vc(e,t),e===null&&(t.flags|=4194304),t.child;case 5:return e===null&&W&&((a=r=ea)&&(r=rm(r,t.type,t.pendingProps,na),r===null?a=!1:(t.stateNode=r,$i=t,ea=lm(r.firstChild),na=!1,a=!0)),a||ia(t)),Ne(t),a=t.type,o=t.pendingProps,s=e===null?null:e.memoizedProps,r=o.children,pp(a,o)?r=null:s!==null&&pp(a,s)&&(t.flags|=32),t.memoizedState!==null&&(a=Yo(e,t,Qo,null,null,n),sh._currentValue=a),Vc(e,t),jc(e,t,r,n),t.child;case 6:return e===null&&W&&((e=n=ea)&&(n=im(n,t.pendingProps,na),n===null?e=!1:(t.stateNode=n,$i=t,ea=null,e=!0)),e||ia(t)),null;case 13:return Yc(e,t,n);case 4:return je(t,t.stateNode.containerInfo),r=t.pendingProps,e===null?t.child=so(t,null,r,n):jc(e,t,r,n),t.child;case 11:return Mc(e,t,t.type,t.pendingProps,n);case 7:return r=t.pendingProps,Vc(e,t),jc(e,t,r,n),t.child;case 8:case 12:return jc(e,t,t.pendingProps.children,n),t.child;case 10:return al(e,t,n);case 9:return a=t.type._context,r=t.pendingProps.children,ba(t),a=xa(a),r=r(a),t.flags|=1,jc(e,t,r,n),t.child;case 14:return Nc(e,t,t.type,t.pendingProps,n);case 15:return Pc(e,t,t.type,t.pendingProps,n);case 19:return il(e,t,n);case 31:return Bc(e,t,n);case 22:return Fc(e,t,n,t.pendingProps);case 24:return ba(t),r=xa(Da),e===null?(a=Ha(),a===null&&(a=Qu,o=Oa(),a.pooledCache=o,o.refCount++,o!==null&&(a.pooledCacheLanes|=n),a=o),t.memoizedState={parent:r,cache:a},uo(t),ma(t,Da,a)):((e.lanes&n)!==0&&(fo(e,t),yo(t,null,null,n),vo()),a=e.memoizedState,o=t.memoizedState,a.parent===r?(r=o.cache,ma(t,Da,r),r!==a.cache&&_a(t,[Da],n,!0)):(a={parent:r,cache:r},t.memoizedState=a,t.lanes===0&&(t.memoizedState=t.updateQueue.baseState=a),ma(t,Da,r))),jc(e,t,t.pendingProps.children,n),t.child;case 30:return t.stateNode===null&&(t.stateNode={autoName:null,paired:null,clones:null,ref:null}),r=t.pendingProps,r.name!=null&&r.name!==`auto`?t.flags|=e===null?18882560:18874368:W&&Xi(t),e!==null&&e.memoizedProps.name!==r.name?t.flags|=4194816:Vc(e,t),jc(e,t,r.children,n),t.child;case 29:throw t.pendingProps}throw Error(i(156,t.tag))}function ul(e){e.flags|=4}function dl(e,t,n,r,i){var a;if((a=!!(e.mode&32))&&(a=n===null?Jm(t,r):Jm(t,r)&&(r.src!==n.src||r.srcSet!==n.srcSet)),a){if(e.flags|=16777216,(i&335544128)===i){if(e.stateNode.complete)e.flags|=8192;else if(Hd())e.flags|=8192;else throw Qa=Ja,Ka}}else e.flags&=-16777217}function fl(e,t){if(t.type!==`stylesheet`||t.state.loading&4)e.flags&=-16777217;else if(e.flags|=16777216,!Ym(t)){if(Hd())e.flags|=8192;else throw Qa=Ja,Ka}}function pl(e,t){t!==null&&(e.flags|=4),e.flags&16384&&(t=e.tag===22?536870912:_t(),e.lanes|=t,ld|=t)}function ml(e,t){if(!W)switch(e.tailMode){case`visible`:break;case`collapsed`:for(var n=e.tail,r=null;n!==null;)n.alternate!==null&&(r=n),n=n.sibling;r===null?t||e.tail===null?e.tail=null:e.tail.sibling=null:r.sibling=null;break;default:for(t=e.tail,n=null;t!==null;)t.alternate!==null&&(n=t),t=t.sibling;n===null?e.tail=null:n.sibling=null}}function hl(e){var t=e.alternate!==null&&e.alternate.child===e.child,n=0,r=0;if(t)for(var i=e.child;i!==null;)n|=i.lanes|i.childLanes,r|=i.subtreeFlags&0x47f00000,r|=i.flags&0x47f00000,i.return=e,i=i.sibling;else for(i=e.child;i!==null;)n|=i.lanes|i.childLanes,r|=i.subtreeFlags,r|=i.flags,i.return=e,i=i.sibling;return e.subtreeFlags|=r,e.childLanes=n,t}function gl(e,t,n){var r=t.pendingProps;switch(Zi(t),t.tag){case 16:case 15:case 0:case 11:case 7:case 8:case 12:case 9:case 14:case 1:return hl(t),null;case 3:return n=t.stateNode,r=null,e!==null&&(r=e.memoizedState.cache),t.memoizedState.cache!==r&&(t.flags|=2048),ha(Da),Me(),n.pendingContext&&(n.context=n.pendingContext,n.pendingContext=null),(e===null||e.child===null)&&(sa(t)?ul(t):e===null||e.memoizedState.isDehydrated&&!(t.flags&256)||(t.flags|=1024,la())),hl(t),null;case 26:var a=t.type,o=t.memoizedState;return e===null?(ul(t),o===null?(hl(t),dl(t,a,null,r,n)):(hl(t),fl(t,o))):o?o===e.memoizedState?(hl(t),t.flags&=-16777217):(ul(t),hl(t),fl(t,o)):(e=e.memoizedProps,e!==r&&ul(t),hl(t),dl(t,a,e,r,n)),null;case 27:if(Pe(t),n=ke.current,a=t.type,e!==null&&t.stateNode!=null)e.memoizedProps!==r&&ul(t);else{if(!r){if(t.stateNode===null)throw Error(i(166));return hl(t),t.subtreeFlags&=-33554433,null}e=De.current,sa(t)?aa(t,e):(e=hm(a,r,n),t.stateNode=e,ul(t))}return hl(t),t.subtreeFlags&=-33554433,null;case 5:if(Pe(t),a=t.type,e!==null&&t.stateNode!=null)e.memoizedProps!==r&&ul(t);else{if(!r){if(t.stateNode===null)throw Error(i(166));return hl(t),t.subtreeFlags&=-33554433,null}if(o=De.current,sa(t))aa(t,o);else{var s=lp(ke.current);switch(o){case 1:o=s.createElementNS(`http://www.w3.org/2000/svg`,a);break;case 2:o=s.createElementNS(`http://www.w3.org/1998/Math/MathML`,a);break;default:switch(a){case`svg`:o=s.createElementNS(`http://www.w3.org/2000/svg`,a);break;case`math`:o=s.createElementNS(`http://www.w3.org/1998/Math/MathML`,a);break;case`script`:o=s.createElement(`div`),o.innerHTML=`<script><\/script>`,o=o.removeChild(o.firstChild);break;case`select`:o=typeof r.is==`string`?s.createElement(`select`,{is:r.is}):s.createElement(`select`),r.multiple?o.multiple=!0:r.size&&(o.size=r.size);break;default:o=typeof r.is==`string`?s.createElement(a,{is:r.is}):s.createElement(a)}}o[kt]=t,o[At]=r;e:for(s=t.child;s!==null;){if(s.tag===5||s.tag===6)o.appendChild(s.stateNode);else if(s.tag!==4&&s.tag!==27&&s.child!==null){s.child.return=s,s=s.child;continue}if(s===t)break;for(;s.sibling===null;){if(s.return===null||s.return===t)break e;s=s.return}s.sibling.return=s.return,s=s.sibling}switch(t.stateNode=o,np(o,a,r),a){case`button`:case`input`:case`select`:case`textarea`:r=!!r.autoFocus;break;case`img`:r=!0;break;default:r=!1}r&&ul(t)}}return hl(t),t.subtreeFlags&=-33554433,dl(t,t.type,e===null?null:e.memoizedProps,t.pendingProps,n),null;case 6:if(e&&t.stateNode!=null)e.memoizedProps!==r&&ul(t);else{if(typeof r!=`string`&&t.stateNode===null)throw Error(i(166));if(e=ke.current,sa(t)){if(e=t.stateNode,n=t.memoizedProps,r=null,a=$i,a!==null)switch(a.tag){case 27:case 5:r=a.memoizedProps}e[kt]=t,e=!!(e.nodeValue===n||r!==null&&!0===r.suppressHydrationWarning||$f(e.nodeValue,n)),e||ia(t,!0)}else e=lp(e).createTextNode(r),e[kt]=t,t.stateNode=e}return hl(t),null;case 31:if(n=t.memoizedState,e===null||e.memoizedState!==null){if(r=sa(t),n!==null){if(e===null){if(!r)throw Error(i(318));if(e=t.memoizedState,e=e===null?null:e.dehydrated,!e)throw Error(i(557));e[kt]=t}else ca(),!(t.flags&128)&&(t.memoizedState=null),t.flags|=4;hl(t),e=!1}else n=la(),e!==null&&e.memoizedState!==null&&(e.memoizedState.hydrationErrors=n),e=!0;if(!e)return t.flags&256?(No(t),t):(No(t),null);if(t.flags&128)throw Error(i(558))}return hl(t),null;case 13:if(r=t.memoizedState,e===null||e.memoizedState!==null&&e.memoizedState.dehydrated!==null){if(a=sa(t),r!==null&&r.dehydrated!==null){if(e===null){if(!a)throw Error(i(318));if(a=t.memoizedState,a=a===null?null:a.dehydrated,!a)throw Error(i(317));a[kt]=t}else ca(),!(t.flags&128)&&(t.memoizedState=null),t.flags|=4;hl(t),a=!1}else a=la(),e!==null&&e.memoizedState!==null&&(e.memoizedState.hydrationErrors=a),a=!0;if(!a)return t.flags&256?(No(t),t):(No(t),null)}return No(t),t.flags&128?(t.lanes=n,t):(n=r!==null,e=e!==null&&e.memoizedState!==null,n&&(r=t.child,a=null,r.alternate!==null&&r.alternate.memoizedState!==null&&r.alternate.memoizedState.cachePool!==null&&(a=r.alternate.memoizedState.cachePool.pool),o=null,r.memoizedState!==null&&r.memoizedState.cachePool!==null&&(o=r.memoizedState.cachePool.pool),o!==a&&(r.flags|=2048)),n!==e&&n&&(t.child.flags|=8192),pl(t,t.updateQueue),hl(t),null);case 4:return Me(),e===null&&Uf(t.stateNode.containerInfo),t.flags|=67108864,hl(t),null;case 10:return ha(t.type),hl(t),null;case 19:if(Io(t),r=t.memoizedState,r===null)return hl(t),null;if(a=!!(t.flags&128),o=r.rendering,o===null){if(a)ml(r,!1);else{if(id!==0||e!==null&&e.flags&128)for(e=t.child;e!==null;){if(o=Lo(e),o!==null){for(t.flags|=128,ml(r,!1),e=o.updateQueue,t.updateQueue=e,pl(t,e),t.subtreeFlags=0,e=n,n=t.child;n!==null;)ji(n,e),n=n.sibling;return Fo(t,Po.current&1|2),W&&Ji(t,r.treeForkCount),t.child}e=e.sibling}r.tail!==null&&qe()>hd&&(t.flags|=128,a=!0,ml(r,!1),t.lanes=4194304)}}else{if(!a){if(e=Lo(o),e!==null){if(t.flags|=128,a=!0,e=e.updateQueue,t.updateQueue=e,pl(t,e),ml(r,!0),r.tail===null&&r.tailMode!==`collapsed`&&r.tailMode!==`visible`&&!o.alternate&&!W)return hl(t),null}else 2*qe()-r.renderingStartTime>hd&&n!==536870912&&(t.flags|=128,a=!0,ml(r,!1),t.lanes=4194304)}r.isBackwards?(o.sibling=t.child,t.child=o):(e=r.last,e===null?t.child=o:e.sibling=o,r.last=o)}if(r.tail!==null){e=r.tail;e:{for(n=e;n!==null;){if(n.alternate!==null){n=!1;break e}n=n.sibling}n=!0}return r.rendering=e,r.tail=e.sibling,r.renderingStartTime=qe(),e.sibling=null,o=Po.current,o=a?o&1|2:o&1,r.tailMode===`visible`||r.tailMode===`collapsed`||!n||W?Fo(t,o):(n=o,j(Do,t),j(Po,n),Oo===null&&(Oo=t)),W&&Ji(t,r.treeForkCount),e}return hl(t),null;case 22:case 23:return No(t),Eo(),r=t.memoizedState!==null,e===null?r&&(t.flags|=8192):e.memoizedState!==null!==r&&(t.flags|=8192),r?n&536870912&&!(t.flags&128)&&(hl(t),t.subtreeFlags&6&&(t.flags|=8192)):hl(t),n=t.updateQueue,n!==null&&pl(t,n.retryQueue),n=null,e!==null&&e.memoizedState!==null&&e.memoizedState.cachePool!==null&&(n=e.memoizedState.cachePool.pool),r=null,t.memoizedState!==null&&t.memoizedState.cachePool!==null&&(r=t.memoizedState.cachePool.pool),r!==n&&(t.flags|=2048),e!==null&&Ee(Va),null;case 24:return n=null,e!==null&&(n=e.memoizedState.cache),t.memoizedState.cache!==n&&(t.flags|=2048),ha(Da),hl(t),null;case 25:return null;case 30:return t.flags|=33554432,hl(t),null}throw Error(i(156,t.tag))}function _l(e,t){switch(Zi(t),t.tag){case 1:return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 3:return ha(Da),Me(),e=t.flags,e&65536&&!(e&128)?(t.flags=e&-65537|128,t):null;case 26:case 27:case 5:return Pe(t),null;case 31:if(t.memoizedState!==null){if(No(t),t.alternate===null)throw Error(i(340));ca()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 13:if(No(t),e=t.memoizedState,e!==null&&e.dehydrated!==null){if(t.alternate===null)throw Error(i(340));ca()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 19:return Io(t),e=t.flags,e&65536?(t.flags=e&-65537|128,e=t.memoizedState,e!==null&&(e.rendering=null,e.tail=null),t.flags|=4,t):null;case 4:return Me(),null;case 10:return ha(t.type),null;case 22:case 23:return No(t),Eo(),e!==null&&Ee(Va),e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 24:return ha(Da),null;default:return null}}function vl(e,t){switch(Zi(t),t.tag){case 3:ha(Da),Me();break;case 26:case 27:case 5:Pe(t);break;case 4:Me();break;case 31:t.memoizedState!==null&&No(t);break;case 13:No(t);break;case 19:Io(t);break;case 10:ha(t.type);break;case 22:case 23:No(t),Eo(),e!==null&&Ee(Va);break;case 24:ha(Da)}}function yl(e,t){try{var n=t.updateQueue,r=n===null?null:n.lastEffect;if(r!==null){var i=r.next;n=i;do{if((n.tag&e)===e){r=void 0;var a=n.create,o=n.inst;r=a(),o.destroy=r}n=n.next}while(n!==i)}}catch(e){Q(t,t.return,e)}}function bl(e,t,n){try{var r=t.updateQueue,i=r===null?null:r.lastEffect;if(i!==null){var a=i.next;r=a;do{if((r.tag&e)===e){var o=r.inst,s=o.destroy;if(s!==void 0){o.destroy=void 0,i=t;var c=n,l=s;try{l()}catch(e){Q(i,c,e)}}}r=r.next}while(r!==a)}}catch(e){Q(t,t.return,e)}}function xl(e){var t=e.updateQueue;if(t!==null){var n=e.stateNode;try{xo(t,n)}catch(t){Q(e,e.return,t)}}}function Sl(e,t,n){n.props=yc(e.type,e.memoizedProps),n.state=e.memoizedState;try{n.componentWillUnmount()}catch(n){Q(e,t,n)}}function Cl(e,t){try{var n=e.ref;if(n!==null){switch(e.tag){case 26:case 27:case 5:var r=e.stateNode;break;case 30:var i=e.stateNode,a=pi(e.memoizedProps,i);(i.ref===null||i.ref.name!==a)&&(i.ref=Pp(a)),r=i.ref;break;case 7:if(e.stateNode===null){var o=new Fp(e);h(e.child,!1,Qp,o,void 0,void 0),e.stateNode=o}r=e.stateNode;break;default:r=e.stateNode}typeof n==`function`?e.refCleanup=n(r):n.current=r}}catch(n){Q(e,t,n)}}function wl(e,t){var n=e.ref,r=e.refCleanup;if(n!==null){if(typeof r==`function`)try{r()}catch(n){Q(e,t,n)}finally{e.refCleanup=null,e=e.alternate,e!=null&&(e.refCleanup=null)}else if(typeof n==`function`)try{n(null)}catch(n){Q(e,t,n)}else n.current=null}}function Tl(e,t){if((e.tag===5||e.tag===27||e.tag===6)&&e.alternate===null&&t!==null)for(var n=0;n<t.length;n++)em(e.stateNode,t[n])}function El(e){for(var t=e.return;t!==null&&(kl(t)&&em(e.stateNode,t.stateNode),!Ol(t));)t=t.return}function Dl(e){for(var t=e.return;t!==null&&(kl(t)&&tm(e.stateNode,t.stateNode),!Ol(t));)t=t.return}function Ol(e){return e.tag===5||e.tag===3||e.tag===27}function kl(e){return e&&e.tag===7&&e.stateNode!==null}function Al(e){var t=e.type,n=e.memoizedProps,r=e.stateNode;try{switch(t){case`button`:case`input`:case`select`:case`textarea`:n.autoFocus&&r.focus();break;case`img`:n.src?r.src=n.src:n.srcSet&&(r.srcset=n.srcSet)}}catch(t){Q(e,e.return,t)}}function jl(e,t,n){try{var r=e.stateNode;ip(r,e.type,n,t),r[At]=t}catch(t){Q(e,e.return,t)}}function Ml(e){return e.tag===5||e.tag===3||e.tag===26||e.tag===27&&Sp(e.type)||e.tag===4}function Nl(e){e:for(;;){for(;e.sibling===null;){if(e.return===null||Ml(e.return))return null;e=e.return}for(e.sibling.return=e.return,e=e.sibling;e.tag!==5&&e.tag!==6&&e.tag!==18;){if(e.tag===27&&Sp(e.type)||e.flags&2||e.child===null||e.tag===4)continue e;e.child.return=e,e=e.child}if(!(e.flags&2))return e.stateNode}}function Pl(e,t,n,r){var i=e.tag;if(i===5||i===6)i=e.stateNode,t?(n.nodeType===9?n.body:n.nodeName===`HTML`?n.ownerDocument.body:n).insertBefore(i,t):(t=n.nodeType===9?n.body:n.nodeName===`HTML`?n.ownerDocument.body:n,t.appendChild(i),n=n._reactRootContainer,n!=null||t.onclick!==null||(t.onclick=wn)),Tl(e,r),M=!0;else if(i!==4&&(i===27&&(Tl(e,r),r=null,Sp(e.type)&&(n=e.stateNode,t=null)),e=e.child,e!==null))for(Pl(e,t,n,r),e=e.sibling;e!==null;)Pl(e,t,n,r),e=e.sibling}function Fl(e,t,n,r){var i=e.tag;if(i===5||i===6)i=e.stateNode,t?n.insertBefore(i,t):n.appendChild(i),Tl(e,r),M=!0;else if(i!==4&&(i===27&&(Tl(e,r),r=null,Sp(e.type)&&(n=e.stateNode)),e=e.child,e!==null))for(Fl(e,t,n,r),e=e.sibling;e!==null;)Fl(e,t,n,r),e=e.sibling}function Il(e){var t=e.stateNode,n=e.memoizedProps;try{for(var r=e.type,i=t.attributes;i.length;)t.removeAttributeNode(i[0]);np(t,r,n),t[kt]=e,t[At]=n}catch(t){Q(e,e.return,t)}}var Ll=!1,Rl=null;function zl(e){(e.tag===30||e.subtreeFlags&33554432)&&(Ll=!0)}var Bl=null;function Vl(){var e=Bl;return Bl=null,e}var Hl=0;function Ul(e,t,n,r,i){return Hl=0,Wl(e.child,t,n,r,i)}function Wl(e,t,n,r,i){for(var a=!1;e!==null;){if(e.tag===5){var o=e.stateNode;if(r!==null){var s=Op(o);r.push(s),s.view&&(a=!0)}else a||Op(o).view&&(a=!0);Ll=!0,Tp(o,Hl===0?t:t+`_`+Hl,n),Hl++}else e.tag===22&&e.memoizedState!==null||e.tag===30&&i||Wl(e.child,t,n,r,i)&&(a=!0);e=e.sibling}return a}function Gl(e,t){for(;e!==null;)e.tag===5?Ep(e.stateNode,e.memoizedProps):e.tag===22&&e.memoizedState!==null||e.tag===30&&t||Gl(e.child,t),e=e.sibling}function Kl(e){if(e.subtreeFlags&18874368)for(e=e.child;e!==null;){if((e.tag!==22||e.memoizedState===null)&&(Kl(e),e.tag===30&&e.flags&18874368&&e.stateNode.paired)){var t=e.memoizedProps;if(t.name==null||t.name===`auto`)throw Error(i(544));var n=t.name;t=hi(t.default,t.share),t!==`none`&&(Ul(e,n,t,null,!1)||Gl(e.child,!1))}e=e.sibling}}function ql(e,t){if(e.tag===30){var n=e.stateNode,r=e.memoizedProps,i=pi(r,n),a=hi(r.default,n.paired?r.share:r.enter);a===`none`?Kl(e):Ul(e,i,a,null,!1)?(Kl(e),n.paired||t||Md(e,r.onEnter)):Gl(e.child,!1)}else if(e.subtreeFlags&33554432)for(e=e.child;e!==null;)ql(e,t),e=e.sibling;else Kl(e)}function Jl(e){if(Rl!==null&&Rl.size!==0){var t=Rl;if(e.subtreeFlags&18874368)for(e=e.child;e!==null;){if(e.tag!==22||e.memoizedState===null){if(e.tag===30&&e.flags&18874368){var n=e.memoizedProps,r=n.name;if(r!=null&&r!==`auto`){var i=t.get(r);if(i!==void 0){var a=hi(n.default,n.share);if(a!==`none`&&(Ul(e,r,a,null,!1)?(a=e.stateNode,i.paired=a,a.paired=i,Md(e,n.onShare)):Gl(e.child,!1)),t.delete(r),t.size===0)break}}}Jl(e)}e=e.sibling}}}function Yl(e){if(e.tag===30){var t=e.memoizedProps,n=pi(t,e.stateNode),r=Rl===null?void 0:Rl.get(n),i=hi(t.default,r===void 0?t.exit:t.share);i!==`none`&&(Ul(e,n,i,null,!1)?r===void 0?Md(e,t.onExit):(i=e.stateNode,r.paired=i,i.paired=r,Rl.delete(n),Md(e,t.onShare)):Gl(e.child,!1)),Rl!==null&&Jl(e)}else if(e.subtreeFlags&33554432)for(e=e.child;e!==null;)Yl(e),e=e.sibling;else Rl!==null&&Jl(e)}function Xl(e){for(e=e.child;e!==null;){if(e.tag===30){var t=e.memoizedProps,n=pi(t,e.stateNode);t=hi(t.default,t.update),e.flags&=-5,t!==`none`&&Ul(e,n,t,e.memoizedState=[],!1)}else e.subtreeFlags&33554432&&Xl(e);e=e.sibling}}function Zl(e){if(e.subtreeFlags&18874368)for(e=e.child;e!==null;){if(e.tag!==22||e.memoizedState===null){if(e.tag===30&&e.flags&18874368){var t=e.stateNode;t.paired!==null&&(t.paired=null,Gl(e.child,!1))}Zl(e)}e=e.sibling}}function Ql(e){if(e.tag===30)e.stateNode.paired=null,Gl(e.child,!1),Zl(e);else if(e.subtreeFlags&33554432)for(e=e.child;e!==null;)Ql(e),e=e.sibling;else Zl(e)}function $l(e){for(e=e.child;e!==null;)e.tag===30?Gl(e.child,!1):e.subtreeFlags&33554432&&$l(e),e=e.sibling}function eu(e,t,n,r,i,a,o){for(var s=!1;t!==null;){if(t.tag===5){var c=t.stateNode;if(a!==null&&Hl<a.length){var l=a[Hl],u=Op(c);(l.view||u.view)&&(s=!0);var d;if(d=!(e.flags&4)){if(u.clip)d=!0;else{d=l.rect;var f=u.rect;d=d.y!==f.y||d.x!==f.x||d.height!==f.height||d.width!==f.width}}d&&(e.flags|=4),u.abs?u=!l.abs:(l=l.rect,u=u.rect,u=l.height!==u.height||l.width!==u.width),u&&(e.flags|=32)}else e.flags|=32;e.flags&4&&Tp(c,Hl===0?n:n+`_`+Hl,i),s&&e.flags&4||(Bl===null&&(Bl=[]),Bl.push(c,Hl===0?r:r+`_`+Hl,t.memoizedProps)),Hl++}else(t.tag!==22||t.memoizedState===null)&&(t.tag===30&&o?e.flags|=t.flags&32:eu(e,t.child,n,r,i,a,o)&&(s=!0));t=t.sibling}return s}function tu(e,t){for(e=e.child;e!==null;){if(e.tag===30){var n=e.memoizedProps,r=e.stateNode,i=pi(n,r),a=hi(n.default,n.update);if(t){r=r.clones;var o=r===null?null:r.map(kp)}else o=e.memoizedState,e.memoizedState=null;r=e;var s=e.child;Hl=0,i=eu(r,s,i,i,a,o,!1),e.flags&4&&i&&(t||Md(e,n.onUpdate))}else e.subtreeFlags&33554432&&tu(e,t);e=e.sibling}}var nu=!1,q=!1,ru=!1,iu=!1,au=typeof WeakSet==`function`?WeakSet:Set,ou=null,su=!1,cu=!1,lu=!1,uu=!1;function du(e,t,n){if(e=e.containerInfo,sp=gh,e=Wr(e),Gr(e)){if(`selectionStart`in e)var r={start:e.selectionStart,end:e.selectionEnd};else e:{r=(r=e.ownerDocument)&&r.defaultView||window;var i=r.getSelection&&r.getSelection();if(i&&i.rangeCount!==0){r=i.anchorNode;var a=i.anchorOffset,o=i.focusNode;i=i.focusOffset;try{r.nodeType,o.nodeType}catch{r=null;break e}var s=0,c=-1,l=-1,u=0,d=0,f=e,p=null;t:for(;;){for(var m;f!==r||a!==0&&f.nodeType!==3||(c=s+a),f!==o||i!==0&&f.nodeType!==3||(l=s+i),f.nodeType===3&&(s+=f.nodeValue.length),(m=f.firstChild)!==null;)p=f,f=m;for(;;){if(f===e)break t;if(p===r&&++u===a&&(c=s),p===o&&++d===i&&(l=s),(m=f.nextSibling)!==null)break;f=p,p=f.parentNode}f=m}r=c===-1||l===-1?null:{start:c,end:l}}else r=null}r||={start:0,end:0}}else r=null;for(cp={focusedElem:e,selectionRange:r},gh=!1,n=(n&335544064)===n,ou=t,t=n?9270:1024;ou!==null;){if(e=ou,n&&(r=e.deletions,r!==null))for(a=0;a<r.length;a++)n&&Yl(r[a]);if(e.alternate===null&&e.flags&2)n&&zl(e),fu(n);else{if(e.tag===22){if(r=e.alternate,e.memoizedState!==null){r!==null&&r.memoizedState===null&&n&&Yl(r),fu(n);continue}if(r!==null&&r.memoizedState!==null){n&&zl(e),fu(n);continue}}r=e.child,(e.subtreeFlags&t)!==0&&r!==null?(r.return=e,ou=r):(n&&Xl(e),fu(n))}}Rl=null}function fu(e){for(;ou!==null;){var t=ou,n=e,r=t.alternate,a=t.flags;switch(t.tag){case 0:case 11:case 15:break;case 1:if(a&1024&&r!==null){n=void 0,a=r.memoizedProps,r=r.memoizedState;var o=t.stateNode;try{var s=yc(t.type,a);n=o.getSnapshotBeforeUpdate(s,r),o.__reactInternalSnapshotBeforeUpdate=n}catch(e){Q(t,t.return,e)}}break;case 3:if(a&1024){if(r=t.stateNode.containerInfo,n=r.nodeType,n===9)nm(r);else if(n===1)switch(r.nodeName){case`HEAD`:case`HTML`:case`BODY`:nm(r);break;default:r.textContent=``}}break;case 5:case 26:case 27:case 6:case 4:case 17:break;case 30:n&&r!==null&&(n=pi(r.memoizedProps,r.stateNode),a=t.memoizedProps,a=hi(a.default,a.update),a!==`none`&&Ul(r,n,a,r.memoizedState=[],!0));break;default:if(a&1024)throw Error(i(163))}if(r=t.sibling,r!==null){r.return=t.return,ou=r;break}ou=t.return}}function pu(e,t,n){var r=n.flags;switch(n.tag){case 0:case 11:case 15:Nu(e,n),r&4&&yl(5,n);break;case 1:if(Nu(e,n),r&4){if(e=n.stateNode,t===null)try{e.componentDidMount()}catch(e){Q(n,n.return,e)}else{var i=yc(n.type,t.memoizedProps);t=t.memoizedState;try{e.componentDidUpdate(i,t,e.__reactInternalSnapshotBeforeUpdate)}catch(e){Q(n,n.return,e)}}}r&64&&xl(n),r&512&&Cl(n,n.return);break;case 3:if(Nu(e,n),r&64&&(e=n.updateQueue,e!==null)){if(t=null,n.child!==null)switch(n.child.tag){case 27:case 5:case 1:t=n.child.stateNode}try{xo(e,t)}catch(e){Q(n,n.return,e)}}break;case 27:t===null&&r&4&&Il(n);case 26:case 5:Nu(e,n),t===null&&r&4&&Al(n),r&512&&Cl(n,n.return);break;case 12:Nu(e,n);break;case 31:Nu(e,n),r&4&&Su(e,n);break;case 13:Nu(e,n),r&4&&Cu(e,n),r&64&&(e=n.memoizedState,e!==null&&(e=e.dehydrated,e!==null&&(n=gf.bind(null,n),cm(e,n))));break;case 22:if(r=n.memoizedState!==null||nu,!r){var a=t!==null&&t.memoizedState!==null||q;t=nu,i=q,nu=r,(q=a)&&!i?(r=2,n.subtreeFlags&8772&&(r|=1),Fu(e,n,r)):Nu(e,n),nu=t,q=i}break;case 30:Nu(e,n),r&512&&Cl(n,n.return);break;case 7:r&512&&Cl(n,n.return);default:Nu(e,n)}}function mu(e,t){for(e=e.child;e!==null;)hu(e,t),e=e.sibling}function hu(e,t){switch(e.tag){case 5:case 26:try{var n=e.stateNode;if(t){var r=n.style;typeof r.setProperty==`function`?r.setProperty(`display`,`none`,`important`):r.display=`none`}else{var i=e.stateNode,a=e.memoizedProps.style,o=a!=null&&a.hasOwnProperty(`display`)?a.display:null;i.style.display=o==null||typeof o==`boolean`?``:(``+o).trim()}}catch(t){Q(e,e.return,t)}gu(e,t);break;case 6:try{e.stateNode.nodeValue=t?``:e.memoizedProps,M=!0}catch(t){Q(e,e.return,t)}break;case 18:try{var s=e.stateNode;t?wp(s,!0):wp(e.stateNode,!1)}catch(t){Q(e,e.return,t)}break;case 22:case 23:e.memoizedState===null&&mu(e,t);break;default:mu(e,t)}}function gu(e,t){if(e.subtreeFlags&67108864)for(e=e.child;e!==null;){e:{var n=e,r=t;switch(n.tag){case 4:hu(n,r);break e;case 22:n.memoizedState===null&&gu(n,r);break e;default:gu(n,r)}}e=e.sibling}}function _u(e){var t=e.alternate;t!==null&&(e.alternate=null,_u(t)),e.child=null,e.deletions=null,e.sibling=null,e.tag===5&&(t=e.stateNode,t!==null&&Rt(t)),e.stateNode=null,e.return=null,e.dependencies=null,e.memoizedProps=null,e.memoizedState=null,e.pendingProps=null,e.stateNode=null,e.updateQueue=null}var vu=null,yu=!1;function bu(e,t,n){for(n=n.child;n!==null;)xu(e,t,n),n=n.sibling}function xu(e,t,n){if(rt&&typeof rt.onCommitFiberUnmount==`function`)try{rt.onCommitFiberUnmount(nt,n)}catch{}switch(n.tag){case 26:q||wl(n,t),bu(e,t,n),n.memoizedState?n.memoizedState.count--:n.stateNode&&!q&&(n=n.stateNode,n.parentNode.removeChild(n));break;case 27:q||wl(n,t),Dl(n);var r=vu,i=yu;Sp(n.type)&&(vu=n.stateNode,yu=!1),bu(e,t,n),gm(n.stateNode,n.type,n.memoizedProps),vu=r,yu=i;break;case 5:q||wl(n,t),Dl(n);case 6:if(n.tag===6&&Dl(n),r=vu,i=yu,vu=null,bu(e,t,n),vu=r,yu=i,vu!==null){if(yu)try{(vu.nodeType===9?vu.body:vu.nodeName===`HTML`?vu.ownerDocument.body:vu).removeChild(n.stateNode),M=!0}catch(e){Q(n,t,e)}else try{vu.removeChild(n.stateNode),M=!0}catch(e){Q(n,t,e)}}break;case 18:vu!==null&&(yu?(e=vu,Cp(e.nodeType===9?e.body:e.nodeName===`HTML`?e.ownerDocument.body:e,n.stateNode),Hh(e)):Cp(vu,n.stateNode));break;case 4:r=vu,i=yu,vu=n.stateNode.containerInfo,yu=!0,bu(e,t,n),vu=r,yu=i;break;case 0:case 11:case 14:case 15:bl(2,n,t),q||bl(4,n,t),bu(e,t,n);break;case 1:q||(wl(n,t),r=n.stateNode,typeof r.componentWillUnmount==`function`&&Sl(n,t,r)),bu(e,t,n);break;case 21:bu(e,t,n);break;case 22:q=(r=q)||n.memoizedState!==null,bu(e,t,n),q=r;break;case 30:wl(n,t),bu(e,t,n);break;case 7:q||wl(n,t),bu(e,t,n);break;default:bu(e,t,n)}}function Su(e,t){if(t.memoizedState===null&&(e=t.alternate,e!==null&&(e=e.memoizedState,e!==null))){e=e.dehydrated;try{Hh(e)}catch(e){Q(t,t.return,e)}}}function Cu(e,t){if(t.memoizedState===null&&(e=t.alternate,e!==null&&(e=e.memoizedState,e!==null&&(e=e.dehydrated,e!==null))))try{Hh(e)}catch(e){Q(t,t.return,e)}}function wu(e){switch(e.tag){case 31:case 13:case 19:var t=e.stateNode;return t===null&&(t=e.stateNode=new au),t;case 22:return e=e.stateNode,t=e._retryCache,t===null&&(t=e._retryCache=new au),t;default:throw Error(i(435,e.tag))}}function Tu(e,t){var n=wu(e);t.forEach(function(t){if(!n.has(t)){n.add(t);var r=_f.bind(null,e,t);t.then(r,r)}})}function Eu(e,t,n){var r=t.deletions;if(r!==null)for(var a=0;a<r.length;a++){var o=r[a],s=e,c=t,l=c;e:for(;l!==null;){switch(l.tag){case 27:if(Sp(l.type)){vu=l.stateNode,yu=!1;break e}break;case 5:vu=l.stateNode,yu=!1;break e;case 3:case 4:vu=l.stateNode.containerInfo,yu=!0;break e}l=l.return}if(vu===null)throw Error(i(160));xu(s,c,o),vu=null,yu=!1,s=o.alternate,s!==null&&(s.return=null),o.return=null}if(t.subtreeFlags&13886)for(t=t.child;t!==null;)Ou(t,e,n),t=t.sibling}var Du=null;function Ou(e,t,n){var r=e.alternate,a=e.flags;switch(e.tag){case 0:case 11:case 14:case 15:if(a&4&&(r=e.updateQueue,r=r===null?null:r.events,r!==null))for(var o=0;o<r.length;o++){var s=r[o];s.ref.impl=s.nextImpl}Eu(t,e,n),ku(e),a&4&&(bl(3,e,e.return),yl(3,e),bl(5,e,e.return));break;case 1:Eu(t,e,n),ku(e),a&512&&(q||r===null||wl(r,r.return)),a&64&&nu&&(e=e.updateQueue,e!==null&&(t=e.callbacks,t!==null&&(n=e.shared.hiddenCallbacks,e.shared.hiddenCallbacks=n===null?t:n.concat(t))));break;case 26:if(o=Du,Eu(t,e,n),ku(e),a&512&&(q||r===null||wl(r,r.return)),a&4){if(a=r===null?null:r.memoizedState,n=e.memoizedState,r===null){if(n===null){if(e.stateNode===null){if(nu)e.stateNode=fp(e.type,e.memoizedProps,t.containerInfo,e);else{e:{t=e.type,n=e.memoizedProps,a=o.ownerDocument||o;t:switch(t){case`title`:r=a.getElementsByTagName(`title`)[0],(!r||r[It]||r[kt]||r.namespaceURI===`http://www.w3.org/2000/svg`||r.hasAttribute(`itemprop`))&&(r=a.createElement(t),a.head.insertBefore(r,a.querySelector(`head > title`))),np(r,t,n),r[kt]=e,Ut(r),t=r;break e;case`link`:if(o=Gm(`link`,`href`,a).get(t+(n.href||``))){for(s=0;s<o.length;s++)if(r=o[s],r.getAttribute(`href`)===(n.href==null||n.href===``?null:n.href)&&r.getAttribute(`rel`)===(n.rel==null?null:n.rel)&&r.getAttribute(`title`)===(n.title==null?null:n.title)&&r.getAttribute(`crossorigin`)===(n.crossOrigin==null?null:n.crossOrigin)){o.splice(s,1);break t}}r=a.createElement(t),np(r,t,n),a.head.appendChild(r);break;case`meta`:if(o=Gm(`meta`,`content`,a).get(t+(n.content||``))){for(s=0;s<o.length;s++)if(r=o[s],r.getAttribute(`content`)===(n.content==null?null:``+n.content)&&r.getAttribute(`name`)===(n.name==null?null:n.name)&&r.getAttribute(`property`)===(n.property==null?null:n.property)&&r.getAttribute(`http-equiv`)===(n.httpEquiv==null?null:n.httpEquiv)&&r.getAttribute(`charset`)===(n.charSet==null?null:n.charSet)){o.splice(s,1);break t}}r=a.createElement(t),np(r,t,n),a.head.appendChild(r);break;default:throw Error(i(468,t))}r[kt]=e,Ut(r),t=r}e.stateNode=t}}else nu||Km(o,e.type,e.stateNode)}else e.stateNode=Bm(o,n,e.memoizedProps)}else a===n?n===null&&e.stateNode!==null&&jl(e,e.memoizedProps,r.memoizedProps):(a===null?(t=r.stateNode,t===null||q||t.parentNode.removeChild(t)):a.count--,n===null?nu||Km(o,e.type,e.stateNode):Bm(o,n,e.memoizedProps))}break;case 27:Eu(t,e,n),ku(e),a&512&&(q||r===null||wl(r,r.return)),r!==null&&a&4&&jl(e,e.memoizedProps,r.memoizedProps);break;case 5:if(o=ru,ru=!1,Eu(t,e,n),ru=o,ku(e),a&512&&(q||r===null||wl(r,r.return)),e.flags&32){t=e.stateNode;try{gn(t,``),M=!0}catch(t){Q(e,e.return,t)}}a&4&&e.stateNode!=null&&(t=e.memoizedProps,jl(e,t,r===null?t:r.memoizedProps)),a&1024&&(iu=!0);break;case 6:if(Eu(t,e,n),ku(e),a&4){if(e.stateNode===null)throw Error(i(162));t=e.memoizedProps,n=e.stateNode;try{n.nodeValue=t,M=!0}catch(t){Q(e,e.return,t)}}break;case 3:if(M=!1,Wm=null,o=Du,Du=bm(t.containerInfo),Eu(t,e,n),Du=o,ku(e),a&4&&r!==null&&r.memoizedState.isDehydrated)try{Hh(t.containerInfo)}catch(t){Q(e,e.return,t)}iu&&(iu=!1,Au(e)),M=!1;break;case 4:a=ru,ru=nu,r=$t(),o=Du,Du=bm(e.stateNode.containerInfo),Eu(t,e,n),ku(e),Du=o,M&&cu&&(lu=!0),M=r,ru=a;break;case 12:Eu(t,e,n),ku(e);break;case 31:Eu(t,e,n),ku(e),a&4&&(t=e.updateQueue,t!==null&&(e.updateQueue=null,Tu(e,t)));break;case 13:Eu(t,e,n),ku(e),e.child.flags&8192&&e.memoizedState!==null!=(r!==null&&r.memoizedState!==null)&&(pd=qe()),a&4&&(t=e.updateQueue,t!==null&&(e.updateQueue=null,Tu(e,t)));break;case 22:o=e.memoizedState!==null,s=r!==null&&r.memoizedState!==null;var c=nu,l=q,u=ru;nu=c||o,ru=u||o,q=l||s,Eu(t,e,n),q=l,ru=u,nu=c,ku(e),a&8192&&(t=e.stateNode,t._visibility=o?t._visibility&-2:t._visibility|1,!o||r===null||s||nu||q||(t=s||q,n=nu,r=q,nu=o||nu,q=t,Pu(e,2),nu=n,q=r),!o&&ru||mu(e,o)),a&4&&(t=e.updateQueue,t!==null&&(n=t.retryQueue,n!==null&&(t.retryQueue=null,Tu(e,n))));break;case 19:Eu(t,e,n),ku(e),a&4&&(t=e.updateQueue,t!==null&&(e.updateQueue=null,Tu(e,t)));break;case 30:a&512&&(q||r===null||wl(r,r.return)),a=$t(),o=cu,s=(n&335544064)===n,c=e.memoizedProps,cu=s&&hi(c.default,c.update)!==`none`,Eu(t,e,n),ku(e),s&&r!==null&&M&&(e.flags|=4),cu=o,M=a;break;case 21:break;case 7:a&512&&(q||r===null||wl(r,r.return)),r&&r.stateNode!==null&&(r.stateNode._fragmentFiber=e);default:Eu(t,e,n),ku(e)}}function ku(e){var t=e.flags;if(t&2){try{for(var n,r=e.return;r!==null;){if(Ml(r)){n=r;break}r=r.return}r=null;for(var a=e.return;a!==null;){if(kl(a)){var o=a.stateNode;r===null?r=[o]:r.push(o)}if(Ol(a))break;a=a.return}var s=r;if(n==null)throw Error(i(160));switch(n.tag){case 27:var c=n.stateNode;Fl(e,Nl(e),c,s);break;case 5:var l=n.stateNode;n.flags&32&&(gn(l,``),n.flags&=-33),Fl(e,Nl(e),l,s);break;case 3:case 4:var u=n.stateNode.containerInfo;Pl(e,Nl(e),u,s);break;default:throw Error(i(161))}}catch(t){Q(e,e.return,t)}e.flags&=-3}t&4096&&(e.flags&=-4097)}function Au(e){if(e.subtreeFlags&1024)for(e=e.child;e!==null;){var t=e;Au(t),t.tag===5&&t.flags&1024&&(t=t.stateNode,gh=!0,t.reset(),gh=!1),e=e.sibling}}function ju(e,t){if(t.subtreeFlags&9270)for(t=t.child;t!==null;)Mu(t,e),t=t.sibling;else tu(t,!1)}function Mu(e,t){var n=e.alternate;if(n===null)ql(e,!1);else switch(e.tag){case 3:if(uu=su=!1,Vl(),ju(t,e),!su&&!lu){if(e=Bl,e!==null)for(var r=0;r<e.length;r+=3){n=e[r];var i=e[r+1];Ep(n,e[r+2]),n=n.ownerDocument.documentElement,n!==null&&n.animate({opacity:[0,0],pointerEvents:[`none`,`none`]},{duration:0,fill:`forwards`,pseudoElement:`::view-transition-group(`+i+`)`})}e=t.containerInfo,e=e.nodeType===9?e.documentElement:e.ownerDocument.documentElement,e!==null&&e.style.viewTransitionName===``&&(e.style.viewTransitionName=`none`,e.animate({opacity:[0,0],pointerEvents:[`none`,`none`]},{duration:0,fill:`forwards`,pseudoElement:`::view-transition-group(root)`}),e.animate({width:[0,0],height:[0,0]},{duration:0,fill:`forwards`,pseudoElement:`::view-transition`})),uu=!0}Bl=null;break;case 5:ju(t,e);break;case 4:r=su,su=!1,ju(t,e),su&&(lu=!0),su=r;break;case 22:e.memoizedState===null&&(n.memoizedState===null?ju(t,e):ql(e,!1));break;case 30:r=su,i=Vl(),su=!1,ju(t,e),su&&(e.flags|=4);var a=e.memoizedProps,o=e.stateNode;t=pi(a,o),o=pi(n.memoizedProps,o);var s=hi(a.default,a.update);s===`none`?t=!1:(a=n.memoizedState,n.memoizedState=null,n=e.child,Hl=0,t=eu(e,n,t,o,s,a,!0),Hl!==(a===null?0:a.length)&&(e.flags|=32)),e.flags&4&&t?(Md(e,e.memoizedProps.onUpdate),Bl=i):i!==null&&(i.push.apply(i,Bl),Bl=i),su=e.flags&32?!0:r;break;default:ju(t,e)}}function Nu(e,t){if(t.subtreeFlags&8772)for(t=t.child;t!==null;)pu(e,t.alternate,t),t=t.sibling}function Pu(e,t){for(e=e.child;e!==null;){var n=e,r=t;switch(n.tag){case 0:case 11:case 14:case 15:bl(4,n,n.return),Pu(n,r);break;case 1:wl(n,n.return);var i=n.stateNode;typeof i.componentWillUnmount==`function`&&Sl(n,n.return,i),Pu(n,r);break;case 27:r&2&&gm(n.stateNode,n.type,n.memoizedProps);case 5:wl(n,n.return),n.tag!==5&&n.tag!==27||Dl(n),Pu(n,r);break;case 6:Dl(n);break;case 26:wl(n,n.return),i=n.stateNode,n.memoizedState!==null||i===null||q||i.parentNode.removeChild(i),Pu(n,r);break;case 22:n.memoizedState===null&&Pu(n,r);break;case 30:wl(n,n.return),Pu(n,r);break;case 7:wl(n,n.return);default:Pu(n,r)}e=e.sibling}}function Fu(e,t,n){for(n=t.subtreeFlags&8772?n:n&-2,t=t.child;t!==null;){var r=t.alternate,i=e,a=t,o=a.flags,s=!!(n&1);switch(a.tag){case 0:case 11:case 15:Fu(i,a,n),yl(4,a);break;case 1:if(Fu(i,a,n),r=a,i=r.stateNode,typeof i.componentDidMount==`function`)try{i.componentDidMount()}catch(e){Q(r,r.return,e)}if(r=a,i=r.updateQueue,i!==null){var c=r.stateNode;try{var l=i.shared.hiddenCallbacks;if(l!==null)for(i.shared.hiddenCallbacks=null,i=0;i<l.length;i++)bo(l[i],c)}catch(e){Q(r,r.return,e)}}s&&o&64&&xl(a),Cl(a,a.return);break;case 27:n&2&&Il(a);case 5:a.tag!==5&&a.tag!==27||El(a),Fu(i,a,n),s&&r===null&&o&4&&Al(a),Cl(a,a.return);break;case 6:El(a);break;case 26:c=a.stateNode,a.memoizedState!==null||c===null||nu||Km(bm(c.ownerDocument),a.type,c),Fu(i,a,n),s&&r===null&&o&4&&Al(a),Cl(a,a.return);break;case 12:Fu(i,a,n);break;case 31:Fu(i,a,n),s&&o&4&&Su(i,a);break;case 13:Fu(i,a,n),s&&o&4&&Cu(i,a);break;case 22:a.memoizedState===null&&Fu(i,a,n),Cl(a,a.return);break;case 30:Fu(i,a,n),Cl(a,a.return);break;case 7:Cl(a,a.return);default:Fu(i,a,n)}t=t.sibling}}function Iu(e,t){var n=null;e!==null&&e.memoizedState!==null&&e.memoizedState.cachePool!==null&&(n=e.memoizedState.cachePool.pool),e=null,t.memoizedState!==null&&t.memoizedState.cachePool!==null&&(e=t.memoizedState.cachePool.pool),e!==n&&(e!=null&&e.refCount++,n!=null&&ka(n))}function Lu(e,t){e=null,t.alternate!==null&&(e=t.alternate.memoizedState.cache),t=t.memoizedState.cache,t!==e&&(t.refCount++,e!=null&&ka(e))}function Ru(e,t,n,r){var i=(n&335544064)===n;if(t.subtreeFlags&(i?10262:10256))for(t=t.child;t!==null;)zu(e,t,n,r),t=t.sibling;else i&&$l(t)}function zu(e,t,n,r){var i=(n&335544064)===n;i&&t.alternate===null&&t.return!==null&&t.return.alternate!==null&&Ql(t);var a=t.flags;switch(t.tag){case 0:case 11:case 15:Ru(e,t,n,r),a&2048&&yl(9,t);break;case 1:Ru(e,t,n,r);break;case 3:Ru(e,t,n,r),i&&uu&&(e=e.containerInfo,e=e.nodeType===9?e.body:e.nodeName===`HTML`?e.ownerDocument.body:e,e.style.viewTransitionName===`root`&&(e.style.viewTransitionName=``),e=e.ownerDocument.documentElement,e!==null&&e.style.viewTransitionName===`none`&&(e.style.viewTransitionName=``)),a&2048&&(a=null,t.alternate!==null&&(a=t.alternate.memoizedState.cache),t=t.memoizedState.cache,t!==a&&(t.refCount++,a!=null&&ka(a)));break;case 12:if(a&2048){Ru(e,t,n,r),a=t.stateNode;try{var o=t.memoizedProps,s=o.id,c=o.onPostCommit;typeof c==`function`&&c(s,t.alternate===null?`mount`:`update`,a.passiveEffectDuration,-0)}catch(e){Q(t,t.return,e)}}else Ru(e,t,n,r);break;case 31:case 13:Ru(e,t,n,r);break;case 23:break;case 22:o=t.stateNode,s=t.alternate,t.memoizedState===null?(i&&s!==null&&s.memoizedState!==null&&Ql(t),o._visibility&2?Ru(e,t,n,r):(o._visibility|=2,Bu(e,t,n,r,!!(t.subtreeFlags&10256)||!1))):(i&&s!==null&&s.memoizedState===null&&Ql(s),o._visibility&2?Ru(e,t,n,r):Vu(e,t)),a&2048&&Iu(s,t);break;case 24:Ru(e,t,n,r),a&2048&&Lu(t.alternate,t);break;case 30:i&&(a=t.alternate,a!==null&&(Gl(a.child,!0),Gl(t.child,!0))),Ru(e,t,n,r);break;default:Ru(e,t,n,r)}}function Bu(e,t,n,r,i){for(i&&=!!(t.subtreeFlags&10256)||!1,t=t.child;t!==null;){var a=e,o=t,s=n,c=r,l=o.flags;switch(o.tag){case 0:case 11:case 15:Bu(a,o,s,c,i),yl(8,o);break;case 23:break;case 22:var u=o.stateNode;o.memoizedState===null?(u._visibility|=2,Bu(a,o,s,c,i)):u._visibility&2?Bu(a,o,s,c,i):Vu(a,o),i&&l&2048&&Iu(o.alternate,o);break;case 24:Bu(a,o,s,c,i),i&&l&2048&&Lu(o.alternate,o);break;default:Bu(a,o,s,c,i)}t=t.sibling}}function Vu(e,t){if(t.subtreeFlags&10256)for(t=t.child;t!==null;){var n=e,r=t,i=r.flags;switch(r.tag){case 22:Vu(n,r),i&2048&&Iu(r.alternate,r);break;case 24:Vu(n,r),i&2048&&Lu(r.alternate,r);break;default:Vu(n,r)}t=t.sibling}}var Hu=8192;function Uu(e,t,n){if(e.subtreeFlags&Hu)for(e=e.child;e!==null;)Wu(e,t,n),e=e.sibling}function Wu(e,t,n){switch(e.tag){case 26:Uu(e,t,n),e.flags&Hu&&(e.memoizedState===null?(e=e.stateNode,(t&335544128)===t&&Zm(n,e)):Qm(n,Du,e.memoizedState,e.memoizedProps));break;case 5:Uu(e,t,n),e.flags&Hu&&(e=e.stateNode,(t&335544128)===t&&Zm(n,e));break;case 3:case 4:var r=Du;Du=bm(e.stateNode.containerInfo),Uu(e,t,n),Du=r;break;case 22:e.memoizedState===null&&(r=e.alternate,r!==null&&r.memoizedState!==null?(r=Hu,Hu=16777216,Uu(e,t,n),Hu=r):Uu(e,t,n));break;case 30:if((e.flags&Hu)!==0&&(r=e.memoizedProps.name,r!=null&&r!==`auto`)){var i=e.stateNode;i.paired=null,Rl===null&&(Rl=new Map),Rl.set(r,i)}Uu(e,t,n);break;default:Uu(e,t,n)}}function Gu(e){var t=e.alternate;if(t!==null&&(e=t.child,e!==null)){t.child=null;do t=e.sibling,e.sibling=null,e=t;while(e!==null)}}function Ku(e){var t=e.deletions;if(e.flags&16){if(t!==null)for(var n=0;n<t.length;n++){var r=t[n];ou=r,Yu(r,e)}Gu(e)}if(e.subtreeFlags&10256)for(e=e.child;e!==null;)qu(e),e=e.sibling}function qu(e){switch(e.tag){case 0:case 11:case 15:Ku(e),e.flags&2048&&bl(9,e,e.return);break;case 3:case 12:Ku(e);break;case 22:var t=e.stateNode;e.memoizedState!==null&&t._visibility&2&&(e.return===null||e.return.tag!==13)?(t._visibility&=-3,Ju(e)):Ku(e);break;default:Ku(e)}}function Ju(e){var t=e.deletions;if(e.flags&16){if(t!==null)for(var n=0;n<t.length;n++){var r=t[n];ou=r,Yu(r,e)}Gu(e)}for(e=e.child;e!==null;){switch(t=e,t.tag){case 0:case 11:case 15:bl(8,t,t.return),Ju(t);break;case 22:n=t.stateNode,n._visibility&2&&(n._visibility&=-3,Ju(t));break;default:Ju(t)}e=e.sibling}}function Yu(e,t){for(;ou!==null;){var n=ou;switch(n.tag){case 0:case 11:case 15:bl(8,n,t);break;case 23:case 22:if(n.memoizedState!==null&&n.memoizedState.cachePool!==null){var r=n.memoizedState.cachePool.pool;r!=null&&r.refCount++}break;case 24:ka(n.memoizedState.cache)}if(r=n.child,r!==null)r.return=n,ou=r;else for(n=e;ou!==null;){r=ou;var i=r.sibling,a=r.return;if(_u(r),r===n){ou=null;break}if(i!==null){i.return=a,ou=i;break}ou=a}}}var Xu={getCacheForType:function(e){var t=xa(Da),n=t.data.get(e);return n===void 0&&(n=e(),t.data.set(e,n)),n},cacheSignal:function(){return xa(Da).controller.signal}},Zu=typeof WeakMap==`function`?WeakMap:Map,J=0,Qu=null,Y=null,X=0,Z=0,$u=null,ed=!1,td=!1,nd=!1,rd=0,id=0,ad=0,od=0,sd=0,cd=0,ld=0,ud=null,dd=null,fd=!1,pd=0,md=0,hd=1/0,gd=null,_d=null,vd=0,yd=null,bd=null,xd=0,Sd=0,Cd=null,wd=null,Td=null,Ed=null,Dd=null,Od=0,kd=null;function Ad(){return J&2&&X!==0?X&-X:k.T===null?Et():Nf()}function jd(){if(cd===0){if(!(X&536870912)||W){var e=ut;ut<<=1,!(ut&3932160)&&(ut=262144),cd=e}else cd=536870912}return e=Do.current,e!==null&&(e.flags|=32),cd}function Md(e,t){if(t!=null){var n=e.stateNode,r=n.ref;r===null&&(r=n.ref=Pp(pi(e.memoizedProps,n))),Ed===null&&(Ed=[]),Ed.push(t.bind(null,r))}}function Nd(e,t,n){(e===Qu&&(Z===2||Z===9)||e.cancelPendingCommit!==null)&&(Bd(e,0),Ld(e,X,cd,!1)),yt(e,n),J&2&&e===Qu||(e===Qu&&(!(J&2)&&(od|=n),id===4&&Ld(e,X,cd,!1)),Tf(e))}function Pd(e,t,n){if(J&6)throw Error(i(327));var r=!n&&!(t&127)&&(t&e.expiredLanes)===0||mt(e,t),a=r?Jd(e,t):Kd(e,t,!0),o=r;do{if(a===0){td&&!r&&Ld(e,t,0,!1);break}if(n=e.current.alternate,o&&!Id(n))a=Kd(e,t,!1),o=!1;else{if(a===2){if(o=t,e.errorRecoveryDisabledLanes&o)var s=0;else s=e.pendingLanes&-536870913,s=s===0?s&536870912?536870912:0:s;if(s!==0){t=s;e:{var c=e;a=ud;var l=c.current.memoizedState.isDehydrated;if(l&&(Bd(c,s).flags|=256),s=Kd(c,s,!1),s!==2&&s!==6){if(nd&&!l){c.errorRecoveryDisabledLanes|=o,od|=o,a=4;break e}o=dd,dd=a,o!==null&&(dd===null?dd=o:dd.push.apply(dd,o))}a=s}if(o=!1,a!==2)continue}}if(a===1){Bd(e,0),Ld(e,t,0,!0);break}e:{switch(r=e,o=a,o){case 0:case 1:throw Error(i(345));case 4:if((t&4194048)!==t&&(t&62914560)!==t)break;case 6:Ld(r,t,cd,!ed);break e;case 2:dd=null;break;case 3:case 5:break;default:throw Error(i(329))}if((t&62914560)===t&&(a=pd+300-qe(),10<a)){if(Ld(r,t,cd,!ed),pt(r,0,!0)!==0)break e;xd=t,r.timeoutHandle=gp(Fd.bind(null,r,n,dd,gd,fd,t,cd,od,ld,ed,o,`Throttled`,-0,0),a);break e}Fd(r,n,dd,gd,fd,t,cd,od,ld,ed,o,null,-0,0)}break}}while(1);Tf(e)}function Fd(e,t,n,r,i,a,o,s,c,l,u,d,f,p){e.timeoutHandle=-1;var m=t.subtreeFlags,h=(a&335544064)===a;d=null,(h||m&8192||(m&16785408)==16785408)&&(d={stylesheets:null,count:0,imgCount:0,imgBytes:0,suspenseyImages:[],waitingForImages:!0,waitingForViewTransition:!1,unsuspend:wn},Rl=null,Wu(t,a,d),h&&(m=d,h=e.containerInfo,h=(h.nodeType===9?h:h.ownerDocument).__reactViewTransition,h!=null&&(m.count++,m.waitingForViewTransition=!0,m=nh.bind(m),h.finished.then(m,m))),m=(a&62914560)===a?pd-qe():(a&4194048)===a?md-qe():0,m=eh(d,m),m!==null)?(xd=a,e.cancelPendingCommit=m(tf.bind(null,e,t,a,n,r,i,o,s,c,l,u,d,null,f,p)),Ld(e,a,o,!l)):tf(e,t,a,n,r,i,o,s,c,l,u,d)}function Id(e){for(var t=e;;){var n=t.tag;if((n===0||n===11||n===15)&&t.flags&16384&&(n=t.updateQueue,n!==null&&(n=n.stores,n!==null)))for(var r=0;r<n.length;r++){var i=n[r],a=i.getSnapshot;i=i.value;try{if(!zr(a(),i))return!1}catch{return!1}}if(n=t.child,t.subtreeFlags&16384&&n!==null)n.return=t,t=n;else{if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return!0;t=t.return}t.sibling.return=t.return,t=t.sibling}}return!0}function Ld(e,t,n,r){t=ht(e,t),t&=~sd,t&=~od,e.suspendedLanes|=t,e.pingedLanes&=~t,r&&(e.warmLanes|=t),r=e.expirationTimes;for(var i=t;0<i;){var a=31-at(i),o=1<<a;r[a]=-1,i&=~o}n!==0&&xt(e,n,t)}function Rd(){return J&6?!0:(Ef(0,!1),!1)}function zd(){if(Y!==null){if(Z===0)var e=Y.return;else e=Y,pa=fa=null,ts(e),to=null,no=0,e=Y;for(;e!==null;)vl(e.alternate,e),e=e.return;Y=null}}function Bd(e,t){var n=e.timeoutHandle;return n!==-1&&(e.timeoutHandle=-1,_p(n)),n=e.cancelPendingCommit,n!==null&&(e.cancelPendingCommit=null,n()),xd=0,zd(),Qu=e,Y=n=Ai(e.current,null),X=t,Z=0,$u=null,ed=!1,td=mt(e,t),nd=!1,ld=cd=sd=od=ad=id=0,dd=ud=null,fd=!1,rd=ht(e,t),bi(),n}function Vd(e,t){G=null,k.H=dc,t===Ga||t===qa?(t=$a(),Z=3):t===Ka?(t=$a(),Z=4):Z=t===kc?8:typeof t==`object`&&t&&typeof t.then==`function`?6:1,$u=t,Y===null&&(id=1,Cc(e,Ri(t,e.current)))}function Hd(){var e=Do.current;return e===null?!0:(X&4194048)===X?Oo===null:(X&62914560)===X||X&536870912?e===Oo:!1}function Ud(){var e=k.H;return k.H=dc,e===null?dc:e}function Wd(){var e=k.A;return k.A=Xu,e}function Gd(){id=4,ed||(X&4194048)!==X&&Do.current!==null||(td=!0),!(ad&0x7ffffff)&&!(od&0x7ffffff)||Qu===null||Ld(Qu,X,cd,!1)}function Kd(e,t,n){var r=J;J|=2;var i=Ud(),a=Wd();(Qu!==e||X!==t)&&(gd=null,Bd(e,t)),t=!1;var o=id;e:do try{if(Z!==0&&Y!==null){var s=Y,c=$u;switch(Z){case 8:zd(),o=6;break e;case 3:case 2:case 9:case 6:Do.current===null&&(t=!0);var l=Z;if(Z=0,$u=null,Qd(e,s,c,l),n&&td){o=0;break e}break;default:l=Z,Z=0,$u=null,Qd(e,s,c,l)}}qd(),o=id;break}catch(t){Vd(e,t)}while(1);return t&&e.shellSuspendCounter++,pa=fa=null,J=r,k.H=i,k.A=a,Y===null&&(Qu=null,X=0,bi()),o}function qd(){for(;Y!==null;)Xd(Y)}function Jd(e,t){var n=J;J|=2;var r=Ud(),a=Wd();Qu!==e||X!==t?(gd=null,hd=qe()+500,Bd(e,t)):td=mt(e,t);e:do try{if(Z!==0&&Y!==null){t=Y;var o=$u;t:switch(Z){case 1:Z=0,$u=null,Qd(e,t,o,1);break;case 2:case 9:if(Ya(o)){Z=0,$u=null,Zd(t);break}t=function(){Z!==2&&Z!==9||Qu!==e||(Z=7),Tf(e)},o.then(t,t);break e;case 3:Z=7;break e;case 4:Z=5;break e;case 7:Ya(o)?(Z=0,$u=null,Zd(t)):(Z=0,$u=null,Qd(e,t,o,7));break;case 5:var s=null;switch(Y.tag){case 26:s=Y.memoizedState;case 5:case 27:var c=Y;if(s?Ym(s):c.stateNode.complete){Z=0,$u=null;var l=c.sibling;if(l!==null)Y=l;else{var u=c.return;u===null?Y=null:(Y=u,$d(u))}break t}}Z=0,$u=null,Qd(e,t,o,5);break;case 6:Z=0,$u=null,Qd(e,t,o,6);break;case 8:zd(),id=6;break e;default:throw Error(i(462))}}Yd();break}catch(t){Vd(e,t)}while(1);return pa=fa=null,k.H=r,k.A=a,J=n,Y===null?(Qu=null,X=0,bi(),id):0}function Yd(){for(;Y!==null&&!Ge();)Xd(Y)}function Xd(e){var t=ll(e.alternate,e,rd);e.memoizedProps=e.pendingProps,t===null?$d(e):Y=t}function Zd(e){var t=e,n=t.alternate;switch(t.tag){case 15:case 0:t=Uc(n,t,t.pendingProps,t.type,void 0,X);break;case 11:t=Uc(n,t,t.pendingProps,t.type.render,t.ref,X);break;case 5:ts(t);var r=t;r===$i&&(W?(oa(r),r.tag===5&&r.stateNode!=null&&(ea=r.stateNode)):(oa(r),W=!0));default:vl(n,t),t=Y=ji(t,rd),t=ll(n,t,rd)}e.memoizedProps=e.pendingProps,t===null?$d(e):Y=t}function Qd(e,t,n,r){pa=fa=null,ts(t),to=null,no=0;var i=t.return;try{if(Oc(e,i,t,n,X)){id=1,Cc(e,Ri(n,e.current)),Y=null;return}}catch(t){if(i!==null)throw Y=i,t;id=1,Cc(e,Ri(n,e.current)),Y=null;return}t.flags&32768?(W||r===1?e=!0:td||X&536870912?e=!1:(ed=e=!0,(r===2||r===9||r===3||r===6)&&(r=Do.current,r!==null&&r.tag===13&&(r.flags|=16384))),ef(t,e)):$d(t)}function $d(e){var t=e;do{if(t.flags&32768){ef(t,ed);return}e=t.return;var n=gl(t.alternate,t,rd);if(n!==null){Y=n;return}if(t=t.sibling,t!==null){Y=t;return}Y=t=e}while(t!==null);id===0&&(id=5)}function ef(e,t){do{var n=_l(e.alternate,e);if(n!==null){n.flags&=32767,Y=n;return}if(n=e.return,n!==null&&(n.flags|=32768,n.subtreeFlags=0,n.deletions=null),!t&&(e=e.sibling,e!==null)){Y=e;return}Y=e=n}while(e!==null);id=6,Y=null}function tf(e,t,n,r,a,o,s,c,l,u,d,f){e.cancelPendingCommit=null;do uf();while(vd!==0);if(J&6)throw Error(i(327));if(t!==null){if(t===e.current)throw Error(i(177));e===Qu&&(Y=Qu=null,X=0),bd=t,yd=e,xd=n,Cd=a,wd=r,nf(e,t,n,s,c,l,f)}}function nf(e,t,n,r,i,a,o){var s=t.lanes|t.childLanes;if(Sd=s,s|=yi,bt(e,n,s,r,i,a),Ed=null,(n&335544064)===n?(Dd=Ma(e),r=10262):(Dd=null,r=10256),(t.subtreeFlags&r)!==0||(t.flags&r)!==0?(e.callbackNode=null,e.callbackPriority=0,vf(Ze,function(){return df(),null})):(e.callbackNode=null,e.callbackPriority=0),Ll=!1,r=!!(t.flags&13878),t.subtreeFlags&13878||r){r=k.T,k.T=null,i=A.p,A.p=2,a=J,J|=4;try{du(e,t,n)}finally{J=a,A.p=i,k.T=r}}vd=1,Ll?Td=Mp(o,e.containerInfo,Dd,of,sf,af,cf,df,rf,null,null):(of(),sf(),cf())}function rf(e){vd!==0&&(0,yd.onRecoverableError)(e,{componentStack:null})}function af(){vd===3&&(vd=0,Mu(bd,yd),vd=4)}function of(){if(vd===1){vd=0;var e=yd,t=bd,n=xd,r=!!(t.flags&13878);if(t.subtreeFlags&13878||r){r=k.T,k.T=null;var i=A.p;A.p=2;var a=J;J|=4;try{cu=lu=!1,Ou(t,e,n),n=cp;var o=Wr(e.containerInfo),s=n.focusedElem,c=n.selectionRange;if(o!==s&&s&&s.ownerDocument&&Ur(s.ownerDocument.documentElement,s)){if(c!==null&&Gr(s)){var l=c.start,u=c.end;if(u===void 0&&(u=l),`selectionStart`in s)s.selectionStart=l,s.selectionEnd=Math.min(u,s.value.length);else{var d=s.ownerDocument||document,f=d&&d.defaultView||window;if(f.getSelection){var p=f.getSelection(),m=s.textContent.length,h=Math.min(c.start,m),g=c.end===void 0?h:Math.min(c.end,m);!p.extend&&h>g&&(o=g,g=h,h=o);var _=Hr(s,h),v=Hr(s,g);if(_&&v&&(p.rangeCount!==1||p.anchorNode!==_.node||p.anchorOffset!==_.offset||p.focusNode!==v.node||p.focusOffset!==v.offset)){var y=d.createRange();y.setStart(_.node,_.offset),p.removeAllRanges(),h>g?(p.addRange(y),p.extend(v.node,v.offset)):(y.setEnd(v.node,v.offset),p.addRange(y))}}}}for(d=[],p=s;p=p.parentNode;)p.nodeType===1&&d.push({element:p,left:p.scrollLeft,top:p.scrollTop});for(typeof s.focus==`function`&&s.focus(),s=0;s<d.length;s++){var b=d[s];b.element.scrollLeft=b.left,b.element.scrollTop=b.top}}gh=!!sp,cp=sp=null}finally{J=a,A.p=i,k.T=r}}e.current=t,vd=2}}function sf(){if(vd===2){vd=0;var e=yd,t=bd,n=!!(t.flags&8772);if(t.subtreeFlags&8772||n){n=k.T,k.T=null;var r=A.p;A.p=2;var i=J;J|=4;try{pu(e,t.alternate,t)}finally{J=i,A.p=r,k.T=n}}vd=3}}function cf(){if(vd===4||vd===3){vd=0;var e=Td;Td=null,Ke();var t=yd,n=bd,r=xd,i=wd,a=(r&335544064)===r?10262:10256;if((n.subtreeFlags&a)!==0||(n.flags&a)!==0?vd=5:(vd=0,bd=yd=null,lf(t,t.pendingLanes)),a=t.pendingLanes,a===0&&(_d=null),Tt(r),n=n.stateNode,rt&&typeof rt.onCommitFiberRoot==`function`)try{rt.onCommitFiberRoot(nt,n,void 0,(n.current.flags&128)==128)}catch{}if(i!==null){n=k.T,a=A.p,A.p=2,k.T=null;try{for(var o=t.onRecoverableError,s=0;s<i.length;s++){var c=i[s];o(c.value,{componentStack:c.stack})}}finally{k.T=n,A.p=a}}if(i=Ed,o=Dd,Dd=null,i!==null&&(Ed=null,o===null&&(o=[]),e!==null))for(c=0;c<i.length;c++)n=(0,i[c])(o),n!==void 0&&e.finished.finally(n);xd&3&&uf(),Tf(t),a=t.pendingLanes,r&261930&&a&42?t===kd?Od++:(Od=0,kd=t):(Od=0,kd=null),Ef(0,!1)}}function lf(e,t){(e.pooledCacheLanes&=t)===0&&(t=e.pooledCache,t!=null&&(e.pooledCache=null,ka(t)))}function uf(){return Td!==null&&(Td.skipTransition(),Td=null),of(),sf(),cf(),df()}function df(){if(vd!==5)return!1;var e=yd,t=Sd;Sd=0;var n=Tt(xd),r=k.T,a=A.p;try{A.p=32>n?32:n,k.T=null,n=Cd,Cd=null;var o=yd,s=xd;if(vd=0,bd=yd=null,xd=0,J&6)throw Error(i(331));var c=J;if(J|=4,qu(o.current),zu(o,o.current,s,n),J=c,Ef(0,!1),rt&&typeof rt.onPostCommitFiberRoot==`function`)try{rt.onPostCommitFiberRoot(nt,o)}catch{}return!0}finally{A.p=a,k.T=r,lf(e,t)}}function ff(e,t,n){t=Ri(n,t),t=Tc(e.stateNode,t,2),e=mo(e,t,2),e!==null&&(yt(e,2),Tf(e))}function Q(e,t,n){if(e.tag===3)ff(e,e,n);else for(;t!==null;){if(t.tag===3){ff(t,e,n);break}if(t.tag===1){var r=t.stateNode;if(typeof t.type.getDerivedStateFromError==`function`||typeof r.componentDidCatch==`function`&&(_d===null||!_d.has(r))){e=Ri(n,e),n=Ec(2),r=mo(t,n,2),r!==null&&(Dc(n,r,t,e),yt(r,2),Tf(r));break}}t=t.return}}function pf(e,t,n){var r=e.pingCache;if(r===null){r=e.pingCache=new Zu;var i=new Set;r.set(t,i)}else i=r.get(t),i===void 0&&(i=new Set,r.set(t,i));i.has(n)||(nd=!0,i.add(n),e=mf.bind(null,e,t,n),t.then(e,e))}function mf(e,t,n){var r=e.pingCache;r!==null&&r.delete(t),e.pingedLanes|=e.suspendedLanes&n,e.warmLanes&=~n,Qu===e&&(X&n)===n&&(id===4||id===3&&(X&62914560)===X&&300>qe()-pd?J&2?sd|=n:Bd(e,0):sd|=n,ld===X&&(ld=0)),Tf(e)}function hf(e,t){t===0&&(t=_t()),e=Ci(e,t),e!==null&&(yt(e,t),Tf(e))}function gf(e){var t=e.memoizedState,n=0;t!==null&&(n=t.retryLane),hf(e,n)}function _f(e,t){var n=0;switch(e.tag){case 31:case 13:var r=e.stateNode,a=e.memoizedState;a!==null&&(n=a.retryLane);break;case 19:r=e.stateNode;break;case 22:r=e.stateNode._retryCache;break;default:throw Error(i(314))}r!==null&&r.delete(t),hf(e,n)}function vf(e,t){return Ue(e,t)}var yf=null,bf=null,xf=!1,Sf=!1,Cf=!1,wf=0;function Tf(e){e!==bf&&e.next===null&&(bf===null?yf=bf=e:bf=bf.next=e),Sf=!0,xf||(xf=!0,Mf())}function Ef(e,t){if(!Cf&&Sf){Cf=!0;do for(var n=!1,r=yf;r!==null;){if(!t){if(e!==0){var i=r.pendingLanes;if(i===0)var a=0;else{var o=r.suspendedLanes,s=r.pingedLanes;a=(1<<31-at(42|e)+1)-1,a&=i&~(o&~s),a=a&0xc000095?a&0xc000095|1:a?a|2:0}a!==0&&(n=!0,jf(r,a))}else a=X,a=pt(r,r===Qu?a:0,r.cancelPendingCommit!==null||r.timeoutHandle!==-1),!(a&3)||mt(r,a)||(n=!0,jf(r,a))}r=r.next}while(n);Cf=!1}}function Df(){Of()}function Of(){Sf=xf=!1;var e=0;wf!==0&&hp()&&(e=wf);for(var t=qe(),n=null,r=yf;r!==null;){var i=r.next,a=kf(r,t);a===0?(r.next=null,n===null?yf=i:n.next=i,i===null&&(bf=n)):(n=r,(e!==0||a&3)&&(Sf=!0)),r=i}vd!==0&&vd!==5||Ef(e,!1),wf!==0&&(wf=0)}function kf(e,t){for(var n=e.suspendedLanes,r=e.pingedLanes,i=e.expirationTimes,a=e.pendingLanes&-62914561;0<a;){var o=31-at(a),s=1<<o,c=i[o];c===-1?((s&n)===0||(s&r)!==0)&&(i[o]=gt(s,t)):c<=t&&(e.expiredLanes|=s),a&=~s}if(t=Qu,n=X,n=pt(e,e===t?n:0,e.cancelPendingCommit!==null||e.timeoutHandle!==-1),r=e.callbackNode,n===0||e===t&&(Z===2||Z===9)||e.cancelPendingCommit!==null)return r!==null&&r!==null&&We(r),e.callbackNode=null,e.callbackPriority=0;if(!(n&3)||mt(e,n)){if(t=n&-n,t===e.callbackPriority)return t;switch(r!==null&&We(r),Tt(n)){case 2:case 8:n=Xe;break;case 32:n=Ze;break;case 268435456:n=$e;break;default:n=Ze}return r=Af.bind(null,e),n=Ue(n,r),e.callbackPriority=t,e.callbackNode=n,t}return r!==null&&r!==null&&We(r),e.callbackPriority=2,e.callbackNode=null,2}function Af(e,t){if(vd!==0&&vd!==5)return e.callbackNode=null,e.callbackPriority=0,null;var n=e.callbackNode;if(uf()&&e.callbackNode!==n)return null;var r=X;return r=pt(e,e===Qu?r:0,e.cancelPendingCommit!==null||e.timeoutHandle!==-1),r===0?null:(Pd(e,r,t),kf(e,qe()),e.callbackNode!=null&&e.callbackNode===n?Af.bind(null,e):null)}function jf(e,t){if(uf())return null;Pd(e,t,!0)}function Mf(){bp(function(){J&6?Ue(Ye,Df):Of()})}function Nf(){if(wf===0){var e=Fa;e===0&&(e=lt,lt<<=1,!(lt&261888)&&(lt=256)),wf=e}return wf}function Pf(e){return e==null||typeof e==`symbol`||typeof e==`boolean`?null:typeof e==`function`?e:Cn(e)}function Ff(e,t,n,r,i){if(t===`submit`&&n&&n.stateNode===i){var a=Pf((i[At]||null).action),o=r.submitter;o&&(t=(t=o[At]||null)?Pf(t.formAction):o.getAttribute(`formAction`),t!==null&&(a=t,o=null));var s=new Gn(`action`,`action`,null,r,i);e.push({event:s,listeners:[{instance:null,listener:function(){if(r.defaultPrevented){if(wf!==0){var e=new FormData(i,o);Zs(n,{pending:!0,data:e,method:i.method,action:a},null,e)}}else typeof a==`function`&&(s.preventDefault(),e=new FormData(i,o),Zs(n,{pending:!0,data:e,method:i.method,action:a},a,e))},currentTarget:i}]})}}for(var If=0;If<U.length;If++){var Lf=U[If];di(Lf.toLowerCase(),`on`+(Lf[0].toUpperCase()+Lf.slice(1)))}di(ri,`onAnimationEnd`),di(ii,`onAnimationIteration`),di(ai,`onAnimationStart`),di(`dblclick`,`onDoubleClick`),di(`focusin`,`onFocus`),di(`focusout`,`onBlur`),di(oi,`onTransitionRun`),di(si,`onTransitionStart`),di(ci,`onTransitionCancel`),di(li,`onTransitionEnd`),Jt(`onMouseEnter`,[`mouseout`,`mouseover`]),Jt(`onMouseLeave`,[`mouseout`,`mouseover`]),Jt(`onPointerEnter`,[`pointerout`,`pointerover`]),Jt(`onPointerLeave`,[`pointerout`,`pointerover`]),qt(`onChange`,`change click focusin focusout input keydown keyup selectionchange`.split(` `)),qt(`onSelect`,`focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange`.split(` `)),qt(`onBeforeInput`,[`compositionend`,`keypress`,`textInput`,`paste`]),qt(`onCompositionEnd`,`compositionend focusout keydown keypress keyup mousedown`.split(` `)),qt(`onCompositionStart`,`compositionstart focusout keydown keypress keyup mousedown`.split(` `)),qt(`onCompositionUpdate`,`compositionupdate focusout keydown keypress keyup mousedown`.split(` `));var Rf=`abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting`.split(` `),zf=new Set(`beforetoggle cancel close invalid load scroll scrollend toggle`.split(` `).concat(Rf));function Bf(e,t){t=!!(t&4);for(var n=0;n<e.length;n++){var r=e[n],i=r.event;r=r.listeners;e:{var a=void 0;if(t)for(var o=r.length-1;0<=o;o--){var s=r[o],c=s.instance,l=s.currentTarget;if(s=s.listener,c!==a&&i.isPropagationStopped())break e;a=s,i.currentTarget=l;try{a(i)}catch(e){gi(e)}i.currentTarget=null,a=c}else for(o=0;o<r.length;o++){if(s=r[o],c=s.instance,l=s.currentTarget,s=s.listener,c!==a&&i.isPropagationStopped())break e;a=s,i.currentTarget=l;try{a(i)}catch(e){gi(e)}i.currentTarget=null,a=c}}}}function $(e,t){var n=t[Mt];n===void 0&&(n=t[Mt]=new Set);var r=e+`__bubble`;n.has(r)||(Wf(t,e,2,!1),n.add(r))}function Vf(e,t,n){var r=0;t&&(r|=4),Wf(n,e,r,t)}var Hf=`_reactListening`+Math.random().toString(36).slice(2);function Uf(e){if(!e[Hf]){e[Hf]=!0,Gt.forEach(function(t){t!==`selectionchange`&&(zf.has(t)||Vf(t,!1,e),Vf(t,!0,e))});var t=e.nodeType===9?e:e.ownerDocument;t===null||t[Hf]||(t[Hf]=!0,Vf(`selectionchange`,!1,t))}}function Wf(e,t,n,r){switch(Ch(t)){case 2:var i=_h;break;case 8:i=vh;break;default:i=yh}n=i.bind(null,t,n,e),i=void 0,!Pn||t!==`touchstart`&&t!==`touchmove`&&t!==`wheel`||(i=!0),r?i===void 0?e.addEventListener(t,n,!0):e.addEventListener(t,n,{capture:!0,passive:i}):i===void 0?e.addEventListener(t,n,!1):e.addEventListener(t,n,{passive:i})}function Gf(e,t,n,r,i){var a=r;if(!(t&1)&&!(t&2)&&r!==null)e:for(;;){if(r===null)return;var s=r.tag;if(s===3||s===4){var c=r.stateNode.containerInfo;if(c===i)break;if(s===4)for(s=r.return;s!==null;){var l=s.tag;if((l===3||l===4)&&s.stateNode.containerInfo===i)return;s=s.return}for(;c!==null;){if(s=zt(c),s===null)return;if(l=s.tag,l===5||l===6||l===26||l===27){r=a=s;continue e}c=c.parentNode}}r=r.return}jn(function(){var r=a,i=En(n),s=[];e:{var c=ui.get(e);if(c!==void 0){var l=Gn,u=e;switch(e){case`keypress`:if(Bn(n)===0)break e;case`keydown`:case`keyup`:l=ar;break;case`focusin`:u=`focus`,l=Qn;break;case`focusout`:u=`blur`,l=Qn;break;case`beforeblur`:case`afterblur`:l=Qn;break;case`click`:if(n.button===2)break e;case`auxclick`:case`dblclick`:case`mousedown`:case`mousemove`:case`mouseup`:case`mouseout`:case`mouseover`:case`contextmenu`:l=Zn;break;case`drag`:case`dragend`:case`dragenter`:case`dragexit`:case`dragleave`:case`dragover`:case`dragstart`:case`drop`:l=F;break;case`touchcancel`:case`touchend`:case`touchmove`:case`touchstart`:l=cr;break;case ri:case ii:case ai:l=$n;break;case li:l=lr;break;case`scroll`:case`scrollend`:l=qn;break;case`wheel`:l=ur;break;case`copy`:case`cut`:case`paste`:l=er;break;case`gotpointercapture`:case`lostpointercapture`:case`pointercancel`:case`pointerdown`:case`pointermove`:case`pointerout`:case`pointerover`:case`pointerup`:l=or;break;case`submit`:l=sr;break;case`toggle`:case`beforetoggle`:l=dr}var d=!!(t&4),f=!d&&(e===`scroll`||e===`scrollend`),p=d?c===null?null:c+`Capture`:c;d=[];for(var m=r,h;m!==null;){var g=m;if(h=g.stateNode,g=g.tag,g!==5&&g!==26&&g!==27||h===null||p===null||(g=Mn(m,p),g!=null&&d.push(Kf(m,g,h))),f)break;m=m.return}0<d.length&&(c=new l(c,u,null,n,i),s.push({event:c,listeners:d}))}}if(!(t&7)){e:{if(l=e===`mouseover`||e===`pointerover`,c=e===`mouseout`||e===`pointerout`,l&&n!==Tn&&(u=n.relatedTarget||n.fromElement)&&(zt(u)||u[jt]))break e;(c||l)&&(u=i.window===i?i:(l=i.ownerDocument)?l.defaultView||l.parentWindow:window,c?(l=n.relatedTarget||n.toElement,c=r,l=l?zt(l):null,l!==null&&(f=o(l),d=l.tag,l!==f||d!==5&&d!==27&&d!==6)&&(l=null)):(c=null,l=r),c!==l&&(d=Zn,g=`onMouseLeave`,p=`onMouseEnter`,m=`mouse`,(e===`pointerout`||e===`pointerover`)&&(d=or,g=`onPointerLeave`,p=`onPointerEnter`,m=`pointer`),f=c==null?u:Vt(c),h=l==null?u:Vt(l),u=new d(g,m+`leave`,c,n,i),u.target=f,u.relatedTarget=h,g=null,zt(i)===r&&(d=new d(p,m+`enter`,l,n,i),d.target=h,d.relatedTarget=f,g=d),f=g,d=c&&l?ee(c,l,Jf):null,c!==null&&Yf(s,u,c,d,!1),l!==null&&f!==null&&Yf(s,f,l,d,!0)))}e:{if(c=r?Vt(r):window,l=c.nodeName&&c.nodeName.toLowerCase(),l===`select`||l===`input`&&c.type===`file`)var _=Dr;else if(V(c)){if(Or)_=Lr;else{_=Fr;var v=Pr}}else l=c.nodeName,!l||l.toLowerCase()!==`input`||c.type!==`checkbox`&&c.type!==`radio`?r&&bn(r.elementType)&&(_=Dr):_=Ir;if(_&&=_(e,r)){Sr(s,_,n,i);break e}v&&v(e,c,r)}switch(v=r?Vt(r):window,e){case`focusin`:(V(v)||v.contentEditable===`true`)&&(qr=v,Jr=r,Yr=null);break;case`focusout`:Yr=Jr=qr=null;break;case`mousedown`:Xr=!0;break;case`contextmenu`:case`mouseup`:case`dragend`:Xr=!1,Zr(s,n,i);break;case`selectionchange`:if(Kr)break;case`keydown`:case`keyup`:Zr(s,n,i)}var y;if(fr)e:{switch(e){case`compositionstart`:var b=`onCompositionStart`;break e;case`compositionend`:b=`onCompositionEnd`;break e;case`compositionupdate`:b=`onCompositionUpdate`;break e}b=void 0}else yr?_r(e,n)&&(b=`onCompositionEnd`):e===`keydown`&&n.keyCode===229&&(b=`onCompositionStart`);b&&(mr&&n.locale!==`ko`&&(yr||b!==`onCompositionStart`?b===`onCompositionEnd`&&yr&&(y=zn()):(In=i,Ln=`value`in In?In.value:In.textContent,yr=!0)),v=qf(r,b),0<v.length&&(b=new I(b,e,null,n,i),s.push({event:b,listeners:v}),y?b.data=y:(y=vr(n),y!==null&&(b.data=y)))),(y=pr?br(e,n):xr(e,n))&&(b=qf(r,`onBeforeInput`),0<b.length&&(v=new I(`onBeforeInput`,`beforeinput`,null,n,i),s.push({event:v,listeners:b}),v.data=y)),Ff(s,e,r,n,i)}Bf(s,t)})}function Kf(e,t,n){return{instance:e,listener:t,currentTarget:n}}function qf(e,t){for(var n=t+`Capture`,r=[];e!==null;){var i=e,a=i.stateNode;if(i=i.tag,i!==5&&i!==26&&i!==27||a===null||(i=Mn(e,n),i!=null&&r.unshift(Kf(e,i,a)),i=Mn(e,t),i!=null&&r.push(Kf(e,i,a))),e.tag===3)return r;e=e.return}return[]}function Jf(e){if(e===null)return null;do e=e.return;while(e&&e.tag!==5&&e.tag!==27);return e||null}function Yf(e,t,n,r,i){for(var a=t._reactName,o=[];n!==null&&n!==r;){var s=n,c=s.alternate,l=s.stateNode;if(s=s.tag,c!==null&&c===r)break;s!==5&&s!==26&&s!==27||l===null||(c=l,i?(l=Mn(n,a),l!=null&&o.unshift(Kf(n,l,c))):i||(l=Mn(n,a),l!=null&&o.push(Kf(n,l,c)))),n=n.return}o.length!==0&&e.push({event:t,listeners:o})}var Xf=/\r\n?/g,Zf=/\u0000|\uFFFD/g;function Qf(e){return(typeof e==`string`?e:``+e).replace(Xf,`
`).replace(Zf,``)}function $f(e,t){return t=Qf(t),Qf(e)===t}function ep(e,t,n,r,a,o){switch(n){case`children`:if(typeof r==`string`)t===`body`||t===`textarea`&&r===``||gn(e,r);else if(typeof r==`number`||typeof r==`bigint`)t!==`body`&&gn(e,``+r);else return;break;case`className`:tn(e,`class`,r);break;case`tabIndex`:tn(e,`tabindex`,r);break;case`dir`:case`role`:case`viewBox`:case`width`:case`height`:tn(e,n,r);break;case`style`:yn(e,r,o);return;case`data`:if(t!==`object`){tn(e,`data`,r);break}case`src`:case`href`:if(r===``&&(t!==`a`||n!==`href`)||r==null||typeof r==`function`||typeof r==`symbol`||typeof r==`boolean`){e.removeAttribute(n);break}r=Cn(r),e.setAttribute(n,r);break;case`action`:case`formAction`:if(typeof r==`function`){e.setAttribute(n,`javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')`);break}if(typeof o==`function`&&(n===`formAction`?(t!==`input`&&ep(e,t,`name`,a.name,a,null),ep(e,t,`formEncType`,a.formEncType,a,null),ep(e,t,`formMethod`,a.formMethod,a,null),ep(e,t,`formTarget`,a.formTarget,a,null)):(ep(e,t,`encType`,a.encType,a,null),ep(e,t,`method`,a.method,a,null),ep(e,t,`target`,a.target,a,null))),r==null||typeof r==`symbol`||typeof r==`boolean`){e.removeAttribute(n);break}r=Cn(r),e.setAttribute(n,r);break;case`onClick`:r!=null&&(e.onclick=wn);return;case`onScroll`:r!=null&&$(`scroll`,e);return;case`onScrollEnd`:r!=null&&$(`scrollend`,e);return;case`dangerouslySetInnerHTML`:if(r!=null){if(typeof r!=`object`||!(`__html`in r))throw Error(i(61));if(n=r.__html,n!=null){if(a.children!=null)throw Error(i(60));o?.__html!==n&&(e.innerHTML=n)}}break;case`multiple`:e.multiple=r&&typeof r!=`function`&&typeof r!=`symbol`;break;case`muted`:e.muted=r&&typeof r!=`function`&&typeof r!=`symbol`;break;case`suppressContentEditableWarning`:case`suppressHydrationWarning`:case`defaultValue`:case`defaultChecked`:case`innerHTML`:case`ref`:case`autoFocus`:break;case`xlinkHref`:if(r==null||typeof r==`function`||typeof r==`boolean`||typeof r==`symbol`){e.removeAttribute(`xlink:href`);break}n=Cn(r),e.setAttributeNS(`http://www.w3.org/1999/xlink`,`xlink:href`,n);break;case`contentEditable`:case`spellCheck`:case`draggable`:case`value`:case`autoReverse`:case`externalResourcesRequired`:case`focusable`:case`preserveAlpha`:r!=null&&typeof r!=`function`&&typeof r!=`symbol`?e.setAttribute(n,r):e.removeAttribute(n);break;case`inert`:case`allowFullScreen`:case`async`:case`autoPlay`:case`controls`:case`credentialless`:case`default`:case`defer`:case`disabled`:case`disablePictureInPicture`:case`disableRemotePlayback`:case`formNoValidate`:case`hidden`:case`loop`:case`noModule`:case`noValidate`:case`open`:case`playsInline`:case`readOnly`:case`required`:case`reversed`:case`scoped`:case`seamless`:case`itemScope`:r&&typeof r!=`function`&&typeof r!=`symbol`?e.setAttribute(n,``):e.removeAttribute(n);break;case`capture`:case`download`:!0===r?e.setAttribute(n,``):!1!==r&&r!=null&&typeof r!=`function`&&typeof r!=`symbol`?e.setAttribute(n,r):e.removeAttribute(n);break;case`cols`:case`rows`:case`size`:case`span`:r!=null&&typeof r!=`function`&&typeof r!=`symbol`&&!isNaN(r)&&1<=r?e.setAttribute(n,r):e.removeAttribute(n);break;case`rowSpan`:case`start`:r==null||typeof r==`function`||typeof r==`symbol`||isNaN(r)?e.removeAttribute(n):e.setAttribute(n,r);break;case`popover`:$(`beforetoggle`,e),$(`toggle`,e),en(e,`popover`,r);break;case`xlinkActuate`:nn(e,`http://www.w3.org/1999/xlink`,`xlink:actuate`,r);break;case`xlinkArcrole`:nn(e,`http://www.w3.org/1999/xlink`,`xlink:arcrole`,r);break;case`xlinkRole`:nn(e,`http://www.w3.org/1999/xlink`,`xlink:role`,r);break;case`xlinkShow`:nn(e,`http://www.w3.org/1999/xlink`,`xlink:show`,r);break;case`xlinkTitle`:nn(e,`http://www.w3.org/1999/xlink`,`xlink:title`,r);break;case`xlinkType`:nn(e,`http://www.w3.org/1999/xlink`,`xlink:type`,r);break;case`xmlBase`:nn(e,`http://www.w3.org/XML/1998/namespace`,`xml:base`,r);break;case`xmlLang`:nn(e,`http://www.w3.org/XML/1998/namespace`,`xml:lang`,r);break;case`xmlSpace`:nn(e,`http://www.w3.org/XML/1998/namespace`,`xml:space`,r);break;case`is`:en(e,`is`,r);break;case`innerText`:case`textContent`:return;default:if(!(2<n.length)||n[0]!==`o`&&n[0]!==`O`||n[1]!==`n`&&n[1]!==`N`)n=xn.get(n)||n,en(e,n,r);else return}M=!0}function tp(e,t,n,r,a,o){switch(n){case`style`:yn(e,r,o);return;case`dangerouslySetInnerHTML`:if(r!=null){if(typeof r!=`object`||!(`__html`in r))throw Error(i(61));if(n=r.__html,n!=null){if(a.children!=null)throw Error(i(60));o?.__html!==n&&(e.innerHTML=n)}}break;case`children`:if(typeof r==`string`)gn(e,r);else if(typeof r==`number`||typeof r==`bigint`)gn(e,``+r);else return;break;case`onScroll`:r!=null&&$(`scroll`,e);return;case`onScrollEnd`:r!=null&&$(`scrollend`,e);return;case`onClick`:r!=null&&(e.onclick=wn);return;case`suppressContentEditableWarning`:case`suppressHydrationWarning`:case`innerHTML`:case`ref`:case`innerText`:case`textContent`:return;default:if(!Kt.hasOwnProperty(n))e:{if(n[0]===`o`&&n[1]===`n`&&(a=n.endsWith(`Capture`),o=n.slice(2,a?n.length-7:void 0),t=e[At]||null,t=t==null?null:t[n],typeof t==`function`&&e.removeEventListener(o,t,a),typeof r==`function`)){typeof t!=`function`&&t!==null&&(n in e?e[n]=null:e.hasAttribute(n)&&e.removeAttribute(n)),e.addEventListener(o,r,a);break e}M=!0,n in e?e[n]=r:!0===r?e.setAttribute(n,``):en(e,n,r)}return}M=!0}function np(e,t,n){switch(t){case`div`:case`span`:case`svg`:case`path`:case`a`:case`g`:case`p`:case`li`:break;case`img`:$(`error`,e),$(`load`,e);var r=!1,a=!1,o;for(o in n)if(n.hasOwnProperty(o)){var s=n[o];if(s!=null)switch(o){case`src`:r=!0;break;case`srcSet`:a=!0;break;case`children`:case`dangerouslySetInnerHTML`:throw Error(i(137,t));default:ep(e,t,o,s,n,null)}}a&&ep(e,t,`srcSet`,n.srcSet,n,null),r&&ep(e,t,`src`,n.src,n,null);return;case`input`:$(`invalid`,e);var c=o=s=a=null,l=null,u=null;for(r in n)if(n.hasOwnProperty(r)){var d=n[r];if(d!=null)switch(r){case`name`:a=d;break;case`type`:s=d;break;case`checked`:l=d;break;case`defaultChecked`:u=d;break;case`value`:o=d;break;case`defaultValue`:c=d;break;case`children`:case`dangerouslySetInnerHTML`:if(d!=null)throw Error(i(137,t));break;default:ep(e,t,r,d,n,null)}}fn(e,o,c,l,u,s,a,!1);return;case`select`:for(a in $(`invalid`,e),r=s=o=null,n)if(n.hasOwnProperty(a)&&(c=n[a],c!=null))switch(a){case`value`:o=c;break;case`defaultValue`:s=c;break;case`multiple`:r=c;default:ep(e,t,a,c,n,null)}t=o,n=s,e.multiple=!!r,t==null?n!=null&&pn(e,!!r,n,!0):pn(e,!!r,t,!1);return;case`textarea`:for(s in $(`invalid`,e),o=a=r=null,n)if(n.hasOwnProperty(s)&&(c=n[s],c!=null))switch(s){case`value`:r=c;break;case`defaultValue`:a=c;break;case`children`:o=c;break;case`dangerouslySetInnerHTML`:if(c!=null)throw Error(i(91));break;default:ep(e,t,s,c,n,null)}hn(e,r,a,o);return;case`option`:for(l in n)n.hasOwnProperty(l)&&(r=n[l],r!=null)&&(l===`selected`?e.selected=r&&typeof r!=`function`&&typeof r!=`symbol`:ep(e,t,l,r,n,null));return;case`dialog`:$(`beforetoggle`,e),$(`toggle`,e),$(`cancel`,e),$(`close`,e);break;case`iframe`:case`object`:$(`load`,e);break;case`video`:case`audio`:for(r=0;r<Rf.length;r++)$(Rf[r],e);break;case`image`:$(`error`,e),$(`load`,e);break;case`details`:$(`toggle`,e);break;case`embed`:case`source`:case`link`:$(`error`,e),$(`load`,e);case`area`:case`base`:case`br`:case`col`:case`hr`:case`keygen`:case`meta`:case`param`:case`track`:case`wbr`:case`menuitem`:for(u in n)if(n.hasOwnProperty(u)&&(r=n[u],r!=null))switch(u){case`children`:case`dangerouslySetInnerHTML`:throw Error(i(137,t));default:ep(e,t,u,r,n,null)}return;default:if(bn(t)){for(d in n)n.hasOwnProperty(d)&&(r=n[d],r!==void 0&&tp(e,t,d,r,n,void 0));return}}for(c in n)n.hasOwnProperty(c)&&(r=n[c],r!=null&&ep(e,t,c,r,n,null))}var rp={};function ip(e,t,n,r){switch(t){case`div`:case`span`:case`svg`:case`path`:case`a`:case`g`:case`p`:case`li`:break;case`input`:var a=null,o=null,s=null,c=null,l=null,u=null,d=null;for(m in n){var f=n[m];if(n.hasOwnProperty(m)&&f!=null)switch(m){case`checked`:case`value`:break;case`defaultValue`:l=f;default:r.hasOwnProperty(m)||ep(e,t,m,null,r,f)}}for(var p in r){var m=r[p];if(f=n[p],r.hasOwnProperty(p)&&(m!=null||f!=null))switch(p){case`type`:m!==f&&(M=!0),o=m;break;case`name`:m!==f&&(M=!0),a=m;break;case`checked`:m!==f&&(M=!0),u=m;break;case`defaultChecked`:m!==f&&(M=!0),d=m;break;case`value`:m!==f&&(M=!0),s=m;break;case`defaultValue`:m!==f&&(M=!0),c=m;break;case`children`:case`dangerouslySetInnerHTML`:if(m!=null)throw Error(i(137,t));break;default:m!==f&&ep(e,t,p,m,r,f)}}dn(e,s,c,l,u,d,o,a);return;case`select`:for(o in m=s=c=p=null,n)if(l=n[o],n.hasOwnProperty(o)&&l!=null)switch(o){case`value`:break;case`multiple`:m=l;default:r.hasOwnProperty(o)||ep(e,t,o,null,r,l)}for(a in r)if(o=r[a],l=n[a],r.hasOwnProperty(a)&&(o!=null||l!=null))switch(a){case`value`:o!==l&&(M=!0),p=o;break;case`defaultValue`:o!==l&&(M=!0),c=o;break;case`multiple`:o!==l&&(M=!0),s=o;default:o!==l&&ep(e,t,a,o,r,l)}t=c,n=s,r=m,p==null?!!r!=!!n&&(t==null?pn(e,!!n,n?[]:``,!1):pn(e,!!n,t,!0)):pn(e,!!n,p,!1);return;case`textarea`:for(c in m=p=null,n)if(a=n[c],n.hasOwnProperty(c)&&a!=null&&!r.hasOwnProperty(c))switch(c){case`value`:case`children`:break;default:ep(e,t,c,null,r,a)}for(s in r)if(a=r[s],o=n[s],r.hasOwnProperty(s)&&(a!=null||o!=null))switch(s){case`value`:a!==o&&(M=!0),p=a;break;case`defaultValue`:a!==o&&(M=!0),m=a;break;case`children`:break;case`dangerouslySetInnerHTML`:if(a!=null)throw Error(i(91));break;default:a!==o&&ep(e,t,s,a,r,o)}mn(e,p,m);return;case`option`:for(var h in n)p=n[h],n.hasOwnProperty(h)&&p!=null&&!r.hasOwnProperty(h)&&(h===`selected`?e.selected=!1:ep(e,t,h,null,r,p));for(l in r)p=r[l],m=n[l],r.hasOwnProperty(l)&&p!==m&&(p!=null||m!=null)&&(l===`selected`?(p!==m&&(M=!0),e.selected=p&&typeof p!=`function`&&typeof p!=`symbol`):ep(e,t,l,p,r,m));return;case`img`:case`link`:case`area`:case`base`:case`br`:case`col`:case`embed`:case`hr`:case`keygen`:case`meta`:case`param`:case`source`:case`track`:case`wbr`:case`menuitem`:for(var g in n)p=n[g],n.hasOwnProperty(g)&&p!=null&&!r.hasOwnProperty(g)&&ep(e,t,g,null,r,p);for(u in r)if(p=r[u],m=n[u],r.hasOwnProperty(u)&&p!==m&&(p!=null||m!=null))switch(u){case`children`:case`dangerouslySetInnerHTML`:if(p!=null)throw Error(i(137,t));break;default:ep(e,t,u,p,r,m)}return;default:if(bn(t)){for(var _ in n)p=n[_],n.hasOwnProperty(_)&&p!==void 0&&!r.hasOwnProperty(_)&&tp(e,t,_,void 0,r,p);for(d in r)p=r[d],m=n[d],!r.hasOwnProperty(d)||p===m||p===void 0&&m===void 0||tp(e,t,d,p,r,m);return}}for(var v in n)p=n[v],n.hasOwnProperty(v)&&p!=null&&!r.hasOwnProperty(v)&&ep(e,t,v,null,r,p);for(f in r)p=r[f],m=n[f],!r.hasOwnProperty(f)||p===m||p==null&&m==null||ep(e,t,f,p,r,m)}function ap(e){switch(e){case`css`:case`script`:case`font`:case`img`:case`image`:case`input`:case`link`:return!0;default:return!1}}function op(){if(typeof performance.getEntriesByType==`function`){for(var e=0,t=0,n=performance.getEntriesByType(`resource`),r=0;r<n.length;r++){var i=n[r],a=i.transferSize,o=i.initiatorType,s=i.duration;if(a&&s&&ap(o)){for(o=0,s=i.responseEnd,r+=1;r<n.length;r++){var c=n[r],l=c.startTime;if(l>s)break;var u=c.transferSize,d=c.initiatorType;u&&ap(d)&&(c=c.responseEnd,o+=u*(c<s?1:(s-l)/(c-l)))}if(--r,t+=8*(a+o)/(i.duration/1e3),e++,10<e)break}}if(0<e)return t/e/1e6}return navigator.connection&&(e=navigator.connection.downlink,typeof e==`number`)?e:5}var sp=null,cp=null;function lp(e){return e.nodeType===9?e:e.ownerDocument}function up(e){switch(e){case`http://www.w3.org/2000/svg`:return 1;case`http://www.w3.org/1998/Math/MathML`:return 2;default:return 0}}function dp(e,t){if(e===0)switch(t){case`svg`:return 1;case`math`:return 2;default:return 0}return e===1&&t===`foreignObject`?0:e}function fp(e,t,n,r){return n=lp(n).createElement(e),n[kt]=r,n[At]=t,np(n,e,t),Ut(n),n}function pp(e,t){return e===`textarea`||e===`noscript`||typeof t.children==`string`||typeof t.children==`number`||typeof t.children==`bigint`||typeof t.dangerouslySetInnerHTML==`object`&&t.dangerouslySetInnerHTML!==null&&t.dangerouslySetInnerHTML.__html!=null}var mp=null;function hp(){var e=window.event;return e&&e.type===`popstate`?e!==mp&&(mp=e,!0):(mp=null,!1)}var gp=typeof setTimeout==`function`?setTimeout:void 0,_p=typeof clearTimeout==`function`?clearTimeout:void 0,vp=typeof Promise==`function`?Promise:void 0,yp=typeof requestAnimationFrame==`function`?requestAnimationFrame:gp,bp=typeof queueMicrotask==`function`?queueMicrotask:vp===void 0?gp:function(e){return vp.resolve(null).then(e).catch(xp)};function xp(e){setTimeout(function(){throw e})}function Sp(e){return e===`head`}function Cp(e,t){var n=t,r=0;do{var i=n.nextSibling;if(e.removeChild(n),i&&i.nodeType===8){if(n=i.data,n===`/$`||n===`/&`){if(r===0){e.removeChild(i),Hh(t);return}r--}else if(n===`$`||n===`$?`||n===`$~`||n===`$!`||n===`&`)r++;else if(n===`html`)_m(e.ownerDocument.documentElement);else if(n===`head`){n=e.ownerDocument.head,_m(n);for(var a=n.firstChild;a;){var o=a.nextSibling,s=a.nodeName;a[It]||s===`SCRIPT`||s===`STYLE`||s===`LINK`&&a.rel.toLowerCase()===`stylesheet`||n.removeChild(a),a=o}}else n===`body`&&_m(e.ownerDocument.body)}n=i}while(n);Hh(t)}function wp(e,t){var n=e;e=0;do{var r=n.nextSibling;if(n.nodeType===1?t?(n._stashedDisplay=n.style.display,n.style.display=`none`):(n.style.display=n._stashedDisplay||``,n.getAttribute(`style`)===``&&n.removeAttribute(`style`)):n.nodeType===3&&(t?(n._stashedText=n.nodeValue,n.nodeValue=``):n.nodeValue=n._stashedText||``),r&&r.nodeType===8){if(n=r.data,n===`/$`){if(e===0)break;e--}else n!==`$`&&n!==`$?`&&n!==`$~`&&n!==`$!`||e++}n=r}while(n)}function Tp(e,t,n){if(t=CSS.escape(t)===t?t:`r-`+btoa(t).replace(/=/g,``),e.style.viewTransitionName=t,n!=null&&(e.style.viewTransitionClass=n),n=getComputedStyle(e),n.display===`inline`){if(t=e.getClientRects(),t.length===1)var r=1;else for(var i=r=0;i<t.length;i++){var a=t[i];0<a.width&&0<a.height&&r++}r===1&&(e=e.style,e.display=t.length===1?`inline-block`:`block`,e.marginTop=`-`+n.paddingTop,e.marginBottom=`-`+n.paddingBottom)}}function Ep(e,t){e=e.style,t=t.style;var n=t==null?null:t.hasOwnProperty(`viewTransitionName`)?t.viewTransitionName:t.hasOwnProperty(`view-transition-name`)?t[`view-transition-name`]:null;e.viewTransitionName=n==null||typeof n==`boolean`?``:(``+n).trim(),n=t==null?null:t.hasOwnProperty(`viewTransitionClass`)?t.viewTransitionClass:t.hasOwnProperty(`view-transition-class`)?t[`view-transition-class`]:null,e.viewTransitionClass=n==null||typeof n==`boolean`?``:(``+n).trim(),e.display===`inline-block`&&(t==null?e.display=e.margin=``:(n=t.display,e.display=n==null||typeof n==`boolean`?``:n,n=t.margin,n==null?(n=t.hasOwnProperty(`marginTop`)?t.marginTop:t[`margin-top`],e.marginTop=n==null||typeof n==`boolean`?``:n,t=t.hasOwnProperty(`marginBottom`)?t.marginBottom:t[`margin-bottom`],e.marginBottom=t==null||typeof t==`boolean`?``:t):e.margin=n))}function Dp(e,t,n){return n=n.ownerDocument.defaultView,{rect:e,abs:t.position===`absolute`||t.position===`fixed`,clip:t.clipPath!==`none`||t.overflow!==`visible`||t.filter!==`none`||t.mask!==`none`||t.mask!==`none`||t.borderRadius!==`0px`,view:0<=e.bottom&&0<=e.right&&e.top<=n.innerHeight&&e.left<=n.innerWidth}}function Op(e){return Dp(e.getBoundingClientRect(),getComputedStyle(e),e)}function kp(e){var t=e.getBoundingClientRect();t=new DOMRect(t.x+2e4,t.y+2e4,t.width,t.height);var n=getComputedStyle(e);return Dp(t,n,e)}function Ap(e){return e.documentElement.clientHeight}function jp(e){this.addEventListener(`load`,e),this.addEventListener(`error`,e)}function Mp(e,t,n,r,i,a,o,s,c){var l=t.nodeType===9?t:t.ownerDocument;try{var u=l.startViewTransition({update:function(){var t=l.defaultView,n=t.navigation&&t.navigation.transition,o=l.fonts.status;r();var s=[];if(o===`loaded`&&(Ap(l),l.fonts.status===`loading`&&s.push(l.fonts.ready)),o=s.length,e!==null)for(var c=e.suspenseyImages,u=0,d=0;d<c.length;d++){var f=c[d];if(!f.complete){var p=f.getBoundingClientRect();if(0<p.bottom&&0<p.right&&p.top<t.innerHeight&&p.left<t.innerWidth){if(u+=Xm(f),u>$m){s.length=o;break}f=new Promise(jp.bind(f)),s.push(f)}}}if(0<s.length)return t=Promise.race([Promise.all(s),new Promise(function(e){return setTimeout(e,500)})]).then(i,i),(n?Promise.allSettled([n.finished,t]):t).then(a,a);if(i(),n)return n.finished.then(a,a);a()},types:n});l.__reactViewTransition=u;var d=[];return u.ready.then(function(){for(var e=l.documentElement.getAnimations({subtree:!0}),t=0;t<e.length;t++){var n=e[t],r=n.effect,i=r.pseudoElement;if(i!=null&&i.startsWith(`::view-transition`)){d.push(n),n=r.getKeyframes();for(var a=i=void 0,s=!0,c=0;c<n.length;c++){var u=n[c],f=u.width;if(i===void 0)i=f;else if(i!==f){s=!1;break}if(f=u.height,a===void 0)a=f;else if(a!==f){s=!1;break}delete u.width,delete u.height,u.transform===`none`&&delete u.transform}s&&i!==void 0&&a!==void 0&&(r.setKeyframes(n),s=getComputedStyle(r.target,r.pseudoElement),s.width!==i||s.height!==a)&&(s=n[0],s.width=i,s.height=a,s=n[n.length-1],s.width=i,s.height=a,r.setKeyframes(n))}}o()},function(e){l.__reactViewTransition===u&&(l.__reactViewTransition=null);try{if(typeof e==`object`&&e)switch(e.name){case`InvalidStateError`:(e.message===`View transition was skipped because document visibility state is hidden.`||e.message===`Skipping view transition because document visibility state has become hidden.`||e.message===`Skipping view transition because viewport size changed.`||e.message===`Transition was aborted because of invalid state`)&&(e=null)}e!==null&&c(e)}finally{r(),i(),o()}}),u.finished.finally(function(){for(var e=0;e<d.length;e++)d[e].cancel();l.__reactViewTransition===u&&(l.__reactViewTransition=null),s()}),u}catch{return r(),i(),o(),null}}function Np(e,t){this._scope=document.documentElement,this._selector=`::view-transition-`+e+`(`+t+`)`}Np.prototype.animate=function(e,t){return t=typeof t==`number`?{duration:t}:E({},t),t.pseudoElement=this._selector,this._scope.animate(e,t)},Np.prototype.getAnimations=function(){for(var e=this._scope,t=this._selector,n=e.getAnimations({subtree:!0}),r=[],i=0;i<n.length;i++){var a=n[i].effect;a!==null&&a.target===e&&a.pseudoElement===t&&r.push(n[i])}return r},Np.prototype.getComputedStyle=function(){return getComputedStyle(this._scope,this._selector)};function Pp(e){return{name:e,group:new Np(`group`,e),imagePair:new Np(`image-pair`,e),old:new Np(`old`,e),new:new Np(`new`,e)}}function Fp(e){this._fragmentFiber=e,this._observers=this._eventListeners=null}Fp.prototype.addEventListener=function(e,t,n){var r=null,i=null;if(!(n!=null&&typeof n!=`boolean`&&(r=n.signal||null,r!==null&&r.aborted))){this._eventListeners===null&&(this._eventListeners=[]);var a=this._eventListeners;if(Bp(a,e,t,n)===-1){var o=this,s=t;n!=null&&typeof n!=`boolean`&&!0===n.once&&(s=function(r){o.removeEventListener(e,t,n),typeof t==`function`?t.call(this,r):t.handleEvent(r)}),r!==null&&(i=o.removeEventListener.bind(o,e,t,n),r.addEventListener(`abort`,i,{once:!0}),i=r.removeEventListener.bind(r,`abort`,i)),r=Rp(n),a.push({type:e,listener:t,optionsOrUseCapture:n,attachedListener:s,cleanup:i}),h(this._fragmentFiber.child,!1,Ip,e,s,r)}this._eventListeners=a}};function Ip(e,t,n,r){return b(e).addEventListener(t,n,r),!1}Fp.prototype.removeEventListener=function(e,t,n){var r=this._eventListeners;if(r!==null&&(t=Bp(r,e,t,n),t!==-1)){var i=r[t];n=i.attachedListener;var a=i.cleanup;i=Rp(i.optionsOrUseCapture),h(this._fragmentFiber.child,!1,Lp,e,n,i),r.splice(t,1),a!==null&&a()}};function Lp(e,t,n,r){return b(e).removeEventListener(t,n,r),!1}function Rp(e){return e!=null&&typeof e!=`boolean`&&(!0===e.once||e.signal instanceof AbortSignal)?{capture:e.capture,passive:e.passive}:e}function zp(e){return e==null?`c=0`:typeof e==`boolean`?`c=`+(e?`1`:`0`):`c=`+(e.capture?`1`:`0`)}function Bp(e,t,n,r){if(e.length===0)return-1;r=zp(r);for(var i=0;i<e.length;i++){var a=e[i];if(a.type===t&&a.listener===n&&zp(a.optionsOrUseCapture)===r)return i}return-1}Fp.prototype.dispatchEvent=function(e){var t=g(this._fragmentFiber);if(t===null)return!0;t=b(t);var n=this._eventListeners;if(n!==null&&0<n.length||!e.bubbles){var r=t.nodeType===9?t.createComment(``):document.createTextNode(``);if(n)for(var i=0;i<n.length;i++){var a=n[i];r.addEventListener(a.type,a.attachedListener,Rp(a.optionsOrUseCapture))}if(t.appendChild(r),e=r.dispatchEvent(e),n)for(i=0;i<n.length;i++)a=n[i],r.removeEventListener(a.type,a.attachedListener,Rp(a.optionsOrUseCapture));return t.removeChild(r),e}return t.dispatchEvent(e)},Fp.prototype.focus=function(e){h(this._fragmentFiber.child,!0,Vp,e,void 0,void 0)};function Vp(e,t){return e.tag!==6&&(e=b(e),pm(e,t))}Fp.prototype.focusLast=function(e){var t=[];h(this._fragmentFiber.child,!0,Hp,t,void 0,void 0);for(var n=t.length-1;0<=n&&!Vp(t[n],e);n--);};function Hp(e,t){return t.push(e),!1}Fp.prototype.blur=function(){var e=g(this._fragmentFiber);e!==null&&(e=b(e),e=lp(e).activeElement,e!==null&&h(this._fragmentFiber.child,!1,Up,e,void 0,void 0))};function Up(e,t){return e.tag!==6&&(e=b(e),e===t||e.contains(t)?(t.blur(),!0):!1)}Fp.prototype.observeUsing=function(e){this._observers===null&&(this._observers=new Set),this._observers.add(e),h(this._fragmentFiber.child,!1,Wp,e,void 0,void 0)};function Wp(e,t){return e.tag===6||(e=b(e),t.observe(e)),!1}Fp.prototype.unobserveUsing=function(e){var t=this._observers;if(t!==null&&t.has(e)){t.delete(e),h(this._fragmentFiber.child,!1,Gp,e,void 0,void 0);for(var n=t=0;n<Kp.length;n++){var r=Kp[n];r.fragmentInstance===this&&r.observer===e?e.unobserve(r.instance):Kp[t++]=r}Kp.length=t}};function Gp(e,t){return e.tag===6||(e=b(e),t.unobserve(e)),!1}var Kp=[],qp=!1;function Jp(e,t,n){Kp.push({fragmentInstance:e,observer:t,instance:n}),qp||(qp=!0,mm(function(){qp=!1;var e=Kp;Kp=[];for(var t=0;t<e.length;t++){var n=e[t];n.observer.unobserve(n.instance)}}))}Fp.prototype.getClientRects=function(){var e=[];return h(this._fragmentFiber.child,!1,Yp,e,void 0,void 0),e};function Yp(e,t){if(e.tag===6){e=e.stateNode;var n=e.ownerDocument.createRange();n.selectNodeContents(e),t.push.apply(t,n.getClientRects())}else e=b(e),t.push.apply(t,e.getClientRects());return!1}Fp.prototype.getRootNode=function(e){var t=g(this._fragmentFiber);return t===null?this:b(t).getRootNode(e)},Fp.prototype.compareDocumentPosition=function(e){var t=g(this._fragmentFiber);if(t===null)return Node.DOCUMENT_POSITION_DISCONNECTED;var n=[];h(this._fragmentFiber.child,!1,Hp,n,void 0,void 0);var r=b(t);if(n.length===0){if(n=r,_(this._fragmentFiber)){e:{for(t=this._fragmentFiber.return;t!==null;){if(t.tag===4){t=t.stateNode.containerInfo;break e}if(t.tag===3||t.tag===5||t.tag===27)break;t=t.return}t=null}t!=null&&(n=t)}t=this._fragmentFiber;var i=r=n.compareDocumentPosition(e);return n===e?i=Node.DOCUMENT_POSITION_CONTAINS:r&Node.DOCUMENT_POSITION_CONTAINED_BY&&(n=v(t)[1],n===null?i=Node.DOCUMENT_POSITION_PRECEDING:(e=b(n).compareDocumentPosition(e),i=e===0||e&Node.DOCUMENT_POSITION_FOLLOWING?Node.DOCUMENT_POSITION_FOLLOWING:Node.DOCUMENT_POSITION_PRECEDING)),i|=Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC}t=b(n[0]),i=b(n[n.length-1]);var a=_(this._fragmentFiber)?t.parentElement:r;if(a==null)return Node.DOCUMENT_POSITION_DISCONNECTED;r=a.compareDocumentPosition(t)&Node.DOCUMENT_POSITION_CONTAINED_BY,a=a.compareDocumentPosition(i)&Node.DOCUMENT_POSITION_CONTAINED_BY;var o=t.compareDocumentPosition(e),s=i.compareDocumentPosition(e),c=o&Node.DOCUMENT_POSITION_CONTAINED_BY||s&Node.DOCUMENT_POSITION_CONTAINED_BY;return s=r&&a&&o&Node.DOCUMENT_POSITION_FOLLOWING&&s&Node.DOCUMENT_POSITION_PRECEDING,t=r&&t===e||a&&i===e||c||s?Node.DOCUMENT_POSITION_CONTAINED_BY:!r&&t===e||!a&&i===e?Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC:o,t&Node.DOCUMENT_POSITION_DISCONNECTED||t&Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC||Xp(t,this._fragmentFiber,n[0],n[n.length-1],e)?t:Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC};function Xp(e,t,n,r,i){var a=zt(i);if(e&Node.DOCUMENT_POSITION_CONTAINED_BY){if(n=!!a)e:{for(;a!==null;){if(a.tag===7&&(a===t||a.alternate===t)){n=!0;break e}a=a.return}n=!1}return n}if(e&Node.DOCUMENT_POSITION_CONTAINS){if(a===null)return a=i.ownerDocument,i===a||i===a.documentElement||i===a.body;e:{for(a=t,t=g(t);a!==null;){if(!(a.tag!==5&&a.tag!==3&&a.tag!==27||a!==t&&a.alternate!==t)){a=!0;break e}a=a.return}a=!1}return a}return e&Node.DOCUMENT_POSITION_PRECEDING?((t=!!a)&&!(t=a===n)&&(t=ee(n,a,T),t===null?t=!1:(h(t,!0,C,a,n),a=x,x=null,t=a!==null)),t):e&Node.DOCUMENT_POSITION_FOLLOWING?((t=!!a)&&!(t=a===r)&&(t=ee(r,a,T),t===null?t=!1:(h(t,!0,w,a,r),a=x,S=x=null,t=a!==null)),t):!1}function Zp(e,t){var n=e.ownerDocument.createRange();n.selectNodeContents(e),e=n.getBoundingClientRect(),window.scrollTo(window.scrollX+e.left,t?window.scrollY+e.top:window.scrollY+e.bottom-window.innerHeight)}Fp.prototype.scrollIntoView=function(e){if(typeof e==`object`)throw Error(i(566));var t=[];h(this._fragmentFiber.child,!1,Hp,t,void 0,void 0);var n=!1!==e;if(t.length===0){var r=v(this._fragmentFiber);if(r=n?r[1]||r[0]||g(this._fragmentFiber):r[0]||r[1],r===null)return;if(r.tag===6){e=b(r),Zp(e,n);return}if(r=b(r),r.nodeType!==9){if(r.nodeType===11){n=`host`in r?r.host:null,n!==null&&n.scrollIntoView(e);return}r.scrollIntoView(e)}}for(r=n?t.length-1:0;r!==(n?-1:t.length);){var a=t[r];a.tag===6?(a=b(a),Zp(a,n)):b(a).scrollIntoView(e),r+=n?-1:1}};function Qp(e,t){return e=b(e),$p(e,t),!1}function $p(e,t){e.reactFragments??=new Set,e.reactFragments.add(t)}function em(e,t){var n=t._eventListeners;if(n!==null)for(var r=0;r<n.length;r++){var i=n[r];e.addEventListener(i.type,i.attachedListener,Rp(i.optionsOrUseCapture))}e.nodeType!==3&&(n=t._observers,n!==null&&n.forEach(function(n){for(var r=0,i=0;i<Kp.length;i++){var a=Kp[i];(a.fragmentInstance!==t||a.observer!==n||a.instance!==e)&&(Kp[r++]=a)}Kp.length=r,n.observe(e)}),$p(e,t))}function tm(e,t){var n=t._eventListeners;if(n!==null)for(var r=0;r<n.length;r++){var i=n[r];e.removeEventListener(i.type,i.attachedListener,Rp(i.optionsOrUseCapture))}e.nodeType!==3&&(n=t._observers,n!==null&&n.forEach(function(n){typeof n.rootMargin==`string`?Jp(t,n,e):n.unobserve(e)}),e.reactFragments!=null&&e.reactFragments.delete(t))}function nm(e){var t=e.firstChild;for(t&&t.nodeType===10&&(t=t.nextSibling);t;){var n=t;switch(t=t.nextSibling,n.nodeName){case`HTML`:case`HEAD`:case`BODY`:nm(n),Rt(n);continue;case`SCRIPT`:case`STYLE`:continue;case`LINK`:if(n.rel.toLowerCase()===`stylesheet`)continue}e.removeChild(n)}}function rm(e,t,n,r){for(;e.nodeType===1;){var i=n;if(e.nodeName.toLowerCase()!==t.toLowerCase()){if(!r&&(e.nodeName!==`INPUT`||e.type!==`hidden`))break}else if(!r){if(t===`input`&&e.type===`hidden`){var a=i.name==null?null:``+i.name;if(i.type===`hidden`&&e.getAttribute(`name`)===a)return e}else return e}else if(!e[It])switch(t){case`meta`:if(!e.hasAttribute(`itemprop`))break;return e;case`link`:if(a=e.getAttribute(`rel`),a===`stylesheet`&&e.hasAttribute(`data-precedence`)||a!==i.rel||e.getAttribute(`href`)!==(i.href==null||i.href===``?null:i.href)||e.getAttribute(`crossorigin`)!==(i.crossOrigin==null?null:i.crossOrigin)||e.getAttribute(`title`)!==(i.title==null?null:i.title))break;return e;case`style`:if(e.hasAttribute(`data-precedence`))break;return e;case`script`:if(a=e.getAttribute(`src`),(a!==(i.src==null?null:i.src)||e.getAttribute(`type`)!==(i.type==null?null:i.type)||e.getAttribute(`crossorigin`)!==(i.crossOrigin==null?null:i.crossOrigin))&&a&&e.hasAttribute(`async`)&&!e.hasAttribute(`itemprop`))break;return e;default:return e}if(e=lm(e.nextSibling),e===null)break}return null}function im(e,t,n){if(t===``)return null;for(;e.nodeType!==3;)if((e.nodeType!==1||e.nodeName!==`INPUT`||e.type!==`hidden`)&&!n||(e=lm(e.nextSibling),e===null))return null;return e}function am(e,t){for(;e.nodeType!==8;)if((e.nodeType!==1||e.nodeName!==`INPUT`||e.type!==`hidden`)&&!t||(e=lm(e.nextSibling),e===null))return null;return e}function om(e){return e.data===`$?`||e.data===`$~`}function sm(e){return e.data===`$!`||e.data===`$?`&&e.ownerDocument.readyState!==`loading`}function cm(e,t){var n=e.ownerDocument;if(e.data===`$~`)e._reactRetry=t;else if(e.data!==`$?`||n.readyState!==`loading`)t();else{var r=function(){t(),n.removeEventListener(`DOMContentLoaded`,r)};n.addEventListener(`DOMContentLoaded`,r),e._reactRetry=r}}function lm(e){for(;e!=null;e=e.nextSibling){var t=e.nodeType;if(t===1||t===3)break;if(t===8){if(t=e.data,t===`$`||t===`$!`||t===`$?`||t===`$~`||t===`&`||t===`F!`||t===`F`)break;if(t===`/$`||t===`/&`)return null}}return e}var um=null;function dm(e){e=e.nextSibling;for(var t=0;e;){if(e.nodeType===8){var n=e.data;if(n===`/$`||n===`/&`){if(t===0)return lm(e.nextSibling);t--}else n!==`$`&&n!==`$!`&&n!==`$?`&&n!==`$~`&&n!==`&`||t++}e=e.nextSibling}return null}function fm(e){e=e.previousSibling;for(var t=0;e;){if(e.nodeType===8){var n=e.data;if(n===`$`||n===`$!`||n===`$?`||n===`$~`||n===`&`){if(t===0)return e;t--}else n!==`/$`&&n!==`/&`||t++}e=e.previousSibling}return null}function pm(e,t){function n(){r=!0}if(e.ownerDocument.activeElement===e)return!0;var r=!1;try{e.ownerDocument.addEventListener(`focus`,n,!0),(e.focus||HTMLElement.prototype.focus).call(e,t)}finally{e.ownerDocument.removeEventListener(`focus`,n,!0)}return r}function mm(e){yp(function(){yp(function(t){return e(t)})})}function hm(e,t,n){switch(t=lp(n),e){case`html`:if(e=t.documentElement,!e)throw Error(i(452));return e;case`head`:if(e=t.head,!e)throw Error(i(453));return e;case`body`:if(e=t.body,!e)throw Error(i(454));return e;default:throw Error(i(451))}}function gm(e,t,n){for(var r in n){var i=n[r];n.hasOwnProperty(r)&&i!=null&&ep(e,t,r,null,rp,i)}n.dangerouslySetInnerHTML!=null&&(e.textContent=``),e.onclick===wn&&(e.onclick=null),Rt(e)}function _m(e){for(var t=e.attributes;t.length;)e.removeAttributeNode(t[0]);Rt(e)}var vm=new Map,ym=new Set;function bm(e){if(typeof e.getRootNode==`function`){var t=e.getRootNode();if(t.nodeType===9||t.nodeType===11)return t}return e.nodeType===9?e:e.ownerDocument}var xm=A.d;A.d={f:Sm,r:Cm,D:Em,C:Dm,L:Om,m:km,X:jm,S:Am,M:Mm};function Sm(){var e=xm.f(),t=Rd();return e||t}function Cm(e){var t=Bt(e);t!==null&&t.tag===5&&t.type===`form`?$s(t):xm.r(e)}var wm=typeof document>`u`?null:document;function Tm(e,t,n){var r=wm;if(r&&typeof t==`string`&&t){var i=un(t);i=`link[rel="`+e+`"][href="`+i+`"]`,typeof n==`string`&&(i+=`[crossorigin="`+n+`"]`),ym.has(i)||(ym.add(i),e={rel:e,crossOrigin:n,href:t},r.querySelector(i)===null&&(t=r.createElement(`link`),np(t,`link`,e),Ut(t),r.head.appendChild(t)))}}function Em(e){xm.D(e),Tm(`dns-prefetch`,e,null)}function Dm(e,t){xm.C(e,t),Tm(`preconnect`,e,t)}function Om(e,t,n){xm.L(e,t,n);var r=wm;if(r&&e&&t){var i=`link[rel="preload"][as="`+un(t)+`"]`;t===`image`&&n&&n.imageSrcSet?(i+=`[imagesrcset="`+un(n.imageSrcSet)+`"]`,typeof n.imageSizes==`string`&&(i+=`[imagesizes="`+un(n.imageSizes)+`"]`)):i+=`[href="`+un(e)+`"]`;var a=i;switch(t){case`style`:a=Pm(e);break;case`script`:a=Rm(e)}if(!(vm.has(a)||(e=E({rel:`preload`,href:t===`image`&&n&&n.imageSrcSet?void 0:e,as:t},n),vm.set(a,e),r.querySelector(i)!==null||t===`style`&&r.querySelector(Fm(a))||t===`script`&&r.querySelector(zm(a))))){var o=r.createElement(`link`);np(o,`link`,e),t===`style`&&(o[Lt]=!0,o.onload=o.onerror=function(){Wt(o)}),Ut(o),r.head.appendChild(o)}}}function km(e,t){xm.m(e,t);var n=wm;if(n&&e){var r=t&&typeof t.as==`string`?t.as:`script`,i=`link[rel="modulepreload"][as="`+un(r)+`"][href="`+un(e)+`"]`,a=i;switch(r){case`audioworklet`:case`paintworklet`:case`serviceworker`:case`sharedworker`:case`worker`:case`script`:a=Rm(e)}if(!vm.has(a)&&(e=E({rel:`modulepreload`,href:e},t),vm.set(a,e),n.querySelector(i)===null)){switch(r){case`audioworklet`:case`paintworklet`:case`serviceworker`:case`sharedworker`:case`worker`:case`script`:if(n.querySelector(zm(a)))return}r=n.createElement(`link`),np(r,`link`,e),Ut(r),n.head.appendChild(r)}}}function Am(e,t,n){xm.S(e,t,n);var r=wm;if(r&&e){var i=Ht(r).hoistableStyles,a=Pm(e);t||=`default`;var o=i.get(a);if(!o){var s={loading:0,preload:null};if(o=r.querySelector(Fm(a)))s.loading=5;else{e=E({rel:`stylesheet`,href:e,"data-precedence":t},n),(n=vm.get(a))&&Hm(e,n);var c=o=r.createElement(`link`);Ut(c),np(c,`link`,e),c._p=new Promise(function(e,t){c.onload=e,c.onerror=t}),c.addEventListener(`load`,function(){s.loading|=1}),c.addEventListener(`error`,function(){s.loading|=2}),s.loading|=4,Vm(o,t,r)}o={type:`stylesheet`,instance:o,count:1,state:s},i.set(a,o)}}}function jm(e,t){xm.X(e,t);var n=wm;if(n&&e){var r=Ht(n).hoistableScripts,i=Rm(e),a=r.get(i);a||(a=n.querySelector(zm(i)),a||(e=E({src:e,async:!0},t),(t=vm.get(i))&&Um(e,t),a=n.createElement(`script`),Ut(a),np(a,`link`,e),n.head.appendChild(a)),a={type:`script`,instance:a,count:1,state:null},r.set(i,a))}}function Mm(e,t){xm.M(e,t);var n=wm;if(n&&e){var r=Ht(n).hoistableScripts,i=Rm(e),a=r.get(i);a||(a=n.querySelector(zm(i)),a||(e=E({src:e,async:!0,type:`module`},t),(t=vm.get(i))&&Um(e,t),a=n.createElement(`script`),Ut(a),np(a,`link`,e),n.head.appendChild(a)),a={type:`script`,instance:a,count:1,state:null},r.set(i,a))}}function Nm(e,t,n,r){var a=(a=ke.current)?bm(a):null;if(!a)throw Error(i(446));switch(e){case`meta`:case`title`:return null;case`style`:return typeof n.precedence==`string`&&typeof n.href==`string`?(n=Pm(n.href),t=Ht(a).hoistableStyles,r=t.get(n),r||(r={type:`style`,instance:null,count:0,state:null},t.set(n,r)),r):{type:`void`,instance:null,count:0,state:null};case`link`:if(n.rel===`stylesheet`&&typeof n.href==`string`&&typeof n.precedence==`string`){e=Pm(n.href);var o=Ht(a).hoistableStyles,s=o.get(e);if(s||(a=a.ownerDocument||a,s={type:`stylesheet`,instance:null,count:0,state:{loading:0,preload:null}},o.set(e,s),(o=a.querySelector(Fm(e)))?o._p||(s.instance=o,s.state.loading=5):(o=vm.get(e),o||(o={rel:`preload`,as:`style`,href:n.href,crossOrigin:n.crossOrigin,integrity:n.integrity,media:n.media,hrefLang:n.hrefLang,referrerPolicy:n.referrerPolicy},vm.set(e,o)),Lm(a,e,o,s.state))),t&&r===null)throw Error(i(528,``));return s}if(t&&r!==null)throw Error(i(529,``));return null;case`script`:return t=n.async,n=n.src,typeof n==`string`&&t&&typeof t!=`function`&&typeof t!=`symbol`?(n=Rm(n),t=Ht(a).hoistableScripts,r=t.get(n),r||(r={type:`script`,instance:null,count:0,state:null},t.set(n,r)),r):{type:`void`,instance:null,count:0,state:null};default:throw Error(i(444,e))}}function Pm(e){return`href="`+un(e)+`"`}function Fm(e){return`link[rel="stylesheet"][`+e+`]`}function Im(e){return E({},e,{"data-precedence":e.precedence,precedence:null})}function Lm(e,t,n,r){if(t=e.querySelector(`link[rel="preload"][as="style"][`+t+`]`)){if(!0!==t[Lt]){r.loading=1;return}}else t=e.createElement(`link`),t[Lt]=!0,t.onload=t.onerror=Wt.bind(null,t),np(t,`link`,n),Ut(t),e.head.appendChild(t);r.preload=t,t.addEventListener(`load`,function(){return r.loading|=1}),t.addEventListener(`error`,function(){return r.loading|=2})}function Rm(e){return`[src="`+un(e)+`"]`}function zm(e){return`script[async]`+e}function Bm(e,t,n){if(t.count++,t.instance===null)switch(t.type){case`style`:var r=e.querySelector(`style[data-href~="`+un(n.href)+`"]`);if(r)return t.instance=r,Ut(r),r;var a=E({},n,{"data-href":n.href,"data-precedence":n.precedence,href:null,precedence:null});return r=(e.ownerDocument||e).createElement(`style`),Ut(r),np(r,`style`,a),Vm(r,n.precedence,e),t.instance=r;case`stylesheet`:a=Pm(n.href);var o=e.querySelector(Fm(a));if(o)return t.state.loading|=4,t.instance=o,Ut(o),o;r=Im(n),(a=vm.get(a))&&Hm(r,a),o=(e.ownerDocument||e).createElement(`link`),Ut(o);var s=o;return s._p=new Promise(function(e,t){s.onload=e,s.onerror=t}),np(o,`link`,r),t.state.loading|=4,Vm(o,n.precedence,e),t.instance=o;case`script`:return o=Rm(n.src),(a=e.querySelector(zm(o)))?(t.instance=a,Ut(a),a):(r=n,(a=vm.get(o))&&(r=E({},n),Um(r,a)),e=e.ownerDocument||e,a=e.createElement(`script`),Ut(a),np(a,`link`,r),e.head.appendChild(a),t.instance=a);case`void`:return null;default:throw Error(i(443,t.type))}else t.type===`stylesheet`&&!(t.state.loading&4)&&(r=t.instance,t.state.loading|=4,Vm(r,n.precedence,e));return t.instance}function Vm(e,t,n){for(var r=n.querySelectorAll(`link[rel="stylesheet"][data-precedence],style[data-precedence]`),i=r.length?r[r.length-1]:null,a=i,o=0;o<r.length;o++){var s=r[o];if(s.dataset.precedence===t)a=s;else if(a!==i)break}a?a.parentNode.insertBefore(e,a.nextSibling):(t=n.nodeType===9?n.head:n,t.insertBefore(e,t.firstChild))}function Hm(e,t){e.crossOrigin??=t.crossOrigin,e.referrerPolicy??=t.referrerPolicy,e.title??=t.title}function Um(e,t){e.crossOrigin??=t.crossOrigin,e.referrerPolicy??=t.referrerPolicy,e.integrity??=t.integrity}var Wm=null;function Gm(e,t,n){if(Wm===null){var r=new Map,i=Wm=new Map;i.set(n,r)}else i=Wm,r=i.get(n),r||(r=new Map,i.set(n,r));if(r.has(e))return r;for(r.set(e,null),n=n.getElementsByTagName(e),i=0;i<n.length;i++){var a=n[i];if(!(a[It]||a[kt]||e===`link`&&a.getAttribute(`rel`)===`stylesheet`)&&a.namespaceURI!==`http://www.w3.org/2000/svg`){var o=a.getAttribute(t)||``;o=e+o;var s=r.get(o);s?s.push(a):r.set(o,[a])}}return r}function Km(e,t,n){e=e.ownerDocument||e,e.head.insertBefore(n,t===`title`?e.querySelector(`head > title`):null)}function qm(e,t,n){if(n===1||t.itemProp!=null)return!1;switch(e){case`meta`:case`title`:return!0;case`style`:if(typeof t.precedence!=`string`||typeof t.href!=`string`||t.href===``)break;return!0;case`link`:if(typeof t.rel!=`string`||typeof t.href!=`string`||t.href===``||t.onLoad||t.onError)break;return t.rel!==`stylesheet`||(e=t.disabled,typeof t.precedence==`string`&&e==null);case`script`:if(t.async&&typeof t.async!=`function`&&typeof t.async!=`symbol`&&!t.onLoad&&!t.onError&&t.src&&typeof t.src==`string`)return!0}return!1}function Jm(e,t){return e===`img`&&t.src!=null&&t.src!==``&&t.onLoad==null&&t.loading!==`lazy`}function Ym(e){return!(e.type===`stylesheet`&&!(e.state.loading&3))}function Xm(e){return(e.width||100)*(e.height||100)*(typeof devicePixelRatio==`number`?devicePixelRatio:1)*.25}function Zm(e,t){typeof t.decode==`function`&&(e.imgCount++,t.complete||(e.imgBytes+=Xm(t),e.suspenseyImages.push(t)),e=rh.bind(e),t.decode().then(e,e))}function Qm(e,t,n,r){if(n.type===`stylesheet`&&(typeof r.media!=`string`||!1!==matchMedia(r.media).matches)&&!(n.state.loading&4)){if(n.instance===null){var i=Pm(r.href),a=t.querySelector(Fm(i));if(a){t=a._p,typeof t==`object`&&t&&typeof t.then==`function`&&(e.count++,e=nh.bind(e),t.then(e,e)),n.state.loading|=4,n.instance=a,Ut(a);return}a=t.ownerDocument||t,r=Im(r),(i=vm.get(i))&&Hm(r,i),a=a.createElement(`link`),Ut(a);var o=a;o._p=new Promise(function(e,t){o.onload=e,o.onerror=t}),np(a,`link`,r),n.instance=a}e.stylesheets===null&&(e.stylesheets=new Map),e.stylesheets.set(n,t),(t=n.state.preload)&&!(n.state.loading&3)&&(e.count++,n=nh.bind(e),t.addEventListener(`load`,n),t.addEventListener(`error`,n))}}var $m=0;function eh(e,t){return e.stylesheets&&e.count===0&&ah(e,e.stylesheets),0<e.count||0<e.imgCount?function(n){var r=setTimeout(function(){if(e.stylesheets&&ah(e,e.stylesheets),e.unsuspend){var t=e.unsuspend;e.unsuspend=null,t()}},6e4+t);0<e.imgBytes&&$m===0&&($m=62500*op());var i=setTimeout(function(){if(e.waitingForImages=!1,e.count===0&&(e.stylesheets&&ah(e,e.stylesheets),e.unsuspend)){var t=e.unsuspend;e.unsuspend=null,t()}},(e.imgBytes>$m?50:800)+t);return e.unsuspend=n,function(){e.unsuspend=null,clearTimeout(r),clearTimeout(i)}}:null}function th(e){if(e.count===0&&(e.imgCount===0||!e.waitingForImages)){if(e.stylesheets)ah(e,e.stylesheets);else if(e.unsuspend){var t=e.unsuspend;e.unsuspend=null,t()}}}function nh(){this.count--,th(this)}function rh(){this.imgCount--,th(this)}var ih=null;function ah(e,t){e.stylesheets=null,e.unsuspend!==null&&(e.count++,ih=new Map,t.forEach(oh,e),ih=null,nh.call(e))}function oh(e,t){if(!(t.state.loading&4)){var n=ih.get(e);if(n)var r=n.get(null);else{n=new Map,ih.set(e,n);for(var i=e.querySelectorAll(`link[data-precedence],style[data-precedence]`),a=0;a<i.length;a++){var o=i[a];(o.nodeName===`LINK`||o.getAttribute(`media`)!==`not all`)&&(n.set(o.dataset.precedence,o),r=o)}r&&n.set(null,r)}i=t.instance,o=i.getAttribute(`data-precedence`),a=n.get(o)||r,a===r&&n.set(null,i),n.set(o,i),this.count++,r=nh.bind(this),i.addEventListener(`load`,r),i.addEventListener(`error`,r),a?a.parentNode.insertBefore(i,a.nextSibling):(e=e.nodeType===9?e.head:e,e.insertBefore(i,e.firstChild)),t.state.loading|=4}}var sh={$$typeof:se,Provider:null,Consumer:null,_currentValue:Se,_currentValue2:Se,_threadCount:0};function ch(e,t,n,r,i,a,o,s,c){this.tag=1,this.containerInfo=e,this.pingCache=this.current=this.pendingChildren=null,this.timeoutHandle=-1,this.callbackNode=this.next=this.pendingContext=this.context=this.cancelPendingCommit=null,this.callbackPriority=0,this.expirationTimes=vt(-1),this.entangledLanes=this.shellSuspendCounter=this.errorRecoveryDisabledLanes=this.expiredLanes=this.warmLanes=this.pingedLanes=this.suspendedLanes=this.pendingLanes=0,this.entanglements=vt(0),this.hiddenUpdates=vt(null),this.identifierPrefix=r,this.onUncaughtError=i,this.onCaughtError=a,this.onRecoverableError=o,this.pooledCache=null,this.pooledCacheLanes=0,this.formState=c,this.transitionTypes=null,this.incompleteTransitions=new Map}function lh(e,t,n,r,i,a,o,s,c,l,u,d){return e=new ch(e,t,n,o,c,l,u,d,s),t=1,!0===a&&(t|=24),a=Oi(3,null,null,t),e.current=a,a.stateNode=e,t=Oa(),t.refCount++,e.pooledCache=t,t.refCount++,a.memoizedState={element:r,isDehydrated:n,cache:t},uo(a),e}function uh(e){return e?(e=Ei,e):Ei}function dh(e,t,n,r,i,a){i=uh(i),r.context===null?r.context=i:r.pendingContext=i,r=po(t),r.payload={element:n},a=a===void 0?null:a,a!==null&&(r.callback=a),n=mo(e,r,t),n!==null&&(Nd(n,e,t),ho(n,e,t))}function fh(e,t){if(e=e.memoizedState,e!==null&&e.dehydrated!==null){var n=e.retryLane;e.retryLane=n!==0&&n<t?n:t}}function ph(e,t){fh(e,t),(e=e.alternate)&&fh(e,t)}function mh(e){if(e.tag===13||e.tag===31){var t=Ci(e,67108864);t!==null&&Nd(t,e,67108864),ph(e,67108864)}}function hh(e){if(e.tag===13||e.tag===31){var t=Ad();t=wt(t);var n=Ci(e,t);n!==null&&Nd(n,e,t),ph(e,t)}}var gh=!0;function _h(e,t,n,r){var i=k.T;k.T=null;var a=A.p;try{A.p=2,yh(e,t,n,r)}finally{A.p=a,k.T=i}}function vh(e,t,n,r){var i=k.T;k.T=null;var a=A.p;try{A.p=8,yh(e,t,n,r)}finally{A.p=a,k.T=i}}function yh(e,t,n,r){if(gh){var i=bh(r);if(i===null)Gf(e,t,r,xh,n),Mh(e,r);else if(Ph(i,e,t,n,r))r.stopPropagation();else if(Mh(e,r),t&4&&-1<jh.indexOf(e)){for(;i!==null;){var a=Bt(i);if(a!==null)switch(a.tag){case 3:if(a=a.stateNode,a.current.memoizedState.isDehydrated){var o=ft(a.pendingLanes);if(o!==0){var s=a;for(s.pendingLanes|=2,s.entangledLanes|=2;o;){var c=1<<31-at(o);s.entanglements[1]|=c,o&=~c}Tf(a),!(J&6)&&(hd=qe()+500,Ef(0,!1))}}break;case 31:case 13:s=Ci(a,2),s!==null&&Nd(s,a,2),Rd(),ph(a,2)}if(a=bh(r),a===null&&Gf(e,t,r,xh,n),a===i)break;i=a}i!==null&&r.stopPropagation()}else Gf(e,t,r,null,n)}}function bh(e){return e=En(e),Sh(e)}var xh=null;function Sh(e){if(xh=null,e=zt(e),e!==null){var t=o(e);if(t===null)e=null;else{var n=t.tag;if(n===13){if(e=s(t),e!==null)return e;e=null}else if(n===31){if(e=c(t),e!==null)return e;e=null}else if(n===3){if(t.stateNode.current.memoizedState.isDehydrated)return t.tag===3?t.stateNode.containerInfo:null;e=null}else t!==e&&(e=null)}}return xh=e,null}function Ch(e){switch(e){case`beforetoggle`:case`cancel`:case`click`:case`close`:case`contextmenu`:case`copy`:case`cut`:case`auxclick`:case`dblclick`:case`dragend`:case`dragstart`:case`drop`:case`focusin`:case`focusout`:case`input`:case`invalid`:case`keydown`:case`keypress`:case`keyup`:case`mousedown`:case`mouseup`:case`paste`:case`pause`:case`play`:case`pointercancel`:case`pointerdown`:case`pointerup`:case`ratechange`:case`reset`:case`seeked`:case`submit`:case`toggle`:case`touchcancel`:case`touchend`:case`touchstart`:case`volumechange`:case`change`:case`selectionchange`:case`textInput`:case`compositionstart`:case`compositionend`:case`compositionupdate`:case`beforeblur`:case`afterblur`:case`beforeinput`:case`blur`:case`fullscreenchange`:case`fullscreenerror`:case`focus`:case`hashchange`:case`popstate`:case`select`:case`selectstart`:return 2;case`drag`:case`dragenter`:case`dragexit`:case`dragleave`:case`dragover`:case`mousemove`:case`mouseout`:case`mouseover`:case`pointermove`:case`pointerout`:case`pointerover`:case`resize`:case`scroll`:case`touchmove`:case`wheel`:case`mouseenter`:case`mouseleave`:case`pointerenter`:case`pointerleave`:return 8;case`message`:switch(Je()){case Ye:return 2;case Xe:return 8;case Ze:case Qe:return 32;case $e:return 268435456;default:return 32}default:return 32}}var wh=!1,Th=null,Eh=null,Dh=null,Oh=new Map,kh=new Map,Ah=[],jh=`mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset`.split(` `);function Mh(e,t){switch(e){case`focusin`:case`focusout`:Th=null;break;case`dragenter`:case`dragleave`:Eh=null;break;case`mouseover`:case`mouseout`:Dh=null;break;case`pointerover`:case`pointerout`:Oh.delete(t.pointerId);break;case`gotpointercapture`:case`lostpointercapture`:kh.delete(t.pointerId)}}function Nh(e,t,n,r,i,a){return e===null||e.nativeEvent!==a?(e={blockedOn:t,domEventName:n,eventSystemFlags:r,nativeEvent:a,targetContainers:[i]},t!==null&&(t=Bt(t),t!==null&&mh(t)),e):(e.eventSystemFlags|=r,t=e.targetContainers,i!==null&&t.indexOf(i)===-1&&t.push(i),e)}function Ph(e,t,n,r,i){switch(t){case`focusin`:return Th=Nh(Th,e,t,n,r,i),!0;case`dragenter`:return Eh=Nh(Eh,e,t,n,r,i),!0;case`mouseover`:return Dh=Nh(Dh,e,t,n,r,i),!0;case`pointerover`:var a=i.pointerId;return Oh.set(a,Nh(Oh.get(a)||null,e,t,n,r,i)),!0;case`gotpointercapture`:return a=i.pointerId,kh.set(a,Nh(kh.get(a)||null,e,t,n,r,i)),!0}return!1}function Fh(e){var t=zt(e.target);if(t!==null){var n=o(t);if(n!==null){if(t=n.tag,t===13){if(t=s(n),t!==null){e.blockedOn=t,Dt(e.priority,function(){hh(n)});return}}else if(t===31){if(t=c(n),t!==null){e.blockedOn=t,Dt(e.priority,function(){hh(n)});return}}else if(t===3&&n.stateNode.current.memoizedState.isDehydrated){e.blockedOn=n.tag===3?n.stateNode.containerInfo:null;return}}}e.blockedOn=null}function Ih(e){if(e.blockedOn!==null)return!1;for(var t=e.targetContainers;0<t.length;){var n=bh(e.nativeEvent);if(n===null){n=e.nativeEvent;var r=new n.constructor(n.type,n);Tn=r,n.target.dispatchEvent(r),Tn=null}else return t=Bt(n),t!==null&&mh(t),e.blockedOn=n,!1;t.shift()}return!0}function Lh(e,t,n){Ih(e)&&n.delete(t)}function Rh(){wh=!1,Th!==null&&Ih(Th)&&(Th=null),Eh!==null&&Ih(Eh)&&(Eh=null),Dh!==null&&Ih(Dh)&&(Dh=null),Oh.forEach(Lh),kh.forEach(Lh)}function zh(e,n){e.blockedOn===n&&(e.blockedOn=null,wh||(wh=!0,t.unstable_scheduleCallback(t.unstable_NormalPriority,Rh)))}var Bh=null;function Vh(e){Bh!==e&&(Bh=e,t.unstable_scheduleCallback(t.unstable_NormalPriority,function(){Bh===e&&(Bh=null);for(var t=0;t<e.length;t+=3){var n=e[t],r=e[t+1],i=e[t+2];if(typeof r!=`function`){if(Sh(r||n)===null)continue;break}var a=Bt(n);a!==null&&(e.splice(t,3),t-=3,Zs(a,{pending:!0,data:i,method:n.method,action:r},r,i))}}))}function Hh(e){function t(t){return zh(t,e)}Th!==null&&zh(Th,e),Eh!==null&&zh(Eh,e),Dh!==null&&zh(Dh,e),Oh.forEach(t),kh.forEach(t);for(var n=0;n<Ah.length;n++){var r=Ah[n];r.blockedOn===e&&(r.blockedOn=null)}for(;0<Ah.length&&(n=Ah[0],n.blockedOn===null);)Fh(n),n.blockedOn===null&&Ah.shift();if(n=(e.ownerDocument||e).$$reactFormReplay,n!=null)for(r=0;r<n.length;r+=3){var i=n[r],a=n[r+1],o=i[At]||null;if(typeof a==`function`)o||Vh(n);else if(o){var s=null;if(a&&a.hasAttribute(`formAction`)){if(i=a,o=a[At]||null)s=o.formAction;else if(Sh(i)!==null)continue}else s=o.action;typeof s==`function`?n[r+1]=s:(n.splice(r,3),r-=3),Vh(n)}}}function Uh(){function e(e){e.canIntercept&&e.info===`react-transition`&&e.intercept({handler:function(){return new Promise(function(e){return i=e})},focusReset:`manual`,scroll:`manual`})}function t(){i!==null&&(i(),i=null),r||setTimeout(n,20)}function n(){if(!r&&!navigation.transition){var e=navigation.currentEntry;e&&e.url!=null&&navigation.navigate(e.url,{state:e.getState(),info:`react-transition`,history:`replace`})}}if(typeof navigation==`object`){var r=!1,i=null;return navigation.addEventListener(`navigate`,e),navigation.addEventListener(`navigatesuccess`,t),navigation.addEventListener(`navigateerror`,t),setTimeout(n,100),function(){r=!0,navigation.removeEventListener(`navigate`,e),navigation.removeEventListener(`navigatesuccess`,t),navigation.removeEventListener(`navigateerror`,t),i!==null&&(i(),i=null)}}}function Wh(e){this._internalRoot=e}Gh.prototype.render=Wh.prototype.render=function(e){var t=this._internalRoot;if(t===null)throw Error(i(409));dh(t.current,Ad(),e,t,null,null)},Gh.prototype.unmount=Wh.prototype.unmount=function(){var e=this._internalRoot;if(e!==null){this._internalRoot=null;var t=e.containerInfo;dh(e.current,2,null,e,null,null),Rd(),t[jt]=null}};function Gh(e){this._internalRoot=e}Gh.prototype.unstable_scheduleHydration=function(e){if(e){var t=Et();e={blockedOn:null,target:e,priority:t};for(var n=0;n<Ah.length&&t!==0&&t<Ah[n].priority;n++);Ah.splice(n,0,e),n===0&&Fh(e)}};var Kh=n.version;if(Kh!==`19.3.1`)throw Error(i(527,Kh,`19.3.1`));A.findDOMNode=function(e){var t=e._reactInternals;if(t===void 0)throw typeof e.render==`function`?Error(i(188)):(e=Object.keys(e).join(`,`),Error(i(268,e)));return e=d(t),e=e===null?null:p(e),e=e===null?null:e.stateNode,e};var qh={bundleType:0,version:`19.3.1`,rendererPackageName:`react-dom`,currentDispatcherRef:k,reconcilerVersion:`19.3.1`};if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<`u`){var Jh=__REACT_DEVTOOLS_GLOBAL_HOOK__;if(!Jh.isDisabled&&Jh.supportsFiber)try{nt=Jh.inject(qh),rt=Jh}catch{}}e.createRoot=function(e,t){if(!a(e))throw Error(i(299));var n=!1,r=``,o=bc,s=xc,c=Sc;return t!=null&&(!0===t.unstable_strictMode&&(n=!0),t.identifierPrefix!==void 0&&(r=t.identifierPrefix),t.onUncaughtError!==void 0&&(o=t.onUncaughtError),t.onCaughtError!==void 0&&(s=t.onCaughtError),t.onRecoverableError!==void 0&&(c=t.onRecoverableError)),t=lh(e,1,!1,null,null,n,r,null,o,s,c,Uh),e[jt]=t.current,Uf(e),new Wh(t)}})),g=o(((e,t)=>{function n(){if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<`u`&&typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE==`function`)try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(n)}catch(e){console.error(e)}}n(),t.exports=h()})),_=/^(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i,v=/^[\\/]{2}/;function y(e,t){return t+e.replace(/\\/g,`/`)}var b=`popstate`;function x(e){return typeof e==`object`&&!!e&&`pathname`in e&&`search`in e&&`hash`in e&&`state`in e&&`key`in e}function S(e={}){function t(e,t){let n=t.state?.masked,{pathname:r,search:i,hash:a}=n||e.location;return E(``,{pathname:r,search:i,hash:a},t.state&&t.state.usr||null,t.state&&t.state.key||`default`,n?{pathname:e.location.pathname,search:e.location.search,hash:e.location.hash}:void 0)}function n(e,t){return typeof t==`string`?t:D(t)}return ne(t,n,null,e)}function C(e,t){if(e===!1||e==null)throw Error(t)}function w(e,t){if(!e){typeof console<`u`&&console.warn(t);try{throw Error(t)}catch{}}}function T(){return Math.random().toString(36).substring(2,10)}function ee(e,t){return{usr:e.state,key:e.key,idx:t,masked:e.mask?{pathname:e.pathname,search:e.search,hash:e.hash}:void 0}}function E(e,t,n=null,r,i){return{pathname:typeof e==`string`?e:e.pathname,search:``,hash:``,...typeof t==`string`?te(t):t,state:n,key:t&&t.key||r||T(),mask:i}}function D({pathname:e=`/`,search:t=``,hash:n=``}){return t&&t!==`?`&&(e+=t.charAt(0)===`?`?t:`?`+t),n&&n!==`#`&&(e+=n.charAt(0)===`#`?n:`#`+n),e}function te(e){let t={};if(e){let n=e.indexOf(`#`);n>=0&&(t.hash=e.substring(n),e=e.substring(0,n));let r=e.indexOf(`?`);r>=0&&(t.search=e.substring(r),e=e.substring(0,r)),e&&(t.pathname=e)}return t}function ne(e,t,n,r={}){let{window:i=document.defaultView,v5Compat:a=!1}=r,o=i.history,s=`POP`,c=null,l=u();l??(l=0,o.replaceState({...o.state,idx:l},``));function u(){return(o.state||{idx:null}).idx}function d(){s=`POP`;let e=u(),t=e==null?null:e-l;l=e,c&&c({action:s,location:h.location,delta:t})}function f(e,t){s=`PUSH`;let r=x(e)?e:E(h.location,e,t);n&&n(r,e),l=u()+1;let d=ee(r,l),f=h.createHref(r.mask||r);try{o.pushState(d,``,f)}catch(e){if(e instanceof DOMException&&e.name===`DataCloneError`)throw e;i.location.assign(f)}a&&c&&c({action:s,location:h.location,delta:1})}function p(e,t){s=`REPLACE`;let r=x(e)?e:E(h.location,e,t);n&&n(r,e),l=u();let i=ee(r,l),d=h.createHref(r.mask||r);o.replaceState(i,``,d),a&&c&&c({action:s,location:h.location,delta:0})}function m(e){return re(i,e)}let h={get action(){return s},get location(){return e(i,o)},listen(e){if(c)throw Error(`A history only accepts one active listener`);return i.addEventListener(b,d),c=e,()=>{i.removeEventListener(b,d),c=null}},createHref(e){return t(i,e)},createURL:m,encodeLocation(e){let t=m(e);return{pathname:t.pathname,search:t.search,hash:t.hash}},push:f,replace:p,go(e){return o.go(e)}};return h}function re(e,t,n=!1){let r=`http://localhost`;e&&(r=e.location.origin===`null`?e.location.href:e.location.origin),C(r,`No window.location.(origin|href) available to create URL`);let i=typeof t==`string`?t:D(t);return i=i.replace(/ $/,`%20`),!n&&v.test(i)&&(i=r+i),new URL(i,r)}var ie=new URL(`http://localhost`);function ae(e){if(e.createURL)return e.createURL(`/`);try{return new URL(e.createHref(`/`),ie)}catch{return ie}}function oe(e,t){return e.origin===t.origin&&(e.origin!==`null`||e.protocol===t.protocol&&e.host===t.host)}function se(e,t){if(e.startsWith(`//`))return!0;let n=t.protocol.toLowerCase();return e.toLowerCase().startsWith(n)?t.host===``||e.slice(n.length).startsWith(`//`):!1}function ce(e){let t=e.replace(/[\t\n\r]/g,``),n=0;for(;t.charCodeAt(n)<=32;)n++;if(t=t.slice(n),!_.test(t))return;let r;try{r=new URL(e,ie)}catch{return}if(!se(e,r))throw Error(`External navigation is not allowed`)}function le(e,t,n,r){let i=null;try{i=e==null?null:new URL(e,n)}catch{}let a=new URL(t,n),o=i!=null&&!oe(i,n),s=!oe(a,n);if(r===`reject`){if(o||s)throw Error(`External navigation is not allowed`)}else if(s&&(i==null||!se(e,i)||!oe(i,a)))throw Error(`External navigation is not allowed`)}var O=c(u(),1);function ue(e,t,n=`/`){return de(e,t,n,!1)}function de(e,t,n,r,i){let a=Ae((typeof t==`string`?te(t):t).pathname||`/`,n);if(a==null)return null;let o=i??fe(e),s=null,c=ke(a);for(let e=0;s==null&&e<o.length;++e)s=Te(o[e],c,r);return s}function fe(e){let t=pe(e);return he(t),t}function pe(e,t=[],n=[],r=``,i=!1){let a=(e,a,o=i,s)=>{let c={relativePath:s===void 0?e.path||``:s,caseSensitive:e.caseSensitive===!0,childrenIndex:a,route:e};if(c.relativePath.startsWith(`/`)){if(!c.relativePath.startsWith(r)&&o)return;C(c.relativePath.startsWith(r),`Absolute route path "${c.relativePath}" nested under path "${r}" is not valid. An absolute child route path must start with the combined path of all its parent routes.`),c.relativePath=c.relativePath.slice(r.length)}let l=Re([r,c.relativePath]),u=n.concat(c);e.children&&e.children.length>0&&(C(e.index!==!0,`Index routes must not have child routes. Please remove all child routes from route path "${l}".`),pe(e.children,t,u,l,o)),(e.path!=null||e.index)&&t.push({path:l,score:Ce(l,e.index),routesMeta:u.map((e,t)=>{let[n,r]=Oe(e.relativePath,e.caseSensitive,t===u.length-1);return{...e,matcher:n,compiledParams:r}})})};return e.forEach((e,t)=>{if(e.path===``||!e.path?.includes(`?`))a(e,t);else for(let n of me(e.path))a(e,t,!0,n)}),t}function me(e){let t=e.split(`/`);if(t.length===0)return[];let[n,...r]=t,i=n.endsWith(`?`),a=n.replace(/\?$/,``);if(r.length===0)return i?[a,``]:[a];let o=me(r.join(`/`)),s=[];return s.push(...o.map(e=>e===``?a:[a,e].join(`/`))),i&&s.push(...o),s.map(t=>e.startsWith(`/`)&&t===``?`/`:t)}function he(e){e.sort((e,t)=>e.score===t.score?we(e.routesMeta.map(e=>e.childrenIndex),t.routesMeta.map(e=>e.childrenIndex)):t.score-e.score)}var ge=/^:[\w-]+$/,_e=/^:[\w-]+/,ve=3.5,ye=3,be=2,xe=1,k=10,A=-2,Se=e=>e===`*`;function Ce(e,t){let n=e.split(`/`),r=n.length;return n.some(Se)&&(r+=A),t&&(r+=be),n.filter(e=>!Se(e)).reduce((e,t)=>e+(ge.test(t)?ye:_e.test(t)?ve:t===``?xe:k),r)}function we(e,t){return e.length===t.length&&e.slice(0,-1).every((e,n)=>e===t[n])?e[e.length-1]-t[t.length-1]:0}function Te(e,t,n=!1){let{routesMeta:r}=e,i={},a=`/`,o=[];for(let e=0;e<r.length;++e){let s=r[e],c=e===r.length-1,l=a===`/`?t:t.slice(a.length)||`/`,u={path:s.relativePath,caseSensitive:s.caseSensitive,end:c},d=s.matcher&&s.compiledParams?De(u,l,s.matcher,s.compiledParams):j(u,l),f=s.route;if(!d&&c&&n&&!r[r.length-1].route.index&&(d=j({path:s.relativePath,caseSensitive:s.caseSensitive,end:!1},l)),!d)return null;Object.assign(i,d.params),o.push({params:i,pathname:Re([a,d.pathname]),pathnameBase:Be(Re([a,d.pathnameBase])),route:f}),d.pathnameBase!==`/`&&(a=Re([a,d.pathnameBase]))}return o}var Ee=12;function j(e,t){typeof e==`string`&&(e={path:e,caseSensitive:!1,end:!0});let{path:n}=e,r=0;for(let e=n.indexOf(`?`);e!==-1;e=n.indexOf(`?`,e+1))if(++r>Ee)throw Error(`Path pattern ${JSON.stringify(n)} exceeds the limit of ${Ee} optional segments.`);let[i,a]=Oe(n,e.caseSensitive,e.end);return De(e,t,i,a)}function De(e,t,n,r){let i=t.match(n);if(!i)return null;let a=i[0],o=ze(a,1),s=i.slice(1);return{params:r.reduce((e,{paramName:t,isOptional:n},r)=>{if(t===`*`){let e=s[r]||``;o=ze(a.slice(0,a.length-e.length),1)}let i=s[r];return e[t]=n&&!i?void 0:(i||``).replace(/%2F/g,`/`),e},{}),pathname:a,pathnameBase:o,pattern:e}}function Oe(e,t=!1,n=!0){w(e===`*`||!e.endsWith(`*`)||e.endsWith(`/*`),`Route path "${e}" will be treated as if it were "${e.replace(/\*$/,`/*`)}" because the \`*\` character must always follow a \`/\` in the pattern. To get rid of this warning, please change the route path to "${e.replace(/\*$/,`/*`)}".`);let r=[],i=`^`+e.replace(/\/*\*?$/,``).replace(/^\/*/,`/`).replace(/[\\.*+^${}|()[\]]/g,`\\$&`).replace(/\/:([\w-]+)(\?)?/g,(e,t,n,i,a)=>{if(r.push({paramName:t,isOptional:n!=null}),n){let t=a.charAt(i+e.length);return t&&t!==`/`?`/([^\\/]*)`:`(?:/([^\\/]*))?`}return`/([^\\/]+)`}).replace(/\/((?:[^/?()[\]*^\\]|\\.)+)\?(?=\/|$|\()/g,`(?:/$1)?`);return e.endsWith(`*`)?(r.push({paramName:`*`}),i+=e===`*`||e===`/*`?`(.*)$`:`(?:\\/(.+)|\\/*)$`):n?i+=`\\/*$`:e!==``&&e!==`/`&&(i+=`(?:(?=\\/|$))`),[new RegExp(i,t?void 0:`i`),r]}function ke(e){try{return e.split(`/`).map(e=>decodeURIComponent(e).replace(/\//g,`%2F`)).join(`/`)}catch(t){return w(!1,`The URL path "${e}" could not be decoded because it is a malformed URL segment. This is probably due to a bad percent encoding (${t}).`),e}}function Ae(e,t){if(t===`/`)return e;if(!e.toLowerCase().startsWith(t.toLowerCase()))return null;let n=t.endsWith(`/`)?t.length-1:t.length,r=e.charAt(n);return r&&r!==`/`?null:e.slice(n)||`/`}function je(e,t=`/`){let{pathname:n,search:r=``,hash:i=``}=typeof e==`string`?te(e):e,a;return n?(n=Le(n),a=n.startsWith(`/`)||n.startsWith(`\\`)?Me(n.substring(1),`/`):Me(n,t)):a=t,{pathname:a,search:Ve(r),hash:He(i)}}function Me(e,t){let n=ze(t).split(`/`);return e.split(`/`).forEach(e=>{e===`..`?n.length>1&&n.pop():e!==`.`&&n.push(e)}),n.length>1?n.join(`/`):`/`}function Ne(e,t,n,r){return`Cannot include a '${e}' character in a manually specified \`to.${t}\` field [${JSON.stringify(r)}].  Please separate it out to the \`to.${n}\` field. Alternatively you may provide the full path as a string in <Link to="..."> and the router will parse it for you.`}function Pe(e){return e.filter((e,t)=>t===0||e.route.path&&e.route.path.length>0)}function Fe(e){let t=Pe(e);return t.map((e,n)=>n===t.length-1?e.pathname:e.pathnameBase)}function Ie(e,t,n,r=!1){let i;typeof e==`string`?i=te(e):(i={...e},C(!i.pathname||!i.pathname.includes(`?`),Ne(`?`,`pathname`,`search`,i)),C(!i.pathname||!i.pathname.includes(`#`),Ne(`#`,`pathname`,`hash`,i)),C(!i.search||!i.search.includes(`#`),Ne(`#`,`search`,`hash`,i)));let a=e===``||i.pathname===``,o=a?`/`:i.pathname,s;if(o==null)s=n;else{let e=t.length-1;if(!r&&o.startsWith(`..`)){let t=o.split(`/`);for(;t[0]===`..`;)t.shift(),--e;i.pathname=t.join(`/`)}s=e>=0?t[e]:`/`}let c=je(i,s),l=o&&o!==`/`&&o.endsWith(`/`),u=(a||o===`.`)&&n.endsWith(`/`);return!c.pathname.endsWith(`/`)&&(l||u)&&(c.pathname+=`/`),c}var Le=e=>e.replace(/[\\/]{2,}/g,`/`),Re=e=>Le(e.join(`/`));function ze(e,t=0){let n=e.length;for(;n>t&&e.charCodeAt(n-1)===47;)n--;return n===e.length?e:e.slice(0,n)}var Be=e=>ze(e).replace(/^\/*/,`/`),Ve=e=>!e||e===`?`?``:e.startsWith(`?`)?e:`?`+e,He=e=>!e||e===`#`?``:e.startsWith(`#`)?e:`#`+e,Ue=class{status;statusText;data;error;internal;constructor(e,t,n,r=!1){this.status=e,this.statusText=t||``,this.internal=r,n instanceof Error?(this.data=n.toString(),this.error=n):this.data=n}};function We(e){return e!=null&&typeof e.status==`number`&&typeof e.statusText==`string`&&typeof e.internal==`boolean`&&`data`in e}function Ge(e){return Re(e.map(e=>e.route.path).filter(Boolean))||`/`}var Ke=typeof window<`u`&&window.document!==void 0&&window.document.createElement!==void 0;function qe(e,t){let n=e;if(typeof n!=`string`||!_.test(n))return{absoluteURL:void 0,isExternal:!1,to:n};let r=n,i=!1;if(Ke)try{let e=new URL(window.location.href),r=v.test(n)?new URL(y(n,e.protocol)):new URL(n),a=Ae(r.pathname,t);r.origin===e.origin&&a!=null?n=a+r.search+r.hash:i=!0}catch{w(!1,`<Link to="${n}"> contains an invalid URL which will probably break when clicked - please update to a valid URL path.`)}return{absoluteURL:r,isExternal:i,to:n}}var Je=[`POST`,`PUT`,`PATCH`,`DELETE`];new Set(Je);var Ye=[`GET`,...Je];new Set(Ye);var Xe=[`about:`,`blob:`,`chrome:`,`chrome-untrusted:`,`content:`,`data:`,`devtools:`,`file:`,`filesystem:`,`javascript:`];function Ze(e){try{return Xe.includes(new URL(e).protocol)}catch{return!1}}var Qe=O.createContext(null);Qe.displayName=`DataRouter`;var $e=O.createContext(null);$e.displayName=`DataRouterState`;var et=O.createContext(null);et.displayName=`DataRouterData`;var tt=O.createContext(null);tt.displayName=`DataRouterNavigation`;var nt=O.createContext(!1),rt=O.createContext(!1);function it(){return O.useContext(nt)}var at=O.createContext({isTransitioning:!1});at.displayName=`ViewTransition`;var ot=O.createContext(null);ot.displayName=`Fetchers`;var st=O.createContext(null);st.displayName=`Await`;var ct=O.createContext(null);ct.displayName=`Navigation`;var lt=O.createContext(null);lt.displayName=`Location`;var ut=O.createContext({outlet:null,matches:[],isDataRoute:!1});ut.displayName=`Route`;var dt=O.createContext(!1);dt.displayName=`IsDataRoute`;var ft=O.createContext(void 0);ft.displayName=`RouteId`;var pt=O.createContext(null);pt.displayName=`RouteError`;var mt=`REACT_ROUTER_ERROR`,ht=`REDIRECT`,gt=`ROUTE_ERROR_RESPONSE`;function _t(e){if(e.startsWith(`${mt}:${ht}:{`))try{let t=JSON.parse(e.slice(28));if(typeof t==`object`&&t&&typeof t.status==`number`&&typeof t.statusText==`string`&&typeof t.location==`string`&&typeof t.reloadDocument==`boolean`&&typeof t.replace==`boolean`)return t}catch{}}function vt(e){if(e.startsWith(`${mt}:${gt}:{`))try{let t=JSON.parse(e.slice(40));if(typeof t==`object`&&t&&typeof t.status==`number`&&typeof t.statusText==`string`)return new Ue(t.status,t.statusText,t.data)}catch{}}function yt(e,{relative:t}={}){C(bt(),`useHref() may be used only in the context of a <Router> component.`);let{basename:n,navigator:r}=O.useContext(ct),{hash:i,pathname:a,search:o}=Et(e,{relative:t}),s=a;return n!==`/`&&(s=a===`/`?n:Re([n,a])),r.createHref({pathname:s,search:o,hash:i})}function bt(){return O.useContext(lt)!=null}function xt(){return C(bt(),`useLocation() may be used only in the context of a <Router> component.`),O.useContext(lt).location}var St=`You should call navigate() in a React.useEffect(), not when your component is first rendered.`;function Ct(){return O.useContext(dt)?Ht():wt()}function wt(){C(bt(),`useNavigate() may be used only in the context of a <Router> component.`);let e=O.useContext(Qe),{basename:t,navigator:n}=O.useContext(ct),{matches:r}=O.useContext(ut),{pathname:i}=xt(),a=JSON.stringify(Fe(r)),o=O.useRef(!1);return O.useLayoutEffect(()=>{o.current=!0}),O.useCallback((r,s={})=>{if(w(o.current,St),!o.current)return;if(typeof r==`number`){n.go(r);return}let c=Ie(r,JSON.parse(a),i,s.relative===`path`);e==null&&t!==`/`&&(c.pathname=c.pathname===`/`?t:Re([t,c.pathname])),le(typeof r==`string`?r:D(r),n.createHref(c),ae(n),`reject`),(s.replace?n.replace:n.push)(c,s.state,s)},[t,n,a,i,e])}O.createContext(null);function Tt(){let{matches:e}=O.useContext(ut);return e[e.length-1]?.params??{}}function Et(e,{relative:t}={}){let{matches:n}=O.useContext(ut),{pathname:r}=xt(),i=JSON.stringify(Fe(n));return O.useMemo(()=>Ie(e,JSON.parse(i),r,t===`path`),[e,i,r,t])}function Dt(e,t){return Ot(e,t)}function Ot(e,t,n){C(bt(),`useRoutes() may be used only in the context of a <Router> component.`);let{navigator:r}=O.useContext(ct),{matches:i}=O.useContext(ut),a=i[i.length-1],o=a?a.params:{};a&&a.pathname;let s=a?a.pathnameBase:`/`;a&&a.route;let c=xt(),l;if(t){let e=typeof t==`string`?te(t):t;C(s===`/`||e.pathname?.startsWith(s),`When overriding the location using \`<Routes location>\` or \`useRoutes(routes, location)\`, the location pathname must begin with the portion of the URL pathname that was matched by all parent routes. The current pathname base is "${s}" but pathname "${e.pathname}" was given in the \`location\` prop.`),l=e}else l=c;let u=l.pathname||`/`,d=u;if(s!==`/`){let e=s.replace(/^\//,``).split(`/`);d=`/`+u.replace(/^\//,``).split(`/`).slice(e.length).join(`/`)}let f;f=n?n.state.matches.length?n.state.matches.map(e=>Object.assign(e,{route:n.manifest[e.route.id]||e.route})):n.router.match(n.state.location):ue(e,{pathname:d});let p=Ft(f&&f.map(e=>Object.assign({},e,{params:Object.assign({},o,e.params),pathname:Re([s,r.encodeLocation?r.encodeLocation(e.pathname.replace(/%/g,`%25`).replace(/\?/g,`%3F`).replace(/#/g,`%23`)).pathname:e.pathname]),pathnameBase:e.pathnameBase===`/`?s:Re([s,r.encodeLocation?r.encodeLocation(e.pathnameBase.replace(/%/g,`%25`).replace(/\?/g,`%3F`).replace(/#/g,`%23`)).pathname:e.pathnameBase])})),i,n);return t&&p?O.createElement(lt.Provider,{value:{location:{pathname:`/`,search:``,hash:``,state:null,key:`default`,mask:void 0,...l},navigationType:`POP`}},p):p}function kt(){let e=Vt();O.useContext(rt);let t=We(e)?`${e.status} ${e.statusText}`:e instanceof Error?e.message:JSON.stringify(e),n=e instanceof Error?e.stack:null;return O.createElement(O.Fragment,null,O.createElement(`h2`,null,`Unexpected Application Error!`),O.createElement(`h3`,{style:{fontStyle:`italic`}},t),n?O.createElement(`pre`,{style:{padding:`0.5rem`,backgroundColor:`rgba(200,200,200, 0.5)`}},n):null,null)}var At=O.createElement(kt,null),jt=class extends O.Component{constructor(e){super(e),this.state={location:e.location,revalidation:e.revalidation,error:e.error}}static contextType=nt;static getDerivedStateFromError(e){return{error:e}}static getDerivedStateFromProps(e,t){return t.location!==e.location||t.revalidation!==`idle`&&e.revalidation===`idle`?{error:e.error,location:e.location,revalidation:e.revalidation}:{error:e.error===void 0?t.error:e.error,location:t.location,revalidation:e.revalidation||t.revalidation}}componentDidCatch(e,t){this.props.onError?this.props.onError(e,t):console.error(`React Router caught the following error during render`,e)}render(){let e=this.state.error;if(this.context&&typeof e==`object`&&e&&`digest`in e&&typeof e.digest==`string`){let t=vt(e.digest);t&&(e=t)}let t=e===void 0?this.props.children:O.createElement(ut.Provider,{value:this.props.routeContext},O.createElement(dt.Provider,{value:this.props.routeContext.isDataRoute},O.createElement(ft.Provider,{value:this.props.routeContext.matches[this.props.routeContext.matches.length-1]?.route.id},O.createElement(pt.Provider,{value:e,children:this.props.component}))));return this.context?O.createElement(Nt,{error:e},t):t}},Mt=new WeakMap;function Nt({children:e,error:t}){let{basename:n,navigator:r}=O.useContext(ct);if(typeof t==`object`&&t&&`digest`in t&&typeof t.digest==`string`){let e=_t(t.digest);if(e){let i=Mt.get(t);if(i)throw i;let a=qe(e.location,n),o=a.absoluteURL||a.to;if(le(e.location,o,ae(r),`allow-explicit`),Ze(o))throw Error(`Invalid redirect location`);if(Ke&&!Mt.get(t)){if(a.isExternal||e.reloadDocument)window.location.href=o;else{let n=Promise.resolve().then(()=>window.__reactRouterDataRouter.navigate(a.to,{replace:e.replace}));throw Mt.set(t,n),n}}return O.createElement(`meta`,{httpEquiv:`refresh`,content:`0;url=${o}`})}}return e}function Pt({routeContext:e,match:t,children:n}){let r=O.useContext(Qe);return r&&r.static&&r.staticContext&&(t.route.errorElement||t.route.ErrorBoundary)&&(r.staticContext._deepestRenderedBoundaryId=t.route.id),O.createElement(ut.Provider,{value:e},O.createElement(dt.Provider,{value:e.isDataRoute},O.createElement(ft.Provider,{value:t.route.id},n)))}function Ft(e,t=[],n){let r=n?.state;if(e==null){if(!r)return null;if(r.errors)e=r.matches;else if(t.length===0&&!r.initialized&&r.matches.length>0)e=r.matches;else return null}let i=e,a=r?.errors;if(a!=null){let e=i.findIndex(e=>e.route.id&&a?.[e.route.id]!==void 0);C(e>=0,`Could not find a matching route for errors on route IDs: ${Object.keys(a).join(`,`)}`),i=i.slice(0,Math.min(i.length,e+1))}let o=!1,s=-1;if(n&&r){o=r.renderFallback;for(let e=0;e<i.length;e++){let t=i[e];if((t.route.HydrateFallback||t.route.hydrateFallbackElement)&&(s=e),t.route.id){let{loaderData:e,errors:a}=r,c=t.route.loader&&!e.hasOwnProperty(t.route.id)&&(!a||a[t.route.id]===void 0);if(t.route.lazy||c){n.isStatic&&(o=!0),i=s>=0?i.slice(0,s+1):[i[0]];break}}}}let c=n?.onError,l=r&&c?(e,t)=>{c(e,{location:r.location,params:r.matches?.[0]?.params??{},pattern:Ge(r.matches),errorInfo:t})}:void 0;return i.reduceRight((e,n,c)=>{let u,d=!1,f=null,p=null;r&&(u=a&&n.route.id?a[n.route.id]:void 0,f=n.route.errorElement||At,o&&(s<0&&c===0?(Wt(`route-fallback`,!1,"No `HydrateFallback` element provided to render during initial hydration"),d=!0,p=null):s===c&&(d=!0,p=n.route.hydrateFallbackElement||null)));let m=t.concat(i.slice(0,c+1)),h=()=>{let t;return t=u?f:d?p:n.route.Component?O.createElement(n.route.Component,null):n.route.element?n.route.element:e,O.createElement(Pt,{match:n,routeContext:{outlet:e,matches:m,isDataRoute:r!=null},children:t})};return r&&(n.route.ErrorBoundary||n.route.errorElement||c===0)?O.createElement(jt,{location:r.location,revalidation:r.revalidation,component:f,error:u,children:h(),routeContext:{outlet:null,matches:m,isDataRoute:!0},onError:l}):h()},null)}function It(e){return`${e} must be used within a data router.  See https://reactrouter.com/en/main/routers/picking-a-router.`}function Lt(e){let t=O.useContext(Qe);return C(t,It(e)),t}function Rt(e){let t=O.useContext($e);return C(t,It(e)),t}function zt(e){let t=O.useContext(et);return C(t,It(e)),t}function Bt(e){let t=O.useContext(ft);return C(t,`${e} can only be used on routes that contain a unique "id"`),t}function Vt(){let e=O.useContext(pt),t=zt(`useRouteError`),n=Bt(`useRouteError`);return e===void 0?t.errors?.[n]:e}function Ht(){let{router:e}=Lt(`useNavigate`),t=Bt(`useNavigate`),n=O.useRef(!1);return O.useLayoutEffect(()=>{n.current=!0}),O.useCallback(async(r,i={})=>{w(n.current,St),n.current&&(typeof r==`number`?await e.navigate(r):await e.navigate(r,{fromRouteId:t,...i}))},[e,t])}var Ut={};function Wt(e,t,n){!t&&!Ut[e]&&(Ut[e]=!0,w(!1,n))}function Gt(e,t){if(e===!1||e==null)throw Error(t)}function Kt(e,t,n){let r=typeof e==`string`?new URL(e,n??(typeof window>`u`?`server://singlefetch/`:window.location.origin)):new URL(e);return n&&r.origin!==n&&(r=new URL(r.pathname+r.search+r.hash,n)),r.pathname.endsWith(`/`)?r.pathname=`${r.pathname}_.${t}`:r.pathname=`${r.pathname}.${t}`,r}async function qt(e,t){if(e.id in t)return t[e.id];try{let n=await import(e.module);return t[e.id]=n,n}catch(t){return console.error(`Error loading route module \`${e.module}\`, reloading page...`),console.error(t),window.__reactRouterContext&&window.__reactRouterContext.isSpaMode,window.location.reload(),new Promise(()=>{})}}function Jt(e){return e!=null&&typeof e.page==`string`}function Yt(e){return e==null?!1:e.href==null?e.rel===`preload`&&typeof e.imageSrcSet==`string`&&typeof e.imageSizes==`string`:typeof e.rel==`string`&&typeof e.href==`string`}async function Xt(e,t,n){return en((await Promise.all(e.map(async e=>{let r=t.routes[e.route.id];if(r){let e=await qt(r,n);return e.links?e.links():[]}return[]}))).flat(1).filter(Yt).filter(e=>e.rel===`stylesheet`||e.rel===`preload`).map(e=>e.rel===`stylesheet`?{...e,rel:`prefetch`,as:`style`}:{...e,rel:`prefetch`}))}function Zt(e,t,n,r,i,a){let o=(e,t)=>!n[t]||e.route.id!==n[t].route.id,s=(e,t)=>n[t].pathname!==e.pathname||n[t].route.path?.endsWith(`*`)&&n[t].params[`*`]!==e.params[`*`];return a===`assets`?t.filter((e,t)=>o(e,t)||s(e,t)):a===`data`?t.filter((t,a)=>{let c=r.routes[t.route.id];if(!c||!c.hasLoader)return!1;if(o(t,a)||s(t,a))return!0;if(t.route.shouldRevalidate){let r=t.route.shouldRevalidate({currentUrl:new URL(i.pathname+i.search+i.hash,window.origin),currentParams:n[0]?.params||{},nextUrl:new URL(e,window.origin),nextParams:t.params,defaultShouldRevalidate:!0});if(typeof r==`boolean`)return r}return!0}):[]}function Qt(e,t,{includeHydrateFallback:n}={}){return M(e.map(e=>{let r=t.routes[e.route.id];if(!r)return[];let i=[r.module];return r.clientActionModule&&(i=i.concat(r.clientActionModule)),r.clientLoaderModule&&(i=i.concat(r.clientLoaderModule)),n&&r.hydrateFallbackModule&&(i=i.concat(r.hydrateFallbackModule)),r.imports&&(i=i.concat(r.imports)),i}).flat(1))}function M(e){return[...new Set(e)]}function $t(e){let t={},n=Object.keys(e).sort();for(let r of n)t[r]=e[r];return t}function en(e,t){let n=new Set,r=new Set(t);return e.reduce((e,i)=>{if(t&&!Jt(i)&&i.as===`script`&&i.href&&r.has(i.href))return e;let a=JSON.stringify($t(i));return n.has(a)||(n.add(a),e.push({key:a,link:i})),e},[])}var tn=O.createContext(void 0);tn.displayName=`FrameworkContext`;function nn(){let e=O.useContext(tn);return Gt(e,`You must render this element inside a <HydratedRouter> element`),e}function rn(e,t){let n=O.useContext(tn),[r,i]=O.useState(!1),[a,o]=O.useState(!1),{onFocus:s,onBlur:c,onMouseEnter:l,onMouseLeave:u,onTouchStart:d}=t,f=O.useRef(null);O.useEffect(()=>{if(e===`render`&&o(!0),e===`viewport`){let e=new IntersectionObserver(e=>{e.forEach(e=>{o(e.isIntersecting)})},{threshold:.5});return f.current&&e.observe(f.current),()=>{e.disconnect()}}},[e]),O.useEffect(()=>{if(r){let e=setTimeout(()=>{o(!0)},100);return()=>{clearTimeout(e)}}},[r]);let p=()=>{i(!0)},m=()=>{i(!1),o(!1)};return n?e===`intent`?[a,f,{onFocus:an(s,p),onBlur:an(c,m),onMouseEnter:an(l,p),onMouseLeave:an(u,m),onTouchStart:an(d,p)}]:[a,f,{}]:[!1,f,{}]}function an(e,t){return n=>{e&&e(n),n.defaultPrevented||t(n)}}function on({page:e,...t}){let n=it(),{nonce:r}=nn(),{router:i}=Lt(`PrefetchPageLinks`),a=O.useMemo(()=>i.match(e),[i,i.routes,e]);return a?(t.nonce==null&&r&&(t={...t,nonce:r}),n?O.createElement(cn,{page:e,matches:a,...t}):O.createElement(ln,{page:e,matches:a,...t})):null}function sn(e){let{manifest:t,routeModules:n}=nn(),[r,i]=O.useState([]);return O.useEffect(()=>{let r=!1;return Xt(e,t,n).then(e=>{r||i(e)}),()=>{r=!0}},[e,t,n]),r}function cn({page:e,matches:t,...n}){let r=xt(),{unstable_apiServerOrigin:i}=nn(),a=O.useMemo(()=>{if(e===r.pathname+r.search+r.hash)return[];let n=Kt(e,`rsc`,i),a=!1,o=[];for(let e of t)typeof e.route.shouldRevalidate==`function`?a=!0:o.push(e.route.id);return a&&o.length>0&&n.searchParams.set(`_routes`,o.join(`,`)),[i?n.toString():n.pathname+n.search]},[e,r,t,i]);return O.createElement(O.Fragment,null,a.map(e=>O.createElement(`link`,{key:e,rel:`prefetch`,as:`fetch`,href:e,...n})))}function ln({page:e,matches:t,...n}){let r=xt(),{manifest:i,routeModules:a,unstable_apiServerOrigin:o}=nn(),{matches:s}=Rt(`PrefetchPageLinks`),{loaderData:c}=zt(`PrefetchPageLinks`),l=O.useMemo(()=>Zt(e,t,s,i,r,`data`),[e,t,s,i,r]),u=O.useMemo(()=>Zt(e,t,s,i,r,`assets`),[e,t,s,i,r]),d=O.useMemo(()=>{if(e===r.pathname+r.search+r.hash)return[];let n=new Set,s=!1;if(t.forEach(e=>{let t=i.routes[e.route.id];t&&t.hasLoader&&(!l.some(t=>t.route.id===e.route.id)&&e.route.id in c&&a[e.route.id]?.shouldRevalidate||t.hasClientLoader?s=!0:n.add(e.route.id))}),n.size===0)return[];let u=Kt(e,`data`,o);return s&&n.size>0&&u.searchParams.set(`_routes`,t.filter(e=>n.has(e.route.id)).map(e=>e.route.id).join(`,`)),[o?u.toString():u.pathname+u.search]},[c,r,i,l,t,e,a,o]),f=O.useMemo(()=>Qt(u,i),[u,i]),p=sn(u);return O.createElement(O.Fragment,null,d.map(e=>O.createElement(`link`,{key:e,rel:`prefetch`,as:`fetch`,href:e,...n})),f.map(e=>O.createElement(`link`,{key:e,rel:`modulepreload`,href:e,...n})),p.map(({key:e,link:t})=>O.createElement(`link`,{key:e,nonce:n.nonce,...t,crossOrigin:t.crossOrigin??n.crossOrigin})))}function un(...e){return t=>{e.forEach(e=>{typeof e==`function`?e(t):e!=null&&(e.current=t)})}}O.memo(dn);function dn({routes:e,manifest:t,state:n,isStatic:r,onError:i,discoveryRuntime:a}){let o=O.useContext(Qe);return C(o,`You must render this element inside a <DataRouterContext.Provider> element`),O.useEffect(()=>{n.initialized&&a?.markReady()},[n.initialized,a]),Ot(e,void 0,{router:o.router,manifest:t,state:n,isStatic:r,onError:i})}function fn({to:e,replace:t,state:n,relative:r}){C(bt(),`<Navigate> may be used only in the context of a <Router> component.`);let{static:i,navigator:a}=O.useContext(ct);w(!i,`<Navigate> must not be used on the initial render in a <StaticRouter>. This is a no-op, but you should modify your code so the <Navigate> is only ever rendered in response to some user interaction or state change.`);let{matches:o}=O.useContext(ut),{pathname:s}=xt(),c=Ct(),l=Ie(e,Fe(o),s,r===`path`);le(typeof e==`string`?e:D(e),a.createHref(l),ae(a),`reject`);let u=JSON.stringify(l);return O.useEffect(()=>{c(JSON.parse(u),{replace:t,state:n,relative:r})},[c,u,r,t,n]),null}function N(e){C(!1,`A <Route> is only ever to be used as the child of <Routes> element, never rendered directly. Please wrap your <Route> in a <Routes>.`)}function pn({basename:e=`/`,children:t=null,location:n,navigationType:r=`POP`,navigator:i,static:a=!1,useTransitions:o}){C(!bt(),`You cannot render a <Router> inside another <Router>. You should never have more than one in your app.`);let s=e.replace(/^\/*/,`/`),c=O.useMemo(()=>({basename:s,navigator:i,static:a,useTransitions:o,future:{}}),[s,i,a,o]);typeof n==`string`&&(n=te(n));let{pathname:l=`/`,search:u=``,hash:d=``,state:f=null,key:p=`default`,mask:m}=n,h=O.useMemo(()=>{let e=Ae(l,s);return e==null?null:{location:{pathname:e,search:u,hash:d,state:f,key:p,mask:m},navigationType:r}},[s,l,u,d,f,p,r,m]);return w(h!=null,`<Router basename="${s}"> is not able to match the URL "${l}${u}${d}" because it does not start with the basename, so the <Router> won't render anything.`),h==null?null:O.createElement(ct.Provider,{value:c},O.createElement(lt.Provider,{children:t,value:h}))}function mn({children:e,location:t}){return Dt(hn(e),t)}O.Component;function hn(e,t=[]){let n=[];return O.Children.forEach(e,(e,r)=>{if(!O.isValidElement(e))return;let i=[...t,r];if(e.type===O.Fragment){n.push.apply(n,hn(e.props.children,i));return}C(e.type===N,`[${typeof e.type==`string`?e.type:e.type.name}] is not a <Route> component. All component children of <Routes> must be a <Route> or <React.Fragment>`);let a=e.props;C(!a.index||!a.children,`An index route cannot have child routes.`);let o={id:a.id||i.join(`-`),caseSensitive:a.caseSensitive,element:a.element,Component:a.Component,index:a.index,path:a.path,middleware:a.middleware,loader:a.loader,action:a.action,hydrateFallbackElement:a.hydrateFallbackElement,HydrateFallback:a.HydrateFallback,errorElement:a.errorElement,ErrorBoundary:a.ErrorBoundary,shouldRevalidate:a.shouldRevalidate,handle:a.handle,lazy:a.lazy};a.children&&(o.children=hn(a.children,i)),n.push(o)}),n}var gn=`application/x-www-form-urlencoded`;function _n(e){return typeof HTMLElement<`u`&&e instanceof HTMLElement}function vn(e){return _n(e)&&e.tagName.toLowerCase()===`button`}function yn(e){return _n(e)&&e.tagName.toLowerCase()===`form`}function bn(e){return _n(e)&&e.tagName.toLowerCase()===`input`}function xn(e){return!!(e.metaKey||e.altKey||e.ctrlKey||e.shiftKey)}function Sn(e,t){let n=e.currentTarget;return e.button===0&&(!t||t===`_self`)&&!xn(e)&&(n?.localName!==`a`&&n?.localName!==`area`||!n.hasAttribute(`href`)||!n.hasAttribute(`download`))}function Cn(e=``){return new URLSearchParams(typeof e==`string`||Array.isArray(e)||e instanceof URLSearchParams?e:Object.keys(e).reduce((t,n)=>{let r=e[n];return t.concat(Array.isArray(r)?r.map(e=>[n,e]):[[n,r]])},[]))}function wn(e,t){let n=Cn(e);return t&&t.forEach((e,r)=>{n.has(r)||t.getAll(r).forEach(e=>{n.append(r,e)})}),n}var Tn=null;function En(){if(Tn===null)try{new FormData(document.createElement(`form`),0),Tn=!1}catch{Tn=!0}return Tn}var Dn=new Set([`application/x-www-form-urlencoded`,`multipart/form-data`,`text/plain`]);function On(e){return e=e?.toLowerCase()??null,e!=null&&!Dn.has(e)?(w(!1,`"${e}" is not a valid \`encType\` for \`<Form>\`/\`<fetcher.Form>\` and will default to "${gn}"`),null):e}function kn(e,t){if(t===`/`)return e;let n=te(e),r=Ae(n.pathname||``,t);return r==null?null:D({...n,pathname:r})}function An(e,t){let n,r,i,a,o;if(yn(e)){let o=e.getAttribute(`action`);r=o?kn(o,t):null,n=e.getAttribute(`method`)||`get`,i=On(e.getAttribute(`enctype`))||gn,a=new FormData(e)}else if(vn(e)||bn(e)&&(e.type===`submit`||e.type===`image`)){let o=e.form;if(o==null)throw Error(`Cannot submit a <button> or <input type="submit"> without a <form>`);let s=e.getAttribute(`formaction`)||o.getAttribute(`action`);if(r=s?kn(s,t):null,n=e.getAttribute(`formmethod`)||o.getAttribute(`method`)||`get`,i=On(e.getAttribute(`formenctype`))||On(o.getAttribute(`enctype`))||gn,a=new FormData(o,e),!En()){let{name:t,type:n,value:r}=e;if(n===`image`){let e=t?`${t}.`:``;a.append(`${e}x`,`0`),a.append(`${e}y`,`0`)}else t&&a.append(t,r)}}else if(_n(e))throw Error(`Cannot submit element that is not <form>, <button>, or <input type="submit|image">`);else n=`get`,r=null,i=gn,o=e;return a&&i===`text/plain`&&(o=a,a=void 0),{action:r,method:n.toLowerCase(),encType:i,formData:a,body:o}}var jn=typeof window<`u`&&window.document!==void 0&&window.document.createElement!==void 0;try{jn&&(window.__reactRouterVersion=`8`)}catch{}function Mn({basename:e,children:t,useTransitions:n,window:r}){let i=O.useRef(null);i.current??=S({window:r,v5Compat:!0});let a=i.current,[o,s]=O.useState({action:a.action,location:a.location}),c=O.useCallback(e=>{n===!1?s(e):O.startTransition(()=>s(e))},[n]);return O.useLayoutEffect(()=>a.listen(c),[a,c]),O.createElement(pn,{basename:e,children:t,location:o.location,navigationType:o.action,navigator:a,useTransitions:n})}var Nn=O.forwardRef(function({onClick:e,discover:t=`render`,prefetch:n=`none`,relative:r,reloadDocument:i,replace:a,mask:o,state:s,target:c,to:l,preventScrollReset:u,viewTransition:d,defaultShouldRevalidate:f,...p},m){let{basename:h,navigator:g,useTransitions:v}=O.useContext(ct),y=typeof l==`string`&&_.test(l),b=qe(l,h);l=b.to;let x=yt(l,{relative:r}),S=xt(),C=null;if(o){let e=Ie(o,[],S.mask?S.mask.pathname:`/`,!0);h!==`/`&&(e.pathname=e.pathname===`/`?h:Re([h,e.pathname])),C=g.createHref(e)}let[w,T,ee]=rn(n,p),E=Rn(l,{replace:a,mask:o,state:s,target:c,preventScrollReset:u,relative:r,viewTransition:d,defaultShouldRevalidate:f,useTransitions:v});function D(t){e&&e(t),t.defaultPrevented||E(t)}let te=!(b.isExternal||i),ne=(te?C:void 0)||b.absoluteURL||x;ce(ne);let re=O.createElement(`a`,{...p,...ee,href:ne,onClick:te?D:e,ref:un(m,T),target:c,"data-discover":!y&&t===`render`?`true`:void 0});return w&&!y?O.createElement(O.Fragment,null,re,O.createElement(on,{page:x})):re});Nn.displayName=`Link`;var Pn=()=>()=>{},Fn=()=>!1,In=O.forwardRef(function({"aria-current":e=`page`,caseSensitive:t=!1,className:n=``,end:r=!1,style:i,to:a,viewTransition:o,children:s,...c},l){let u=Et(a,{relative:c.relative}),d=xt(),f=O.useContext(tt),{navigator:p,basename:m}=O.useContext(ct),h=O.useContext(tn)?.isSpaMode===!0,g=O.useSyncExternalStore(Pn,Fn,()=>h),_=f!=null&&Wn(u)&&o===!0&&!g,v=p.encodeLocation?p.encodeLocation(u).pathname:u.pathname,y=d.pathname,b=f?.navigation.location?f.navigation.location.pathname:null;t||(y=y.toLowerCase(),b=b?b.toLowerCase():null,v=v.toLowerCase()),b&&m&&(b=Ae(b,m)||b);let x=v!==`/`&&v.endsWith(`/`)?v.length-1:v.length,S=!g&&(y===v||!r&&y.startsWith(v)&&y.charAt(x)===`/`),C=!g&&b!=null&&(b===v||!r&&b.startsWith(v)&&b.charAt(x)===`/`),w={isActive:S,isPending:C,isTransitioning:_},T=S?e:void 0,ee;ee=typeof n==`function`?n(w):[n,S?`active`:null,C?`pending`:null,_?`transitioning`:null].filter(Boolean).join(` `);let E=typeof i==`function`?i(w):i;return O.createElement(Nn,{...c,"aria-current":T,className:ee,ref:l,style:E,to:a,viewTransition:o},typeof s==`function`?s(w):s)});In.displayName=`NavLink`;var Ln=O.forwardRef(({discover:e=`render`,fetcherKey:t,navigate:n,reloadDocument:r,replace:i,state:a,method:o=`get`,action:s,onSubmit:c,relative:l,preventScrollReset:u,viewTransition:d,defaultShouldRevalidate:f,...p},m)=>{let{useTransitions:h}=O.useContext(ct),g=Hn(),v=Un(s,{relative:l}),y=o.toLowerCase()===`get`?`get`:`post`,b=typeof s==`string`&&_.test(s);return O.createElement(`form`,{ref:m,method:y,action:v,onSubmit:r?c:e=>{if(c&&c(e),e.defaultPrevented)return;e.preventDefault();let r=e.nativeEvent.submitter,s=r?.getAttribute(`formmethod`)||o,p=()=>g(r||e.currentTarget,{fetcherKey:t,method:s,navigate:n,replace:i,state:a,relative:l,preventScrollReset:u,viewTransition:d,defaultShouldRevalidate:f});h&&n!==!1?O.startTransition(()=>p()):p()},...p,"data-discover":!b&&e===`render`?`true`:void 0})});Ln.displayName=`Form`;function Rn(e,{target:t,replace:n,mask:r,state:i,preventScrollReset:a,relative:o,viewTransition:s,defaultShouldRevalidate:c,useTransitions:l}={}){let u=Ct(),d=xt(),f=Et(e,{relative:o});return O.useCallback(p=>{if(Sn(p,t)){p.preventDefault();let t=n===void 0?D(d)===D(f):n,m=()=>u(e,{replace:t,mask:r,state:i,preventScrollReset:a,relative:o,viewTransition:s,defaultShouldRevalidate:c});l?O.startTransition(()=>m()):m()}},[d,u,f,n,r,i,t,e,a,o,s,c,l])}function zn(e){w(typeof URLSearchParams<`u`,"You cannot use the `useSearchParams` hook in a browser that does not support the URLSearchParams API. If you need to support Internet Explorer 11, we recommend you load a polyfill such as https://github.com/ungap/url-search-params.");let t=O.useRef(Cn(e)),n=O.useRef(!1),r=xt(),i=O.useMemo(()=>wn(r.search,n.current?null:t.current),[r.search]),a=Ct();return[i,O.useCallback((e,t)=>{let r=Cn(typeof e==`function`?e(new URLSearchParams(i)):e);n.current=!0,a(`?`+r,t)},[a,i])]}var Bn=0,Vn=()=>`__${String(++Bn)}__`;function Hn(){let{router:e}=Lt(`useSubmit`),{basename:t}=O.useContext(ct),n=Bt(`useSubmit`),r=e.fetch,i=e.navigate;return O.useCallback(async(e,a={})=>{let{action:o,method:s,encType:c,formData:l,body:u}=An(e,t);a.navigate===!1?await r(a.fetcherKey||Vn(),n,a.action||o,{defaultShouldRevalidate:a.defaultShouldRevalidate,preventScrollReset:a.preventScrollReset,relative:a.relative,formData:l,body:u,formMethod:a.method||s,formEncType:a.encType||c,flushSync:a.flushSync}):await i(a.action||o,{defaultShouldRevalidate:a.defaultShouldRevalidate,preventScrollReset:a.preventScrollReset,relative:a.relative,formData:l,body:u,formMethod:a.method||s,formEncType:a.encType||c,replace:a.replace,state:a.state,fromRouteId:n,flushSync:a.flushSync,viewTransition:a.viewTransition})},[r,i,t,n])}function Un(e,{relative:t}={}){let{basename:n}=O.useContext(ct),r=O.useContext(ut);C(r,`useFormAction must be used inside a RouteContext`);let[i]=r.matches.slice(-1),a={...Et(e||`.`,{relative:t})},o=xt();if(e==null){a.search=o.search;let e=new URLSearchParams(a.search),t=e.getAll(`index`);if(t.some(e=>e===``)){e.delete(`index`),t.filter(e=>e).forEach(t=>e.append(`index`,t));let n=e.toString();a.search=n?`?${n}`:``}}(!e||e===`.`)&&i.route.index&&(a.search=a.search?a.search.replace(/^\?/,`?index&`):`?index`),n!==`/`&&(a.pathname=a.pathname===`/`?n:Re([n,a.pathname]));let s=D(a);return ce(s),s}function Wn(e,{relative:t}={}){let n=O.useContext(at);C(n!=null,"`useViewTransitionState` must be used within `react-router/dom`'s `RouterProvider`.  Did you accidentally import `RouterProvider` from `react-router`?");let{basename:r}=Lt(`useViewTransitionState`),i=Et(e,{relative:t});if(!n.isTransitioning)return!1;let a=Ae(n.currentLocation.pathname,r)||n.currentLocation.pathname,o=Ae(n.nextLocation.pathname,r)||n.nextLocation.pathname;return j(i.pathname,o)!=null||j(i.pathname,a)!=null}var Gn=g(),Kn=`/graphql`,qn=null;function Jn(e){qn=e}var Yn=class extends Error{errors;status;constructor(e,t){super(e.map(e=>e.message).join(`；`)||`请求失败（HTTP ${t}）`),this.name=`ApiError`,this.errors=e,this.status=t}get code(){return this.errors[0]?.extensions?.code}};function Xn(e,t,n){if(typeof File<`u`&&(e instanceof File||e instanceof Blob)){let r=n.get(e)??[];return r.push(t),n.set(e,r),null}return Array.isArray(e)?e.map((e,r)=>Xn(e,`${t}.${r}`,n)):e&&typeof e==`object`?Object.fromEntries(Object.entries(e).map(([e,r])=>[e,Xn(r,`${t}.${e}`,n)])):e}async function P(e,...[t]){let n={Accept:`application/graphql-response+json, application/json`};qn&&(n.Authorization=`Bearer ${qn}`);let r=new Map,i=Xn(t??{},`variables`,r),a={query:e.toString(),variables:i},o;if(r.size>0){let e=new FormData;e.append(`operations`,JSON.stringify(a));let t={},n=[...r.entries()];n.forEach(([,e],n)=>t[String(n)]=e),e.append(`map`,JSON.stringify(t)),n.forEach(([t],n)=>e.append(String(n),t,t instanceof File?t.name:`file${n}`)),o=e}else n[`Content-Type`]=`application/json`,o=JSON.stringify(a);let s;try{s=await fetch(Kn,{method:`POST`,headers:n,body:o,credentials:`omit`})}catch{throw new Yn([{message:`无法连接服务器，请检查网络后重试`}],0)}let c;try{c=await s.json()}catch{throw new Yn([{message:`服务器响应异常（HTTP ${s.status}）`}],s.status)}if(c.errors?.length)throw new Yn(c.errors,s.status);if(!s.ok||c.data==null)throw new Yn([],s.status);return c.data}async function Zn(e,t){let n={};qn&&(n.Authorization=`Bearer ${qn}`);let r=await fetch(e,{headers:n,credentials:`omit`});if(!r.ok){let e=`下载失败（HTTP ${r.status}）`;try{let t=(await r.text()).trim();t&&t.length<200&&!t.startsWith(`<`)&&(e=t)}catch{}throw new Yn([{message:e}],r.status)}let i=await r.blob(),a=r.headers.get(`Content-Disposition`)??``,o=/filename\*=UTF-8''([^;]+)/i.exec(a),s=/filename="?([^";]+)"?/i.exec(a),c=o?decodeURIComponent(o[1]):s?s[1]:t,l=URL.createObjectURL(i),u=document.createElement(`a`);u.href=l,u.download=c,document.body.appendChild(u),u.click(),u.remove(),setTimeout(()=>URL.revokeObjectURL(l),6e4)}var F=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},Qn=new F(`
    fragment PortalApplicationFields on Application {
  id
  version
  status
  statusLabel
  editable
  session {
    code
    name
  }
  region {
    code
    name
  }
  area {
    id
    name
  }
  qualification {
    code
    name
    levelLabel
  }
  subjects {
    name
  }
  hukouCode
  gender
  birthDate
  title
  titleDate
  employment
  workUnit
  workStartDate
  education
  degree
  graduationDate
  majorRelation
  majorName
  address
  email
  mobile
  landline
  postcode
  photo {
    id
    url
  }
  materials {
    id
    materialKindLabel
    originalName
  }
  feeText
  submittedAt
  reviewDeadlineAt
  rejectionReasons {
    code
    label
    description
  }
  history {
    id
    createdAt
    toStatusLabel
    reason
  }
}
    `,{fragmentName:`PortalApplicationFields`}),$n=new F(`
    fragment PortalPaymentFields on Application {
  id
  status
  statusLabel
  feeText
  session {
    code
    name
  }
  region {
    name
  }
  qualification {
    name
    levelLabel
  }
  payment {
    id
    outTradeNo
    amountFen
    status
    statusLabel
    codeUrl
    expiresAt
    paidAt
    receiptNo
    receiptUrl
  }
}
    `,{fragmentName:`PortalPaymentFields`}),er={"\n  query ConsoleScope {\n    examSessions {\n      code\n      name\n      registrationOpen\n      ticketPrintOpensAt\n      ticketPrintClosesAt\n      registrationOpensAt\n      registrationClosesAt\n    }\n    regions {\n      code\n      name\n    }\n  }\n":new F(`
    query ConsoleScope {
  examSessions {
    code
    name
    registrationOpen
    ticketPrintOpensAt
    ticketPrintClosesAt
    registrationOpensAt
    registrationClosesAt
  }
  regions {
    code
    name
  }
}
    `),"\n  query ConsoleRegion($code: String!) {\n    region(code: $code) {\n      code\n      name\n      policies {\n        id\n        session {\n          code\n          name\n        }\n        registrationOpensAt\n        registrationClosesAt\n        correctionClosesAt\n        paymentOpensAt\n        paymentClosesAt\n        reviewMode\n        reviewModeLabel\n        reviewWorkingDays\n        feePerSubjectFen\n        feeJuniorFen\n        feeIntermediateFen\n        feeSeniorFen\n        free\n        commitmentRequired\n        nonLocalAllowed\n        absenteeBan\n      }\n      areas {\n        id\n        code\n        name\n        levels\n        sortOrder\n        disabled\n        sites {\n          id\n          code\n          name\n          address\n          disabled\n          rooms {\n            id\n            code\n            capacity\n            disabled\n          }\n        }\n      }\n      notices {\n        id\n        kind\n        kindLabel\n        title\n        body\n        publishedAt\n        sortOrder\n        disabled\n        session {\n          code\n          name\n        }\n      }\n    }\n  }\n":new F(`
    query ConsoleRegion($code: String!) {
  region(code: $code) {
    code
    name
    policies {
      id
      session {
        code
        name
      }
      registrationOpensAt
      registrationClosesAt
      correctionClosesAt
      paymentOpensAt
      paymentClosesAt
      reviewMode
      reviewModeLabel
      reviewWorkingDays
      feePerSubjectFen
      feeJuniorFen
      feeIntermediateFen
      feeSeniorFen
      free
      commitmentRequired
      nonLocalAllowed
      absenteeBan
    }
    areas {
      id
      code
      name
      levels
      sortOrder
      disabled
      sites {
        id
        code
        name
        address
        disabled
        rooms {
          id
          code
          capacity
          disabled
        }
      }
    }
    notices {
      id
      kind
      kindLabel
      title
      body
      publishedAt
      sortOrder
      disabled
      session {
        code
        name
      }
    }
  }
}
    `),"\n  mutation ConsoleUpdatePolicy($id: ID!, $input: RegionPolicyInput!) {\n    updateRegionPolicy(id: $id, input: $input) {\n      regionPolicy {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation ConsoleUpdatePolicy($id: ID!, $input: RegionPolicyInput!) {
  updateRegionPolicy(id: $id, input: $input) {
    regionPolicy {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation ConsoleCreateArea($regionCode: String!, $input: CreateExamAreaInput!) {\n    createExamArea(regionCode: $regionCode, input: $input) {\n      examArea {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation ConsoleCreateArea($regionCode: String!, $input: CreateExamAreaInput!) {
  createExamArea(regionCode: $regionCode, input: $input) {
    examArea {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation ConsoleUpdateArea($id: ID!, $input: UpdateExamAreaInput!) {\n    updateExamArea(id: $id, input: $input) {\n      examArea {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation ConsoleUpdateArea($id: ID!, $input: UpdateExamAreaInput!) {
  updateExamArea(id: $id, input: $input) {
    examArea {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation ConsoleCreateSite($areaId: ID!, $input: CreateExamSiteInput!) {\n    createExamSite(areaId: $areaId, input: $input) {\n      examSite {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation ConsoleCreateSite($areaId: ID!, $input: CreateExamSiteInput!) {
  createExamSite(areaId: $areaId, input: $input) {
    examSite {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation ConsoleUpdateSite($id: ID!, $input: UpdateExamSiteInput!) {\n    updateExamSite(id: $id, input: $input) {\n      examSite {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation ConsoleUpdateSite($id: ID!, $input: UpdateExamSiteInput!) {
  updateExamSite(id: $id, input: $input) {
    examSite {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation ConsoleCreateRoom($siteId: ID!, $input: CreateExamRoomInput!) {\n    createExamRoom(siteId: $siteId, input: $input) {\n      examRoom {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation ConsoleCreateRoom($siteId: ID!, $input: CreateExamRoomInput!) {
  createExamRoom(siteId: $siteId, input: $input) {
    examRoom {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation ConsoleUpdateRoom($id: ID!, $input: UpdateExamRoomInput!) {\n    updateExamRoom(id: $id, input: $input) {\n      examRoom {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation ConsoleUpdateRoom($id: ID!, $input: UpdateExamRoomInput!) {
  updateExamRoom(id: $id, input: $input) {
    examRoom {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  query ConsoleSeatPlanRuns($sessionCode: String!, $regionCode: String) {\n    seatPlanRuns(sessionCode: $sessionCode, regionCode: $regionCode) {\n      id\n      status\n      seating\n      candidates\n      staged\n      startedAt\n      finishedAt\n      publishedAt\n      runByName\n      inputsDigest\n      region {\n        code\n        name\n      }\n      shortfalls {\n        area {\n          id\n          name\n        }\n        need\n        have\n        lack\n      }\n    }\n  }\n":new F(`
    query ConsoleSeatPlanRuns($sessionCode: String!, $regionCode: String) {
  seatPlanRuns(sessionCode: $sessionCode, regionCode: $regionCode) {
    id
    status
    seating
    candidates
    staged
    startedAt
    finishedAt
    publishedAt
    runByName
    inputsDigest
    region {
      code
      name
    }
    shortfalls {
      area {
        id
        name
      }
      need
      have
      lack
    }
  }
}
    `),"\n  mutation ConsoleRunSeatPlan($sessionCode: String!, $regionCode: String) {\n    runSeatPlan(sessionCode: $sessionCode, regionCode: $regionCode) {\n      run {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation ConsoleRunSeatPlan($sessionCode: String!, $regionCode: String) {
  runSeatPlan(sessionCode: $sessionCode, regionCode: $regionCode) {
    run {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation ConsolePublishSeatPlan($runId: ID!) {\n    publishSeatPlan(runId: $runId) {\n      run {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation ConsolePublishSeatPlan($runId: ID!) {
  publishSeatPlan(runId: $runId) {
    run {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  query ConsoleStatistics($sessionCode: String!, $regionCode: String) {\n    statistics(sessionCode: $sessionCode, regionCode: $regionCode) {\n      session {\n        code\n        name\n      }\n      region {\n        code\n        name\n      }\n      byStatus {\n        key\n        label\n        count\n      }\n      registrations\n      byLevel {\n        key\n        label\n        count\n      }\n      byQualification {\n        key\n        label\n        count\n      }\n      byArea {\n        key\n        label\n        count\n      }\n      byDay {\n        day\n        submitted\n        cumulative\n      }\n      local\n      nonLocal\n      byEducation {\n        key\n        label\n        count\n      }\n      byEmployment {\n        key\n        label\n        count\n      }\n      revenueFen\n      paidOrders\n      review {\n        onTime\n        late\n        waiting\n        overdue\n      }\n      seats {\n        site {\n          id\n          name\n        }\n        rooms\n        capacity\n        used\n      }\n      results {\n        registered\n        sat\n        absent\n        passed\n        passRate\n      }\n      reportUrl\n    }\n  }\n":new F(`
    query ConsoleStatistics($sessionCode: String!, $regionCode: String) {
  statistics(sessionCode: $sessionCode, regionCode: $regionCode) {
    session {
      code
      name
    }
    region {
      code
      name
    }
    byStatus {
      key
      label
      count
    }
    registrations
    byLevel {
      key
      label
      count
    }
    byQualification {
      key
      label
      count
    }
    byArea {
      key
      label
      count
    }
    byDay {
      day
      submitted
      cumulative
    }
    local
    nonLocal
    byEducation {
      key
      label
      count
    }
    byEmployment {
      key
      label
      count
    }
    revenueFen
    paidOrders
    review {
      onTime
      late
      waiting
      overdue
    }
    seats {
      site {
        id
        name
      }
      rooms
      capacity
      used
    }
    results {
      registered
      sat
      absent
      passed
      passRate
    }
    reportUrl
  }
}
    `),"\n  query ConsoleExports($sessionCode: String!, $regionCode: String) {\n    applicationExports(sessionCode: $sessionCode, regionCode: $regionCode, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          format\n          status\n          statusLabel\n          rowsDone\n          rowsTotal\n          progress\n          fileName\n          fileBytes\n          sha256\n          error\n          downloadUrl\n          requestedByName\n          fullIdNumbers\n          region {\n            name\n          }\n        }\n      }\n    }\n  }\n":new F(`
    query ConsoleExports($sessionCode: String!, $regionCode: String) {
  applicationExports(
    sessionCode: $sessionCode
    regionCode: $regionCode
    first: 20
  ) {
    totalCount
    edges {
      node {
        id
        createdAt
        format
        status
        statusLabel
        rowsDone
        rowsTotal
        progress
        fileName
        fileBytes
        sha256
        error
        downloadUrl
        requestedByName
        fullIdNumbers
        region {
          name
        }
      }
    }
  }
}
    `),"\n  mutation ConsoleStartExport($input: StartApplicationExportInput!) {\n    startApplicationExport(input: $input) {\n      export {\n        id\n        status\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation ConsoleStartExport($input: StartApplicationExportInput!) {
  startApplicationExport(input: $input) {
    export {
      id
      status
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation ConsoleCreateNotice($regionCode: String!, $input: CreateNoticeInput!) {\n    createNotice(regionCode: $regionCode, input: $input) {\n      notice {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation ConsoleCreateNotice($regionCode: String!, $input: CreateNoticeInput!) {
  createNotice(regionCode: $regionCode, input: $input) {
    notice {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation ConsoleUpdateNotice($id: ID!, $input: UpdateNoticeInput!) {\n    updateNotice(id: $id, input: $input) {\n      notice {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation ConsoleUpdateNotice($id: ID!, $input: UpdateNoticeInput!) {
  updateNotice(id: $id, input: $input) {
    notice {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation ConsoleDisableNotice($id: ID!) {\n    disableNotice(id: $id) {\n      notice {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation ConsoleDisableNotice($id: ID!) {
  disableNotice(id: $id) {
    notice {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  query ConsoleFormChoices {\n    formChoices {\n      statuses {\n        value\n        label\n      }\n    }\n  }\n":new F(`
    query ConsoleFormChoices {
  formChoices {
    statuses {
      value
      label
    }
  }
}
    `),"\n  query ConsolePreviewNotice($audience: NoticeAudienceInput!) {\n    previewNotice(audience: $audience)\n  }\n":new F(`
    query ConsolePreviewNotice($audience: NoticeAudienceInput!) {
  previewNotice(audience: $audience)
}
    `),"\n  mutation ConsoleSendNotice($input: SendNoticeInput!) {\n    sendNotice(input: $input) {\n      recipients\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n":new F(`
    mutation ConsoleSendNotice($input: SendNoticeInput!) {
  sendNotice(input: $input) {
    recipients
    userErrors {
      field
      message
      code
    }
  }
}
    `),"\n  query ConsoleDeliveryStatistics($regionCode: String) {\n    deliveryStatistics(regionCode: $regionCode) {\n      channel\n      status\n      count\n    }\n  }\n":new F(`
    query ConsoleDeliveryStatistics($regionCode: String) {
  deliveryStatistics(regionCode: $regionCode) {
    channel
    status
    count
  }
}
    `),"\n  query ConsoleAuditLogs($first: Int, $after: Cursor, $actorId: ID, $recordId: String, $action: String, $from: Time, $to: Time) {\n    auditLogs(first: $first, after: $after, actorId: $actorId, recordId: $recordId, action: $action, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          actorKind\n          staffID\n          action\n          recordType\n          recordID\n          before\n          after\n          requestID\n          clientIP\n          staff {\n            id\n            username\n            displayName\n          }\n          region {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n":new F(`
    query ConsoleAuditLogs($first: Int, $after: Cursor, $actorId: ID, $recordId: String, $action: String, $from: Time, $to: Time) {
  auditLogs(
    first: $first
    after: $after
    actorId: $actorId
    recordId: $recordId
    action: $action
    from: $from
    to: $to
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        createdAt
        actorKind
        staffID
        action
        recordType
        recordID
        before
        after
        requestID
        clientIP
        staff {
          id
          username
          displayName
        }
        region {
          code
          name
        }
      }
    }
  }
}
    `),"\n  query ConsoleTicketSearch($filter: ReviewQueueFilter) {\n    reviewQueue(first: 50, filter: $filter, order: NEWEST_FIRST) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          idNumberMasked\n          region {\n            code\n            name\n          }\n          area {\n            id\n            name\n          }\n          admissionTicket {\n            id\n            ticketNumber\n            seat\n            room {\n              id\n              code\n              site {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n":new F(`
    query ConsoleTicketSearch($filter: ReviewQueueFilter) {
  reviewQueue(first: 50, filter: $filter, order: NEWEST_FIRST) {
    totalCount
    edges {
      node {
        id
        name
        idNumberMasked
        region {
          code
          name
        }
        area {
          id
          name
        }
        admissionTicket {
          id
          ticketNumber
          seat
          room {
            id
            code
            site {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `),"\n  query ConsoleAreaRooms($code: String!) {\n    region(code: $code) {\n      code\n      areas {\n        id\n        sites {\n          id\n          name\n          disabled\n          rooms {\n            id\n            code\n            capacity\n            disabled\n          }\n        }\n      }\n    }\n  }\n":new F(`
    query ConsoleAreaRooms($code: String!) {
  region(code: $code) {
    code
    areas {
      id
      sites {
        id
        name
        disabled
        rooms {
          id
          code
          capacity
          disabled
        }
      }
    }
  }
}
    `),"\n  mutation ConsoleMoveSeat($ticketId: ID!, $roomId: ID!, $seat: Int!, $reason: String!) {\n    moveSeat(ticketId: $ticketId, roomId: $roomId, seat: $seat, reason: $reason) {\n      ticket {\n        id\n        ticketNumber\n        seat\n        room {\n          id\n          code\n          site {\n            id\n            name\n          }\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation ConsoleMoveSeat($ticketId: ID!, $roomId: ID!, $seat: Int!, $reason: String!) {
  moveSeat(ticketId: $ticketId, roomId: $roomId, seat: $seat, reason: $reason) {
    ticket {
      id
      ticketNumber
      seat
      room {
        id
        code
        site {
          id
          name
        }
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  query ConsoleStaffUsers($first: Int!, $after: Cursor, $where: StaffUserWhereInput) {\n    staffUsers(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          displayName\n          role\n          roleLabel\n          region {\n            code\n            name\n          }\n          totpEnabled\n          disabled\n          lockedUntil\n          lastLoginAt\n          createdAt\n        }\n      }\n    }\n  }\n":new F(`
    query ConsoleStaffUsers($first: Int!, $after: Cursor, $where: StaffUserWhereInput) {
  staffUsers(
    first: $first
    after: $after
    where: $where
    orderBy: {field: CREATED_AT, direction: DESC}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        username
        displayName
        role
        roleLabel
        region {
          code
          name
        }
        totpEnabled
        disabled
        lockedUntil
        lastLoginAt
        createdAt
      }
    }
  }
}
    `),"\n  mutation ConsoleCreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      staffUser {\n        id\n        username\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation ConsoleCreateStaffUser($input: CreateStaffUserInput!) {
  createStaffUser(input: $input) {
    staffUser {
      id
      username
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation ConsoleUpdateStaffUser($id: ID!, $input: UpdateStaffUserInput!) {\n    updateStaffUser(id: $id, input: $input) {\n      staffUser {\n        id\n        displayName\n        disabled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation ConsoleUpdateStaffUser($id: ID!, $input: UpdateStaffUserInput!) {
  updateStaffUser(id: $id, input: $input) {
    staffUser {
      id
      displayName
      disabled
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  query ConsoleSentNotices($regionCode: String) {\n    sentNotices(regionCode: $regionCode, first: 20) {\n      id\n      title\n      sentAt\n      sentBy\n      messages\n      expanded\n      session {\n        code\n        name\n      }\n      area {\n        name\n      }\n      deliveries {\n        channel\n        status\n        count\n      }\n    }\n  }\n":new F(`
    query ConsoleSentNotices($regionCode: String) {
  sentNotices(regionCode: $regionCode, first: 20) {
    id
    title
    sentAt
    sentBy
    messages
    expanded
    session {
      code
      name
    }
    area {
      name
    }
    deliveries {
      channel
      status
      count
    }
  }
}
    `),"\n  query DeskSessions {\n    examSessions {\n      code\n      name\n      registrationOpen\n    }\n    formChoices {\n      statuses {\n        value\n        label\n      }\n    }\n    rejectionReasons {\n      code\n      label\n      description\n    }\n  }\n":new F(`
    query DeskSessions {
  examSessions {
    code
    name
    registrationOpen
  }
  formChoices {
    statuses {
      value
      label
    }
  }
  rejectionReasons {
    code
    label
    description
  }
}
    `),"\n  query DeskRegions {\n    regions {\n      code\n      name\n    }\n  }\n":new F(`
    query DeskRegions {
  regions {
    code
    name
  }
}
    `),"\n  query DeskQueue($first: Int, $after: Cursor, $filter: ReviewQueueFilter, $order: ReviewQueueOrder, $sessionCode: String, $regionCode: String) {\n    reviewQueue(first: $first, after: $after, filter: $filter, order: $order) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          name\n          idNumberMasked\n          status\n          statusLabel\n          submittedAt\n          reviewDeadlineAt\n          overdue\n          nonLocal\n          level\n          qualification {\n            code\n            name\n          }\n          area {\n            name\n          }\n          session {\n            code\n            name\n          }\n          claim {\n            reviewerName\n            expiresAt\n            mine\n          }\n        }\n      }\n    }\n    reviewCounts(sessionCode: $sessionCode, regionCode: $regionCode) {\n      status\n      label\n      count\n    }\n  }\n":new F(`
    query DeskQueue($first: Int, $after: Cursor, $filter: ReviewQueueFilter, $order: ReviewQueueOrder, $sessionCode: String, $regionCode: String) {
  reviewQueue(first: $first, after: $after, filter: $filter, order: $order) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        version
        name
        idNumberMasked
        status
        statusLabel
        submittedAt
        reviewDeadlineAt
        overdue
        nonLocal
        level
        qualification {
          code
          name
        }
        area {
          name
        }
        session {
          code
          name
        }
        claim {
          reviewerName
          expiresAt
          mine
        }
      }
    }
  }
  reviewCounts(sessionCode: $sessionCode, regionCode: $regionCode) {
    status
    label
    count
  }
}
    `),"\n  query DeskApplication($id: ID!) {\n    node(id: $id) {\n      ... on Application {\n        id\n        version\n        status\n        statusLabel\n        name\n        idTypeLabel\n        idNumberMasked\n        genderLabel\n        birthDate\n        age\n        hukouCode\n        title\n        titleDate\n        employmentLabel\n        workUnit\n        workStartDate\n        educationLabel\n        degreeLabel\n        graduationDate\n        majorRelationLabel\n        majorName\n        address\n        email\n        mobile\n        landline\n        postcode\n        nonLocal\n        feeTotalFen\n        submittedAt\n        reviewStartedAt\n        reviewDeadlineAt\n        decidedAt\n        commitmentAcceptedAt\n        overdue\n        level\n        region {\n          code\n          name\n        }\n        session {\n          code\n          name\n        }\n        qualification {\n          code\n          name\n          levelLabel\n        }\n        subjects {\n          name\n        }\n        area {\n          name\n        }\n        photo {\n          id\n          url\n          width\n          height\n        }\n        materials {\n          id\n          url\n          originalName\n          contentType\n          sizeBytes\n          materialKindLabel\n        }\n        claim {\n          reviewerName\n          expiresAt\n          mine\n        }\n        rejectionReasons {\n          code\n          label\n        }\n        decisions {\n          id\n          createdAt\n          decision\n          reasonCodes\n          note\n        }\n        history {\n          id\n          createdAt\n          fromStatusLabel\n          toStatusLabel\n          actorKindLabel\n          reason\n        }\n      }\n    }\n    rejectionReasons {\n      code\n      label\n      description\n    }\n    hukouChoices {\n      code\n      name\n    }\n  }\n":new F(`
    query DeskApplication($id: ID!) {
  node(id: $id) {
    ... on Application {
      id
      version
      status
      statusLabel
      name
      idTypeLabel
      idNumberMasked
      genderLabel
      birthDate
      age
      hukouCode
      title
      titleDate
      employmentLabel
      workUnit
      workStartDate
      educationLabel
      degreeLabel
      graduationDate
      majorRelationLabel
      majorName
      address
      email
      mobile
      landline
      postcode
      nonLocal
      feeTotalFen
      submittedAt
      reviewStartedAt
      reviewDeadlineAt
      decidedAt
      commitmentAcceptedAt
      overdue
      level
      region {
        code
        name
      }
      session {
        code
        name
      }
      qualification {
        code
        name
        levelLabel
      }
      subjects {
        name
      }
      area {
        name
      }
      photo {
        id
        url
        width
        height
      }
      materials {
        id
        url
        originalName
        contentType
        sizeBytes
        materialKindLabel
      }
      claim {
        reviewerName
        expiresAt
        mine
      }
      rejectionReasons {
        code
        label
      }
      decisions {
        id
        createdAt
        decision
        reasonCodes
        note
      }
      history {
        id
        createdAt
        fromStatusLabel
        toStatusLabel
        actorKindLabel
        reason
      }
    }
  }
  rejectionReasons {
    code
    label
    description
  }
  hukouChoices {
    code
    name
  }
}
    `),"\n  mutation DeskClaim($id: ID!) {\n    claimApplication(id: $id) {\n      claim {\n        reviewerName\n        expiresAt\n        mine\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation DeskClaim($id: ID!) {
  claimApplication(id: $id) {
    claim {
      reviewerName
      expiresAt
      mine
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation DeskRelease($id: ID!) {\n    releaseApplication(id: $id) {\n      claim {\n        reviewerName\n        expiresAt\n        mine\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation DeskRelease($id: ID!) {
  releaseApplication(id: $id) {
    claim {
      reviewerName
      expiresAt
      mine
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation DeskApprove($id: ID!, $version: Int!, $note: String) {\n    approveApplication(id: $id, version: $version, note: $note) {\n      application {\n        id\n        version\n        status\n        statusLabel\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation DeskApprove($id: ID!, $version: Int!, $note: String) {
  approveApplication(id: $id, version: $version, note: $note) {
    application {
      id
      version
      status
      statusLabel
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation DeskReject($id: ID!, $version: Int!, $reasonCodes: [String!]!, $note: String) {\n    rejectApplication(id: $id, version: $version, reasonCodes: $reasonCodes, note: $note) {\n      application {\n        id\n        version\n        status\n        statusLabel\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation DeskReject($id: ID!, $version: Int!, $reasonCodes: [String!]!, $note: String) {
  rejectApplication(
    id: $id
    version: $version
    reasonCodes: $reasonCodes
    note: $note
  ) {
    application {
      id
      version
      status
      statusLabel
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation DeskBulkApprove($items: [BulkApproveItem!]!, $note: String) {\n    bulkApprove(items: $items, note: $note) {\n      applications {\n        id\n        status\n        statusLabel\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation DeskBulkApprove($items: [BulkApproveItem!]!, $note: String) {
  bulkApprove(items: $items, note: $note) {
    applications {
      id
      status
      statusLabel
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  fragment PortalApplicationFields on Application {\n    id\n    version\n    status\n    statusLabel\n    editable\n    session {\n      code\n      name\n    }\n    region {\n      code\n      name\n    }\n    area {\n      id\n      name\n    }\n    qualification {\n      code\n      name\n      levelLabel\n    }\n    subjects {\n      name\n    }\n    hukouCode\n    gender\n    birthDate\n    title\n    titleDate\n    employment\n    workUnit\n    workStartDate\n    education\n    degree\n    graduationDate\n    majorRelation\n    majorName\n    address\n    email\n    mobile\n    landline\n    postcode\n    photo {\n      id\n      url\n    }\n    materials {\n      id\n      materialKindLabel\n      originalName\n    }\n    feeText\n    submittedAt\n    reviewDeadlineAt\n    rejectionReasons {\n      code\n      label\n      description\n    }\n    history {\n      id\n      createdAt\n      toStatusLabel\n      reason\n    }\n  }\n":Qn,"\n  query PortalApplyForm($sessionCode: String!) {\n    examSessions {\n      code\n      name\n      registrationOpen\n    }\n    examSession(code: $sessionCode) {\n      code\n      name\n      policies {\n        registrationOpensAt\n        registrationClosesAt\n        commitmentRequired\n        nonLocalAllowed\n        nonLocalMaterialKinds\n        reviewModeLabel\n        free\n        region {\n          code\n          name\n          areas {\n            id\n            name\n            levels\n            disabled\n          }\n        }\n      }\n    }\n    qualifications(sessionCode: $sessionCode) {\n      code\n      name\n      level\n      levelLabel\n      subjects {\n        name\n        order\n      }\n    }\n    formChoices {\n      genders {\n        value\n        label\n      }\n      employments {\n        value\n        label\n      }\n      educations {\n        value\n        label\n      }\n      degrees {\n        value\n        label\n      }\n      majorRelations {\n        value\n        label\n      }\n    }\n    hukouChoices {\n      code\n      name\n    }\n    me {\n      candidate {\n        id\n        name\n        idTypeLabel\n        idNumber\n        gender\n        birthDate\n        ageAt(sessionCode: $sessionCode)\n      }\n    }\n    myApplications {\n      ...PortalApplicationFields\n    }\n  }\n":new F(`
    query PortalApplyForm($sessionCode: String!) {
  examSessions {
    code
    name
    registrationOpen
  }
  examSession(code: $sessionCode) {
    code
    name
    policies {
      registrationOpensAt
      registrationClosesAt
      commitmentRequired
      nonLocalAllowed
      nonLocalMaterialKinds
      reviewModeLabel
      free
      region {
        code
        name
        areas {
          id
          name
          levels
          disabled
        }
      }
    }
  }
  qualifications(sessionCode: $sessionCode) {
    code
    name
    level
    levelLabel
    subjects {
      name
      order
    }
  }
  formChoices {
    genders {
      value
      label
    }
    employments {
      value
      label
    }
    educations {
      value
      label
    }
    degrees {
      value
      label
    }
    majorRelations {
      value
      label
    }
  }
  hukouChoices {
    code
    name
  }
  me {
    candidate {
      id
      name
      idTypeLabel
      idNumber
      gender
      birthDate
      ageAt(sessionCode: $sessionCode)
    }
  }
  myApplications {
    ...PortalApplicationFields
  }
}
    fragment PortalApplicationFields on Application {
  id
  version
  status
  statusLabel
  editable
  session {
    code
    name
  }
  region {
    code
    name
  }
  area {
    id
    name
  }
  qualification {
    code
    name
    levelLabel
  }
  subjects {
    name
  }
  hukouCode
  gender
  birthDate
  title
  titleDate
  employment
  workUnit
  workStartDate
  education
  degree
  graduationDate
  majorRelation
  majorName
  address
  email
  mobile
  landline
  postcode
  photo {
    id
    url
  }
  materials {
    id
    materialKindLabel
    originalName
  }
  feeText
  submittedAt
  reviewDeadlineAt
  rejectionReasons {
    code
    label
    description
  }
  history {
    id
    createdAt
    toStatusLabel
    reason
  }
}`),"\n  mutation PortalSaveApplication($sessionCode: String, $id: ID, $version: Int, $input: ApplicationInput!) {\n    saveApplication(sessionCode: $sessionCode, id: $id, version: $version, input: $input) {\n      application {\n        ...PortalApplicationFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation PortalSaveApplication($sessionCode: String, $id: ID, $version: Int, $input: ApplicationInput!) {
  saveApplication(
    sessionCode: $sessionCode
    id: $id
    version: $version
    input: $input
  ) {
    application {
      ...PortalApplicationFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment PortalApplicationFields on Application {
  id
  version
  status
  statusLabel
  editable
  session {
    code
    name
  }
  region {
    code
    name
  }
  area {
    id
    name
  }
  qualification {
    code
    name
    levelLabel
  }
  subjects {
    name
  }
  hukouCode
  gender
  birthDate
  title
  titleDate
  employment
  workUnit
  workStartDate
  education
  degree
  graduationDate
  majorRelation
  majorName
  address
  email
  mobile
  landline
  postcode
  photo {
    id
    url
  }
  materials {
    id
    materialKindLabel
    originalName
  }
  feeText
  submittedAt
  reviewDeadlineAt
  rejectionReasons {
    code
    label
    description
  }
  history {
    id
    createdAt
    toStatusLabel
    reason
  }
}`),"\n  mutation PortalSubmitApplication($id: ID!, $version: Int, $commitmentAccepted: Boolean, $idempotencyKey: String) {\n    submitApplication(id: $id, version: $version, commitmentAccepted: $commitmentAccepted, idempotencyKey: $idempotencyKey) {\n      application {\n        ...PortalApplicationFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation PortalSubmitApplication($id: ID!, $version: Int, $commitmentAccepted: Boolean, $idempotencyKey: String) {
  submitApplication(
    id: $id
    version: $version
    commitmentAccepted: $commitmentAccepted
    idempotencyKey: $idempotencyKey
  ) {
    application {
      ...PortalApplicationFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment PortalApplicationFields on Application {
  id
  version
  status
  statusLabel
  editable
  session {
    code
    name
  }
  region {
    code
    name
  }
  area {
    id
    name
  }
  qualification {
    code
    name
    levelLabel
  }
  subjects {
    name
  }
  hukouCode
  gender
  birthDate
  title
  titleDate
  employment
  workUnit
  workStartDate
  education
  degree
  graduationDate
  majorRelation
  majorName
  address
  email
  mobile
  landline
  postcode
  photo {
    id
    url
  }
  materials {
    id
    materialKindLabel
    originalName
  }
  feeText
  submittedAt
  reviewDeadlineAt
  rejectionReasons {
    code
    label
    description
  }
  history {
    id
    createdAt
    toStatusLabel
    reason
  }
}`),"\n  mutation PortalSavePhoto($file: Upload!) {\n    savePhoto(file: $file) {\n      photo {\n        id\n        url\n      }\n      report {\n        passed\n        width\n        height\n        checks {\n          name\n          label\n          passed\n          measured\n          required\n          advice\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation PortalSavePhoto($file: Upload!) {
  savePhoto(file: $file) {
    photo {
      id
      url
    }
    report {
      passed
      width
      height
      checks {
        name
        label
        passed
        measured
        required
        advice
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation PortalUploadMaterial($applicationId: ID!, $kind: MaterialKind!, $file: Upload!) {\n    uploadMaterial(applicationId: $applicationId, kind: $kind, file: $file) {\n      material {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation PortalUploadMaterial($applicationId: ID!, $kind: MaterialKind!, $file: Upload!) {
  uploadMaterial(applicationId: $applicationId, kind: $kind, file: $file) {
    material {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  query PortalOpenSessions {\n    examSessions {\n      code\n      name\n      registrationOpen\n    }\n  }\n":new F(`
    query PortalOpenSessions {
  examSessions {
    code
    name
    registrationOpen
  }
}
    `),"\n  mutation PortalWithdrawApplication($id: ID!, $reason: String) {\n    withdrawApplication(id: $id, reason: $reason) {\n      application {\n        ...PortalApplicationFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation PortalWithdrawApplication($id: ID!, $reason: String) {
  withdrawApplication(id: $id, reason: $reason) {
    application {
      ...PortalApplicationFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment PortalApplicationFields on Application {
  id
  version
  status
  statusLabel
  editable
  session {
    code
    name
  }
  region {
    code
    name
  }
  area {
    id
    name
  }
  qualification {
    code
    name
    levelLabel
  }
  subjects {
    name
  }
  hukouCode
  gender
  birthDate
  title
  titleDate
  employment
  workUnit
  workStartDate
  education
  degree
  graduationDate
  majorRelation
  majorName
  address
  email
  mobile
  landline
  postcode
  photo {
    id
    url
  }
  materials {
    id
    materialKindLabel
    originalName
  }
  feeText
  submittedAt
  reviewDeadlineAt
  rejectionReasons {
    code
    label
    description
  }
  history {
    id
    createdAt
    toStatusLabel
    reason
  }
}`),"\n  query PortalMyExams {\n    myApplications {\n      id\n      status\n      statusLabel\n      session {\n        code\n        name\n        firstExamDay\n        lastExamDay\n        ticketPrintOpensAt\n        ticketPrintClosesAt\n        scoreReleaseAt\n      }\n      region {\n        name\n      }\n      area {\n        name\n      }\n      qualification {\n        name\n        levelLabel\n      }\n      subjects {\n        name\n        order\n        sitting\n        durationMinutes\n      }\n      admissionTicket {\n        id\n        ticketNumber\n        seat\n        pdfUrl\n        site {\n          name\n          address\n        }\n        room {\n          code\n        }\n      }\n      result {\n        released\n        releaseAt\n        passed\n        subjects {\n          subject {\n            name\n          }\n          points\n          absent\n          passMark\n          fullMarks\n          passed\n        }\n      }\n      certificate {\n        number\n        issuedOn\n        pdfUrl\n      }\n    }\n  }\n":new F(`
    query PortalMyExams {
  myApplications {
    id
    status
    statusLabel
    session {
      code
      name
      firstExamDay
      lastExamDay
      ticketPrintOpensAt
      ticketPrintClosesAt
      scoreReleaseAt
    }
    region {
      name
    }
    area {
      name
    }
    qualification {
      name
      levelLabel
    }
    subjects {
      name
      order
      sitting
      durationMinutes
    }
    admissionTicket {
      id
      ticketNumber
      seat
      pdfUrl
      site {
        name
        address
      }
      room {
        code
      }
    }
    result {
      released
      releaseAt
      passed
      subjects {
        subject {
          name
        }
        points
        absent
        passMark
        fullMarks
        passed
      }
    }
    certificate {
      number
      issuedOn
      pdfUrl
    }
  }
}
    `),"\n  query PortalRegionNotices {\n    regions {\n      code\n      name\n      notices {\n        id\n        kind\n        kindLabel\n        title\n        body\n        publishedAt\n        sortOrder\n        session {\n          name\n        }\n      }\n    }\n  }\n":new F(`
    query PortalRegionNotices {
  regions {
    code
    name
    notices {
      id
      kind
      kindLabel
      title
      body
      publishedAt
      sortOrder
      session {
        name
      }
    }
  }
}
    `),"\n  query PortalExamPlan {\n    examSessions {\n      code\n      name\n      halfLabel\n      registrationOpen\n      registrationOpensAt\n      registrationClosesAt\n      ticketPrintOpensAt\n      ticketPrintClosesAt\n      firstExamDay\n      lastExamDay\n      scoreReleaseAt\n    }\n  }\n":new F(`
    query PortalExamPlan {
  examSessions {
    code
    name
    halfLabel
    registrationOpen
    registrationOpensAt
    registrationClosesAt
    ticketPrintOpensAt
    ticketPrintClosesAt
    firstExamDay
    lastExamDay
    scoreReleaseAt
  }
}
    `),"\n  query PortalSessionQualifications($sessionCode: String!) {\n    qualifications(sessionCode: $sessionCode) {\n      code\n      name\n      levelLabel\n      categoryLabel\n      subjects {\n        name\n        order\n        durationMinutes\n      }\n    }\n  }\n":new F(`
    query PortalSessionQualifications($sessionCode: String!) {
  qualifications(sessionCode: $sessionCode) {
    code
    name
    levelLabel
    categoryLabel
    subjects {
      name
      order
      durationMinutes
    }
  }
}
    `),"\n  query PortalVerifyCertificate($input: VerifyCertificateInput!) {\n    verifyCertificate(input: $input) {\n      genuine\n      certificates {\n        qualification\n        level\n        issuedOn\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    query PortalVerifyCertificate($input: VerifyCertificateInput!) {
  verifyCertificate(input: $input) {
    genuine
    certificates {
      qualification
      level
      issuedOn
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation PortalStartLogin {\n    startCandidateLogin {\n      ticket\n      qrPayload\n      qrCodePng\n      expiresAt\n      pollIntervalSeconds\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation PortalStartLogin {
  startCandidateLogin {
    ticket
    qrPayload
    qrCodePng
    expiresAt
    pollIntervalSeconds
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation PortalPollLogin($ticket: String!) {\n    pollCandidateLogin(ticket: $ticket) {\n      state\n      stateLabel\n      firstLogin\n      session {\n        token\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation PortalPollLogin($ticket: String!) {
  pollCandidateLogin(ticket: $ticket) {
    state
    stateLabel
    firstLogin
    session {
      token
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation PortalSimulateApp($input: SimulateIdentityAppInput!) {\n    simulateIdentityApp(input: $input) {\n      done\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation PortalSimulateApp($input: SimulateIdentityAppInput!) {
  simulateIdentityApp(input: $input) {
    done
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  query PortalPrivacyNotice {\n    privacyNotice {\n      version\n      title\n      body\n      sensitiveItems {\n        name\n        purpose\n      }\n      sensitiveConsentText\n    }\n  }\n":new F(`
    query PortalPrivacyNotice {
  privacyNotice {
    version
    title
    body
    sensitiveItems {
      name
      purpose
    }
    sensitiveConsentText
  }
}
    `),"\n  mutation PortalGiveConsent($version: String!, $general: Boolean!, $sensitive: Boolean!) {\n    giveConsent(version: $version, general: $general, sensitive: $sensitive) {\n      me {\n        pendingPrivacyNotice {\n          version\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation PortalGiveConsent($version: String!, $general: Boolean!, $sensitive: Boolean!) {
  giveConsent(version: $version, general: $general, sensitive: $sensitive) {
    me {
      pendingPrivacyNotice {
        version
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  fragment PortalPaymentFields on Application {\n    id\n    status\n    statusLabel\n    feeText\n    session {\n      code\n      name\n    }\n    region {\n      name\n    }\n    qualification {\n      name\n      levelLabel\n    }\n    payment {\n      id\n      outTradeNo\n      amountFen\n      status\n      statusLabel\n      codeUrl\n      expiresAt\n      paidAt\n      receiptNo\n      receiptUrl\n    }\n  }\n":$n,"\n  query PortalPayments {\n    myApplications {\n      ...PortalPaymentFields\n    }\n  }\n":new F(`
    query PortalPayments {
  myApplications {
    ...PortalPaymentFields
  }
}
    fragment PortalPaymentFields on Application {
  id
  status
  statusLabel
  feeText
  session {
    code
    name
  }
  region {
    name
  }
  qualification {
    name
    levelLabel
  }
  payment {
    id
    outTradeNo
    amountFen
    status
    statusLabel
    codeUrl
    expiresAt
    paidAt
    receiptNo
    receiptUrl
  }
}`),"\n  mutation PortalPay($id: ID!) {\n    payApplication(id: $id) {\n      application {\n        ...PortalPaymentFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation PortalPay($id: ID!) {
  payApplication(id: $id) {
    application {
      ...PortalPaymentFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment PortalPaymentFields on Application {
  id
  status
  statusLabel
  feeText
  session {
    code
    name
  }
  region {
    name
  }
  qualification {
    name
    levelLabel
  }
  payment {
    id
    outTradeNo
    amountFen
    status
    statusLabel
    codeUrl
    expiresAt
    paidAt
    receiptNo
    receiptUrl
  }
}`),"\n  mutation PortalRefreshPayment($id: ID!) {\n    refreshPayment(id: $id) {\n      application {\n        ...PortalPaymentFields\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation PortalRefreshPayment($id: ID!) {
  refreshPayment(id: $id) {
    application {
      ...PortalPaymentFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment PortalPaymentFields on Application {
  id
  status
  statusLabel
  feeText
  session {
    code
    name
  }
  region {
    name
  }
  qualification {
    name
    levelLabel
  }
  payment {
    id
    outTradeNo
    amountFen
    status
    statusLabel
    codeUrl
    expiresAt
    paidAt
    receiptNo
    receiptUrl
  }
}`),"\n  query SharedMe {\n    me {\n      kind\n      totpEnrolmentRequired\n      sessionExpiresAt\n      candidate {\n        id\n        name\n        idType\n        idTypeLabel\n        idNumber\n      }\n      staff {\n        id\n        username\n        displayName\n        role\n        roleLabel\n        totpEnabled\n        region {\n          code\n          name\n        }\n      }\n      pendingPrivacyNotice {\n        version\n        title\n      }\n    }\n  }\n":new F(`
    query SharedMe {
  me {
    kind
    totpEnrolmentRequired
    sessionExpiresAt
    candidate {
      id
      name
      idType
      idTypeLabel
      idNumber
    }
    staff {
      id
      username
      displayName
      role
      roleLabel
      totpEnabled
      region {
        code
        name
      }
    }
    pendingPrivacyNotice {
      version
      title
    }
  }
}
    `),"\n  mutation SharedStaffLogin($input: StaffLoginInput!) {\n    staffLogin(input: $input) {\n      session {\n        token\n      }\n      totpEnrolmentRequired\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation SharedStaffLogin($input: StaffLoginInput!) {
  staffLogin(input: $input) {
    session {
      token
    }
    totpEnrolmentRequired
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation SharedLogout {\n    logout {\n      loggedOut\n    }\n  }\n":new F(`
    mutation SharedLogout {
  logout {
    loggedOut
  }
}
    `),"\n  mutation SharedChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      changed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation SharedChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    changed
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation SharedBeginTotpSetup($currentPassword: String, $totpCode: String) {\n    beginTotpSetup(currentPassword: $currentPassword, totpCode: $totpCode) {\n      secret\n      otpauthUri\n      qrCodePng\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation SharedBeginTotpSetup($currentPassword: String, $totpCode: String) {
  beginTotpSetup(currentPassword: $currentPassword, totpCode: $totpCode) {
    secret
    otpauthUri
    qrCodePng
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation SharedConfirmTotpSetup($code: String!) {\n    confirmTotpSetup(code: $code) {\n      enabled\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation SharedConfirmTotpSetup($code: String!) {
  confirmTotpSetup(code: $code) {
    enabled
    userErrors {
      field
      code
      message
    }
  }
}
    `),"\n  mutation SharedDisableTotp($currentPassword: String!, $totpCode: String!) {\n    disableTotp(currentPassword: $currentPassword, totpCode: $totpCode) {\n      disabled\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n":new F(`
    mutation SharedDisableTotp($currentPassword: String!, $totpCode: String!) {
  disableTotp(currentPassword: $currentPassword, totpCode: $totpCode) {
    disabled
    userErrors {
      field
      code
      message
    }
  }
}
    `)};function I(e){return er[e]??{}}var tr=I(`
  query SharedMe {
    me {
      kind
      totpEnrolmentRequired
      sessionExpiresAt
      candidate {
        id
        name
        idType
        idTypeLabel
        idNumber
      }
      staff {
        id
        username
        displayName
        role
        roleLabel
        totpEnabled
        region {
          code
          name
        }
      }
      pendingPrivacyNotice {
        version
        title
      }
    }
  }
`),nr=I(`
  mutation SharedStaffLogin($input: StaffLoginInput!) {
    staffLogin(input: $input) {
      session {
        token
      }
      totpEnrolmentRequired
      userErrors {
        field
        code
        message
      }
    }
  }
`),rr=I(`
  mutation SharedLogout {
    logout {
      loggedOut
    }
  }
`),ir=o((e=>{var t=Symbol.for(`react.transitional.element`),n=Symbol.for(`react.fragment`);function r(e,n,r){var i=null;if(r!==void 0&&(i=``+r),n.key!==void 0&&(i=``+n.key),`key`in n)for(var a in r={},n)a!==`key`&&(r[a]=n[a]);else r=n;return n=r.ref,{$$typeof:t,type:e,key:i,ref:n===void 0?null:n,props:r}}e.Fragment=n,e.jsx=r,e.jsxs=r})),L=o(((e,t)=>{t.exports=ir()}))(),ar=(0,O.createContext)(null);function or({children:e}){let[t,n]=(0,O.useState)(null),r=(0,O.useCallback)(async()=>{let e=await P(tr);return n(e.me??null),e.me??null},[]),i=(0,O.useCallback)(async e=>{Jn(e);try{return await r()}catch(e){throw Jn(null),n(null),e}},[r]),a=(0,O.useCallback)(async()=>{try{await P(rr)}catch{}Jn(null),n(null)},[]),o=(0,O.useMemo)(()=>({me:t,signIn:i,refresh:r,signOut:a}),[t,i,r,a]);return(0,L.jsx)(ar.Provider,{value:o,children:e})}function sr(){let e=(0,O.useContext)(ar);if(!e)throw Error(`useAuth outside AuthProvider`);return e}function cr({area:e,nav:t,children:n,actions:r}){let{me:i,signOut:a}=sr(),{pathname:o}=xt(),s=(0,O.useRef)(!0);(0,O.useEffect)(()=>{s.current?s.current=!1:document.getElementById(`main`)?.focus()},[o]);let c=i?.candidate?.name??i?.staff?.displayName;return(0,L.jsxs)(`div`,{className:`layout`,children:[(0,L.jsx)(`a`,{className:`skip-link`,href:`#main`,children:`跳到主要内容`}),(0,L.jsxs)(`header`,{className:`site-header`,children:[(0,L.jsxs)(`div`,{className:`site-header__brand`,children:[(0,L.jsx)(`span`,{className:`site-header__title`,children:`计算机技术与软件专业技术资格（水平）考试`}),(0,L.jsx)(`span`,{className:`site-header__area`,children:e})]}),(0,L.jsxs)(`div`,{className:`site-header__user`,children:[r,c&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`span`,{className:`site-header__name`,children:c}),i?.kind===`STAFF`&&(0,L.jsx)(In,{to:`/account`,className:`button button--plain`,children:`账户安全`}),(0,L.jsx)(`button`,{type:`button`,className:`button button--plain`,onClick:()=>void a(),children:`退出登录`})]})]})]}),(0,L.jsxs)(`div`,{className:`layout__body`,children:[(0,L.jsx)(`nav`,{className:`side-nav`,"aria-label":`${e}菜单`,children:(0,L.jsx)(`ul`,{children:t.map(e=>(0,L.jsx)(`li`,{children:(0,L.jsx)(In,{to:e.to,end:e.end,className:`side-nav__link`,children:e.label})},e.to))})}),(0,L.jsx)(`main`,{id:`main`,className:`layout__main`,tabIndex:-1,children:n})]}),(0,L.jsx)(`footer`,{className:`site-footer`,children:(0,L.jsx)(`p`,{children:`工业和信息化部教育与考试中心 · 本页面仅在内存中保存登录状态，刷新或关闭页面即退出登录。`})})]})}function lr({title:e,children:t,lead:n}){return(0,O.useEffect)(()=>{document.title=`${e} - 计算机技术与软件专业技术资格（水平）考试`},[e]),(0,L.jsxs)(`section`,{className:`page`,"aria-labelledby":`page-title`,children:[(0,L.jsx)(`h1`,{id:`page-title`,className:`page__title`,children:e}),n&&(0,L.jsx)(`p`,{className:`page__lead`,children:n}),t]})}function ur({children:e,consent:t=!1}){let{me:n}=sr(),r=xt(),i=encodeURIComponent(r.pathname+r.search);return!n||n.kind!==`CANDIDATE`?(0,L.jsx)(fn,{to:`/candidate-login?next=${i}`,replace:!0}):t&&n.pendingPrivacyNotice?(0,L.jsx)(fn,{to:`/privacy?next=${i}`,replace:!0}):(0,L.jsx)(L.Fragment,{children:e})}function dr(e,t){return e&&e.startsWith(`/`)&&!e.startsWith(`//`)?e:t}function R({children:e,kind:t=`error`}){return(0,L.jsx)(`div`,{className:`alert alert--${t}`,role:t===`error`?`alert`:`status`,children:e})}function fr({error:e}){if(!e)return null;let t=e instanceof Yn||e instanceof Error?e.message:String(e);return(0,L.jsx)(R,{children:t})}function z({errors:e,title:t=`请更正以下问题：`}){return e.length===0?null:(0,L.jsxs)(`div`,{className:`alert alert--error`,role:`alert`,children:[(0,L.jsx)(`p`,{className:`alert__title`,children:t}),(0,L.jsx)(`ul`,{children:e.map((e,t)=>(0,L.jsx)(`li`,{children:e.message},`${e.code}-${t}`))})]})}function pr({label:e=`正在加载…`}){return(0,L.jsx)(`p`,{className:`loading`,role:`status`,children:e})}var mr=I(`
  mutation PortalStartLogin {
    startCandidateLogin {
      ticket
      qrPayload
      qrCodePng
      expiresAt
      pollIntervalSeconds
      userErrors {
        field
        code
        message
      }
    }
  }
`),hr=I(`
  mutation PortalPollLogin($ticket: String!) {
    pollCandidateLogin(ticket: $ticket) {
      state
      stateLabel
      firstLogin
      session {
        token
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),gr=I(`
  mutation PortalSimulateApp($input: SimulateIdentityAppInput!) {
    simulateIdentityApp(input: $input) {
      done
      userErrors {
        field
        code
        message
      }
    }
  }
`),_r=I(`
  query PortalPrivacyNotice {
    privacyNotice {
      version
      title
      body
      sensitiveItems {
        name
        purpose
      }
      sensitiveConsentText
    }
  }
`),vr=I(`
  mutation PortalGiveConsent($version: String!, $general: Boolean!, $sensitive: Boolean!) {
    giveConsent(version: $version, general: $general, sensitive: $sensitive) {
      me {
        pendingPrivacyNotice {
          version
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);function yr(e,t,n){let r=[t?`${e}-hint`:``,n?.length?`${e}-error`:``].filter(Boolean);return r.length?r.join(` `):void 0}function br({id:e,label:t,required:n,hint:r,errors:i,children:a}){return(0,L.jsxs)(`div`,{className:`field${i?.length?` field--invalid`:``}`,children:[(0,L.jsxs)(`label`,{className:`field__label`,htmlFor:e,children:[t,n&&(0,L.jsx)(`span`,{className:`field__required`,children:` （必填）`})]}),r&&(0,L.jsx)(`p`,{className:`field__hint`,id:`${e}-hint`,children:r}),a,(0,L.jsx)(xr,{id:`${e}-error`,errors:i})]})}function xr({id:e,errors:t}){return t?.length?(0,L.jsx)(`p`,{className:`field__error`,id:e,children:t.join(`；`)}):null}function B({label:e,value:t,onChange:n,onBlur:r,type:i=`text`,required:a,hint:o,errors:s,...c}){let l=(0,O.useId)();return(0,L.jsx)(br,{id:l,label:e,required:a,hint:o,errors:s,children:(0,L.jsx)(`input`,{id:l,className:`field__control`,type:i,value:t,required:a,"aria-invalid":s?.length?!0:void 0,"aria-describedby":yr(l,o,s),onChange:e=>n(e.target.value),onBlur:r,...c})})}function V({label:e,value:t,onChange:n,options:r,placeholder:i=`请选择`,required:a,hint:o,errors:s,disabled:c,name:l}){let u=(0,O.useId)();return(0,L.jsx)(br,{id:u,label:e,required:a,hint:o,errors:s,children:(0,L.jsxs)(`select`,{id:u,name:l,className:`field__control`,value:t,required:a,disabled:c,"aria-invalid":s?.length?!0:void 0,"aria-describedby":yr(u,o,s),onChange:e=>n(e.target.value),children:[i!=null&&(0,L.jsx)(`option`,{value:``,children:i}),r.map(e=>(0,L.jsx)(`option`,{value:e.value,children:e.label},e.value))]})})}function Sr({legend:e,value:t,onChange:n,options:r,required:i,errors:a,name:o}){let s=(0,O.useId)();return(0,L.jsxs)(`fieldset`,{className:`field field--group${a?.length?` field--invalid`:``}`,"aria-describedby":a?.length?`${s}-error`:void 0,children:[(0,L.jsxs)(`legend`,{className:`field__label`,children:[e,i&&(0,L.jsx)(`span`,{className:`field__required`,children:` （必填）`})]}),(0,L.jsx)(`div`,{className:`field__choices`,children:r.map(e=>(0,L.jsxs)(`label`,{className:`choice`,children:[(0,L.jsx)(`input`,{type:`radio`,name:o??s,value:e.value,checked:t===e.value,onChange:()=>n(e.value)}),(0,L.jsx)(`span`,{children:e.label})]},e.value))}),(0,L.jsx)(xr,{id:`${s}-error`,errors:a})]})}function Cr({label:e,checked:t,onChange:n,errors:r,name:i}){let a=(0,O.useId)();return(0,L.jsxs)(`div`,{className:`field field--checkbox${r?.length?` field--invalid`:``}`,children:[(0,L.jsx)(`input`,{id:a,name:i,type:`checkbox`,checked:t,"aria-invalid":r?.length?!0:void 0,"aria-describedby":r?.length?`${a}-error`:void 0,onChange:e=>n(e.target.checked)}),(0,L.jsx)(`label`,{htmlFor:a,children:e}),(0,L.jsx)(xr,{id:`${a}-error`,errors:r})]})}function wr({label:e,accept:t,onFile:n,hint:r,errors:i,name:a}){let o=(0,O.useId)();return(0,L.jsx)(br,{id:o,label:e,hint:r,errors:i,children:(0,L.jsx)(`input`,{id:o,name:a,className:`field__control field__control--file`,type:`file`,accept:t,"aria-invalid":i?.length?!0:void 0,"aria-describedby":yr(o,r,i),onChange:e=>n(e.target.files?.[0]??null)})})}var Tr=[{subject:`demo-zhang-wei`,name:`张伟`,idType:`RESIDENT_ID`,idNumber:`210102199003071233`,note:`辽宁户籍`},{subject:`demo-li-na`,name:`李娜`,idType:`RESIDENT_ID`,idNumber:`210203199205152340`,note:`大连户籍`},{subject:`demo-wang-fang`,name:`王芳`,idType:`RESIDENT_ID`,idNumber:`440106198811203453`,note:`广东户籍`},{subject:`demo-zhao-lei`,name:`赵磊`,idType:`RESIDENT_ID`,idNumber:`320102199508084561`,note:`江苏户籍，DEMO-SCORES 应用技术不合格`},{subject:`demo-chen-jing`,name:`陈静`,idType:`RESIDENT_ID`,idNumber:`110105198512125675`,note:`北京户籍，持 DEMO-PRINT 准考证，DEMO-SCORES 已合格并取得证书`},{subject:`demo-ho-ka-yan`,name:`何嘉欣`,idType:`HK_MACAO_RESIDENCE_PERMIT`,idNumber:`81000019970101001X`,note:`香港居民`}],Er=[{action:`CONFIRM`,label:`确认登录并授权`},{action:`REFUSE`,label:`拒绝登录`},{action:`REFUSE_CONSENT`,label:`拒绝授权信息`},{action:`EXPIRE`,label:`使二维码过期`}];function Dr({qrPayload:e}){let[t,n]=(0,O.useState)(Tr[0].subject),[r,i]=(0,O.useState)(null),[a,o]=(0,O.useState)([]),[s,c]=(0,O.useState)(!1);async function l(n){let r=Tr.find(e=>e.subject===t);c(!0),i(null);try{let{simulateIdentityApp:t}=await P(gr,{input:{qrPayload:e,action:n,subject:r.subject,name:r.name,idType:r.idType,idNumber:r.idNumber}});o(t.userErrors),t.done&&i(`已在模拟 App 中操作，页面将自动更新。`)}catch(e){i(e instanceof Yn&&e.code===`FORBIDDEN`?`模拟扫码仅在演示环境（serve --demo）中可用。`:String(e.message))}finally{c(!1)}}return(0,L.jsxs)(`section`,{className:`card simulator`,"aria-labelledby":`simulator-title`,children:[(0,L.jsx)(`h2`,{id:`simulator-title`,children:`演示环境：模拟扫码`}),(0,L.jsx)(`p`,{className:`field__hint`,children:`演示环境没有真实的国家网络身份认证 App：在此选择一位演示考生，模拟其扫码操作。`}),(0,L.jsx)(V,{label:`演示考生`,value:t,onChange:n,placeholder:null,options:Tr.map(e=>({value:e.subject,label:`${e.name}（${e.note}）`}))}),(0,L.jsx)(`div`,{className:`button-row`,children:Er.map(e=>(0,L.jsx)(`button`,{type:`button`,className:`button${e.action===`CONFIRM`?` button--primary`:``}`,disabled:s,onClick:()=>void l(e.action),children:e.label},e.action))}),(0,L.jsx)(z,{errors:a}),r&&(0,L.jsx)(R,{kind:`info`,children:r})]})}var Or=[`REFUSED`,`CONSENT_REFUSED`,`EXPIRED`];function kr(){let{signIn:e}=sr(),t=Ct(),[n]=zn(),[r,i]=(0,O.useState)(null),[a,o]=(0,O.useState)(``),[s,c]=(0,O.useState)(null),[l,u]=(0,O.useState)([]),[d,f]=(0,O.useState)(null),p=(0,O.useRef)(!1),m=(0,O.useCallback)(async()=>{c(null),f(null),o(``);try{let{startCandidateLogin:e}=await P(mr);u(e.userErrors),e.ticket&&e.qrPayload&&e.qrCodePng&&e.expiresAt&&i({ticket:e.ticket,qrPayload:e.qrPayload,qrCodePng:e.qrCodePng,expiresAt:e.expiresAt,pollMs:Math.max(1,e.pollIntervalSeconds)*1e3})}catch(e){f(e)}},[]);return(0,O.useEffect)(()=>{p.current||(p.current=!0,m())},[m]),(0,O.useEffect)(()=>{if(!r||s)return;let i=!1,a=setInterval(async()=>{try{let{pollCandidateLogin:s}=await P(hr,{ticket:r.ticket});if(i)return;if(o(s.stateLabel),s.state===`CONFIRMED`&&s.session){i=!0,clearInterval(a);let r=await e(s.session.token),o=dr(n.get(`next`),`/apply`);t(r?.pendingPrivacyNotice?`/privacy?next=${encodeURIComponent(o)}`:o,{replace:!0})}else Or.includes(s.state)&&(c(s.stateLabel),u(s.userErrors))}catch(e){f(e)}},r.pollMs);return()=>{i=!0,clearInterval(a)}},[r,s,e,t,n]),(0,L.jsxs)(lr,{title:`考生登录`,lead:`请使用“国家网络身份认证”App 扫描二维码，并在 App 中确认登录和授权提供姓名、证件信息。`,children:[(0,L.jsx)(fr,{error:d}),(0,L.jsx)(z,{errors:l,title:`登录未完成：`}),(0,L.jsxs)(`div`,{className:`login-qr card`,children:[r&&!s&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`img`,{className:`login-qr__image`,src:r.qrCodePng,alt:`国家网络身份认证登录二维码`,width:240,height:240}),(0,L.jsx)(`p`,{role:`status`,"aria-live":`polite`,children:a||`等待扫码确认`}),(0,L.jsxs)(`p`,{className:`field__hint`,children:[`二维码 `,new Date(r.expiresAt).toLocaleTimeString(`zh-CN`,{timeZone:`Asia/Shanghai`}),` 前有效。`]})]}),s&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsxs)(R,{children:[s,`：请重新获取二维码。`]}),(0,L.jsx)(`button`,{type:`button`,className:`button button--primary`,onClick:()=>void m(),children:`重新获取二维码`})]})]}),r&&!s&&(0,L.jsx)(Dr,{qrPayload:r.qrPayload})]})}function Ar(){let{refresh:e}=sr(),t=Ct(),[n]=zn(),[r,i]=(0,O.useState)(null),[a,o]=(0,O.useState)(!1),[s,c]=(0,O.useState)(!1),[l,u]=(0,O.useState)([]),[d,f]=(0,O.useState)(null),[p,m]=(0,O.useState)(!1);(0,O.useEffect)(()=>{P(_r).then(e=>i(e.privacyNotice),f)},[]);async function h(i){if(i.preventDefault(),r){if(!a||!s)u([{field:[],code:`REQUIRED`,message:`报名需要同时同意告知书和敏感个人信息的处理`}]);else{m(!0);try{let{giveConsent:i}=await P(vr,{version:r.version,general:a,sensitive:s});u(i.userErrors),i.userErrors.length===0&&(await e(),t(dr(n.get(`next`),`/apply`),{replace:!0}))}catch(e){f(e)}finally{m(!1)}}}}return r?(0,L.jsxs)(lr,{title:r.title,lead:`版本 ${r.version}。请阅读后勾选同意，方可填写报名信息、上传照片和材料。`,children:[(0,L.jsx)(`div`,{className:`card notice-body prose`,tabIndex:0,"aria-label":`告知书全文`,children:r.body}),(0,L.jsx)(`h2`,{children:`处理的敏感个人信息`}),(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data`,children:[(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`信息`}),(0,L.jsx)(`th`,{scope:`col`,children:`处理目的与必要性`})]})}),(0,L.jsx)(`tbody`,{children:r.sensitiveItems.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`td`,{children:e.name}),(0,L.jsx)(`td`,{children:e.purpose})]},e.name))})]})}),(0,L.jsxs)(`form`,{onSubmit:h,noValidate:!0,className:`consent-form`,children:[(0,L.jsx)(z,{errors:l}),(0,L.jsx)(fr,{error:d}),(0,L.jsx)(Cr,{label:`我已阅读并同意《个人信息保护告知书》`,checked:a,onChange:o}),(0,L.jsx)(Cr,{label:r.sensitiveConsentText,checked:s,onChange:c}),(0,L.jsx)(`button`,{type:`submit`,className:`button button--primary`,disabled:p,children:`同意并继续`})]})]}):d?(0,L.jsx)(fr,{error:d}):(0,L.jsx)(pr,{})}function jr(e){return e?new Date(e).toLocaleString(`zh-CN`,{timeZone:`Asia/Shanghai`,hour12:!1}):``}function Mr(e){return e?new Date(e).toLocaleDateString(`zh-CN`,{timeZone:`Asia/Shanghai`}):``}var Nr=I(`
  query PortalRegionNotices {
    regions {
      code
      name
      notices {
        id
        kind
        kindLabel
        title
        body
        publishedAt
        sortOrder
        session {
          name
        }
      }
    }
  }
`),Pr=I(`
  query PortalExamPlan {
    examSessions {
      code
      name
      halfLabel
      registrationOpen
      registrationOpensAt
      registrationClosesAt
      ticketPrintOpensAt
      ticketPrintClosesAt
      firstExamDay
      lastExamDay
      scoreReleaseAt
    }
  }
`),Fr=I(`
  query PortalSessionQualifications($sessionCode: String!) {
    qualifications(sessionCode: $sessionCode) {
      code
      name
      levelLabel
      categoryLabel
      subjects {
        name
        order
        durationMinutes
      }
    }
  }
`),Ir=I(`
  query PortalVerifyCertificate($input: VerifyCertificateInput!) {
    verifyCertificate(input: $input) {
      genuine
      certificates {
        qualification
        level
        issuedOn
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Lr=null;function Rr({kinds:e,heading:t}){let[n,r]=(0,O.useState)(null),[i,a]=(0,O.useState)(null),[o,s]=(0,O.useState)(``);(0,O.useEffect)(()=>{Lr??=P(Nr),Lr.then(t=>{r(t),s(n=>n||(t.regions.find(t=>t.notices?.some(t=>e.includes(t.kind)))?.code??``))},e=>{Lr=null,a(e)})},[e]);let c=n?.regions.find(e=>e.code===o),l=(c?.notices??[]).filter(t=>e.includes(t.kind)).sort((e,t)=>e.sortOrder-t.sortOrder);return(0,L.jsxs)(`section`,{"aria-labelledby":`notices-heading`,children:[(0,L.jsx)(`h2`,{id:`notices-heading`,children:t}),(0,L.jsx)(fr,{error:i}),!n&&!i&&(0,L.jsx)(pr,{}),n&&(0,L.jsx)(V,{label:`报名省市`,value:o,onChange:s,options:n.regions.filter(e=>(e.notices??[]).length>0).map(e=>({value:e.code,label:e.name}))}),c&&l.length===0&&(0,L.jsxs)(`p`,{children:[c.name,`暂未发布此类通知。`]}),l.map(e=>(0,L.jsxs)(`article`,{className:`card notice`,children:[(0,L.jsxs)(`h3`,{children:[(0,L.jsx)(`span`,{className:`notice__kind`,children:e.kindLabel}),` `,e.title]}),(0,L.jsxs)(`p`,{className:`field__hint`,children:[c?.name,` · 发布于 `,Mr(e.publishedAt),e.session?` · ${e.session.name}`:``]}),(0,L.jsx)(`div`,{className:`prose`,children:e.body})]},e.id))]})}var zr=[`CANDIDATE_GUIDE`,`POLICY`];function Br(){let{me:e}=sr();return(0,L.jsxs)(lr,{title:`考生须知`,lead:`报名前请仔细阅读报名省市发布的考生须知和政策文件。`,children:[e?.kind!==`CANDIDATE`&&(0,L.jsxs)(`p`,{className:`card`,children:[`报名、缴费、打印准考证和查询成绩需先 `,(0,L.jsx)(Nn,{to:`/candidate-login`,children:`使用国家网络身份认证登录`}),`。`]}),(0,L.jsx)(Rr,{kinds:[...zr],heading:`各地考生须知`})]})}function Vr(){let[e,t]=(0,O.useState)(null),[n,r]=(0,O.useState)(null),[i,a]=(0,O.useState)(``),[o,s]=(0,O.useState)(null);return(0,O.useEffect)(()=>{P(Pr).then(e=>{t(e),a(t=>t||(e.examSessions[0]?.code??``))},s)},[]),(0,O.useEffect)(()=>{i&&P(Fr,{sessionCode:i}).then(r,s)},[i]),(0,L.jsxs)(lr,{title:`考试计划`,children:[(0,L.jsx)(fr,{error:o}),!e&&!o&&(0,L.jsx)(pr,{}),e&&(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data`,children:[(0,L.jsx)(`caption`,{children:`考试批次`}),(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`考试`}),(0,L.jsx)(`th`,{scope:`col`,children:`报名时间`}),(0,L.jsx)(`th`,{scope:`col`,children:`准考证打印`}),(0,L.jsx)(`th`,{scope:`col`,children:`考试日期`}),(0,L.jsx)(`th`,{scope:`col`,children:`成绩发布`})]})}),(0,L.jsx)(`tbody`,{children:e.examSessions.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsxs)(`th`,{scope:`row`,children:[e.name,e.registrationOpen&&(0,L.jsx)(`span`,{className:`badge`,children:`报名中`})]}),(0,L.jsxs)(`td`,{children:[jr(e.registrationOpensAt),` 至 `,jr(e.registrationClosesAt)]}),(0,L.jsxs)(`td`,{children:[jr(e.ticketPrintOpensAt),` 至 `,jr(e.ticketPrintClosesAt)]}),(0,L.jsxs)(`td`,{children:[e.firstExamDay,e.lastExamDay===e.firstExamDay?``:` 至 ${e.lastExamDay}`]}),(0,L.jsx)(`td`,{children:e.scoreReleaseAt?jr(e.scoreReleaseAt):`另行通知`})]},e.code))})]})}),e&&(0,L.jsxs)(`section`,{"aria-labelledby":`quals-heading`,children:[(0,L.jsx)(`h2`,{id:`quals-heading`,children:`开考资格与科目`}),(0,L.jsx)(V,{label:`考试批次`,value:i,onChange:a,placeholder:null,options:e.examSessions.map(e=>({value:e.code,label:e.name}))}),n&&(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data`,children:[(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`级别`}),(0,L.jsx)(`th`,{scope:`col`,children:`专业类别`}),(0,L.jsx)(`th`,{scope:`col`,children:`资格名称`}),(0,L.jsx)(`th`,{scope:`col`,children:`考试科目`})]})}),(0,L.jsx)(`tbody`,{children:n.qualifications.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`td`,{children:e.levelLabel}),(0,L.jsx)(`td`,{children:e.categoryLabel}),(0,L.jsx)(`td`,{children:e.name}),(0,L.jsx)(`td`,{children:[...e.subjects??[]].sort((e,t)=>e.order-t.order).map(e=>`${e.name}（${e.durationMinutes} 分钟）`).join(`、`)})]},e.code))})]})})]})]})}function H(e,t){return(e??[]).filter(e=>e.field.length>0&&e.field[e.field.length-1]===t).map(e=>e.message)}function Hr(e,t=[]){return(e??[]).filter(e=>e.field.length===0||!t.includes(e.field[e.field.length-1]))}var Ur={JUNIOR:`初级`,INTERMEDIATE:`中级`,SENIOR:`高级`};function Wr(){let[e,t]=(0,O.useState)(`number`),[n,r]=(0,O.useState)(``),[i,a]=(0,O.useState)(``),[o,s]=(0,O.useState)(``),[c,l]=(0,O.useState)(null),[u,d]=(0,O.useState)([]),[f,p]=(0,O.useState)(null),[m,h]=(0,O.useState)(!1);async function g(t){t.preventDefault(),h(!0),p(null),l(null);try{let{verifyCertificate:t}=await P(Ir,{input:e===`number`?{number:n,name:o}:{idNumber:i,name:o}});d(t.userErrors),t.userErrors.length===0&&l(t)}catch(e){p(e)}finally{h(!1)}}return(0,L.jsxs)(lr,{title:`证书查询`,lead:`查询计算机技术与软件专业技术资格（水平）证书的真伪：填写证书编号（或持证人的居民身份证号码）和持证人姓名。`,children:[(0,L.jsxs)(`form`,{onSubmit:g,noValidate:!0,className:`card`,children:[(0,L.jsx)(z,{errors:Hr(u,[`number`,`idNumber`,`name`])}),(0,L.jsx)(fr,{error:f}),(0,L.jsx)(Sr,{legend:`查询方式`,value:e,onChange:e=>{t(e),l(null),d([])},name:`by`,options:[{value:`number`,label:`按证书编号`},{value:`id`,label:`按居民身份证号码`}]}),e===`number`?(0,L.jsx)(B,{label:`证书编号`,required:!0,value:n,onChange:r,errors:H(u,`number`)}):(0,L.jsx)(B,{label:`身份证号码`,required:!0,value:i,onChange:a,errors:[...H(u,`idNumber`),...H(u,`number`)]}),(0,L.jsx)(B,{label:`姓名`,required:!0,value:o,onChange:s,autoComplete:`name`,errors:H(u,`name`)}),(0,L.jsx)(`button`,{type:`submit`,className:`button button--primary`,disabled:m,children:`查询`})]}),c&&(c.genuine?(0,L.jsxs)(R,{kind:`success`,children:[`证书真实有效：`,c.certificates.map(e=>`${Ur[e.level]??e.level} ${e.qualification}（${e.issuedOn} 颁发）`).join(`；`)]}):(0,L.jsxs)(R,{kind:`error`,children:[`未查询到相符的证书：`,e===`number`?`证书编号`:`身份证号码`,`与持证人姓名不符或证书不存在，请核对后重新查询。`]}))]})}I(`
  fragment PortalApplicationFields on Application {
    id
    version
    status
    statusLabel
    editable
    session {
      code
      name
    }
    region {
      code
      name
    }
    area {
      id
      name
    }
    qualification {
      code
      name
      levelLabel
    }
    subjects {
      name
    }
    hukouCode
    gender
    birthDate
    title
    titleDate
    employment
    workUnit
    workStartDate
    education
    degree
    graduationDate
    majorRelation
    majorName
    address
    email
    mobile
    landline
    postcode
    photo {
      id
      url
    }
    materials {
      id
      materialKindLabel
      originalName
    }
    feeText
    submittedAt
    reviewDeadlineAt
    rejectionReasons {
      code
      label
      description
    }
    history {
      id
      createdAt
      toStatusLabel
      reason
    }
  }
`);var Gr=I(`
  query PortalApplyForm($sessionCode: String!) {
    examSessions {
      code
      name
      registrationOpen
    }
    examSession(code: $sessionCode) {
      code
      name
      policies {
        registrationOpensAt
        registrationClosesAt
        commitmentRequired
        nonLocalAllowed
        nonLocalMaterialKinds
        reviewModeLabel
        free
        region {
          code
          name
          areas {
            id
            name
            levels
            disabled
          }
        }
      }
    }
    qualifications(sessionCode: $sessionCode) {
      code
      name
      level
      levelLabel
      subjects {
        name
        order
      }
    }
    formChoices {
      genders {
        value
        label
      }
      employments {
        value
        label
      }
      educations {
        value
        label
      }
      degrees {
        value
        label
      }
      majorRelations {
        value
        label
      }
    }
    hukouChoices {
      code
      name
    }
    me {
      candidate {
        id
        name
        idTypeLabel
        idNumber
        gender
        birthDate
        ageAt(sessionCode: $sessionCode)
      }
    }
    myApplications {
      ...PortalApplicationFields
    }
  }
`),Kr=I(`
  mutation PortalSaveApplication($sessionCode: String, $id: ID, $version: Int, $input: ApplicationInput!) {
    saveApplication(sessionCode: $sessionCode, id: $id, version: $version, input: $input) {
      application {
        ...PortalApplicationFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),qr=I(`
  mutation PortalSubmitApplication($id: ID!, $version: Int, $commitmentAccepted: Boolean, $idempotencyKey: String) {
    submitApplication(id: $id, version: $version, commitmentAccepted: $commitmentAccepted, idempotencyKey: $idempotencyKey) {
      application {
        ...PortalApplicationFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Jr=I(`
  mutation PortalSavePhoto($file: Upload!) {
    savePhoto(file: $file) {
      photo {
        id
        url
      }
      report {
        passed
        width
        height
        checks {
          name
          label
          passed
          measured
          required
          advice
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Yr=I(`
  mutation PortalUploadMaterial($applicationId: ID!, $kind: MaterialKind!, $file: Upload!) {
    uploadMaterial(applicationId: $applicationId, kind: $kind, file: $file) {
      material {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Xr=I(`
  query PortalOpenSessions {
    examSessions {
      code
      name
      registrationOpen
    }
  }
`),Zr=I(`
  mutation PortalWithdrawApplication($id: ID!, $reason: String) {
    withdrawApplication(id: $id, reason: $reason) {
      application {
        ...PortalApplicationFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Qr=[`regionCode`,`areaId`,`qualificationCode`,`hukouCode`,`gender`,`birthDate`,`title`,`titleDate`,`employment`,`workUnit`,`workStartDate`,`education`,`degree`,`graduationDate`,`majorRelation`,`majorName`,`address`,`email`,`mobile`,`landline`,`postcode`,`photoId`],$r=Object.fromEntries(Qr.map(e=>[e,``]));function ei(e){return e?{regionCode:e.region.code,areaId:e.area?.id??``,qualificationCode:e.qualification?.code??``,hukouCode:e.hukouCode??``,gender:e.gender??``,birthDate:e.birthDate??``,title:e.title??``,titleDate:e.titleDate??``,employment:e.employment??``,workUnit:e.workUnit??``,workStartDate:e.workStartDate??``,education:e.education??``,degree:e.degree??``,graduationDate:e.graduationDate??``,majorRelation:e.majorRelation??``,majorName:e.majorName??``,address:e.address??``,email:e.email??``,mobile:e.mobile??``,landline:e.landline??``,postcode:e.postcode??``,photoId:e.photo?.id??``}:{...$r,title:`无`}}function ti(e,t){let n=t=>e[t].trim()===``?null:e[t].trim(),r=e.employment===`STUDENT`;return{regionCode:n(`regionCode`),areaId:n(`areaId`),qualificationCode:n(`qualificationCode`),hukouCode:n(`hukouCode`),gender:t.askBirth?n(`gender`):null,birthDate:t.askBirth?n(`birthDate`):null,title:n(`title`),titleDate:n(`titleDate`),employment:n(`employment`),workUnit:r?null:n(`workUnit`),workStartDate:r?null:n(`workStartDate`),education:n(`education`),degree:n(`degree`),graduationDate:n(`graduationDate`),majorRelation:n(`majorRelation`),majorName:n(`majorName`),address:n(`address`),email:n(`email`),mobile:n(`mobile`),landline:n(`landline`),postcode:n(`postcode`),photoId:n(`photoId`)}}function ni({currentUrl:e,onSaved:t,errors:n,disabled:r}){let[i,a]=(0,O.useState)(null),[o,s]=(0,O.useState)(null),[c,l]=(0,O.useState)([]),[u,d]=(0,O.useState)(null),[f,p]=(0,O.useState)(!1);(0,O.useEffect)(()=>s(null),[e]);async function m(e){if(e){p(!0),d(null),a(null);try{let{savePhoto:n}=await P(Jr,{file:e});l(n.userErrors),a(n.report??null),n.photo&&(s(n.photo.url),t(n.photo.id))}catch(e){d(e)}finally{p(!1)}}}let h=o??e;return(0,L.jsxs)(`div`,{className:`photo-tool`,children:[(0,L.jsx)(`div`,{className:`photo-tool__preview`,children:h?(0,L.jsx)(`img`,{src:h,alt:`已保存的报名照片`,width:118,height:165}):(0,L.jsx)(`p`,{className:`photo-tool__empty`,children:`尚未上传照片`})}),(0,L.jsxs)(`div`,{className:`photo-tool__controls`,children:[(0,L.jsx)(wr,{label:`上传证件照片`,accept:`image/jpeg`,hint:`近期免冠彩色正面证件照，白色背景，JPG 格式；上传后自动检查并给出修改建议。`,onFile:e=>void m(e),errors:n,name:`photo`}),r&&(0,L.jsx)(`p`,{className:`field__hint`,children:`当前状态不可更换照片。`}),f&&(0,L.jsx)(`p`,{role:`status`,children:`正在检查照片…`}),(0,L.jsx)(fr,{error:u}),(0,L.jsx)(z,{errors:c,title:`照片未保存：`}),i&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(R,{kind:i.passed?`success`:`error`,children:i.passed?`照片检查通过，已保存（${i.width}×${i.height}）。`:`照片未通过检查，请按下表建议修改后重新上传。`}),(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data photo-report`,children:[(0,L.jsx)(`caption`,{children:`照片检查结果`}),(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`检查项`}),(0,L.jsx)(`th`,{scope:`col`,children:`结果`}),(0,L.jsx)(`th`,{scope:`col`,children:`检测值`}),(0,L.jsx)(`th`,{scope:`col`,children:`要求`}),(0,L.jsx)(`th`,{scope:`col`,children:`修改建议`})]})}),(0,L.jsx)(`tbody`,{children:i.checks.map(e=>(0,L.jsxs)(`tr`,{className:e.passed?`check--passed`:`check--failed`,children:[(0,L.jsx)(`th`,{scope:`row`,children:e.label}),(0,L.jsx)(`td`,{children:e.passed?`通过`:`未通过`}),(0,L.jsx)(`td`,{children:e.measured}),(0,L.jsx)(`td`,{children:e.required}),(0,L.jsx)(`td`,{children:e.advice||`—`})]},e.name))})]})})]})]})]})}var ri={RESIDENCE_PERMIT:`居住证`,SOCIAL_SECURITY:`社保缴纳记录`,WORK_PROOF:`工作证明`,OTHER:`其他材料`};function ii({application:e,kinds:t,onUploaded:n}){let[r,i]=(0,O.useState)(t[0]??``),[a,o]=(0,O.useState)([]),[s,c]=(0,O.useState)(null),[l,u]=(0,O.useState)(!1);async function d(t){if(t&&e&&r){u(!0),c(null);try{let{uploadMaterial:i}=await P(Yr,{applicationId:e.id,kind:r,file:t});o(i.userErrors),i.material&&n()}catch(e){c(e)}finally{u(!1)}}}return(0,L.jsxs)(`fieldset`,{className:`form-section`,children:[(0,L.jsx)(`legend`,{children:`非本地户籍证明材料`}),(0,L.jsxs)(`p`,{className:`field__hint`,children:[`户籍不在报名省市的考生须上传以下材料之一：`,t.map(e=>ri[e]).join(`、`),`（PDF 或 JPG，不超过 10 MB）。`]}),e?(0,L.jsxs)(L.Fragment,{children:[(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(V,{label:`材料类型`,value:r,onChange:i,placeholder:null,options:t.map(e=>({value:e,label:ri[e]}))}),(0,L.jsx)(wr,{label:`选择文件`,accept:`application/pdf,image/jpeg`,onFile:e=>void d(e),name:`material`})]}),l&&(0,L.jsx)(`p`,{role:`status`,children:`正在上传…`}),(0,L.jsx)(z,{errors:a,title:`材料未上传：`}),(0,L.jsx)(fr,{error:s}),(e.materials??[]).length>0&&(0,L.jsx)(`ul`,{children:(e.materials??[]).map(e=>(0,L.jsxs)(`li`,{children:[e.materialKindLabel,`：`,e.originalName]},e.id))})]}):(0,L.jsx)(`p`,{children:`请先保存草稿，再上传材料。`})]})}function ai({data:e,sessionCode:t,application:n,onChanged:r}){let[i,a]=(0,O.useState)(()=>ei(n)),[o,s]=(0,O.useState)([]),[c,l]=(0,O.useState)(null),[u,d]=(0,O.useState)(null),[f,p]=(0,O.useState)(!1),[m,h]=(0,O.useState)(!1),g=(0,O.useRef)(n),_=(0,O.useRef)(Promise.resolve()),v=e.me?.candidate,y=!v?.birthDate,b=e.examSession?.policies??[],x=b.find(e=>e.region.code===i.regionCode),S=e.qualifications.find(e=>e.code===i.qualificationCode),C=(0,O.useMemo)(()=>(x?.region.areas??[]).filter(e=>!e.disabled&&(!S||e.levels.includes(S.level))),[x,S]),w=i.employment===`STUDENT`,T=i.title.trim()===``||i.title.trim()===`无`,ee=e=>H(o,e);function E(e){let n=_.current.then(async()=>{let n=g.current,{saveApplication:i}=await P(Kr,{sessionCode:n?null:t,id:n?.id??null,version:n?.version??null,input:ti(e,{askBirth:y})});return s(i.userErrors),i.application&&(g.current=i.application,r(i.application),d(`草稿已保存（${new Date().toLocaleTimeString(`zh-CN`,{timeZone:`Asia/Shanghai`})}）`)),i.application??null});return _.current=n.catch(()=>void 0),n}function D(e){l(null),E(e).catch(l)}function te(t,n,r=!1){let o={...i,[t]:n};if(t===`regionCode`&&(o.areaId=``),t===`qualificationCode`&&o.areaId){let t=e.qualifications.find(e=>e.code===n),r=x?.region.areas?.find(e=>e.id===o.areaId);t&&r&&!r.levels.includes(t.level)&&(o.areaId=``)}a(o),r&&D(o)}let ne=e=>({value:i[e],onChange:t=>te(e,t),onBlur:()=>D(i),errors:ee(e)}),re=e=>({value:i[e],onChange:t=>te(e,t,!0),errors:ee(e)});async function ie(e){e.preventDefault(),h(!0),l(null);try{let e=await E(i);if(!e)return;let{submitApplication:t}=await P(qr,{id:e.id,version:e.version,commitmentAccepted:x?.commitmentRequired?f:null,idempotencyKey:`submit-${e.id}-${e.version}`});s(t.userErrors),t.application&&(g.current=t.application,r(t.application))}catch(e){l(e)}finally{h(!1)}}let ae=Hr(o,[...Qr,`commitmentAccepted`]);return(0,L.jsxs)(`form`,{className:`application-form`,onSubmit:ie,noValidate:!0,"aria-label":`报名表`,children:[(0,L.jsx)(z,{errors:ae}),(0,L.jsx)(fr,{error:c}),(0,L.jsxs)(`fieldset`,{className:`form-section`,children:[(0,L.jsx)(`legend`,{children:`报考信息`}),(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(V,{label:`报名省市`,required:!0,options:b.map(e=>({value:e.region.code,label:e.region.name})),...re(`regionCode`)}),(0,L.jsx)(V,{label:`报考资格`,required:!0,options:e.qualifications.map(e=>({value:e.code,label:`${e.levelLabel} · ${e.name}`})),...re(`qualificationCode`)}),(0,L.jsx)(V,{label:`考试考区`,required:!0,disabled:!x,hint:x?void 0:`请先选择报名省市`,options:C.map(e=>({value:e.id,label:e.name})),...re(`areaId`)})]}),x&&(0,L.jsxs)(`p`,{className:`field__hint`,children:[x.region.name,`：`,x.reviewModeLabel,`；`,x.free?`免收报名费`:`审核通过后网上缴费`,x.commitmentRequired?`；提交时须签署诚信考试承诺书`:``,x.nonLocalAllowed?``:`；不接受非本省户籍考生报名`]}),S&&(0,L.jsxs)(`div`,{className:`subjects`,"aria-live":`polite`,children:[(0,L.jsx)(`h2`,{className:`subjects__title`,children:`考试科目`}),(0,L.jsx)(`ol`,{children:[...S.subjects??[]].sort((e,t)=>e.order-t.order).map(e=>(0,L.jsx)(`li`,{children:e.name},e.name))})]})]}),(0,L.jsxs)(`fieldset`,{className:`form-section`,children:[(0,L.jsx)(`legend`,{children:`个人信息`}),(0,L.jsxs)(`dl`,{className:`facts`,children:[(0,L.jsx)(`dt`,{children:`姓名`}),(0,L.jsx)(`dd`,{children:v?.name}),(0,L.jsx)(`dt`,{children:`证件类型`}),(0,L.jsx)(`dd`,{children:v?.idTypeLabel}),(0,L.jsx)(`dt`,{children:`证件号码`}),(0,L.jsx)(`dd`,{children:v?.idNumber}),v?.ageAt!=null&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`dt`,{children:`年龄`}),(0,L.jsxs)(`dd`,{children:[v.ageAt,` 岁（按考试首日计算）`]})]})]}),(0,L.jsx)(`p`,{className:`field__hint`,children:`姓名和证件信息来自国家网络身份认证，不可修改。`}),(0,L.jsxs)(`div`,{className:`form-grid`,children:[y&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(V,{label:`性别`,required:!0,options:e.formChoices.genders,...re(`gender`)}),(0,L.jsx)(B,{label:`出生日期`,type:`date`,required:!0,...ne(`birthDate`)})]}),(0,L.jsx)(V,{label:`户籍所在地`,required:!0,options:e.hukouChoices.map(e=>({value:e.code,label:e.name})),...re(`hukouCode`)})]})]}),(0,L.jsxs)(`fieldset`,{className:`form-section`,children:[(0,L.jsx)(`legend`,{children:`职称与工作`}),(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(B,{label:`现有职称（资格）`,required:!0,hint:`没有职称请填“无”`,...ne(`title`)}),(0,L.jsx)(B,{label:`职称取得时间`,type:`date`,required:!T,hint:T?`无职称时不填`:void 0,...ne(`titleDate`)})]}),(0,L.jsx)(Sr,{legend:`在职情况`,required:!0,options:e.formChoices.employments,name:`employment`,...re(`employment`)}),!w&&i.employment!==``&&(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(B,{label:`工作单位`,required:!0,autoComplete:`organization`,...ne(`workUnit`)}),(0,L.jsx)(B,{label:`本专业工作时间`,type:`date`,required:!0,hint:`开始从事本专业工作的日期`,...ne(`workStartDate`)})]}),w&&(0,L.jsx)(`p`,{className:`field__hint`,children:`在校学生无需填写工作单位和工作时间。`})]}),(0,L.jsxs)(`fieldset`,{className:`form-section`,children:[(0,L.jsx)(`legend`,{children:`学历`}),(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(V,{label:`学历`,required:!0,options:e.formChoices.educations,...re(`education`)}),(0,L.jsx)(V,{label:`学位`,required:!0,options:e.formChoices.degrees,...re(`degree`)}),(0,L.jsx)(B,{label:`毕业时间`,type:`date`,required:!0,...ne(`graduationDate`)}),(0,L.jsx)(V,{label:`所学专业与计算机专业的关系`,required:!0,options:e.formChoices.majorRelations,...re(`majorRelation`)}),(0,L.jsx)(B,{label:`专业名称`,required:!0,hint:`未毕业或无专业可填“无”`,...ne(`majorName`)})]})]}),(0,L.jsxs)(`fieldset`,{className:`form-section`,children:[(0,L.jsx)(`legend`,{children:`联系方式`}),(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(B,{label:`通信地址`,required:!0,autoComplete:`street-address`,...ne(`address`)}),(0,L.jsx)(B,{label:`邮政编码`,required:!0,inputMode:`numeric`,autoComplete:`postal-code`,maxLength:6,...ne(`postcode`)}),(0,L.jsx)(B,{label:`电子邮箱`,type:`email`,required:!0,autoComplete:`email`,...ne(`email`)}),(0,L.jsx)(B,{label:`手机号码`,type:`tel`,required:!0,autoComplete:`tel`,...ne(`mobile`)}),(0,L.jsx)(B,{label:`固定电话`,type:`tel`,required:!0,hint:`如 024-12345678；没有固定电话可填手机号码`,...ne(`landline`)})]})]}),(0,L.jsxs)(`fieldset`,{className:`form-section`,children:[(0,L.jsx)(`legend`,{children:`报名照片`}),(0,L.jsx)(ni,{currentUrl:n?.photo?.url??null,errors:ee(`photoId`),onSaved:e=>te(`photoId`,e,!0)})]}),x&&(x.nonLocalMaterialKinds??[]).length>0&&(0,L.jsx)(ii,{application:n,kinds:x.nonLocalMaterialKinds??[],onUploaded:()=>D(i)}),x?.commitmentRequired&&(0,L.jsxs)(`fieldset`,{className:`form-section`,children:[(0,L.jsx)(`legend`,{children:`诚信考试承诺书`}),(0,L.jsx)(`div`,{className:`prose commitment-text`,children:`本人已阅读并知晓计算机技术与软件专业技术资格（水平）考试的报名条件、考试纪律和违纪违规行为处理规定，承诺所填报名信息真实、准确， 遵守考场规则，诚信应考，不携带通讯工具和违规物品进入考场，不替考、不作弊。如有违反，自愿承担相应责任。`}),(0,L.jsx)(Cr,{label:`我已阅读并签署《诚信考试承诺书》`,checked:f,onChange:p,errors:H(o,`commitmentAccepted`)})]}),u&&(0,L.jsx)(`p`,{className:`save-state`,role:`status`,children:u}),(0,L.jsxs)(`div`,{className:`button-row`,children:[(0,L.jsx)(`button`,{type:`button`,className:`button`,disabled:m,onClick:()=>D(i),children:`保存草稿`}),(0,L.jsx)(`button`,{type:`submit`,className:`button button--primary`,disabled:m,children:m?`正在提交…`:`提交报名`})]}),o.length>0&&(0,L.jsxs)(R,{children:[`报名信息有 `,o.length,` 处需要更正，请查看标红的栏目。`]}),(0,L.jsxs)(`p`,{className:`field__hint`,children:[`提交后请留意审核结果，审核通过后在 `,(0,L.jsx)(Nn,{to:`/payment`,children:`网上缴费`}),` 缴纳报名费。`]})]})}function oi({app:e}){return(0,L.jsxs)(`section`,{className:`card application-status`,"aria-labelledby":`status-title`,children:[(0,L.jsxs)(`h2`,{id:`status-title`,children:[`报名状态：`,(0,L.jsx)(`span`,{className:`status status--${e.status.toLowerCase()}`,children:e.statusLabel})]}),(0,L.jsxs)(`dl`,{className:`facts`,children:[(0,L.jsx)(`dt`,{children:`考试`}),(0,L.jsx)(`dd`,{children:e.session.name}),(0,L.jsx)(`dt`,{children:`报名省市`}),(0,L.jsx)(`dd`,{children:e.region.name}),e.area&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`dt`,{children:`考试考区`}),(0,L.jsx)(`dd`,{children:e.area.name})]}),e.qualification&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`dt`,{children:`报考资格`}),(0,L.jsxs)(`dd`,{children:[e.qualification.levelLabel,` · `,e.qualification.name]})]}),e.submittedAt&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`dt`,{children:`提交时间`}),(0,L.jsx)(`dd`,{children:jr(e.submittedAt)})]}),e.reviewDeadlineAt&&e.status===`PENDING_REVIEW`&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`dt`,{children:`审核截止`}),(0,L.jsx)(`dd`,{children:jr(e.reviewDeadlineAt)})]}),e.feeText&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`dt`,{children:`报名费`}),(0,L.jsx)(`dd`,{children:e.feeText})]})]}),e.status===`REJECTED`&&e.rejectionReasons.length>0&&(0,L.jsxs)(`div`,{className:`alert alert--error`,role:`alert`,children:[(0,L.jsx)(`p`,{className:`alert__title`,children:`审核未通过，原因：`}),(0,L.jsx)(`ul`,{children:e.rejectionReasons.map(e=>(0,L.jsxs)(`li`,{children:[e.label,e.description?`：${e.description}`:``]},e.code))}),(0,L.jsx)(`p`,{children:`请修改报名信息后重新提交。`})]}),e.status===`AWAITING_PAYMENT`&&(0,L.jsxs)(`p`,{children:[`审核已通过，请在缴费期内 `,(0,L.jsx)(Nn,{to:`/payment`,children:`网上缴费`}),`。`]}),(e.history??[]).length>0&&(0,L.jsxs)(`details`,{className:`history`,children:[(0,L.jsx)(`summary`,{children:`办理记录`}),(0,L.jsx)(`ol`,{children:(e.history??[]).map(e=>(0,L.jsxs)(`li`,{children:[jr(e.createdAt),` `,e.toStatusLabel,e.reason?`：${e.reason}`:``]},e.id))})]})]})}function si({open:e,title:t,children:n,confirmLabel:r,cancelLabel:i=`取消`,busy:a,danger:o,onConfirm:s,onCancel:c}){let l=(0,O.useRef)(null),u=(0,O.useRef)(null),d=(0,O.useId)();return(0,O.useEffect)(()=>{let t=l.current;t&&(e&&!t.open?(u.current=document.activeElement,t.showModal()):!e&&t.open&&(t.close(),u.current instanceof HTMLElement&&u.current.isConnected&&u.current.focus()))},[e]),(0,L.jsxs)(`dialog`,{ref:l,className:`dialog`,"aria-labelledby":`${d}-title`,onCancel:e=>{e.preventDefault(),a||c()},children:[(0,L.jsx)(`h2`,{id:`${d}-title`,className:`dialog__title`,children:t}),(0,L.jsx)(`div`,{className:`dialog__body`,children:n}),(0,L.jsxs)(`div`,{className:`button-row`,children:[(0,L.jsx)(`button`,{type:`button`,className:`button ${o?`button--danger`:`button--primary`}`,disabled:a,onClick:s,children:a?`正在处理…`:r}),(0,L.jsx)(`button`,{type:`button`,className:`button`,disabled:a,onClick:c,children:i})]})]})}function ci(e,t){let[n,r]=(0,O.useState)(null),[i,a]=(0,O.useState)(null),[o,s]=(0,O.useState)(!0),c=(0,O.useRef)(0),l=(0,O.useCallback)(e,t),u=(0,O.useCallback)(async()=>{let e=++c.current;s(!0);try{let t=await l();e===c.current&&(r(t),a(null))}catch(t){e===c.current&&a(t)}finally{e===c.current&&s(!1)}},[l]);return(0,O.useEffect)(()=>{u()},[u]),{data:n,error:i,loading:o,reload:u}}function li(e,t,n){let r=(0,O.useRef)(n);r.current=n,(0,O.useEffect)(()=>{if(!e)return;let n=setInterval(()=>r.current(),t);return()=>clearInterval(n)},[e,t])}function ui(e){return e instanceof Yn?e.code:void 0}function U({error:e}){if(!e)return null;let t=ui(e);if(t===`FORBIDDEN`)return(0,L.jsxs)(R,{children:[(0,L.jsx)(`p`,{className:`alert__title`,children:`无权访问`}),(0,L.jsx)(`p`,{children:`您的账号没有权限查看或办理此项内容（权限按角色和所属地区划分）。如需办理，请联系上级管理员。`})]});if(t===`NOT_FOUND`)return(0,L.jsx)(R,{children:`未找到该记录，或它不属于您所在的地区。`});if(t===`UNAUTHENTICATED`)return(0,L.jsxs)(R,{children:[`登录已过期，请`,(0,L.jsx)(Nn,{to:`/login`,children:`重新登录`}),`。`]});let n=e instanceof Error?e.message:String(e);return(0,L.jsx)(R,{children:n})}var di=new Intl.NumberFormat(`zh-CN`,{minimumFractionDigits:2,maximumFractionDigits:2});function fi(e){return e==null?`—`:`¥${di.format(e/100)}`}function pi(e){let t=e.trim();return/^\d+(\.\d{1,2})?$/.test(t)?Math.round(parseFloat(t)*100):null}function mi(e){return e==null?``:(e/100).toFixed(2)}var hi=new Intl.DateTimeFormat(`zh-CN`,{timeZone:`Asia/Shanghai`,year:`numeric`,month:`2-digit`,day:`2-digit`,hour:`2-digit`,minute:`2-digit`,hour12:!1});function gi(e){if(!e)return`—`;let t=new Date(e);return Number.isNaN(t.getTime())?e:hi.format(t)}var _i=new Intl.DateTimeFormat(`sv-SE`,{timeZone:`Asia/Shanghai`,year:`numeric`,month:`2-digit`,day:`2-digit`,hour:`2-digit`,minute:`2-digit`,hour12:!1});function vi(e){if(!e)return``;let t=new Date(e);return Number.isNaN(t.getTime())?``:_i.format(t).replace(` `,`T`)}function yi(e){return/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(e)?`${e.slice(0,16)}:00+08:00`:null}var bi={JUNIOR:`初级`,INTERMEDIATE:`中级`,SENIOR:`高级`},xi=[`JUNIOR`,`INTERMEDIATE`,`SENIOR`];function Si({label:e,value:t,onChange:n,hint:r,errors:i,required:a}){let o=(0,O.useId)(),s=[r?`${o}-hint`:``,i?.length?`${o}-error`:``].filter(Boolean).join(` `)||void 0;return(0,L.jsxs)(`div`,{className:`field${i?.length?` field--invalid`:``}`,children:[(0,L.jsxs)(`label`,{className:`field__label`,htmlFor:o,children:[e,a&&(0,L.jsx)(`span`,{className:`field__required`,children:` （必填）`})]}),r&&(0,L.jsx)(`p`,{className:`field__hint`,id:`${o}-hint`,children:r}),(0,L.jsx)(`input`,{id:o,className:`field__control`,type:`datetime-local`,value:t,required:a,"aria-invalid":i?.length?!0:void 0,"aria-describedby":s,onChange:e=>n(e.target.value)}),(0,L.jsx)(xr,{id:`${o}-error`,errors:i})]})}function Ci({label:e,value:t,onChange:n,hint:r,errors:i,rows:a=4,maxLength:o,required:s}){let c=(0,O.useId)(),l=[r?`${c}-hint`:``,i?.length?`${c}-error`:``].filter(Boolean).join(` `)||void 0;return(0,L.jsxs)(`div`,{className:`field${i?.length?` field--invalid`:``}`,children:[(0,L.jsxs)(`label`,{className:`field__label`,htmlFor:c,children:[e,s&&(0,L.jsx)(`span`,{className:`field__required`,children:` （必填）`})]}),r&&(0,L.jsx)(`p`,{className:`field__hint`,id:`${c}-hint`,children:r}),(0,L.jsx)(`textarea`,{id:c,className:`field__control field__control--textarea`,value:t,rows:a,maxLength:o,required:s,"aria-invalid":i?.length?!0:void 0,"aria-describedby":l,onChange:e=>n(e.target.value)}),(0,L.jsx)(xr,{id:`${c}-error`,errors:i})]})}function wi({children:e,tone:t=`neutral`}){return(0,L.jsx)(`span`,{className:`badge badge--${t}`,children:e})}var Ti=[`DRAFT`,`SUBMITTED`,`PENDING_REVIEW`,`REJECTED`,`AWAITING_PAYMENT`];function Ei({app:e,onWithdrawn:t}){let[n,r]=(0,O.useState)(!1),[i,a]=(0,O.useState)(``),[o,s]=(0,O.useState)(!1),[c,l]=(0,O.useState)([]),[u,d]=(0,O.useState)(null);async function f(){s(!0),d(null);try{let{withdrawApplication:n}=await P(Zr,{id:e.id,reason:i.trim()||null});l(n.userErrors),r(!1),n.userErrors.length===0&&n.application&&t(n.application)}catch(e){d(e),r(!1)}finally{s(!1)}}return(0,L.jsxs)(`section`,{className:`card withdraw`,"aria-labelledby":`withdraw-title`,children:[(0,L.jsx)(`h2`,{id:`withdraw-title`,children:`撤回报名`}),(0,L.jsxs)(`p`,{children:[`撤回后本次报名失效`,e.status===`AWAITING_PAYMENT`?`，不能再缴费`:``,`；报名期内可重新填写报名。`]}),(0,L.jsx)(z,{errors:c,title:`未能撤回：`}),(0,L.jsx)(fr,{error:u}),(0,L.jsx)(`button`,{type:`button`,className:`button button--danger`,onClick:()=>r(!0),children:`撤回报名`}),(0,L.jsxs)(si,{open:n,title:`确认撤回报名？`,confirmLabel:`确认撤回`,cancelLabel:`不撤回`,danger:!0,busy:o,onConfirm:()=>void f(),onCancel:()=>r(!1),children:[(0,L.jsxs)(`p`,{children:[e.session.name,e.qualification?` · ${e.qualification.levelLabel} · ${e.qualification.name}`:``,`（`,e.statusLabel,`）`]}),(0,L.jsx)(Ci,{label:`撤回原因（选填）`,value:i,onChange:a,rows:3,maxLength:200})]})]})}var Di=[`DRAFT`,`SUBMITTED`,`PENDING_REVIEW`,`REJECTED`,`AWAITING_PAYMENT`,`REGISTERED`,`REFUNDED`];function Oi(){let[e,t]=zn(),[n,r]=(0,O.useState)(null),[i,a]=(0,O.useState)(null),[o,s]=(0,O.useState)(null),[c,l]=(0,O.useState)(null),u=e.get(`session`)??``,d=(0,O.useCallback)(async e=>{a(null),l(null);try{if(!e){let{examSessions:e}=await P(Xr),n=e.find(e=>e.registrationOpen);n?t({session:n.code},{replace:!0}):a(Error(`当前没有正在报名的考试，请留意考试计划。`));return}let n=await P(Gr,{sessionCode:e});r(n),s(n.myApplications.find(t=>t.session.code===e&&Di.includes(t.status))??null)}catch(e){a(e)}},[t]);(0,O.useEffect)(()=>{d(u)},[d,u]);let f=n?.examSessions.filter(e=>e.registrationOpen)??[];return(0,L.jsxs)(lr,{title:`考生报名`,lead:`请如实填写报名信息；带“必填”的栏目提交前须填写完整。离开一栏时自动保存草稿并检查填写格式。`,children:[(0,L.jsx)(fr,{error:i}),!n&&!i&&(0,L.jsx)(pr,{}),n&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(V,{label:`考试批次`,value:u,onChange:e=>t(e?{session:e}:{}),placeholder:null,options:f.map(e=>({value:e.code,label:e.name})),hint:f.length===0?`当前没有正在报名的考试。`:void 0}),c&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(R,{kind:`success`,children:`报名已撤回。`}),(0,L.jsx)(oi,{app:c}),n.examSession&&(0,L.jsx)(`button`,{type:`button`,className:`button`,onClick:()=>l(null),children:`重新填写报名`})]}),o&&!o.editable&&(0,L.jsx)(oi,{app:o}),o&&o.editable&&o.status===`REJECTED`&&(0,L.jsx)(oi,{app:o}),n.examSession&&!c&&(!o||o.editable)&&(0,L.jsx)(ai,{data:n,sessionCode:u,application:o,onChanged:s},u),o&&!c&&Ti.includes(o.status)&&(0,L.jsx)(Ei,{app:o,onWithdrawn:e=>{l(e),s(null)}})]})]})}I(`
  fragment PortalPaymentFields on Application {
    id
    status
    statusLabel
    feeText
    session {
      code
      name
    }
    region {
      name
    }
    qualification {
      name
      levelLabel
    }
    payment {
      id
      outTradeNo
      amountFen
      status
      statusLabel
      codeUrl
      expiresAt
      paidAt
      receiptNo
      receiptUrl
    }
  }
`);var ki=I(`
  query PortalPayments {
    myApplications {
      ...PortalPaymentFields
    }
  }
`),Ai=I(`
  mutation PortalPay($id: ID!) {
    payApplication(id: $id) {
      application {
        ...PortalPaymentFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),ji=I(`
  mutation PortalRefreshPayment($id: ID!) {
    refreshPayment(id: $id) {
      application {
        ...PortalPaymentFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Mi=o(((e,t)=>{t.exports=function(){return typeof Promise==`function`&&Promise.prototype&&Promise.prototype.then}})),Ni=o((e=>{var t,n=[0,26,44,70,100,134,172,196,242,292,346,404,466,532,581,655,733,815,901,991,1085,1156,1258,1364,1474,1588,1706,1828,1921,2051,2185,2323,2465,2611,2761,2876,3034,3196,3362,3532,3706];e.getSymbolSize=function(e){if(!e)throw Error(`"version" cannot be null or undefined`);if(e<1||e>40)throw Error(`"version" should be in range from 1 to 40`);return e*4+17},e.getSymbolTotalCodewords=function(e){return n[e]},e.getBCHDigit=function(e){let t=0;for(;e!==0;)t++,e>>>=1;return t},e.setToSJISFunction=function(e){if(typeof e!=`function`)throw Error(`"toSJISFunc" is not a valid function.`);t=e},e.isKanjiModeEnabled=function(){return t!==void 0},e.toSJIS=function(e){return t(e)}})),Pi=o((e=>{e.L={bit:1},e.M={bit:0},e.Q={bit:3},e.H={bit:2};function t(t){if(typeof t!=`string`)throw Error(`Param is not a string`);switch(t.toLowerCase()){case`l`:case`low`:return e.L;case`m`:case`medium`:return e.M;case`q`:case`quartile`:return e.Q;case`h`:case`high`:return e.H;default:throw Error(`Unknown EC Level: `+t)}}e.isValid=function(e){return e&&e.bit!==void 0&&e.bit>=0&&e.bit<4},e.from=function(n,r){if(e.isValid(n))return n;try{return t(n)}catch{return r}}})),Fi=o(((e,t)=>{function n(){this.buffer=[],this.length=0}n.prototype={get:function(e){let t=Math.floor(e/8);return(this.buffer[t]>>>7-e%8&1)==1},put:function(e,t){for(let n=0;n<t;n++)this.putBit((e>>>t-n-1&1)==1)},getLengthInBits:function(){return this.length},putBit:function(e){let t=Math.floor(this.length/8);this.buffer.length<=t&&this.buffer.push(0),e&&(this.buffer[t]|=128>>>this.length%8),this.length++}},t.exports=n})),Ii=o(((e,t)=>{function n(e){if(!e||e<1)throw Error(`BitMatrix size must be defined and greater than 0`);this.size=e,this.data=new Uint8Array(e*e),this.reservedBit=new Uint8Array(e*e)}n.prototype.set=function(e,t,n,r){let i=e*this.size+t;this.data[i]=n,r&&(this.reservedBit[i]=!0)},n.prototype.get=function(e,t){return this.data[e*this.size+t]},n.prototype.xor=function(e,t,n){this.data[e*this.size+t]^=n},n.prototype.isReserved=function(e,t){return this.reservedBit[e*this.size+t]},t.exports=n})),Li=o((e=>{var t=Ni().getSymbolSize;e.getRowColCoords=function(e){if(e===1)return[];let n=Math.floor(e/7)+2,r=t(e),i=r===145?26:Math.ceil((r-13)/(2*n-2))*2,a=[r-7];for(let e=1;e<n-1;e++)a[e]=a[e-1]-i;return a.push(6),a.reverse()},e.getPositions=function(t){let n=[],r=e.getRowColCoords(t),i=r.length;for(let e=0;e<i;e++)for(let t=0;t<i;t++)e===0&&t===0||e===0&&t===i-1||e===i-1&&t===0||n.push([r[e],r[t]]);return n}})),Ri=o((e=>{var t=Ni().getSymbolSize,n=7;e.getPositions=function(e){let r=t(e);return[[0,0],[r-n,0],[0,r-n]]}})),zi=o((e=>{e.Patterns={PATTERN000:0,PATTERN001:1,PATTERN010:2,PATTERN011:3,PATTERN100:4,PATTERN101:5,PATTERN110:6,PATTERN111:7};var t={N1:3,N2:3,N3:40,N4:10};e.isValid=function(e){return e!=null&&e!==``&&!isNaN(e)&&e>=0&&e<=7},e.from=function(t){return e.isValid(t)?parseInt(t,10):void 0},e.getPenaltyN1=function(e){let n=e.size,r=0,i=0,a=0,o=null,s=null;for(let c=0;c<n;c++){i=a=0,o=s=null;for(let l=0;l<n;l++){let n=e.get(c,l);n===o?i++:(i>=5&&(r+=t.N1+(i-5)),o=n,i=1),n=e.get(l,c),n===s?a++:(a>=5&&(r+=t.N1+(a-5)),s=n,a=1)}i>=5&&(r+=t.N1+(i-5)),a>=5&&(r+=t.N1+(a-5))}return r},e.getPenaltyN2=function(e){let n=e.size,r=0;for(let t=0;t<n-1;t++)for(let i=0;i<n-1;i++){let n=e.get(t,i)+e.get(t,i+1)+e.get(t+1,i)+e.get(t+1,i+1);(n===4||n===0)&&r++}return r*t.N2},e.getPenaltyN3=function(e){let n=e.size,r=0,i=0,a=0;for(let t=0;t<n;t++){i=a=0;for(let o=0;o<n;o++)i=i<<1&2047|e.get(t,o),o>=10&&(i===1488||i===93)&&r++,a=a<<1&2047|e.get(o,t),o>=10&&(a===1488||a===93)&&r++}return r*t.N3},e.getPenaltyN4=function(e){let n=0,r=e.data.length;for(let t=0;t<r;t++)n+=e.data[t];return Math.abs(Math.ceil(n*100/r/5)-10)*t.N4};function n(t,n,r){switch(t){case e.Patterns.PATTERN000:return(n+r)%2==0;case e.Patterns.PATTERN001:return n%2==0;case e.Patterns.PATTERN010:return r%3==0;case e.Patterns.PATTERN011:return(n+r)%3==0;case e.Patterns.PATTERN100:return(Math.floor(n/2)+Math.floor(r/3))%2==0;case e.Patterns.PATTERN101:return n*r%2+n*r%3==0;case e.Patterns.PATTERN110:return(n*r%2+n*r%3)%2==0;case e.Patterns.PATTERN111:return(n*r%3+(n+r)%2)%2==0;default:throw Error(`bad maskPattern:`+t)}}e.applyMask=function(e,t){let r=t.size;for(let i=0;i<r;i++)for(let a=0;a<r;a++)t.isReserved(a,i)||t.xor(a,i,n(e,a,i))},e.getBestMask=function(t,n){let r=Object.keys(e.Patterns).length,i=0,a=1/0;for(let o=0;o<r;o++){n(o),e.applyMask(o,t);let r=e.getPenaltyN1(t)+e.getPenaltyN2(t)+e.getPenaltyN3(t)+e.getPenaltyN4(t);e.applyMask(o,t),r<a&&(a=r,i=o)}return i}})),Bi=o((e=>{var t=Pi(),n=[1,1,1,1,1,1,1,1,1,1,2,2,1,2,2,4,1,2,4,4,2,4,4,4,2,4,6,5,2,4,6,6,2,5,8,8,4,5,8,8,4,5,8,11,4,8,10,11,4,9,12,16,4,9,16,16,6,10,12,18,6,10,17,16,6,11,16,19,6,13,18,21,7,14,21,25,8,16,20,25,8,17,23,25,9,17,23,34,9,18,25,30,10,20,27,32,12,21,29,35,12,23,34,37,12,25,34,40,13,26,35,42,14,28,38,45,15,29,40,48,16,31,43,51,17,33,45,54,18,35,48,57,19,37,51,60,19,38,53,63,20,40,56,66,21,43,59,70,22,45,62,74,24,47,65,77,25,49,68,81],r=[7,10,13,17,10,16,22,28,15,26,36,44,20,36,52,64,26,48,72,88,36,64,96,112,40,72,108,130,48,88,132,156,60,110,160,192,72,130,192,224,80,150,224,264,96,176,260,308,104,198,288,352,120,216,320,384,132,240,360,432,144,280,408,480,168,308,448,532,180,338,504,588,196,364,546,650,224,416,600,700,224,442,644,750,252,476,690,816,270,504,750,900,300,560,810,960,312,588,870,1050,336,644,952,1110,360,700,1020,1200,390,728,1050,1260,420,784,1140,1350,450,812,1200,1440,480,868,1290,1530,510,924,1350,1620,540,980,1440,1710,570,1036,1530,1800,570,1064,1590,1890,600,1120,1680,1980,630,1204,1770,2100,660,1260,1860,2220,720,1316,1950,2310,750,1372,2040,2430];e.getBlocksCount=function(e,r){switch(r){case t.L:return n[(e-1)*4+0];case t.M:return n[(e-1)*4+1];case t.Q:return n[(e-1)*4+2];case t.H:return n[(e-1)*4+3];default:return}},e.getTotalCodewordsCount=function(e,n){switch(n){case t.L:return r[(e-1)*4+0];case t.M:return r[(e-1)*4+1];case t.Q:return r[(e-1)*4+2];case t.H:return r[(e-1)*4+3];default:return}}})),Vi=o((e=>{var t=new Uint8Array(512),n=new Uint8Array(256);(function(){let e=1;for(let r=0;r<255;r++)t[r]=e,n[e]=r,e<<=1,e&256&&(e^=285);for(let e=255;e<512;e++)t[e]=t[e-255]})(),e.log=function(e){if(e<1)throw Error(`log(`+e+`)`);return n[e]},e.exp=function(e){return t[e]},e.mul=function(e,r){return e===0||r===0?0:t[n[e]+n[r]]}})),Hi=o((e=>{var t=Vi();e.mul=function(e,n){let r=new Uint8Array(e.length+n.length-1);for(let i=0;i<e.length;i++)for(let a=0;a<n.length;a++)r[i+a]^=t.mul(e[i],n[a]);return r},e.mod=function(e,n){let r=new Uint8Array(e);for(;r.length-n.length>=0;){let e=r[0];for(let i=0;i<n.length;i++)r[i]^=t.mul(n[i],e);let i=0;for(;i<r.length&&r[i]===0;)i++;r=r.slice(i)}return r},e.generateECPolynomial=function(n){let r=new Uint8Array([1]);for(let i=0;i<n;i++)r=e.mul(r,new Uint8Array([1,t.exp(i)]));return r}})),Ui=o(((e,t)=>{var n=Hi();function r(e){this.genPoly=void 0,this.degree=e,this.degree&&this.initialize(this.degree)}r.prototype.initialize=function(e){this.degree=e,this.genPoly=n.generateECPolynomial(this.degree)},r.prototype.encode=function(e){if(!this.genPoly)throw Error(`Encoder not initialized`);let t=new Uint8Array(e.length+this.degree);t.set(e);let r=n.mod(t,this.genPoly),i=this.degree-r.length;if(i>0){let e=new Uint8Array(this.degree);return e.set(r,i),e}return r},t.exports=r})),Wi=o((e=>{e.isValid=function(e){return!isNaN(e)&&e>=1&&e<=40}})),Gi=o((e=>{var t=`[0-9]+`,n=`[A-Z $%*+\\-./:]+`,r=`(?:[u3000-u303F]|[u3040-u309F]|[u30A0-u30FF]|[uFF00-uFFEF]|[u4E00-u9FAF]|[u2605-u2606]|[u2190-u2195]|u203B|[u2010u2015u2018u2019u2025u2026u201Cu201Du2225u2260]|[u0391-u0451]|[u00A7u00A8u00B1u00B4u00D7u00F7])+`;r=r.replace(/u/g,`\\u`);var i=`(?:(?![A-Z0-9 $%*+\\-./:]|`+r+`)(?:.|[\r
]))+`;e.KANJI=new RegExp(r,`g`),e.BYTE_KANJI=RegExp(`[^A-Z0-9 $%*+\\-./:]+`,`g`),e.BYTE=new RegExp(i,`g`),e.NUMERIC=new RegExp(t,`g`),e.ALPHANUMERIC=new RegExp(n,`g`);var a=RegExp(`^`+r+`$`),o=RegExp(`^[0-9]+$`),s=RegExp(`^[A-Z0-9 $%*+\\-./:]+$`);e.testKanji=function(e){return a.test(e)},e.testNumeric=function(e){return o.test(e)},e.testAlphanumeric=function(e){return s.test(e)}})),Ki=o((e=>{var t=Wi(),n=Gi();e.NUMERIC={id:`Numeric`,bit:1,ccBits:[10,12,14]},e.ALPHANUMERIC={id:`Alphanumeric`,bit:2,ccBits:[9,11,13]},e.BYTE={id:`Byte`,bit:4,ccBits:[8,16,16]},e.KANJI={id:`Kanji`,bit:8,ccBits:[8,10,12]},e.MIXED={bit:-1},e.getCharCountIndicator=function(e,n){if(!e.ccBits)throw Error(`Invalid mode: `+e);if(!t.isValid(n))throw Error(`Invalid version: `+n);return n>=1&&n<10?e.ccBits[0]:n<27?e.ccBits[1]:e.ccBits[2]},e.getBestModeForData=function(t){return n.testNumeric(t)?e.NUMERIC:n.testAlphanumeric(t)?e.ALPHANUMERIC:n.testKanji(t)?e.KANJI:e.BYTE},e.toString=function(e){if(e&&e.id)return e.id;throw Error(`Invalid mode`)},e.isValid=function(e){return e&&e.bit&&e.ccBits};function r(t){if(typeof t!=`string`)throw Error(`Param is not a string`);switch(t.toLowerCase()){case`numeric`:return e.NUMERIC;case`alphanumeric`:return e.ALPHANUMERIC;case`kanji`:return e.KANJI;case`byte`:return e.BYTE;default:throw Error(`Unknown mode: `+t)}}e.from=function(t,n){if(e.isValid(t))return t;try{return r(t)}catch{return n}}})),qi=o((e=>{var t=Ni(),n=Bi(),r=Pi(),i=Ki(),a=Wi(),o=7973,s=t.getBCHDigit(o);function c(t,n,r){for(let i=1;i<=40;i++)if(n<=e.getCapacity(i,r,t))return i}function l(e,t){return i.getCharCountIndicator(e,t)+4}function u(e,t){let n=0;return e.forEach(function(e){let r=l(e.mode,t);n+=r+e.getBitsLength()}),n}function d(t,n){for(let r=1;r<=40;r++)if(u(t,r)<=e.getCapacity(r,n,i.MIXED))return r}e.from=function(e,t){return a.isValid(e)?parseInt(e,10):t},e.getCapacity=function(e,r,o){if(!a.isValid(e))throw Error(`Invalid QR Code version`);o===void 0&&(o=i.BYTE);let s=(t.getSymbolTotalCodewords(e)-n.getTotalCodewordsCount(e,r))*8;if(o===i.MIXED)return s;let c=s-l(o,e);switch(o){case i.NUMERIC:return Math.floor(c/10*3);case i.ALPHANUMERIC:return Math.floor(c/11*2);case i.KANJI:return Math.floor(c/13);case i.BYTE:default:return Math.floor(c/8)}},e.getBestVersionForData=function(e,t){let n,i=r.from(t,r.M);if(Array.isArray(e)){if(e.length>1)return d(e,i);if(e.length===0)return 1;n=e[0]}else n=e;return c(n.mode,n.getLength(),i)},e.getEncodedBits=function(e){if(!a.isValid(e)||e<7)throw Error(`Invalid QR Code version`);let n=e<<12;for(;t.getBCHDigit(n)-s>=0;)n^=o<<t.getBCHDigit(n)-s;return e<<12|n}})),Ji=o((e=>{var t=Ni(),n=1335,r=21522,i=t.getBCHDigit(n);e.getEncodedBits=function(e,a){let o=e.bit<<3|a,s=o<<10;for(;t.getBCHDigit(s)-i>=0;)s^=n<<t.getBCHDigit(s)-i;return(o<<10|s)^r}})),Yi=o(((e,t)=>{var n=Ki();function r(e){this.mode=n.NUMERIC,this.data=e.toString()}r.getBitsLength=function(e){return 10*Math.floor(e/3)+(e%3?e%3*3+1:0)},r.prototype.getLength=function(){return this.data.length},r.prototype.getBitsLength=function(){return r.getBitsLength(this.data.length)},r.prototype.write=function(e){let t,n,r;for(t=0;t+3<=this.data.length;t+=3)n=this.data.substr(t,3),r=parseInt(n,10),e.put(r,10);let i=this.data.length-t;i>0&&(n=this.data.substr(t),r=parseInt(n,10),e.put(r,i*3+1))},t.exports=r})),Xi=o(((e,t)=>{var n=Ki(),r=`0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:`.split(``);function i(e){this.mode=n.ALPHANUMERIC,this.data=e}i.getBitsLength=function(e){return 11*Math.floor(e/2)+e%2*6},i.prototype.getLength=function(){return this.data.length},i.prototype.getBitsLength=function(){return i.getBitsLength(this.data.length)},i.prototype.write=function(e){let t=0;for(;t+2<=this.data.length;t+=2){let n=r.indexOf(this.data[t])*45;n+=r.indexOf(this.data[t+1]),e.put(n,11)}this.data.length%2&&e.put(r.indexOf(this.data[t]),6)},t.exports=i})),Zi=o(((e,t)=>{var n=Ki();function r(e){this.mode=n.BYTE,this.data=typeof e==`string`?new TextEncoder().encode(e):new Uint8Array(e)}r.getBitsLength=function(e){return e*8},r.prototype.getLength=function(){return this.data.length},r.prototype.getBitsLength=function(){return r.getBitsLength(this.data.length)},r.prototype.write=function(e){for(let t=0,n=this.data.length;t<n;t++)e.put(this.data[t],8)},t.exports=r})),Qi=o(((e,t)=>{var n=Ki(),r=Ni();function i(e){this.mode=n.KANJI,this.data=e}i.getBitsLength=function(e){return e*13},i.prototype.getLength=function(){return this.data.length},i.prototype.getBitsLength=function(){return i.getBitsLength(this.data.length)},i.prototype.write=function(e){let t=0;for(;t<this.data.length;t++){let n=r.toSJIS(this.data[t]);if(n>=33088&&n<=40956)n-=33088;else if(n>=57408&&n<=60351)n-=49472;else throw Error(`Invalid SJIS character: `+this.data[t]+`
Make sure your charset is UTF-8`);n=(n>>>8&255)*192+(n&255),e.put(n,13)}},t.exports=i})),$i=o(((e,t)=>{var n={single_source_shortest_paths:function(e,t,r){var i={},a={};a[t]=0;var o=n.PriorityQueue.make();o.push(t,0);for(var s,c,l,u,d,f,p,m,h;!o.empty();)for(l in s=o.pop(),c=s.value,u=s.cost,d=e[c]||{},d)d.hasOwnProperty(l)&&(f=d[l],p=u+f,m=a[l],h=a[l]===void 0,(h||m>p)&&(a[l]=p,o.push(l,p),i[l]=c));if(r!==void 0&&a[r]===void 0){var g=[`Could not find a path from `,t,` to `,r,`.`].join(``);throw Error(g)}return i},extract_shortest_path_from_predecessor_list:function(e,t){for(var n=[],r=t;r;)n.push(r),e[r],r=e[r];return n.reverse(),n},find_path:function(e,t,r){var i=n.single_source_shortest_paths(e,t,r);return n.extract_shortest_path_from_predecessor_list(i,r)},PriorityQueue:{make:function(e){var t=n.PriorityQueue,r={},i;for(i in e||={},t)t.hasOwnProperty(i)&&(r[i]=t[i]);return r.queue=[],r.sorter=e.sorter||t.default_sorter,r},default_sorter:function(e,t){return e.cost-t.cost},push:function(e,t){var n={value:e,cost:t};this.queue.push(n),this.queue.sort(this.sorter)},pop:function(){return this.queue.shift()},empty:function(){return this.queue.length===0}}};t!==void 0&&(t.exports=n)})),ea=o((e=>{var t=Ki(),n=Yi(),r=Xi(),i=Zi(),a=Qi(),o=Gi(),s=Ni(),c=$i();function l(e){return unescape(encodeURIComponent(e)).length}function u(e,t,n){let r=[],i;for(;(i=e.exec(n))!==null;)r.push({data:i[0],index:i.index,mode:t,length:i[0].length});return r}function d(e){let n=u(o.NUMERIC,t.NUMERIC,e),r=u(o.ALPHANUMERIC,t.ALPHANUMERIC,e),i,a;return s.isKanjiModeEnabled()?(i=u(o.BYTE,t.BYTE,e),a=u(o.KANJI,t.KANJI,e)):(i=u(o.BYTE_KANJI,t.BYTE,e),a=[]),n.concat(r,i,a).sort(function(e,t){return e.index-t.index}).map(function(e){return{data:e.data,mode:e.mode,length:e.length}})}function f(e,o){switch(o){case t.NUMERIC:return n.getBitsLength(e);case t.ALPHANUMERIC:return r.getBitsLength(e);case t.KANJI:return a.getBitsLength(e);case t.BYTE:return i.getBitsLength(e)}}function p(e){return e.reduce(function(e,t){let n=e.length-1>=0?e[e.length-1]:null;return n&&n.mode===t.mode?(e[e.length-1].data+=t.data,e):(e.push(t),e)},[])}function m(e){let n=[];for(let r=0;r<e.length;r++){let i=e[r];switch(i.mode){case t.NUMERIC:n.push([i,{data:i.data,mode:t.ALPHANUMERIC,length:i.length},{data:i.data,mode:t.BYTE,length:i.length}]);break;case t.ALPHANUMERIC:n.push([i,{data:i.data,mode:t.BYTE,length:i.length}]);break;case t.KANJI:n.push([i,{data:i.data,mode:t.BYTE,length:l(i.data)}]);break;case t.BYTE:n.push([{data:i.data,mode:t.BYTE,length:l(i.data)}])}}return n}function h(e,n){let r={},i={start:{}},a=[`start`];for(let o=0;o<e.length;o++){let s=e[o],c=[];for(let e=0;e<s.length;e++){let l=s[e],u=``+o+e;c.push(u),r[u]={node:l,lastCount:0},i[u]={};for(let e=0;e<a.length;e++){let o=a[e];r[o]&&r[o].node.mode===l.mode?(i[o][u]=f(r[o].lastCount+l.length,l.mode)-f(r[o].lastCount,l.mode),r[o].lastCount+=l.length):(r[o]&&(r[o].lastCount=l.length),i[o][u]=f(l.length,l.mode)+4+t.getCharCountIndicator(l.mode,n))}}a=c}for(let e=0;e<a.length;e++)i[a[e]].end=0;return{map:i,table:r}}function g(e,o){let c,l=t.getBestModeForData(e);if(c=t.from(o,l),c!==t.BYTE&&c.bit<l.bit)throw Error(`"`+e+`" cannot be encoded with mode `+t.toString(c)+`.
 Suggested mode is: `+t.toString(l));switch(c===t.KANJI&&!s.isKanjiModeEnabled()&&(c=t.BYTE),c){case t.NUMERIC:return new n(e);case t.ALPHANUMERIC:return new r(e);case t.KANJI:return new a(e);case t.BYTE:return new i(e)}}e.fromArray=function(e){return e.reduce(function(e,t){return typeof t==`string`?e.push(g(t,null)):t.data&&e.push(g(t.data,t.mode)),e},[])},e.fromString=function(t,n){let r=h(m(d(t,s.isKanjiModeEnabled())),n),i=c.find_path(r.map,`start`,`end`),a=[];for(let e=1;e<i.length-1;e++)a.push(r.table[i[e]].node);return e.fromArray(p(a))},e.rawSplit=function(t){return e.fromArray(d(t,s.isKanjiModeEnabled()))}})),W=o((e=>{var t=Ni(),n=Pi(),r=Fi(),i=Ii(),a=Li(),o=Ri(),s=zi(),c=Bi(),l=Ui(),u=qi(),d=Ji(),f=Ki(),p=ea();function m(e,t){let n=e.size,r=o.getPositions(t);for(let t=0;t<r.length;t++){let i=r[t][0],a=r[t][1];for(let t=-1;t<=7;t++)if(!(i+t<=-1||n<=i+t))for(let r=-1;r<=7;r++)a+r<=-1||n<=a+r||(t>=0&&t<=6&&(r===0||r===6)||r>=0&&r<=6&&(t===0||t===6)||t>=2&&t<=4&&r>=2&&r<=4?e.set(i+t,a+r,!0,!0):e.set(i+t,a+r,!1,!0))}}function h(e){let t=e.size;for(let n=8;n<t-8;n++){let t=n%2==0;e.set(n,6,t,!0),e.set(6,n,t,!0)}}function g(e,t){let n=a.getPositions(t);for(let t=0;t<n.length;t++){let r=n[t][0],i=n[t][1];for(let t=-2;t<=2;t++)for(let n=-2;n<=2;n++)t===-2||t===2||n===-2||n===2||t===0&&n===0?e.set(r+t,i+n,!0,!0):e.set(r+t,i+n,!1,!0)}}function _(e,t){let n=e.size,r=u.getEncodedBits(t),i,a,o;for(let t=0;t<18;t++)i=Math.floor(t/3),a=t%3+n-8-3,o=(r>>t&1)==1,e.set(i,a,o,!0),e.set(a,i,o,!0)}function v(e,t,n){let r=e.size,i=d.getEncodedBits(t,n),a,o;for(a=0;a<15;a++)o=(i>>a&1)==1,a<6?e.set(a,8,o,!0):a<8?e.set(a+1,8,o,!0):e.set(r-15+a,8,o,!0),a<8?e.set(8,r-a-1,o,!0):a<9?e.set(8,15-a-1+1,o,!0):e.set(8,15-a-1,o,!0);e.set(r-8,8,1,!0)}function y(e,t){let n=e.size,r=-1,i=n-1,a=7,o=0;for(let s=n-1;s>0;s-=2)for(s===6&&s--;;){for(let n=0;n<2;n++)if(!e.isReserved(i,s-n)){let r=!1;o<t.length&&(r=(t[o]>>>a&1)==1),e.set(i,s-n,r),a--,a===-1&&(o++,a=7)}if(i+=r,i<0||n<=i){i-=r,r=-r;break}}}function b(e,n,i){let a=new r;i.forEach(function(t){a.put(t.mode.bit,4),a.put(t.getLength(),f.getCharCountIndicator(t.mode,e)),t.write(a)});let o=(t.getSymbolTotalCodewords(e)-c.getTotalCodewordsCount(e,n))*8;for(a.getLengthInBits()+4<=o&&a.put(0,4);a.getLengthInBits()%8!=0;)a.putBit(0);let s=(o-a.getLengthInBits())/8;for(let e=0;e<s;e++)a.put(e%2?17:236,8);return x(a,e,n)}function x(e,n,r){let i=t.getSymbolTotalCodewords(n),a=i-c.getTotalCodewordsCount(n,r),o=c.getBlocksCount(n,r),s=o-i%o,u=Math.floor(i/o),d=Math.floor(a/o),f=d+1,p=u-d,m=new l(p),h=0,g=Array(o),_=Array(o),v=0,y=new Uint8Array(e.buffer);for(let e=0;e<o;e++){let t=e<s?d:f;g[e]=y.slice(h,h+t),_[e]=m.encode(g[e]),h+=t,v=Math.max(v,t)}let b=new Uint8Array(i),x=0,S,C;for(S=0;S<v;S++)for(C=0;C<o;C++)S<g[C].length&&(b[x++]=g[C][S]);for(S=0;S<p;S++)for(C=0;C<o;C++)b[x++]=_[C][S];return b}function S(e,n,r,a){let o;if(Array.isArray(e))o=p.fromArray(e);else if(typeof e==`string`){let t=n;if(!t){let n=p.rawSplit(e);t=u.getBestVersionForData(n,r)}o=p.fromString(e,t||40)}else throw Error(`Invalid data`);let c=u.getBestVersionForData(o,r);if(!c)throw Error(`The amount of data is too big to be stored in a QR Code`);if(!n)n=c;else if(n<c)throw Error(`
The chosen QR Code version cannot contain this amount of data.
Minimum version required to store current data is: `+c+`.
`);let l=b(n,r,o),d=new i(t.getSymbolSize(n));return m(d,n),h(d),g(d,n),v(d,r,0),n>=7&&_(d,n),y(d,l),isNaN(a)&&(a=s.getBestMask(d,v.bind(null,d,r))),s.applyMask(a,d),v(d,r,a),{modules:d,version:n,errorCorrectionLevel:r,maskPattern:a,segments:o}}e.create=function(e,r){if(e===void 0||e===``)throw Error(`No input text`);let i=n.M,a,o;return r!==void 0&&(i=n.from(r.errorCorrectionLevel,n.M),a=u.from(r.version),o=s.from(r.maskPattern),r.toSJISFunc&&t.setToSJISFunction(r.toSJISFunc)),S(e,a,i,o)}})),ta=o((e=>{function t(e){if(typeof e==`number`&&(e=e.toString()),typeof e!=`string`)throw Error(`Color should be defined as hex string`);let t=e.slice().replace(`#`,``).split(``);if(t.length<3||t.length===5||t.length>8)throw Error(`Invalid hex color: `+e);(t.length===3||t.length===4)&&(t=Array.prototype.concat.apply([],t.map(function(e){return[e,e]}))),t.length===6&&t.push(`F`,`F`);let n=parseInt(t.join(``),16);return{r:n>>24&255,g:n>>16&255,b:n>>8&255,a:n&255,hex:`#`+t.slice(0,6).join(``)}}e.getOptions=function(e){e||={},e.color||(e.color={});let n=e.margin===void 0||e.margin===null||e.margin<0?4:e.margin,r=e.width&&e.width>=21?e.width:void 0,i=e.scale||4;return{width:r,scale:r?4:i,margin:n,color:{dark:t(e.color.dark||`#000000ff`),light:t(e.color.light||`#ffffffff`)},type:e.type,rendererOpts:e.rendererOpts||{}}},e.getScale=function(e,t){return t.width&&t.width>=e+t.margin*2?t.width/(e+t.margin*2):t.scale},e.getImageWidth=function(t,n){let r=e.getScale(t,n);return Math.floor((t+n.margin*2)*r)},e.qrToImageData=function(t,n,r){let i=n.modules.size,a=n.modules.data,o=e.getScale(i,r),s=Math.floor((i+r.margin*2)*o),c=r.margin*o,l=[r.color.light,r.color.dark];for(let e=0;e<s;e++)for(let n=0;n<s;n++){let u=(e*s+n)*4,d=r.color.light;if(e>=c&&n>=c&&e<s-c&&n<s-c){let t=Math.floor((e-c)/o),r=Math.floor((n-c)/o);d=l[+!!a[t*i+r]]}t[u++]=d.r,t[u++]=d.g,t[u++]=d.b,t[u]=d.a}}})),na=o((e=>{var t=ta();function n(e,t,n){e.clearRect(0,0,t.width,t.height),t.style||={},t.height=n,t.width=n,t.style.height=n+`px`,t.style.width=n+`px`}function r(){try{return document.createElement(`canvas`)}catch{throw Error(`You need to specify a canvas element`)}}e.render=function(e,i,a){let o=a,s=i;o!==void 0||i&&i.getContext||(o=i,i=void 0),i||(s=r()),o=t.getOptions(o);let c=t.getImageWidth(e.modules.size,o),l=s.getContext(`2d`),u=l.createImageData(c,c);return t.qrToImageData(u.data,e,o),n(l,s,c),l.putImageData(u,0,0),s},e.renderToDataURL=function(t,n,r){let i=r;i!==void 0||n&&n.getContext||(i=n,n=void 0),i||={};let a=e.render(t,n,i),o=i.type||`image/png`,s=i.rendererOpts||{};return a.toDataURL(o,s.quality)}})),ra=o((e=>{var t=ta();function n(e,t){let n=e.a/255,r=t+`="`+e.hex+`"`;return n<1?r+` `+t+`-opacity="`+n.toFixed(2).slice(1)+`"`:r}function r(e,t,n){let r=e+t;return n!==void 0&&(r+=` `+n),r}function i(e,t,n){let i=``,a=0,o=!1,s=0;for(let c=0;c<e.length;c++){let l=Math.floor(c%t),u=Math.floor(c/t);!l&&!o&&(o=!0),e[c]?(s++,c>0&&l>0&&e[c-1]||(i+=o?r(`M`,l+n,.5+u+n):r(`m`,a,0),a=0,o=!1),l+1<t&&e[c+1]||(i+=r(`h`,s),s=0)):a++}return i}e.render=function(e,r,a){let o=t.getOptions(r),s=e.modules.size,c=e.modules.data,l=s+o.margin*2,u=o.color.light.a?`<path `+n(o.color.light,`fill`)+` d="M0 0h`+l+`v`+l+`H0z"/>`:``,d=`<path `+n(o.color.dark,`stroke`)+` d="`+i(c,s,o.margin)+`"/>`,f=`viewBox="0 0 `+l+` `+l+`"`,p=`<svg xmlns="http://www.w3.org/2000/svg" `+(o.width?`width="`+o.width+`" height="`+o.width+`" `:``)+f+` shape-rendering="crispEdges">`+u+d+`</svg>
`;return typeof a==`function`&&a(null,p),p}})),ia=c(o((e=>{var t=Mi(),n=W(),r=na(),i=ra();function a(e,r,i,a,o){let s=[].slice.call(arguments,1),c=s.length,l=typeof s[c-1]==`function`;if(!l&&!t())throw Error(`Callback required as last argument`);if(l){if(c<2)throw Error(`Too few arguments provided`);c===2?(o=i,i=r,r=a=void 0):c===3&&(r.getContext&&o===void 0?(o=a,a=void 0):(o=a,a=i,i=r,r=void 0))}else{if(c<1)throw Error(`Too few arguments provided`);return c===1?(i=r,r=a=void 0):c===2&&!r.getContext&&(a=i,i=r,r=void 0),new Promise(function(t,o){try{t(e(n.create(i,a),r,a))}catch(e){o(e)}})}try{let t=n.create(i,a);o(null,e(t,r,a))}catch(e){o(e)}}e.create=n.create,e.toCanvas=a.bind(null,r.render),e.toDataURL=a.bind(null,r.renderToDataURL),e.toString=a.bind(null,function(e,t,n){return i.render(e,n)})}))(),1);function aa({value:e,label:t}){let[n,r]=(0,O.useState)(null);return(0,O.useEffect)(()=>{let t=!0;return ia.toDataURL(e,{errorCorrectionLevel:`M`,margin:2,width:240}).then(e=>t&&r(e)),()=>{t=!1}},[e]),n?(0,L.jsx)(`img`,{className:`pay-qr`,src:n,alt:t,width:240,height:240}):(0,L.jsx)(`p`,{role:`status`,children:`正在生成二维码…`})}var oa=[`AWAITING_PAYMENT`,`REGISTERED`,`REFUNDED`],sa=3e3;function ca(){let[e,t]=(0,O.useState)(null),[n,r]=(0,O.useState)(null);(0,O.useEffect)(()=>{P(ki).then(e=>t(e.myApplications.filter(e=>oa.includes(e.status))),r)},[]);let i=(0,O.useCallback)(e=>t(t=>(t??[]).map(t=>t.id===e.id?e:t)),[]);return(0,L.jsxs)(lr,{title:`网上缴费`,lead:`审核通过后请在缴费截止前完成缴费，缴费成功即报名成功。报名费一经缴纳不予退还。`,children:[(0,L.jsx)(fr,{error:n}),!e&&!n&&(0,L.jsx)(pr,{}),e&&e.length===0&&(0,L.jsx)(R,{kind:`info`,children:`暂无需要缴费的报名。报名审核通过后可在此缴费。`}),e?.map(e=>(0,L.jsx)(la,{app:e,onChanged:i},e.id))]})}function la({app:e,onChanged:t}){let[n,r]=(0,O.useState)([]),[i,a]=(0,O.useState)(null),[o,s]=(0,O.useState)(!1),c=e.payment,l=e.status===`AWAITING_PAYMENT`&&c?.status===`PENDING`&&!!c.codeUrl;(0,O.useEffect)(()=>{if(!l)return;let n=setInterval(async()=>{try{let{refreshPayment:n}=await P(ji,{id:e.id});n.application&&t(n.application)}catch(e){a(e)}},sa);return()=>clearInterval(n)},[l,e.id,t]);async function u(){s(!0),a(null);try{let{payApplication:n}=await P(Ai,{id:e.id});r(n.userErrors),n.application&&t(n.application)}catch(e){a(e)}finally{s(!1)}}return(0,L.jsxs)(`section`,{className:`card payment`,"aria-labelledby":`pay-${e.id}`,children:[(0,L.jsxs)(`h2`,{id:`pay-${e.id}`,children:[e.session.name,` · `,e.qualification?.levelLabel,` `,e.qualification?.name]}),(0,L.jsxs)(`dl`,{className:`facts`,children:[(0,L.jsx)(`dt`,{children:`报名省市`}),(0,L.jsx)(`dd`,{children:e.region.name}),(0,L.jsx)(`dt`,{children:`报名状态`}),(0,L.jsx)(`dd`,{className:`payment__status`,children:e.statusLabel}),(0,L.jsx)(`dt`,{children:`报名费`}),(0,L.jsx)(`dd`,{children:e.feeText??`—`}),c&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`dt`,{children:`订单号`}),(0,L.jsx)(`dd`,{children:c.outTradeNo}),(0,L.jsx)(`dt`,{children:`订单状态`}),(0,L.jsx)(`dd`,{children:c.statusLabel})]})]}),(0,L.jsx)(z,{errors:n,title:`无法缴费：`}),(0,L.jsx)(fr,{error:i}),e.status===`AWAITING_PAYMENT`&&!l&&(0,L.jsx)(`button`,{type:`button`,className:`button button--primary`,disabled:o,onClick:()=>void u(),children:o?`正在生成订单…`:`微信扫码缴费`}),l&&c?.codeUrl&&(0,L.jsxs)(`div`,{className:`payment__qr`,children:[(0,L.jsx)(aa,{value:c.codeUrl,label:`缴费二维码，金额 ${e.feeText??``}`}),(0,L.jsxs)(`p`,{role:`status`,"aria-live":`polite`,children:[`请使用微信扫描二维码支付 `,e.feeText,`，支付完成后页面自动更新。二维码 `,jr(c.expiresAt),` 前有效。`]}),(0,L.jsxs)(`p`,{className:`field__hint`,children:[`演示环境：`,(0,L.jsx)(`a`,{href:c.codeUrl,target:`_blank`,rel:`noopener noreferrer`,className:`payment__sim-link`,children:`在模拟支付页打开`})]})]}),e.status===`REGISTERED`&&c?.status===`PAID`&&(0,L.jsxs)(R,{kind:`success`,children:[`缴费成功，报名成功！`,c.paidAt?`支付时间 ${jr(c.paidAt)}。`:``,c.receiptNo?`收据号 ${c.receiptNo}。`:``,c.receiptUrl&&(0,L.jsxs)(L.Fragment,{children:[` `,(0,L.jsx)(`a`,{href:c.receiptUrl,download:!0,children:`下载电子收据`})]})]})]})}var ua=I(`
  query PortalMyExams {
    myApplications {
      id
      status
      statusLabel
      session {
        code
        name
        firstExamDay
        lastExamDay
        ticketPrintOpensAt
        ticketPrintClosesAt
        scoreReleaseAt
      }
      region {
        name
      }
      area {
        name
      }
      qualification {
        name
        levelLabel
      }
      subjects {
        name
        order
        sitting
        durationMinutes
      }
      admissionTicket {
        id
        ticketNumber
        seat
        pdfUrl
        site {
          name
          address
        }
        room {
          code
        }
      }
      result {
        released
        releaseAt
        passed
        subjects {
          subject {
            name
          }
          points
          absent
          passMark
          fullMarks
          passed
        }
      }
      certificate {
        number
        issuedOn
        pdfUrl
      }
    }
  }
`);function da(e){let t=Date.now();return t<Date.parse(e.session.ticketPrintOpensAt)?`before`:t<Date.parse(e.session.ticketPrintClosesAt)?`open`:`ended`}function fa(){let[e,t]=(0,O.useState)(null),[n,r]=(0,O.useState)(null);(0,O.useEffect)(()=>{P(ua).then(t,r)},[]);let i=e?.myApplications.filter(e=>e.status===`REGISTERED`)??[];return(0,L.jsxs)(lr,{title:`打印准考证`,lead:`考场编排发布后，可在准考证打印期间下载准考证（PDF），请用 A4 纸打印并妥善保管。`,children:[(0,L.jsx)(fr,{error:n}),!e&&!n&&(0,L.jsx)(pr,{}),e&&i.length===0&&(0,L.jsx)(R,{kind:`info`,children:`暂无报名成功的考试。`}),i.map(e=>(0,L.jsxs)(`section`,{className:`card`,"aria-labelledby":`ticket-${e.id}`,children:[(0,L.jsxs)(`h2`,{id:`ticket-${e.id}`,children:[e.session.name,` · `,e.qualification?.levelLabel,` `,e.qualification?.name]}),(0,L.jsxs)(`p`,{children:[`打印时间：`,jr(e.session.ticketPrintOpensAt),` 至 `,jr(e.session.ticketPrintClosesAt)]}),e.admissionTicket?(0,L.jsxs)(L.Fragment,{children:[(0,L.jsxs)(`dl`,{className:`facts`,children:[(0,L.jsx)(`dt`,{children:`准考证号`}),(0,L.jsx)(`dd`,{children:e.admissionTicket.ticketNumber}),(0,L.jsx)(`dt`,{children:`考点`}),(0,L.jsxs)(`dd`,{children:[e.admissionTicket.site.name,`（`,e.admissionTicket.site.address,`）`]}),(0,L.jsx)(`dt`,{children:`考场`}),(0,L.jsx)(`dd`,{children:e.admissionTicket.room.code}),(0,L.jsx)(`dt`,{children:`座位号`}),(0,L.jsx)(`dd`,{children:e.admissionTicket.seat})]}),e.admissionTicket.pdfUrl&&da(e)===`open`?(0,L.jsx)(`p`,{children:(0,L.jsx)(`a`,{className:`button button--primary`,href:e.admissionTicket.pdfUrl,download:`准考证-${e.admissionTicket.ticketNumber}.pdf`,children:`下载准考证（PDF）`})}):(0,L.jsx)(R,{kind:`info`,children:da(e)===`ended`?`准考证打印时间已结束，不能再下载。`:`不在准考证打印期间，暂不能下载。`})]}):(0,L.jsxs)(R,{kind:`info`,children:[e.region.name,`尚未发布考场编排，请在打印期间再来。`]})]},e.id))]})}var pa=e=>`第 ${Math.ceil(e/2)} 天${e%2==1?`上午`:`下午`}`;function ma(){let{me:e}=sr(),[t,n]=(0,O.useState)(null),[r,i]=(0,O.useState)(null),a=e?.kind===`CANDIDATE`;(0,O.useEffect)(()=>{a&&P(ua).then(n,i)},[a]);let o=t?.myApplications.filter(e=>e.status===`REGISTERED`)??[];return(0,L.jsxs)(lr,{title:`考试安排`,children:[a&&(0,L.jsxs)(`section`,{"aria-labelledby":`my-exams`,children:[(0,L.jsx)(`h2`,{id:`my-exams`,children:`我的考试`}),(0,L.jsx)(fr,{error:r}),!t&&!r&&(0,L.jsx)(pr,{}),t&&o.length===0&&(0,L.jsx)(`p`,{children:`暂无报名成功的考试。`}),o.map(e=>(0,L.jsxs)(`div`,{className:`card`,children:[(0,L.jsxs)(`h3`,{children:[e.session.name,` · `,e.qualification?.name]}),(0,L.jsxs)(`p`,{children:[`考试日期：`,e.session.firstExamDay,e.session.lastExamDay===e.session.firstExamDay?``:` 至 ${e.session.lastExamDay}`,`；`,e.admissionTicket?`${e.admissionTicket.site.name} ${e.admissionTicket.room.code} 考场 ${e.admissionTicket.seat} 号座位`:`${e.area?.name??``}（考场待编排）`]}),(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data`,children:[(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`科目`}),(0,L.jsx)(`th`,{scope:`col`,children:`场次`}),(0,L.jsx)(`th`,{scope:`col`,children:`时长`})]})}),(0,L.jsx)(`tbody`,{children:[...e.subjects].sort((e,t)=>e.order-t.order).map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`td`,{children:e.name}),(0,L.jsx)(`td`,{children:pa(e.sitting)}),(0,L.jsxs)(`td`,{children:[e.durationMinutes,` 分钟`]})]},e.name))})]})})]},e.id))]}),(0,L.jsx)(Rr,{kinds:[`EXAM_ARRANGEMENT`],heading:`各地考试安排`})]})}function ha(){let[e,t]=(0,O.useState)(null),[n,r]=(0,O.useState)(null);(0,O.useEffect)(()=>{P(ua).then(t,r)},[]);let i=e?.myApplications.filter(e=>e.result&&e.status===`REGISTERED`)??[];return(0,L.jsxs)(lr,{title:`成绩查询`,lead:`成绩发布后可在此查询各科成绩；所有科目均须在同一次考试中合格，考试方为通过。`,children:[(0,L.jsx)(fr,{error:n}),!e&&!n&&(0,L.jsx)(pr,{}),e&&i.length===0&&(0,L.jsx)(R,{kind:`info`,children:`暂无可查询成绩的考试：报名成功的考试在成绩发布后显示在这里。`}),i.map(e=>(0,L.jsx)(ga,{application:e},e.id))]})}function ga({application:e}){let t=e.result,n=t.subjects.filter(e=>!e.passed).map(e=>e.subject.name);return(0,L.jsxs)(`section`,{className:`card`,"aria-labelledby":`result-${e.id}`,children:[(0,L.jsxs)(`h2`,{id:`result-${e.id}`,children:[e.session.name,` · `,e.qualification?.levelLabel,` `,e.qualification?.name]}),t.released?t.subjects.length===0?(0,L.jsxs)(L.Fragment,{children:[(0,L.jsxs)(`p`,{children:[`成绩发布时间：`,jr(t.releaseAt),`（北京时间）`]}),(0,L.jsx)(R,{kind:`info`,children:`暂无您的成绩记录，成绩录入后即可查询；如有疑问请联系报名地区的考试机构。`})]}):(0,L.jsxs)(L.Fragment,{children:[(0,L.jsxs)(`p`,{children:[`成绩发布时间：`,jr(t.releaseAt),`（北京时间）`]}),(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data`,children:[(0,L.jsx)(`caption`,{children:`各科成绩`}),(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`科目`}),(0,L.jsx)(`th`,{scope:`col`,children:`成绩`}),(0,L.jsx)(`th`,{scope:`col`,children:`合格标准`}),(0,L.jsx)(`th`,{scope:`col`,children:`结果`})]})}),(0,L.jsx)(`tbody`,{children:t.subjects.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`row`,children:e.subject.name}),(0,L.jsx)(`td`,{children:e.absent?`缺考`:e.points??`未录入`}),(0,L.jsxs)(`td`,{children:[e.passMark,` / `,e.fullMarks]}),(0,L.jsx)(`td`,{children:e.passed?`合格`:`不合格`})]},e.subject.name))})]})}),t.passed!=null&&(0,L.jsx)(R,{kind:t.passed?`success`:`info`,children:t.passed?`恭喜，本次考试通过。`:`本次考试未通过（${n.join(`、`)}不合格）。`}),e.certificate?(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`h3`,{children:`资格证书`}),(0,L.jsxs)(`dl`,{className:`facts`,children:[(0,L.jsx)(`dt`,{children:`证书编号`}),(0,L.jsx)(`dd`,{children:e.certificate.number}),(0,L.jsx)(`dt`,{children:`颁发日期`}),(0,L.jsx)(`dd`,{children:e.certificate.issuedOn})]}),(0,L.jsxs)(`p`,{children:[e.certificate.pdfUrl&&(0,L.jsx)(`a`,{className:`button`,href:e.certificate.pdfUrl,download:`证书-${e.certificate.number}.pdf`,children:`下载电子证书（PDF）`}),` `,(0,L.jsx)(Nn,{to:`/certificate`,children:`到证书查询核验`})]})]}):t.passed&&(0,L.jsx)(`p`,{children:`证书发放后，证书编号和电子证书将显示在这里。`})]}):(0,L.jsxs)(R,{kind:`info`,children:[`成绩尚未发布`,t.releaseAt?`，预计 ${jr(t.releaseAt)}（北京时间）发布`:`，发布时间另行通知`,`。`]})]})}var _a=[{to:`/`,label:`考生须知`,end:!0},{to:`/plan`,label:`考试计划`},{to:`/apply`,label:`考生报名`},{to:`/payment`,label:`网上缴费`},{to:`/ticket`,label:`打印准考证`},{to:`/arrangement`,label:`考试安排`},{to:`/results`,label:`成绩查询`},{to:`/certificate`,label:`证书查询`}];function va(){let{me:e}=sr();return e?null:(0,L.jsx)(Nn,{className:`button button--plain`,to:`/candidate-login`,children:`考生登录`})}function ya(){return(0,L.jsx)(cr,{area:`考生服务`,nav:_a,actions:(0,L.jsx)(va,{}),children:(0,L.jsxs)(mn,{children:[(0,L.jsx)(N,{index:!0,element:(0,L.jsx)(Br,{})}),(0,L.jsx)(N,{path:`plan`,element:(0,L.jsx)(Vr,{})}),(0,L.jsx)(N,{path:`candidate-login`,element:(0,L.jsx)(kr,{})}),(0,L.jsx)(N,{path:`privacy`,element:(0,L.jsx)(ur,{children:(0,L.jsx)(Ar,{})})}),(0,L.jsx)(N,{path:`apply`,element:(0,L.jsx)(ur,{consent:!0,children:(0,L.jsx)(Oi,{})})}),(0,L.jsx)(N,{path:`payment`,element:(0,L.jsx)(ur,{children:(0,L.jsx)(ca,{})})}),(0,L.jsx)(N,{path:`ticket`,element:(0,L.jsx)(ur,{children:(0,L.jsx)(fa,{})})}),(0,L.jsx)(N,{path:`arrangement`,element:(0,L.jsx)(ma,{})}),(0,L.jsx)(N,{path:`results`,element:(0,L.jsx)(ur,{children:(0,L.jsx)(ha,{})})}),(0,L.jsx)(N,{path:`certificate`,element:(0,L.jsx)(Wr,{})}),(0,L.jsx)(N,{path:`*`,element:(0,L.jsx)(lr,{title:`页面不存在`,children:`请从左侧菜单进入。`})})]})})}function ba({children:e,allowEnrolment:t=!1}){let{me:n}=sr(),r=xt(),i=encodeURIComponent(r.pathname+r.search);return!n||n.kind!==`STAFF`?(0,L.jsx)(fn,{to:`/login?next=${i}`,replace:!0}):n.totpEnrolmentRequired&&!t?(0,L.jsx)(fn,{to:`/account?next=${i}`,replace:!0}):(0,L.jsx)(L.Fragment,{children:e})}var xa=I(`
  query DeskSessions {
    examSessions {
      code
      name
      registrationOpen
    }
    formChoices {
      statuses {
        value
        label
      }
    }
    rejectionReasons {
      code
      label
      description
    }
  }
`),Sa=I(`
  query DeskRegions {
    regions {
      code
      name
    }
  }
`),Ca=I(`
  query DeskQueue($first: Int, $after: Cursor, $filter: ReviewQueueFilter, $order: ReviewQueueOrder, $sessionCode: String, $regionCode: String) {
    reviewQueue(first: $first, after: $after, filter: $filter, order: $order) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          name
          idNumberMasked
          status
          statusLabel
          submittedAt
          reviewDeadlineAt
          overdue
          nonLocal
          level
          qualification {
            code
            name
          }
          area {
            name
          }
          session {
            code
            name
          }
          claim {
            reviewerName
            expiresAt
            mine
          }
        }
      }
    }
    reviewCounts(sessionCode: $sessionCode, regionCode: $regionCode) {
      status
      label
      count
    }
  }
`),wa=I(`
  query DeskApplication($id: ID!) {
    node(id: $id) {
      ... on Application {
        id
        version
        status
        statusLabel
        name
        idTypeLabel
        idNumberMasked
        genderLabel
        birthDate
        age
        hukouCode
        title
        titleDate
        employmentLabel
        workUnit
        workStartDate
        educationLabel
        degreeLabel
        graduationDate
        majorRelationLabel
        majorName
        address
        email
        mobile
        landline
        postcode
        nonLocal
        feeTotalFen
        submittedAt
        reviewStartedAt
        reviewDeadlineAt
        decidedAt
        commitmentAcceptedAt
        overdue
        level
        region {
          code
          name
        }
        session {
          code
          name
        }
        qualification {
          code
          name
          levelLabel
        }
        subjects {
          name
        }
        area {
          name
        }
        photo {
          id
          url
          width
          height
        }
        materials {
          id
          url
          originalName
          contentType
          sizeBytes
          materialKindLabel
        }
        claim {
          reviewerName
          expiresAt
          mine
        }
        rejectionReasons {
          code
          label
        }
        decisions {
          id
          createdAt
          decision
          reasonCodes
          note
        }
        history {
          id
          createdAt
          fromStatusLabel
          toStatusLabel
          actorKindLabel
          reason
        }
      }
    }
    rejectionReasons {
      code
      label
      description
    }
    hukouChoices {
      code
      name
    }
  }
`),Ta=I(`
  mutation DeskClaim($id: ID!) {
    claimApplication(id: $id) {
      claim {
        reviewerName
        expiresAt
        mine
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Ea=I(`
  mutation DeskRelease($id: ID!) {
    releaseApplication(id: $id) {
      claim {
        reviewerName
        expiresAt
        mine
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Da=I(`
  mutation DeskApprove($id: ID!, $version: Int!, $note: String) {
    approveApplication(id: $id, version: $version, note: $note) {
      application {
        id
        version
        status
        statusLabel
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Oa=I(`
  mutation DeskReject($id: ID!, $version: Int!, $reasonCodes: [String!]!, $note: String) {
    rejectApplication(id: $id, version: $version, reasonCodes: $reasonCodes, note: $note) {
      application {
        id
        version
        status
        statusLabel
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),ka=I(`
  mutation DeskBulkApprove($items: [BulkApproveItem!]!, $note: String) {
    bulkApprove(items: $items, note: $note) {
      applications {
        id
        status
        statusLabel
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Aa=20,ja=[{value:`NEWEST_FIRST`,label:`提交时间（后提交的在前）`},{value:`DEADLINE_FIRST`,label:`审核期限（最近的在前）`}],Ma=[{value:`yes`,label:`仅已超期`},{value:`no`,label:`仅未超期`}];function Na(){let{me:e}=sr(),t=e?.staff?.role===`NATIONAL_ADMIN`,[n,r]=zn(),i=n.get(`session`)??``,a=n.get(`status`)??`PENDING_REVIEW`,o=n.get(`overdue`)??``,s=n.get(`q`)??``,c=n.get(`order`)??``,l=n.get(`region`)??``,[u,d]=(0,O.useState)({session:i,status:a,overdue:o,search:s,order:c,region:l}),[f,p]=(0,O.useState)([]),[m,h]=(0,O.useState)(null),[g,_]=(0,O.useState)(new Set),[v,y]=(0,O.useState)(``),[b,x]=(0,O.useState)([]),[S,C]=(0,O.useState)(null),[w,T]=(0,O.useState)(null),[ee,E]=(0,O.useState)(!1),D=ci(()=>P(xa),[]),te=ci(async()=>t?(await P(Sa)).regions:[],[t]),ne=(0,O.useMemo)(()=>(D.data?.formChoices.statuses??[]).map(e=>e.value).filter(e=>e!==`DRAFT`),[D.data]),re=(0,O.useMemo)(()=>({first:Aa,filter:{sessionCode:i||null,regionCode:l||null,statuses:a?[a]:ne.length?ne:null,overdue:o===`yes`||o!==`no`&&null,search:s.trim()||null},order:c||`OLDEST_FIRST`,sessionCode:i||null,regionCode:l||null}),[i,l,a,o,s,c,ne]),ie=ci(async()=>{let e=await P(Ca,re);return p([]),h(null),_(new Set),e},[re]),ae=(0,O.useMemo)(()=>[...(ie.data?.reviewQueue.edges??[]).flatMap(e=>e?.node?[e.node]:[]),...f],[ie.data,f]),oe=m??{next:ie.data?.reviewQueue.pageInfo.hasNextPage??!1,end:ie.data?.reviewQueue.pageInfo.endCursor??null};function se(e){e.preventDefault();let t=new URLSearchParams;u.session&&t.set(`session`,u.session),t.set(`status`,u.status),u.overdue&&t.set(`overdue`,u.overdue),u.search.trim()&&t.set(`q`,u.search.trim()),u.order&&t.set(`order`,u.order),u.region&&t.set(`region`,u.region),C(null),r(t)}async function ce(){if(!oe.end)return;let e=await P(Ca,{...re,after:oe.end});p(t=>[...t,...(e.reviewQueue.edges??[]).flatMap(e=>e?.node?[e.node]:[])]),h({next:e.reviewQueue.pageInfo.hasNextPage,end:e.reviewQueue.pageInfo.endCursor??null})}function le(e,t){_(n=>{let r=new Set(n);return t?r.add(e):r.delete(e),r})}let ue=ae.filter(e=>e.status===`PENDING_REVIEW`&&!(e.claim&&!e.claim.mine)),de=ue.length>0&&ue.every(e=>g.has(e.id));async function fe(){let e=ae.filter(e=>g.has(e.id)).map(e=>({id:e.id,version:e.version}));if(e.length!==0){E(!0),T(null),C(null);try{let t=await P(ka,{items:e,note:v.trim()||null});x(t.bulkApprove.userErrors),t.bulkApprove.userErrors.length===0&&(C(`已批量审核通过 ${t.bulkApprove.applications.length} 份报名。`),y(``),await ie.reload())}catch(e){T(e)}finally{E(!1)}}}let pe=(D.data?.examSessions??[]).map(e=>({value:e.code,label:`${e.name}（${e.code}）`})),me=(D.data?.formChoices.statuses??[]).filter(e=>e.value!==`DRAFT`),he=ie.data?.reviewCounts??[];return(0,L.jsxs)(lr,{title:`报名审核`,lead:`按考试批次、状态和期限筛选本地区的报名，逐份审核或批量审核通过。`,children:[(0,L.jsxs)(`form`,{className:`card filter-form`,onSubmit:se,"aria-label":`筛选报名`,children:[(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(V,{label:`考试批次`,value:u.session,onChange:e=>d({...u,session:e}),options:pe,placeholder:`全部批次`}),t&&(0,L.jsx)(V,{label:`报名地区`,value:u.region,onChange:e=>d({...u,region:e}),options:(te.data??[]).map(e=>({value:e.code,label:e.name})),placeholder:`全部地区`}),(0,L.jsx)(V,{label:`报名状态`,value:u.status,onChange:e=>d({...u,status:e}),options:me,placeholder:`全部状态`}),(0,L.jsx)(V,{label:`审核期限`,value:u.overdue,onChange:e=>d({...u,overdue:e}),options:Ma,placeholder:`全部`}),(0,L.jsx)(B,{label:`搜索考生`,hint:`姓名的一部分、完整的证件号码或 16 位准考证号`,value:u.search,onChange:e=>d({...u,search:e})}),(0,L.jsx)(V,{label:`排序`,value:u.order,onChange:e=>d({...u,order:e}),options:ja,placeholder:`提交时间（先提交的在前）`})]}),(0,L.jsx)(`div`,{className:`button-row`,children:(0,L.jsx)(`button`,{type:`submit`,className:`button button--primary`,children:`查询`})})]}),(0,L.jsx)(U,{error:D.error}),he.length>0&&(0,L.jsxs)(`section`,{"aria-labelledby":`counts-title`,children:[(0,L.jsx)(`h2`,{id:`counts-title`,className:`visually-hidden`,children:`各状态数量`}),(0,L.jsx)(`ul`,{className:`count-list`,children:he.map(e=>(0,L.jsxs)(`li`,{className:`count-list__item${e.status===a?` count-list__item--current`:``}`,children:[(0,L.jsx)(`span`,{className:`count-list__label`,children:e.label}),(0,L.jsx)(`span`,{className:`count-list__value`,children:e.count})]},e.status))})]}),ie.error?(0,L.jsx)(U,{error:ie.error}):null,ie.loading&&!ie.data&&(0,L.jsx)(pr,{}),S&&(0,L.jsx)(R,{kind:`success`,children:S}),(0,L.jsx)(z,{errors:b,title:`批量审核未执行（全部或全不通过）：`}),(0,L.jsx)(U,{error:w}),ie.data&&(0,L.jsxs)(`section`,{"aria-labelledby":`queue-title`,children:[(0,L.jsxs)(`h2`,{id:`queue-title`,children:[`报名列表 `,(0,L.jsxs)(`span`,{className:`muted`,children:[`（共 `,ie.data.reviewQueue.totalCount,` 份）`]})]}),ae.length===0?(0,L.jsx)(`p`,{children:`没有符合条件的报名。`}):(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data queue-table`,children:[(0,L.jsx)(`caption`,{className:`visually-hidden`,children:`报名列表，选择待审核的报名可批量审核通过`}),(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:(0,L.jsx)(`input`,{type:`checkbox`,"aria-label":`全选可审核的报名`,checked:de,disabled:ue.length===0,onChange:e=>_(e.target.checked?new Set(ue.map(e=>e.id)):new Set)})}),(0,L.jsx)(`th`,{scope:`col`,children:`姓名`}),(0,L.jsx)(`th`,{scope:`col`,children:`证件号码`}),(0,L.jsx)(`th`,{scope:`col`,children:`报考资格`}),(0,L.jsx)(`th`,{scope:`col`,children:`考区`}),(0,L.jsx)(`th`,{scope:`col`,children:`提交时间`}),(0,L.jsx)(`th`,{scope:`col`,children:`审核期限`}),(0,L.jsx)(`th`,{scope:`col`,children:`状态`}),(0,L.jsx)(`th`,{scope:`col`,children:`审核人`})]})}),(0,L.jsx)(`tbody`,{children:ae.map(e=>{let t=e.status===`PENDING_REVIEW`&&!(e.claim&&!e.claim.mine);return(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`td`,{children:(0,L.jsx)(`input`,{type:`checkbox`,"aria-label":`选择 ${e.name}`,checked:g.has(e.id),disabled:!t,onChange:t=>le(e.id,t.target.checked)})}),(0,L.jsxs)(`td`,{children:[(0,L.jsx)(Nn,{to:`/desk/applications/${encodeURIComponent(e.id)}`,children:e.name}),e.nonLocal&&(0,L.jsxs)(L.Fragment,{children:[` `,(0,L.jsx)(wi,{tone:`info`,children:`外地`})]})]}),(0,L.jsx)(`td`,{className:`mono`,children:e.idNumberMasked}),(0,L.jsx)(`td`,{children:e.qualification?.name??`—`}),(0,L.jsx)(`td`,{children:e.area?.name??`—`}),(0,L.jsx)(`td`,{children:gi(e.submittedAt)}),(0,L.jsxs)(`td`,{children:[gi(e.reviewDeadlineAt),e.overdue&&(0,L.jsxs)(L.Fragment,{children:[` `,(0,L.jsx)(wi,{tone:`bad`,children:`已超期`})]})]}),(0,L.jsx)(`td`,{children:e.statusLabel}),(0,L.jsx)(`td`,{children:e.claim?(0,L.jsxs)(`span`,{children:[e.claim.mine?`我`:e.claim.reviewerName,`（至 `,gi(e.claim.expiresAt).slice(-5),`）`]}):(0,L.jsx)(`span`,{className:`muted`,children:`—`})})]},e.id)})})]})}),oe.next&&(0,L.jsx)(`div`,{className:`button-row`,children:(0,L.jsx)(`button`,{type:`button`,className:`button`,onClick:()=>void ce(),children:`加载更多`})}),ue.length>0&&(0,L.jsxs)(`div`,{className:`card bulk-bar`,children:[(0,L.jsx)(`h3`,{children:`批量审核通过`}),(0,L.jsxs)(`p`,{children:[`已选择 `,g.size,` 份。批量审核要么全部通过，要么全部不执行；被其他审核员领取的报名不能选择。`]}),(0,L.jsx)(Ci,{label:`审核意见（可选）`,value:v,onChange:y,rows:2,maxLength:500}),(0,L.jsx)(`div`,{className:`button-row`,children:(0,L.jsx)(`button`,{type:`button`,className:`button button--primary`,disabled:ee||g.size===0,onClick:()=>void fe(),children:ee?`正在提交…`:`批量审核通过（${g.size}）`})})]})]})]})}function Pa(e){return e>=1048576?`${(e/1024/1024).toFixed(1)} MB`:`${Math.max(1,Math.round(e/1024))} KB`}function Fa(){let{id:e=``}=Tt(),t=ci(()=>P(wa,{id:e}),[e]),n=t.data?.node&&`version`in t.data.node?t.data.node:null,r=t.data?.rejectionReasons??[],[i,a]=(0,O.useState)(void 0),[o,s]=(0,O.useState)([]),[c,l]=(0,O.useState)(`approve`),[u,d]=(0,O.useState)(``),[f,p]=(0,O.useState)([]),[m,h]=(0,O.useState)([]),[g,_]=(0,O.useState)(null),[v,y]=(0,O.useState)(null),[b,x]=(0,O.useState)(!1),S=(0,O.useRef)(null),C=n?.status===`PENDING_REVIEW`,w=i===void 0?n?.claim:i,T=!!w&&!w.mine;(0,O.useEffect)(()=>{n&&C&&S.current!==n.id&&(S.current=n.id,(!n.claim||n.claim.mine)&&(async()=>{try{let e=await P(Ta,{id:n.id});s(e.claimApplication.userErrors),e.claimApplication.claim&&a(e.claimApplication.claim)}catch(e){_(e)}})())},[n,C]);async function ee(){if(n)try{let e=await P(Ea,{id:n.id});s(e.releaseApplication.userErrors),e.releaseApplication.userErrors.length===0&&a(null)}catch(e){_(e)}}async function E(){if(n)try{let e=await P(Ta,{id:n.id});s(e.claimApplication.userErrors),e.claimApplication.claim&&a(e.claimApplication.claim)}catch(e){_(e)}}async function D(r){if(r.preventDefault(),!n)return;if(_(null),y(null),c===`reject`&&f.length===0){h([{field:[`reasonCodes`],code:`REQUIRED`,message:`请至少选择一项不通过原因`}]);return}x(!0);let i=!1;try{if(c===`approve`){let e=await P(Da,{id:n.id,version:n.version,note:u.trim()||null});h(e.approveApplication.userErrors),i=!!e.approveApplication.application,e.approveApplication.application&&y(`已审核通过，报名状态：${e.approveApplication.application.statusLabel}。`)}else{let e=await P(Oa,{id:n.id,version:n.version,reasonCodes:f,note:u.trim()||null});h(e.rejectApplication.userErrors),i=!!e.rejectApplication.application,e.rejectApplication.application&&y(`已审核不通过，报名状态：${e.rejectApplication.application.statusLabel}。考生将收到不通过原因。`)}i&&(a(null),d(``),S.current=e,await t.reload())}catch(e){_(e)}finally{x(!1)}}if(t.loading&&!t.data)return(0,L.jsx)(pr,{});if(t.error||!n)return(0,L.jsxs)(lr,{title:`报名详情`,children:[(0,L.jsx)(U,{error:t.error??{message:``}}),!t.error&&(0,L.jsx)(R,{children:`未找到该报名。`}),(0,L.jsx)(`p`,{children:(0,L.jsx)(Nn,{to:`/desk`,children:`返回报名列表`})})]});let te=[[`考试批次`,`${n.session.name}（${n.session.code}）`],[`报名地区`,n.region.name],[`报考资格`,n.qualification?`${n.qualification.name}（${n.qualification.levelLabel}）`:`—`],[`考试科目`,n.subjects.map(e=>e.name).join(`、`)||`—`],[`考区`,n.area?.name??`—`],[`证件类型`,n.idTypeLabel],[`证件号码`,n.idNumberMasked],[`性别`,n.genderLabel??`—`],[`出生日期`,n.birthDate??`—`],[`年龄`,n.age==null?`—`:String(n.age)],[`户籍所在地`,t.data?.hukouChoices.find(e=>e.code===n.hukouCode)?.name??n.hukouCode??`—`],[`外地考生`,n.nonLocal==null?`—`:n.nonLocal?`是`:`否`],[`职称`,n.title??`—`],[`在职情况`,n.employmentLabel??`—`],[`工作单位`,n.workUnit??`—`],[`参加工作时间`,n.workStartDate??`—`],[`学历`,n.educationLabel??`—`],[`学位`,n.degreeLabel??`—`],[`毕业时间`,n.graduationDate??`—`],[`所学专业`,`${n.majorName??`—`}（${n.majorRelationLabel??`—`}）`],[`通信地址`,n.address??`—`],[`邮政编码`,n.postcode??`—`],[`电子邮箱`,n.email??`—`],[`手机`,n.mobile??`—`],[`固定电话`,n.landline??`—`],[`诚信考试承诺书`,n.commitmentAcceptedAt?`已签署（${gi(n.commitmentAcceptedAt)}）`:`未签署`],[`应缴费用`,n.feeTotalFen==null?`审核通过后确定`:fi(n.feeTotalFen)]];return(0,L.jsxs)(lr,{title:`报名审核：${n.name}`,children:[(0,L.jsx)(`p`,{children:(0,L.jsx)(Nn,{to:`/desk`,children:`← 返回报名列表`})}),(0,L.jsxs)(`div`,{className:`review-head card`,children:[(0,L.jsxs)(`dl`,{className:`facts`,children:[(0,L.jsx)(`dt`,{children:`报名状态`}),(0,L.jsxs)(`dd`,{children:[(0,L.jsx)(`strong`,{children:n.statusLabel}),n.overdue&&(0,L.jsxs)(L.Fragment,{children:[` `,(0,L.jsx)(wi,{tone:`bad`,children:`已超期`})]})]}),(0,L.jsx)(`dt`,{children:`提交时间`}),(0,L.jsx)(`dd`,{children:gi(n.submittedAt)}),(0,L.jsx)(`dt`,{children:`审核期限`}),(0,L.jsx)(`dd`,{children:gi(n.reviewDeadlineAt)}),(0,L.jsx)(`dt`,{children:`审核人`}),(0,L.jsx)(`dd`,{children:w?(0,L.jsxs)(L.Fragment,{children:[w.mine?`我`:w.reviewerName,`正在审核（锁定至 `,gi(w.expiresAt),`）`,w.mine&&C&&(0,L.jsxs)(L.Fragment,{children:[` `,(0,L.jsx)(`button`,{type:`button`,className:`button button--plain button--small`,onClick:()=>void ee(),children:`放弃审核`})]})]}):C?(0,L.jsxs)(L.Fragment,{children:[`无人领取`,` `,(0,L.jsx)(`button`,{type:`button`,className:`button button--plain button--small`,onClick:()=>void E(),children:`领取审核`})]}):`—`})]}),(0,L.jsx)(z,{errors:o,title:`领取审核：`})]}),(0,L.jsxs)(`div`,{className:`review-grid`,children:[(0,L.jsxs)(`section`,{className:`card`,"aria-labelledby":`photo-title`,children:[(0,L.jsx)(`h2`,{id:`photo-title`,children:`证件照片`}),n.photo?(0,L.jsx)(`img`,{className:`review-photo`,src:n.photo.url,alt:`${n.name}的证件照片`,width:n.photo.width??295,height:n.photo.height??413}):(0,L.jsx)(`p`,{children:`未上传照片。`})]}),(0,L.jsxs)(`section`,{className:`card`,"aria-labelledby":`form-title`,children:[(0,L.jsx)(`h2`,{id:`form-title`,children:`报名信息`}),(0,L.jsx)(`dl`,{className:`facts`,children:te.map(([e,t])=>(0,L.jsxs)(`div`,{className:`facts__row`,children:[(0,L.jsx)(`dt`,{children:e}),(0,L.jsx)(`dd`,{children:t})]},e))})]})]}),(0,L.jsxs)(`section`,{className:`card`,"aria-labelledby":`materials-title`,children:[(0,L.jsx)(`h2`,{id:`materials-title`,children:`证明材料`}),n.materials&&n.materials.length>0?(0,L.jsx)(`ul`,{className:`material-list`,children:n.materials.map(e=>(0,L.jsxs)(`li`,{children:[(0,L.jsxs)(`a`,{href:e.url,target:`_blank`,rel:`noopener noreferrer`,children:[e.materialKindLabel??`材料`,`：`,e.originalName]}),` `,(0,L.jsxs)(`span`,{className:`muted`,children:[`（`,e.contentType===`application/pdf`?`PDF`:`JPEG`,`，`,Pa(e.sizeBytes),`，在新窗口打开）`]})]},e.id))}):(0,L.jsx)(`p`,{children:`无证明材料。`})]}),v&&(0,L.jsx)(R,{kind:`success`,children:v}),(0,L.jsx)(U,{error:g}),C&&(0,L.jsxs)(`section`,{className:`card`,"aria-labelledby":`decide-title`,children:[(0,L.jsx)(`h2`,{id:`decide-title`,children:`审核意见`}),T&&(0,L.jsxs)(R,{kind:`info`,children:[w?.reviewerName,` 正在审核此报名，暂不能作出决定。`]}),(0,L.jsxs)(`form`,{onSubmit:D,noValidate:!0,children:[(0,L.jsx)(z,{errors:Hr(m,[`reasonCodes`,`note`])}),(0,L.jsxs)(`fieldset`,{className:`field field--group`,children:[(0,L.jsx)(`legend`,{className:`field__label`,children:`审核结论`}),(0,L.jsxs)(`div`,{className:`field__choices`,children:[(0,L.jsxs)(`label`,{className:`choice`,children:[(0,L.jsx)(`input`,{type:`radio`,name:`decision`,value:`approve`,checked:c===`approve`,onChange:()=>l(`approve`)}),(0,L.jsx)(`span`,{children:`审核通过`})]}),(0,L.jsxs)(`label`,{className:`choice`,children:[(0,L.jsx)(`input`,{type:`radio`,name:`decision`,value:`reject`,checked:c===`reject`,onChange:()=>l(`reject`)}),(0,L.jsx)(`span`,{children:`审核不通过`})]})]})]}),c===`reject`&&(0,L.jsxs)(`fieldset`,{className:`field field--group${H(m,`reasonCodes`).length?` field--invalid`:``}`,"aria-describedby":H(m,`reasonCodes`).length?`reasons-error`:void 0,children:[(0,L.jsxs)(`legend`,{className:`field__label`,children:[`不通过原因`,(0,L.jsx)(`span`,{className:`field__required`,children:` （必填，可多选）`})]}),(0,L.jsx)(`div`,{className:`reason-list`,children:r.map(e=>(0,L.jsxs)(`label`,{className:`choice choice--block`,children:[(0,L.jsx)(`input`,{type:`checkbox`,value:e.code,checked:f.includes(e.code),onChange:t=>p(t.target.checked?[...f,e.code]:f.filter(t=>t!==e.code))}),(0,L.jsxs)(`span`,{children:[(0,L.jsx)(`strong`,{children:e.label}),e.description&&(0,L.jsxs)(`span`,{className:`muted`,children:[` — `,e.description]})]})]},e.code))}),(0,L.jsx)(xr,{id:`reasons-error`,errors:H(m,`reasonCodes`)})]}),(0,L.jsx)(Ci,{label:c===`reject`?`补充说明（考生可见）`:`审核意见（可选）`,hint:c===`reject`?`说明需要考生更正的内容，考生在更正期限内修改后可重新提交。`:void 0,value:u,onChange:d,maxLength:500,errors:H(m,`note`)}),(0,L.jsx)(`div`,{className:`button-row`,children:(0,L.jsx)(`button`,{type:`submit`,className:`button ${c===`reject`?`button--danger`:`button--primary`}`,disabled:b||T,children:b?`正在提交…`:c===`reject`?`提交：审核不通过`:`提交：审核通过`})})]})]}),n.rejectionReasons.length>0&&(0,L.jsxs)(`section`,{className:`card`,"aria-labelledby":`last-reasons-title`,children:[(0,L.jsx)(`h2`,{id:`last-reasons-title`,children:`最近一次不通过原因`}),(0,L.jsx)(`ul`,{children:n.rejectionReasons.map(e=>(0,L.jsx)(`li`,{children:e.label},e.code))})]}),(0,L.jsxs)(`section`,{className:`card`,"aria-labelledby":`history-title`,children:[(0,L.jsx)(`h2`,{id:`history-title`,children:`办理记录`}),n.history&&n.history.length>0?(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data`,children:[(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`时间`}),(0,L.jsx)(`th`,{scope:`col`,children:`状态变化`}),(0,L.jsx)(`th`,{scope:`col`,children:`操作人`}),(0,L.jsx)(`th`,{scope:`col`,children:`说明`})]})}),(0,L.jsx)(`tbody`,{children:n.history.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`td`,{children:gi(e.createdAt)}),(0,L.jsxs)(`td`,{children:[e.fromStatusLabel??`—`,` → `,e.toStatusLabel]}),(0,L.jsx)(`td`,{children:e.actorKindLabel}),(0,L.jsx)(`td`,{children:e.reason||`—`})]},e.id))})]})}):(0,L.jsx)(`p`,{children:`暂无记录。`})]})]})}function Ia(){let{me:e}=sr(),t=e?.staff?.role===`REGION_ADMIN`||e?.staff?.role===`NATIONAL_ADMIN`;return(0,L.jsx)(ba,{children:(0,L.jsx)(cr,{area:`审核工作台`,nav:[{to:`/desk`,label:`报名审核`,end:!0},...t?[{to:`/console`,label:`管理后台`}]:[]],children:(0,L.jsxs)(mn,{children:[(0,L.jsx)(N,{index:!0,element:(0,L.jsx)(Na,{})}),(0,L.jsx)(N,{path:`applications/:id`,element:(0,L.jsx)(Fa,{})}),(0,L.jsx)(N,{path:`*`,element:(0,L.jsx)(lr,{title:`页面不存在`,children:`请从左侧菜单进入。`})})]})})})}function La(e){if(e<=5)return 5;let t=10**Math.floor(Math.log10(e));for(let n of[1,2,2.5,5,10])if(n*t>=e)return n*t;return 10*t}function Ra(e,t){return e.length>t?`${e.slice(0,t-1)}…`:e}function za({caption:e,head:t,rows:n}){return(0,L.jsxs)(`details`,{className:`chart-table`,children:[(0,L.jsx)(`summary`,{children:`查看数据表`}),(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data`,children:[(0,L.jsx)(`caption`,{className:`visually-hidden`,children:e}),(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:t[0]}),(0,L.jsx)(`th`,{scope:`col`,children:t[1]})]})}),(0,L.jsx)(`tbody`,{children:n.map(([e,t],n)=>(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`td`,{children:e}),(0,L.jsx)(`td`,{children:t})]},`${e}-${n}`))})]})})]})}function Ba({title:e,data:t,unit:n=`人`,max:r=12}){let i=(0,O.useId)(),a=[...t].sort((e,t)=>t.value-e.value),o=a,s=null;if(a.length>r){o=a.slice(0,r-1);let e=a.slice(r-1);s={label:`其他（${e.length} 项）`,value:e.reduce((e,t)=>e+t.value,0)}}let c=s?[...o,s]:o,l=t.reduce((e,t)=>e+t.value,0),u=La(Math.max(1,...c.map(e=>e.value))),d=Math.max(1,c.length)*26+8;return(0,L.jsxs)(`figure`,{className:`chart-figure`,children:[(0,L.jsx)(`figcaption`,{id:`${i}-t`,className:`chart-figure__title`,children:e}),c.length===0?(0,L.jsx)(`p`,{className:`muted`,children:`暂无数据`}):(0,L.jsxs)(L.Fragment,{children:[(0,L.jsxs)(`svg`,{className:`chart`,viewBox:`0 0 470 ${d}`,role:`img`,"aria-labelledby":`${i}-t ${i}-d`,children:[(0,L.jsxs)(`desc`,{id:`${i}-d`,children:[c.map(e=>`${e.label} ${e.value}${n}`).join(`，`),`；合计 `,l,n]}),(0,L.jsx)(`line`,{className:`chart__axis`,x1:150,y1:0,x2:150,y2:d-4}),c.map((e,t)=>{let n=Math.max(e.value>0?2:0,e.value/u*260),r=t*26+4;return(0,L.jsxs)(`g`,{children:[(0,L.jsx)(`text`,{className:`chart__label`,x:144,y:r+14,textAnchor:`end`,children:Ra(e.label,11)}),(0,L.jsx)(`rect`,{className:s&&t===c.length-1?`chart__bar chart__bar--muted`:`chart__bar`,x:150,y:r,width:n,height:18}),(0,L.jsx)(`text`,{className:`chart__value`,x:150+n+4,y:r+14,children:e.value})]},`${e.label}-${t}`)})]}),(0,L.jsx)(za,{caption:e,head:[`项目`,`数量（${n}）`],rows:a.map(e=>[e.label,String(e.value)])})]})]})}function Va({title:e,data:t}){let n=(0,O.useId)(),r=La(Math.max(1,...t.map(e=>e.submitted))),i=La(Math.max(1,...t.map(e=>e.cumulative))),a=Math.max(1,t.length),o=400/a,s=Math.min(28,Math.max(2,o*.6)),c=Math.ceil(a/6),l=t.map((e,t)=>`${(40+o*t+o/2).toFixed(1)},${(190-e.cumulative/i*180).toFixed(1)}`).join(` `);return(0,L.jsxs)(`figure`,{className:`chart-figure`,children:[(0,L.jsx)(`figcaption`,{id:`${n}-t`,className:`chart-figure__title`,children:e}),t.length===0?(0,L.jsx)(`p`,{className:`muted`,children:`暂无数据`}):(0,L.jsxs)(L.Fragment,{children:[(0,L.jsxs)(`svg`,{className:`chart`,viewBox:`0 0 480 220`,role:`img`,"aria-labelledby":`${n}-t ${n}-d`,children:[(0,L.jsxs)(`desc`,{id:`${n}-d`,children:[`共 `,t.length,` 天，累计 `,t[t.length-1].cumulative,` 人；单日最多 `,Math.max(...t.map(e=>e.submitted)),` 人。`]}),(0,L.jsx)(`line`,{className:`chart__axis`,x1:40,y1:190,x2:440,y2:190}),(0,L.jsx)(`line`,{className:`chart__axis`,x1:40,y1:10,x2:40,y2:190}),(0,L.jsx)(`line`,{className:`chart__axis`,x1:440,y1:10,x2:440,y2:190}),(0,L.jsx)(`text`,{className:`chart__tick`,x:36,y:20,textAnchor:`end`,children:i}),(0,L.jsx)(`text`,{className:`chart__tick`,x:36,y:190,textAnchor:`end`,children:`0`}),(0,L.jsx)(`text`,{className:`chart__tick`,x:444,y:20,children:r}),t.map((e,t)=>{let n=e.submitted/r*180,i=40+o*t+(o-s)/2;return(0,L.jsxs)(`g`,{children:[(0,L.jsx)(`rect`,{className:`chart__bar chart__bar--alt`,x:i,y:190-n,width:s,height:n}),t%c===0&&(0,L.jsx)(`text`,{className:`chart__tick`,x:40+o*t+o/2,y:210,textAnchor:`middle`,children:e.day.slice(5)})]},e.day)}),(0,L.jsx)(`polyline`,{className:`chart__line`,points:l}),t.map((e,t)=>(0,L.jsx)(`circle`,{className:`chart__dot`,cx:40+o*t+o/2,cy:190-e.cumulative/i*180,r:2.5},e.day))]}),(0,L.jsxs)(`ul`,{className:`legend`,children:[(0,L.jsxs)(`li`,{children:[(0,L.jsx)(`span`,{className:`legend__swatch legend__swatch--bar`,"aria-hidden":`true`}),`每日新增（右轴）`]}),(0,L.jsxs)(`li`,{children:[(0,L.jsx)(`span`,{className:`legend__swatch legend__swatch--line`,"aria-hidden":`true`}),`累计报名（左轴）`]})]}),(0,L.jsx)(za,{caption:e,head:[`日期`,`新增 / 累计`],rows:t.map(e=>[e.day,`${e.submitted} / ${e.cumulative}`])})]})]})}var Ha=I(`
  query ConsoleScope {
    examSessions {
      code
      name
      registrationOpen
      ticketPrintOpensAt
      ticketPrintClosesAt
      registrationOpensAt
      registrationClosesAt
    }
    regions {
      code
      name
    }
  }
`),Ua=I(`
  query ConsoleRegion($code: String!) {
    region(code: $code) {
      code
      name
      policies {
        id
        session {
          code
          name
        }
        registrationOpensAt
        registrationClosesAt
        correctionClosesAt
        paymentOpensAt
        paymentClosesAt
        reviewMode
        reviewModeLabel
        reviewWorkingDays
        feePerSubjectFen
        feeJuniorFen
        feeIntermediateFen
        feeSeniorFen
        free
        commitmentRequired
        nonLocalAllowed
        absenteeBan
      }
      areas {
        id
        code
        name
        levels
        sortOrder
        disabled
        sites {
          id
          code
          name
          address
          disabled
          rooms {
            id
            code
            capacity
            disabled
          }
        }
      }
      notices {
        id
        kind
        kindLabel
        title
        body
        publishedAt
        sortOrder
        disabled
        session {
          code
          name
        }
      }
    }
  }
`),Wa=I(`
  mutation ConsoleUpdatePolicy($id: ID!, $input: RegionPolicyInput!) {
    updateRegionPolicy(id: $id, input: $input) {
      regionPolicy {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Ga=I(`
  mutation ConsoleCreateArea($regionCode: String!, $input: CreateExamAreaInput!) {
    createExamArea(regionCode: $regionCode, input: $input) {
      examArea {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Ka=I(`
  mutation ConsoleUpdateArea($id: ID!, $input: UpdateExamAreaInput!) {
    updateExamArea(id: $id, input: $input) {
      examArea {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),qa=I(`
  mutation ConsoleCreateSite($areaId: ID!, $input: CreateExamSiteInput!) {
    createExamSite(areaId: $areaId, input: $input) {
      examSite {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Ja=I(`
  mutation ConsoleUpdateSite($id: ID!, $input: UpdateExamSiteInput!) {
    updateExamSite(id: $id, input: $input) {
      examSite {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Ya=I(`
  mutation ConsoleCreateRoom($siteId: ID!, $input: CreateExamRoomInput!) {
    createExamRoom(siteId: $siteId, input: $input) {
      examRoom {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Xa=I(`
  mutation ConsoleUpdateRoom($id: ID!, $input: UpdateExamRoomInput!) {
    updateExamRoom(id: $id, input: $input) {
      examRoom {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Za=I(`
  query ConsoleSeatPlanRuns($sessionCode: String!, $regionCode: String) {
    seatPlanRuns(sessionCode: $sessionCode, regionCode: $regionCode) {
      id
      status
      seating
      candidates
      staged
      startedAt
      finishedAt
      publishedAt
      runByName
      inputsDigest
      region {
        code
        name
      }
      shortfalls {
        area {
          id
          name
        }
        need
        have
        lack
      }
    }
  }
`),Qa=I(`
  mutation ConsoleRunSeatPlan($sessionCode: String!, $regionCode: String) {
    runSeatPlan(sessionCode: $sessionCode, regionCode: $regionCode) {
      run {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),$a=I(`
  mutation ConsolePublishSeatPlan($runId: ID!) {
    publishSeatPlan(runId: $runId) {
      run {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),eo=I(`
  query ConsoleStatistics($sessionCode: String!, $regionCode: String) {
    statistics(sessionCode: $sessionCode, regionCode: $regionCode) {
      session {
        code
        name
      }
      region {
        code
        name
      }
      byStatus {
        key
        label
        count
      }
      registrations
      byLevel {
        key
        label
        count
      }
      byQualification {
        key
        label
        count
      }
      byArea {
        key
        label
        count
      }
      byDay {
        day
        submitted
        cumulative
      }
      local
      nonLocal
      byEducation {
        key
        label
        count
      }
      byEmployment {
        key
        label
        count
      }
      revenueFen
      paidOrders
      review {
        onTime
        late
        waiting
        overdue
      }
      seats {
        site {
          id
          name
        }
        rooms
        capacity
        used
      }
      results {
        registered
        sat
        absent
        passed
        passRate
      }
      reportUrl
    }
  }
`),to=I(`
  query ConsoleExports($sessionCode: String!, $regionCode: String) {
    applicationExports(sessionCode: $sessionCode, regionCode: $regionCode, first: 20) {
      totalCount
      edges {
        node {
          id
          createdAt
          format
          status
          statusLabel
          rowsDone
          rowsTotal
          progress
          fileName
          fileBytes
          sha256
          error
          downloadUrl
          requestedByName
          fullIdNumbers
          region {
            name
          }
        }
      }
    }
  }
`),no=I(`
  mutation ConsoleStartExport($input: StartApplicationExportInput!) {
    startApplicationExport(input: $input) {
      export {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),ro=I(`
  mutation ConsoleCreateNotice($regionCode: String!, $input: CreateNoticeInput!) {
    createNotice(regionCode: $regionCode, input: $input) {
      notice {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),io=I(`
  mutation ConsoleUpdateNotice($id: ID!, $input: UpdateNoticeInput!) {
    updateNotice(id: $id, input: $input) {
      notice {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),ao=I(`
  mutation ConsoleDisableNotice($id: ID!) {
    disableNotice(id: $id) {
      notice {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),oo=I(`
  query ConsoleFormChoices {
    formChoices {
      statuses {
        value
        label
      }
    }
  }
`),so=I(`
  query ConsolePreviewNotice($audience: NoticeAudienceInput!) {
    previewNotice(audience: $audience)
  }
`),co=I(`
  mutation ConsoleSendNotice($input: SendNoticeInput!) {
    sendNotice(input: $input) {
      recipients
      userErrors {
        field
        message
        code
      }
    }
  }
`),lo=I(`
  query ConsoleDeliveryStatistics($regionCode: String) {
    deliveryStatistics(regionCode: $regionCode) {
      channel
      status
      count
    }
  }
`),uo=I(`
  query ConsoleAuditLogs($first: Int, $after: Cursor, $actorId: ID, $recordId: String, $action: String, $from: Time, $to: Time) {
    auditLogs(first: $first, after: $after, actorId: $actorId, recordId: $recordId, action: $action, from: $from, to: $to) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          createdAt
          actorKind
          staffID
          action
          recordType
          recordID
          before
          after
          requestID
          clientIP
          staff {
            id
            username
            displayName
          }
          region {
            code
            name
          }
        }
      }
    }
  }
`),fo=I(`
  query ConsoleTicketSearch($filter: ReviewQueueFilter) {
    reviewQueue(first: 50, filter: $filter, order: NEWEST_FIRST) {
      totalCount
      edges {
        node {
          id
          name
          idNumberMasked
          region {
            code
            name
          }
          area {
            id
            name
          }
          admissionTicket {
            id
            ticketNumber
            seat
            room {
              id
              code
              site {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`),po=I(`
  query ConsoleAreaRooms($code: String!) {
    region(code: $code) {
      code
      areas {
        id
        sites {
          id
          name
          disabled
          rooms {
            id
            code
            capacity
            disabled
          }
        }
      }
    }
  }
`),mo=I(`
  mutation ConsoleMoveSeat($ticketId: ID!, $roomId: ID!, $seat: Int!, $reason: String!) {
    moveSeat(ticketId: $ticketId, roomId: $roomId, seat: $seat, reason: $reason) {
      ticket {
        id
        ticketNumber
        seat
        room {
          id
          code
          site {
            id
            name
          }
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);function ho(e=`open`){let{me:t}=sr(),n=t?.staff?.role===`NATIONAL_ADMIN`,r=t?.staff?.region??null,[i,a]=zn(),o=ci(()=>P(Ha),[]),s=(0,O.useMemo)(()=>o.data?.examSessions??[],[o.data]),c=(0,O.useMemo)(()=>{let t=Date.now();if(e===`print`){let e=s.find(e=>Date.parse(e.ticketPrintOpensAt)<=t&&t<Date.parse(e.ticketPrintClosesAt));if(e)return e.code}return(s.find(e=>e.registrationOpen)??s[0])?.code??``},[s,e]),l=i.get(`session`)||c,u=n?i.get(`region`)??``:r?.code??``,d=n?o.data?.regions.find(e=>e.code===u)?.name??`全国`:r?.name??``;function f(e,t){let n=new URLSearchParams(i);t?n.set(e,t):n.delete(e),a(n,{replace:!0})}return{national:n,session:l,region:u,regionName:d,sessions:s,regions:o.data?.regions??[],error:o.error,ready:!!o.data,setSession:e=>f(`session`,e),setRegion:e=>f(`region`,e)}}function go({scope:e,withSession:t=!0,countryAllowed:n=!1}){return(0,L.jsxs)(`div`,{className:`card`,children:[(0,L.jsx)(U,{error:e.error}),(0,L.jsxs)(`div`,{className:`form-grid`,children:[t&&(0,L.jsx)(V,{label:`考试批次`,value:e.session,onChange:e.setSession,options:e.sessions.map(e=>({value:e.code,label:`${e.name}（${e.code}）`})),placeholder:`请选择考试批次`}),e.national?(0,L.jsx)(V,{label:`地区`,value:e.region,onChange:e.setRegion,options:e.regions.map(e=>({value:e.code,label:`${e.name}（${e.code}）`})),placeholder:n?`全国`:`请选择地区`}):(0,L.jsxs)(`p`,{className:`scope-region`,children:[(0,L.jsx)(`span`,{className:`muted`,children:`地区：`}),e.regionName]})]})]})}function _o(){let e=ho(`open`),t=ci(async()=>e.session?(await P(eo,{sessionCode:e.session,regionCode:e.region||null})).statistics:null,[e.session,e.region]),[n,r]=(0,O.useState)(null),[i,a]=(0,O.useState)(!1),o=t.data;async function s(){r(null),a(!0);try{await Zn((await P(eo,{sessionCode:e.session,regionCode:e.region||null})).statistics.reportUrl,`报名统计报告-${e.session}.pdf`)}catch(e){r(e)}finally{a(!1)}}let c=o?.byStatus.find(e=>e.key===`REGISTERED`)?.count??0,l=o?.seats.reduce((e,t)=>e+t.capacity,0)??0,u=o?.seats.reduce((e,t)=>e+t.used,0)??0,d=(e,t)=>t>0?`${(e/t*100).toFixed(1)}%`:`—`;return(0,L.jsxs)(lr,{title:`统计分析`,lead:`报名人数为已提交且仍有效的报名（不含草稿、已撤回、已失效）。`,children:[(0,L.jsx)(go,{scope:e,countryAllowed:!0}),(0,L.jsx)(U,{error:t.error}),t.loading&&!o&&(0,L.jsx)(pr,{}),o&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsxs)(`section`,{"aria-labelledby":`key-title`,children:[(0,L.jsxs)(`h2`,{id:`key-title`,children:[`关键数据 `,(0,L.jsxs)(`span`,{className:`muted`,children:[`（`,o.session.name,` · `,o.region?.name??`全国`,`）`]})]}),(0,L.jsxs)(`ul`,{className:`stat-grid`,children:[(0,L.jsxs)(`li`,{children:[(0,L.jsx)(`span`,{className:`stat-grid__label`,children:`报名人数`}),(0,L.jsx)(`span`,{className:`stat-grid__value`,children:o.registrations})]}),(0,L.jsxs)(`li`,{children:[(0,L.jsx)(`span`,{className:`stat-grid__label`,children:`报名成功`}),(0,L.jsx)(`span`,{className:`stat-grid__value`,children:c}),(0,L.jsxs)(`span`,{className:`muted`,children:[`占 `,d(c,o.registrations)]})]}),(0,L.jsxs)(`li`,{children:[(0,L.jsx)(`span`,{className:`stat-grid__label`,children:`缴费收入`}),(0,L.jsx)(`span`,{className:`stat-grid__value`,children:fi(o.revenueFen)}),(0,L.jsxs)(`span`,{className:`muted`,children:[o.paidOrders,` 笔`]})]}),(0,L.jsxs)(`li`,{children:[(0,L.jsx)(`span`,{className:`stat-grid__label`,children:`本地 / 外地`}),(0,L.jsxs)(`span`,{className:`stat-grid__value`,children:[o.local,` / `,o.nonLocal]})]}),(0,L.jsxs)(`li`,{children:[(0,L.jsx)(`span`,{className:`stat-grid__label`,children:`待审核（已超期）`}),(0,L.jsxs)(`span`,{className:`stat-grid__value`,children:[o.review.waiting,`（`,o.review.overdue,`）`]})]}),(0,L.jsxs)(`li`,{children:[(0,L.jsx)(`span`,{className:`stat-grid__label`,children:`按时 / 超时审核`}),(0,L.jsxs)(`span`,{className:`stat-grid__value`,children:[o.review.onTime,` / `,o.review.late]})]}),(0,L.jsxs)(`li`,{children:[(0,L.jsx)(`span`,{className:`stat-grid__label`,children:`座位使用`}),(0,L.jsxs)(`span`,{className:`stat-grid__value`,children:[u,` / `,l]}),(0,L.jsx)(`span`,{className:`muted`,children:d(u,l)})]}),o.results.sat>0&&(0,L.jsxs)(`li`,{children:[(0,L.jsx)(`span`,{className:`stat-grid__label`,children:`参考 / 通过（通过率）`}),(0,L.jsxs)(`span`,{className:`stat-grid__value`,children:[o.results.sat,` / `,o.results.passed]}),(0,L.jsxs)(`span`,{className:`muted`,children:[(o.results.passRate*100).toFixed(1),`%`]})]})]}),(0,L.jsx)(`div`,{className:`button-row`,children:(0,L.jsx)(`button`,{type:`button`,className:`button button--primary`,onClick:()=>void s(),disabled:i,children:i?`正在生成…`:`下载统计报告（PDF）`})}),(0,L.jsx)(U,{error:n})]}),(0,L.jsxs)(`section`,{"aria-labelledby":`charts-title`,children:[(0,L.jsx)(`h2`,{id:`charts-title`,children:`图表`}),(0,L.jsxs)(`div`,{className:`chart-grid`,children:[(0,L.jsx)(`div`,{className:`card`,children:(0,L.jsx)(Va,{title:`报名趋势（按首次提交日）`,data:o.byDay})}),(0,L.jsx)(`div`,{className:`card`,children:(0,L.jsx)(Ba,{title:`报名状态（含草稿）`,data:o.byStatus.map(e=>({label:e.label,value:e.count})),unit:`份`})}),(0,L.jsx)(`div`,{className:`card`,children:(0,L.jsx)(Ba,{title:`报考级别`,data:o.byLevel.map(e=>({label:e.label,value:e.count}))})}),(0,L.jsx)(`div`,{className:`card`,children:(0,L.jsx)(Ba,{title:`报考资格`,data:o.byQualification.map(e=>({label:e.label,value:e.count}))})}),(0,L.jsx)(`div`,{className:`card`,children:(0,L.jsx)(Ba,{title:`考区`,data:o.byArea.map(e=>({label:e.label,value:e.count}))})}),(0,L.jsx)(`div`,{className:`card`,children:(0,L.jsx)(Ba,{title:`学历`,data:o.byEducation.map(e=>({label:e.label,value:e.count}))})}),(0,L.jsx)(`div`,{className:`card`,children:(0,L.jsx)(Ba,{title:`在职情况`,data:o.byEmployment.map(e=>({label:e.label,value:e.count}))})})]})]}),(0,L.jsxs)(`section`,{"aria-labelledby":`seats-title`,children:[(0,L.jsx)(`h2`,{id:`seats-title`,children:`考场座位`}),o.seats.length===0?(0,L.jsx)(`p`,{children:`暂无考点。`}):(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data`,children:[(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`考点`}),(0,L.jsx)(`th`,{scope:`col`,children:`考场数`}),(0,L.jsx)(`th`,{scope:`col`,children:`座位数`}),(0,L.jsx)(`th`,{scope:`col`,children:`已安排`})]})}),(0,L.jsx)(`tbody`,{children:o.seats.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`td`,{children:e.site.name}),(0,L.jsx)(`td`,{children:e.rooms}),(0,L.jsx)(`td`,{children:e.capacity}),(0,L.jsx)(`td`,{children:e.used})]},e.site.id))})]})})]})]})]})}function vo(e){return e==null?`—`:e>=1048576?`${(e/1024/1024).toFixed(1)} MB`:`${Math.max(1,Math.round(e/1024))} KB`}function yo(){let e=ho(`open`),t=ci(()=>P(oo),[]),n=ci(async()=>e.session?(await P(to,{sessionCode:e.session,regionCode:e.region||null})).applicationExports:null,[e.session,e.region]),[r,i]=(0,O.useState)(`XLSX`),[a,o]=(0,O.useState)(!1),[s,c]=(0,O.useState)([]),[l,u]=(0,O.useState)([]),[d,f]=(0,O.useState)(null),[p,m]=(0,O.useState)(null),[h,g]=(0,O.useState)(!1),[_,v]=(0,O.useState)(!1),y=(n.data?.edges??[]).flatMap(e=>e?.node?[e.node]:[]);li(y.some(e=>e.status===`QUEUED`||e.status===`RUNNING`),1e3,()=>void n.reload());async function b(t){t.preventDefault(),g(!0),f(null),m(null);try{let t=await P(no,{input:{sessionCode:e.session,regionCode:e.region||null,format:r,fullIdNumbers:a,statuses:s.length?s:null}});u(t.startApplicationExport.userErrors),t.startApplicationExport.export&&(m(`导出任务已创建，完成后可在下方下载。`),await n.reload())}catch(e){f(e)}finally{g(!1)}}async function x(e,t){f(null);try{await Zn(e,t)}catch(e){f(e)}}async function S(){v(!0),f(null);try{await Zn((await P(eo,{sessionCode:e.session,regionCode:e.region||null})).statistics.reportUrl,`报名统计报告-${e.session}.pdf`)}catch(e){f(e)}finally{v(!1)}}let C=(t.data?.formChoices.statuses??[]).filter(e=>e.value!==`DRAFT`);return(0,L.jsxs)(lr,{title:`报表与导出`,lead:`下载统计报告，或把报名信息导出为 Excel / CSV 文件。每次下载都记入审计日志。`,children:[(0,L.jsx)(go,{scope:e,countryAllowed:!0}),p&&(0,L.jsx)(R,{kind:`success`,children:p}),(0,L.jsx)(U,{error:d}),(0,L.jsxs)(`section`,{className:`card`,"aria-labelledby":`report-title`,children:[(0,L.jsx)(`h2`,{id:`report-title`,children:`统计报告`}),(0,L.jsx)(`p`,{children:`本批次、本地区的报名统计（关键数据、报名趋势、报考资格、报名分布、考场座位），A4 PDF。`}),(0,L.jsx)(`button`,{type:`button`,className:`button button--primary`,onClick:()=>void S(),disabled:_||!e.session,children:_?`正在生成…`:`下载统计报告（PDF）`})]}),(0,L.jsxs)(`section`,{className:`card`,"aria-labelledby":`export-title`,children:[(0,L.jsx)(`h2`,{id:`export-title`,children:`导出报名信息`}),(0,L.jsxs)(`form`,{onSubmit:b,noValidate:!0,children:[(0,L.jsx)(z,{errors:l}),(0,L.jsx)(Sr,{legend:`文件格式`,value:r,onChange:e=>i(e),options:[{value:`XLSX`,label:`Excel（.xlsx，长号码为文本）`},{value:`CSV`,label:`CSV（UTF-8）`}]}),(0,L.jsxs)(`fieldset`,{className:`field field--group`,children:[(0,L.jsx)(`legend`,{className:`field__label`,children:`报名状态（不选则导出除草稿外的全部）`}),(0,L.jsx)(`div`,{className:`field__choices`,children:C.map(e=>(0,L.jsxs)(`label`,{className:`choice`,children:[(0,L.jsx)(`input`,{type:`checkbox`,value:e.value,checked:s.includes(e.value),onChange:t=>c(t.target.checked?[...s,e.value]:s.filter(t=>t!==e.value))}),(0,L.jsx)(`span`,{children:e.label})]},e.value))})]}),(0,L.jsx)(Cr,{label:`导出完整证件号码（默认脱敏，完整号码的导出记入审计）`,checked:a,onChange:o}),(0,L.jsx)(`button`,{type:`submit`,className:`button button--primary`,disabled:h||!e.session,children:h?`正在创建…`:`开始导出`})]})]}),(0,L.jsxs)(`section`,{"aria-labelledby":`jobs-title`,children:[(0,L.jsx)(`h2`,{id:`jobs-title`,children:`导出记录`}),(0,L.jsx)(U,{error:n.error}),n.loading&&!n.data&&(0,L.jsx)(pr,{}),n.data&&y.length===0&&(0,L.jsx)(`p`,{children:`暂无导出记录。`}),y.length>0&&(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data`,children:[(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`文件`}),(0,L.jsx)(`th`,{scope:`col`,children:`状态`}),(0,L.jsx)(`th`,{scope:`col`,children:`进度`}),(0,L.jsx)(`th`,{scope:`col`,children:`申请人 / 时间`}),(0,L.jsx)(`th`,{scope:`col`,children:`下载`})]})}),(0,L.jsx)(`tbody`,{children:y.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsxs)(`td`,{children:[e.fileName,(0,L.jsx)(`br`,{}),(0,L.jsxs)(`span`,{className:`muted`,children:[e.format===`XLSX`?`Excel`:`CSV`,` · `,e.region?.name??`全国`,` · `,e.fullIdNumbers?`完整证件号码`:`证件号码脱敏`,` · `,vo(e.fileBytes)]})]}),(0,L.jsxs)(`td`,{children:[e.statusLabel,e.error&&(0,L.jsx)(`span`,{className:`field__error`,children:e.error})]}),(0,L.jsxs)(`td`,{children:[(0,L.jsx)(`progress`,{className:`progress`,max:1,value:e.progress,"aria-label":`${e.fileName} 导出进度`}),` `,e.rowsDone,` / `,e.rowsTotal]}),(0,L.jsxs)(`td`,{children:[e.requestedByName,(0,L.jsx)(`br`,{}),(0,L.jsx)(`span`,{className:`muted`,children:gi(e.createdAt)})]}),(0,L.jsx)(`td`,{children:e.status===`READY`&&e.downloadUrl?(0,L.jsxs)(`button`,{type:`button`,className:`button`,onClick:()=>void x(e.downloadUrl,e.fileName),children:[`下载`,(0,L.jsxs)(`span`,{className:`visually-hidden`,children:[` `,e.fileName]})]}):(0,L.jsx)(`span`,{className:`muted`,children:`—`})})]},e.id))})]})})]})]})}var bo={RUNNING:[`编排中`,`info`],READY:[`已完成，待发布`,`warn`],SHORTFALL:[`座位不足`,`bad`],FAILED:[`失败`,`bad`],PUBLISHED:[`已发布`,`ok`],SUPERSEDED:[`已被替代`,`neutral`]};function xo(){let e=ho(`print`),t=e.national&&!e.region,n=ci(async()=>e.session?(await P(Za,{sessionCode:e.session,regionCode:e.region||null})).seatPlanRuns:null,[e.session,e.region]),[r,i]=(0,O.useState)([]),[a,o]=(0,O.useState)(null),[s,c]=(0,O.useState)(null),[l,u]=(0,O.useState)(!1),d=n.data??[];li(d.some(e=>e.status===`RUNNING`),1e3,()=>void n.reload());let f=d.some(e=>e.status===`PUBLISHED`);async function p(){u(!0),o(null),c(null);try{let t=await P(Qa,{sessionCode:e.session,regionCode:e.region||null});i(t.runSeatPlan.userErrors),t.runSeatPlan.run&&c(`编排已开始。`),await n.reload()}catch(e){o(e)}finally{u(!1)}}async function m(e){if(window.confirm(`发布后将生成准考证，编排结果不能再修改。确定发布？`)){u(!0),o(null),c(null);try{let t=await P($a,{runId:e});i(t.publishSeatPlan.userErrors),t.publishSeatPlan.run&&c(`已发布，考生可在打印期内打印准考证。`),await n.reload()}catch(e){o(e)}finally{u(!1)}}}return(0,L.jsxs)(lr,{title:`考场编排`,lead:`在准考证打印期内为报名成功的考生编排考点、考场和座位；随机种子由服务器生成，每次编排均有记录。`,children:[(0,L.jsx)(go,{scope:e}),s&&(0,L.jsx)(R,{kind:`success`,children:s}),(0,L.jsx)(z,{errors:r,title:`未能执行：`}),(0,L.jsx)(U,{error:a??n.error}),t?(0,L.jsx)(R,{kind:`info`,children:`请先选择地区。`}):(0,L.jsxs)(`div`,{className:`button-row`,children:[(0,L.jsx)(`button`,{type:`button`,className:`button button--primary`,onClick:()=>void p(),disabled:l||f||!e.session,children:d.length?`重新编排`:`开始编排`}),f&&(0,L.jsxs)(`span`,{className:`muted`,children:[`已发布的编排不能重新编排；个别考生可`,(0,L.jsx)(Nn,{to:`/console/seat-moves?${new URLSearchParams({session:e.session,...e.region?{region:e.region}:{}})}`,children:`调整座位`}),`。`]})]}),n.loading&&!n.data&&(0,L.jsx)(pr,{}),n.data&&d.length===0&&(0,L.jsx)(`p`,{children:`本批次尚未编排。`}),d.map(e=>{let[t,n]=bo[e.status]??[e.status,`neutral`];return(0,L.jsxs)(`section`,{className:`card`,"aria-label":`编排 ${gi(e.startedAt)}`,children:[(0,L.jsxs)(`h2`,{children:[e.region.name,` · `,gi(e.startedAt),` `,(0,L.jsx)(wi,{tone:n,children:t})]}),(0,L.jsxs)(`dl`,{className:`facts`,children:[(0,L.jsx)(`dt`,{children:`编排人`}),(0,L.jsx)(`dd`,{children:e.runByName}),(0,L.jsx)(`dt`,{children:`编排方式`}),(0,L.jsx)(`dd`,{children:e.seating===`MIXED`?`混合编排`:`按资格编排`}),(0,L.jsx)(`dt`,{children:`考生 / 已编排`}),(0,L.jsxs)(`dd`,{children:[e.candidates,` / `,e.staged,` `,e.status===`RUNNING`&&(0,L.jsx)(`progress`,{className:`progress`,max:Math.max(1,e.candidates),value:e.staged,"aria-label":`编排进度`})]}),(0,L.jsx)(`dt`,{children:`完成时间`}),(0,L.jsx)(`dd`,{children:gi(e.finishedAt)}),(0,L.jsx)(`dt`,{children:`发布时间`}),(0,L.jsx)(`dd`,{children:gi(e.publishedAt)}),(0,L.jsx)(`dt`,{children:`输入摘要`}),(0,L.jsx)(`dd`,{className:`mono`,children:e.inputsDigest?`${e.inputsDigest.slice(0,16)}…`:`—`})]}),e.shortfalls.length>0&&(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data`,children:[(0,L.jsx)(`caption`,{children:`座位不足的考区（未安排任何座位）`}),(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`考区`}),(0,L.jsx)(`th`,{scope:`col`,children:`考生`}),(0,L.jsx)(`th`,{scope:`col`,children:`座位`}),(0,L.jsx)(`th`,{scope:`col`,children:`缺少`})]})}),(0,L.jsx)(`tbody`,{children:e.shortfalls.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`td`,{children:e.area.name}),(0,L.jsx)(`td`,{children:e.need}),(0,L.jsx)(`td`,{children:e.have}),(0,L.jsx)(`td`,{children:e.lack})]},e.area.id))})]})}),e.status===`READY`&&(0,L.jsx)(`div`,{className:`button-row`,children:(0,L.jsx)(`button`,{type:`button`,className:`button button--primary`,onClick:()=>void m(e.id),disabled:l,children:`发布编排结果（生成准考证）`})})]},e.id)})]})}var So=[[`registrationOpensAt`,`报名开始`],[`registrationClosesAt`,`报名截止`],[`correctionClosesAt`,`更正截止（审核未通过的报名在此前修改重交）`],[`paymentOpensAt`,`缴费开始`],[`paymentClosesAt`,`缴费截止`]],Co=[{value:`WITHIN_DAYS`,label:`在规定工作日内审核`},{value:`AFTER_CLOSE`,label:`报名结束后审核`},{value:`NONE`,label:`无需审核`}],wo=[[`feeJuniorFen`,`初级`],[`feeIntermediateFen`,`中级`],[`feeSeniorFen`,`高级`]];function To({policy:e,onSaved:t}){let[n,r]=(0,O.useState)({}),[i,a]=(0,O.useState)(``),[o,s]=(0,O.useState)(``),[c,l]=(0,O.useState)(``),[u,d]=(0,O.useState)({}),[f,p]=(0,O.useState)(!1),[m,h]=(0,O.useState)(!1),[g,_]=(0,O.useState)(!1),[v,y]=(0,O.useState)([]),[b,x]=(0,O.useState)(null),[S,C]=(0,O.useState)(!1),[w,T]=(0,O.useState)(!1);(0,O.useEffect)(()=>{r(Object.fromEntries(So.map(([t])=>[t,vi(e[t])]))),a(e.reviewMode),s(String(e.reviewWorkingDays)),l(mi(e.feePerSubjectFen)),d(Object.fromEntries(wo.map(([t])=>[t,mi(e[t])]))),p(e.commitmentRequired),h(e.nonLocalAllowed),_(e.absenteeBan),y([]),C(!1)},[e.id]);async function ee(r){r.preventDefault(),x(null),C(!1);let a=[],s={};for(let[t,r]of So){let i=yi(n[t]??``);i?i!==`${vi(e[t])}:00+08:00`&&(s[t]=i):a.push({field:[`input`,t],code:`REQUIRED`,message:`请填写${r.split(`（`)[0]}时间`})}let l=pi(c);l==null?a.push({field:[`input`,`feePerSubjectFen`],code:`INVALID_FORMAT`,message:`请填写金额（元，最多两位小数）`}):s.feePerSubjectFen=l;for(let[e,t]of wo){let n=(u[e]??``).trim();if(!n)s[e]=null;else{let r=pi(n);r==null?a.push({field:[`input`,e],code:`INVALID_FORMAT`,message:`${t}费用格式不正确`}):s[e]=r}}let d=Number(o);if(Number.isInteger(d)?s.reviewWorkingDays=d:a.push({field:[`input`,`reviewWorkingDays`],code:`INVALID_FORMAT`,message:`请填写 0 到 30 的整数`}),s.reviewMode=i,s.commitmentRequired=f,s.nonLocalAllowed=m,s.absenteeBan=g,a.length)y(a);else{T(!0);try{let n=await P(Wa,{id:e.id,input:s});y(n.updateRegionPolicy.userErrors),n.updateRegionPolicy.regionPolicy&&(C(!0),t())}catch(e){x(e)}finally{T(!1)}}}let E=[...So.map(([e])=>e),`feePerSubjectFen`,...wo.map(([e])=>e),`reviewWorkingDays`,`reviewMode`];return(0,L.jsxs)(`form`,{onSubmit:ee,noValidate:!0,className:`card`,"aria-labelledby":`policy-form-title`,children:[(0,L.jsxs)(`h2`,{id:`policy-form-title`,children:[`修改政策：`,e.session.name,`（`,e.session.code,`）`]}),S&&(0,L.jsx)(R,{kind:`success`,children:`已保存。`}),(0,L.jsx)(z,{errors:Hr(v,E)}),(0,L.jsx)(U,{error:b}),(0,L.jsxs)(`fieldset`,{className:`form-section`,children:[(0,L.jsx)(`legend`,{children:`报名、更正与缴费时间（北京时间）`}),(0,L.jsx)(`div`,{className:`form-grid`,children:So.map(([e,t])=>(0,L.jsx)(Si,{label:t,value:n[e]??``,onChange:t=>r({...n,[e]:t}),errors:H(v,e),required:!0},e))})]}),(0,L.jsxs)(`fieldset`,{className:`form-section`,children:[(0,L.jsx)(`legend`,{children:`审核`}),(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(V,{label:`审核方式`,value:i,onChange:a,options:Co,errors:H(v,`reviewMode`),required:!0}),(0,L.jsx)(B,{label:`审核时限（工作日）`,hint:`0 到 30`,type:`number`,value:o,onChange:s,errors:H(v,`reviewWorkingDays`)})]})]}),(0,L.jsxs)(`fieldset`,{className:`form-section`,children:[(0,L.jsx)(`legend`,{children:`报名费（元／科）`}),(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(B,{label:`每科报名费`,hint:`0 为免费，例如 60.00`,inputMode:`numeric`,value:c,onChange:l,errors:H(v,`feePerSubjectFen`),required:!0}),wo.map(([e,t])=>(0,L.jsx)(B,{label:`${t}每科报名费`,hint:`留空则按每科报名费`,inputMode:`numeric`,value:u[e]??``,onChange:t=>d({...u,[e]:t}),errors:H(v,e)},e))]})]}),(0,L.jsxs)(`fieldset`,{className:`form-section`,children:[(0,L.jsx)(`legend`,{children:`其他规则`}),(0,L.jsx)(Cr,{label:`提交时须签署诚信考试承诺书`,checked:f,onChange:p}),(0,L.jsx)(Cr,{label:`允许外地户籍考生报名`,checked:m,onChange:h}),(0,L.jsx)(Cr,{label:`缺考者不得参加本地区下一次报名`,checked:g,onChange:_})]}),(0,L.jsx)(`button`,{type:`submit`,className:`button button--primary`,disabled:w,children:w?`正在保存…`:`保存`})]})}function Eo(){let e=ho(`open`),t=ci(async()=>e.region?(await P(Ua,{code:e.region})).region:null,[e.region]),n=t.data?.policies??[],[r,i]=(0,O.useState)(null),a=n.find(e=>e.id===r)??null;return(0,L.jsxs)(lr,{title:`报名政策`,lead:`本地区各考试批次的报名时间、审核方式与时限、报名费及其他规则。`,children:[(0,L.jsx)(go,{scope:e,withSession:!1}),e.national&&!e.region&&(0,L.jsx)(R,{kind:`info`,children:`请先选择地区。`}),(0,L.jsx)(U,{error:t.error}),t.loading&&!t.data&&e.region&&(0,L.jsx)(pr,{}),t.data&&n.length===0&&(0,L.jsx)(`p`,{children:`本地区尚未设置任何批次的政策。`}),n.length>0&&(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data`,children:[(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`考试批次`}),(0,L.jsx)(`th`,{scope:`col`,children:`报名时间`}),(0,L.jsx)(`th`,{scope:`col`,children:`缴费截止`}),(0,L.jsx)(`th`,{scope:`col`,children:`审核`}),(0,L.jsx)(`th`,{scope:`col`,children:`报名费（每科）`}),(0,L.jsx)(`th`,{scope:`col`,children:`操作`})]})}),(0,L.jsx)(`tbody`,{children:n.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsxs)(`td`,{children:[e.session.name,(0,L.jsx)(`br`,{}),(0,L.jsx)(`span`,{className:`muted`,children:e.session.code})]}),(0,L.jsxs)(`td`,{children:[gi(e.registrationOpensAt),` 至 `,gi(e.registrationClosesAt)]}),(0,L.jsx)(`td`,{children:gi(e.paymentClosesAt)}),(0,L.jsxs)(`td`,{children:[e.reviewModeLabel,e.reviewMode===`WITHIN_DAYS`&&`（${e.reviewWorkingDays} 个工作日）`]}),(0,L.jsxs)(`td`,{children:[e.free?`免费`:fi(e.feePerSubjectFen),wo.filter(([t])=>e[t]!=null).map(([t,n])=>(0,L.jsxs)(`span`,{className:`muted`,children:[(0,L.jsx)(`br`,{}),n,` `,fi(e[t])]},t))]}),(0,L.jsx)(`td`,{children:(0,L.jsxs)(`button`,{type:`button`,className:`button`,onClick:()=>i(e.id),children:[`修改`,(0,L.jsxs)(`span`,{className:`visually-hidden`,children:[` `,e.session.name]})]})})]},e.id))})]})}),a&&(0,L.jsx)(To,{policy:a,onSaved:()=>void t.reload()})]})}function Do(){let[e,t]=(0,O.useState)([]),[n,r]=(0,O.useState)(null),[i,a]=(0,O.useState)(null),[o,s]=(0,O.useState)(!1);async function c(e,n){s(!0),r(null),a(null);try{let r=await e();return t(r),r.length===0&&a(n),r.length===0}catch(e){return r(e),!1}finally{s(!1)}}return{errors:e,failure:n,done:i,busy:o,run:c}}function Oo({value:e,onChange:t,errors:n}){return(0,L.jsxs)(`fieldset`,{className:`field field--group${n?.length?` field--invalid`:``}`,children:[(0,L.jsxs)(`legend`,{className:`field__label`,children:[`接受的级别`,(0,L.jsx)(`span`,{className:`field__required`,children:` （至少一项）`})]}),(0,L.jsx)(`div`,{className:`field__choices`,children:xi.map(n=>(0,L.jsxs)(`label`,{className:`choice`,children:[(0,L.jsx)(`input`,{type:`checkbox`,checked:e.includes(n),onChange:r=>t(r.target.checked?[...e,n]:e.filter(e=>e!==n))}),(0,L.jsx)(`span`,{children:bi[n]})]},n))}),n?.length?(0,L.jsx)(`p`,{className:`field__error`,children:n.join(`；`)}):null]})}function ko({room:e,reload:t}){let[n,r]=(0,O.useState)(String(e.capacity)),i=Do();async function a(r){r.preventDefault(),await i.run(async()=>(await P(Xa,{id:e.id,input:{capacity:Number(n)}})).updateExamRoom.userErrors,`已保存`)&&t()}async function o(){await i.run(async()=>(await P(Xa,{id:e.id,input:{disabled:!e.disabled}})).updateExamRoom.userErrors,e.disabled?`已启用`:`已停用`)&&t()}return(0,L.jsxs)(`tr`,{children:[(0,L.jsxs)(`td`,{children:[e.code,` `,e.disabled&&(0,L.jsx)(wi,{children:`已停用`})]}),(0,L.jsx)(`td`,{children:(0,L.jsxs)(`form`,{className:`inline-form`,onSubmit:a,children:[(0,L.jsx)(B,{label:`考场 ${e.code} 座位数`,type:`number`,value:n,onChange:r,errors:H(i.errors,`capacity`)}),(0,L.jsx)(`button`,{type:`submit`,className:`button`,disabled:i.busy,children:`保存`})]})}),(0,L.jsxs)(`td`,{children:[(0,L.jsxs)(`button`,{type:`button`,className:`button button--plain`,onClick:()=>void o(),disabled:i.busy,children:[e.disabled?`启用`:`停用`,(0,L.jsxs)(`span`,{className:`visually-hidden`,children:[` 考场 `,e.code]})]}),(0,L.jsx)(z,{errors:Hr(i.errors,[`capacity`]),title:``}),(0,L.jsx)(U,{error:i.failure}),i.done&&(0,L.jsxs)(`span`,{className:`muted`,children:[` `,i.done]})]})]})}function Ao({site:e,reload:t}){let[n,r]=(0,O.useState)(``),[i,a]=(0,O.useState)(`30`),o=Do();async function s(a){a.preventDefault(),await o.run(async()=>(await P(Ya,{siteId:e.id,input:{code:n.trim(),capacity:Number(i)}})).createExamRoom.userErrors,`考场已添加`)&&(r(``),t())}async function c(){await o.run(async()=>(await P(Ja,{id:e.id,input:{disabled:!e.disabled}})).updateExamSite.userErrors,e.disabled?`已启用`:`已停用`)&&t()}let l=e.rooms??[];return(0,L.jsxs)(`div`,{className:`tree-site`,children:[(0,L.jsxs)(`h4`,{children:[`考点 `,e.code,` `,e.name,` `,e.disabled&&(0,L.jsx)(wi,{children:`已停用`})]}),(0,L.jsxs)(`p`,{className:`muted`,children:[e.address,` · `,l.length,` 个考场，`,l.reduce((e,t)=>e+(t.disabled?0:t.capacity),0),` 个座位`]}),(0,L.jsxs)(`button`,{type:`button`,className:`button button--plain`,onClick:()=>void c(),disabled:o.busy,children:[e.disabled?`启用考点`:`停用考点`,(0,L.jsxs)(`span`,{className:`visually-hidden`,children:[` `,e.name]})]}),l.length>0&&(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data`,children:[(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`考场`}),(0,L.jsx)(`th`,{scope:`col`,children:`座位数`}),(0,L.jsx)(`th`,{scope:`col`,children:`操作`})]})}),(0,L.jsx)(`tbody`,{children:l.map(e=>(0,L.jsx)(ko,{room:e,reload:t},e.id))})]})}),(0,L.jsxs)(`form`,{className:`inline-form`,onSubmit:s,"aria-label":`在${e.name}添加考场`,children:[(0,L.jsx)(B,{label:`新考场编号`,value:n,onChange:r,maxLength:16,errors:H(o.errors,`code`)}),(0,L.jsx)(B,{label:`座位数`,type:`number`,value:i,onChange:a,errors:H(o.errors,`capacity`)}),(0,L.jsx)(`button`,{type:`submit`,className:`button`,disabled:o.busy||!n.trim(),children:`添加考场`})]}),(0,L.jsx)(z,{errors:Hr(o.errors,[`code`,`capacity`])}),(0,L.jsx)(U,{error:o.failure}),o.done&&(0,L.jsx)(R,{kind:`success`,children:o.done})]})}function jo({area:e,reload:t}){let[n,r]=(0,O.useState)(e.levels),[i,a]=(0,O.useState)({code:``,name:``,address:``}),o=Do();async function s(r){r.preventDefault(),await o.run(async()=>(await P(Ka,{id:e.id,input:{levels:n}})).updateExamArea.userErrors,`级别已保存`)&&t()}async function c(){await o.run(async()=>(await P(Ka,{id:e.id,input:{disabled:!e.disabled}})).updateExamArea.userErrors,e.disabled?`已启用`:`已停用`)&&t()}async function l(n){n.preventDefault(),await o.run(async()=>(await P(qa,{areaId:e.id,input:{code:i.code.trim(),name:i.name.trim(),address:i.address.trim()}})).createExamSite.userErrors,`考点已添加`)&&(a({code:``,name:``,address:``}),t())}return(0,L.jsxs)(`section`,{className:`card`,"aria-labelledby":`area-${e.id}`,children:[(0,L.jsxs)(`h3`,{id:`area-${e.id}`,children:[`考区 `,e.code,` `,e.name,` `,e.disabled&&(0,L.jsx)(wi,{children:`已停用`})]}),(0,L.jsxs)(`form`,{onSubmit:s,"aria-label":`${e.name}接受的级别`,children:[(0,L.jsx)(Oo,{value:n,onChange:r,errors:H(o.errors,`levels`)}),(0,L.jsxs)(`div`,{className:`button-row`,children:[(0,L.jsx)(`button`,{type:`submit`,className:`button`,disabled:o.busy,children:`保存级别`}),(0,L.jsx)(`button`,{type:`button`,className:`button button--plain`,onClick:()=>void c(),disabled:o.busy,children:e.disabled?`启用考区`:`停用考区`})]})]}),(0,L.jsx)(z,{errors:Hr(o.errors,[`levels`,`code`,`name`,`address`])}),(0,L.jsx)(U,{error:o.failure}),o.done&&(0,L.jsx)(R,{kind:`success`,children:o.done}),(e.sites??[]).map(e=>(0,L.jsx)(Ao,{site:e,reload:t},e.id)),(0,L.jsxs)(`form`,{onSubmit:l,className:`tree-site`,"aria-label":`在${e.name}添加考点`,children:[(0,L.jsx)(`h4`,{children:`添加考点`}),(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(B,{label:`考点编号`,value:i.code,onChange:e=>a({...i,code:e}),maxLength:16,errors:H(o.errors,`code`),required:!0}),(0,L.jsx)(B,{label:`考点名称`,value:i.name,onChange:e=>a({...i,name:e}),errors:H(o.errors,`name`),required:!0}),(0,L.jsx)(B,{label:`地址`,value:i.address,onChange:e=>a({...i,address:e}),errors:H(o.errors,`address`),required:!0})]}),(0,L.jsx)(`button`,{type:`submit`,className:`button`,disabled:o.busy,children:`添加考点`})]})]})}function Mo(){let e=ho(`open`),t=ci(async()=>e.region?(await P(Ua,{code:e.region})).region:null,[e.region]),[n,r]=(0,O.useState)({code:``,name:``}),[i,a]=(0,O.useState)([`JUNIOR`,`INTERMEDIATE`,`SENIOR`]),o=Do(),s=()=>void t.reload();async function c(t){t.preventDefault(),await o.run(async()=>(await P(Ga,{regionCode:e.region,input:{code:n.code.trim(),name:n.name.trim(),levels:i}})).createExamArea.userErrors,`考区已添加`)&&(r({code:``,name:``}),s())}return(0,L.jsxs)(lr,{title:`考区与考点`,lead:`考区（考生报名时选择）、考点和考场。停用而不删除；已有考生或已编排座位的不能停用。`,children:[(0,L.jsx)(go,{scope:e,withSession:!1}),e.national&&!e.region&&(0,L.jsx)(R,{kind:`info`,children:`请先选择地区。`}),(0,L.jsx)(U,{error:t.error}),t.loading&&!t.data&&e.region&&(0,L.jsx)(pr,{}),t.data&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsxs)(`h2`,{children:[`考区（`,(t.data.areas??[]).length,` 个）`]}),(t.data.areas??[]).map(e=>(0,L.jsx)(jo,{area:e,reload:s},e.id)),(0,L.jsxs)(`form`,{onSubmit:c,className:`card`,"aria-labelledby":`add-area-title`,children:[(0,L.jsx)(`h2`,{id:`add-area-title`,children:`添加考区`}),(0,L.jsx)(z,{errors:Hr(o.errors,[`code`,`name`,`levels`])}),(0,L.jsx)(U,{error:o.failure}),o.done&&(0,L.jsx)(R,{kind:`success`,children:o.done}),(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(B,{label:`考区编号`,hint:`本地区内唯一，例如 03`,value:n.code,onChange:e=>r({...n,code:e}),maxLength:16,errors:H(o.errors,`code`),required:!0}),(0,L.jsx)(B,{label:`考区名称`,value:n.name,onChange:e=>r({...n,name:e}),errors:H(o.errors,`name`),required:!0})]}),(0,L.jsx)(Oo,{value:i,onChange:a,errors:H(o.errors,`levels`)}),(0,L.jsx)(`button`,{type:`submit`,className:`button button--primary`,disabled:o.busy,children:`添加考区`})]})]})]})}var No=I(`
  query ConsoleStaffUsers($first: Int!, $after: Cursor, $where: StaffUserWhereInput) {
    staffUsers(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          username
          displayName
          role
          roleLabel
          region {
            code
            name
          }
          totpEnabled
          disabled
          lockedUntil
          lastLoginAt
          createdAt
        }
      }
    }
  }
`),Po=I(`
  mutation ConsoleCreateStaffUser($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) {
      staffUser {
        id
        username
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Fo=I(`
  mutation ConsoleUpdateStaffUser($id: ID!, $input: UpdateStaffUserInput!) {
    updateStaffUser(id: $id, input: $input) {
      staffUser {
        id
        displayName
        disabled
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`),Io=I(`
  query ConsoleSentNotices($regionCode: String) {
    sentNotices(regionCode: $regionCode, first: 20) {
      id
      title
      sentAt
      sentBy
      messages
      expanded
      session {
        code
        name
      }
      area {
        name
      }
      deliveries {
        channel
        status
        count
      }
    }
  }
`),Lo=[{value:`EMAIL`,label:`电子邮件`},{value:`SMS`,label:`短信`}];function Ro(e,t,n){return e.deliveries.filter(e=>e.channel===t&&n.includes(e.status)).reduce((e,t)=>e+t.count,0)}function G({regionCode:e,refresh:t}){let n=ci(async()=>e?(await P(Io,{regionCode:e})).sentNotices:[],[e,t]),r=n.data??[];return(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`h3`,{children:`已发送的通知`}),(0,L.jsx)(U,{error:n.error}),n.data&&r.length===0&&(0,L.jsx)(`p`,{children:`本地区尚未发送过通知。`}),r.length>0&&(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data sent-notices`,children:[(0,L.jsx)(`caption`,{className:`visually-hidden`,children:`已发送的通知及各自的发送情况（最近 20 条）`}),(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`通知`}),(0,L.jsx)(`th`,{scope:`col`,children:`发送对象`}),(0,L.jsx)(`th`,{scope:`col`,children:`站内消息`}),Lo.map(e=>(0,L.jsxs)(`th`,{scope:`col`,children:[e.label,`（已发送 / 排队 / 失败）`]},e.value))]})}),(0,L.jsx)(`tbody`,{children:r.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsxs)(`td`,{children:[(0,L.jsx)(`strong`,{children:e.title}),(0,L.jsx)(`br`,{}),(0,L.jsxs)(`span`,{className:`muted`,children:[gi(e.sentAt),e.sentBy?` · ${e.sentBy}`:``]})]}),(0,L.jsxs)(`td`,{children:[e.session?.name??`—`,(0,L.jsx)(`br`,{}),(0,L.jsx)(`span`,{className:`muted`,children:e.area?.name??`全地区`})]}),(0,L.jsxs)(`td`,{children:[e.messages,` `,e.expanded?(0,L.jsx)(wi,{tone:`ok`,children:`已全部写入`}):(0,L.jsx)(wi,{tone:`info`,children:`写入中`})]}),Lo.map(t=>(0,L.jsxs)(`td`,{children:[Ro(e,t.value,[`SENT`]),` / `,Ro(e,t.value,[`QUEUED`,`SENDING`]),` /`,` `,Ro(e,t.value,[`FAILED`])>0?(0,L.jsx)(wi,{tone:`bad`,children:Ro(e,t.value,[`FAILED`])}):0]},t.value))]},e.id))})]})})]})}var K=[{value:`DRAFT`,label:`草稿`},{value:`SUBMITTED`,label:`已提交`},{value:`PENDING_REVIEW`,label:`待审核`},{value:`REJECTED`,label:`审核未通过`},{value:`AWAITING_PAYMENT`,label:`待缴费`},{value:`REGISTERED`,label:`报名成功`},{value:`REFUNDED`,label:`已退费`}],zo={EMAIL:`电子邮件`,SMS:`短信`},Bo=[{value:`QUEUED`,label:`排队中`},{value:`SENDING`,label:`发送中`},{value:`SENT`,label:`已发送`},{value:`FAILED`,label:`失败`},{value:`SKIPPED`,label:`未发送`}];function Vo({scope:e,areas:t}){let[n,r]=(0,O.useState)(e.session),[i,a]=(0,O.useState)(``),[o,s]=(0,O.useState)([]),[c,l]=(0,O.useState)(``),[u,d]=(0,O.useState)(``),[f,p]=(0,O.useState)([]),[m,h]=(0,O.useState)(null),[g,_]=(0,O.useState)(!1),[v,y]=(0,O.useState)(!1),[b,x]=(0,O.useState)(null),[S,C]=(0,O.useState)(null),[w,T]=(0,O.useState)(null);(0,O.useEffect)(()=>{!n&&e.session&&r(e.session)},[e.session,n]);let ee={sessionCode:n,regionCode:e.region||null,areaId:i||null,statuses:o.length?o:null},E=JSON.stringify(ee);(0,O.useEffect)(()=>{if(!n||!e.region)return;let t=!0;C(null);let r=window.setTimeout(()=>{P(so,{audience:JSON.parse(E)}).then(e=>t&&(C(e.previewNotice),T(null))).catch(e=>t&&T(e))},250);return()=>{t=!1,window.clearTimeout(r)}},[E,n,e.region]);let D=ci(async()=>e.region?(await P(lo,{regionCode:e.region})).deliveryStatistics:[],[e.region,b]);function te(e,t){s(n=>t?[...n,e]:n.filter(t=>t!==e))}function ne(e){e.preventDefault(),x(null),p([]);let t=[];c.trim()||t.push({field:[`input`,`title`],code:`REQUIRED`,message:`请填写通知标题`}),u.trim()||t.push({field:[`input`,`body`],code:`REQUIRED`,message:`请填写通知内容`}),t.length?p(t):_(!0)}async function re(){y(!0),h(null);try{let{sendNotice:e}=await P(co,{input:{audience:ee,title:c,body:u}});p(e.userErrors),e.userErrors.length===0&&(x(e.recipients),l(``),d(``))}catch(e){h(e)}finally{y(!1),_(!1)}}let ie=D.data??[],ae=[...new Set(ie.map(e=>e.channel))],oe=(e,t)=>ie.find(n=>n.channel===e&&n.status===t)?.count??0;return(0,L.jsxs)(`section`,{className:`card`,"aria-labelledby":`send-notice-title`,children:[(0,L.jsx)(`h2`,{id:`send-notice-title`,children:`发送通知`}),(0,L.jsx)(`p`,{children:`向本地区某一批次的考生发送通知（站内消息、电子邮件，短信只带标题）。`}),b!==null&&(0,L.jsxs)(R,{kind:`success`,children:[`通知已提交发送：`,b,` 名考生，消息正在排队发送。`]}),(0,L.jsx)(U,{error:m}),(0,L.jsxs)(`form`,{onSubmit:ne,noValidate:!0,"aria-labelledby":`send-notice-title`,children:[(0,L.jsx)(z,{errors:Hr(f,[`sessionCode`,`areaId`,`title`,`body`])}),(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(V,{label:`考试批次`,value:n,onChange:r,placeholder:null,options:e.sessions.map(e=>({value:e.code,label:e.name})),errors:H(f,`sessionCode`),required:!0}),(0,L.jsx)(V,{label:`考区`,value:i,onChange:a,placeholder:`全部考区`,options:t.map(e=>({value:e.id,label:e.name})),errors:H(f,`areaId`)})]}),(0,L.jsxs)(`fieldset`,{className:`audience-statuses`,children:[(0,L.jsx)(`legend`,{children:`报名状态（不选则为全部有效报名）`}),K.map(e=>(0,L.jsxs)(`label`,{children:[(0,L.jsx)(`input`,{type:`checkbox`,checked:o.includes(e.value),onChange:t=>te(e.value,t.target.checked)}),` `,e.label]},e.value))]}),(0,L.jsx)(`p`,{className:`preview-count`,"aria-live":`polite`,children:w?`无法计算收件人数。`:S===null?`正在计算收件人数…`:(0,L.jsxs)(L.Fragment,{children:[`将发送给 `,(0,L.jsx)(`strong`,{children:S}),` 名考生`]})}),(0,L.jsx)(U,{error:w}),(0,L.jsx)(B,{label:`通知标题`,value:c,onChange:l,hint:`至多 40 字`,maxLength:40,errors:H(f,`title`),required:!0}),(0,L.jsx)(Ci,{label:`通知内容`,value:u,onChange:d,hint:`至多 500 字`,maxLength:500,rows:6,errors:H(f,`body`),required:!0}),(0,L.jsx)(`div`,{className:`button-row`,children:(0,L.jsx)(`button`,{type:`submit`,className:`button button--primary`,disabled:v||S===0,children:`发送通知…`})})]}),(0,L.jsx)(si,{open:g,title:`确认发送通知`,confirmLabel:`确认发送`,busy:v,onConfirm:()=>void re(),onCancel:()=>_(!1),children:(0,L.jsxs)(`p`,{children:[`将向 `,(0,L.jsx)(`strong`,{children:S??`—`}),` 名考生发送“`,c,`”。发送后不能撤回。`]})}),(0,L.jsx)(G,{regionCode:e.region,refresh:D.data}),(0,L.jsx)(`h3`,{children:`本地区发送情况（全部消息）`}),(0,L.jsx)(U,{error:D.error}),ae.length===0?(0,L.jsx)(`p`,{children:`暂无发送记录。`}):(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data delivery-stats`,children:[(0,L.jsx)(`caption`,{className:`visually-hidden`,children:`本地区消息发送情况`}),(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`渠道`}),Bo.map(e=>(0,L.jsx)(`th`,{scope:`col`,children:e.label},e.value))]})}),(0,L.jsx)(`tbody`,{children:ae.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`row`,children:zo[e]??e}),Bo.map(t=>(0,L.jsx)(`td`,{children:oe(e,t.value)},t.value))]},e))})]})}),(0,L.jsx)(`button`,{type:`button`,className:`button button--plain`,onClick:()=>void D.reload(),children:`刷新发送情况`})]})}var Ho=[{value:`POLICY`,label:`政策文件`},{value:`CANDIDATE_GUIDE`,label:`考生须知`},{value:`EXAM_PLAN`,label:`考试计划`},{value:`EXAM_ARRANGEMENT`,label:`考试安排`}],Uo={kind:`CANDIDATE_GUIDE`,title:``,body:``,session:``,publishedAt:``};function Wo(){let e=ho(`open`),t=ci(async()=>e.region?(await P(Ua,{code:e.region})).region:null,[e.region]),[n,r]=(0,O.useState)(null),[i,a]=(0,O.useState)(Uo),[o,s]=(0,O.useState)([]),[c,l]=(0,O.useState)(null),[u,d]=(0,O.useState)(null),[f,p]=(0,O.useState)(!1),m=t.data?.notices??[];function h(e){r(e),s([]),d(null),a(e?{kind:e.kind,title:e.title,body:e.body,session:e.session?.code??``,publishedAt:vi(e.publishedAt)}:Uo)}async function g(o){o.preventDefault(),p(!0),l(null),d(null);try{let o=i.publishedAt?yi(i.publishedAt):null,c;c=n?(await P(io,{id:n.id,input:{kind:i.kind,title:i.title,body:i.body,sessionCode:i.session||null,...o?{publishedAt:o}:{}}})).updateNotice.userErrors:(await P(ro,{regionCode:e.region,input:{kind:i.kind,title:i.title,body:i.body,sessionCode:i.session||null,publishedAt:o}})).createNotice.userErrors,s(c),c.length===0&&(d(n?`公告已更新。`:`公告已发布。`),r(null),a(Uo),await t.reload())}catch(e){l(e)}finally{p(!1)}}async function _(e){if(window.confirm(`撤下公告“${e.title}”？`)){l(null);try{let n=await P(ao,{id:e.id});s(n.disableNotice.userErrors),n.disableNotice.userErrors.length===0&&(d(`公告已撤下。`),await t.reload())}catch(e){l(e)}}}let v=Date.now();return(0,L.jsxs)(lr,{title:`通知公告`,lead:`本地区报名页上的政策文件、考生须知、考试计划和考试安排。`,children:[(0,L.jsx)(go,{scope:e,withSession:!1}),e.national&&!e.region&&(0,L.jsx)(R,{kind:`info`,children:`请先选择地区。`}),u&&(0,L.jsx)(R,{kind:`success`,children:u}),(0,L.jsx)(U,{error:t.error??c}),t.loading&&!t.data&&e.region&&(0,L.jsx)(pr,{}),t.data&&(0,L.jsxs)(L.Fragment,{children:[m.length===0?(0,L.jsx)(`p`,{children:`暂无公告。`}):(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data`,children:[(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`类别`}),(0,L.jsx)(`th`,{scope:`col`,children:`标题`}),(0,L.jsx)(`th`,{scope:`col`,children:`适用批次`}),(0,L.jsx)(`th`,{scope:`col`,children:`发布时间`}),(0,L.jsx)(`th`,{scope:`col`,children:`操作`})]})}),(0,L.jsx)(`tbody`,{children:m.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`td`,{children:e.kindLabel}),(0,L.jsxs)(`td`,{children:[e.title,` `,e.disabled&&(0,L.jsx)(wi,{children:`已撤下`}),!e.disabled&&Date.parse(e.publishedAt)>v&&(0,L.jsx)(wi,{tone:`warn`,children:`定时发布`})]}),(0,L.jsx)(`td`,{children:e.session?.name??`全部批次`}),(0,L.jsx)(`td`,{children:gi(e.publishedAt)}),(0,L.jsx)(`td`,{children:(0,L.jsxs)(`div`,{className:`button-row`,children:[(0,L.jsxs)(`button`,{type:`button`,className:`button`,onClick:()=>h(e),children:[`编辑`,(0,L.jsxs)(`span`,{className:`visually-hidden`,children:[` `,e.title]})]}),!e.disabled&&(0,L.jsxs)(`button`,{type:`button`,className:`button button--plain`,onClick:()=>void _(e),children:[`撤下`,(0,L.jsxs)(`span`,{className:`visually-hidden`,children:[` `,e.title]})]})]})})]},e.id))})]})}),(0,L.jsxs)(`form`,{onSubmit:g,noValidate:!0,className:`card`,"aria-labelledby":`notice-form-title`,children:[(0,L.jsx)(`h2`,{id:`notice-form-title`,children:n?`编辑公告：${n.title}`:`发布新公告`}),(0,L.jsx)(z,{errors:Hr(o,[`kind`,`title`,`body`,`sessionCode`,`publishedAt`])}),(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(V,{label:`类别`,value:i.kind,onChange:e=>a({...i,kind:e}),options:Ho,errors:H(o,`kind`),required:!0}),(0,L.jsx)(V,{label:`适用批次`,value:i.session,onChange:e=>a({...i,session:e}),options:e.sessions.map(e=>({value:e.code,label:e.name})),placeholder:`全部批次`,errors:H(o,`sessionCode`)}),(0,L.jsx)(Si,{label:`发布时间（北京时间）`,hint:`留空则立即发布；填写将来的时间则定时发布`,value:i.publishedAt,onChange:e=>a({...i,publishedAt:e}),errors:H(o,`publishedAt`)})]}),(0,L.jsx)(B,{label:`标题`,value:i.title,onChange:e=>a({...i,title:e}),errors:H(o,`title`),required:!0}),(0,L.jsx)(Ci,{label:`正文`,value:i.body,onChange:e=>a({...i,body:e}),rows:8,errors:H(o,`body`)}),(0,L.jsxs)(`div`,{className:`button-row`,children:[(0,L.jsx)(`button`,{type:`submit`,className:`button button--primary`,disabled:f,children:f?`正在保存…`:n?`保存修改`:`发布`}),n&&(0,L.jsx)(`button`,{type:`button`,className:`button`,onClick:()=>h(null),children:`取消编辑`})]})]}),(0,L.jsx)(Vo,{scope:e,areas:(t.data.areas??[]).filter(e=>!e.disabled)},t.data.code)]})]})}var Go=50,Ko={REVIEWER:`审核员`,EXAM_STAFF:`考务人员`,REGION_ADMIN:`地区管理员`,NATIONAL_ADMIN:`全国管理员`};function qo(){let e=ho(),{me:t}=sr(),[n,r]=(0,O.useState)(``),[i,a]=(0,O.useState)(``),[o,s]=(0,O.useState)(!1),[c,l]=(0,O.useState)([]),[u,d]=(0,O.useState)({more:!1,end:null}),f={},p=n.trim();p&&(f.or=[{usernameContainsFold:p},{displayNameContainsFold:p}]),i&&(f.role=i),o||(f.disabled=!1),e.national&&e.region&&(f.hasRegionWith=[{code:e.region}]);let m=ci(async()=>{let e=await P(No,{first:Go,where:f});return l([]),d({more:e.staffUsers.pageInfo.hasNextPage,end:e.staffUsers.pageInfo.endCursor??null}),e},[JSON.stringify(f)]),[h,g]=(0,O.useState)(null);async function _(){g(null);try{let e=await P(No,{first:Go,after:u.end,where:f});l(t=>[...t,...Jo(e)]),d({more:e.staffUsers.pageInfo.hasNextPage,end:e.staffUsers.pageInfo.endCursor??null})}catch(e){g(e)}}let v=[...m.data?Jo(m.data):[],...c],y=e.national?Object.keys(Ko):[`REVIEWER`,`EXAM_STAFF`,`REGION_ADMIN`];return(0,L.jsxs)(lr,{title:`人员管理`,lead:`本地区的审核员、考务人员和管理员账号：新建、改名、停用和启用。账号只停用，不删除；停用即结束该账号的全部登录。`,children:[(0,L.jsx)(go,{scope:e,withSession:!1,countryAllowed:!0}),(0,L.jsx)(Xo,{national:e.national,regionCode:e.national?e.region:t?.staff?.region?.code??``,regions:e.regions,onCreated:()=>void m.reload()}),(0,L.jsxs)(`section`,{"aria-labelledby":`staff-list-title`,children:[(0,L.jsx)(`h2`,{id:`staff-list-title`,children:`账号列表`}),(0,L.jsxs)(`div`,{className:`card form-grid`,children:[(0,L.jsx)(B,{label:`用户名或姓名`,value:n,onChange:r}),(0,L.jsx)(V,{label:`角色`,value:i,onChange:a,options:y.map(e=>({value:e,label:Ko[e]})),placeholder:`全部角色`}),(0,L.jsx)(Cr,{label:`包括已停用的账号`,checked:o,onChange:s})]}),(0,L.jsx)(U,{error:m.error}),m.loading&&!m.data&&(0,L.jsx)(pr,{}),m.data&&(0,L.jsxs)(`p`,{role:`status`,children:[`共 `,m.data.staffUsers.totalCount,` 个账号`,v.length<m.data.staffUsers.totalCount?`，已显示 ${v.length} 个`:``,`。`]}),m.data&&v.length===0&&(0,L.jsx)(`p`,{children:`没有符合条件的账号。`}),v.length>0&&(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`data`,children:[(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`用户名 / 姓名`}),(0,L.jsx)(`th`,{scope:`col`,children:`角色 / 地区`}),(0,L.jsx)(`th`,{scope:`col`,children:`身份验证器`}),(0,L.jsx)(`th`,{scope:`col`,children:`状态`}),(0,L.jsx)(`th`,{scope:`col`,children:`最近登录`}),(0,L.jsx)(`th`,{scope:`col`,children:`操作`})]})}),(0,L.jsx)(`tbody`,{children:v.map(e=>(0,L.jsx)(Yo,{account:e,self:e.id===t?.staff?.id,onChanged:()=>void m.reload()},e.id))})]})}),(0,L.jsx)(fr,{error:h}),u.more&&(0,L.jsx)(`div`,{className:`button-row`,children:(0,L.jsx)(`button`,{type:`button`,className:`button`,onClick:()=>void _(),children:`加载更多`})})]})]})}function Jo(e){return(e.staffUsers.edges??[]).flatMap(e=>e?.node?[e.node]:[])}function Yo({account:e,self:t,onChanged:n}){let[r,i]=(0,O.useState)(null),[a,o]=(0,O.useState)(e.displayName),[s,c]=(0,O.useState)([]),[l,u]=(0,O.useState)(null),[d,f]=(0,O.useState)(!1),p=e.lockedUntil&&Date.parse(e.lockedUntil)>Date.now();async function m(t){f(!0),u(null);try{let r=(await P(Fo,{id:e.id,input:t})).updateStaffUser;c(r.userErrors),r.userErrors.length===0&&(i(null),n())}catch(e){u(e),i(null)}finally{f(!1)}}return(0,L.jsxs)(`tr`,{children:[(0,L.jsxs)(`td`,{children:[(0,L.jsx)(`span`,{className:`mono`,children:e.username}),(0,L.jsx)(`br`,{}),e.displayName,t&&(0,L.jsx)(`span`,{className:`muted`,children:`（本人）`})]}),(0,L.jsxs)(`td`,{children:[e.roleLabel,(0,L.jsx)(`br`,{}),(0,L.jsx)(`span`,{className:`muted`,children:e.region?.name??`全国`})]}),(0,L.jsx)(`td`,{children:e.totpEnabled?(0,L.jsx)(wi,{tone:`ok`,children:`已开启`}):(0,L.jsx)(wi,{tone:`warn`,children:`未开启`})}),(0,L.jsx)(`td`,{children:e.disabled?(0,L.jsx)(wi,{tone:`bad`,children:`已停用`}):p?(0,L.jsxs)(wi,{tone:`warn`,children:[`锁定至 `,gi(e.lockedUntil)]}):(0,L.jsx)(wi,{tone:`ok`,children:`正常`})}),(0,L.jsx)(`td`,{children:e.lastLoginAt?gi(e.lastLoginAt):(0,L.jsx)(`span`,{className:`muted`,children:`从未登录`})}),(0,L.jsxs)(`td`,{children:[(0,L.jsx)(fr,{error:l}),(0,L.jsxs)(`div`,{className:`button-row`,children:[(0,L.jsx)(`button`,{type:`button`,className:`button button--small`,"aria-label":`改名：${e.username}`,onClick:()=>{o(e.displayName),c([]),i(`rename`)},children:`改名`}),!t&&(0,L.jsx)(`button`,{type:`button`,className:`button button--small${e.disabled?``:` button--danger`}`,"aria-label":`${e.disabled?`启用`:`停用`}：${e.username}`,onClick:()=>{c([]),i(`toggle`)},children:e.disabled?`启用`:`停用`})]}),(0,L.jsxs)(si,{open:r===`rename`,title:`修改 ${e.username} 的姓名`,confirmLabel:`保存`,busy:d,onConfirm:()=>void m({displayName:a.trim()}),onCancel:()=>i(null),children:[(0,L.jsx)(z,{errors:Hr(s,[`displayName`])}),(0,L.jsx)(B,{label:`姓名`,value:a,onChange:o,required:!0,errors:H(s,`displayName`)})]}),(0,L.jsxs)(si,{open:r===`toggle`,title:e.disabled?`启用 ${e.username}？`:`停用 ${e.username}？`,confirmLabel:e.disabled?`确认启用`:`确认停用`,danger:!e.disabled,busy:d,onConfirm:()=>void m({disabled:!e.disabled}),onCancel:()=>i(null),children:[(0,L.jsx)(z,{errors:s}),(0,L.jsx)(`p`,{children:e.disabled?`启用后该账号可以再次登录。`:`停用后该账号立即退出所有登录，且不能再登录；可随时重新启用。`})]})]})]})}function Xo({national:e,regionCode:t,regions:n,onCreated:r}){let[i,a]=(0,O.useState)(!1),[o,s]=(0,O.useState)(``),[c,l]=(0,O.useState)(``),[u,d]=(0,O.useState)(``),[f,p]=(0,O.useState)(`REVIEWER`),[m,h]=(0,O.useState)(t),[g,_]=(0,O.useState)([]),[v,y]=(0,O.useState)(null),[b,x]=(0,O.useState)(null),[S,C]=(0,O.useState)(!1),w=e?[`REVIEWER`,`EXAM_STAFF`,`REGION_ADMIN`,`NATIONAL_ADMIN`]:[`REVIEWER`,`EXAM_STAFF`];async function T(n){n.preventDefault(),C(!0),y(null),x(null),_([]);try{let n=f===`NATIONAL_ADMIN`?null:e?m||null:t||null,i=(await P(Po,{input:{username:o.trim(),displayName:c.trim(),password:u,role:f,regionCode:n}})).createStaffUser;_(i.userErrors),i.staffUser&&(x(`账号 ${i.staffUser.username} 已创建。请通过安全渠道将初始密码告知本人，并提醒其登录后在“账户安全”中修改密码、绑定身份验证器。`),s(``),l(``),d(``),r())}catch(e){y(e)}finally{C(!1)}}return(0,L.jsxs)(`section`,{className:`card`,"aria-labelledby":`staff-create-title`,children:[(0,L.jsx)(`h2`,{id:`staff-create-title`,children:`新建账号`}),b&&(0,L.jsx)(R,{kind:`success`,children:b}),i?(0,L.jsxs)(`form`,{onSubmit:T,noValidate:!0,children:[(0,L.jsx)(fr,{error:v}),(0,L.jsx)(z,{errors:Hr(g,[`username`,`displayName`,`password`,`role`,`regionCode`])}),(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(B,{label:`用户名`,value:o,onChange:s,autoComplete:`off`,required:!0,hint:`登录用，创建后不能修改`,errors:H(g,`username`)}),(0,L.jsx)(B,{label:`姓名`,value:c,onChange:l,required:!0,errors:H(g,`displayName`)}),(0,L.jsx)(B,{label:`初始密码`,type:`password`,value:u,onChange:d,autoComplete:`new-password`,required:!0,hint:`至少 12 位，不能是常见密码，不能包含用户名`,errors:H(g,`password`)}),(0,L.jsx)(V,{label:`角色`,value:f,onChange:e=>p(e),options:w.map(e=>({value:e,label:Ko[e]})),placeholder:null,required:!0,errors:H(g,`role`)}),e&&f!==`NATIONAL_ADMIN`&&(0,L.jsx)(V,{label:`所属地区`,value:m,onChange:h,options:n.map(e=>({value:e.code,label:`${e.name}（${e.code}）`})),placeholder:`请选择地区`,required:!0,errors:H(g,`regionCode`)})]}),f===`EXAM_STAFF`&&(0,L.jsx)(`p`,{className:`muted`,children:`考务人员可在本地区所有考点核验准考证。`}),(0,L.jsxs)(`div`,{className:`button-row`,children:[(0,L.jsx)(`button`,{type:`submit`,className:`button button--primary`,disabled:S,children:S?`正在创建…`:`创建账号`}),(0,L.jsx)(`button`,{type:`button`,className:`button`,onClick:()=>a(!1),children:`收起`})]})]}):(0,L.jsx)(`button`,{type:`button`,className:`button button--primary`,onClick:()=>a(!0),children:`新建账号`})]})}function Zo(e){return`${e.room.site.name} 第 ${e.room.code} 考场 ${e.seat} 号座位`}function Qo(){let e=ho(`print`),[t,n]=(0,O.useState)(``),[r,i]=(0,O.useState)(null),[a,o]=(0,O.useState)(!1),[s,c]=(0,O.useState)(null),[l,u]=(0,O.useState)(null),[d,f]=(0,O.useState)(``),[p,m]=(0,O.useState)(``),[h,g]=(0,O.useState)(``),[_,v]=(0,O.useState)([]),[y,b]=(0,O.useState)(!1),[x,S]=(0,O.useState)(!1),[C,w]=(0,O.useState)(null),T=l?.region.code??``,ee=l?.area?.id??``,E=ci(async()=>{if(!T)return[];let{region:e}=await P(po,{code:T});return(e?.areas?.find(e=>e.id===ee)?.sites??[]).filter(e=>!e.disabled).flatMap(e=>(e.rooms??[]).filter(e=>!e.disabled).map(t=>({id:t.id,capacity:t.capacity,label:`${e.name} 第 ${t.code} 考场（${t.capacity} 个座位）`})))},[T,ee]),D=E.data?.find(e=>e.id===d);async function te(n){n?.preventDefault(),o(!0),c(null);try{let{reviewQueue:n}=await P(fo,{filter:{sessionCode:e.session||null,regionCode:e.region||null,statuses:[`REGISTERED`],search:t.trim()||null}});i((n.edges??[]).flatMap(e=>e?.node?[e.node]:[]))}catch(e){c(e)}finally{o(!1)}}function ne(e){u(e),f(e.admissionTicket?.room.id??``),m(``),g(``),v([]),w(null)}function re(e){e.preventDefault(),w(null);let t=[];d||t.push({field:[`roomId`],code:`REQUIRED`,message:`请选择考场`}),/^\d+$/.test(p.trim())||t.push({field:[`seat`],code:`REQUIRED`,message:`请填写座位号（整数）`}),h.trim()||t.push({field:[`reason`],code:`REQUIRED`,message:`请填写调整原因`}),v(t),t.length===0&&b(!0)}async function ie(){let e=l?.admissionTicket;if(l&&e){S(!0),c(null);try{let{moveSeat:t}=await P(mo,{ticketId:e.id,roomId:d,seat:Number(p.trim()),reason:h});v(t.userErrors),t.userErrors.length===0&&t.ticket&&(w(`已调整：${l.name}（准考证号 ${t.ticket.ticketNumber}）现为 ${Zo(t.ticket)}。考生重新打印的准考证将显示新座位。`),u({...l,admissionTicket:{...e,...t.ticket}}),m(``),g(``),r&&i(r.map(n=>n.id===l.id?{...n,admissionTicket:{...e,...t.ticket}}:n)))}catch(e){c(e)}finally{S(!1),b(!1)}}}let ae=l?.admissionTicket;return(0,L.jsxs)(lr,{title:`调整座位`,lead:`编排结果发布后，将一名考生调到其所报考区内某考场的空座位；须填写原因，每次调整均记入审计日志。`,children:[(0,L.jsx)(go,{scope:e,countryAllowed:!0}),(0,L.jsxs)(`form`,{className:`card`,onSubmit:e=>void te(e),noValidate:!0,"aria-labelledby":`seat-search-title`,children:[(0,L.jsx)(`h2`,{id:`seat-search-title`,children:`查找准考证`}),(0,L.jsx)(`p`,{children:`在本批次报名成功的考生中查找（接口按姓名或完整证件号码查找；结果列出准考证号和当前座位）。`}),(0,L.jsx)(B,{label:`考生姓名、证件号码或准考证号`,hint:`姓名可只填一部分，证件号码和 16 位准考证号须填完整；留空则列出本批次报名成功的考生（至多 50 名）`,value:t,onChange:n}),(0,L.jsx)(`div`,{className:`button-row`,children:(0,L.jsx)(`button`,{type:`submit`,className:`button button--primary`,disabled:a||!e.session,children:`查找`})})]}),(0,L.jsx)(U,{error:s}),a&&(0,L.jsx)(pr,{label:`正在查找…`}),r&&!a&&r.length===0&&(0,L.jsx)(R,{kind:`info`,children:`没有找到报名成功的考生。请检查考试批次、姓名或证件号码。`}),r&&r.length>0&&(0,L.jsx)(`div`,{className:`table-wrap scroll-box`,tabIndex:0,role:`region`,"aria-label":`查找结果（可横向滚动）`,children:(0,L.jsxs)(`table`,{className:`data seat-move-table`,children:[(0,L.jsxs)(`caption`,{children:[`查找结果：`,r.length,` 名考生`]}),(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`姓名`}),(0,L.jsx)(`th`,{scope:`col`,children:`证件号码`}),(0,L.jsx)(`th`,{scope:`col`,children:`准考证号`}),(0,L.jsx)(`th`,{scope:`col`,children:`当前座位`}),(0,L.jsx)(`th`,{scope:`col`,children:`操作`})]})}),(0,L.jsx)(`tbody`,{children:r.map(e=>(0,L.jsxs)(`tr`,{"aria-current":l?.id===e.id?`true`:void 0,children:[(0,L.jsx)(`td`,{children:e.name}),(0,L.jsx)(`td`,{className:`mono`,children:e.idNumberMasked}),(0,L.jsx)(`td`,{className:`mono`,children:e.admissionTicket?.ticketNumber??`—`}),(0,L.jsx)(`td`,{children:e.admissionTicket?Zo(e.admissionTicket):`尚未编排（编排结果发布后才有准考证）`}),(0,L.jsx)(`td`,{children:e.admissionTicket&&(0,L.jsxs)(`button`,{type:`button`,className:`button button--small`,onClick:()=>ne(e),children:[`调整座位`,(0,L.jsxs)(`span`,{className:`visually-hidden`,children:[` `,e.name]})]})})]},e.id))})]})}),l&&ae&&(0,L.jsxs)(`form`,{className:`card`,onSubmit:re,noValidate:!0,"aria-labelledby":`seat-move-title`,children:[(0,L.jsxs)(`h2`,{id:`seat-move-title`,children:[`调整 `,l.name,` 的座位`]}),C&&(0,L.jsx)(R,{kind:`success`,children:C}),(0,L.jsxs)(`dl`,{className:`facts`,children:[(0,L.jsx)(`dt`,{children:`准考证号`}),(0,L.jsx)(`dd`,{className:`mono`,children:ae.ticketNumber}),(0,L.jsx)(`dt`,{children:`考区`}),(0,L.jsx)(`dd`,{children:l.area?.name??`—`}),(0,L.jsx)(`dt`,{children:`当前座位`}),(0,L.jsx)(`dd`,{children:Zo(ae)})]}),(0,L.jsx)(z,{errors:Hr(_,[`roomId`,`seat`,`reason`]),title:`未能调整：`}),(0,L.jsx)(U,{error:E.error}),(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(V,{label:`新考场`,hint:`只能调到考生所报考区内启用的考场`,value:d,onChange:f,options:(E.data??[]).map(e=>({value:e.id,label:e.label})),placeholder:`请选择考场`,errors:H(_,`roomId`),required:!0}),(0,L.jsx)(B,{label:`新座位号`,type:`number`,inputMode:`numeric`,hint:D?`1 至 ${D.capacity}`:`先选择考场`,value:p,onChange:m,errors:H(_,`seat`),required:!0})]}),(0,L.jsx)(Ci,{label:`调整原因`,hint:`记入审计日志，至多 200 字`,value:h,onChange:g,maxLength:200,rows:3,errors:H(_,`reason`),required:!0}),(0,L.jsxs)(`div`,{className:`button-row`,children:[(0,L.jsx)(`button`,{type:`submit`,className:`button button--primary`,disabled:x,children:`调整座位…`}),(0,L.jsx)(`button`,{type:`button`,className:`button`,onClick:()=>u(null),disabled:x,children:`取消`})]})]}),(0,L.jsx)(si,{open:y,title:`确认调整座位`,confirmLabel:`确认调整`,busy:x,onConfirm:()=>void ie(),onCancel:()=>b(!1),children:l&&ae&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsxs)(`p`,{children:[`将 `,(0,L.jsx)(`strong`,{children:l.name}),`（准考证号 `,(0,L.jsx)(`span`,{className:`mono`,children:ae.ticketNumber}),`）从 `,Zo(ae),` 调到`,` `,(0,L.jsxs)(`strong`,{children:[D?.label.replace(/（.*）$/,``)??`—`,` `,p.trim(),` 号座位`]}),`。`]}),(0,L.jsxs)(`p`,{children:[`原因：`,h.trim()]})]})})]})}var $o=20,es=[`staff.login`,`staff.login.failed`,`AdmissionTicket.move`,`seatplan.run`,`seatplan.publish`,`Notice.create`,`Notice.update`,`notice.send`,`RegionPolicy.update`,`ExamArea.create`,`ExamSite.create`,`ExamRoom.create`,`exports.start`,`exports.download`,`stats.report`,`Application.read`,`Application.update`],ts={actorId:``,action:``,recordId:``,fromDay:``,toDay:``};function ns(e){return`${e}T00:00:00+08:00`}function rs(e){let[t,n,r]=e.split(`-`).map(Number);return`${new Date(Date.UTC(t,n-1,r+1)).toISOString().slice(0,10)}T00:00:00+08:00`}function is(e){return{first:$o,actorId:e.actorId||null,action:e.action.trim()||null,recordId:e.recordId.trim()||null,from:e.fromDay?ns(e.fromDay):null,to:e.toDay?rs(e.toDay):null}}function as(e){return e.actorKind===`SYSTEM`?`系统（定时任务）`:e.staff?`${e.staff.displayName}（${e.staff.username}）`:e.staffID??`—`}function os(e){return e==null?`—`:typeof e==`string`?e:JSON.stringify(e)}function ss({label:e,image:t}){let n=t?Object.keys(t).sort():[];return!t||n.length===0?null:(0,L.jsxs)(`div`,{className:`audit-image`,children:[(0,L.jsx)(`p`,{className:`audit-image__label`,children:e}),(0,L.jsx)(`dl`,{className:`audit-image__fields`,children:n.map(e=>(0,L.jsxs)(`div`,{children:[(0,L.jsx)(`dt`,{children:e}),(0,L.jsx)(`dd`,{children:os(t[e])})]},e))})]})}function cs(e){return(e.edges??[]).flatMap(e=>e?.node?[e.node]:[])}function ls(){let e=ho(`open`),t=(0,O.useId)(),[n,r]=(0,O.useState)(ts),[i,a]=(0,O.useState)(null),[o,s]=(0,O.useState)([]),[c,l]=(0,O.useState)(0),[u,d]=(0,O.useState)(null),[f,p]=(0,O.useState)(!1),[m,h]=(0,O.useState)(!1),[g,_]=(0,O.useState)(null),[v,y]=(0,O.useState)(null),b=ci(async()=>cs((await P(No,{first:100,where:{}})).staffUsers),[]);async function x(e,t){h(!0),_(null);try{let{auditLogs:n}=await P(uo,{...is(e),after:t}),r=(n.edges??[]).flatMap(e=>e?.node?[e.node]:[]);s(e=>t?[...e,...r]:r),l(n.totalCount),d(n.pageInfo.endCursor??null),p(n.pageInfo.hasNextPage),a(e)}catch(e){_(e)}finally{h(!1)}}(0,O.useEffect)(()=>{x(ts,null)},[]);function S(e){e.preventDefault(),n.fromDay&&n.toDay&&n.toDay<n.fromDay?y(`截止日期不能早于起始日期`):(y(null),x(n,null))}function C(e){let t={...ts,recordId:e};r(t),y(null),x(t,null)}function w(){r(ts),y(null),x(ts,null)}let T=!!i&&(i.actorId||i.action||i.recordId||i.fromDay||i.toDay),ee=e.national?`全国所有地区的操作记录`:`${e.regionName||`本地区`}的操作记录`;return(0,L.jsxs)(lr,{title:`审计日志`,lead:`工作人员的每次写入、对考生档案的查阅、导出，以及系统任务的操作，按时间倒序（北京时间）。此处显示${ee}。`,children:[(0,L.jsxs)(`form`,{className:`card`,onSubmit:S,noValidate:!0,"aria-labelledby":`audit-filter-title`,children:[(0,L.jsx)(`h2`,{id:`audit-filter-title`,children:`筛选`}),(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsxs)(`div`,{className:`field`,children:[(0,L.jsx)(`label`,{className:`field__label`,htmlFor:`${t}-action`,children:`操作`}),(0,L.jsx)(`p`,{className:`field__hint`,id:`${t}-action-hint`,children:`完整的操作名，如 staff.login、AdmissionTicket.move；留空为全部`}),(0,L.jsx)(`input`,{id:`${t}-action`,className:`field__control mono`,type:`text`,list:`${t}-actions`,value:n.action,autoComplete:`off`,spellCheck:!1,"aria-describedby":`${t}-action-hint`,onChange:e=>r({...n,action:e.target.value})}),(0,L.jsx)(`datalist`,{id:`${t}-actions`,children:es.map(e=>(0,L.jsx)(`option`,{value:e},e))})]}),(0,L.jsx)(V,{label:`操作人`,value:n.actorId,onChange:e=>r({...n,actorId:e}),options:(b.data??[]).map(e=>({value:e.id,label:`${e.displayName}（${e.username}）`})),placeholder:`全部（含系统任务）`}),(0,L.jsx)(B,{label:`记录 ID`,hint:`如报名、准考证或账号的 ID；留空为全部`,value:n.recordId,onChange:e=>r({...n,recordId:e})}),(0,L.jsx)(B,{label:`起始日期（北京时间）`,type:`date`,value:n.fromDay,onChange:e=>r({...n,fromDay:e})}),(0,L.jsxs)(`div`,{className:`field${v?` field--invalid`:``}`,children:[(0,L.jsx)(`label`,{className:`field__label`,htmlFor:`${t}-to`,children:`截止日期（北京时间，含当日）`}),(0,L.jsx)(`input`,{id:`${t}-to`,className:`field__control`,type:`date`,value:n.toDay,"aria-invalid":v?!0:void 0,"aria-describedby":v?`${t}-to-error`:void 0,onChange:e=>r({...n,toDay:e.target.value})}),(0,L.jsx)(xr,{id:`${t}-to-error`,errors:v?[v]:void 0})]})]}),(0,L.jsxs)(`div`,{className:`button-row`,children:[(0,L.jsx)(`button`,{type:`submit`,className:`button button--primary`,disabled:m,children:`查询`}),(0,L.jsx)(`button`,{type:`button`,className:`button`,onClick:w,disabled:m,children:`清除筛选`})]})]}),(0,L.jsx)(U,{error:g}),m&&o.length===0&&(0,L.jsx)(pr,{}),i&&(0,L.jsxs)(`p`,{className:`audit-total`,role:`status`,children:[T?`符合条件的记录`:`全部记录`,`：共 `,c,` 条`,o.length<c?`，已显示 ${o.length} 条`:``]}),i&&o.length===0&&!m&&!g&&(0,L.jsx)(R,{kind:`info`,children:T?`没有符合筛选条件的审计记录。请放宽条件后重新查询。`:`暂无审计记录。`}),o.length>0&&(0,L.jsx)(`div`,{className:`table-wrap scroll-box audit-table-wrap`,tabIndex:0,role:`region`,"aria-label":`审计记录（可横向滚动）`,children:(0,L.jsxs)(`table`,{className:`data audit-table`,children:[(0,L.jsx)(`caption`,{className:`visually-hidden`,children:`审计记录，按时间倒序`}),(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`时间（北京时间）`}),(0,L.jsx)(`th`,{scope:`col`,children:`操作人`}),(0,L.jsx)(`th`,{scope:`col`,children:`操作`}),(0,L.jsx)(`th`,{scope:`col`,children:`记录`}),(0,L.jsx)(`th`,{scope:`col`,children:`地区`}),(0,L.jsx)(`th`,{scope:`col`,children:`详情`})]})}),(0,L.jsx)(`tbody`,{children:o.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`td`,{className:`audit-table__time`,children:gi(e.createdAt)}),(0,L.jsx)(`td`,{children:as(e)}),(0,L.jsx)(`td`,{className:`mono`,children:e.action}),(0,L.jsxs)(`td`,{children:[e.recordType,(0,L.jsx)(`br`,{}),(0,L.jsx)(`span`,{className:`audit-id`,children:e.recordID||`—`}),e.recordID&&i?.recordId!==e.recordID&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`br`,{}),(0,L.jsxs)(`button`,{type:`button`,className:`button button--plain button--small`,onClick:()=>C(e.recordID),disabled:m,children:[`只看此记录`,(0,L.jsxs)(`span`,{className:`visually-hidden`,children:[` `,e.recordID]})]})]})]}),(0,L.jsx)(`td`,{className:`audit-table__nowrap`,children:e.region?.name??`—`}),(0,L.jsxs)(`td`,{className:`audit-table__details`,children:[(0,L.jsx)(ss,{label:`变更前`,image:e.before}),(0,L.jsx)(ss,{label:`变更后`,image:e.after}),(0,L.jsxs)(`p`,{className:`muted`,children:[`请求 `,(0,L.jsx)(`span`,{className:`audit-id`,children:e.requestID||`—`}),` · IP `,(0,L.jsx)(`span`,{className:`audit-id`,children:e.clientIP||`—`})]})]})]},e.id))})]})}),f&&i&&(0,L.jsx)(`div`,{className:`button-row`,children:(0,L.jsx)(`button`,{type:`button`,className:`button`,onClick:()=>void x(i,u),disabled:m,children:m?`正在加载…`:`加载更多`})})]})}var us=[{to:`/console/statistics`,label:`统计分析`,about:`报名人数、分布、趋势图表和审核时效`},{to:`/console/exports`,label:`报表与导出`,about:`统计报告 PDF，报名信息 Excel / CSV 导出`},{to:`/console/seat-plan`,label:`考场编排`,about:`编排座位、查看座位缺口、发布准考证`},{to:`/console/seat-moves`,label:`调整座位`,about:`发布后将一名考生调到空座位，须填写原因`},{to:`/console/policy`,label:`报名政策`,about:`报名与缴费时间、审核方式、报名费`},{to:`/console/venues`,label:`考区与考点`,about:`考区、考点、考场和座位数`},{to:`/console/notices`,label:`通知公告`,about:`发布、编辑和撤下公告`},{to:`/console/staff`,label:`人员管理`,about:`审核员、考务人员账号：新建、改名、停用`},{to:`/console/audit`,label:`审计日志`,about:`工作人员操作和系统任务的记录，按操作、记录和日期筛选`}];function ds(){let{me:e}=sr(),t=e?.staff;return(0,L.jsxs)(lr,{title:`管理后台`,lead:`${t?.displayName??``}（${t?.roleLabel??``}${t?.region?` · ${t.region.name}`:``}）`,children:[t?.role===`REVIEWER`&&(0,L.jsxs)(`p`,{className:`alert alert--info`,children:[`审核员账号仅可使用`,(0,L.jsx)(Nn,{to:`/desk`,children:`审核工作台`}),`；以下功能需要地区管理员或全国管理员权限。`]}),(0,L.jsxs)(`ul`,{className:`console-links`,children:[us.map(e=>(0,L.jsx)(`li`,{children:(0,L.jsxs)(Nn,{to:e.to,children:[e.label,(0,L.jsx)(`span`,{children:e.about})]})},e.to)),(0,L.jsx)(`li`,{children:(0,L.jsxs)(Nn,{to:`/desk`,children:[`报名审核`,(0,L.jsx)(`span`,{children:`审核工作台：待审核队列、逐份和批量审核`})]})})]})]})}function fs(){return(0,L.jsx)(ba,{children:(0,L.jsx)(cr,{area:`管理后台`,nav:[{to:`/console`,label:`概览`,end:!0},...us.map(e=>({to:e.to,label:e.label})),{to:`/desk`,label:`报名审核`}],children:(0,L.jsxs)(mn,{children:[(0,L.jsx)(N,{index:!0,element:(0,L.jsx)(ds,{})}),(0,L.jsx)(N,{path:`statistics`,element:(0,L.jsx)(_o,{})}),(0,L.jsx)(N,{path:`exports`,element:(0,L.jsx)(yo,{})}),(0,L.jsx)(N,{path:`seat-plan`,element:(0,L.jsx)(xo,{})}),(0,L.jsx)(N,{path:`policy`,element:(0,L.jsx)(Eo,{})}),(0,L.jsx)(N,{path:`venues`,element:(0,L.jsx)(Mo,{})}),(0,L.jsx)(N,{path:`notices`,element:(0,L.jsx)(Wo,{})}),(0,L.jsx)(N,{path:`staff`,element:(0,L.jsx)(qo,{})}),(0,L.jsx)(N,{path:`seat-moves`,element:(0,L.jsx)(Qo,{})}),(0,L.jsx)(N,{path:`audit`,element:(0,L.jsx)(ls,{})}),(0,L.jsx)(N,{path:`*`,element:(0,L.jsx)(lr,{title:`页面不存在`,children:`请从左侧菜单进入。`})})]})})})}function ps(e){return e===`REVIEWER`?`/desk`:`/console`}function ms(e){return e&&e.startsWith(`/`)&&!e.startsWith(`//`)?e:null}var hs=[`TOTP_REQUIRED`,`TOTP_INVALID`];function gs(){let{signIn:e}=sr(),t=Ct(),[n]=zn(),[r,i]=(0,O.useState)(``),[a,o]=(0,O.useState)(``),[s,c]=(0,O.useState)(``),[l,u]=(0,O.useState)(!1),[d,f]=(0,O.useState)([]),[p,m]=(0,O.useState)(null),[h,g]=(0,O.useState)(!1);async function _(i){i.preventDefault(),g(!0),m(null);try{let i=(await P(nr,{input:{username:r,password:a,totpCode:l&&s?s:null}})).staffLogin;if(i.userErrors.some(e=>hs.includes(e.code))&&u(!0),f(i.userErrors),i.session){let r=await e(i.session.token),a=ms(n.get(`next`))??ps(r?.staff?.role);i.totpEnrolmentRequired?t(`/account?next=${encodeURIComponent(a)}`,{replace:!0}):t(a,{replace:!0})}}catch(e){m(e)}finally{g(!1)}}let v=d.filter(e=>hs.includes(e.code)).map(e=>e.message);return(0,L.jsx)(`div`,{className:`login-page`,children:(0,L.jsxs)(`main`,{id:`main`,className:`login-card`,children:[(0,L.jsx)(`h1`,{className:`page__title`,children:`工作人员登录`}),(0,L.jsx)(`p`,{className:`page__lead`,children:`审核员、地区管理员和全国管理员在此登录审核工作台与管理后台。`}),(0,L.jsxs)(`form`,{onSubmit:_,noValidate:!0,children:[(0,L.jsx)(z,{errors:Hr(d,[`username`,`password`,`totpCode`]).filter(e=>!hs.includes(e.code))}),(0,L.jsx)(fr,{error:p}),(0,L.jsx)(B,{label:`用户名`,value:r,onChange:i,autoComplete:`username`,required:!0,errors:H(d,`username`)}),(0,L.jsx)(B,{label:`密码`,type:`password`,value:a,onChange:o,autoComplete:`current-password`,required:!0,errors:H(d,`password`)}),l&&(0,L.jsx)(B,{label:`动态验证码`,hint:`身份验证器应用中显示的 6 位数字`,value:s,onChange:c,inputMode:`numeric`,autoComplete:`one-time-code`,maxLength:6,required:!0,errors:v}),(0,L.jsx)(`button`,{type:`submit`,className:`button button--primary`,disabled:h,children:h?`正在登录…`:`登录`})]}),(0,L.jsx)(`p`,{children:(0,L.jsx)(`a`,{href:`/`,children:`返回考生服务`})})]})})}var _s=I(`
  mutation SharedChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      changed
      userErrors {
        field
        code
        message
      }
    }
  }
`),vs=I(`
  mutation SharedBeginTotpSetup($currentPassword: String, $totpCode: String) {
    beginTotpSetup(currentPassword: $currentPassword, totpCode: $totpCode) {
      secret
      otpauthUri
      qrCodePng
      userErrors {
        field
        code
        message
      }
    }
  }
`),ys=I(`
  mutation SharedConfirmTotpSetup($code: String!) {
    confirmTotpSetup(code: $code) {
      enabled
      userErrors {
        field
        code
        message
      }
    }
  }
`),bs=I(`
  mutation SharedDisableTotp($currentPassword: String!, $totpCode: String!) {
    disableTotp(currentPassword: $currentPassword, totpCode: $totpCode) {
      disabled
      userErrors {
        field
        code
        message
      }
    }
  }
`);function xs(){return(0,L.jsx)(ba,{allowEnrolment:!0,children:(0,L.jsx)(Ss,{})})}function Ss(){let{me:e}=sr(),t=e?.totpEnrolmentRequired??!1,n=e?.staff?.role,r=[{to:`/account`,label:`账户安全`,end:!0}];return t||((n===`REGION_ADMIN`||n===`NATIONAL_ADMIN`)&&r.push({to:`/console`,label:`管理后台`}),(n===`REVIEWER`||n===`REGION_ADMIN`||n===`NATIONAL_ADMIN`)&&r.push({to:`/desk`,label:`报名审核`})),(0,L.jsx)(cr,{area:`账户安全`,nav:r,children:(0,L.jsxs)(lr,{title:`账户安全`,lead:`${e?.staff?.displayName??``}（${e?.staff?.username??``}）`,children:[t&&(0,L.jsxs)(R,{kind:`info`,children:[(0,L.jsx)(`p`,{className:`alert__title`,children:`请先绑定身份验证器`}),(0,L.jsx)(`p`,{children:`本系统要求所有工作人员登录时使用身份验证器（TOTP）动态验证码。您的账号尚未绑定，绑定完成前不能办理其他业务；本次登录 15 分钟内有效。`})]}),(0,L.jsx)(Cs,{enrolment:t}),!t&&(0,L.jsx)(ws,{})]})})}function Cs({enrolment:e}){let{me:t,refresh:n}=sr(),r=Ct(),[i]=zn(),a=t?.staff?.totpEnabled??!1,[o,s]=(0,O.useState)(null),[c,l]=(0,O.useState)(null),[u,d]=(0,O.useState)(!1),[f,p]=(0,O.useState)(``),[m,h]=(0,O.useState)(``),[g,_]=(0,O.useState)([]),[v,y]=(0,O.useState)(null),[b,x]=(0,O.useState)(null),[S,C]=(0,O.useState)(!1);async function w(e){C(!0),y(null),x(null),_([]);try{await e()}catch(e){y(e)}finally{C(!1)}}function T(e,t){return w(async()=>{let r=(await P(vs,{currentPassword:e,totpCode:t})).beginTotpSetup;_(r.userErrors),r.secret&&(s({secret:r.secret,qrCodePng:r.qrCodePng??null}),l(null),p(``),h(``),await n())})}function ee(t){t.preventDefault(),w(async()=>{let t=(await P(ys,{code:m.trim()})).confirmTotpSetup;if(_(t.userErrors),!t.enabled)return;s(null),h(``);let a=await n();e?r(ms(i.get(`next`))??ps(a?.staff?.role),{replace:!0}):x(`身份验证器已绑定，下次登录时请输入其中的 6 位动态验证码。`)})}function E(e){e.preventDefault(),c===`replace`?T(f,m.trim()):d(!0)}function D(){d(!1),w(async()=>{let e=(await P(bs,{currentPassword:f,totpCode:m.trim()})).disableTotp;_(e.userErrors),e.disabled&&(l(null),p(``),h(``),await n(),x(`动态验证码已关闭，登录时只需密码。`))})}function te(){l(null),_([]),p(``),h(``)}return(0,L.jsxs)(`section`,{className:`card account-section`,"aria-labelledby":`totp-title`,children:[(0,L.jsx)(`h2`,{id:`totp-title`,children:`身份验证器（动态验证码）`}),(0,L.jsxs)(`p`,{children:[`状态：`,a?(0,L.jsx)(`span`,{className:`badge badge--ok`,children:`已开启`}):(0,L.jsx)(`span`,{className:`badge badge--warn`,children:`未开启`})]}),b&&(0,L.jsx)(R,{kind:`success`,children:b}),(0,L.jsx)(fr,{error:v}),(0,L.jsx)(z,{errors:Hr(g,[`currentPassword`,`totpCode`,`code`])}),o?(0,L.jsxs)(`form`,{onSubmit:ee,noValidate:!0,className:`totp-setup`,children:[(0,L.jsxs)(`ol`,{className:`totp-steps`,children:[(0,L.jsx)(`li`,{children:`在手机上打开身份验证器应用（如 Microsoft Authenticator、Google 身份验证器、FreeOTP），扫描下方二维码；无法扫码时手动输入密钥。`}),(0,L.jsx)(`li`,{children:`输入应用中显示的 6 位动态验证码，完成绑定。`})]}),o.qrCodePng&&(0,L.jsx)(`img`,{className:`totp-qr`,src:o.qrCodePng,alt:`身份验证器绑定二维码`,width:200,height:200}),(0,L.jsxs)(`dl`,{className:`totp-secret`,children:[(0,L.jsx)(`dt`,{children:`密钥（手动输入，基于时间）`}),(0,L.jsx)(`dd`,{children:(0,L.jsx)(`code`,{id:`totp-secret`,className:`mono`,children:o.secret.match(/.{1,4}/g)?.join(` `)})})]}),(0,L.jsx)(B,{label:`动态验证码`,hint:`应用中显示的 6 位数字`,value:m,onChange:h,inputMode:`numeric`,autoComplete:`one-time-code`,maxLength:6,required:!0,errors:H(g,`code`)}),(0,L.jsx)(`div`,{className:`button-row`,children:(0,L.jsx)(`button`,{type:`submit`,className:`button button--primary`,disabled:S,children:S?`正在确认…`:`确认绑定`})})]}):c?(0,L.jsxs)(`form`,{onSubmit:E,noValidate:!0,children:[(0,L.jsx)(`p`,{children:c===`replace`?`更换设备前，请输入当前密码和原身份验证器中的动态验证码。新密钥确认前，原验证器即失效。`:`关闭前，请输入当前密码和身份验证器中的动态验证码。`}),(0,L.jsx)(B,{label:`当前密码`,type:`password`,value:f,onChange:p,autoComplete:`current-password`,required:!0,errors:H(g,`currentPassword`)}),(0,L.jsx)(B,{label:`动态验证码`,value:m,onChange:h,inputMode:`numeric`,autoComplete:`one-time-code`,maxLength:6,required:!0,errors:H(g,`totpCode`)}),(0,L.jsxs)(`div`,{className:`button-row`,children:[(0,L.jsx)(`button`,{type:`submit`,className:`button ${c===`disable`?`button--danger`:`button--primary`}`,disabled:S,children:c===`replace`?`继续更换`:`关闭动态验证码`}),(0,L.jsx)(`button`,{type:`button`,className:`button`,onClick:te,children:`取消`})]})]}):a?(0,L.jsxs)(`div`,{className:`button-row`,children:[(0,L.jsx)(`button`,{type:`button`,className:`button`,onClick:()=>l(`replace`),children:`更换设备`}),(0,L.jsx)(`button`,{type:`button`,className:`button`,onClick:()=>l(`disable`),children:`关闭动态验证码`})]}):(0,L.jsx)(`div`,{className:`button-row`,children:(0,L.jsx)(`button`,{type:`button`,className:`button button--primary`,disabled:S,onClick:()=>void T(null,null),children:`绑定身份验证器`})}),(0,L.jsx)(si,{open:u,title:`关闭动态验证码？`,confirmLabel:`确认关闭`,danger:!0,busy:S,onConfirm:D,onCancel:()=>d(!1),children:(0,L.jsx)(`p`,{children:`关闭后登录只需密码，账号更容易被盗用。`})})]})}function ws(){let[e,t]=(0,O.useState)(``),[n,r]=(0,O.useState)(``),[i,a]=(0,O.useState)(``),[o,s]=(0,O.useState)([]),[c,l]=(0,O.useState)(null),[u,d]=(0,O.useState)(!1),[f,p]=(0,O.useState)(!1);async function m(o){if(o.preventDefault(),d(!1),l(null),s([]),n!==i)s([{field:[`input`,`repeatPassword`],code:`MISMATCH`,message:`两次输入的新密码不一致`}]);else{p(!0);try{let i=(await P(_s,{input:{currentPassword:e,newPassword:n}})).changePassword;s(i.userErrors),i.changed&&(d(!0),t(``),r(``),a(``))}catch(e){l(e)}finally{p(!1)}}}return(0,L.jsxs)(`section`,{className:`card account-section`,"aria-labelledby":`password-title`,children:[(0,L.jsx)(`h2`,{id:`password-title`,children:`修改密码`}),u&&(0,L.jsx)(R,{kind:`success`,children:`密码已修改；您在其他设备和浏览器上的登录已全部退出。`}),(0,L.jsx)(fr,{error:c}),(0,L.jsxs)(`form`,{onSubmit:m,noValidate:!0,children:[(0,L.jsx)(z,{errors:Hr(o,[`currentPassword`,`newPassword`,`repeatPassword`])}),(0,L.jsx)(B,{label:`当前密码`,type:`password`,value:e,onChange:t,autoComplete:`current-password`,required:!0,errors:H(o,`currentPassword`)}),(0,L.jsx)(B,{label:`新密码`,type:`password`,value:n,onChange:r,autoComplete:`new-password`,hint:`至少 12 位，不能是常见密码，不能包含用户名`,required:!0,errors:H(o,`newPassword`)}),(0,L.jsx)(B,{label:`再次输入新密码`,type:`password`,value:i,onChange:a,autoComplete:`new-password`,required:!0,errors:H(o,`repeatPassword`)}),(0,L.jsx)(`div`,{className:`button-row`,children:(0,L.jsx)(`button`,{type:`submit`,className:`button button--primary`,disabled:f,children:f?`正在修改…`:`修改密码`})})]})]})}function Ts(){return(0,L.jsxs)(mn,{children:[(0,L.jsx)(N,{path:`/login`,element:(0,L.jsx)(gs,{})}),(0,L.jsx)(N,{path:`/account`,element:(0,L.jsx)(xs,{})}),(0,L.jsx)(N,{path:`/desk/*`,element:(0,L.jsx)(Ia,{})}),(0,L.jsx)(N,{path:`/console/*`,element:(0,L.jsx)(fs,{})}),(0,L.jsx)(N,{path:`/*`,element:(0,L.jsx)(ya,{})})]})}(0,Gn.createRoot)(document.getElementById(`root`)).render((0,L.jsx)(O.StrictMode,{children:(0,L.jsx)(Mn,{children:(0,L.jsx)(or,{children:(0,L.jsx)(Ts,{})})})}));