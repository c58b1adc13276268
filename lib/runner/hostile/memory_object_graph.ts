// Memory bomb: an ever-growing graph of objects pointing at each other.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('building a graph');
const nodes = [];
for (let i = 0; ; i++) {
  const node = { id: i, edges: [] };
  if (i > 0) { node.edges.push(nodes[i - 1]); nodes[(i * 7) % i].edges.push(node); }
  nodes.push(node);
}
