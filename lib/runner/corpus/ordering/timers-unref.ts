// An unref'd timer does not keep the program alive, but fires while a ref'd one does; ref() restores it.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
let ticks = 0;
const iv = setInterval(() => console.log('interval tick', ++ticks), 20);
iv.unref();
console.log('hasRef after unref', iv.hasRef());
setTimeout(() => console.log('ref\'d timeout ends the program'), 70);
const lonely = setTimeout(() => console.log('never: unref\'d and outlived'), 200);
lonely.unref();
const back = setTimeout(() => console.log('ref() again: fires'), 50);
back.unref().ref();
console.log('hasRef after ref', back.hasRef());
