/**
 * The policy explorer: routes by the URL's hash — `#/` the clauses, `#/clause/2.3.8` one clause,
 * `#/household` one household, `#/what-if?…` a what-if scenario — and the language toggle.
 */
import { renderClause, renderIndex } from './clause-page.js';
import { renderHousehold } from './household-page.js';
import { locale, setLocale, t } from './i18n.js';

const app = document.getElementById('app') as HTMLElement;
let leave: (() => void) | undefined;

function chrome(): void {
  document.documentElement.lang = locale();
  document.title = t('siteTitle');
  (document.getElementById('site-title') as HTMLElement).textContent = t('siteTitle');
  (document.getElementById('nav-clauses') as HTMLElement).textContent = t('navClauses');
  (document.getElementById('nav-household') as HTMLElement).textContent = t('navHousehold');
  (document.getElementById('nav-what-if') as HTMLElement).textContent = t('navWhatIf');
  const toggle = document.getElementById('lang-toggle') as HTMLButtonElement;
  toggle.textContent = t('switchLanguage');
  toggle.setAttribute('aria-label', t('switchLanguageLabel'));
  toggle.lang = locale() === 'en' ? 'zh-CN' : 'en';
}

async function route(): Promise<void> {
  leave?.();
  leave = undefined;
  chrome();
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path = '/'] = hash.split('?');
  for (const a of document.querySelectorAll('nav a')) {
    const target = (a.getAttribute('href') ?? '').slice(1);
    if ((target === '/' && (path === '/' || path.startsWith('/clause/'))) || (target !== '/' && path.startsWith(target))) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (path.startsWith('/clause/')) {
    app.replaceChildren(renderClause(decodeURIComponent(path.slice('/clause/'.length))) ?? renderIndex());
  } else if (path === '/household') {
    app.replaceChildren(renderHousehold());
  } else if (path === '/what-if') {
    // the what-if page and its charts load only when asked for, so the first load stays small
    const { renderWhatIf } = await import('./what-if-page.js');
    const page = renderWhatIf();
    app.replaceChildren(page.element);
    leave = page.leave;
  } else {
    app.replaceChildren(renderIndex());
  }
  document.body.dataset['ready'] = path;
}

// the what-if page keeps its scenario in the hash with history.replaceState, which fires no hashchange
window.addEventListener('hashchange', () => void route());
document.getElementById('lang-toggle')?.addEventListener('click', () => {
  setLocale(locale() === 'en' ? 'zh-CN' : 'en');
  void route();
});
void route();
