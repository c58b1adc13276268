// Hostile programs that exhaust resources: CPU (sync, microtasks, timers, inside built-ins),
// memory, output, trace and timer floods, deep recursion, blockFor/sleep with absurd values.
import { hostileSuite } from './hostile/_harness.ts';
import { resourceChecks } from './hostile/_checks-resources.ts';

hostileSuite('resources', resourceChecks);
