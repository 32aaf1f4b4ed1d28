/** How the explorer writes the library's exact values: money to the fen, rates as percentages. */
import type { Decimal } from 'lanxi-policy';
import { t } from './i18n.js';

/** Money: `Decimal.toFixed(2)`, the fen. */
export const yuan = (d: Decimal): string => d.toFixed(2);

/** A fraction as a percentage, exact ('2.175%'); '—' when undefined. */
export const percent = (d: Decimal | null): string => (d === null ? '—' : `${d.times(100).toString()}%`);

/** yes / no / — in the interface language. */
export const yesNo = (b: boolean | null): string => (b === null ? '—' : b ? t('yes') : t('no'));
