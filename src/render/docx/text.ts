// Text from the view goes into XML; markup is escaped when written, but characters XML 1.0 forbids
// (C0 controls, lone surrogates) would still make Word refuse the file.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** NFC, XML-safe, with CR/CRLF turned into LF. Markup-looking text is kept as is. */
export function clean(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(FORBIDDEN, '');
}

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** only web and mail links become hyperlinks; anything else stays plain text */
export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  const h = href.trim();
  return SAFE_LINK.test(h) && !/[\s\u0000-\u001F]/.test(h) ? h : undefined;
}
