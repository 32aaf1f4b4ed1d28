/**
 * The `lanxi-policy` executable (`dist/cli.js`; `npm run cli --` from the sources): runs
 * {@link main} on the process's arguments and streams, and exits with its code.
 *
 * @module
 */
import { main } from './cli.js';

// A closed pipe (`lanxi-policy generate | head`) ends the output quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  stderrIsTTY: process.stderr.isTTY === true,
});
process.exitCode = code;
