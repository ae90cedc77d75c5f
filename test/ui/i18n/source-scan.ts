// Reads the UI's TypeScript with the compiler API and reports (1) every message id the code asks the catalogue
// for (`msg(…, { id })`, `pluralMsg('base', …)`) and (2) every user-facing string written outside the catalogue:
// text nodes and user-facing attributes of html`` templates, string values bound into templates, and strings
// handed to known user-facing sinks (a `label:` of a chart or a tab, `this.fail('…')`). Test code only.
import ts from 'typescript';

/** Attributes and properties whose text a person reads (or hears, through a screen reader). */
const USER_FACING_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'alt',
  'label',
  'heading',
  'note',
  'caption',
  'summary',
]);
/** Object keys and assigned properties whose string values end up on screen. */
const USER_FACING_KEYS = new Set([
  'label',
  'title',
  'heading',
  'note',
  'description',
  'definition',
  'hint',
  'tooltip',
  'caption',
  'problem',
  'failure',
  'savedMessage',
  'message',
  'unitLabel',
]);
/** Functions whose first argument is shown to the user. */
const USER_FACING_CALLS = new Set(['fail', 'showSaved', 'showMessage', 'alert', 'confirm']);

export interface Finding {
  line: number;
  text: string;
  where: string;
}

export interface MessageUse {
  id: string;
  /** The English source, with `${…}` for each value. */
  english: string;
  placeholders: number;
  line: number;
  isPlural: boolean;
}

export interface ScanResult {
  findings: Finding[];
  messages: MessageUse[];
  /** `msg()` calls without a literal id: each is a finding of its own. */
  unnamed: Finding[];
}

/** Words that are the same in every language: the product's name, units and symbols. Reviewed; keep short. */
export const ALLOWED_TEXTS = new Set([
  'Switchboard',
  'Erlang A',
  'Erlang C',
  'KPI',
  'KPIs',
  'CSV',
  'JSON',
  'IVR',
  'ASA',
  'AHT',
  'FCR',
  'CRN',
  's',
  'h',
  'min',
]);

const MARK = '\u0000';

/** True when the text holds words: two letters in a row, and it is not one of the allowed names or units. */
export function isUserText(raw: string): boolean {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!/\p{L}\p{L}/u.test(text)) return false;
  return !ALLOWED_TEXTS.has(text);
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

function isNamedCall(node: ts.Node, names: ReadonlySet<string> | string): node is ts.CallExpression {
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
  return typeof names === 'string' ? name === names : names.has(name);
}

function isHtmlTemplate(node: ts.Node): node is ts.TaggedTemplateExpression {
  return ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'svg'].includes(node.tag.text);
}

/**
 * The string literals an expression can evaluate to as text: both branches of a ternary (not its condition),
 * both sides of `??`, `||` and `+`, the literal parts of a template string. Calls, comparisons and nested
 * templates are not followed (a nested html`` is scanned on its own; a `msg()` is the catalogue).
 */
function valueStrings(node: ts.Expression, out: { node: ts.Node; text: string }[]): void {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push({ node, text: node.text });
  else if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    out.push({ node, text: parts });
    for (const span of node.templateSpans) valueStrings(span.expression, out);
  } else if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) valueStrings(node.expression, out);
  else if (ts.isConditionalExpression(node)) {
    valueStrings(node.whenTrue, out);
    valueStrings(node.whenFalse, out);
  } else if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.PlusToken
    ) {
      valueStrings(node.left, out);
      valueStrings(node.right, out);
    }
  } else if (ts.isArrayLiteralExpression(node)) for (const e of node.elements) valueStrings(e as ts.Expression, out);
}

/** The binding an expression of an html`` template sits in: text, or the attribute/property it sets. */
function bindingBefore(staticBefore: string): { kind: 'text' } | { kind: 'attribute'; name: string } {
  const open = staticBefore.lastIndexOf('<');
  const close = staticBefore.lastIndexOf('>');
  if (open <= close) return { kind: 'text' };
  const match = /([.?@]?[\w-]+)=["']?$/.exec(staticBefore);
  return { kind: 'attribute', name: match?.[1] ?? '' };
}

function scanTemplate(template: ts.TaggedTemplateExpression, source: ts.SourceFile, findings: Finding[]): void {
  const tpl = template.template;
  const statics = ts.isNoSubstitutionTemplateLiteral(tpl)
    ? [tpl.text]
    : [tpl.head.text, ...tpl.templateSpans.map((s) => s.literal.text)];
  const line = lineOf(source, template);
  const joined = statics.join(MARK).replace(/<!--[\s\S]*?-->/g, '');
  // Static attributes a person reads.
  for (const tag of joined.match(/<[^>]*>/g) ?? []) {
    for (const attr of tag.matchAll(/\s([\w-]+)=(?:"([^"]*)"|'([^']*)')/g)) {
      const name = attr[1] ?? '';
      const value = (attr[2] ?? attr[3] ?? '').split(MARK).join(' ');
      if (USER_FACING_ATTRIBUTES.has(name) && isUserText(value))
        findings.push({ line, text: value.trim(), where: `attribute ${name}` });
    }
  }
  // Text nodes: what is left outside the tags, between expressions.
  for (const chunk of joined.replace(/<[^>]*>/g, MARK).split(MARK)) {
    if (isUserText(chunk)) findings.push({ line, text: chunk.replace(/\s+/g, ' ').trim(), where: 'text' });
  }
  // Strings bound into the template as text or into a user-facing attribute or property.
  if (ts.isNoSubstitutionTemplateLiteral(tpl)) return;
  let before = tpl.head.text;
  for (const span of tpl.templateSpans) {
    const binding = bindingBefore(before);
    const name = binding.kind === 'attribute' ? binding.name.replace(/^[.?]/, '') : '';
    if (binding.kind === 'text' || USER_FACING_ATTRIBUTES.has(name) || USER_FACING_KEYS.has(name)) {
      const values: { node: ts.Node; text: string }[] = [];
      valueStrings(span.expression, values);
      for (const v of values)
        if (isUserText(v.text))
          findings.push({
            line: lineOf(source, v.node),
            text: v.text,
            where: binding.kind === 'text' ? 'bound text' : `bound ${name}`,
          });
    }
    before += MARK + span.literal.text;
  }
}

function placeholderCount(node: ts.Expression): { english: string; placeholders: number } | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return { english: node.text, placeholders: 0 };
  if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'str') {
    const t = node.template;
    if (ts.isNoSubstitutionTemplateLiteral(t)) return { english: t.text, placeholders: 0 };
    const english = [t.head.text, ...t.templateSpans.map((s) => s.literal.text)].join('${…}');
    return { english, placeholders: t.templateSpans.length };
  }
  return undefined;
}

function idOf(options: ts.Expression | undefined): string | undefined {
  if (options === undefined || !ts.isObjectLiteralExpression(options)) return undefined;
  for (const p of options.properties)
    if (ts.isPropertyAssignment(p) && p.name.getText() === 'id' && ts.isStringLiteralLike(p.initializer))
      return p.initializer.text;
  return undefined;
}

/** Scans one file's source text. */
export function scanSource(fileName: string, text: string): ScanResult {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const result: ScanResult = { findings: [], messages: [], unnamed: [] };
  const flagValue = (expression: ts.Expression, where: string) => {
    const values: { node: ts.Node; text: string }[] = [];
    valueStrings(expression, values);
    for (const v of values)
      if (isUserText(v.text)) result.findings.push({ line: lineOf(source, v.node), text: v.text, where });
  };
  const visit = (node: ts.Node): void => {
    if (isNamedCall(node, 'msg')) {
      const id = idOf(node.arguments[1]);
      const english = node.arguments[0] === undefined ? undefined : placeholderCount(node.arguments[0]);
      if (id === undefined || english === undefined)
        result.unnamed.push({
          line: lineOf(source, node),
          text: node.getText(source),
          where: 'msg without a literal id',
        });
      else result.messages.push({ id, ...english, line: lineOf(source, node), isPlural: false });
      // The English source of a msg() is the catalogue's, not a hard-coded label; a msg() among its values
      // (a nested message) is visited.
      ts.forEachChild(node, visit);
      return;
    }
    if (isNamedCall(node, 'pluralMsg')) {
      const base = node.arguments[0];
      if (base !== undefined && ts.isStringLiteralLike(base))
        result.messages.push({
          id: base.text,
          english: '(plural)',
          placeholders: 1,
          line: lineOf(source, node),
          isPlural: true,
        });
      else
        result.unnamed.push({
          line: lineOf(source, node),
          text: node.getText(source),
          where: 'pluralMsg without a literal id',
        });
      return;
    }
    if (isHtmlTemplate(node)) scanTemplate(node, source, result.findings);
    else if (ts.isPropertyAssignment(node) && USER_FACING_KEYS.has(node.name.getText(source).replace(/['"]/g, '')))
      flagValue(node.initializer, `property ${node.name.getText(source)}`);
    else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      USER_FACING_KEYS.has(node.left.name.text)
    )
      flagValue(node.right, `assigned ${node.left.name.text}`);
    else if (isNamedCall(node, USER_FACING_CALLS) && node.arguments[0] !== undefined)
      flagValue(node.arguments[0], `argument of ${node.expression.getText(source)}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return result;
}
