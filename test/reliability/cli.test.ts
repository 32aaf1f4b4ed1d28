/**
 * Hostile input to the command line's `main(argv, io)`: odd arguments, hostile option values, and
 * files and standard input that are not what they should be (deep nesting, prototype keys, binary,
 * 10 MB, a million records, ID numbers and names). It always resolves to an exit code — 0, 1 (bad
 * records reported) or 2 (usage) — never 3 (an unexpected failure), never rejects, never hangs, never
 * pollutes a prototype, never prints an ID number or a name from a record, nor one given as an option's
 * value, a parameter path, an option name, a command, a help topic or a file name, and keeps its
 * messages short.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/cli.js';
import { MAX_DOCUMENT_BYTES, MAX_LINE_BYTES } from '../../src/cli/input.js';
import { householdJson } from '../helpers/builders.js';
import { expectPrototypesUntouched, snapshotPrototypes } from '../helpers/hostile.js';
import { ID_NUMBERS, NAMES, leaks } from '../helpers/people.js';

interface Ran {
  readonly code: unknown;
  readonly rejected?: unknown;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

async function cli(argv: unknown, stdin?: AsyncIterable<string | Uint8Array>): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (s: string) => { out.push(s); return true; } },
    stderr: { write: (s: string) => { err.push(s); return true; } },
    ...(stdin === undefined ? {} : { stdin }),
  };
  const t0 = performance.now();
  try {
    const code = await main(argv as readonly string[], io);
    return { code, stdout: out.join(''), stderr: err.join(''), ms: performance.now() - t0 };
  } catch (e) {
    return { code: undefined, rejected: e, stdout: out.join(''), stderr: err.join(''), ms: performance.now() - t0 };
  }
}

/** The contract: an exit code of 0, 1 or 2, in time, prototypes untouched, output bounded. */
function expectHandled(r: Ran, context: string, limitMs = 5_000): void {
  expect(r.rejected, `${context}: main() rejected`).toBeUndefined();
  expect([0, 1, 2], `${context}: exit code ${String(r.code)}; stderr: ${r.stderr.slice(0, 300)}`).toContain(r.code);
  // speed is benchmarked, not asserted: a hang is caught by the test's own timeout
  void limitMs;
  expect(r.stderr, `${context}: no JavaScript error text`).not.toMatch(/TypeError|RangeError|Cannot read propert|is not a function|undefined \(reading/);
}

let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanxi-policy-cli-'));
  const proto = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';
  const person = {
    ...householdJson('HH-P'),
    members: [{ idNumber: ID_NUMBERS[0], birthDate: '1950-01-10', laborCapable: true }, { laborCapable: false, schooling: 'secondaryVocational' }],
    village: NAMES[0],
    otherEducationAid: [{ name: NAMES[1], amount: '2000', stackable: false }],
  };
  const files: Record<string, string | Buffer> = {
    'valid.json': JSON.stringify([householdJson('HH-1'), householdJson('HH-2', { loans: [] })]),
    'deep.json': `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    'deep-object.json': `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
    'proto.json': `[${proto},{"id":"x","__proto__":{"polluted":"yes"}}]`,
    'proto-wrapper.json': `{"households":[${proto}],"__proto__":{"polluted":"yes"}}`,
    'binary.json': Buffer.from([0, 255, 254, 1, 2, 3, 0xc3, 0x28]),
    'empty.json': '',
    'bom.json': `\uFEFF${JSON.stringify([householdJson('HH-BOM')])}`,
    'ten-mb-string.json': `"${'x'.repeat(10 * 1024 * 1024)}"`,
    'ten-mb-line.jsonl': `${'x'.repeat(10 * 1024 * 1024)}\n`,
    'million-zeros.json': `[${new Array(1_000_000).fill('0').join(',')}]`,
    'lines.jsonl': `${JSON.stringify(householdJson('L1'))}\n{oops\n\n[1,2]\nnull\n${proto}\n`,
    'numbers.json': '[1e999, -0, 9007199254740993, NaN]',
    'not-array.json': '{"households": 5}',
    'personal.json': JSON.stringify([
      person,
      { ...householdJson(ID_NUMBERS[1] as string), village: NAMES[2] },
      { ...householdJson('HH-Q'), [ID_NUMBERS[2] as string]: NAMES[3], income: { year: 2023, wage: NAMES[4], netOperating: ID_NUMBERS[3], netProperty: 0, netTransfer: 0 } },
      { ...householdJson('HH-R'), loans: [{ id: ID_NUMBERS[4], principal: '1', annualRate: '0.04', startDate: '2023-06-01', endDate: '2023-07-01' }] },
    ]),
    'records.json': JSON.stringify({ visits: [{ householdId: NAMES[0], township: '兰江街道', cadreId: 'C1', date: '2023-06-01' }], training: [{ personId: ID_NUMBERS[5], township: '兰江街道', course: '技能', date: '2023-06-01' }] }),
    'records-proto.json': `{"visits":[${proto}],"__proto__":{"polluted":"yes"}}`,
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(file(name), content);
  // files and a directory named after a person or an ID number
  for (const p of [...ID_NUMBERS, ...NAMES]) {
    writeFileSync(file(`${p}.json`), files['valid.json'] as string);
    writeFileSync(file(`${p}.jsonl`), `${JSON.stringify(householdJson('HH-J1'))}\n${JSON.stringify(householdJson('HH-J2'))}\n`);
    writeFileSync(file(`${p}-broken.json`), '[{ nope');
    mkdirSync(file(p));
  }
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

const COMMANDS = ['assess', 'simulate', 'compare', 'sweep'] as const;
/** The arguments a command needs besides its file. */
const EXTRA: Record<(typeof COMMANDS)[number], string[]> = {
  assess: ['--explain'],
  simulate: [],
  compare: ['--set', 'microcredit.floorRate=0.04'],
  sweep: ['--path', 'vocationalGrant.amount', '--values', '3000,4000'],
};

describe('main(argv, io): hostile arguments', () => {
  const cases: [string, unknown[]][] = [
    ['no arguments', []],
    ['an unknown command', ['frobnicate']],
    ['a prototype key as the command', ['__proto__']],
    ['constructor as the command', ['constructor']],
    ['toString as a help topic', ['--help', 'toString']],
    ['__proto__ as a help topic', ['--help', '__proto__']],
    ['a 10 MB command', ['x'.repeat(10 * 1024 * 1024)]],
    ['an empty string', ['']],
    ['--set __proto__.polluted', ['simulate', 'FILE', '--set', '__proto__.polluted=yes']],
    ['--set constructor.prototype.polluted', ['simulate', 'FILE', '--set', 'constructor.prototype.polluted=yes']],
    ['--set microcredit.__proto__', ['simulate', 'FILE', '--set', 'microcredit.__proto__=1']],
    ['--set without a value', ['simulate', 'FILE', '--set']],
    ['--set with no =', ['compare', 'FILE', '--set', 'microcredit.floorRate']],
    ['--set with a 10 MB value', ['compare', 'FILE', '--set', `microcredit.floorRate=${'9'.repeat(10 * 1024 * 1024)}`]],
    ['--set NaN', ['compare', 'FILE', '--set', 'microcredit.floorRate=NaN']],
    ['--set 1e999', ['compare', 'FILE', '--set', 'vocationalGrant.amount=1e999']],
    ['--set a rate above 1', ['compare', 'FILE', '--set', 'microcredit.floorRate=4']],
    ['--set an impossible date', ['compare', 'FILE', '--set', 'effectiveFrom=2023-02-30']],
    ['--year NaN', ['simulate', 'FILE', '--year', 'NaN']],
    ['--year 1e999', ['simulate', 'FILE', '--year', '1e999']],
    ['--year past 2^53', ['simulate', 'FILE', '--year', '9007199254740993']],
    ['--year -0', ['simulate', 'FILE', '--year', '-0']],
    ['--year 1.5', ['simulate', 'FILE', '--year', '1.5']],
    ['--year twice', ['simulate', 'FILE', '--year', '2023', '--year', '2024']],
    ['--locale fr', ['simulate', 'FILE', '--locale', 'fr']],
    ['--locale __proto__', ['simulate', 'FILE', '--locale', '__proto__']],
    ['an unknown option', ['simulate', 'FILE', '--frobnicate']],
    ['--path __proto__', ['sweep', 'FILE', '--path', '__proto__', '--values', '1']],
    ['--values empty', ['sweep', 'FILE', '--path', 'vocationalGrant.amount', '--values', '']],
    ['--values with garbage', ['sweep', 'FILE', '--path', 'microcredit.floorRate', '--values', 'NaN,1e999,-1,abc']],
    ['generate --size 1e9', ['generate', '--size', '1000000000']],
    ['generate --size -1', ['generate', '--size', '-1']],
    ['generate --seed NaN', ['generate', '--seed', 'NaN']],
    ['generate --seed past 2^53', ['generate', '--seed', '9007199254740993']],
    ['report --as-of 2023-02-30', ['report', 'RECORDS', '--as-of', '2023-02-30']],
    ['report --as-of yesterday', ['report', 'RECORDS', '--as-of', 'yesterday']],
    ['report without --as-of', ['report', 'RECORDS']],
    ['a missing file', ['simulate', 'MISSING']],
    ['a directory as the file', ['simulate', 'DIR']],
    ['two files', ['simulate', 'FILE', 'FILE']],
  ];

  for (const [label, argv] of cases) {
    it(`handles ${label}`, async () => {
      const resolved = argv.map((a) => (a === 'FILE' ? file('valid.json') : a === 'RECORDS' ? file('records.json') : a === 'MISSING' ? file('missing.json') : a === 'DIR' ? dir : a));
      const before = snapshotPrototypes();
      const r = await cli(resolved);
      expectPrototypesUntouched(before, label);
      expectHandled(r, label);
    });
  }

  it('resolves to the usage exit code when argv is not an array of strings', async () => {
    for (const argv of [null, undefined, {}, 5, 'simulate', { length: 2, 0: 'simulate', 1: '-' }]) {
      const r = await cli(argv);
      expectHandled(r, `argv = ${String(argv)}`);
      expect(r.code, `argv = ${String(argv)}`).toBe(2);
    }
  });

  it('names a non-string argument as a usage error rather than a JavaScript error', async () => {
    for (const arg of [undefined, null, 5, 5n, true, Symbol('s'), {}, ['--json'], () => 'simulate']) {
      for (const argv of [['simulate', arg], [arg], ['--help', arg], ['sweep', file('valid.json'), '--values', arg]]) {
        const label = `argv = [${argv.map((a) => typeof a).join(', ')}]`;
        const r = await cli(argv);
        expectHandled(r, label);
        expect(r.code, label).toBe(2);
        expect(r.stderr, label).toMatch(/第 \d+ 个参数是 \w+，不是字符串/);
      }
    }
    // a hole in the array reads as undefined
    const sparse: string[] = ['simulate'];
    sparse[2] = file('valid.json');
    expect((await cli(sparse)).code).toBe(2);
  });

  it('answers an argument list that throws when read with a usage error', async () => {
    const hostile = new Proxy(['simulate', file('valid.json')], {
      get(target, key, receiver) {
        if (key === '1') throw new Error('no');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const r = await cli(hostile);
    expectHandled(r, 'a Proxy that throws');
    expect(r.code).toBe(2);
  });

  it('answers --help with an inherited key (__proto__, constructor, toString) as an unknown topic', async () => {
    for (const topic of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      for (const help of ['--help', '-h', 'help']) {
        const r = await cli([help, topic]);
        expect(r.code, `${help} ${topic}`).toBe(2);
        expect(r.stdout, `${help} ${topic}`).toBe('');
        expect(r.stderr, `${help} ${topic}`).toContain('没有这个帮助主题；可用的主题：assess, simulate, compare, sweep, report, generate, paths');
        expect(r.stderr, `${help} ${topic}`).not.toContain(topic);
      }
    }
  });

  it('rejects more --values than sweep takes as a usage error, before reading the file', async () => {
    const values = Array.from({ length: 100_000 }, (_, i) => String(i)).join(',');
    for (const f of [file('valid.json'), file('missing.json')]) {
      const r = await cli(['sweep', f, '--path', 'vocationalGrant.amount', '--values', values]);
      expectHandled(r, '--values 100000');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--values：共 100000 个值；sweep 最多接受 1000 个');
    }
  });

  it('keeps messages short whatever the argument', async () => {
    const long = 'x'.repeat(10 * 1024 * 1024);
    const cases: unknown[][] = [
      [long],
      ['--help', long],
      ['simulate', file('valid.json'), `--${long}`],
      ['simulate', file('valid.json'), `--${long}=1`],
      ['simulate', file('valid.json'), '--set', long],
      ['simulate', file('valid.json'), '--set', `${long}=1`],
      ['simulate', file('valid.json'), '--set', `microcredit.floorRate=${long}`],
      ['sweep', file('valid.json'), '--path', long, '--values', '1'],
      ['sweep', file('valid.json'), '--path', 'microcredit.floorRate', '--values', `0.03,${long}`],
      ['simulate', `${dir}/${long}`],
      ['simulate', `${dir}/${'y'.repeat(200)}`],
      ['report', `${dir}/${long}`, '--as-of', '2023-11-01'],
      ['report', file('records.json'), '--as-of', long],
      ['generate', '--size', long],
      ['simulate', file('valid.json'), '--year', long],
      ['simulate', file('valid.json'), '--locale', long],
    ];
    for (const argv of cases) {
      const label = argv.map((a) => String(a).slice(0, 40)).join(' ');
      const r = await cli(argv);
      expectHandled(r, label);
      expect(r.stderr.length, label).toBeLessThan(10_000);
      expect(r.stderr, label).not.toContain('x'.repeat(100));
      expect(r.stderr, label).not.toContain('y'.repeat(100));
    }
  });

  it('never writes a control character of an argument back to the terminal', async () => {
    const esc = '\u001b]0;owned\u0007\u001b[2J\u202e';
    for (const argv of [[esc], ['--help', esc], ['simulate', file('valid.json'), `--${esc}`], ['simulate', file('valid.json'), '--set', esc], ['simulate', `${dir}/${esc}`]]) {
      const r = await cli(argv);
      expectHandled(r, JSON.stringify(argv));
      expect(r.stderr, JSON.stringify(argv)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    }
  });
});

describe('main(argv, io): hostile input files', () => {
  const files = [
    'deep.json', 'deep-object.json', 'proto.json', 'proto-wrapper.json', 'binary.json', 'empty.json', 'bom.json', 'ten-mb-string.json',
    'ten-mb-line.jsonl', 'lines.jsonl', 'numbers.json', 'not-array.json',
  ];
  for (const name of files) {
    it(`handles ${name} in every command`, async () => {
      for (const command of COMMANDS) {
        const before = snapshotPrototypes();
        const r = await cli([command, file(name), ...EXTRA[command]]);
        expectPrototypesUntouched(before, `${command} ${name}`);
        expectHandled(r, `${command} ${name}`);
      }
    });
  }

  it('reports each of a million bad records without hanging', async () => {
    const r = await cli(['simulate', file('million-zeros.json')]);
    expectHandled(r, 'simulate million-zeros.json', 60_000);
    expect(r.code).toBe(1);
  }, 120_000);

  it('handles hostile township records in report', async () => {
    for (const name of ['records-proto.json', 'deep.json', 'binary.json', 'proto.json', 'ten-mb-string.json']) {
      const before = snapshotPrototypes();
      const r = await cli(['report', file(name), '--as-of', '2023-11-01']);
      expectPrototypesUntouched(before, `report ${name}`);
      expectHandled(r, `report ${name}`);
    }
  });

  it('handles standard input that fails, or yields what is not text', async () => {
    async function* failing() { yield '['; throw new Error('read error'); }
    async function* garbage() { yield '[{"id":'; yield new Uint8Array([0xff, 0xfe]); yield '}]'; }
    for (const [label, stdin] of [['failing', failing()], ['garbage', garbage()]] as const) {
      const r = await cli(['simulate', '-'], stdin);
      expectHandled(r, `stdin ${label}`);
    }
  });

  it('treats standard input that yields neither text nor bytes as unreadable input', async () => {
    async function* numbers() { yield 5 as unknown as string; }
    const r = await cli(['simulate', '-'], numbers());
    expectHandled(r, 'stdin yields a number');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法读取标准输入：给出的既不是文本也不是字节');
  });

  it('reports any failure of standard input, at the start or after JSON Lines have begun, as unreadable input (exit 2)', async () => {
    const lines = `${JSON.stringify(householdJson('S1'))}\n${JSON.stringify(householdJson('S2'))}\n`;
    const weird: [string, () => unknown][] = [
      ['throws at once', () => (async function* () { yield* []; throw new Error('EIO'); })()],
      ['throws undefined', () => (async function* () { yield* []; throw undefined; })()],
      ['throws an object whose toString throws', () => (async function* () { yield* []; throw { toString() { throw new Error('no'); } }; })()],
      ['fails after JSON Lines', () => (async function* () { yield lines; throw Object.assign(new Error('gone'), { code: 'EPIPE' }); })()],
      ['yields a number after JSON Lines', () => (async function* () { yield lines; yield 5; })()],
      ['yields null after a JSON document began', () => (async function* () { yield '[{"id":"a"'; yield null; })()],
      ['yields an object', () => (async function* () { yield { length: 3 }; })()],
      ['is not iterable', () => ({})],
      ['is a number', () => 5],
      ['is null', () => null],
      ['has an iterator that throws', () => ({ [Symbol.asyncIterator]() { throw new Error('no'); } })],
      ['has next() giving a non-object', () => ({ [Symbol.asyncIterator]: () => ({ next: async () => 5 }) })],
      ['has next() that is not a function', () => ({ [Symbol.asyncIterator]: () => ({}) })],
    ];
    for (const [label, make] of weird) {
      for (const argv of [['simulate', '-'], ['assess', '-', '--json'], ['report', '-', '--as-of', '2023-11-01']]) {
        const r = await cli(argv, make() as AsyncIterable<string>);
        expectHandled(r, `stdin ${label}: ${argv[0]}`);
        expect(r.code, `stdin ${label}: ${argv[0]}`).toBe(2);
        expect(r.stderr, `stdin ${label}: ${argv[0]}`).toContain('无法读取标准输入');
      }
    }
  });

  it('skips a JSON Lines line longer than it reads, as an invalid record, and reads the lines after it', async () => {
    const megabyte = Buffer.alloc(1024 * 1024, 'x');
    const chunks = MAX_LINE_BYTES / megabyte.length + 2;
    async function* stdin() {
      yield `${JSON.stringify(householdJson('G1'))}\n`;
      // the same megabyte again and again: a line longer than the limit, in little memory
      for (let i = 0; i < chunks; i++) yield megabyte;
      yield `\n${JSON.stringify(householdJson('G2'))}\n`;
    }
    const r = await cli(['simulate', '-', '--json', '--locale', 'en'], stdin());
    expectHandled(r, 'a line over the limit');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ households: 2, errors: [{ index: 1, line: 2, issues: [{ code: 'too_big' }] }] });
    expect(r.stderr).toContain('invalid record [1] (line 2): (input): is longer than 64 MiB and was not read');
  }, 60_000);

  it('refuses a JSON document larger than a string can hold as a usage error, before joining it', async () => {
    const megabyte = Buffer.alloc(1024 * 1024, ' ');
    const chunks = Math.ceil(MAX_DOCUMENT_BYTES / megabyte.length) + 1;
    async function* stdin() {
      yield '[';
      for (let i = 0; i < chunks; i++) yield megabyte;
      yield ']';
    }
    for (const argv of [['simulate', '-'], ['report', '-', '--as-of', '2023-11-01']]) {
      const r = await cli(argv, stdin());
      expectHandled(r, `${argv[0]}: a document over the limit`);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('标准输入太大，无法作为一个 JSON 文档读取');
    }
  }, 60_000);
});

describe('main(argv, io): personal data', () => {
  it('never prints an ID number or a name from a record, in any command, locale or format', async () => {
    for (const command of COMMANDS) {
      for (const options of [[], ['--json'], ['--locale', 'en'], ['--locale', 'en', '--json']]) {
        const r = await cli([command, file('personal.json'), ...EXTRA[command], ...options]);
        expectHandled(r, `${command} ${options.join(' ')}`);
        // names appear only where the caller chose them as ids; none of these records does
        expect(leaks(r.stdout + r.stderr, [...ID_NUMBERS, ...NAMES]), `${command} ${options.join(' ')}`).toBeUndefined();
      }
    }
  });

  it('never prints a name put in an aid name, in assess --json, yet keeps the aid\'s amount, stacking and payment', async () => {
    const r = await cli(['assess', file('personal.json'), '--json']);
    expectHandled(r, 'assess --json');
    expect(leaks(r.stdout + r.stderr, NAMES)).toBeUndefined();
    const out = JSON.parse(r.stdout) as { assessments: { id: string; vocationalGrant: { otherAid: unknown[] } }[] };
    expect(out.assessments.find((a) => a.id === 'HH-P')?.vocationalGrant.otherAid).toEqual([{ amount: '2000.00', stackable: false, paid: false }]);
  });

  it('never repeats an ID number or a name given as a command, help topic, option, option value, parameter path or file name, in any command or locale', async () => {
    const valid = file('valid.json');
    const records = file('records.json');
    /** The cases for one piece of personal data `p`: each an argv without the locale. */
    const cases = (p: string): string[][] => {
      const named = [file(`${p}.json`), file(`${p}.jsonl`), file(`${p}-broken.json`), file(`${p}-missing.json`), file(p)];
      const out: string[][] = [[p], ['--help', p], ['help', p], ['-h', p], [`--${p}`]];
      for (const command of COMMANDS) {
        const extra = EXTRA[command];
        for (const f of named) out.push([command, f, ...extra], [command, f, ...extra, '--json', '--progress']);
        for (const more of [
          [p], ['--year', p], ['--locale', p], [`--${p}`], [`--${p}=1`], [`-${p}`], [`--json=${p}`], [`--progress=${p}`],
          ['--set', p], ['--set', `${p}=1`], ['--set', `${p}=`], ['--set', `${p}.amount=1`], [`--set=${p}`], ['--set', `-${p}`],
          ['--set', `vocationalGrant.amount=${p}`], ['--set', `microcredit.dayCountBasis=${p}`], ['--set', `effectiveFrom=${p}`],
          ['--set', `microcredit.floorRate=${p}`], ['--set', `targets.perCapitaIncome=${p}`], ['--year', '2023', '--set', `rentSubsidy.cap=${p}`],
        ]) out.push([command, valid, ...extra, ...more]);
      }
      for (const more of [
        ['--path', p, '--values', '1'], ['--path', `${p}.amount`, '--values', '1'], ['--path', 'vocationalGrant.amount', '--values', p],
        ['--path', 'vocationalGrant.amount', '--values', `3000,${p}`], ['--path', 'effectiveFrom', '--values', `2023-01-01,${p}`],
        ['--path', 'microcredit.dayCountBasis', '--values', `360,${p},365`], ['--path', 'vocationalGrant.amount', '--values', `-${p}`],
        ['--path', 'vocationalGrant.amount', `--values=${p}`], ['--path'], ['--values', p],
      ]) out.push(['sweep', valid, ...more]);
      for (const f of [...named, file('valid.json')]) out.push(['report', f, '--as-of', '2023-11-01']);
      for (const more of [['--as-of', p], ['--as-of', '2023-11-01', '--year', p], ['--as-of', '2023-11-01', `--${p}`], ['--as-of', '2023-11-01', '--locale', p], ['--as-of', '2023-11-01', p], ['--as-of', `-${p}`]]) {
        out.push(['report', records, ...more]);
      }
      for (const more of [['--size', p], ['--seed', p], ['--year', p], [p], [`--${p}`], ['--size', '1', '--seed', p], ['--size', `-${p}`], [`--jsonl=${p}`]]) {
        out.push(['generate', ...more]);
      }
      return out;
    };
    const codes = new Set<unknown>();
    for (const p of [...ID_NUMBERS, ...NAMES]) {
      for (const argv of cases(p)) {
        // a locale before the case's own options, so that the case's own --locale is the one that counts
        const runs = argv[0] === 'generate' || argv.length === 1 || argv[0] === '--help' || argv[0] === 'help' || argv[0] === '-h'
          ? [argv]
          : [[argv[0] as string, '--locale', 'en', ...argv.slice(1)], [argv[0] as string, '--locale', 'zh-CN', ...argv.slice(1)]];
        for (const a of runs) {
          const label = a.join(' ');
          const r = await cli(a);
          expectHandled(r, label);
          codes.add(r.code);
          expect(leaks(r.stdout + r.stderr, [...ID_NUMBERS, ...NAMES]), label).toBeUndefined();
        }
      }
    }
    // the cases reach the results (0), bad records (1) and usage errors (2) alike
    expect([...codes].sort()).toEqual([0, 1, 2]);
  }, 120_000);

  it('never prints an ID number from township records', async () => {
    for (const options of [[], ['--json'], ['--explain'], ['--locale', 'en']]) {
      const r = await cli(['report', file('records.json'), '--as-of', '2023-11-01', ...options]);
      expectHandled(r, `report ${options.join(' ')}`);
      expect(leaks(r.stdout + r.stderr, ID_NUMBERS), `report ${options.join(' ')}`).toBeUndefined();
    }
  });
});
