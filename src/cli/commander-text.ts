// Commander's own words (help headings, "(default: …)", the help and version options, its parse
// errors) in the run's language, from the catalogue. English gives Commander's wording back,
// apart from errors, which read as ours do ("Error: Unknown option …").
import { Help, type Argument, type Command, type Option } from 'commander';
import { t, type Lang, type MessageKey } from '../i18n/index.js';

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'help/usage',
  'Arguments:': 'help/arguments',
  'Options:': 'help/options',
  'Global Options:': 'help/global-options',
  'Commands:': 'help/commands',
};

/** help text and help/version options in `lang`; call before adding subcommands, which inherit it */
export function localizeHelp(program: Command, lang: Lang): void {
  const words = (s: string) => s.replace(/\[options\]/g, t(lang, 'help/options-word')).replace(/\[command\]/g, t(lang, 'help/command-word'));
  // Commander appends "(default: …)" to the description it is given
  const withDefault = (s: string) => s.replace(/\(default: (.*)\)$/, (_m, value: string) => `(${t(lang, 'help/default', { value })})`);
  program.configureHelp({
    // Vietnamese terms are longer ("[đường-dẫn...]"): at 80 columns the description column is
    // under Commander's 40, and it would not wrap at all
    minWidthToWrap: 24,
    styleTitle: (s: string) => (TITLES[s] ? t(lang, TITLES[s]) : s),
    commandUsage(cmd: Command) {
      return words(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(cmd: Command) {
      return words(Help.prototype.subcommandTerm.call(this, cmd));
    },
    optionDescription(o: Option) {
      return withDefault(Help.prototype.optionDescription.call(this, o));
    },
    argumentDescription(a: Argument) {
      return withDefault(Help.prototype.argumentDescription.call(this, a));
    },
  });
  program.helpOption('-h, --help', t(lang, 'help/help'));
  program.helpCommand(`help ${t(lang, 'help/command-word')}`, t(lang, 'help/help'));
}

const ERRORS: [RegExp, (m: RegExpExecArray, lang: Lang) => string][] = [
  [/^error: unknown option '(.*)'$/, (m, lang) => t(lang, 'cli/unknown-option', { option: m[1] })],
  [/^error: unknown command '(.*)'$/, (m, lang) => t(lang, 'cli/unknown-command', { command: m[1] })],
  [/^error: missing required argument '(.*)'$/, (m, lang) => t(lang, 'cli/missing-argument', { name: m[1] })],
  [/^error: option '(.*)' argument missing$/, (m, lang) => t(lang, 'cli/option-missing-argument', { option: m[1] })],
  [
    /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m, lang) => t(lang, 'cli/excess-arguments', { command: m[1] ?? 'bienban', expected: Number(m[2]), received: Number(m[3]) }),
  ],
  [/^\(Did you mean one of (.*)\?\)$/, (m, lang) => t(lang, 'cli/did-you-mean-one-of', { words: m[1] })],
  [/^\(Did you mean (.*)\?\)$/, (m, lang) => t(lang, 'cli/did-you-mean', { words: m[1] })],
];

/** a Commander parse error (one or more lines) in our words; lines it does not know keep Commander's */
export function localizeCommanderError(text: string, lang: Lang): string {
  return text.replace(/[^\n]+/g, (line) => {
    for (const [re, say] of ERRORS) {
      const m = re.exec(line);
      if (m) return line.startsWith('error: ') ? `${t(lang, 'cli/error')}: ${say(m, lang)}` : say(m, lang);
    }
    return line.replace(/^error: /, `${t(lang, 'cli/error')}: `);
  });
}
