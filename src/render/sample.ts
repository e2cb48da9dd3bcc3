// The sample note shipped with bienban (seeds/), as views: a workspace's own templates draw it
// once before any note, so what fails on it is the template's fault, reported once.
import { readFileSync } from 'node:fs';
import { PACKAGE_SAMPLE } from '../draft/package-files.js';
import { decodeSource } from '../load/source.js';
import { buildNote } from '../model/note.js';
import { buildView, type DocKind } from './build-view.js';
import type { MinutesView } from './view.js';

/** the sample note as a view of each document; none if it cannot be read */
export function sampleViews(docs: readonly DocKind[]): MinutesView[] {
  const decoded = decodeSource(readFileSync(PACKAGE_SAMPLE));
  if (!decoded.ok) return [];
  const note = buildNote(PACKAGE_SAMPLE, decoded.text);
  return note.data ? docs.map((doc) => buildView(note, doc)) : [];
}
