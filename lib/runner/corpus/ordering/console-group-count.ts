// console.group indents, console.count counts per label, console.dir ignores format strings.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
console.group('outer');
console.log('inside', { a: 1, b: [1, 2] });
console.group();
console.log('multi\nline');
console.groupEnd();
console.groupEnd();
console.count();
console.count('x');
console.count();
console.countReset();
console.count();
console.dir('%s not formatted', 'extra');
console.info('info goes to stdout');
console.debug('debug too');
console.groupEnd();
console.log('after too many groupEnds');
