// Sentence boundaries in any supported language: ICU's sentence segmenter (Intl.Segmenter), then repairs for what it
// gets wrong in press text: abbreviations (`z. B.`, `Mio.`, `Nr.`, `U.S.`, `EE. UU.`), German ordinal dates
// (`am 2. Mai`), and an opening quote left at the end of the previous Chinese/Japanese sentence (`。“`).
import { segmenter } from './words.ts';
import { segmentInWindows } from './segments.ts';
import { rememberRecent } from '../recent.ts';

// Patterns with Unicode property escapes used inside functions, made once here: tsx compiles such a literal (esbuild,
// target node20) into `new RegExp(…)`, evaluated at each call (0.8 µs against 0.15 for a made pattern). None is global or sticky.
const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;
const LETTERS_WITH_DOTS = /^(?:\p{L}\.){2,}$/u;
const LETTER_WITH_DOT = /^\p{L}\.$/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;

/** Abbreviations that end with a period but rarely end a sentence, per language (matched case-sensitively). */
export const ABBREVIATIONS: Record<string, string[]> = {
  en: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Inc.', 'Ltd.', 'Corp.', 'Co.', 'vs.', 'e.g.', 'i.e.', 'approx.', 'No.', 'Nos.', 'St.', 'Jr.', 'Sr.',
    'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'Fig.', 'Gov.', 'Sen.', 'Rep.', 'est.'],
  de: ['z. B.', 'z.B.', 'd. h.', 'd.h.', 'u. a.', 'u.a.', 'bzw.', 'ca.', 'Mio.', 'Mrd.', 'Bio.', 'Tsd.', 'Nr.', 'Dr.', 'Prof.', 'ggf.', 'inkl.',
    'evtl.', 'vgl.', 'Jh.', 'St.', 'Hr.', 'Fr.', 'Abs.', 'Art.', 'S.', 'v. a.', 'o. ä.', 'zzgl.', 'Std.', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  fr: ['M.', 'MM.', 'Mme.', 'Mlle.', 'Dr.', 'Pr.', 'p. ex.', 'env.', 'av.', 'apr.', 'J.-C.', 'n°.', 'Md.', 'Mds.', 'St.', 'Ste.', 'janv.', 'févr.', 'sept.', 'oct.', 'nov.', 'déc.'],
  es: ['Sr.', 'Sra.', 'Srta.', 'Dr.', 'Dra.', 'sr.', 'sra.', 'srta.', 'dra.', 'p. ej.', 'aprox.', 'núm.', 'EE. UU.', 'EE.UU.', 'Ud.', 'Uds.', 'etc.', 'ene.', 'feb.', 'sept.', 'oct.', 'nov.', 'dic.'],
  ru: ['т. е.', 'т.е.', 'т. к.', 'т.к.', 'т. н.', 'т.н.', 'млн.', 'млрд.', 'тыс.', 'руб.', 'долл.', 'г.', 'гг.', 'им.', 'ул.', 'проф.', 'акад.', 'см.', 'напр.'],
};
/** Abbreviations understood on any page: English ones turn up in every language's tech press. */
const SHARED = ['U.S.', 'U.K.', 'U.N.', 'e.g.', 'i.e.', 'Dr.', 'Prof.', 'Inc.', 'Ltd.', 'Corp.', 'vs.', 'ca.', 'approx.'];

const OPENERS = /[“‘「『（(«„‚【〈《"']+$/u;
/** The characters OPENERS matches: a piece not ending in one of them has no stranded opener (skips the regex). */
const OPENER_CHARS = new Set('“‘「『（(«„‚【〈《"\'');
const LEADING_CLOSERS = /^[”’」』）)»“"'】〉》]+/u;
const MONTH_AFTER_ORDINAL = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Quartal|Platz|Halbjahr|Jahrhundert)\b/;

/**
 * The characters ICU's sentence rules (UAX #29) can break after: STerm and ATerm (Sentence_Terminal, plus the
 * ATerm dots outside it) and paragraph separators. A text without any is one sentence (or none, when empty) in
 * every language, so splitSentences need not run the segmenter over it (headings, list items, captions).
 */
const SENTENCE_BREAK_AFTER = /[\p{Sentence_Terminal}\u2024\ufe52\uff0e\n\r\u0085\u2028\u2029]/u;

/**
 * How much of the end of a sentence the repairs look at. The longest abbreviation cut is 7 characters; an initials
 * run (`J. R. R.`) or a dotted acronym longer than this is no abbreviation. Looking at a bounded tail keeps the
 * repairs linear in the text: a paragraph of `!?.…` repeated (one piece per mark, glued into one long sentence) took
 * 2.7 s at 100 KB and over 20 s at 1 MB when each glue re-read the whole sentence so far (bench/hostile.ts).
 */
const SENTENCE_TAIL_CHARS = 64;

/** Where the last SENTENCE_TAIL_CHARS characters of `text[start..end)` before its trailing whitespace begin and end. */
function sentenceTail(text: string, start: number, end: number): { from: number; to: number } {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { from: Math.max(start, end - SENTENCE_TAIL_CHARS), to: end };
}

/**
 * Places where ICU's sentence rules (UAX #29) always break: after a line break, and before a letter that follows
 * a `!`/`?`-like terminator and optional spaces (SB11), or an upper-case letter after a period and spaces (SB8 needs
 * a lower-case letter to hold on). The abbreviation repairs then glue what they glue as on a text segmented whole.
 */
function isSentenceBreak(text: string, at: number): boolean {
  if (/[\n\r\u2029]/.test(text[at - 1]!)) return true;
  const next = text[at]!;
  if (!LETTER.test(next)) return false;
  let k = at - 1;
  while (k > at - 8 && k > 0 && (text[k] === ' ' || text[k] === '\u3000')) k--; // a few spaces: enough to find a cut
  if (k === at - 1 && !/[。！？]/.test(text[k]!)) return false; // a letter right after a Latin terminator continues it (`U.S`)
  return /[!?。！？‼⁇⁈⁉]/.test(text[k]!) || (text[k] === '.' && CAPITAL.test(next));
}

/** A place an abbreviation may be cut at: `head` ends the piece, `rest` ('' for none) starts the next one. */
interface AbbreviationCut {
  head: string;
  rest: string;
}

/**
 * Every cut of the language's and the shared abbreviations (a spaced abbreviation such as `EE. UU.` may be cut
 * after any of its parts), built once per language: one list per key of ABBREVIATIONS, plus one for the others.
 */
const cutsByLang = new Map<string, AbbreviationCut[]>();
function abbreviationCuts(lang: string): AbbreviationCut[] {
  const own = ABBREVIATIONS[lang];
  const key = own ? lang : '';
  let cuts = cutsByLang.get(key);
  if (!cuts) {
    cuts = [];
    for (const abbr of [...(own ?? []), ...SHARED]) {
      const parts = abbr.split(' ');
      for (let k = parts.length; k >= 1; k--) cuts.push({ head: parts.slice(0, k).join(' '), rest: parts.slice(k).join(' ') });
    }
    cutsByLang.set(key, cuts);
  }
  return cuts;
}

/** Whitespace or '(', where an initial or a dotted acronym at the end of a piece must begin. */
function breaksRun(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c > 0x20 && c < 0x7f) return c === 0x28; // printable ASCII: only '(' (no whitespace)
  return /\s/.test(ch);
}

function endsWithAbbreviation(piece: string, next: string, lang: string): boolean {
  const trimmed = piece.trimEnd();
  for (const { head, rest } of abbreviationCuts(lang)) {
    if (!trimmed.endsWith(head) || (rest && !next.startsWith(rest))) continue;
    const before = trimmed[trimmed.length - head.length - 1];
    if (before === undefined || !LETTER.test(before)) return true;
  }
  // Initials and dotted acronyms: `J. R. R.`, `U.S.A.`, and the first letter of `z. B.`, `d. h.`, `т. е.`
  // (letters and periods after the last space or '(' of the piece, or from its start). Letters and periods are
  // never whitespace or '(', so such a match can only start right after the last one of those: testing that run
  // alone gives the same answer as scanning the whole piece for it.
  let runStart = trimmed.length;
  while (runStart > 0 && !breaksRun(trimmed[runStart - 1]!)) runStart--;
  const lastRun = trimmed.slice(runStart);
  return LETTERS_WITH_DOTS.test(lastRun) || LETTER_WITH_DOT.test(lastRun);
}

/**
 * Splits by `lang\0text`, remembered: the segment stage and the claims rules split the same paragraphs in the same
 * languages one after the other, and ICU's segmenter is most of the cost.
 */
const recentSplits = rememberRecent(512, (key) => {
  const split = key.indexOf('\u0000');
  return computeSentences(key.slice(split + 1), key.slice(0, split));
});

/** Sentences of `text` as UTF-16 offsets, whitespace trimmed off both ends. */
export function splitSentences(text: string, lang: string): Array<{ start: number; end: number }> {
  // A text without a place to break is one sentence in every language: what computeSentences gives for it, without
  // the memo's key (the text copied behind the language) and its copies, made for each of a page's 163,660 one-word
  // paragraphs by the segment stage and again by the claims rules (bench:hostile's folder).
  if (!SENTENCE_BREAK_AFTER.test(text)) return wholeSentence(text);
  // Copies: a caller may change what it gets.
  return recentSplits(`${lang}\u0000${text}`).map((s) => ({ start: s.start, end: s.end }));
}

/** The text as one sentence, whitespace trimmed off both ends (none when it is all whitespace): computeSentences' last pass on one piece. */
function wholeSentence(text: string): Array<{ start: number; end: number }> {
  let start = 0, end = text.length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? [{ start, end }] : [];
}

/** splitSentences without its memo and its fast path (exported for the tests that compare them). */
export function computeSentences(text: string, lang: string): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  if (!SENTENCE_BREAK_AFTER.test(text)) pieces.push({ start: 0, end: text.length }); // one sentence: spare ICU
  else for (const s of segmentInWindows(segmenter(lang, 'sentence'), text, isSentenceBreak)) pieces.push({ start: s.index, end: s.index + s.segment.length });

  // An opening quote or bracket stranded at the end of a piece belongs to the next sentence.
  for (let k = 0; k + 1 < pieces.length; k++) {
    const { from, to } = sentenceTail(text, pieces[k].start, pieces[k].end);
    if (!OPENER_CHARS.has(text[to - 1] ?? '')) continue;
    const trailing = OPENERS.exec(text.slice(from, to));
    if (trailing && to - trailing[0].length > pieces[k].start) {
      const cut = to - trailing[0].length;
      pieces[k + 1].start = cut;
      pieces[k].end = cut;
    }
  }

  const merged: Array<{ start: number; end: number }> = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last) {
      const tail = sentenceTail(text, last.start, last.end);
      const prev = text.slice(tail.from, tail.to);
      const next = text.slice(piece.start, piece.end).trimStart();
      const glue =
        next.length > 0 && endsWithAbbreviation(prev, next, lang) ||
        (lang === 'de' && /(?:^|\s)\d{1,2}\.$/.test(prev) && (MONTH_AFTER_ORDINAL.test(next) || STARTS_LOWERCASE.test(next))) ||
        // A closing quote or bracket that ICU put at the start of the next piece.
        LEADING_CLOSERS.test(next) && !/^[“"'‘«„]/.test(next) && /[.!?。！？]$/.test(prev) && /^[”’」』）)»】〉》]/.test(next);
      if (glue) { last.end = piece.end; continue; }
    }
    merged.push({ ...piece });
  }

  const out: Array<{ start: number; end: number }> = [];
  for (const m of merged) {
    let { start, end } = m;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}
