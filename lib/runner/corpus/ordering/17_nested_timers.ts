// Timers created inside timers and inside microtasks: each is due relative to when it was created.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
setTimeout(() => {
  console.log('outer 10');
  setTimeout(() => console.log('inner 10+20'), 20);
  Promise.resolve().then(() => {
    console.log('micro in outer');
    setTimeout(() => console.log('from micro 10+10'), 10);
  });
}, 10);
setTimeout(() => {
  console.log('outer 40');
  setTimeout(() => {
    console.log('inner 40+1');
    setTimeout(() => console.log('innermost 40+1+1'), 1);
  }, 1);
}, 40);
