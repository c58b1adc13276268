// Which line prints first? Run it, then press Explore.
setTimeout(() => console.log("timeout"), 0);
setImmediate(() => console.log("immediate"));

// Inside an I/O or timer callback the order IS guaranteed: immediate first.
setTimeout(() => {
  setTimeout(() => console.log("inner timeout"), 0);
  setImmediate(() => console.log("inner immediate"));
}, 10);
