/**
 * The command line's view of the outside world: where it writes, where it reads standard input,
 * and whether standard error is a terminal. `main()` takes these as arguments, so tests run the
 * whole command line in-process and read what it wrote.
 *
 * @module
 */

/** Something text can be written to: `process.stdout`, `process.stderr`, or a collector in tests. */
export interface CliWriter {
  /** Writes a chunk; a `false` return means "wait for `drain`" (as Node streams do). */
  write(chunk: string): unknown;
  /** Present on Node streams: used to wait for `drain` when `write` returned `false`. */
  once?(event: 'drain', listener: () => void): unknown;
}

/** What {@link main} reads from and writes to. */
export interface CliIo {
  /** Results (tables, JSON, generated data): nothing else is ever written here. */
  readonly stdout: CliWriter;
  /** Errors, warnings and the progress bar. */
  readonly stderr: CliWriter;
  /** Standard input, read when FILE is `-`. */
  readonly stdin?: AsyncIterable<string | Uint8Array>;
  /** Whether standard error is a terminal: the progress bar is shown only then (or with `--progress`). */
  readonly stderrIsTTY?: boolean;
}

/** Buffered output to a writer, honouring back-pressure: output of any size in bounded memory. */
export class Sink {
  private parts: string[] = [];
  private size = 0;

  /**
   * @param writer - where to write.
   * @param limit - characters to buffer before {@link Sink.maybeFlush} writes them.
   * @param beforeWrite - called before each write (to clear a progress bar on a shared terminal).
   */
  constructor(
    private readonly writer: CliWriter,
    private readonly limit = 1 << 16,
    private readonly beforeWrite?: () => void,
  ) {}

  /** Queues text; call {@link Sink.maybeFlush} in loops and {@link Sink.flush} at the end. */
  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
  }

  /** Flushes once the buffer holds more than the limit. */
  async maybeFlush(): Promise<void> {
    if (this.size >= this.limit) await this.flush();
  }

  /** Writes everything queued, waiting for `drain` when the writer asks for it. */
  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.beforeWrite?.();
    const ok = this.writer.write(text);
    if (ok === false && typeof this.writer.once === 'function') {
      const w = this.writer;
      await new Promise<void>((resolve) => {
        (w.once as (event: 'drain', listener: () => void) => unknown)('drain', resolve);
      });
    }
  }
}
