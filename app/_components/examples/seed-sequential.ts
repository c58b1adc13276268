// Seed program 1 from the tutorial, verbatim: Sequential awaits (6 s).
import type { Example } from './example';

export const sequentialExample: Example = {
  id: "sequential",
  title: "Sequential awaits (6 s)",
  lesson: "Awaiting one call before starting the next puts the two 3-second waits end to end: main waits 6 s. Without createTask there is only one task, main; each callApi coroutine runs inside it, drawn as a frame in main's lane.",
  code: "async function callApi(message: string, result = 1000, delay = 3): Promise<number> {\n  console.log(message);\n  await asyncio.sleep(delay);\n  return result;\n}\n\nasync function main() {\n  const start = performance.now();\n  let price = await callApi(\"Get stock price of GOOG...\", 300);\n  console.log(price);\n  price = await callApi(\"Get stock price of APPL...\", 400);\n  console.log(price);\n  const end = performance.now();\n  console.log(`It took ${Math.round((end - start) / 1000)} second(s) to complete.`);\n}\n\nasyncio.run(main());\n",
};
