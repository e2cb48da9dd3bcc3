// An argument in a command we suggest, quoted so that it pastes into a POSIX shell as one word.

/** as is when only safe characters (letters of any script, digits, - _ . / , : @ % + =); else in single quotes */
export function shellQuote(arg: string): string {
  if (arg !== '' && /^[\p{L}\p{M}\p{N}\-_./,:@%+=]+$/u.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** a relative path as a command argument: "./-x" where "-x" would be read as an option */
export const shellPath = (p: string): string => shellQuote(p.startsWith('-') ? `./${p}` : p);
