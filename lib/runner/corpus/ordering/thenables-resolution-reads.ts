// Resolving with a thenable reads its then exactly once per resolution, as Node does, whether the
// then is a getter, behind a Proxy, or the resolution goes to a custom Promise.resolve receiver.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
let reads = 0;
const getter = { get then() { reads++; return (res) => res("g"); } };
const proxied = new Proxy({ then(res) { res("p"); } }, { get(t, k) { if (k === "then") reads++; return t[k]; } });
function Custom(ex) { ex((v) => console.log("custom resolve got the same object:", v === getter), () => {}); }
async function f() { return getter; }
async function g() { return proxied; }
Promise.resolve.call(Custom, getter);
Promise.all([f(), g(), Promise.resolve(getter), new Promise((r) => r(proxied))]).then((vs) => console.log(vs.join(), reads));
