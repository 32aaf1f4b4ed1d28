/** Calculators of clause 2.3.8: one loan, and a household's loans over a year. */
import { explain, householdLoanSubsidy, loanInterestSubsidy, type HouseholdLoanSubsidyInput } from 'lanxi-policy';
import { defined, int, lines, text, type CalculatorDef } from './form.js';
import { percent, yuan } from './format.js';
import { locale } from './i18n.js';

const isDate = (s: string | undefined): s is string => s !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(s);

export const loanCalculator: CalculatorDef = {
  id: 'loan',
  title: 'calcLoan',
  fields: [
    { key: 'principal', label: 'fPrincipal', kind: 'money', initial: '50000', path: ['principal'] },
    { key: 'annualRate', label: 'fAnnualRate', kind: 'money', initial: '0.0435', path: ['annualRate'] },
    { key: 'days', label: 'fDays', kind: 'int', initial: '360', path: ['days'] },
    { key: 'interestPaid', label: 'fInterestPaid', kind: 'money', initial: '', path: ['interestPaid'] },
  ],
  run(v) {
    const input = defined({
      principal: text(v, 'principal'),
      annualRate: text(v, 'annualRate'),
      days: int(v, 'days'),
      interestPaid: text(v, 'interestPaid'),
    });
    const r = loanInterestSubsidy(input as Parameters<typeof loanInterestSubsidy>[0]);
    return {
      rows: [['rAmount', yuan(r.amount)], ['rSubsidyRate', percent(r.subsidyRate)], ['rSubsidizedPrincipal', yuan(r.subsidizedPrincipal)]],
      explained: explain(r, { locale: locale() }),
    };
  },
};

const LOAN = ['loans', 0] as const;

export const householdLoanCalculator: CalculatorDef = {
  id: 'household-loan',
  title: 'calcHouseholdLoan',
  fields: [
    { key: 'year', label: 'fYear', kind: 'int', initial: '2023', path: ['year'] },
    { key: 'creditLine', label: 'fCreditLine', kind: 'money', initial: '', path: ['creditLine'] },
    { key: 'principal', label: 'fPrincipal', kind: 'money', initial: '80000', path: [...LOAN, 'principal'] },
    { key: 'annualRate', label: 'fAnnualRate', kind: 'money', initial: '0.045', path: [...LOAN, 'annualRate'] },
    { key: 'startDate', label: 'fStartDate', kind: 'date', initial: '2023-03-01', path: [...LOAN, 'startDate'] },
    { key: 'endDate', label: 'fEndDate', kind: 'date', initial: '2024-02-29', path: [...LOAN, 'endDate'] },
    { key: 'maturityDate', label: 'fMaturityDate', kind: 'date', initial: '', path: [...LOAN, 'maturityDate'] },
    { key: 'creditLimit', label: 'fCreditLimit', kind: 'money', initial: '', path: [...LOAN, 'creditLimit'] },
    { key: 'interestPaid', label: 'fInterestPaid', kind: 'money', initial: '', path: [...LOAN, 'interestPaid'] },
    { key: 'repayments', label: 'fRepayments', kind: 'lines', initial: '', path: [...LOAN, 'repayments'] },
    { key: 'rateChanges', label: 'fRateChanges', kind: 'lines', initial: '', path: [...LOAN, 'rateChanges'] },
  ],
  run(v) {
    const pair = <K extends string>(key: K) => (parts: string[]): { date: string } & Record<K, string> | null =>
      parts.length === 2 && isDate(parts[0]) ? ({ date: parts[0], [key]: parts[1] } as { date: string } & Record<K, string>) : null;
    const repayments = lines(v, 'repayments', [...LOAN, 'repayments'], pair('amount'));
    const rateChanges = lines(v, 'rateChanges', [...LOAN, 'rateChanges'], pair('annualRate'));
    const loan = defined({
      principal: text(v, 'principal'),
      annualRate: text(v, 'annualRate'),
      startDate: text(v, 'startDate'),
      endDate: text(v, 'endDate'),
      maturityDate: text(v, 'maturityDate'),
      creditLimit: text(v, 'creditLimit'),
      interestPaid: text(v, 'interestPaid'),
      repayments: repayments.length > 0 ? repayments : undefined,
      rateChanges: rateChanges.length > 0 ? rateChanges : undefined,
    });
    const input = defined({ year: int(v, 'year'), creditLine: text(v, 'creditLine'), loans: [loan] });
    const r = householdLoanSubsidy(input as unknown as HouseholdLoanSubsidyInput);
    const line = r.loans[0];
    return {
      rows: [
        ['rTotal', yuan(r.total)],
        ...(line === undefined ? [] : [
          ['rSubsidyRate', percent(line.subsidyRate)],
          ['rSubsidizedPrincipal', yuan(line.subsidizedPrincipal)],
          ['rBalanceDays', line.balanceDays.toFixed(2)],
        ] as const),
        ['rCapRemaining', yuan(r.principalCapRemaining)],
      ],
      explained: explain(r, { locale: locale() }),
    };
  },
};
