// Which programs get the web-platform globals. Building them into every isolate doubled the time
// to make one (1.6 → 2.7 ms, the main cost of a short run), so a program gets them only when its
// source names one of them, anywhere (code, strings, comments): `globalThis['URL']` and
// `typeof structuredClone` count. A name assembled at run time is not seen; that program gets a
// ReferenceError, as it would in an engine without the global.
const WEB_NAMES = [
  'structuredClone', 'URL', 'URLSearchParams', 'atob', 'btoa', 'TextEncoder', 'TextDecoder', 'AbortController',
  'AbortSignal', 'EventTarget', 'Event', 'CustomEvent', 'DOMException',
  // node:events' once and timers/promises' signal option work with EventTargets and AbortSignals;
  // performance.measure throws a DOMException for an unknown mark.
  'once', 'signal', 'measure',
];
const WEB_NAME = new RegExp(`\\b(?:${WEB_NAMES.join('|')})\\b`);

export function usesWebGlobals(source: string): boolean {
  return WEB_NAME.test(source);
}
