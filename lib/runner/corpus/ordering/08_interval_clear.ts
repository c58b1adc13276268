// setInterval ticks between timeouts and stops after clearInterval on its third tick.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
let ticks = 0;
const id = setInterval(() => {
  ticks++;
  console.log(`tick ${ticks}`);
  Promise.resolve().then(() => console.log(`micro after tick ${ticks}`));
  if (ticks === 3) {
    clearInterval(id);
    console.log('cleared');
  }
}, 20);
setTimeout(() => console.log('timeout 10'), 10);
setTimeout(() => console.log('timeout 30'), 30);
