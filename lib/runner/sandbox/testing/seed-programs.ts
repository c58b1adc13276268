// The three seed programs (shared/seed/*.ts), instrumented by hand exactly as abi.ts describes,
// so the scheduler can be tested before (and independently of) the real instrumenter: calls
// written inside createTask/run become coroutine objects (__tl.lazy), a top-level run is awaited.
import { asyncFn, aw, wrapProgram } from './instrument-by-hand.ts';

const callApi = asyncFn('callApi', 'message, result = 1000, delay = 3',
  `console.log(message);\n${aw('asyncio.sleep(delay)', 3)};\nreturn result;`);
const showMessage = asyncFn('showMessage', '',
  `for (let i = 0; i < 3; i++) {\n${aw('asyncio.sleep(1)', 9)};\nconsole.log("API call is in progress...");\n}`);
const lazy = (fn: string, args: string, line: number) => `__tl.lazy(${fn}, [${args}], void 0, ${JSON.stringify(fn)}, ${line})`;
const run = (line: number) => `${aw(`asyncio.run(${lazy('main', '', line)})`, line, 'asyncio.run(main())')};`;
const took = 'const end = performance.now();\nconsole.log(`It took ${Math.round((end - start) / 1000)} second(s) to complete.`);';

export const seed1 = wrapProgram([callApi, asyncFn('main', '', `const start = performance.now();
let price = ${aw('callApi("Get stock price of GOOG...", 300)', 9)};
console.log(price);
price = ${aw('callApi("Get stock price of APPL...", 400)', 11)};
console.log(price);
${took}`), run(17)].join('\n'));

export const seed2 = wrapProgram([callApi, asyncFn('main', '', `const start = performance.now();
const task1 = asyncio.createTask(${lazy('callApi', '"Get stock price of GOOG...", 300', 9)});
const task2 = asyncio.createTask(${lazy('callApi', '"Get stock price of APPL...", 300', 10)});
let price = ${aw('task1', 11)};
console.log(price);
price = ${aw('task2', 13)};
console.log(price);
${took}`), run(19)].join('\n'));

export const seed3 = wrapProgram([callApi, showMessage, asyncFn('main', '', `const start = performance.now();
const messageTask = asyncio.createTask(${lazy('showMessage', '', 16)});
const task1 = asyncio.createTask(${lazy('callApi', '"Get stock price of GOOG...", 300', 17)});
const task2 = asyncio.createTask(${lazy('callApi', '"Get stock price of APPL...", 300', 18)});
let price = ${aw('task1', 18)};
console.log(price);
price = ${aw('task2', 20)};
console.log(price);
${aw('messageTask', 22)};
${took}`), run(28)].join('\n'));
