// Compiles a Handlebars template straight to a JavaScript function (direct-runtime.ts): the
// subset the built-in templates use, with Handlebars' own parser and whitespace rules. Rendering
// a note through the Handlebars runtime cost more than all the note's checks; these functions
// render the same bytes (test/render/html/direct.test.ts) several times faster. Anything outside
// the subset (../ paths, @index, indented partials, other helpers, decorators) is reported
// unsupported, and the template keeps to the Handlebars runtime.
import Handlebars from 'handlebars';

/** Handlebars' own helpers: a bare `{{name}}` with one of these names would call it */
const BUILTIN_HELPERS = ['blockHelperMissing', 'each', 'helperMissing', 'if', 'log', 'lookup', 'unless', 'with'];

class Unsupported extends Error {}

// the parts of the Handlebars AST this compiler reads
interface Node {
  type: string;
}
interface Program extends Node {
  body: Node[];
  blockParams?: string[];
}
interface Path extends Node {
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
}
interface Call extends Node {
  path: Node;
  params: Node[];
  hash?: { pairs: { key: string; value: Node }[] };
}
interface Block extends Call {
  program?: Program;
  inverse?: Program;
}
interface Mustache extends Call {
  escaped: boolean;
}
interface Partial extends Node {
  name: Node;
  params: Node[];
  hash?: { pairs: { key: string; value: Node }[] };
  indent: string;
}

interface Scope {
  /** the JavaScript variable holding the context */
  ctx: string;
  /** block parameter name → variable, innermost last */
  params: Map<string, string>;
}

class Compiler {
  private serial = 0;
  constructor(private readonly helpers: ReadonlySet<string>) {}

  program(program: Program | undefined, scope: Scope): string {
    if (!program) return '';
    return program.body.map((n) => this.statement(n, scope)).join('');
  }

  private statement(node: Node, scope: Scope): string {
    switch (node.type) {
      case 'ContentStatement': {
        const value = (node as Node & { value: string }).value;
        return value ? `o+=${JSON.stringify(value)};\n` : '';
      }
      case 'CommentStatement':
        return '';
      case 'MustacheStatement':
        return this.mustache(node as Mustache, scope);
      case 'BlockStatement':
        return this.block(node as Block, scope);
      case 'PartialStatement':
        return this.partial(node as Partial, scope);
      default:
        throw new Unsupported(node.type);
    }
  }

  private mustache(node: Mustache, scope: Scope): string {
    let value: string;
    if (node.params.length || node.hash) {
      value = this.helperCall(node, scope);
    } else {
      const path = this.path(node.path);
      // a bare name of a helper calls it
      if (isSimple(path, scope) && this.isHelper(path.parts[0]!)) throw new Unsupported(`helper ${path.original}`);
      value = `r.l(${this.pathValue(path, scope)},${scope.ctx})`;
    }
    return node.escaped ? `o+=r.e(${value});\n` : `o+=r.s(${value});\n`;
  }

  private block(node: Block, scope: Scope): string {
    const name = this.path(node.path);
    if (!isSimple(name, scope) || node.hash) throw new Unsupported(`block ${name.original}`);
    const helper = name.parts[0]!;
    if ((helper === 'if' || helper === 'unless') && node.params.length === 1 && !node.program?.blockParams) {
      const test = `r.t(${this.expression(node.params[0]!, scope)},${scope.ctx})`;
      const inverse = this.program(node.inverse, scope);
      return `if(${helper === 'if' ? test : `!${test}`}){\n${this.program(node.program, scope)}}${inverse ? `else{\n${inverse}}` : ''}\n`;
    }
    if (helper === 'with' && node.params.length === 1) {
      const ctx = `c${++this.serial}`;
      const inner = withParams(scope, ctx, node.program?.blockParams, [ctx]);
      const inverse = this.program(node.inverse, scope);
      return `{const ${ctx}=r.w(${this.expression(node.params[0]!, scope)},${scope.ctx});\nif(${ctx}!==undefined){\n${this.program(node.program, inner)}}${inverse ? `else{\n${inverse}}` : ''}}\n`;
    }
    if (helper === 'each' && node.params.length === 1) {
      const n = ++this.serial;
      const inner = withParams(scope, `c${n}`, node.program?.blockParams, [`c${n}`, `k${n}`]);
      const body = `(c${n},k${n})=>{let o="";\n${this.program(node.program, inner)}return o;}`;
      const inverse = node.inverse ? `,()=>{let o="";\n${this.program(node.inverse, scope)}return o;}` : '';
      return `o+=r.each(${this.expression(node.params[0]!, scope)},${scope.ctx},${body}${inverse});\n`;
    }
    throw new Unsupported(`block helper ${helper}`);
  }

  private partial(node: Partial, scope: Scope): string {
    // an indented partial has its every line indented: not done here
    if (node.indent || node.name.type !== 'PathExpression' || node.params.length > 1) throw new Unsupported('partial');
    const name = (node.name as Path).original;
    let ctx = node.params.length ? this.expression(node.params[0]!, scope) : scope.ctx;
    if (node.hash) ctx = `Object.assign({},${ctx},${this.hash(node.hash, scope)})`;
    return `o+=r.p[${JSON.stringify(name)}](${ctx},d,r);\n`;
  }

  private hash(hash: NonNullable<Partial['hash']>, scope: Scope): string {
    return `{${hash.pairs.map((p) => `${JSON.stringify(p.key)}:${this.expression(p.value, scope)}`).join(',')}}`;
  }

  /** a parameter: a literal, a path or a sub-expression */
  private expression(node: Node, scope: Scope): string {
    switch (node.type) {
      case 'StringLiteral':
      case 'NumberLiteral':
      case 'BooleanLiteral':
        return JSON.stringify((node as Node & { value: unknown }).value);
      case 'UndefinedLiteral':
        return 'undefined';
      case 'NullLiteral':
        return 'null';
      case 'PathExpression':
        return this.pathValue(node as Path, scope);
      case 'SubExpression':
        return this.helperCall(node as Call, scope);
      default:
        throw new Unsupported(node.type);
    }
  }

  private helperCall(node: Call, scope: Scope): string {
    const name = this.path(node.path);
    if (!isSimple(name, scope) || node.hash || !this.helpers.has(name.parts[0]!)) throw new Unsupported(`helper ${name.original}`);
    const helper = JSON.stringify(name.parts[0]);
    const args = node.params.map((p) => this.expression(p, scope));
    // the options object last, as Handlebars passes it
    args.push(`{name:${helper},hash:{},data:d}`);
    return `r.h[${helper}].call(${scope.ctx}??r.n,${args.join(',')})`;
  }

  private path(node: Node): Path {
    if (node.type !== 'PathExpression') throw new Unsupported(node.type);
    const path = node as Path;
    if (path.depth > 0) throw new Unsupported('../');
    return path;
  }

  private pathValue(path: Path, scope: Scope): string {
    const parts = [...path.parts];
    let base: string;
    if (path.data) {
      const head = parts.shift();
      // per-iteration data (@index, @key...) is not kept; the data a render starts with is
      if (head === undefined || ['index', 'key', 'first', 'last', 'level'].includes(head)) throw new Unsupported(`@${head}`);
      base = `r.g(d,${JSON.stringify(head)})`;
    } else if (!isScoped(path) && parts.length && scope.params.has(parts[0]!)) {
      base = scope.params.get(parts.shift()!)!;
    } else {
      base = scope.ctx;
    }
    for (const part of parts) base = `r.g(${base},${JSON.stringify(part)})`;
    return base;
  }

  private isHelper(name: string): boolean {
    return this.helpers.has(name) || BUILTIN_HELPERS.includes(name);
  }
}

/** `this.x` and `./x` never name a block parameter */
const isScoped = (path: Path): boolean => /^\.|this\b/.test(path.original);

/** one plain name: what can name a helper */
const isSimple = (path: Path, scope: Scope): boolean =>
  !path.data && path.parts.length === 1 && !isScoped(path) && !scope.params.has(path.parts[0]!);

function withParams(scope: Scope, ctx: string, names: string[] | undefined, values: string[]): Scope {
  const params = new Map(scope.params);
  names?.forEach((name, i) => {
    if (values[i] === undefined) throw new Unsupported('block parameters');
    params.set(name, values[i]!);
  });
  return { ctx, params };
}

/**
 * The source of `function (c0, d, r)` rendering `source` as Handlebars (strict off, escaping on)
 * would with these helpers; undefined when the template uses what this compiler does not do.
 */
export function directSource(source: string, helpers: readonly string[]): string | undefined {
  try {
    const ast = Handlebars.parse(source) as unknown as Program;
    const body = new Compiler(new Set(helpers)).program(ast, { ctx: 'c0', params: new Map() });
    return `function (c0, d, r) {\nlet o = "";\n${body}return o;\n}`;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
