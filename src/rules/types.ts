// The rule shape: one file per rule, a stable kebab-case id, messages in both languages,
// docs with a wrong and a right example. Severity and locale are applied by the engine.
import type { Localized } from '../i18n/index.js';
import type { Note } from '../model/note.js';
import type { Fix } from '../diagnostics.js';
import type { TextSpan, ScalarSpan } from './spans.js';
import type { FontSetting } from '../render/fonts.js';

export type RuleCategory = 'structure' | 'dates' | 'numbers' | 'text' | 'encoding' | 'style' | 'content';

export interface RuleOptions {
  toneStyle: 'old' | 'new';
  /** the config's `font`: the PDF font whose characters font-coverage checks (default: the shipped one) */
  font?: FontSetting;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** offsets in the file text */
  start: number;
  end?: number;
  fix?: Fix;
}

export interface RuleContext {
  note: Note;
  options: RuleOptions;
  report(r: Report): void;
  /** prose of the body (text nodes, no code or HTML), with exact file offsets */
  prose(): readonly TextSpan[];
  /** string values of the front matter, with exact file offsets */
  scalars(): readonly ScalarSpan[];
}

/** A note used as a documentation example: front-matter overrides (null deletes) and/or body text. */
export interface Example {
  frontMatter?: Record<string, unknown>;
  /** Markdown placed in the "Kết luận" section (or replacing the whole body when it starts with "##") */
  body?: string;
}

export interface Rule {
  id: string;
  severity: 'error' | 'warn';
  category: RuleCategory;
  fixable?: boolean;
  /** run only when the front matter is valid */
  needsData?: boolean;
  /** about what the documents print ("… giờ … phút"): render runs it even as a warning, and says so */
  printed?: boolean;
  description: Localized;
  /** why it matters, how to fix it */
  docs: Localized;
  examples: { wrong: Example; right: Example };
  messages: Record<string, Localized>;
  check(ctx: RuleContext): void;
}

export const defineRule = (r: Rule): Rule => r;
