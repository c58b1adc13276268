// require does not exist in the sandbox: a ReferenceError at runtime.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('before require');
const fs = require('fs');
console.log(fs.readFileSync('/etc/passwd', 'utf8'));
