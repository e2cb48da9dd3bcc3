// Input quoted in a message is cut short: a whole file must never be quoted back as a "value".

/** how much of a value a message quotes (README: 40 characters) */
export const QUOTE_MAX = 40;

/** `text` with control characters (CR, tabs…) as spaces, cut to `max` characters with "…" */
export function clip(text: string, max = QUOTE_MAX): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}
