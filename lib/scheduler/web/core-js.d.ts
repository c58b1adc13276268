// core-js-pure ships no types for its entry points; these are the ones web/entry.ts uses.
declare module 'core-js-pure/stable/structured-clone' { const f: typeof structuredClone; export default f; }
declare module 'core-js-pure/stable/url/index' { const c: typeof URL; export default c; }
declare module 'core-js-pure/stable/url-search-params/index' { const c: typeof URLSearchParams; export default c; }
declare module 'core-js-pure/stable/atob' { const f: (data: string) => string; export default f; }
declare module 'core-js-pure/stable/btoa' { const f: (data: string) => string; export default f; }
declare module 'core-js-pure/stable/dom-exception/index' { const c: typeof DOMException; export default c; }
