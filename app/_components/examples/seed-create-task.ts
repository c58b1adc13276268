// Seed program 2 from the tutorial, verbatim: createTask runs both at once (3 s).
import type { Example } from './example';

export const createTaskExample: Example = {
  id: "create-task",
  title: "createTask runs both at once (3 s)",
  lesson: "createTask starts both calls immediately, so their 3-second sleeps overlap and the whole run takes 3 s instead of 6.",
  code: "async function callApi(message: string, result = 1000, delay = 3): Promise<number> {\n  console.log(message);\n  await asyncio.sleep(delay);\n  return result;\n}\n\nasync function main() {\n  const start = performance.now();\n  const task1 = asyncio.createTask(callApi(\"Get stock price of GOOG...\", 300));\n  const task2 = asyncio.createTask(callApi(\"Get stock price of APPL...\", 300));\n  let price = await task1;\n  console.log(price);\n  price = await task2;\n  console.log(price);\n  const end = performance.now();\n  console.log(`It took ${Math.round((end - start) / 1000)} second(s) to complete.`);\n}\n\nasyncio.run(main());\n",
};
