/**
 * The policy explorer in a real browser: the built site (site-dist/), served from 127.0.0.1 with no
 * network, in Debian's headless Chromium. Each clause page shows the plan's words; the calculators
 * agree with the library to the fen; the language switches; a what-if draws both charts; no input
 * lacks a label; a calculator works from the keyboard alone; nothing is fetched from outside and
 * nothing is logged as an error. Screenshots go to test/site/screenshots/ (not kept in git).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  householdLoanSubsidy, LANXI_2023, loanInterestSubsidy, projectIncomeRule, rentSubsidy, vocationalGrant, isPolicyInputError,
} from '../../src/index.js';
import { ensureBuilt, go, open, SCREENSHOTS, type Session } from './browser.js';

let s: Session;
let page: Page;

beforeAll(async () => {
  ensureBuilt();
  mkdirSync(SCREENSHOTS, { recursive: true });
  s = await open();
  page = await s.newPage();
}, 120_000);

afterAll(async () => {
  await s?.close();
});

const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** The value shown in a calculator's result row. */
const resultOf = (calc: string, key: string): Promise<string> =>
  page.locator(`#calc-${calc}-out tr[data-key="${key}"] td`).innerText();

async function fill(calc: string, values: Readonly<Record<string, string>>): Promise<void> {
  for (const [key, v] of Object.entries(values)) await page.fill(`#calc-${calc}-${key}`, v);
}

/** Every quote the library gives of a clause: its parameters', deadlines' and readings'. */
function quotes(clause: string): string[] {
  const fromParams = Object.values(LANXI_2023.params).flatMap((g) => Object.values(g as Record<string, { clause: string; quote: string }>))
    .filter((p) => p.clause === clause).map((p) => p.quote);
  const fromReadings = Object.values(LANXI_2023.readings).filter((r) => r.clause === clause).map((r) => r.quote);
  return [...new Set([...fromParams, ...LANXI_2023.milestones.filter((m) => m.clause === clause).map((m) => m.quote), ...fromReadings])];
}

describe('the clause pages', () => {
  it('lists every clause on the home page', async () => {
    await go(page, s.url, '#/');
    const items = await page.locator('.clause-list li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(items).toHaveLength(22);
    expect([items[0], items[1], items.at(-1)]).toEqual(['#/clause/1', '#/clause/2.1.1', '#/clause/4']);
    expect(await page.locator('#plan-fingerprint').innerText()).toBe(LANXI_2023.fingerprint);
    await shot('home');
  });

  it.each(['1', '2.1.1', '2.1.2', '2.1.4', '2.3.1', '2.3.2', '2.3.3', '2.3.4', '2.3.5', '2.3.7', '2.3.8', '2.3.9'])(
    'shows clause %s in the words of the plan, with the parameters it reads', async (clause) => {
      await go(page, s.url, `#/clause/${clause}`);
      const shown = await page.locator('blockquote.quote').allInnerTexts();
      const expected = quotes(clause);
      expect(expected.length).toBeGreaterThan(0);
      for (const q of expected) expect(shown.join('\n')).toContain(q);
      for (const name of Object.entries(LANXI_2023.readings).filter(([, r]) => r.clause === clause).map(([n]) => n)) {
        expect(await page.locator('ul.readings').innerText()).toContain(name);
      }
      if (clause === '2.3.8') {
        expect(await page.locator('table').first().innerText()).toContain('microcredit.floorRate');
        await shot('clause-2.3.8');
      }
    });
});

describe('the calculators agree with the library to the fen', () => {
  it('one loan (2.3.8), as the user types', async () => {
    await go(page, s.url, '#/clause/2.3.8');
    await fill('loan', { principal: '123456.78', annualRate: '0.0435', days: '203', interestPaid: '' });
    const r = loanInterestSubsidy({ principal: '123456.78', annualRate: '0.0435', days: 203 });
    expect(await resultOf('loan', 'rAmount')).toBe(r.amount.toFixed(2));
    expect(await page.locator('#calc-loan-explain').innerText()).toContain('[2.3.8]');
  });

  it('a household\'s loan over the year, with a repayment and a rate change (2.3.8)', async () => {
    await fill('household-loan', {
      principal: '99999.99', annualRate: '0.0712', startDate: '2023-02-17', endDate: '2023-11-30',
      repayments: '2023-08-01 30000.50', rateChanges: '2023-09-15 0.0455',
    });
    const r = householdLoanSubsidy({ year: 2023, loans: [{
      principal: '99999.99', annualRate: '0.0712', startDate: '2023-02-17', endDate: '2023-11-30',
      repayments: [{ date: '2023-08-01', amount: '30000.50' }], rateChanges: [{ date: '2023-09-15', annualRate: '0.0455' }],
    }] });
    expect(await resultOf('household-loan', 'rTotal')).toBe(r.total.toFixed(2));
    expect(await resultOf('household-loan', 'rBalanceDays')).toBe(r.loans[0]?.balanceDays.toFixed(2));
  });

  it('shows the library\'s error next to the field it names', async () => {
    await fill('loan', { principal: '-5' });
    let zh = '';
    try {
      loanInterestSubsidy({ principal: '-5', annualRate: '0.0435', days: 203 });
    } catch (e) {
      if (isPolicyInputError(e)) zh = e.issues[0]?.messageZh ?? '';
    }
    expect(zh).not.toBe('');
    expect(await page.locator('#calc-loan-principal-error').innerText()).toContain(zh);
    expect(await page.getAttribute('#calc-loan-principal', 'aria-invalid')).toBe('true');
    await shot('clause-2.3.8-error');
    await fill('loan', { principal: '50000' });
    expect(await page.locator('#calc-loan-principal-error').innerText()).toBe('');
  });

  it('rent subsidy (2.3.7), vocational grant (2.3.4) and project income (2.3.9)', async () => {
    await go(page, s.url, '#/clause/2.3.7');
    await fill('rent', { rentPaid: '87654.32', laborCapable: '9', employed: '5' });
    expect(await resultOf('rent', 'rAmount')).toBe(rentSubsidy({ rentPaid: '87654.32', inKeyAssistanceVillage: true, laborCapableLowIncomeHouseholds: 9, employedLowIncomeHouseholds: 5 }).amount.toFixed(2));
    await go(page, s.url, '#/clause/2.3.4');
    await fill('vocational', { students: '2', otherAid: '助学金, 3500, 否' });
    expect(await resultOf('vocational', 'rAmount')).toBe(vocationalGrant({ vocationalStudents: 2, otherAid: [{ name: '助学金', amount: '3500', stackable: false }] }).amount.toFixed(2));
    await go(page, s.url, '#/clause/2.3.9');
    await fill('project', { income: '33333.33', allocated: '9999.99' });
    expect(await resultOf('project', 'rRequired')).toBe(projectIncomeRule({ income: '33333.33', allocatedToLowIncome: '9999.99' }).required.toFixed(2));
  });

  it('works from the keyboard alone', async () => {
    await go(page, s.url, '#/clause/2.3.8');
    await page.locator('body').focus();
    let id = '';
    for (let i = 0; i < 80 && id !== 'calc-loan-principal'; i++) {
      await page.keyboard.press('Tab');
      id = await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id ?? '');
    }
    expect(id).toBe('calc-loan-principal');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('20000');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0.08');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('360');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toBe('calc-loan-days');
    expect(await resultOf('loan', 'rAmount')).toBe(loanInterestSubsidy({ principal: '20000', annualRate: '0.08', days: 360 }).amount.toFixed(2));
  });
});

describe('the language', () => {
  it('switches to English and back', async () => {
    await go(page, s.url, '#/clause/2.3.8');
    await page.click('#lang-toggle');
    await page.waitForFunction(() => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang === 'en');
    expect(await page.locator('#nav-clauses').innerText()).toBe('Clauses');
    expect(await page.locator('#calc-loan-explain').innerText()).toContain('Micro-credit interest subsidy');
    await shot('clause-2.3.8-en');
    await page.click('#lang-toggle');
    expect(await page.locator('#nav-clauses').innerText()).toBe('条款');
  });
});

describe('the what-if page', () => {
  const done = (): Promise<unknown> => page.waitForFunction(() =>
    (globalThis as unknown as { document: { body: { dataset: Record<string, string> } } }).document.body.dataset['whatIf'] === 'done', undefined, { timeout: 60_000 });

  it('draws the cost curve and the distribution for 10000 households', async () => {
    await go(page, s.url, '#/what-if');
    await done();
    expect(await page.locator('#chart-cost svg path, #chart-cost svg line').count()).toBeGreaterThan(3);
    expect(await page.locator('#chart-distribution svg path').count()).toBeGreaterThan(3);
    expect(await page.locator('#targets-table table').innerText()).toContain('人均可支配收入');
    expect(await page.locator('#what-if-status').innerText()).toContain('10000');
    await shot('what-if');
  });

  it('redraws after a slider move, and its link reproduces the scenario', async () => {
    await page.focus('#slider-microcredit-floorRate');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => (globalThis as unknown as { location: { hash: string } }).location.hash.includes('microcredit.floorRate=0.04'));
    await done();
    const ms = Number(await page.evaluate(() => (globalThis as unknown as { document: { body: { dataset: Record<string, string> } } }).document.body.dataset['whatIfMs']));
    console.log(`what-if redraw: ${ms} ms`);
    expect(ms).toBeGreaterThan(0);
    const href = await page.getAttribute('#scenario-link', 'href');
    expect(href).toContain('microcredit.floorRate=0.04');
    const other = await s.newPage();
    await go(other, s.url, href ?? '');
    expect(await other.inputValue('#slider-microcredit-floorRate')).toBe('0.04');
    await other.close();
    await shot('what-if-0.04');
  });
});

describe('the household page', () => {
  it('assesses the sample household and explains it', async () => {
    await go(page, s.url, '#/household');
    expect(await resultOf('household', 'rTotalEntitlement')).toMatch(/^\d+\.\d{2}$/);
    expect(await page.locator('#calc-household-explain').innerText()).toContain('[2.3.8]');
    await page.fill('#calc-household-household', '{ "id": "x" ');
    expect(await page.locator('#calc-household-household-error').innerText()).not.toBe('');
    await shot('household-error');
  });
});

describe('every page', () => {
  it.each(['#/', '#/clause/1', '#/clause/2.3.4', '#/clause/2.3.7', '#/clause/2.3.8', '#/clause/2.3.9', '#/household', '#/what-if'])(
    'labels every input of %s', async (hash) => {
      await go(page, s.url, hash);
      const unlabelled = await page.$$eval('input, select, textarea', (els) => els
        .filter((e) => {
          const id = e.getAttribute('id');
          const d = e.ownerDocument;
          return !(e.getAttribute('aria-label') || (id !== null && d.querySelector(`label[for="${id}"]`) !== null) || e.closest('label'));
        })
        .map((e) => e.outerHTML));
      expect(unlabelled).toEqual([]);
    });

  it('fetched nothing from outside 127.0.0.1 and logged no error', () => {
    expect(s.outside).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
