// Symbol.for("nodejs.util.inspect.custom") and Symbol.toStringTag shape the printed form.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const custom = { [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } };
console.log(custom, [custom]);
const returnsObject = { [Symbol.for('nodejs.util.inspect.custom')]() { return { replaced: true }; } };
console.log(returnsObject);
const withDepth = { [Symbol.for('nodejs.util.inspect.custom')](depth) { return 'depth=' + depth; } };
console.log({ a: { withDepth } });
class Money {
  constructor(v) { this.v = v; }
  [Symbol.for('nodejs.util.inspect.custom')]() { return `Money<${this.v}>`; }
}
console.log(new Money(5), { price: new Money(7) });
console.log({ [Symbol.toStringTag]: 'Shown' });
class Tag { get [Symbol.toStringTag]() { return 'T'; } }
console.log([new Tag()]);
