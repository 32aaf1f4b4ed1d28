/** The interface language: Chinese by default, English on request; kept in localStorage. */
import { MESSAGES, type Locale, type MessageKey } from './messages.js';

const KEY = 'lanxi-policy-explorer-locale';

function stored(): Locale {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

let current: Locale = stored();

/** The language in use. */
export function locale(): Locale {
  return current;
}

/** Changes the language (and remembers it). */
export function setLocale(next: Locale): void {
  current = next;
  try {
    globalThis.localStorage?.setItem(KEY, next);
  } catch {
    // storage may be off (private windows): the choice then lasts for the page only
  }
}

/** A text of the interface, with `{name}` placeholders filled in. */
export function t(key: MessageKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return MESSAGES[current][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** A bilingual text of the library ({ zh, en }) in the language in use. */
export function pick(text: { readonly zh: string; readonly en: string }): string {
  return current === 'en' ? text.en : text.zh;
}
