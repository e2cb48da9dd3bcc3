// Liberation Serif embedded as data: URIs so the HTML is one self-contained file.
// Read and base64-encoded once per process, on first use (about 2 MB of text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FONT_FAMILY = 'MinutesSerif';

const FACES = [
  { file: 'LiberationSerif-Regular.ttf', weight: 'normal', style: 'normal' },
  { file: 'LiberationSerif-Bold.ttf', weight: 'bold', style: 'normal' },
  { file: 'LiberationSerif-Italic.ttf', weight: 'normal', style: 'italic' },
  { file: 'LiberationSerif-BoldItalic.ttf', weight: 'bold', style: 'italic' },
] as const;

let cached: { dir: string; css: string } | undefined;

/** `@font-face` rules for the four MinutesSerif faces read from `fontDir`. */
export function fontFaceCss(fontDir: string): string {
  if (cached?.dir === fontDir) return cached.css;
  const css = FACES.map((face) => {
    const data = readFileSync(join(fontDir, face.file)).toString('base64');
    return (
      `@font-face { font-family: "${FONT_FAMILY}"; font-weight: ${face.weight}; font-style: ${face.style}; ` +
      `font-display: block; src: url(data:font/ttf;base64,${data}) format("truetype"); }`
    );
  }).join('\n');
  cached = { dir: fontDir, css };
  return css;
}
