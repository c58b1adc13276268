// Hostile programs that sabotage built-ins the runner might use (JSON, Promise, console, Array,
// String, Map, Function.prototype, Object.prototype setters, globals) before running benign async
// code: the trace and console of the benign part must stay correct.
import { hostileSuite } from './hostile/_harness.ts';
import { tamperChecks } from './hostile/_checks-escape.ts';

hostileSuite('tampering', tamperChecks);
