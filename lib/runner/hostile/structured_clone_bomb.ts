// structuredClone of a large graph, copies kept forever: the memory limit stops it.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const graph = Array.from({ length: 50_000 }, (_, i) => ({ i, tags: new Set([i]), when: new Date(i), name: 'n' + i }));
const keep = [];
console.log('cloning');
for (;;) keep.push(structuredClone(graph));
