/** Shared by the service tests: a started service and a JSON POST over a real socket. */
import { Decimal } from '../../src/index.js';
import { startServer, type ServerHandle, type ServerOptions } from '../../src/server/index.js';

export async function started(options: ServerOptions = {}): Promise<ServerHandle> {
  return startServer({ host: '127.0.0.1', port: 0, ...options });
}

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, any>;
  readonly text: string;
}

export async function post(url: string, body: unknown, type = 'application/json'): Promise<Answer> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text.startsWith('{') ? JSON.parse(text) : {}, text };
}

/** The library's result as the service must give it: Decimals as exact strings (two decimals at least), no trace. */
export function asServed(value: unknown, omit: ReadonlySet<string> = new Set(['trace'])): unknown {
  if (value === null || value === undefined) return null;
  if (Decimal.isDecimal(value)) {
    const d = value as Decimal;
    return d.decimalPlaces() < 2 ? d.toFixed(2) : d.toFixed();
  }
  if (Array.isArray(value)) return value.map((v) => asServed(v, omit));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      if (omit.has(k)) continue;
      const v = (value as Record<string, unknown>)[k];
      if (typeof v !== 'function') out[k] = asServed(v, omit);
    }
    return out;
  }
  return value;
}

/** Every JSON number in a value, with its path (money and rates must never be among them). */
export function numbersIn(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
}

export const HOUSEHOLD = {
  id: 'H-001',
  category: 'dibao',
  members: [{ laborCapable: true, schooling: 'none' }, { laborCapable: false, schooling: 'secondaryVocational' }],
  income: { year: 2023, wage: '12000', netOperating: '3000.50', netProperty: '0', netTransfer: '9000' },
  previousPerCapita: '11000',
  loans: [{ id: 'L1', principal: '50000', annualRate: '0.0435', startDate: '2023-06-01', endDate: '2024-06-01' }],
  otherEducationAid: [{ name: 'aid', amount: '2000', stackable: false }],
} as const;
