// The time a claim refers to: years and months stated in its sentence, normalised ('2022', '2023-05').
import { escapeRegExp } from '../language/words.ts';
import type { Hit } from './attributes.ts';
// Time

const MONTHS: Record<string, number> = {};
[
  ['january', 'januar', 'jänner', 'janvier', 'enero', 'января', 'январе', 'январь', 'jan'],
  ['february', 'februar', 'février', 'febrero', 'февраля', 'феврале', 'февраль', 'feb'],
  ['march', 'märz', 'mars', 'marzo', 'марта', 'марте', 'март', 'mar'],
  ['april', 'avril', 'abril', 'апреля', 'апреле', 'апрель', 'apr'],
  ['may', 'mai', 'mayo', 'мая', 'мае', 'май'],
  ['june', 'juni', 'juin', 'junio', 'июня', 'июне', 'июнь', 'jun'],
  ['july', 'juli', 'juillet', 'julio', 'июля', 'июле', 'июль', 'jul'],
  ['august', 'août', 'agosto', 'августа', 'августе', 'август', 'aug'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'сентября', 'сентябре', 'сентябрь', 'sep', 'sept'],
  ['october', 'oktober', 'octobre', 'octubre', 'октября', 'октябре', 'октябрь', 'oct', 'okt'],
  ['november', 'novembre', 'noviembre', 'ноября', 'ноябре', 'ноябрь', 'nov'],
  ['december', 'dezember', 'décembre', 'diciembre', 'декабря', 'декабре', 'декабрь', 'dec', 'dez'],
].forEach((names, k) => { for (const n of names) MONTHS[n] = k + 1; });
const MONTH_WORD = Object.keys(MONTHS).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const MONTH_YEAR = new RegExp(`(?<![\\p{L}])(${MONTH_WORD})\\.?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, 'giu');

export interface TimeHit extends Hit { time: string }

/** Whether the text holds four ASCII digits in a row: every pattern below reads a year written so (`\d` is ASCII only). */
function hasFourDigits(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      if (++run === 4) return true;
    } else run = 0;
  }
  return false;
}

const pad = (m: number) => String(m).padStart(2, '0');

/** Adds a hit unless it overlaps one found before (the patterns run in order of preference). */
function push(hits: TimeHit[], offset: number, start: number, end: number, time: string): void {
  if (!hits.some((h) => h.start < offset + end && offset + start < h.end)) hits.push({ start: offset + start, end: offset + end, time });
}

/** Years and months stated in a sentence, normalised ('2022', '2023-05'). */
export function findTimes(sentence: string, offset = 0): TimeHit[] {
  const hits: TimeHit[] = [];
  // Most sentences of a page state no year: one loop instead of three patterns (and a Chinese page's thousands of
  // short sentences, bench:hostile cjk-sentences).
  if (!hasFourDigits(sentence)) return hits;
  for (const m of sentence.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月/g)) push(hits, offset, m.index, m.index + m[0].length, `${m[1]}-${pad(Number(m[2]))}`);
  for (const m of sentence.matchAll(MONTH_YEAR)) {
    const month = MONTHS[m[1].toLowerCase()];
    // English `may` is a verb unless capitalised.
    if (m[1] === 'may' || m[1] === 'mar') continue;
    push(hits, offset, m.index, m.index + m[0].length, `${m[2]}-${pad(month)}`);
  }
  for (const m of sentence.matchAll(/(?<![\d.,\-/])(1[89]\d\d|20\d\d)(?![\d.,]\d|[-/]\d|\s*[%％])/g)) push(hits, offset, m.index, m.index + m[0].length, m[1]);
  return hits;
}
