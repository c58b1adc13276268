// `super` and `new.target` inside async methods behave as in plain methods, also after an await.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
class Base {
  async greet(name) { await null; return `hello ${name}`; }
  static async kind() { return 'base'; }
}
class Child extends Base {
  async greet(name) {
    const before = await super.greet(name);
    await null;
    return `${before}!`;
  }
  static async kind() { return `${await super.kind()} > child`; }
  async target() { return new.target; }
}
const c = new Child();
c.greet('ada').then(console.log);
Child.kind().then(console.log);
c.target().then((t) => console.log('new.target:', t));
