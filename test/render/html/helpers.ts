// Small helpers shared by the HTML renderer tests (kept independent of Handlebars).
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

/** Text as it must appear after HTML escaping. */
export const escaped = (s: string): string => s.replace(/[&<>"'`=]/g, (c) => ENTITIES[c]);

/** The document without the <head> (fonts and CSS), for text assertions. */
export const bodyOf = (html: string): string => html.slice(html.indexOf('<body'));

/** Every href attribute value, as written in the HTML. */
export const hrefs = (html: string): string[] => [...html.matchAll(/\bhref="([^"]*)"/g)].map((m) => m[1]);
