// Link policy for HTML output: only http(s) and mailto targets become <a href>. Enforced
// here, in the renderer, whatever the view builder let through.
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** The href if it is an absolute http:, https: or mailto: URL, else undefined. */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  const trimmed = href.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined; // relative or malformed: nothing safe to point at
  }
  // Browsers parse the attribute the same way (WHATWG URL), so the scheme checked here is the one used.
  return ALLOWED.has(url.protocol) ? trimmed : undefined;
}
