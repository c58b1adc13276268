// Timers due at the same time fire in creation order; setTimeout 0 counts as 1 ms; negative and
// missing delays count as 1 ms too.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
setTimeout(() => console.log('1ms first'), 1);
setTimeout(() => console.log('0ms second'), 0);
setTimeout(() => console.log('no delay third'));
setTimeout(() => console.log('negative fourth'), -5);
setTimeout(() => console.log('20ms a'), 20);
setTimeout(() => console.log('20ms b'), 20);
setTimeout(() => console.log('20ms c'), 20);
setTimeout(() => console.log('10ms'), 10);
setTimeout((a: string, b: number) => console.log(`args ${a} ${b}`), 30, 'x', 42);
