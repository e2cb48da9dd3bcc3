// Bytes → text: empty, binary, UTF-16, non-UTF-8 and CR-only files are reported, never mangled; a BOM is dropped.

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; messageId: 'empty' | 'binary' | 'utf16' | 'not-utf8' | 'cr-line-ends'; offset?: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** offset of the first byte that breaks UTF-8, found only after the fast decoder has refused */
function firstBadUtf8Byte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}

export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, messageId: 'empty' };
  // Notepad's "Unicode" is UTF-16 with a BOM: its NULs would otherwise make it look binary
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, messageId: 'utf16' };
  // a NUL in the first 8,000 bytes means binary, as git decides (indexOf: native, ~30× a JS loop)
  if (bytes.subarray(0, 8000).indexOf(0) >= 0) return { ok: false, messageId: 'binary' };
  let text: string;
  try {
    text = utf8.decode(bytes); // TextDecoder drops a leading BOM itself
  } catch {
    return { ok: false, messageId: 'not-utf8', offset: firstBadUtf8Byte(bytes) };
  }
  if (text.trim() === '') return { ok: false, messageId: 'empty' };
  // old Mac line ends: every line would read as one, the front matter as a "---…" language
  if (crOnly(text)) return { ok: false, messageId: 'cr-line-ends' };
  return { ok: true, text };
}

/** whether the first line end is a lone CR (CRLF and LF files are read as they are) */
export function crOnly(text: string): boolean {
  const cr = text.indexOf('\r');
  if (cr < 0) return false;
  const lf = text.indexOf('\n');
  return (lf < 0 || cr < lf) && text[cr + 1] !== '\n';
}

/** whether the bytes start with a UTF-8 BOM (kept when a file is rewritten) */
export const hasBom = (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
