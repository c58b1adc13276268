// The built-ins' declarations, read once per server process: dynamic pages (home, /s/<id>) would
// otherwise read the file on every request.
import { loadBuiltinsDts } from '../_components/editor/load-builtins-dts.ts';

let pending: Promise<string> | undefined;

export function cachedBuiltinsDts(): Promise<string> {
  pending ??= loadBuiltinsDts();
  return pending;
}
