// performance.mark/measure: entries, names, types, details and clearing (times vary in node, so not printed).
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
performance.mark('start', { detail: { phase: 1 } });
await new Promise((r) => setTimeout(r, 20));
performance.mark('end');
const m = performance.measure('work', 'start', 'end');
console.log(m.name, m.entryType, m.duration >= 19, m.detail);
console.log(performance.measure('since start', 'start').entryType, performance.measure('options', { start: 'start', detail: 'd' }).detail);
console.log(performance.getEntriesByType('mark').map((e) => e.name).join(), performance.getEntriesByType('measure').length);
console.log(performance.getEntriesByName('start')[0].detail, performance.getEntries().length);
performance.clearMarks('start');
console.log(performance.getEntriesByType('mark').map((e) => e.name).join());
performance.clearMarks(); performance.clearMeasures();
console.log(performance.getEntries().length);
try { performance.measure('bad', 'missing'); } catch (e: any) { console.log(e.name, e.message); }
console.log(typeof performance.timeOrigin, typeof performance.now());
