// new URL(…) of input it cannot parse throws Node's error: a TypeError 'Invalid URL' with code
// ERR_INVALID_URL, input and base (core-js says why: 'Invalid scheme'…); the global URL stays a class
// whose instances, subclasses and statics behave as Node's.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
try { new URL('not a url'); } catch (e) { console.log(e.stack.split('\n')[0], '|', String(e), '|', Object.keys(e), e.input, e.base, e instanceof TypeError, Object.getPrototypeOf(e) === TypeError.prototype); }
try { new URL('/x', 'bad base'); } catch (e) { console.log(e.message, Object.keys(e), e.input, e.base); }
try { new URL('http://[bad'); } catch (e) { console.log(e.message, e.code); }
try { URL.parse('bad'); console.log(URL.parse('bad')); } catch (e) { console.log(e.message); }
console.log(URL.canParse('bad'), URL.canParse('/x', 'http://a'));
const u = new URL('https://example.com/a?b=1#c');
console.log(u, u instanceof URL, Object.getPrototypeOf(u).constructor === URL, URL.name, URL.length, String(URL).slice(0, 20));
class My extends URL { hi() { return 'hi ' + this.host; } }
console.log(new My('http://x.y/').hi(), new My('http://x.y/') instanceof URL);
try { URL('http://a'); } catch (e) { console.log(e.message); }
console.log(URL.canParse('http://a'), URL.parse('http://a/b').pathname, Object.keys(URL));
try { new URL({ toString() { return 'nope'; } }); } catch (e) { console.log(e.message, e.input); }
try { new URL({ toString() { throw new RangeError('mine'); } }); } catch (e) { console.log(e.name, e.message); }
