/**
 * A calculator: labelled fields whose text goes to one rule of the library as the user types; the
 * result and explain()'s text beside them; each PolicyInputError issue next to the field its path names.
 */
import { formatPath, isPolicyInputError, type PathSegment, type PolicyIssue } from 'lanxi-policy';
import { h } from './dom.js';
import { locale, t } from './i18n.js';
import type { MessageKey } from './messages.js';

export type FieldKind = 'money' | 'int' | 'bool' | 'date' | 'text' | 'lines' | 'json';

/** One input of a calculator. */
export interface FieldDef {
  /** The key in the values given to `run`, and the end of the input's id. */
  readonly key: string;
  readonly label: MessageKey;
  readonly kind: FieldKind;
  readonly initial: string | boolean;
  /** The path in the rule's input that this field fills: issues under it are shown next to it. */
  readonly path: readonly PathSegment[];
}

/** What a field holds: text, or a checkbox's state. */
export type Values = Readonly<Record<string, string | boolean>>;

/** A calculator's answer: rows of (label, value), and explain()'s text. */
export interface Output {
  readonly rows: readonly (readonly [MessageKey, string])[];
  readonly explained: string;
}

/** A calculator of one rule. */
export interface CalculatorDef {
  readonly id: string;
  readonly title: MessageKey;
  readonly fields: readonly FieldDef[];
  /** Calls the rule; throws the library's PolicyInputError (or a FieldError) on bad input. */
  run(values: Values): Output;
}

/** A field that cannot be read before the library sees it (a bad line, bad JSON), shown next to it. */
export class FieldError extends Error {
  constructor(readonly path: readonly PathSegment[], message: string) {
    super(message);
  }
}

/** A field's text, trimmed; undefined when empty (so the library says what is missing). */
export function text(v: Values, key: string): string | undefined {
  const s = v[key];
  if (typeof s !== 'string') return undefined;
  const trimmed = s.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * A whole-number field: a number when the text is one (the library checks it is whole and in range),
 * the text itself otherwise (the library then says it is not a number); undefined when empty.
 */
export function int(v: Values, key: string): number | undefined {
  const s = text(v, key);
  if (s === undefined) return undefined;
  return /^[+-]?\d+(\.\d+)?$/.test(s) ? Number(s) : (s as unknown as number);
}

/** A checkbox. */
export function bool(v: Values, key: string): boolean {
  return v[key] === true;
}

/** The non-empty lines of a field, each split by commas or spaces, read by `parse` (null: a bad line). */
export function lines<T>(v: Values, key: string, path: readonly PathSegment[], parse: (parts: string[]) => T | null): T[] {
  const out: T[] = [];
  const all = (typeof v[key] === 'string' ? (v[key] as string) : '').split('\n');
  all.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    const parsed = parse(trimmed.split(/\s*[,，\s]\s*/).filter((p) => p !== ''));
    if (parsed === null) throw new FieldError(path, t('badLine', { n: i + 1 }));
    out.push(parsed);
  });
  return out;
}

/** Puts keys with a defined value only (the library's inputs have exact optional properties). */
export function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

const startsWith = (path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean =>
  prefix.length <= path.length && prefix.every((p, i) => String(p) === String(path[i]));

/** The field an issue belongs to: the one with the longest path that starts the issue's path. */
function fieldOf(fields: readonly FieldDef[], path: readonly PathSegment[]): FieldDef | undefined {
  let best: FieldDef | undefined;
  for (const f of fields) if (startsWith(path, f.path) && (best === undefined || f.path.length > best.path.length)) best = f;
  return best;
}

const issueText = (i: PolicyIssue): string => (locale() === 'en' ? i.message : i.messageZh);

/** What each calculator's fields last held, so switching the language keeps what was typed. */
const remembered = new Map<string, Values>();

/** Renders a calculator and keeps its result up to date with its fields. */
export function renderCalculator(def: CalculatorDef): HTMLElement {
  const base = `calc-${def.id}`;
  const inputs = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
  const errors = new Map<string, HTMLElement>();
  const fieldEls: HTMLElement[] = [];
  const before = remembered.get(def.id);
  for (const f of def.fields) {
    const initial = before?.[f.key] ?? f.initial;
    const id = `${base}-${f.key}`;
    const err = h('p', { class: 'field-error', id: `${id}-error` });
    errors.set(f.key, err);
    let input: HTMLInputElement | HTMLTextAreaElement;
    if (f.kind === 'lines' || f.kind === 'json') {
      input = h('textarea', { id, name: f.key, rows: f.kind === 'json' ? 18 : 3, 'aria-describedby': `${id}-error`, spellcheck: 'false' });
      input.value = String(initial);
    } else {
      input = h('input', {
        id, name: f.key, 'aria-describedby': `${id}-error`,
        type: f.kind === 'bool' ? 'checkbox' : f.kind === 'date' ? 'text' : 'text',
        inputmode: f.kind === 'money' ? 'decimal' : f.kind === 'int' ? 'numeric' : undefined,
        placeholder: f.kind === 'date' ? 'YYYY-MM-DD' : undefined,
        autocomplete: 'off',
      });
      if (f.kind === 'bool') input.checked = initial === true;
      else input.value = String(initial);
    }
    inputs.set(f.key, input);
    const label = h('label', { for: id }, t(f.label));
    fieldEls.push(f.kind === 'bool'
      ? h('div', { class: 'field field-bool' }, input, label, err)
      : h('div', { class: 'field' }, label, input, err));
  }
  const general = h('p', { class: 'form-error', id: `${base}-error`, role: 'status' });
  const resultBody = h('tbody', {});
  const explained = h('pre', { class: 'explain', id: `${base}-explain`, tabindex: 0 });
  const out = h('div', { class: 'calc-output', id: `${base}-out`, 'aria-live': 'polite' },
    h('h4', {}, t('result')),
    h('table', { class: 'result' }, resultBody),
    h('details', { open: true }, h('summary', {}, t('explanation')), explained));

  function values(): Values {
    const v: Record<string, string | boolean> = {};
    for (const [key, el] of inputs) v[key] = el instanceof HTMLInputElement && el.type === 'checkbox' ? el.checked : el.value;
    return v;
  }

  function clearErrors(): void {
    for (const [key, el] of errors) {
      el.textContent = '';
      inputs.get(key)?.removeAttribute('aria-invalid');
    }
    general.textContent = '';
    out.classList.remove('stale');
  }

  function showIssue(path: readonly PathSegment[], message: string): void {
    const f = fieldOf(def.fields, path);
    const el = f === undefined ? general : errors.get(f.key);
    if (el === undefined) return;
    const where = f === undefined || path.length > f.path.length ? `${formatPath(path)}: ` : '';
    el.textContent = el.textContent === '' ? `${where}${message}` : `${el.textContent}；${where}${message}`;
    if (f !== undefined) inputs.get(f.key)?.setAttribute('aria-invalid', 'true');
  }

  function update(): void {
    clearErrors();
    const v = values();
    remembered.set(def.id, v);
    try {
      const r = def.run(v);
      resultBody.replaceChildren(...r.rows.map(([k, value]) =>
        h('tr', { 'data-key': k }, h('th', { scope: 'row' }, t(k)), h('td', {}, value))));
      explained.textContent = r.explained;
    } catch (e) {
      out.classList.add('stale');
      if (isPolicyInputError(e)) for (const i of e.issues) showIssue(i.path, issueText(i));
      else if (e instanceof FieldError) showIssue(e.path, e.message);
      else showIssue([], e instanceof Error ? e.message : String(e));
      general.prepend(general.textContent === '' ? '' : `${t('inputError')}: `);
    }
  }

  const form = h('form', { class: 'calc', id: base, 'aria-labelledby': `${base}-title`, novalidate: true },
    h('h3', { id: `${base}-title` }, t(def.title)),
    h('div', { class: 'calc-grid' }, h('div', { class: 'calc-fields' }, ...fieldEls, general), out));
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => { e.preventDefault(); update(); });
  update();
  return form;
}

