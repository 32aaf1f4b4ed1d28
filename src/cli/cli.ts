/**
 * The `lanxi-policy` command line: `main(argv, io)` runs one command and returns its exit code.
 * It writes only through `io`, so it runs in-process in tests exactly as it does in a terminal.
 *
 * Exit codes: 0 when every record was valid; 1 when some records were invalid (each reported on
 * standard error; the others' results still printed); 2 for a usage error (unknown command or
 * option, bad `--set`, unreadable file or standard input, arguments that are not an array of
 * strings); 3 for an unexpected failure.
 *
 * Usage errors never repeat a value given on the command line (an option's value, a `--values`
 * item, a file name): they say what is wrong and where (`--set microcredit.floorRate: must be …`,
 * `--values item 3: …`, `cannot read the input file: no such file (ENOENT)`). A command, help
 * topic, option or parameter path is named only when it is a known one; an unknown one is
 * described by its position (`unknown option (argument 3)`) and the known ones are listed.
 *
 * Nothing the command line prints holds an ID number or a name: results carry record ids and
 * figures (other education aid by its amount, never its free-text name), errors carry positions,
 * safe ids, paths and messages.
 *
 * @module
 */
import pkg from '../../package.json' with { type: 'json' };
import { assessCommand, compareCommand, EXIT, simulateCommand } from './commands.js';
import { generateCommand, reportCommand, sweepCommand } from './commands-more.js';
import { templateCommand } from './sheets/template.js';
import { helpText, helpTopics } from './help.js';
import { argumentList, UsageError } from './args.js';
import type { CliIo } from './io.js';
import { brief, type Locale } from './text.js';

export type { CliIo, CliWriter } from './io.js';
export { EXIT } from './commands.js';

const COMMANDS: Readonly<Record<string, (args: readonly string[], io: CliIo) => Promise<number>>> = {
  assess: assessCommand,
  simulate: simulateCommand,
  compare: compareCommand,
  sweep: sweepCommand,
  report: reportCommand,
  generate: generateCommand,
  template: templateCommand,
  serve: (args, io) => import('../server/index.js').then((m) => m.serveCommand(args, io)),
};

/** The package's version, as `--version` prints it. */
export const VERSION: string = (pkg as { version: string }).version;

/**
 * Runs the command line.
 *
 * @param argv - the arguments after the program name (`process.argv.slice(2)`); anything but an
 *   array of strings is a usage error (exit 2).
 * @param io - where to write results (`stdout`) and messages (`stderr`), standard input, and
 *   whether standard error is a terminal.
 * @returns the exit code: 0 ok, 1 some records invalid, 2 usage error, 3 unexpected failure.
 * @example
 * ```ts
 * const code = await main(['simulate', 'examples/data/households.json', '--year', '2023'], {
 *   stdout: process.stdout, stderr: process.stderr,
 * });
 * //=> 0
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let locale: Locale = 'zh-CN';
  try {
    const [first, ...rest] = argumentList(argv);
    locale = localeOf(rest);
    if (first === undefined) {
      io.stderr.write(helpText('', locale) ?? '');
      return EXIT.usage;
    }
    if (first === '--version' || first === '-v' || first === 'version') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = rest.find((a) => !a.startsWith('--locale') && a !== 'en' && a !== 'zh-CN' && a !== 'zh');
      const help = helpText(topic ?? '', locale);
      if (help === undefined) {
        const topics = helpTopics().join(', ');
        throw new UsageError({ zh: `没有这个帮助主题；可用的主题：${topics}`, en: `unknown help topic; the topics are ${topics}` });
      }
      io.stdout.write(help);
      return EXIT.ok;
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (command === undefined) {
      const names = Object.keys(COMMANDS).join(', ');
      throw new UsageError({ zh: `没有这个命令；可用的命令：${names}`, en: `unknown command; the commands are ${names}` });
    }
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      const cmd = e.command === undefined ? '' : ` ${e.command}`;
      io.stderr.write(locale === 'en'
        ? `lanxi-policy${cmd}: ${brief(e.text.en)}\nRun 'lanxi-policy${cmd} --help' for usage.\n`
        : `lanxi-policy${cmd}：${brief(e.text.zh)}\n运行 'lanxi-policy${cmd} --help' 查看用法。\n`);
      return EXIT.usage;
    }
    io.stderr.write(locale === 'en'
      ? `lanxi-policy: unexpected failure: ${brief(describe(e))}\n`
      : `lanxi-policy：意外故障：${brief(describe(e))}\n`);
    return EXIT.failure;
  }
}

/**
 * The language of messages: the value of `--locale` among the arguments when it is \`en\`, Chinese
 * otherwise (the default; an invalid value is reported by the command itself).
 */
function localeOf(args: readonly string[]): Locale {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--locale') return args[i + 1] === 'en' ? 'en' : 'zh-CN';
    if (a.startsWith('--locale=')) return a === '--locale=en' ? 'en' : 'zh-CN';
  }
  return 'zh-CN';
}

/** What went wrong, as text, whatever was thrown (an object whose `toString` throws included). */
function describe(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    return 'an error that cannot be shown';
  }
}
