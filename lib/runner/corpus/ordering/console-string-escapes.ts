// Strings inside structures are quoted and escaped the way util.inspect does.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
console.log(["it's", 'say "hi"', `both ' and "`, 'all \' " `', 'tab\tnew\nline', 'back\\slash']);
console.log({ ctrl: '\x00\x1b\x7f', uni: 'é☃😀', lone: '\ud800' });
console.log('top level is raw: \'quoted\' "too"');
console.log(['a long string that goes past the line width so that the array has to break somewhere ok']);
console.log({ text: 'line one\nline two\nline three that is long enough to force a split here' });
