import fs from 'node:fs';
import { compileProgram } from './index.ts';
import ts from 'typescript';
const src = fs.readFileSync('/work/shared/seed/3_other_tasks.ts', 'utf8');
const opts = { fileName: 'main.ts', reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2023, module: ts.ModuleKind.ESNext, moduleDetection: 3, sourceMap: true } };
const med = (f: (i: number) => void) => { for (let i = 0; i < 500; i++) f(i); const t: number[] = []; for (let i = 0; i < 2000; i++) { const s = performance.now(); f(i); t.push(performance.now() - s); } t.sort((a, b) => a - b); return [t[1000].toFixed(3), t[1800].toFixed(3)]; };
for (let k = 0; k < 3; k++) {
console.log('compileProgram p50/p90', med((i) => compileProgram(src + ' '.repeat(i % 7))));
console.log('bare transpileModule', med((i) => ts.transpileModule(src + ' '.repeat(i % 7), opts)));
}
