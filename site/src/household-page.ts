/** The household page: one household record as JSON, assessed with assessHousehold and explained. */
import { assessHousehold, explain, syntheticPopulation } from 'lanxi-policy';
import { h } from './dom.js';
import { FieldError, int, renderCalculator, type CalculatorDef } from './form.js';
import { percent, yesNo, yuan } from './format.js';
import { locale, t } from './i18n.js';

/** A synthetic household (generated, no real person) with a loan and a child at a vocational school. */
function sample(): string {
  const pop = syntheticPopulation({ size: 400, seed: 7 });
  const found = pop.find((x) => (x.loans?.length ?? 0) > 0 && x.members.some((m) => m.schooling === 'secondaryVocational')) ?? pop[0];
  return JSON.stringify(found, null, 2);
}

const householdCalculator = (initial: string): CalculatorDef => ({
  id: 'household',
  title: 'householdTitle',
  fields: [
    { key: 'year', label: 'householdYear', kind: 'int', initial: '2023', path: ['year'] },
    { key: 'household', label: 'householdJson', kind: 'json', initial, path: [] },
  ],
  run(v) {
    let household: unknown;
    try {
      household = JSON.parse(typeof v['household'] === 'string' ? v['household'] : '');
    } catch (e) {
      throw new FieldError([], `${t('badJson')}${e instanceof Error ? e.message : String(e)}`);
    }
    const r = assessHousehold(household, { year: int(v, 'year') as number });
    const met = [r.income.met.perCapita, r.income.met.growth, r.income.met.transferShare, r.income.met.otherShare].map(yesNo).join(' · ');
    return {
      rows: [
        ['rLoanSubsidy', yuan(r.loanSubsidy.total)],
        ['rVocationalGrant', yuan(r.vocationalGrant.amount)],
        ['rTotalEntitlement', yuan(r.totalEntitlement)],
        ['rPerCapita', yuan(r.income.perCapita)],
        ['rGrowth', percent(r.income.growth)],
        ['rTransferShare', percent(r.income.transferShare)],
        ['rMet', met],
      ],
      explained: explain(r, { locale: locale() }),
    };
  },
});

export function renderHousehold(): HTMLElement {
  const form = renderCalculator(householdCalculator(sample()));
  const area = form.querySelector('textarea') as HTMLTextAreaElement;
  const set = (json: string): void => {
    area.value = json;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const sampleButton = h('button', { type: 'button', id: 'household-sample' }, t('householdSample'));
  sampleButton.addEventListener('click', () => set(sample()));
  const file = h('input', { type: 'file', id: 'household-file', accept: '.json,application/json' });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f !== undefined) void f.text().then(set);
  });
  return h('section', { class: 'page' },
    h('p', { class: 'intro' }, t('householdIntro')),
    h('div', { class: 'toolbar' }, sampleButton, h('label', { for: 'household-file' }, t('householdFile')), file),
    form);
}
