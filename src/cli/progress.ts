/**
 * A progress bar on standard error (never standard output, which carries the results).
 *
 * On a terminal it redraws one line in place; when forced on with `--progress` into a file or a
 * pipe it writes a plain line at most every few seconds instead, so logs stay readable.
 *
 * @module
 */
import type { Text } from '../index.js';
import type { CliWriter } from './io.js';
import { tr, type Locale } from './text.js';

/** Options of {@link Progress}. */
export interface ProgressOptions {
  /** Whether to show anything at all. */
  readonly enabled: boolean;
  /** Whether the writer is a terminal (redraw in place) or not (plain lines). */
  readonly tty: boolean;
  /** Milliseconds between redraws on a terminal (default 100). */
  readonly interval?: number;
  /** The clock, in milliseconds (default `performance.now`); replaceable in tests. */
  readonly now?: () => number;
  /** The language of the bar's words (default zh-CN). */
  readonly locale?: Locale;
}

const WIDTH = 24;

/** Reports how far reading and computing have come. Every method is a no-op when disabled. */
export class Progress {
  private last = Number.NEGATIVE_INFINITY;
  private shown = false;
  private readonly interval: number;
  private readonly now: () => number;
  private readonly start: number;

  constructor(
    private readonly writer: CliWriter,
    private readonly options: ProgressOptions,
  ) {
    this.interval = options.interval ?? (options.tty ? 100 : 5000);
    this.now = options.now ?? (() => performance.now());
    this.start = this.now();
  }

  /** `text` in the bar's language. */
  text(text: Text): string {
    return tr(this.options.locale ?? 'zh-CN', text);
  }

  /** Whether the bar is on. */
  get enabled(): boolean {
    return this.options.enabled;
  }

  /**
   * Shows `label` with a bar when `total` is known (bytes or records) and the count of records.
   * Throttled: cheap to call for every record.
   */
  update(label: string, done: number, total: number | undefined, records: number, force = false): void {
    if (!this.options.enabled) return;
    const t = this.now();
    if (!force && t - this.last < this.interval) return;
    this.last = t;
    const seconds = ((t - this.start) / 1000).toFixed(1);
    let text: string;
    if (total !== undefined && total > 0) {
      const f = Math.min(1, Math.max(0, done / total));
      const filled = Math.round(f * WIDTH);
      text = `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${(f * 100).toFixed(0).padStart(3)}% ${this.count(records)} ${seconds}s`;
    } else {
      text = `${label} ${this.count(records)} ${seconds}s`;
    }
    if (this.options.tty) {
      this.writer.write(`\r\u001b[2K${text}`);
      this.shown = true;
    } else {
      this.writer.write(`${text}\n`);
    }
  }

  /** "12 records" / "12 条". */
  private count(records: number): string {
    return this.text({ zh: `${records} 条`, en: `${records} records` });
  }

  /** A one-off status line ("computing…"). */
  note(text: string): void {
    if (!this.options.enabled) return;
    const seconds = ((this.now() - this.start) / 1000).toFixed(1);
    if (this.options.tty) {
      this.writer.write(`\r\u001b[2K${text} ${seconds}s`);
      this.shown = true;
    } else {
      this.writer.write(`${text} ${seconds}s\n`);
    }
  }

  /** Clears the bar's line on a terminal, so other text can be written to standard error. */
  clear(): void {
    if (this.shown && this.options.tty) {
      this.writer.write('\r\u001b[2K');
      this.shown = false;
      // redraw at the next update
      this.last = Number.NEGATIVE_INFINITY;
    }
  }

  /** Clears the bar for good. */
  done(): void {
    this.clear();
  }
}
