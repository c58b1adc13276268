// Event-loop quiz: setTimeout(…, 0) or setImmediate first? In Node's main module the order is not
// guaranteed, and Explore shows both.
import type { Example } from './example';

export const immediateQuizExample: Example = {
  id: 'quiz-timeout-vs-immediate',
  title: 'Quiz: setTimeout 0 or setImmediate first?',
  lesson: 'Guess before you run. Node usually prints "timeout" first, because its first loop iteration starts more than 1 ms after the main module scheduled the timer, but not always. Explore shows both orders: code that relies on either has a race.',
  code: `// Which line prints first? Run it, then press Explore.
setTimeout(() => console.log("timeout"), 0);
setImmediate(() => console.log("immediate"));

// Inside an I/O or timer callback the order IS guaranteed: immediate first.
setTimeout(() => {
  setTimeout(() => console.log("inner timeout"), 0);
  setImmediate(() => console.log("inner immediate"));
}, 10);
`,
};
