// Importing a Node module is a compile error naming the line.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
import { readFileSync } from 'fs';
console.log(readFileSync('/etc/passwd', 'utf8'));
