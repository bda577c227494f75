// Title, date and site name as plain-text pages print them. Pure helpers for clean-text.ts.
import { effectiveLength } from '../blocks.ts';
import { TAGGED_TITLE, fold, isListItem } from './line-rules.ts';

/** A title is one line; longer than this (Latin-equivalent chars) it is a paragraph. Generous: news titles run long. */
export const MAX_TITLE_LENGTH = 250;
/** Shorter than this it is a label ("Home", "01"), not a title. */
const MIN_TITLE_LENGTH = 8;
/** A `| Site` suffix is only a site name when it is this short. */
const MAX_SITE_SUFFIX = 30;
/** Years before this are template placeholders (1900/1/1, the Unix epoch 1970/1/1 8:00:00 in UTC+8), never a real publication date. */
const MIN_PLAUSIBLE_YEAR = 1990;

/** True when a line reads like a title: one line, not too short or long, not ending like a sentence. */
export function isTitleLike(line: string): boolean {
  const n = fold(line);
  const len = effectiveLength(n);
  if (len < MIN_TITLE_LENGTH || len > MAX_TITLE_LENGTH) return false;
  if (isListItem(n)) return false;
  // Sentence ends of other scripts too: Devanagari danda (।, ॥), Urdu full stop (۔), Armenian (։), Ethiopic (።), Myanmar (။).
  return !/[.。!！;；:：,，、।॥۔։።။]$/.test(n);
}

/** The title without what the site glued to it: `…_GPT:apenft幣價格今日行情` (coin tag), `… | Site Name`. */
export function stripSiteSuffix(title: string): string {
  let t = title.trim().replace(TAGGED_TITLE, '').trim();
  const bar = t.lastIndexOf(' | ');
  if (bar > 0) {
    const suffix = t.slice(bar + 3).trim();
    if (effectiveLength(suffix) <= MAX_SITE_SUFFIX && effectiveLength(t.slice(0, bar)) > effectiveLength(suffix)) t = t.slice(0, bar).trim();
  }
  return t;
}

const MONTH_NUMBER: Record<string, number> = {};
const MONTH_NAMES: Array<[string[], number]> = [
  [['january', 'jan', 'januar', 'janvier', 'enero', 'января'], 1],
  [['february', 'feb', 'februar', 'février', 'febrero', 'февраля'], 2],
  [['march', 'mar', 'märz', 'mars', 'marzo', 'марта'], 3],
  [['april', 'apr', 'avril', 'abril', 'апреля'], 4],
  [['may', 'mai', 'mayo', 'мая'], 5],
  [['june', 'jun', 'juni', 'juin', 'junio', 'июня'], 6],
  [['july', 'jul', 'juli', 'juillet', 'julio', 'июля'], 7],
  [['august', 'aug', 'août', 'agosto', 'августа'], 8],
  [['september', 'sep', 'sept', 'septembre', 'septiembre', 'сентября'], 9],
  [['october', 'oct', 'oktober', 'octobre', 'octubre', 'октября'], 10],
  [['november', 'nov', 'novembre', 'noviembre', 'ноября'], 11],
  [['december', 'dec', 'dezember', 'décembre', 'diciembre', 'декабря'], 12],
];
for (const [names, n] of MONTH_NAMES) for (const name of names) MONTH_NUMBER[name] = n;

const pad = (n: number) => String(n).padStart(2, '0');

/** The first date in a metadata line as ISO 8601 (`2023-04-26`, or `2023-04-26T14:02:51` with a time), null when none or a placeholder. */
export function parseDate(line: string): string | null {
  const n = fold(line);
  let y = 0, m = 0, d = 0;
  let rest = '';
  let hit = /(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(.*)/.exec(n) ?? /(\d{4})年(\d{1,2})月(\d{1,2})日(.*)/.exec(n);
  if (hit) { y = +hit[1]; m = +hit[2]; d = +hit[3]; rest = hit[4]; }
  else if ((hit = /(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)\.?\s+(?:de\s+)?(\d{4})(.*)/u.exec(n)) && MONTH_NUMBER[hit[2].toLowerCase()]) {
    d = +hit[1]; m = MONTH_NUMBER[hit[2].toLowerCase()]; y = +hit[3]; rest = hit[4];
  } else if ((hit = /(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})(.*)/u.exec(n)) && MONTH_NUMBER[hit[1].toLowerCase()]) {
    m = MONTH_NUMBER[hit[1].toLowerCase()]; d = +hit[2]; y = +hit[3]; rest = hit[4];
  } else return null;
  if (y < MIN_PLAUSIBLE_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  const time = /^\s*(?:à|um|at|в)?\s*(\d{1,2})[:h](\d{2})(?::(\d{2}))?/.exec(rest);
  return time ? `${date}T${pad(+time[1])}:${time[2]}:${time[3] ?? '00'}` : date;
}

/** The site named in a copyright footer: `© 2023 Model Notes. All rights reserved.` → `Model Notes`. */
export function siteNameFromCopyright(line: string): string | null {
  const m = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([^.|,©–—]{2,40}?)(?:\s*[.|,]|\s+(?:all rights|alle rechte|tous droits|todos los derechos|все права)|$)/iu.exec(fold(line));
  const name = m?.[1].trim();
  return name && /\p{L}/u.test(name) ? name : null;
}
