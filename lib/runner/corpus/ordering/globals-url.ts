// URL and URLSearchParams parse, resolve, mutate and serialise as in Node.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const u = new URL('../b/c?x=1&y=two#frag', 'https://user:pw@example.com:8080/a/d/');
console.log(u.href);
console.log(u.protocol, u.username, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.origin);
u.searchParams.set('x', 'a b&c');
u.searchParams.append('z', 'é');
u.hash = '';
console.log(u.toString(), JSON.stringify({ u }));
const q = new URLSearchParams('a=1&b=2&a=3');
q.sort();
console.log(q.getAll('a').join(), q.has('b'), q.toString(), [...q].map(([k, v]) => k + v).join(' '));
console.log(new URLSearchParams([['k', 'v'], ['k', 'w']]).toString(), new URLSearchParams({ s: 'x y' }).get('s'));
try { new URL('not a url'); } catch (e: any) { console.log(e.name); }
console.log(URL.canParse('https://ok.example'), URL.canParse('nope'));
console.log(new URL('https://example.com/path?q=1#top'));
console.log(new URLSearchParams('a=1&b=two'), new URLSearchParams(), URL.name, URLSearchParams.name);
