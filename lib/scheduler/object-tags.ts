// Installs the tags console output needs to see what Node's inspect reads from V8 internals:
// Proxy targets (proxy-tags.ts), Map/Set iterator positions (iterator-tags.ts) and promise
// states (promise-tags.ts). Runs once per isolate, after patchPromise and before user code.
import { installIteratorTags } from './iterator-tags.ts';
import { installPromiseTags } from './promise-tags.ts';
import { installProxyTags } from './proxy-tags.ts';

export function installObjectTags(): void {
  installProxyTags();
  installIteratorTags();
  installPromiseTags();
}
