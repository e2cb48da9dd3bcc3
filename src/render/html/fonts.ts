// The web subset of Liberation Serif (assets/fonts/web, Latin + Vietnamese, WOFF2) embedded as
// data: URIs so the HTML is one self-contained file of ~60 KB of fonts, not 2 MB: a quarter of
// 1,000 notes stays small and fast to write. Read and encoded once per process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FONT_FAMILY = 'MinutesSerif';

const FACES = [
  { file: 'MinutesSerifWeb-Regular.woff2', weight: 'normal', style: 'normal' },
  { file: 'MinutesSerifWeb-Bold.woff2', weight: 'bold', style: 'normal' },
  { file: 'MinutesSerifWeb-Italic.woff2', weight: 'normal', style: 'italic' },
  { file: 'MinutesSerifWeb-BoldItalic.woff2', weight: 'bold', style: 'italic' },
] as const;

let cached: { dir: string; css: string } | undefined;

/** `@font-face` rules for the four MinutesSerif faces read from `fontDir`. */
export function fontFaceCss(fontDir: string): string {
  if (cached?.dir === fontDir) return cached.css;
  const css = FACES.map((face) => {
    const data = readFileSync(join(fontDir, face.file)).toString('base64');
    return (
      `@font-face { font-family: "${FONT_FAMILY}"; font-weight: ${face.weight}; font-style: ${face.style}; ` +
      `font-display: block; src: url(data:font/woff2;base64,${data}) format("woff2"); }`
    );
  }).join('\n');
  cached = { dir: fontDir, css };
  return css;
}
