import { EXIT_OK, UsageError, parseCommand, type Command } from './args.ts';
import { findQuantities } from '../text/claims/quantities/index.ts';
import { detectLanguage, initLanguageDetection } from '../text/language/detect.ts';

const fmt = (v: number) => (Number.isFinite(v) ? String(v) : v > 0 ? '∞' : '-∞');

export const quantitiesCommand: Command = {
  name: 'quantities',
  summary: 'the quantities (amounts, money, percentages, counts; date parts and phone-number groups) of each line of stdin, with value, interval and unit',
  usage: `claimscope quantities [--lang L] [--json] < lines.txt

Prints the quantities of each input line, as the claims stage reads them (it keeps the amounts, not the kinds
date and code: the numbers of a date or time and the digit groups of a phone number): one tab-separated row per quantity
(line number, text, kind, value, low, high, unit, hedge), or with --json one array per line of
{"text", "kind", "value", "low", "high", "unit", "hedge", "scaled", "start", "end"} (an open interval side is null).
--lang L reads every line as language L (en, de, fr, es, pt, it, nl, pl, ru, uk, tr, zh, ja, ko, ar, hi);
without it each line's language is detected as the language stage does.`,
  async run(argv, io) {
    const { values } = parseCommand(argv, { json: { type: 'boolean' }, lang: { type: 'string' } });
    if (values.lang !== undefined && !/^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/.test(values.lang)) throw new UsageError(`--lang takes a language code like de or zh, not "${values.lang}"`);
    if (values.lang === undefined) await initLanguageDetection();
    const lines = (await io.stdin()).split('\n');
    if (lines.at(-1) === '') lines.pop();
    const out: string[] = [];
    lines.forEach((raw, k) => {
      const line = raw.replace(/\r$/, '');
      const lang = values.lang ?? detectLanguage(line).lang;
      const found = findQuantities(line, lang);
      if (values.json) {
        out.push(JSON.stringify(found.map((q) => ({ ...q, low: Number.isFinite(q.low) ? q.low : null, high: Number.isFinite(q.high) ? q.high : null }))));
      } else {
        for (const q of found) out.push([k + 1, q.text, q.kind, fmt(q.value), fmt(q.low), fmt(q.high), q.unit ?? '-', q.hedge ?? '-'].join('\t'));
      }
    });
    if (out.length) io.out(out.join('\n'));
    return EXIT_OK;
  },
};
