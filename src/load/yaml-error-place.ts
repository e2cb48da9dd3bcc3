// Where a YAML syntax error really is. `yaml` reports some slips where parsing failed, not where
// the user slipped: an unclosed "[" or quote at the end of the front matter, "title: a: b" as a
// nested mapping, "place:Bắc Kạn" as a multi-line key. These point back at the slip itself.

export interface PlacedYamlError {
  /** a reason code (ours for the refined ones, else `yaml`'s) */
  code: string;
  /** offsets into the YAML source */
  start: number;
  end: number;
}

/**
 * Scans `src` up to `pos` outside quotes and comments; the offset of the last `open` left
 * unclosed (a bracket, or a quote when `open` is one), -1 when none.
 */
function lastUnclosed(src: string, pos: number, open: '[' | '{' | '"' | "'"): number {
  const close = open === '[' ? ']' : open === '{' ? '}' : open;
  const stack: number[] = [];
  let quote = '';
  let quoteAt = -1;
  for (let i = 0; i < pos; i++) {
    const c = src[i];
    if (quote) {
      if (c === quote) quote = '';
      // a single quote inside a word ("don't") never opened a string
      else if (c === '\n' && quote === "'" && open !== "'") quote = '';
    } else if (c === '"' || (c === "'" && /[\s[{,:]/.test(src[i - 1] ?? ' '))) {
      quote = c;
      quoteAt = i;
    } else if (c === '#' && /\s/.test(src[i - 1] ?? '\n')) {
      while (i < pos && src[i + 1] !== '\n') i++;
    } else if (c === open) stack.push(i);
    else if (c === close) stack.pop();
  }
  if (open === '"' || open === "'") return quote === open ? quoteAt : -1;
  return stack.at(-1) ?? -1;
}

const lineAround = (src: string, pos: number) => {
  const start = src.lastIndexOf('\n', pos - 1) + 1;
  const end = src.indexOf('\n', pos);
  return { start, text: src.slice(start, end < 0 ? src.length : end) };
};

export function placeYamlError(src: string, code: string, message: string, pos: readonly [number, number]): PlacedYamlError {
  const at = (c: string, i: number): PlacedYamlError => ({ code: c, start: i, end: i + 1 });
  if (code === 'BAD_INDENT') {
    const closer = /end with a ([\]}])/.exec(message)?.[1];
    const opener = closer ? lastUnclosed(src, pos[0], closer === ']' ? '[' : '{') : -1;
    if (opener >= 0) return at(closer === ']' ? 'UNCLOSED_SEQ' : 'UNCLOSED_MAP', opener);
  }
  if (code === 'MISSING_CHAR') {
    const q = /closing (["'])quote/.exec(message)?.[1] as '"' | "'" | undefined;
    const opener = q ? lastUnclosed(src, pos[0], q) : -1;
    if (opener >= 0) return at('UNCLOSED_QUOTE', opener);
    // `yaml` files other slips under MISSING_CHAR too; only a quote or bracket is "missing"
    if (/Sequence item without - indicator/.test(message)) return { code: 'SEQ_INDENT', start: pos[0], end: pos[1] };
    if (/Implicit map keys need to be followed by map values/.test(message)) return { code: 'MISSING_COLON', start: pos[0], end: pos[1] };
    if (!q && !/[\]})]/.test(message)) return { code: 'YAML_OTHER', start: pos[0], end: pos[1] };
  }
  if (code === 'UNEXPECTED_TOKEN' && /block-seq-ind on same line with key/.test(message)) return { code: 'SEQ_ON_KEY_LINE', start: pos[0], end: pos[1] };
  if (code === 'BLOCK_AS_IMPLICIT_KEY') {
    // "title: Làm việc: với …": the value's own ": " made it a key
    const line = lineAround(src, pos[0]);
    const rest = line.text.slice(pos[0] - line.start);
    const colon = /:(?=\s|$)/.exec(rest);
    if (colon && !/^["'[{]/.test(rest)) return at('VALUE_COLON', pos[0] + colon.index);
  }
  if (code === 'MULTILINE_IMPLICIT_KEY') {
    // "place:Bắc Kạn": no space after the key's colon, so no key at all
    const line = lineAround(src, pos[0]);
    const m = /^(\s*(?:- )?[^\s#:'"[{][^:\s]*):\S/.exec(line.text);
    if (m) return at('COLON_SPACE', line.start + m[1].length);
  }
  return { code, start: pos[0], end: pos[1] };
}
