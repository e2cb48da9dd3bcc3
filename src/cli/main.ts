// The command line: commander parses, each command is a thin call into the library.
// Heavy modules load only inside the action that needs them, so --help stays fast.
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import type { Ctx, Io, GlobalOptions } from './context.js';
import type { LoadOptions } from '../config.js';
import { t, type Lang } from '../i18n/index.js';
import { localizeCommanderError, localizeHelp } from './commander-text.js';
import { earlyLang } from './lang.js';
import { EXIT } from './exit-codes.js';
import { startWorkerIfBatch, workersFrom } from './early.js';
import { dropEarlyWorker } from '../batch/pool.js';

type Action = (ctx: Ctx, ...args: any[]) => Promise<number> | number;

/** `lang`: the run's language as found before parsing (cli/lang.ts); `onCtx` learns each command's context */
export function buildProgram(io: Io, setCode: (c: number) => void, lang: Lang = 'vi', onCtx?: (ctx: Ctx) => void): Command {
  const program = new Command('bienban');
  const d = (viText: string, enText: string) => (lang === 'vi' ? viText : enText);
  localizeHelp(program, lang);
  program
    .description(d('Kiểm tra ghi chép buổi làm việc và lập biên bản, thông báo kết luận theo Nghị định 30/2020/NĐ-CP.', 'Check visit notes and compile Decree 30/2020 minutes and conclusion notices.'))
    .version(VERSION, '-v, --version', t(lang, 'help/version'))
    .option('--lang <lang>', d('ngôn ngữ thông báo: vi | en', 'message language: vi | en'))
    .option('--config <file>', d('tệp cấu hình (mặc định: tìm bienban.config.yaml từ thư mục hiện tại trở lên)', 'config file (default: bienban.config.yaml found upward)'))
    .option('--no-color', d('không tô màu', 'no colours'))
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(localizeCommanderError(s, lang)),
    });

  const run = (action: Action, load?: LoadOptions) => async (...args: any[]) => {
    const cmd = args[args.length - 1] as Command;
    try {
      const { makeCtx } = await import('./context.js');
      const ctx = makeCtx(io, cmd.optsWithGlobals() as GlobalOptions, lang, load);
      onCtx?.(ctx);
      setCode(await action(ctx, ...args.slice(0, -1)));
    } finally {
      dropEarlyWorker();
    }
  };
  /** a batch command: its worker starts now, while the command loads */
  const runBatch = (command: 'check' | 'render', action: Action) => (paths: string[], o: { jobs?: string; stdin?: boolean }, cmd: Command) => {
    startWorkerIfBatch(paths, o, io.cwd, workersFrom(o, command));
    return run(action)(paths, o, cmd);
  };

  program
    .command('check')
    .description(d('kiểm tra ghi chép: tệp, thư mục (mọi *.md bên trong) hoặc mẫu glob', 'check notes: files, folders (all *.md below) or globs'))
    .argument(d('[đường-dẫn...]', '[paths...]'), d('tệp, thư mục hoặc mẫu glob (mặc định: .)', 'files, folders or globs (default: .)'))
    .addOption(new Option('-f, --format <name>', d('định dạng báo cáo: stylish | json | sarif | junit | github', 'report format: stylish | json | sarif | junit | github')).default('stylish'))
    .option('--fix', d('tự sửa các lỗi an toàn', 'apply safe fixes'))
    .option('--fix-dry-run', d('in bản so sánh (diff) các sửa đổi thay vì ghi tệp (định dạng sarif, junit, github: ra stderr; json: văn bản đã sửa trong trường "output")', 'print a diff of the fixes instead of writing (sarif, junit, github: on stderr; json: the fixed text in each result\'s "output")'))
    .option('--max-warnings <n>', d('lỗi nếu số cảnh báo vượt quá n', 'fail when warnings exceed n'))
    .option('-q, --quiet', d('chỉ báo lỗi, bỏ cảnh báo', 'errors only'))
    .option('--quarter <YYYY-QN>', d('chỉ các ghi chép có ngày trong quý, ví dụ 2024-Q3', 'only notes dated in the quarter, e.g. 2024-Q3'))
    .option('--since <YYYY-MM-DD>', d('chỉ các ghi chép từ ngày này', 'only notes on or after this date'))
    .option('--until <YYYY-MM-DD>', d('chỉ các ghi chép đến ngày này', 'only notes on or before this date'))
    .option('-j, --jobs <n>', d('số luồng xử lý song song, tính cả luồng chính, từ 201 ghi chép (tối đa: số lõi CPU; mặc định: số lõi CPU, máy hai lõi dưới 1.500 ghi chép: một luồng; 1 = không dùng luồng phụ)', 'notes processed in parallel, the main thread included, from 201 notes (most: CPU cores; default: CPU cores, one thread below 1,500 notes on two cores; 1 = no worker threads)'))
    .option('--cache', d('dùng lại kết quả của các ghi chép không đổi từ lần kiểm tra trước', 'reuse the results of notes unchanged since the last check'))
    .option('--stdin', d('đọc một ghi chép từ đầu vào chuẩn (với --fix: in bản đã sửa ra đầu ra chuẩn)', 'read one note from standard input (with --fix: print the fixed text)'))
    .option('--stdin-filename <file>', d('tên tệp dùng trong báo cáo khi đọc từ đầu vào chuẩn', 'file name to report for --stdin'))
    .option('--cache-location <file>', d('tệp bộ nhớ đệm (mặc định: .bienban-check-cache.json)', 'cache file (default: .bienban-check-cache.json)'))
    .addHelpText('after', d('\nVí dụ:\n  bienban check reports/\n  bienban check "reports/**/*.md" --format json\n  bienban check --fix seeds/\n', '\nExamples:\n  bienban check reports/\n  bienban check "reports/**/*.md" --format json\n  bienban check --fix seeds/\n'))
    .action(runBatch('check', async (ctx, paths, o) => (await import('./commands/check.js')).checkCommand(ctx, paths, o)));

  program
    .command('render')
    .description(d('lập biên bản / thông báo kết luận dạng HTML, PDF, DOCX', 'render minutes / conclusion notices as HTML, PDF, DOCX'))
    .argument(d('[đường-dẫn...]', '[paths...]'), d('tệp, thư mục hoặc mẫu glob (mặc định: .)', 'files, folders or globs (default: .)'))
    .option('--to <formats>', d('định dạng, cách nhau bởi dấu phẩy: html,pdf,docx', 'comma-separated formats: html,pdf,docx'), 'html,pdf')
    .option('--doc <kind>', d('văn bản: bien-ban | thong-bao | all', 'document: bien-ban | thong-bao | all'), 'bien-ban')
    .option('-o, --out <dir>', d('thư mục kết quả (mặc định: out/)', 'output folder (default: out/)'))
    .option('--quarter <YYYY-QN>', d('chỉ các ghi chép có ngày trong quý, ví dụ 2024-Q3', 'only notes dated in the quarter, e.g. 2024-Q3'))
    .option('--since <YYYY-MM-DD>', d('chỉ các ghi chép từ ngày này', 'only notes on or after this date'))
    .option('--until <YYYY-MM-DD>', d('chỉ các ghi chép đến ngày này', 'only notes on or before this date'))
    .option('-j, --jobs <n>', d('số luồng xử lý song song, tính cả luồng chính (mặc định và tối đa: số lõi CPU; 1 = không dùng luồng phụ)', 'notes processed in parallel, the main thread included (default and most: CPU cores; 1 = no worker threads)'))
    .option('--force', d('tạo lại mọi tệp, bỏ qua bộ nhớ đệm', 'render everything, ignoring the cache'))
    .option('--bundle', d('gộp cả lựa chọn thành một tệp PDF có bìa và mục lục', 'one PDF of the whole selection, with a cover and contents'))
    .addHelpText('after', d('\nVí dụ:\n  bienban render seeds/*.md\n  bienban render reports/ --to pdf,docx --doc all\n  bienban render reports/ --quarter 2024-Q3 --bundle\n', '\nExamples:\n  bienban render seeds/*.md\n  bienban render reports/ --to pdf,docx --doc all\n  bienban render reports/ --quarter 2024-Q3 --bundle\n'))
    .action(runBatch('render', async (ctx, paths, o) => (await import('./commands/render.js')).renderCommand(ctx, paths, o)));

  program
    .command('schema')
    .description(d('in JSON Schema của phần đầu YAML', 'print the JSON Schema of the front matter'))
    .addHelpText('after', d('\nVí dụ:\n  bienban schema > visit-note.schema.json\n', '\nExample:\n  bienban schema > visit-note.schema.json\n'))
    .action(run(async (ctx) => (await import('./commands/schema.js')).schemaCommand(ctx)));

  program
    .command('rules')
    .description(d('liệt kê các quy tắc kiểm tra', 'list the rules'))
    .option('-f, --format <name>', 'text | json', 'text')
    .addHelpText('after', d('\nVí dụ:\n  bienban rules\n', '\nExample:\n  bienban rules\n'))
    .action(run(async (ctx, o) => (await import('./commands/rules.js')).rulesCommand(ctx, o)));

  program
    .command('explain')
    .description(d('giải thích một quy tắc, kèm ví dụ sai và đúng', 'explain a rule with a wrong and a right example'))
    .argument(d('<mã-quy-tắc>', '<rule>'), d('mã quy tắc, ví dụ date-valid', 'rule id, e.g. date-valid'))
    .addHelpText('after', d('\nVí dụ:\n  bienban explain date-valid\n', '\nExample:\n  bienban explain date-valid\n'))
    .action(run(async (ctx, id) => (await import('./commands/rules.js')).explainCommand(ctx, id)));

  program
    .command('new')
    .description(d('tạo ghi chép mới (khung đủ các mục); hỏi từng bước trên terminal', 'create a new note skeleton; asks step by step on a terminal'))
    .argument(d('[tệp]', '[file]'), d('tệp cần tạo (mặc định: reports/<năm>/Q<quý>/<ngày>-<đơn vị>.md)', 'file to create (default: reports/<year>/Q<quarter>/<date>-<host>.md)'))
    .option('--type <type>', 'lam-viec | kiem-tra')
    .option('--date <date>', d('ngày làm việc YYYY-MM-DD (mặc định: hôm nay)', 'date YYYY-MM-DD (default: today)'))
    .option('--start <time>', d('giờ bắt đầu HH:MM (mặc định: 08:00)', 'start time HH:MM (default: 08:00)'))
    .option('--end <time>', d('giờ kết thúc HH:MM', 'end time HH:MM'))
    .option('--copies <n>', d('số bản biên bản', 'number of copies of the minutes'))
    .option('--place <place>', d('địa danh', 'place name'))
    .option('--location <location>', d('địa điểm làm việc', 'meeting location'))
    .option('--host <name>', d('đơn vị làm việc / được kiểm tra', 'host unit'))
    .option('--host-member <name>', d('đại diện đơn vị (họ tên)', 'host representative'))
    .option('--host-member-position <position>', d('chức vụ đại diện đơn vị', 'position of the host representative'))
    .option('--title <title>', d('tên buổi làm việc', 'title of the session'))
    .option('--delegation <name>', d('tên đoàn công tác / đoàn kiểm tra', 'delegation name'))
    .option('--head <name>', d('Trưởng đoàn (họ tên)', 'head of the delegation'))
    .option('--head-position <position>', d('chức vụ Trưởng đoàn', 'position of the head'))
    .option('--chair <name>', d('người chủ trì (Trưởng đoàn hoặc đại diện đơn vị; mặc định: Trưởng đoàn)', 'chair (head or host representative; default: head)'))
    .option('--secretary <name>', d('thư ký (họ tên)', 'secretary'))
    .option('--secretary-position <position>', d('chức vụ thư ký', 'position of the secretary'))
    .option('--issuer <name>', d('cơ quan ban hành (mặc định: tên đoàn, viết hoa)', 'issuing body (default: delegation name, upper case)'))
    .option('--issuer-parent <name>', d('cơ quan chủ quản', 'parent body'))
    .option('-y, --yes', d('không hỏi: dùng mặc định, chỗ thiếu được đánh dấu [..] để điền sau', 'do not ask: defaults, missing values become marked [..] placeholders'))
    .addHelpText('after', d(
      '\nVí dụ:\n  bienban new\n  bienban new --yes --host "Ủy ban nhân dân tỉnh Bắc Kạn" --date 2024-07-23\n  bienban new ghi-chep.md \\\n    --place "Bắc Kạn" --location "Trụ sở UBND tỉnh" --host "UBND tỉnh Bắc Kạn" \\\n    --host-member "Phạm Duy Hưng" \\\n    --host-member-position "Phó Chủ tịch UBND tỉnh" \\\n    --delegation "Đoàn công tác" --head "Triệu Văn Cường" \\\n    --head-position "Thứ trưởng Bộ Nội vụ" --secretary "Hoàng Minh Đức"\n',
      '\nExamples:\n  bienban new\n  bienban new --yes --host "Ủy ban nhân dân tỉnh Bắc Kạn" --date 2024-07-23\n  bienban new note.md \\\n    --place "Bắc Kạn" --location "Trụ sở UBND tỉnh" --host "UBND tỉnh Bắc Kạn" \\\n    --host-member "Phạm Duy Hưng" \\\n    --host-member-position "Phó Chủ tịch UBND tỉnh" \\\n    --delegation "Đoàn công tác" --head "Triệu Văn Cường" \\\n    --head-position "Thứ trưởng Bộ Nội vụ" --secretary "Hoàng Minh Đức"\n',
    ))
    .action(run(async (ctx, file, o) => (await import('./commands/new.js')).newCommand(ctx, file, o)));

  program
    .command('init')
    .description(d('tạo không gian làm việc: cấu hình, reports/, JSON Schema, thiết lập VS Code và CI; không ghi đè', 'create a workspace: config, reports/, JSON Schema, VS Code and CI settings; never overwrites'))
    .argument(d('[thư-mục]', '[dir]'), d('thư mục (mặc định: .)', 'folder (default: .)'))
    .option('--templates', d('chép cả mẫu trình bày có sẵn vào templates/ để sửa', 'also copy the built-in templates into templates/ for editing'))
    .addHelpText('after', d('\nVí dụ:\n  bienban init\n  bienban init bien-ban-2024 --templates\n', '\nExamples:\n  bienban init\n  bienban init minutes-2024 --templates\n'))
    // the config's templates folder may be the one `init --templates` is about to make
    .action(run(async (ctx, dir, o) => (await import('./commands/init.js')).initCommand(ctx, dir, o), { checkTemplates: false }));

  program
    .command('watch')
    .alias('preview')
    .description(d('xem trước HTML, tự kiểm tra và tải lại trang mỗi khi lưu', 'live HTML preview: re-check and reload on every save'))
    .argument(d('[đường-dẫn...]', '[paths...]'), d('tệp, thư mục hoặc mẫu glob (mặc định: .)', 'files, folders or globs (default: .)'))
    .option('--port <n>', d('cổng trên 127.0.0.1 (0 = tự chọn)', 'port on 127.0.0.1 (0 = any free port)'), '4321')
    .option('--doc <kind>', d('văn bản: bien-ban | thong-bao | all', 'document: bien-ban | thong-bao | all'), 'bien-ban')
    .option('-o, --out <dir>', d('thư mục kết quả (mặc định: out/)', 'output folder (default: out/)'))
    .addHelpText('after', d('\nVí dụ:\n  bienban watch reports/\n  bienban preview reports/2024/Q3/2024-07-23-ubnd-tinh-bac-kan.md --port 0\n', '\nExamples:\n  bienban watch reports/\n  bienban preview reports/2024/Q3/2024-07-23-ubnd-tinh-bac-kan.md --port 0\n'))
    .action(run(async (ctx, paths, o) => (await import('./commands/watch.js')).watchCommand(ctx, paths, o)));

  program
    .command('completion')
    .description(d('in đoạn mã tự hoàn thành lệnh cho bash hoặc zsh', 'print a shell completion script for bash or zsh'))
    .argument('<shell>', 'bash | zsh')
    .addHelpText('after', d('\nVí dụ:\n  source <(bienban completion bash)\n  bienban completion zsh > "${fpath[1]}/_bienban"\n', '\nExamples:\n  source <(bienban completion bash)\n  bienban completion zsh > "${fpath[1]}/_bienban"\n'))
    .action(run(async (ctx, shell) => (await import('./commands/completion.js')).completionCommand(ctx, shell, program)));

  return program;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.OK;
  // the config's lang applies to help and usage errors too, as --lang does
  let lang = await earlyLang(argv.slice(2), io.cwd, io.env);
  const program = buildProgram(io, (c) => (code = c), lang, (ctx) => (lang = ctx.lang));
  // `help chek`: Commander shows the general help and exits 0; say the command is unknown instead
  let at = 2;
  while (at < argv.length && argv[at].startsWith('-')) at += argv[at] === '--lang' || argv[at] === '--config' ? 2 : 1;
  const name = argv[at + 1];
  if (argv[at] === 'help' && name && !name.startsWith('-') && !program.commands.some((c) => c.name() === name || c.aliases().includes(name))) {
    argv = [...argv.slice(0, at), ...argv.slice(at + 1)];
  }
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; every other parse problem is a usage error
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? EXIT.OK : EXIT.FAILURE;
    }
    const { describeError } = await import('./exit.js');
    const { code: c, text } = describeError(e, lang, io.cwd);
    io.stderr.write(text);
    return c;
  }
  return code;
}
