/**
 * 一、工作目标 (clause 1) — the trace of the income figures, built from the algorithm's results: the
 * plan's targets as cited parameters, each target met or not, in Chinese and English.
 *
 * > 低收入农户人均可支配收入达到16710元以上，年增幅达15%以上，转移性收入占比控制在80%以下，
 * > 工资性收入、经营性净收入等其他收入占比20%以上
 *
 * @module
 * @internal
 */
import { formatPercent, type Decimal } from '../core/decimal.js';
import { branchNode, paramNode, TraceBuilder, type Text, type Trace, type TraceNode } from '../core/trace.js';
import { INCOME_TEXT } from './messages/income-targets.js';
import { perPlan } from '../plan/per-plan.js';

/** The words of clause 1's traces. */
const L = INCOME_TEXT;

/** The nodes of the trace of clause 1 that depend only on the plan: its parameters and the branches. */
export interface IncomeNodes {
  readonly perCapitaIncome: TraceNode;
  readonly perCapitaMet: TraceNode;
  readonly perCapitaNotMet: TraceNode;
  readonly growthRate: TraceNode;
  readonly growthMet: TraceNode;
  readonly growthNotMet: TraceNode;
  readonly growthNotAssessed: TraceNode;
  readonly maxTransferShare: TraceNode;
  readonly minOtherShare: TraceNode;
  readonly transferMet: TraceNode;
  readonly transferNotMet: TraceNode;
  readonly otherMet: TraceNode;
  readonly otherNotMet: TraceNode;
  readonly sharesUndefined: TraceNode;
}

/** The nodes of each plan, made once per plan. */
export const incomeNodes = perPlan((plan): IncomeNodes => {
  const tg = plan.params.targets;
  const form = { shown: { perCapitaIncome: tg.perCapitaIncome, growthRate: tg.growthRate, maxTransferShare: tg.maxTransferShare, minOtherShare: tg.minOtherShare } };
  const target = tg.perCapitaIncome.value.toString();
  const rate = formatPercent(tg.growthRate.value);
  const maxT = formatPercent(tg.maxTransferShare.value);
  const minO = formatPercent(tg.minOtherShare.value);
  return Object.freeze({
    // 人均可支配收入达到16710元以上: disposable ≥ 16710 × members.
    perCapitaIncome: paramNode('perCapitaIncome', form.shown.perCapitaIncome, L.perCapitaIncomeParam),
    perCapitaMet: branchNode('perCapita', 'met', L.perCapitaMet(target), '1'),
    perCapitaNotMet: branchNode('perCapita', 'not-met', L.perCapitaNotMet(target), '1'),
    // 年增幅达15%以上: disposable ≥ (1 + 15%) × previous × members.
    growthRate: paramNode('growthRate', form.shown.growthRate, L.growthRateParam),
    growthMet: branchNode('growth', 'met', L.growthMet(rate), '1'),
    growthNotMet: branchNode('growth', 'not-met', L.growthNotMet(rate), '1'),
    growthNotAssessed: branchNode('growth', 'not-assessed', L.growthNotAssessed, '1'),
    // 转移性收入占比控制在80%以下; 其他收入占比20%以上 — undefined when disposable income ≤ 0.
    maxTransferShare: paramNode('maxTransferShare', form.shown.maxTransferShare, L.maxTransferShareParam),
    minOtherShare: paramNode('minOtherShare', form.shown.minOtherShare, L.minOtherShareParam),
    transferMet: branchNode('transferShare', 'met', L.transferMet(maxT), '1'),
    transferNotMet: branchNode('transferShare', 'not-met', L.transferNotMet(maxT), '1'),
    otherMet: branchNode('otherShare', 'met', L.otherMet(minO), '1'),
    otherNotMet: branchNode('otherShare', 'not-met', L.otherNotMet(minO), '1'),
    sharesUndefined: branchNode('shares', 'undefined', L.sharesUndefined, '1'),
  });
});

/** The trace of clause 1, from the figures and their texts. */
export function incomeTrace(members: number, hasPrevious: boolean, v: IncomeFigures, shown: IncomeTexts, n: IncomeNodes, title: Text): Trace {
  const t = new TraceBuilder('incomeTargets', '1', title)
    .input('members', members, L.members)
    .input('wage', shown.wage, L.wage)
    .input('netOperating', shown.netOperating, L.netOperating)
    .input('netProperty', shown.netProperty, L.netProperty)
    .input('netTransfer', shown.netTransfer, L.netTransfer);
  if (hasPrevious) t.input('previousPerCapita', shown.previousPerCapita, L.previousPerCapita);
  t.step('disposableIncome', shown.disposable, L.disposable)
    .roundText('perCapita', shown.exactPerCapita, shown.perCapita)
    .node(n.perCapitaIncome)
    .node(v.metPerCapita ? n.perCapitaMet : n.perCapitaNotMet);
  if (hasPrevious) {
    t.node(n.growthRate)
      .step('growth', shown.growth, L.growth)
      .node(v.metGrowth === true ? n.growthMet : n.growthNotMet);
  } else {
    t.node(n.growthNotAssessed);
  }
  t.node(n.maxTransferShare).node(n.minOtherShare);
  if (v.transferShare !== null) {
    t.step('transferShare', shown.transferShare, L.transferShare)
      .step('otherShare', shown.otherShare, L.otherShare)
      .node(v.metTransfer ? n.transferMet : n.transferNotMet)
      .node(v.metOther ? n.otherMet : n.otherNotMet);
  } else {
    t.node(n.sharesUndefined);
  }
  return t.result('perCapita', shown.perCapita, L.perCapitaResult)
    .result('growth', shown.growth, L.growthResult)
    .result('transferShare', shown.transferShare, L.transferShareResult)
    .result('otherShare', shown.otherShare, L.otherShareResult)
    .done();
}

/**
 * The figures of clause 1 before any trace: what both engines compute.
 * @internal
 */
export interface IncomeFigures {
  readonly disposable: Decimal;
  readonly perCapita: Decimal;
  /** What the trace shows; made only for a trace. */
  readonly shown: IncomeTexts | undefined;
  readonly metPerCapita: boolean;
  readonly growth: Decimal | null;
  readonly metGrowth: boolean | null;
  /** `null` (and `otherShare` too) when disposable income ≤ 0. */
  readonly transferShare: Decimal | null;
  readonly otherShare: Decimal | null;
  readonly metTransfer: boolean;
  readonly metOther: boolean;
}

/**
 * The texts a trace shows: each input and figure as `Decimal#toString` writes it, per capita as
 * `toFixed(2)`; `null` where the figure is `null`.
 * @internal
 */
export interface IncomeTexts {
  /** Disposable income ÷ members, exact to the library's precision, as `Decimal#toString` writes it. */
  readonly exactPerCapita: string;
  readonly wage: string;
  readonly netOperating: string;
  readonly netProperty: string;
  readonly netTransfer: string;
  /** '' when there is no previous figure. */
  readonly previousPerCapita: string;
  readonly disposable: string;
  readonly perCapita: string;
  readonly growth: string | null;
  readonly transferShare: string | null;
  readonly otherShare: string | null;
}

