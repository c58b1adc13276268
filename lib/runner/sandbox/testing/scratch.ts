import { run } from './instrument-by-hand.ts';
import { seed1 } from './seed-programs.ts';
const r = run(seed1);
for (const e of r.events) console.log(JSON.stringify(e));
