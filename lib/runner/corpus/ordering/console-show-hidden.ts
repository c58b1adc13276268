// %o (showHidden, depth 4) lists non-enumerable keys, what a class's prototype adds, typed-array fields and proxies.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get length() { return Math.hypot(this.x, this.y); }
  static origin() { return new Point(0, 0); }
}
class Point3 extends Point { get z() { return 0; } }
console.log('%o', new Point(3, 4));
console.log('%o', new Point3(1, 2));
console.log('%o', [1, 2, { a: [3] }]);
console.log('%o', new Uint8Array([1, 2]));
console.log('%o', new Map([['k', 'v']]).values());
console.log('%o', { fn() {}, arrow: () => 1 });
console.log('%o', Object.defineProperty({ visible: 1 }, 'hidden', { value: 2 }));
console.log('%o', new Proxy({ t: 1 }, { get() { return 0; } }));
console.log({ ['__proto__']: 'own key' }, Object.defineProperty({}, '__proto__', { value: 1, enumerable: true }));
console.log('%o', 'a string', 42);
