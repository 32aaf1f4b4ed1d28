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
import { HELP } from './help.js';
import { argumentList, UsageError } from './args.js';
import type { CliIo } from './io.js';
import { brief } from './text.js';

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
  try {
    const [first, ...rest] = argumentList(argv);
    if (first === undefined) {
      io.stderr.write(HELP[''] ?? '');
      return EXIT.usage;
    }
    if (first === '--version' || first === '-v' || first === 'version') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = rest[0];
      // own keys only: '__proto__', 'constructor' or 'toString' are no topics
      const help = topic === undefined ? HELP[''] : Object.prototype.hasOwnProperty.call(HELP, topic) ? HELP[topic] : undefined;
      if (help === undefined) throw new UsageError(`unknown help topic; the topics are ${Object.keys(HELP).filter((t) => t !== '').join(', ')}`);
      io.stdout.write(help);
      return EXIT.ok;
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (command === undefined) throw new UsageError(`unknown command; the commands are ${Object.keys(COMMANDS).join(', ')}`);
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      const cmd = e.command === undefined ? '' : ` ${e.command}`;
      io.stderr.write(`lanxi-policy${cmd}: ${brief(e.message)}\nRun 'lanxi-policy${cmd} --help' for usage.\n`);
      return EXIT.usage;
    }
    io.stderr.write(`lanxi-policy: unexpected failure: ${brief(describe(e))}\n`);
    return EXIT.failure;
  }
}

/** What went wrong, as text, whatever was thrown (an object whose `toString` throws included). */
function describe(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    return 'an error that cannot be shown';
  }
}
