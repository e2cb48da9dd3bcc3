// Checks a Handlebars template before any note is rendered, so that a slip in it is reported
// once, at its file:line:col, and not by every note: the syntax, and what Handlebars would
// otherwise only find while rendering (a missing partial or helper, "#if" without argument).
import type Handlebars from 'handlebars';
import type { TemplateProblem } from '../template-errors.js';

type Node = { type: string; loc?: hbs.AST.SourceLocation } & Record<string, unknown>;
type Loc = { first_line?: number; first_column?: number };

// the built-in block helpers that throw at render time unless given exactly one argument
const ONE_ARGUMENT = new Set(['if', 'unless', 'with', 'each']);

const at = (file: string, loc: hbs.AST.SourceLocation | undefined) => (loc ? { file, line: loc.start.line, column: loc.start.column + 1 } : { file });

/** a syntax error as a problem: Handlebars' Exception has the position, a parse error leaves it in the lexer */
function syntaxProblem(hb: typeof Handlebars, file: string, e: unknown): TemplateProblem {
  const err = e as { message?: string; lineNumber?: number; column?: number };
  const message = String(err.message ?? e);
  if (typeof err.lineNumber === 'number') {
    // "if doesn't match each - 19:3": the position is given apart, 1-based like every column we print
    return { file, line: err.lineNumber, column: (err.column ?? 0) + 1, detail: message.replace(/ - \d+:\d+$/, '') };
  }
  const loc = (hb as unknown as { Parser?: { lexer?: { yylloc?: Loc } } }).Parser?.lexer?.yylloc;
  const line = loc?.first_line ?? Number(/on line (\d+)/.exec(message)?.[1] ?? 0);
  // "Parse error on line 19:\n<excerpt>\n---^\nExpecting …": the place is ours, the rest is detail
  const detail = message.replace(/^(Parse|Lexical) error on line \d+[.:]\s*/, '');
  return line ? { file, line, column: (loc?.first_column ?? 0) + 1, detail } : { file, detail };
}

/**
 * Problems in one template's source. `partials` are the partial names that exist, `helpers`
 * the registered helpers.
 */
export function checkTemplate(hb: typeof Handlebars, source: string, file: string, partials: ReadonlySet<string>, helpers: ReadonlySet<string>): TemplateProblem[] {
  let ast: hbs.AST.Program;
  try {
    ast = hb.parse(source, { srcName: file });
  } catch (e) {
    return [syntaxProblem(hb, file, e)];
  }
  const problems: TemplateProblem[] = [];
  // partials defined inline ({{#*inline "x"}}) count as existing
  const inline = new Set<string>();
  const calls: Node[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object' || typeof (n as Node).type !== 'string') return;
    const node = n as Node;
    if (node.type === 'DecoratorBlock' && (node.path as hbs.AST.PathExpression).original === 'inline') {
      const name = (node.params as hbs.AST.StringLiteral[])[0];
      if (name?.type === 'StringLiteral') inline.add(name.value);
    }
    calls.push(node);
    for (const [k, v] of Object.entries(node)) if (k !== 'loc' && k !== 'strip' && k !== 'openStrip' && k !== 'closeStrip' && k !== 'inverseStrip') walk(v);
  };
  walk(ast);
  for (const node of calls) {
    const name = node.name as hbs.AST.PathExpression | undefined;
    if (node.type === 'PartialStatement' && name?.type === 'PathExpression' && !name.data && !partials.has(name.original) && !inline.has(name.original)) {
      problems.push({ ...at(file, node.loc), key: 'template/partial-missing', data: { name: name.original } });
      continue;
    }
    if (node.type !== 'MustacheStatement' && node.type !== 'BlockStatement' && node.type !== 'SubExpression') continue;
    const p = node.path as hbs.AST.PathExpression;
    if (p?.type !== 'PathExpression' || p.data || p.depth > 0 || p.parts.length !== 1) continue;
    const params = node.params as unknown[];
    const hash = node.hash as { pairs?: unknown[] } | undefined;
    if (node.type === 'BlockStatement' && ONE_ARGUMENT.has(p.original) && params.length !== 1) {
      problems.push({ ...at(file, node.loc), key: 'template/helper-arity', data: { name: p.original } });
    } else if ((params.length > 0 || (hash?.pairs?.length ?? 0) > 0) && !helpers.has(p.original)) {
      // a call with arguments to something that is not a helper throws "Missing helper" at render time
      problems.push({ ...at(file, node.loc), key: 'template/helper-missing', data: { name: p.original, helpers: [...helpers].filter((h) => !h.startsWith('helperMissing') && h !== 'blockHelperMissing').sort().join(', ') } });
    }
  }
  return problems;
}
