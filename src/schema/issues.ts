// Zod issues → diagnostics in our words, positioned at the offending key or value in the .md file.
import type { z } from 'zod';
import type { Document, ParsedNode } from 'yaml';
import { nodeAt } from '../load/frontmatter.js';
import { nearest } from '../util/nearest.js';

export interface SchemaProblem {
  messageId: string;
  data: Record<string, string | number>;
  severity: 1 | 2;
  /** offsets into the YAML source */
  start: number;
  end: number;
  /** a suggestion key, localised by the caller */
  suggestion?: string;
}

export function pathString(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s;
}

/** keys the schema allows at a path (for "did you mean") */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s: any = schema;
  const unwrap = () => {
    while (s && (s.def?.type === 'optional' || s.def?.type === 'nullable' || s.def?.type === 'default')) s = s.def.innerType;
  };
  unwrap();
  for (const seg of path) {
    if (typeof seg === 'number') s = s?.def?.element;
    else s = s?.shape?.[seg];
    unwrap();
  }
  return s?.shape ? Object.keys(s.shape) : [];
}

function typeName(v: unknown): string {
  return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
}

export function schemaProblems(issues: readonly z.core.$ZodIssue[], doc: Document.Parsed<ParsedNode> | undefined, input: unknown, schema: z.ZodType, yamlLength: number): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const locate = (path: readonly PropertyKey[], wantKey = false): [number, number] => {
    if (!doc) return [0, 0];
    const { node, exact, keyNode } = nodeAt(doc, path);
    const target = wantKey && exact && keyNode ? keyNode : exact ? node : (keyNode ?? node);
    const r = (target as { range?: [number, number, number] } | null)?.range;
    if (!r || !exact && !keyNode && path.length <= 1) {
      if (exact && r) return [r[0], r[1]];
      // a top-level key that is missing: at the mapping's first key, past any leading comment
      const first = (doc.contents as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
      return [first, Math.min(first + 3, yamlLength)];
    }
    return [r[0], r[1]];
  };
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    const p = pathString(path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const [start, end] = locate([...path, key], true);
        const near = nearest(key, keysAt(schema, path).filter((k) => k !== key));
        out.push({ messageId: 'unknown-key', data: { path: pathString([...path, key]) }, severity: 1, start, end, suggestion: near });
      }
      continue;
    }
    const value = getIn(input, path);
    const [start, end] = locate(path);
    // a missing key is "missing", whatever the value would have had to be (an enum says invalid_value)
    if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
      out.push({ messageId: 'required', data: { path: p }, severity: 2, start, end });
    } else if (issue.code === 'invalid_type') {
      out.push({ messageId: 'type', data: { path: p, expected: issue.expected, received: typeName(value) }, severity: 2, start, end });
    } else if (issue.code === 'invalid_value') {
      // the list ends the sentence: no second full stop after "Q."
      const values = issue.values.map(String).join(', ');
      out.push({ messageId: 'enum', data: { path: p, values: values.endsWith('.') ? values : `${values}.` }, severity: 2, start, end });
    } else if (issue.code === 'too_small') {
      const messageId = issue.origin === 'string' ? 'empty' : issue.origin === 'array' ? 'too-small' : 'number-small';
      out.push({ messageId, data: { path: p, minimum: Number(issue.minimum) }, severity: 2, start, end });
    } else if (issue.code === 'too_big') {
      out.push({ messageId: 'too-big', data: { path: p, maximum: Number(issue.maximum) }, severity: 2, start, end });
    } else if (issue.message === 'date_format' || issue.message === 'date_invalid' || issue.message === 'time_format') {
      out.push({ messageId: issue.message.replace('_', '-'), data: { path: p, value: String(value) }, severity: 2, start, end });
    } else {
      out.push({ messageId: 'invalid', data: { path: p }, severity: 2, start, end });
    }
  }
  return out;
}

export function getIn(v: unknown, path: readonly PropertyKey[]): unknown {
  let cur: any = v;
  for (const seg of path) {
    if (cur == null || typeof cur !== 'object') return undefined;
    cur = cur[seg as any];
  }
  return cur;
}
