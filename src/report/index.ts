// Reporter registry: one import and one entry per format.
import type { Reporter } from './types.js';
import json from './json.js';
import stylish from './stylish.js';
import sarif from './sarif.js';
import junit from './junit.js';
import github from './github.js';

export const REPORTERS: readonly Reporter[] = [stylish, json, sarif, junit, github];
export const REPORTER_NAMES = REPORTERS.map((r) => r.name);
export const reporterByName = (name: string) => REPORTERS.find((r) => r.name === name);
export type { Reporter, ReportContext } from './types.js';
