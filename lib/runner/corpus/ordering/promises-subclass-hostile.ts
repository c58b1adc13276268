// Hostile shapes around Promise subclasses: a constructor that throws before super, one that
// returns another object, an executor that makes subclass promises itself, super called from an
// arrow; every promise still prints the state Node prints.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
class Early extends Promise { constructor(ex) { if (ex === 0) throw new Error('before super'); super(ex); } }
class Other extends Promise { constructor(ex) { super(ex); return { not: 'a promise' }; } }
class Nested extends Promise {
  constructor(ex) { const inner = new Early((r) => r('inner')); super((res) => { ex(res); }); this.inner = inner; }
}
class ViaArrow extends Promise { constructor(ex) { const go = () => super(ex); go(); } }
try { new Early(0); } catch (e) { console.log('caught', e.message); }
const outer = new Early((r) => { const made = new Early((q) => q('made inside')); console.log(made); r('outer'); });
console.log(outer, new Other((r) => r(1)), new Nested((r) => r('nested')), new ViaArrow((r) => r('arrow')));
console.log(new Promise((r) => r('plain after all that')));
