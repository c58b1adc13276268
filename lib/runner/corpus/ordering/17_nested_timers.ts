// Timers created inside timers and inside microtasks: each is due relative to when it was created.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
setTimeout(() => {
  console.log('outer 5');
  setTimeout(() => console.log('inner 5+20'), 20);
  Promise.resolve().then(() => {
    console.log('micro in outer');
    setTimeout(() => console.log('from micro 5+10'), 10);
  });
}, 5);
setTimeout(() => {
  console.log('outer 50');
  setTimeout(() => {
    console.log('inner 50+1');
    setTimeout(() => console.log('innermost 50+1+1'), 1);
  }, 1);
}, 50);
