// Memory bomb: doubles a string forever; slicing the doubled string flattens it, so every round
// really copies (a bare `s += s` only builds a tree of references).
// @ts-nocheck (hostile test program, run by hostile.test.ts)
let s = 'xy';
const copies = [];
while (true) {
  s = (s + s).slice(1);
  copies.push(s);
}
