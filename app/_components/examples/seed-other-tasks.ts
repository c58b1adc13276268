// Seed program 3 from the tutorial, verbatim: Progress messages while waiting (3 s).
import type { Example } from './example';

export const otherTasksExample: Example = {
  id: "other-tasks",
  title: "Progress messages while waiting (3 s)",
  lesson: "While both callApi tasks sleep, the event loop is free to run showMessage, whose lane wakes every second and prints.",
  code: "async function callApi(message: string, result = 1000, delay = 3): Promise<number> {\n  console.log(message);\n  await asyncio.sleep(delay);\n  return result;\n}\n\nasync function showMessage() {\n  for (let i = 0; i < 3; i++) {\n    await asyncio.sleep(1);\n    console.log(\"API call is in progress...\");\n  }\n}\n\nasync function main() {\n  const start = performance.now();\n  const messageTask = asyncio.createTask(showMessage());\n  const task1 = asyncio.createTask(callApi(\"Get stock price of GOOG...\", 300));\n  const task2 = asyncio.createTask(callApi(\"Get stock price of APPL...\", 300));\n  let price = await task1;\n  console.log(price);\n  price = await task2;\n  console.log(price);\n  await messageTask;\n  const end = performance.now();\n  console.log(`It took ${Math.round((end - start) / 1000)} second(s) to complete.`);\n}\n\nasyncio.run(main());\n",
};
