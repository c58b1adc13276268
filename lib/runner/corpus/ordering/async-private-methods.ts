// Private async methods, static and per instance, are AsyncFunctions with their own text, and
// leave no trace on the instances; derived classes see their own.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
class Account {
  #balance = 10;
  static async #audit(entry) { return 'audited ' + entry; }
  async #withdraw(amount) { await null; this.#balance -= amount; return this.#balance; }
  static describe() { return [Object.prototype.toString.call(Account.#audit), Account.#audit.length, String(Account.#audit)]; }
  methods() { return this.#withdraw; }
  withdraw(n) { return this.#withdraw(n); }
}
class Savings extends Account {
  async #interest() {}
  kind() { return Object.prototype.toString.call(this.#interest) + ' ' + this.#interest.name; }
}
console.log(Account.describe().join(' | '));
const acc = new Account();
const m = acc.methods();
console.log(Object.prototype.toString.call(m), m.name, m.length, 'prototype' in m, String(m));
console.log(Object.getOwnPropertyNames(acc).length, Object.keys(new Savings()).length, new Savings().kind());
acc.withdraw(3).then((left) => console.log('left', left));
