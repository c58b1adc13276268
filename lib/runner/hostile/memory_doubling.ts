// Memory bomb: doubles a string and flattens it each round, so every copy really takes memory.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
let s = 'x';
const copies = [];
while (true) {
  s = s + s;
  copies.push(s.charCodeAt(s.length - 1), s.slice(1));
}
