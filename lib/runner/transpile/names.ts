// Task names for async functions: the function's own name, else the binding, property or
// assignment target it is given to, else "anonymous" (what the timeline labels each lane with).
import ts from 'typescript';

export const ANONYMOUS = 'anonymous';

/** Text of a property name, or undefined when it is computed from a non-literal expression. */
export function propertyNameText(name: ts.PropertyName | ts.BindingName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) {
    const e = name.expression;
    if (ts.isStringLiteral(e) || ts.isNumericLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  }
  return undefined;
}

/** Walks up through wrappers that do not change which value is assigned: (f), f as T, f!, <T>f. */
function skipWrappersUp(node: ts.Node): [ts.Node, ts.Node | undefined] {
  let child = node;
  let parent = node.parent as ts.Node | undefined;
  while (
    parent &&
    (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent) ||
      ts.isNonNullExpression(parent) || ts.isTypeAssertionExpression(parent))
  ) {
    child = parent;
    parent = parent.parent;
  }
  return [child, parent];
}

function assignmentTargetName(target: ts.Expression): string | undefined {
  if (ts.isIdentifier(target)) return target.text;
  if (ts.isPropertyAccessExpression(target)) return target.name.text;
  if (ts.isElementAccessExpression(target)) {
    const arg = target.argumentExpression;
    if (ts.isStringLiteral(arg) || ts.isNumericLiteral(arg)) return arg.text;
  }
  return undefined;
}

/** The name of the task an async function's calls create. `fn` must be an original (parsed) node. */
export function taskName(fn: ts.FunctionLikeDeclaration): string {
  if ((ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn)) && fn.name) return fn.name.text;
  if (ts.isMethodDeclaration(fn)) return propertyNameText(fn.name) ?? ANONYMOUS;
  // `export default async function () {}` is the only nameless declaration; JS calls it "default".
  if (ts.isFunctionDeclaration(fn)) return 'default';
  const [child, parent] = skipWrappersUp(fn);
  if (!parent) return ANONYMOUS;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.initializer === child) {
    return ts.isIdentifier(parent.name) ? parent.name.text : ANONYMOUS;
  }
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.initializer === child) {
    return propertyNameText(parent.name) ?? ANONYMOUS;
  }
  if (ts.isBinaryExpression(parent) && parent.right === child) {
    const op = parent.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsToken || op === ts.SyntaxKind.BarBarEqualsToken ||
      op === ts.SyntaxKind.QuestionQuestionEqualsToken || op === ts.SyntaxKind.AmpersandAmpersandEqualsToken) {
      return assignmentTargetName(parent.left) ?? ANONYMOUS;
    }
  }
  if (ts.isExportAssignment(parent)) return 'default';
  return ANONYMOUS;
}

/**
 * The `name` JavaScript itself gives an anonymous function here (the spec's NamedEvaluation):
 * bindings, parameter and destructuring defaults, property keys, class fields, plain-identifier
 * assignments and `export default`; "" elsewhere, and for computed keys it cannot know.
 */
export function evaluationName(fn: ts.FunctionExpression | ts.ArrowFunction): string {
  if (ts.isFunctionExpression(fn) && fn.name) return fn.name.text;
  const [child, parent] = skipWrappersUp(fn);
  if (!parent) return '';
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.initializer === child) {
    return ts.isIdentifier(parent.name) ? parent.name.text : '';
  }
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.initializer === child) {
    return propertyNameText(parent.name) ?? '';
  }
  if (ts.isShorthandPropertyAssignment(parent) && parent.objectAssignmentInitializer === child) return parent.name.text;
  if (ts.isBinaryExpression(parent) && parent.right === child && ts.isIdentifier(parent.left)) {
    const op = parent.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsToken || op === ts.SyntaxKind.BarBarEqualsToken ||
      op === ts.SyntaxKind.QuestionQuestionEqualsToken || op === ts.SyntaxKind.AmpersandAmpersandEqualsToken) {
      return parent.left.text;
    }
  }
  if (ts.isExportAssignment(parent)) return 'default';
  return '';
}
