// The three seed programs (shared/seed/*.ts), instrumented by hand exactly as abi.ts describes,
// so the scheduler can be tested before (and independently of) the real instrumenter.
import { asyncFn, aw, wrapProgram } from './instrument-by-hand.ts';

const callApi = asyncFn('callApi', 'message, result = 1000, delay = 3',
  `console.log(message);\n${aw('asyncio.sleep(delay)', 3)};\nreturn result;`);
const showMessage = asyncFn('showMessage', '',
  `for (let i = 0; i < 3; i++) {\n${aw('asyncio.sleep(1)', 9)};\nconsole.log("API call is in progress...");\n}`);
const took = 'const end = performance.now();\nconsole.log(`It took ${Math.round((end - start) / 1000)} second(s) to complete.`);';

export const seed1 = wrapProgram([callApi, asyncFn('main', '', `const start = performance.now();
let price = ${aw('callApi("Get stock price of GOOG...", 300)', 9)};
console.log(price);
price = ${aw('callApi("Get stock price of APPL...", 400)', 11)};
console.log(price);
${took}`), 'asyncio.run(main());'].join('\n'));

export const seed2 = wrapProgram([callApi, asyncFn('main', '', `const start = performance.now();
const task1 = asyncio.createTask(callApi("Get stock price of GOOG...", 300));
const task2 = asyncio.createTask(callApi("Get stock price of APPL...", 300));
let price = ${aw('task1', 11)};
console.log(price);
price = ${aw('task2', 13)};
console.log(price);
${took}`), 'asyncio.run(main());'].join('\n'));

export const seed3 = wrapProgram([callApi, showMessage, asyncFn('main', '', `const start = performance.now();
const messageTask = asyncio.createTask(showMessage());
const task1 = asyncio.createTask(callApi("Get stock price of GOOG...", 300));
const task2 = asyncio.createTask(callApi("Get stock price of APPL...", 300));
let price = ${aw('task1', 18)};
console.log(price);
price = ${aw('task2', 20)};
console.log(price);
${aw('messageTask', 22)};
${took}`), 'asyncio.run(main());'].join('\n'));
