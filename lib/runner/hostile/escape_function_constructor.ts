// Function constructors reached through values the sandbox hands out must see only the sandbox.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const viaArrow = (() => {}).constructor('return typeof process.binding')();
const viaConsole = console.log.constructor('return typeof process.binding')();
const viaSleep = sleep.constructor('return typeof require')();
const viaGenerator = (function* () {}).constructor('yield typeof process.binding')().next().value;
const global = Function('return this')();
const hostish = ['require', 'module', 'Buffer', '__tl_step', '__tl_emit', '__tl_boot', '__tl_config']
  .filter((k) => k in global);
console.log(viaArrow, viaConsole, viaSleep, viaGenerator);
console.log(hostish);
