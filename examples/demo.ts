/**
 * The demo behind `npm run demo`: the 2023 plan run on the bundled sample data (synthetic
 * households, processing sites and collective projects in examples/data), every rule's amount with
 * its explanation in Chinese and English.
 *
 * Run: npm run demo            (two households explained in full, the rest in a table)
 *      npm run demo -- --all   (every household explained in full)
 */
import { readFileSync } from 'node:fs';
import {
  LANXI_2023, allocateDividendsWithTrace, assessHousehold, explain, milestoneStatus, parseHouseholds, projectIncomeRule, rentSubsidy,
  simulate, toTableRows, townshipReport, trainingQuota, type HouseholdAssessment,
} from '../src/index.js';

const all = process.argv.includes('--all');
const data = (name: string): unknown => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8'));
const YEAR = 2023;

const rule = (title: string) => console.log(`\n${'═'.repeat(100)}\n${title}\n${'═'.repeat(100)}`);
const both = (result: Parameters<typeof explain>[0]) => {
  console.log(explain(result, { locale: 'zh-CN' }));
  console.log('');
  console.log(explain(result, { locale: 'en', quotes: false }));
};

console.log(`${LANXI_2023.title.zh}\n${LANXI_2023.title.en}`);
console.log(`自 ${LANXI_2023.effectiveFrom} 起施行（第4条） · in force from ${LANXI_2023.effectiveFrom} (clause 4) · 示例数据均为虚构 · all sample data are synthetic`);

// ── Households: micro-credit subsidy (2.3.8), vocational grant (2.3.4), income targets (1) ──────
rule('家庭评估 Household assessment — 2.3.8 小额信贷贴息 · 2.3.4 扶智补助 · 1 收入目标');
const { households, errors } = parseHouseholds(data('households.json') as unknown[]);
if (errors.length > 0) console.log(`invalid records: ${errors.length}`);
const assessed: HouseholdAssessment[] = households.map((h) => assessHousehold(h, { year: YEAR }));
const yes = (b: boolean | null) => (b === null ? '—' : b ? '✓' : '✗');
console.table(assessed.map((a) => ({
  household: a.id,
  'loan subsidy 贴息': a.loanSubsidy.total.toFixed(2),
  'grant 扶智补助': a.vocationalGrant.amount.toFixed(2),
  'total 合计': a.totalEntitlement.toFixed(2),
  'per capita 人均': a.income.perCapita.toFixed(2),
  '≥16710': yes(a.income.met.perCapita),
  'growth≥15%': yes(a.income.met.growth),
  'transfer≤80%': yes(a.income.met.transferShare),
})));
const showcase = all ? assessed : assessed.filter((a) => a.id === 'LX-SAMPLE-02' || a.id === 'LX-SAMPLE-04');
for (const a of showcase) {
  console.log(`\n── ${a.id} ${'─'.repeat(80)}`);
  both(a);
}
if (!all) console.log('\n(npm run demo -- --all explains every household)');

// ── Processing sites: rent subsidy (2.3.7) ──────────────────────────────────────────────────────
rule('来料加工场租补助 Processing-site rent subsidy — 2.3.7');
const sites = data('sites.json') as {
  processingSites: ({ id: string } & Parameters<typeof rentSubsidy>[0])[];
  collectiveProjects: ({ id: string } & Parameters<typeof projectIncomeRule>[0])[];
  dividendPool: { id: string; pool: string; shares: Record<string, string> };
};
for (const { id, ...site } of sites.processingSites) {
  const r = rentSubsidy(site);
  console.log(`\n── ${id}: ${r.eligible ? '符合条件 eligible' : '不符合 not eligible'} · ${r.amount.toFixed(2)} 元`);
  both(r);
}

// ── Collective projects: 30% of income (2.3.9), dividend quantification (2.3.9, I-12) ────────────
rule('共富联盟项目收益 Collective project income — 2.3.9');
for (const { id, ...project } of sites.collectiveProjects) {
  const r = projectIncomeRule(project);
  console.log(`\n── ${id}: ${r.compliant ? '达标 compliant' : `未达标 short by ${r.shortfall.toFixed(2)}`}`);
  both(r);
}
const pool = sites.dividendPool;
const dividends = allocateDividendsWithTrace(pool.pool, pool.shares);
console.log(`\n── ${pool.id}: 收益分红折股量化 dividends of ${pool.pool} by shares (largest remainder, I-12)`);
console.table(Object.entries(dividends.parts).map(([holder, amount]) => ({ holder, shares: pool.shares[holder], amount: amount.toFixed(2) })));
both(dividends);

// ── Programme checks: deadlines (I-10), training (2.3.5), the township report (3.3) ───────────────
rule('执行检查 Programme checks — 2.3.2–2.3.5 时间节点 · 3.3 乡镇考评');
const review = milestoneStatus('vocational-grant-review', { completedOn: '2023-10-23', asOf: '2023-11-15' });
console.log(`\n── 扶智补助审核 grant review finished 2023-10-23: ${review.status} (due ${review.due})`);
both(review);
const training = trainingQuota({ trainees: 14, completedOn: '2023-10-30' });
console.log(`\n── 技能培训 skills training, 14 trainees by 2023-10-30: ${training.status}`);
both(training);
const records = data('township-records.json') as Parameters<typeof townshipReport>[0];
const report = townshipReport(records, { year: YEAR, asOf: '2023-11-15' });
console.log('\n── 乡镇考评报表 township report as of 2023-11-15 (lanxi-policy report … --explain explains every cell)');
console.table(report.rows);

// ── The sample as a population (1, I-9) ─────────────────────────────────────────────────────────
rule('样本总体 The sample as a population — 1 (Σ income ÷ Σ members, I-9)');
const summary = simulate(households, { year: YEAR });
console.table(toTableRows(summary, { locale: 'zh-CN' }));
