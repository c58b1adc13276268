// Types for the packages the web globals bundle uses: core-js-pure ships none for its entry points,
// and event-target-shim's are unreachable through its package.json "exports".
declare module 'core-js-pure/stable/structured-clone' { const f: typeof structuredClone; export default f; }
declare module 'core-js-pure/stable/url/index' { const c: typeof URL; export default c; }
declare module 'core-js-pure/stable/url-search-params/index' { const c: typeof URLSearchParams; export default c; }
declare module 'core-js-pure/stable/atob' { const f: (data: string) => string; export default f; }
declare module 'core-js-pure/stable/btoa' { const f: (data: string) => string; export default f; }
declare module 'core-js-pure/stable/dom-exception/index' { const c: typeof DOMException; export default c; }
declare module 'event-target-shim' {
  export class Event {
    constructor(type: string, init?: { bubbles?: boolean; cancelable?: boolean; composed?: boolean });
    readonly type: string;
  }
  export class EventTarget<_Events = Record<string, Event>> {
    addEventListener(type: string, listener: ((event: any) => void) | null, options?: boolean | { once?: boolean; signal?: unknown }): void;
    removeEventListener(type: string, listener: ((event: any) => void) | null): void;
    dispatchEvent(event: Event): boolean;
  }
  export function defineEventAttribute(target: object, type: string): void;
  export function setErrorHandler(handler: ((error: Error) => void) | undefined): void;
  export function setWarningHandler(handler: ((warning: unknown) => void) | undefined): void;
}
