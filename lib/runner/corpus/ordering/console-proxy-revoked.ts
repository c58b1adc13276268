// A revoked Proxy prints as <Revoked Proxy> instead of making console.log throw.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const r = Proxy.revocable({ secret: 1 }, {});
r.revoke();
console.log(r.proxy);
console.log({ gone: r.proxy, list: [r.proxy] });
const f = Proxy.revocable(() => 1, {});
f.revoke();
console.log(f.proxy);
console.log('%O and %o', r.proxy, r.proxy);
console.log('still running');
