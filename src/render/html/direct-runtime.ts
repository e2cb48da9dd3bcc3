// What the templates compiled straight to JavaScript (direct.ts) call at render time: the few
// Handlebars behaviours they rely on, written out as Handlebars 4.7 does them (utils.js, the
// if/each/with helpers, lookupProperty), without its per-call option objects and wrappers.
import Handlebars from 'handlebars';

export type Data = Record<string, unknown>;
export type Helper = (...args: unknown[]) => unknown;
export type DirectTemplate = (context: unknown, data: Data, r: DirectRuntime) => string;

export interface DirectRuntime {
  /** escape for HTML, as `{{x}}` does */
  e(value: unknown): string;
  /** a value as `{{{x}}}` appends it */
  s(value: unknown): unknown;
  /** a function-valued field is called with the context (Handlebars' "lambda") */
  l(value: unknown, context: unknown): unknown;
  /** own property lookup: inherited fields are not readable from a template */
  g(parent: unknown, name: string): unknown;
  /** #if's test */
  t(value: unknown, context: unknown): boolean;
  /** #with's value, or undefined when #with would take its {{else}} */
  w(value: unknown, context: unknown): unknown;
  each(value: unknown, context: unknown, body: (item: unknown, key: number | string) => string, inverse?: () => string): string;
  h: Record<string, Helper>;
  p: Record<string, DirectTemplate>;
  /** the `this` of a helper called in a null context */
  n: object;
}

const hasOwn = Object.prototype.hasOwnProperty;
// the `this` Handlebars gives a helper called in a null context
const NULL_CONTEXT = Object.seal({});

const isEmpty = (v: unknown): boolean => (!v && v !== 0) || (Array.isArray(v) && v.length === 0);
const called = (v: unknown, context: unknown): unknown => (typeof v === 'function' ? v.call(context ?? NULL_CONTEXT) : v);

export function directRuntime(helpers: Record<string, Helper>, partials: Record<string, DirectTemplate>): DirectRuntime {
  return {
    e: Handlebars.Utils.escapeExpression as (v: unknown) => string,
    s: (v) => (v == null ? '' : v),
    l: (v, context) => (typeof v === 'function' ? v.call(context) : v),
    g: (parent, name) => (parent == null ? parent : hasOwn.call(parent, name) ? (parent as Record<string, unknown>)[name] : undefined),
    t(value, context) {
      const v = called(value, context);
      return !!v && !isEmpty(v);
    },
    w(value, context) {
      const v = called(value, context);
      return isEmpty(v) ? undefined : v;
    },
    each(value, context, body, inverse) {
      const v = called(value, context);
      let out = '';
      let n = 0;
      if (v && typeof v === 'object') {
        const list = Array.isArray(v) ? v : Symbol.iterator in v ? [...(v as Iterable<unknown>)] : undefined;
        if (list) {
          for (; n < list.length; n++) if (n in list) out += body(list[n], n);
        } else {
          for (const key of Object.keys(v)) {
            out += body((v as Record<string, unknown>)[key], key);
            n++;
          }
        }
      }
      return n === 0 && inverse ? inverse() : out;
    },
    h: helpers,
    p: partials,
    n: NULL_CONTEXT,
  };
}
