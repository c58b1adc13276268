// Async methods keep `this`, `super` calls work across awaits, and static/arrow-property methods too.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
class Base {
  name: string;
  constructor(name: string) {
    this.name = name;
  }
  async greet(): Promise<string> {
    await null;
    return `hello from ${this.name}`;
  }
}
class Child extends Base {
  count = 0;
  async greet(): Promise<string> {
    const base = await super.greet();
    this.count++;
    await new Promise((r) => setTimeout(r, 10));
    return `${base} (child, count ${this.count})`;
  }
  static async make(name: string): Promise<Child> {
    await null;
    return new Child(name);
  }
  bump = async () => {
    await null;
    this.count += 10;
    return this.count;
  };
}
async function main() {
  const c = await Child.make('c1');
  console.log(await c.greet());
  console.log(await c.bump());
  const [a, b] = await Promise.all([c.greet(), new Base('b1').greet()]);
  console.log(a);
  console.log(b);
  console.log({ name: c.name, count: c.count });
}
main();
