// The sandbox's process: only nextTick/hrtime/exit/argv/env; nothing of the host's process is reachable through it.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const own = Object.getOwnPropertyNames(process).filter((k) => 'value' in Object.getOwnPropertyDescriptor(process, k));
console.log(own.join());
const probes = ['binding', '_linkedBinding', 'dlopen', 'mainModule', 'getBuiltinModule', 'moduleLoadList', 'config', 'features', 'report', 'permission'];
console.log(probes.map((k) => typeof process[k]).join());
const hints = ['stdout', 'on', 'cwd', 'memoryUsage', 'exitCode', 'pid', 'versions'];
console.log(hints.map((k) => { try { return typeof process[k]; } catch (e) { return e.constructor.name; } }).join());
console.log(process.constructor === Object, Object.getPrototypeOf(process) === Object.prototype);
const viaFunctions = [process.nextTick, process.hrtime, process.hrtime.bigint, process.exit].map((f) => f.constructor('return typeof require + typeof module + typeof Buffer')());
console.log(viaFunctions.join());
console.log(JSON.stringify(process.env), process.argv.length, typeof process.env.PATH, typeof process.env.HOME);
process.env.SECRET = 'x'; process.argv.push('--inspect');
console.log(process.env.SECRET, process.argv.length);
try { process.exitCode = 5; } catch (e) { console.log(e.constructor.name); }
const hr = process.hrtime();
console.log(hr[0] === 0 && hr[1] === 0, process.hrtime.bigint() === 0n);
