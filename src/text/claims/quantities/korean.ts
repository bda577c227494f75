// Korean native numerals before a counter (`여섯 명` six people, `서른 아홉 편` thirty-nine pieces, `네 개` four things).
// The attributive forms (한 두 세 네 스무) are also ordinary words (한 "did", 세 "world", 네 "yes", 열 "heat"): a native
// numeral counts only right before a counter noun, one space on, as Korean grammars list the bound counters.

/** Units and their attributive forms; tens (스물/스무 … 아흔). */
const NATIVE_UNITS: Record<string, number> = {
  하나: 1, 한: 1, 둘: 2, 두: 2, 셋: 3, 세: 3, 석: 3, 넷: 4, 네: 4, 넉: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9,
};
const NATIVE_TENS: Record<string, number> = { 열: 10, 스물: 20, 스무: 20, 서른: 30, 마흔: 40, 쉰: 50, 예순: 60, 일흔: 70, 여든: 80, 아흔: 90 };
/**
 * Counters (의존 명사) after a native numeral: people (명, 사람, 분), things (개, 가지), works (편, 곡, 권, 장), animals (마리),
 * machines (대), buildings (채, 곳), and the counted time (살 years of age, 시간 hours, 달 months, 주 weeks). 번 (times) is a multiplier.
 */
const COUNTERS = ['사람', '가지', '마리', '시간', '명', '개', '편', '곡', '권', '장', '대', '채', '곳', '살', '달', '주', '척', '그루', '송이', '켤레', '벌', '잔', '병'];
const HANGUL_WORD = /[\uac00-\ud7a3]+/y;

function wordAt(text: string, p: number): string {
  HANGUL_WORD.lastIndex = p;
  return HANGUL_WORD.exec(text)?.[0] ?? '';
}

/** A native numeral word, a ten and a unit glued (`서른아홉`, `열두`), or null. */
function numeralValue(word: string): number | null {
  if (word in NATIVE_UNITS) return NATIVE_UNITS[word];
  if (word in NATIVE_TENS) return NATIVE_TENS[word];
  for (const [ten, tens] of Object.entries(NATIVE_TENS)) {
    if (word.startsWith(ten) && word.slice(ten.length) in NATIVE_UNITS) return tens + NATIVE_UNITS[word.slice(ten.length)];
  }
  return null;
}

/** The counter starting the word at `p` (`명`, `명의`, `편의`: particles may follow), or null. */
function counterAt(text: string, p: number): string | null {
  const word = wordAt(text, p);
  return COUNTERS.find((c) => word.startsWith(c) && (word.length === c.length || /^(?:의|이|가|을|를|은|는|에|도|만|씩|째|동안)/.test(word.slice(c.length)))) ?? null;
}

/** Rule: a native numeral (a ten, then a unit, apart or glued) right before a counter, as its value and end; one alone is the article. */
export function koreanNativeCount(text: string, i: number): { end: number; value: number } | null {
  const first = wordAt(text, i);
  let value = numeralValue(first);
  if (value === null) return null;
  let end = i + first.length;
  // `서른 아홉`: a ten, a space, a unit.
  if (value % 10 === 0 && text[end] === ' ') {
    const unit = wordAt(text, end + 1);
    if (unit in NATIVE_UNITS) { value += NATIVE_UNITS[unit]; end += 1 + unit.length; }
  }
  if (value === 1 || text[end] !== ' ' || counterAt(text, end + 1) === null) return null;
  return { end, value };
}

/** Time units a half (반) follows: `1년 반` is a year and a half, `두 시간 반` two and a half hours. */
const HALF_AFTER_UNIT = /(년|개월|시간|달|주) ?반(?![\uac00-\ud7a3])/y;
const HALF_UNITS: Record<string, string> = { 년: 'years', 개월: 'months', 달: 'months', 시간: 'hours', 주: 'weeks' };

/** Rule: a time unit and 반 after a number at `p` (one space allowed before the unit): the end and the unit, or null. */
export function koreanHalfAfter(text: string, p: number): { end: number; unit: string } | null {
  HALF_AFTER_UNIT.lastIndex = text[p] === ' ' ? p + 1 : p;
  const m = HALF_AFTER_UNIT.exec(text);
  return m ? { end: HALF_AFTER_UNIT.lastIndex, unit: HALF_UNITS[m[1]] } : null;
}
