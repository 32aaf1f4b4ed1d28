/** The calculators of the money rules, and which clause's page shows each. */
import {
  allocateDividendsWithTrace, explain, incomeTargets, projectIncomeRule, rentSubsidy, vocationalGrant,
  type IncomeTargetsInput, type RentSubsidyInput, type VocationalGrantInput,
} from 'lanxi-policy';
import { householdLoanCalculator, loanCalculator } from './calculators-loan.js';
import { bool, defined, int, lines, text, type CalculatorDef } from './form.js';
import { percent, yesNo, yuan } from './format.js';
import { locale, pick } from './i18n.js';

const explained = (r: Parameters<typeof explain>[0]): string => explain(r, { locale: locale() });

const rentCalculator: CalculatorDef = {
  id: 'rent',
  title: 'calcRent',
  fields: [
    { key: 'rentPaid', label: 'fRentPaid', kind: 'money', initial: '60000', path: ['rentPaid'] },
    { key: 'inKeyAssistanceVillage', label: 'fKeyVillage', kind: 'bool', initial: true, path: ['inKeyAssistanceVillage'] },
    { key: 'laborCapable', label: 'fLaborCapable', kind: 'int', initial: '10', path: ['laborCapableLowIncomeHouseholds'] },
    { key: 'employed', label: 'fEmployed', kind: 'int', initial: '5', path: ['employedLowIncomeHouseholds'] },
  ],
  run(v) {
    const r = rentSubsidy(defined({
      rentPaid: text(v, 'rentPaid'),
      inKeyAssistanceVillage: bool(v, 'inKeyAssistanceVillage'),
      laborCapableLowIncomeHouseholds: int(v, 'laborCapable'),
      employedLowIncomeHouseholds: int(v, 'employed'),
    }) as RentSubsidyInput);
    return {
      rows: [
        ['rEligible', yesNo(r.eligible)],
        ['rAmount', yuan(r.amount)],
        ...(r.reasons.length === 0 ? [] : [['rReasons', r.reasons.map(pick).join('；')] as const]),
      ],
      explained: explained(r),
    };
  },
};

const YES = new Set(['是', 'yes', 'y', 'true', '可叠加', 'stackable']);
const NO = new Set(['否', 'no', 'n', 'false', '不可叠加']);

const vocationalCalculator: CalculatorDef = {
  id: 'vocational',
  title: 'calcVocational',
  fields: [
    { key: 'students', label: 'fStudents', kind: 'int', initial: '1', path: ['vocationalStudents'] },
    { key: 'otherAid', label: 'fOtherAid', kind: 'lines', initial: '国家助学金, 2000, 是', path: ['otherAid'] },
  ],
  run(v) {
    const otherAid = lines(v, 'otherAid', ['otherAid'], (parts) => {
      if (parts.length !== 3) return null;
      const [name, amount, s] = parts as [string, string, string];
      const flag = s.toLowerCase();
      if (!YES.has(flag) && !NO.has(flag)) return null;
      return { name, amount, stackable: YES.has(flag) };
    });
    const r = vocationalGrant(defined({ vocationalStudents: int(v, 'students'), otherAid }) as VocationalGrantInput);
    return {
      rows: [['rEligible', yesNo(r.eligible)], ['rAmount', yuan(r.amount)], ['rForgone', yuan(r.forgoneAid)], ['rTotalAid', yuan(r.totalAid)]],
      explained: explained(r),
    };
  },
};

const projectCalculator: CalculatorDef = {
  id: 'project',
  title: 'calcProject',
  fields: [
    { key: 'income', label: 'fIncome', kind: 'money', initial: '100000', path: ['income'] },
    { key: 'allocated', label: 'fAllocated', kind: 'money', initial: '25000', path: ['allocatedToLowIncome'] },
  ],
  run(v) {
    const r = projectIncomeRule(defined({ income: text(v, 'income'), allocatedToLowIncome: text(v, 'allocated') }) as Parameters<typeof projectIncomeRule>[0]);
    return {
      rows: [['rRequired', yuan(r.required)], ['rCompliant', yesNo(r.compliant)], ['rShortfall', yuan(r.shortfall)]],
      explained: explained(r),
    };
  },
};

const targetsCalculator: CalculatorDef = {
  id: 'targets',
  title: 'calcTargets',
  fields: [
    { key: 'members', label: 'fMembers', kind: 'int', initial: '3', path: ['members'] },
    { key: 'wage', label: 'fWage', kind: 'money', initial: '21000', path: ['income', 'wage'] },
    { key: 'netOperating', label: 'fNetOperating', kind: 'money', initial: '6000', path: ['income', 'netOperating'] },
    { key: 'netProperty', label: 'fNetProperty', kind: 'money', initial: '1200', path: ['income', 'netProperty'] },
    { key: 'netTransfer', label: 'fNetTransfer', kind: 'money', initial: '22500', path: ['income', 'netTransfer'] },
    { key: 'previous', label: 'fPrevious', kind: 'money', initial: '14500', path: ['previousPerCapita'] },
  ],
  run(v) {
    const r = incomeTargets(defined({
      members: int(v, 'members'),
      income: defined({ wage: text(v, 'wage'), netOperating: text(v, 'netOperating'), netProperty: text(v, 'netProperty'), netTransfer: text(v, 'netTransfer') }),
      previousPerCapita: text(v, 'previous'),
    }) as IncomeTargetsInput);
    const met = [r.met.perCapita, r.met.growth, r.met.transferShare, r.met.otherShare].map(yesNo).join(' · ');
    return {
      rows: [
        ['rDisposable', yuan(r.disposableIncome)], ['rPerCapita', yuan(r.perCapita)], ['rGrowth', percent(r.growth)],
        ['rTransferShare', percent(r.transferShare)], ['rOtherShare', percent(r.otherShare)], ['rMet', met],
      ],
      explained: explained(r),
    };
  },
};

const dividendsCalculator: CalculatorDef = {
  id: 'dividends',
  title: 'calcDividends',
  fields: [
    { key: 'pool', label: 'fPool', kind: 'money', initial: '10000', path: ['pool'] },
    { key: 'shares', label: 'fShares', kind: 'lines', initial: 'A 3\nB 2\nC 2', path: ['shares'] },
  ],
  run(v) {
    const shares: Record<string, string> = {};
    for (const [holder, n] of lines(v, 'shares', ['shares'], (p) => (p.length === 2 ? [p[0] as string, p[1] as string] as const : null))) shares[holder] = n;
    const r = allocateDividendsWithTrace(text(v, 'pool') as string, shares);
    const parts = Object.entries(r.parts).map(([holder, d]) => `${holder}: ${yuan(d)}`).join('；');
    return { rows: [['rParts', parts]], explained: explained(r) };
  },
};

/** The calculators on each clause's page. */
export const CALCULATORS: Readonly<Record<string, readonly CalculatorDef[]>> = {
  '1': [targetsCalculator],
  '2.3.4': [vocationalCalculator],
  '2.3.7': [rentCalculator],
  '2.3.8': [loanCalculator, householdLoanCalculator],
  '2.3.9': [projectCalculator, dividendsCalculator],
};
