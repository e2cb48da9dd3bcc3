// Font choice: the shipped Liberation Serif 2.x (default), or Times New Roman when the
// machine has it and the config asks for it.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../package-root.js';

export const FONT_DIR = packagePath('assets', 'fonts');

export interface FontChoice {
  family: string;
  /** font files, regular first */
  files: string[];
}

export const LIBERATION: FontChoice = {
  family: 'Liberation Serif',
  files: ['Regular', 'Bold', 'Italic', 'BoldItalic'].map((s) => join(FONT_DIR, `LiberationSerif-${s}.ttf`)),
};

const TIMES_DIRS = ['/usr/share/fonts/truetype/msttcorefonts', '/usr/share/fonts/TTF', '/usr/share/fonts/truetype', '/Library/Fonts', '/System/Library/Fonts/Supplemental', 'C:\\Windows\\Fonts'];
const TIMES_FILES = [['times.ttf', 'Times_New_Roman.ttf', 'Times New Roman.ttf'], ['timesbd.ttf', 'Times_New_Roman_Bold.ttf', 'Times New Roman Bold.ttf'], ['timesi.ttf', 'Times_New_Roman_Italic.ttf', 'Times New Roman Italic.ttf'], ['timesbi.ttf', 'Times_New_Roman_Bold_Italic.ttf', 'Times New Roman Bold Italic.ttf']];

/** Times New Roman's four files, when installed */
export function findTimesNewRoman(): FontChoice | undefined {
  for (const dir of TIMES_DIRS) {
    if (!existsSync(dir)) continue;
    const names = new Map(readdirSync(dir).map((n) => [n.toLowerCase(), n]));
    const files = TIMES_FILES.map((alts) => alts.map((a) => names.get(a.toLowerCase())).find(Boolean));
    if (files.every(Boolean)) return { family: 'Times New Roman', files: files.map((f) => join(dir, f!)) };
  }
  return undefined;
}

export type FontSetting = 'liberation' | 'times';

/** the font to use: Times New Roman only when asked for and present */
export function chooseFont(setting: FontSetting = 'liberation'): FontChoice {
  return setting === 'times' ? (findTimesNewRoman() ?? LIBERATION) : LIBERATION;
}
