// bienban completion bash|zsh: a shell completion script built from the program itself
// (commands, aliases, options) plus the value lists: formats, documents, note types, rule ids.
import type { Command, Option } from 'commander';
import type { Ctx } from '../context.js';
import { EXIT } from '../exit.js';
import { usageError } from '../../errors.js';
import { REPORTER_NAMES } from '../../report/index.js';
import { FORMAT_NAMES } from '../../render/formats.js';
import { DOC_KINDS } from '../../render/build-view.js';
import { RULES } from '../../rules/index.js';
import { NOTE_TYPES } from '../../schema/note.js';

export const SHELLS = ['bash', 'zsh'] as const;

interface OptSpec {
  flags: string[];
  description: string;
  /** undefined: a switch; 'files'; 'free' (anything); or a list of words */
  values?: 'files' | 'free' | string[];
}

interface CmdSpec {
  name: string;
  aliases: string[];
  description: string;
  options: OptSpec[];
  /** what the positional arguments are */
  args: 'files' | 'none' | string[];
}

export interface CompletionSpec {
  global: OptSpec[];
  commands: CmdSpec[];
}

const FILE_OPTIONS = new Set(['--config', '--out']);

function valuesFor(cmd: string, o: Option): OptSpec['values'] {
  if (!o.required && !o.optional) return undefined;
  const long = o.long ?? '';
  if (long === '--format') return cmd === 'check' ? [...REPORTER_NAMES] : ['text', 'json'];
  if (long === '--to') return [...FORMAT_NAMES];
  if (long === '--doc') return [...DOC_KINDS, 'all'];
  if (long === '--type') return [...NOTE_TYPES];
  if (long === '--lang') return ['vi', 'en'];
  if (FILE_OPTIONS.has(long)) return 'files';
  return 'free';
}

const optSpec = (cmd: string, o: Option): OptSpec => ({
  flags: [o.short, o.long].filter((f): f is string => !!f),
  description: o.description,
  values: valuesFor(cmd, o),
});

export function completionSpec(program: Command): CompletionSpec {
  const help: OptSpec = { flags: ['-h', '--help'], description: 'help' };
  return {
    global: [...program.options.map((o) => optSpec('', o)), help],
    commands: program.commands
      .filter((c) => c.name() !== 'help')
      .map((c) => ({
        name: c.name(),
        aliases: c.aliases(),
        description: c.description(),
        options: [...c.options.map((o) => optSpec(c.name(), o)), help],
        args:
          c.name() === 'explain' ? RULES.map((r) => r.id)
          : c.name() === 'completion' ? [...SHELLS]
          : c.registeredArguments.length === 0 ? 'none'
          : 'files',
      })),
  };
}

const words = (l: readonly string[]) => l.join(' ');

export function bashScript(s: CompletionSpec): string {
  const all = s.commands.flatMap((c) => [c.name, ...c.aliases]);
  const valued = [...s.global, ...s.commands.flatMap((c) => c.options)].filter((o) => o.values).flatMap((o) => o.flags);
  const reply = (v: OptSpec['values'] | CmdSpec['args']) =>
    v === 'files' ? 'compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur"))'
    : Array.isArray(v) ? `COMPREPLY=($(compgen -W "${words(v)}" -- "$cur"))`
    : 'COMPREPLY=()';
  const valueCases: string[] = [];
  for (const c of s.commands) {
    for (const o of [...c.options, ...s.global].filter((x) => x.values)) {
      valueCases.push(`    ${[c.name, ...c.aliases].flatMap((n) => o.flags.map((f) => `${n}:${f}`)).join('|')}) ${reply(o.values)}; return ;;`);
    }
  }
  for (const o of s.global.filter((x) => x.values)) valueCases.push(`    ${o.flags.map((f) => `:${f}`).join('|')}) ${reply(o.values)}; return ;;`);
  const optCases = s.commands.map((c) => `    ${[c.name, ...c.aliases].join('|')}) opts="${words(c.options.flatMap((o) => o.flags))}" ;;`);
  const argCases = s.commands.map((c) => `    ${[c.name, ...c.aliases].join('|')}) ${reply(c.args)} ;;`);
  return `# bash completion for bienban. Load it with:  source <(bienban completion bash)
# or save it:  bienban completion bash > ~/.local/share/bash-completion/completions/bienban
_bienban() {
  local cur prev cmd="" opts="" i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${valued.join('|')}) ((i++)) ;;
      -*) ;;
      *) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$cmd:$prev" in
${[...new Set(valueCases)].join('\n')}
  esac
  if [[ -z "$cmd" ]]; then
    if [[ "$cur" == -* ]]; then
      COMPREPLY=($(compgen -W "${words(s.global.flatMap((o) => o.flags))}" -- "$cur"))
    else
      COMPREPLY=($(compgen -W "${words(all)}" -- "$cur"))
    fi
    return
  fi
  case "$cmd" in
${optCases.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts ${words(s.global.filter((o) => !o.flags.includes('--help')).flatMap((o) => o.flags))}" -- "$cur"))
    return
  fi
  case "$cmd" in
${argCases.join('\n')}
  esac
}
complete -F _bienban bienban
`;
}

/** text safe inside a zsh _arguments description [..] and single quotes */
const zdesc = (s: string) => s.replace(/[[\]]/g, (c) => (c === '[' ? '(' : ')')).replace(/:/g, ' -').replace(/'/g, '’').replace(/\\/g, '/');

function zshOpt(o: OptSpec): string {
  const action = o.values === undefined ? '' : o.values === 'files' ? ':file:_files' : o.values === 'free' ? ':value: ' : `:value:(${words(o.values)})`;
  const desc = `[${zdesc(o.description || o.flags[o.flags.length - 1])}]`;
  if (o.flags.length === 1) return `'${o.flags[0]}${desc}${action}'`;
  return `'(${words(o.flags)})'{${o.flags.join(',')}}'${desc}${action}'`;
}

export function zshScript(s: CompletionSpec): string {
  const cmds = s.commands.flatMap((c) => [c.name, ...c.aliases].map((n) => `'${n}:${zdesc(c.description)}'`));
  const cases = s.commands.map((c) => {
    const args = c.args === 'files' ? `'*:file:_files'` : Array.isArray(c.args) ? `'1:value:(${words(c.args)})'` : '';
    return `        ${[c.name, ...c.aliases].join('|')})\n          _arguments ${[...c.options.map(zshOpt), args].filter(Boolean).join(' ')} ;;`;
  });
  return `#compdef bienban
# zsh completion for bienban. Load it with:  source <(bienban completion zsh)
# or save it as _bienban in a folder of your $fpath.
_bienban() {
  local curcontext="$curcontext" state line
  typeset -A opt_args
  _arguments -C ${s.global.map(zshOpt).join(' ')} '1:command:->cmds' '*::arg:->args'
  case $state in
    cmds)
      local -a cmds
      cmds=(${cmds.join(' ')})
      _describe 'command' cmds ;;
    args)
      case $line[1] in
${cases.join('\n')}
      esac ;;
  esac
}
if [[ "\${funcstack[1]}" == _bienban ]]; then
  _bienban "$@"
else
  compdef _bienban bienban
fi
`;
}

export function completionCommand(ctx: Ctx, shell: string, program: Command): number {
  if (!SHELLS.includes(shell as (typeof SHELLS)[number])) throw usageError(ctx.lang === 'en' ? `Unknown shell "${shell}" (bash | zsh).` : `Không hỗ trợ shell "${shell}" (bash | zsh).`);
  const spec = completionSpec(program);
  ctx.out(shell === 'bash' ? bashScript(spec) : zshScript(spec));
  return EXIT.OK;
}
