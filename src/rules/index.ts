// The rule registry: one import and one entry per rule, sorted by id. Ids are permanent.
import type { Rule } from './types.js';
import chairInAttendees from './chair-in-attendees.js';
import citedDateAfterVisit from './cited-date-after-visit.js';
import dateValid from './date-valid.js';
import endAfterStart from './end-after-start.js';
import requiredSections from './required-sections.js';
import spaceBeforePunctuation from './space-before-punctuation.js';
import unicodeNfc from './unicode-nfc.js';

export const RULES: readonly Rule[] = [
  chairInAttendees,
  citedDateAfterVisit,
  dateValid,
  endAfterStart,
  requiredSections,
  spaceBeforePunctuation,
  unicodeNfc,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** ids reported by the loader and the schema, not by rules (kept stable too) */
export const BUILTIN_IDS = ['file', 'front-matter', 'yaml', 'schema'] as const;
