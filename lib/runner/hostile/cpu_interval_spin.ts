// A setInterval whose every tick burns CPU: the ticks add up until the CPU limit stops it.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
let ticks = 0;
setInterval(() => {
  ticks++;
  if (ticks <= 3) console.log(`tick ${ticks}`);
  let x = 0;
  for (let i = 0; i < 2e6; i++) x += i;
}, 100);
