// Hostile programs that try to leave the sandbox or reach the runner: constructor chains, eval,
// import, host globals, stack-trace hooks, proxies and hostile values at the result boundary.
import { hostileSuite } from './hostile/_harness.ts';
import { escapeChecks } from './hostile/_checks-escape.ts';

hostileSuite('escape attempts', escapeChecks);
