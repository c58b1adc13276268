// How inspect names a function (Node's getFunctionBase/getClassBase): `[Function: f]`,
// `[AsyncFunction: f]`, `[class A extends B]`, `[Function (anonymous)]`, with the constructor
// and tag when they differ from the function's kind.
import {
  FunctionPrototypeToString, ObjectGetPrototypeOf, ObjectHasOwn, ObjectPrototypeToString, RegExpPrototypeExec,
  StringPrototypeIncludes, StringPrototypeIndexOf, StringPrototypeSlice, StringPrototypeStartsWith,
} from './intrinsics.ts';
import { nativeText } from './native-looks.ts';

const classRegExp = /^(\s+[^(]*?)\s*{/;
const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

/** `s` without its comments, by exec alone (a regex replace would consult RegExp.prototype[Symbol.replace]). */
function stripComments(s: string): string {
  let out = '';
  let from = 0;
  stripCommentsRegExp.lastIndex = 0;
  for (let m = RegExpPrototypeExec(stripCommentsRegExp, s); m !== null; m = RegExpPrototypeExec(stripCommentsRegExp, s)) {
    out += StringPrototypeSlice(s, from, m.index);
    from = m.index + m[0].length;
    if (m[0].length === 0) stripCommentsRegExp.lastIndex++;
  }
  return out + StringPrototypeSlice(s, from);
}

function getClassBase(value: any, constructor: string | null, tag: string): string {
  const name = (ObjectHasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = (ObjectGetPrototypeOf(value) as Function).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

export function getFunctionBase(value: any, constructor: string | null, tag: string): string {
  let stringified = '';
  // A stand-in for one of Node's built-ins (a polyfilled class) is what Node's own text says it is.
  try { stringified = nativeText(value) ?? FunctionPrototypeToString(value); } catch { /* exotic callable */ }
  if (StringPrototypeStartsWith(stringified, 'class') && stringified[stringified.length - 1] === '}') {
    const slice = StringPrototypeSlice(stringified, 5, -1);
    const bracketIndex = StringPrototypeIndexOf(slice, '{');
    if (bracketIndex !== -1 && (!StringPrototypeIncludes(StringPrototypeSlice(slice, 0, bracketIndex), '(') ||
        RegExpPrototypeExec(classRegExp, stripComments(slice)) !== null)) {
      return getClassBase(value, constructor, tag);
    }
  }
  const kind = ObjectPrototypeToString(value);
  let type = 'Function';
  if (kind === '[object GeneratorFunction]' || kind === '[object AsyncGeneratorFunction]') type = `Generator${type}`;
  if (kind === '[object AsyncFunction]' || kind === '[object AsyncGeneratorFunction]') type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  const name = value.name;
  base += name === '' ? ' (anonymous)' : `: ${typeof name === 'string' ? name : String(name)}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}
