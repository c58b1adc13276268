// The web-platform globals bundle (esbuild → IIFE), evaluated once per worker INTO the snapshot,
// before any run: structuredClone, URL/URLSearchParams and atob/btoa from core-js-pure,
// EventTarget/Event from event-target-shim, and our own DOMException (Node's), CustomEvent,
// AbortController, TextEncoder/TextDecoder. Building them here costs each run nothing; each run's scheduler takes
// the object from WEB_GLOBAL (and deletes it) and plugs in its clock through setRunHooks.
import URL from 'core-js-pure/stable/url/index';
import URLSearchParams from 'core-js-pure/stable/url-search-params/index';
import atob from 'core-js-pure/stable/atob';
import btoa from 'core-js-pure/stable/btoa';
import { Event, EventTarget, setErrorHandler, setWarningHandler } from 'event-target-shim';
import { WEB_GLOBAL } from '../abi.ts';
import { AbortController, AbortSignal, useDOMException } from './abort.ts';
import { CustomEvent } from './custom-event.ts';
import { TextDecoder, TextEncoder } from './text-codec.ts';
import { structuredClone } from './structured-clone.ts';
import { DOMException } from './dom-exception.ts';
import { runHooks, setRunHooks } from './run-hooks.ts';
import { nodeLikeEvents } from './event-view.ts';
import { nodeLikeUrls, nodeUrlErrors } from './url-view.ts';
import { LOOKS } from './node-web-looks.ts';

useDOMException((message, name) => new DOMException(message, name));
// A listener's exception is Node's uncaught exception; the shim's console warnings are not Node's.
setErrorHandler((error: Error) => runHooks.uncaught(error));
setWarningHandler(() => {});
nodeLikeEvents();
nodeLikeUrls(URL, URLSearchParams);
const NodeURL = nodeUrlErrors(URL);

// core-js keeps its shared store on the global object; its modules already hold it, so the name goes.
delete (globalThis as Record<string, unknown>)['__core-js_shared__'];

// Object.prototype.toString names them as in Node ([object AbortSignal]…).
for (const C of [Event, EventTarget, CustomEvent, AbortController, AbortSignal, TextEncoder, TextDecoder]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

(globalThis as Record<string, unknown>)[WEB_GLOBAL] = {
  globals: {
    structuredClone, URL: NodeURL, URLSearchParams, atob, btoa, DOMException, Event, EventTarget, CustomEvent,
    AbortController, AbortSignal, TextEncoder, TextDecoder,
  },
  // What Node shows for these classes: in this bundle, so only runs that use web globals carry it.
  looks: LOOKS,
  setRunHooks,
};
