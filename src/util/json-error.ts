// Where and why a JSON text is invalid, for messages in our words at line:col. JSON.parse says
// neither reliably: its wording is V8's English, and many of its messages carry no position.

export type JsonErrorCode = 'trailing-comma' | 'unquoted-key' | 'unexpected' | 'unclosed' | 'unclosed-string' | 'bad-string' | 'extra';

export interface JsonError {
  code: JsonErrorCode;
  offset: number;
  /** the character found (unexpected) or the bracket involved (trailing-comma, unclosed) */
  char?: string;
}

class Stop {
  constructor(readonly error: JsonError) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const CLOSE = { '{': '}', '[': ']' } as const;

/** the first error in a text JSON.parse refused; undefined if the scanner finds none */
export function findJsonError(text: string): JsonError | undefined {
  let i = 0;
  const stop = (code: JsonErrorCode, offset = i, char?: string): never => {
    throw new Stop({ code, offset, ...(char !== undefined ? { char } : {}) });
  };
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const string = () => {
    const open = i++;
    for (;;) {
      if (i >= text.length) stop('unclosed-string', open);
      const c = text[i];
      if (c === '"') return void i++;
      if (c === '\\') {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) stop('bad-string');
        i = ESCAPE.lastIndex;
      } else if (c.charCodeAt(0) < 0x20) stop(c === '\n' ? 'unclosed-string' : 'bad-string', c === '\n' ? open : i);
      else i++;
    }
  };
  const container = (open: '{' | '[') => {
    const start = i++;
    const close = CLOSE[open];
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      ws();
      if (i >= text.length) stop('unclosed', start, open);
      if (open === '{') {
        if (text[i] !== '"') stop(/[A-Za-z_$']/.test(text[i]) ? 'unquoted-key' : 'unexpected', i, text[i]);
        string();
        ws();
        if (i >= text.length) stop('unclosed', start, open);
        if (text[i] !== ':') stop('unexpected', i, text[i]);
        i++;
      }
      value(start, open);
      ws();
      if (i >= text.length) stop('unclosed', start, open);
      if (text[i] === close) return void i++;
      if (text[i] !== ',') stop('unexpected', i, text[i]);
      const comma = i++;
      ws();
      if (text[i] === close) stop('trailing-comma', comma, close);
    }
  };
  const value = (start = -1, open?: '{' | '[') => {
    ws();
    if (i >= text.length) return open ? stop('unclosed', start, open) : stop('unexpected', i, '');
    const c = text[i];
    if (c === '{' || c === '[') return container(c);
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return void (i += word.length);
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    stop('unexpected', i, c);
  };
  try {
    value();
    ws();
    if (i < text.length) stop('extra');
  } catch (e) {
    if (e instanceof Stop) return e.error;
    throw e;
  }
  return undefined;
}
