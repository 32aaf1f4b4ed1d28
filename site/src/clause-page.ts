/** The index of clauses, and one page per clause: its words, parameters, readings, deadlines and calculators. */
import { CLAUSES, LANXI_2023, type ClauseId } from 'lanxi-policy';
import { CALCULATORS } from './calculators.js';
import { h, table } from './dom.js';
import { renderCalculator } from './form.js';
import { locale, pick, t } from './i18n.js';
import { UNITS } from './messages.js';
import { CLAUSE_IDS, fingerprint, isEncoded, milestonesOf, paramsOf, quotesOf, readingsOf } from './plan-data.js';

/** The home page: every clause, with a link to its page. */
export function renderIndex(): HTMLElement {
  const items = CLAUSE_IDS.map((id) => h('li', { class: isEncoded(id) ? 'encoded' : 'not-encoded' },
    h('a', { href: `#/clause/${id}` }, pick(CLAUSES[id])),
    ' ',
    h('span', { class: 'tag' }, isEncoded(id) ? t('encoded') : t('notEncoded')),
    (CALCULATORS[id]?.length ?? 0) > 0 ? h('span', { class: 'tag tag-calc' }, `${t('calculators')}: ${CALCULATORS[id]?.length}`) : null));
  return h('section', { class: 'page' },
    h('h2', {}, t('clauseIndex')),
    h('p', { class: 'intro' }, t('intro')),
    h('ul', { class: 'clause-list' }, ...items),
    fingerprint() === undefined ? null : h('p', { class: 'note' }, `${t('fingerprint')}: `, h('code', { id: 'plan-fingerprint' }, fingerprint() ?? '')));
}

function valueText(v: unknown): string {
  return typeof v === 'object' && v !== null ? String(v.toString()) : String(v);
}

/** One clause's page; undefined for an id the plan does not have. */
export function renderClause(id: string): HTMLElement | undefined {
  if (!(CLAUSE_IDS as string[]).includes(id)) return undefined;
  const clause = id as ClauseId;
  const units = UNITS[locale()];
  const quotes = quotesOf(clause);
  const params = paramsOf(clause);
  const readings = readingsOf(clause);
  const milestones = milestonesOf(clause);
  const calcs = CALCULATORS[clause] ?? [];
  const zhLang = { lang: 'zh-CN' };
  return h('article', { class: 'page clause', 'data-clause': clause },
    h('p', {}, h('a', { href: '#/' }, `← ${t('backToIndex')}`)),
    h('h2', {}, pick(CLAUSES[clause]), ' ', h('span', { class: 'clause-id' }, `[${clause}]`)),
    h('section', { 'aria-labelledby': 'quotes-h' },
      h('h3', { id: 'quotes-h' }, t('quotes')),
      quotes.length === 0 && clause !== '4'
        ? h('p', { class: 'note' }, t('noQuote'))
        : h('div', {}, ...quotes.map((q) => h('blockquote', { class: 'quote', ...zhLang }, `「${q}」`)))),
    clause === '4' ? h('p', {}, `${t('effectiveFrom')}: `, h('strong', {}, LANXI_2023.effectiveFrom)) : null,
    params.length === 0 ? null : h('section', { 'aria-labelledby': 'params-h' },
      h('h3', { id: 'params-h' }, t('parameters')),
      table([t('paramName'), t('paramValue'), t('paramUnit'), t('paramReading')], params.map(({ path, param }) => [
        h('code', {}, path), valueText(param.value), units[param.unit] ?? param.unit, param.interpretation ?? '',
      ]))),
    readings.length === 0 ? null : h('section', { 'aria-labelledby': 'readings-h' },
      h('h3', { id: 'readings-h' }, t('readings')),
      h('ul', { class: 'readings' }, ...readings.map((r) => h('li', {},
        h('code', {}, r.name), r.interpretation === undefined ? '' : ` (${r.interpretation})`, ': ', `${t('readingChosen')} `, h('strong', {}, r.value),
        r.options.length > 0 ? ` · ${t('readingOptions')} ${r.options.join(' | ')}` : '',
        r.note === undefined ? null : h('p', { class: 'note' }, typeof r.note === 'string' ? r.note : pick(r.note)))))),
    milestones.length === 0 ? null : h('section', { 'aria-labelledby': 'milestones-h' },
      h('h3', { id: 'milestones-h' }, t('milestones')),
      table([t('paramName'), t('milestoneDue'), t('quote')], milestones.map((m) => [
        pick(m.title), m.due, h('span', zhLang, `「${m.quote}」`),
      ]))),
    calcs.length === 0 ? null : h('section', { 'aria-labelledby': 'calcs-h' },
      h('h3', { id: 'calcs-h' }, t('calculators')),
      ...calcs.map(renderCalculator)));
}
