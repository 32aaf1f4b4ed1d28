/**
 * The what-if page: sliders for the plan's parameters, a worker that runs the reform over 10000
 * synthetic households, the cost curve and the per-capita distribution drawn from the library's
 * Vega-Lite specs, the targets' table, and a link that reproduces the scenario.
 */
import { Decimal, LANXI_2023, parameterPaths, type Param } from 'lanxi-policy';
import { draw, release } from './charts.js';
import { h, table } from './dom.js';
import { locale, t } from './i18n.js';
import { UNITS } from './messages.js';
import {
  DEFAULT_SLIDERS, parseScenario, POPULATION_SIZE, scenarioHash, type Scenario, type WorkerRequest, type WorkerResponse,
} from './scenario.js';

const PATHS = parameterPaths(LANXI_2023);

function paramAt(path: string): Param<unknown> | undefined {
  const [group, name] = path.split('.') as [string, string];
  return (LANXI_2023.params as unknown as Record<string, Record<string, Param<unknown>>>)[group]?.[name];
}

/** A slider's range: from 0 to about three times the plan's value, in steps the plan's value falls on. */
export function rangeOf(path: string): { min: Decimal; max: Decimal; step: Decimal } {
  const p = paramAt(path);
  const v = new Decimal(String(p?.value ?? 0));
  if (p?.unit === 'fraction/year') return { min: new Decimal(0), max: Decimal.max(new Decimal('0.1'), v.times(2)), step: new Decimal('0.0025') };
  if (p?.unit === 'fraction') return { min: new Decimal(0), max: new Decimal(1), step: new Decimal('0.01') };
  if (typeof p?.value === 'number' || v.lte(20)) return { min: new Decimal(0), max: Decimal.max(v.times(3), new Decimal(10)), step: new Decimal(1) };
  let step = new Decimal(1);
  for (const c of [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000]) if (v.div(20).gte(c) && v.mod(c).isZero()) step = new Decimal(c);
  return { min: new Decimal(0), max: v.times(3), step };
}

/** The values the cost curve tries: nine across the slider's range, the plan's value and the chosen one. */
export function sweepValues(path: string, chosen: string | undefined): string[] {
  const { min, max, step } = rangeOf(path);
  const n = 8;
  const out = new Set<string>();
  for (let i = 0; i <= n; i++) out.add(min.plus(max.minus(min).times(i).div(n).div(step).round().times(step)).toString());
  out.add(String(paramAt(path)?.value ?? ''));
  if (chosen !== undefined) out.add(new Decimal(chosen).toString());
  return [...out].filter((s) => s !== '').sort((a, b) => new Decimal(a).cmp(new Decimal(b)));
}

export function renderWhatIf(): { element: HTMLElement; leave: () => void } {
  let scenario: Scenario = parseScenario(location.hash, PATHS);
  const worker = new Worker(new URL('./what-if-worker.ts', import.meta.url), { type: 'module' });
  const status = h('p', { id: 'what-if-status', role: 'status', 'aria-live': 'polite' });
  const sliders = h('div', { class: 'sliders' });
  const costEl = h('div', { class: 'chart', id: 'chart-cost' });
  const distEl = h('div', { class: 'chart', id: 'chart-distribution' });
  const tableEl = h('div', { id: 'targets-table' });
  const link = h('a', { id: 'scenario-link', href: scenarioHash(scenario) }, t('scenarioLink'));
  const seedInput = h('input', { id: 'what-if-seed', type: 'text', inputmode: 'numeric', value: String(scenario.seed), autocomplete: 'off' });
  const sweepSelect = h('select', { id: 'what-if-sweep' });
  const addSelect = h('select', { id: 'what-if-add' });
  const units = UNITS[locale()];

  let nextId = 0;
  let busy = false;
  let pending = false;
  let startedAt = 0;

  function setScenario(next: Scenario): void {
    scenario = next;
    const hash = scenarioHash(next);
    link.href = hash;
    history.replaceState(null, '', hash);
    request();
  }

  function request(): void {
    if (busy) {
      pending = true;
      return;
    }
    busy = true;
    startedAt = performance.now();
    status.textContent = t('running');
    document.body.dataset['whatIf'] = 'running';
    const message: WorkerRequest = {
      id: ++nextId, size: POPULATION_SIZE, seed: scenario.seed, overrides: scenario.overrides,
      sweepPath: scenario.sweep, sweepValues: sweepValues(scenario.sweep, scenario.overrides[scenario.sweep]), locale: locale(),
    };
    worker.postMessage(message);
  }

  worker.onmessage = async (e: MessageEvent<WorkerResponse>) => {
    const r = e.data;
    let drawn = false;
    try {
      if (r.ok) {
        const rows = r.table;
        const head = Object.keys(rows[0] ?? {});
        tableEl.replaceChildren(table(head, rows.map((row) => head.map((c) => row[c] ?? '')), t('targetsTable')));
        await Promise.all([draw(costEl, r.costCurve, t('costCurve')), draw(distEl, r.distribution, t('distribution'))]);
        const ms = Math.round(performance.now() - startedAt);
        status.textContent = t('doneIn', { ms, n: r.households });
        document.body.dataset['whatIfMs'] = String(ms);
        drawn = true;
      } else {
        status.textContent = `${t('workerError')}${r.message}`;
      }
    } catch (err) {
      status.textContent = `${t('workerError')}${err instanceof Error ? err.message : String(err)}`;
    } finally {
      document.body.dataset['whatIf'] = drawn ? 'done' : 'error';
      busy = false;
      if (pending) {
        pending = false;
        request();
      }
    }
  };

  function slider(path: string): HTMLElement {
    const p = paramAt(path);
    const { min, max, step } = rangeOf(path);
    const id = `slider-${path.replace('.', '-')}`;
    const planValue = String(p?.value ?? '');
    const value = scenario.overrides[path] ?? planValue;
    const out = h('output', { for: id, id: `${id}-value` }, value);
    const input = h('input', { id, type: 'range', min: min.toString(), max: max.toString(), step: step.toString(), value });
    input.addEventListener('input', () => {
      const v = new Decimal(input.value).toString();
      out.textContent = v;
      const overrides = { ...scenario.overrides };
      if (v === new Decimal(planValue).toString()) delete overrides[path];
      else overrides[path] = v;
      sweepSelect.value = path;
      setScenario({ ...scenario, overrides, sweep: path });
    });
    const remove = (DEFAULT_SLIDERS as readonly string[]).includes(path) ? null : h('button', { type: 'button', class: 'remove', 'aria-label': `${t('removeParam')} ${path}` }, '×');
    remove?.addEventListener('click', () => {
      const overrides = { ...scenario.overrides };
      delete overrides[path];
      setScenario({ ...scenario, overrides, shown: scenario.shown.filter((s) => s !== path) });
      renderSliders();
    });
    return h('div', { class: 'slider' },
      h('label', { for: id }, h('code', {}, path), ` (${units[p?.unit ?? ''] ?? p?.unit ?? ''}; ${t('planValue')} ${planValue})`),
      h('div', { class: 'slider-row' }, input, out, remove));
  }

  function renderSliders(): void {
    const shown = [...DEFAULT_SLIDERS, ...scenario.shown, ...Object.keys(scenario.overrides)].filter((p) => p !== 'effectiveFrom');
    sliders.replaceChildren(...[...new Set(shown)].map(slider));
    addSelect.replaceChildren(h('option', { value: '' }, t('addParamNone')),
      ...PATHS.filter((p) => p !== 'effectiveFrom' && !shown.includes(p)).map((p) => h('option', { value: p }, p)));
  }

  for (const p of PATHS) if (p !== 'effectiveFrom') sweepSelect.append(h('option', { value: p, selected: p === scenario.sweep }, p));
  sweepSelect.addEventListener('change', () => setScenario({ ...scenario, sweep: sweepSelect.value }));
  addSelect.addEventListener('change', () => {
    if (addSelect.value === '') return;
    scenario = { ...scenario, shown: [...scenario.shown, addSelect.value] };
    renderSliders();
    setScenario(scenario);
  });
  seedInput.addEventListener('change', () => {
    const seed = Number(seedInput.value);
    if (Number.isSafeInteger(seed)) setScenario({ ...scenario, seed });
  });
  const reset = h('button', { type: 'button', id: 'what-if-reset' }, t('reset'));
  reset.addEventListener('click', () => {
    setScenario({ ...scenario, overrides: {}, shown: [] });
    renderSliders();
  });
  renderSliders();
  request();

  const element = h('section', { class: 'page what-if' },
    h('h2', {}, t('whatIfTitle')),
    h('p', { class: 'intro' }, t('whatIfIntro', { n: POPULATION_SIZE })),
    h('div', { class: 'what-if-grid' },
      h('div', { class: 'controls' },
        sliders,
        h('div', { class: 'field' }, h('label', { for: 'what-if-add' }, t('addParam')), addSelect),
        h('div', { class: 'field' }, h('label', { for: 'what-if-sweep' }, t('sweepParam')), sweepSelect),
        h('div', { class: 'field' }, h('label', { for: 'what-if-seed' }, t('seed')), seedInput),
        h('p', {}, reset, ' ', link),
        status),
      h('div', { class: 'results' },
        h('h3', {}, t('costCurve')), costEl,
        h('h3', {}, t('distribution')), distEl,
        tableEl)));
  return { element, leave: () => { worker.terminate(); release(costEl, distEl); } };
}
