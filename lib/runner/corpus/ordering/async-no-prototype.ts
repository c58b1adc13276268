// Async functions have no `prototype` property and cannot be constructed, whatever their form.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function decl() {}
const arrow = async () => {};
const expr = async function named() {};
const bound = expr.bind(null);
const obj = { async method() {} };
function plain() {}
for (const [label, fn] of [['decl', decl], ['arrow', arrow], ['expr', expr], ['method', obj.method], ['bound', bound], ['plain', plain]]) {
  console.log(label, 'prototype' in fn, Object.prototype.hasOwnProperty.call(fn, 'prototype'));
}
try { new decl(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
try { new arrow(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
try { new obj.method(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
console.log(typeof new plain());
try { new bound(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
