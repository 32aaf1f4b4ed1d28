import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { representative } from '../helpers/representative.js';

/**
 * The words of every rule and programme check, held: the representative results with their traces,
 * and `explain()` of each in both locales, written to a file and compared byte for byte. Moving a
 * text from one file to another must not change a character of what a user reads.
 */
describe('the texts of the rules and programme checks', () => {
  const out = representative(lib);
  const texts = Object.fromEntries(Object.entries(out).filter(([name]) => !['population', 'schema', 'plan', 'ids', 'calendar'].includes(name)));

  it('render the same traces and explanations, in Chinese and in English', async () => {
    await expect(JSON.stringify(texts, null, 1)).toMatchFileSnapshot('./__snapshots__/explain-texts.json');
  });

  it('render the same explanations as plain text, in Chinese and in English', async () => {
    const lines: string[] = [];
    for (const [name, value] of Object.entries(out)) {
      const ok = (value as { ok?: { zh?: string; en?: string } }).ok;
      if (ok?.zh === undefined || ok.en === undefined) continue;
      lines.push(`## ${name} (zh-CN)`, ok.zh, `## ${name} (en)`, ok.en, '');
    }
    expect(lines.length).toBeGreaterThan(50);
    await expect(lines.join('\n')).toMatchFileSnapshot('./__snapshots__/explain-texts.txt');
  });
});
