// Foreign names in scripts without capitals: Japanese (kuromoji's proper-noun tags), and Korean, Arabic and Hindi
// words that sound like an English name (cross-script.ts). Japanese has a morphological analyser with a dictionary of
// proper nouns, so every name it tags is found, linked to its English spelling when written in katakana and it sounds
// like one. Korean, Arabic and Devanagari have no such analyser here: a word is a name only when it sounds like an English
// name of three consonants or more and not like an English word (a loanword such as `오페라`, opera, is no name).
import type { EntityType } from '../../types.ts';
import { stopwordsOf } from '../language/words.ts';
import { capitalisedName, englishNameOf, englishNameOfWord, type NameScript } from './cross-script.ts';
import { englishNames, isFree, isKnownPlace, type NameSpan } from './names.ts';
import { buildKuromojiTokenizer } from './kuromoji-dictionary.ts';

// ---------------------------------------------------------------------------------------------------------------
// Japanese: kuromoji (IPADIC).

/** The token fields of kuromoji read here. */
interface KuromojiToken {
  surface_form: string;
  pos: string;
  pos_detail_1: string;
  pos_detail_2: string;
  word_type: 'KNOWN' | 'UNKNOWN';
  /** 1-based character offset in the text. */
  word_position: number;
}
interface KuromojiTokenizer { tokenize(text: string): KuromojiToken[] }

let tokenizer: KuromojiTokenizer | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads kuromoji's dictionary (about 0.4 s of CPU from the gunzipped copy of kuromoji-dictionary.ts, 1.4 s through
 * kuromoji's own loader; once per worker): the entities stage awaits it before it reads a Japanese article. Until it
 * is loaded, japaneseNames finds none (the alias table's names still are).
 */
export function loadJapaneseAnalyser(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    try {
      tokenizer = buildKuromojiTokenizer<KuromojiTokenizer>();
      resolve();
    } catch (error) {
      loading = null;
      reject(error);
    }
  });
  return loading;
}

/** Whether japaneseNames can read text now. */
export const japaneseAnalyserLoaded = () => tokenizer !== null;

/** IPADIC's proper-noun subclasses and the types they name. */
const PROPER_NOUN_TYPES: Readonly<Record<string, EntityType>> = { 人名: 'person', 地域: 'place', 組織: 'org' };
const KATAKANA_WORD = /^[\p{Script=Katakana}ー]+$/u;
/** The middle dot between the words of a foreign name (`ヒラリー・クリントン`). */
const NAME_DOT = /^[・･]$/u;

/** Whether a token is part of a name: a proper noun, or a katakana noun the dictionary does not know (a foreign name). */
const isNameToken = (t: KuromojiToken) => t.pos === '名詞' && JAPANESE_WORD.test(t.surface_form) && (t.pos_detail_1 === '固有名詞' || (t.word_type === 'UNKNOWN' && KATAKANA_WORD.test(t.surface_form)));
/** Japanese script: the words of a name joined into one run. */
const JAPANESE_WORD = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー々]+$/u;
/**
 * A capitalised Latin word kuromoji tags a proper noun (`Vine`, a name in Latin letters in Japanese text): a name of its
 * own. kuromoji tags every unknown Latin word so, and splits a name of several words at its spaces: one word alone, only
 * between Japanese words (not a word of an English title quoted in the text).
 */
const LATIN_NAME = /^\p{Lu}[\p{Ll}\p{Lu}\p{N}]+$/u;
const isLatinName = (tokens: KuromojiToken[], k: number) => tokens[k].pos_detail_1 === '固有名詞' && LATIN_NAME.test(tokens[k].surface_form)
  && ![tokens[k - 1], tokens[k + 1]].some((t) => t && /[\p{Script=Latin}\s]/u.test(t.surface_form)) && !inTitleMarks(tokens, k, k);
/** Japanese title marks around a work's title (`『ノルウェイの森』`): a name inside is part of the title. */
const inTitleMarks = (tokens: KuromojiToken[], first: number, last: number) => tokens[first - 1]?.surface_form === '『' && tokens[last + 1]?.surface_form === '』';

/**
 * Japanese names: runs of proper nouns (and unknown katakana nouns) joined directly or by a middle dot. A run in
 * katakana whose every word sounds like an English name takes the English spelling (`ヒラリー・クリントン` →
 * `Hillary Clinton`); other runs stay as written. A run of unknown katakana words alone is kept only when linked: an
 * unknown katakana word is as often a new loanword as a name.
 */
export function japaneseNames(text: string, taken: ReadonlyArray<{ start: number; end: number }>): NameSpan[] {
  if (!tokenizer) return [];
  const tokens = tokenizer.tokenize(text);
  const out: NameSpan[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (isLatinName(tokens, k)) {
      const start = tokens[k].word_position - 1;
      const end = start + tokens[k].surface_form.length;
      if (isFree(taken, start, end)) out.push({ start, end, canonical: tokens[k].surface_form, type: PROPER_NOUN_TYPES[tokens[k].pos_detail_2] ?? 'org', guessed: true });
      continue;
    }
    if (!isNameToken(tokens[k])) continue;
    const run = [tokens[k]];
    while (k + 1 < tokens.length) {
      const next = tokens[k + 1];
      if (isNameToken(next)) { run.push(next); k++; continue; }
      if (NAME_DOT.test(next.surface_form) && tokens[k + 2] && isNameToken(tokens[k + 2])) { run.push(next, tokens[k + 2]); k += 2; continue; }
      break;
    }
    if (inTitleMarks(tokens, k - run.length + 1, k)) continue;
    // One kanji alone is an abbreviation (`米` for America, `英` for Britain) or a word, not a name to keep as written.
    if (run.length === 1 && run[0].surface_form.length === 1) continue;
    const start = run[0].word_position - 1;
    const last = run.at(-1)!;
    const end = last.word_position - 1 + last.surface_form.length;
    if (!isFree(taken, start, end)) continue;
    const words = run.filter((t) => !NAME_DOT.test(t.surface_form));
    const proper = words.find((t) => t.pos_detail_1 === '固有名詞');
    const english = words.every((t) => KATAKANA_WORD.test(t.surface_form)) ? englishNameOf(words.map((t) => t.surface_form), 'kana', englishNames(), 2) : null;
    if (!proper && !english) continue;
    const surface = text.slice(start, end);
    const type = (proper && PROPER_NOUN_TYPES[proper.pos_detail_2]) ?? (english && isKnownPlace(english) ? 'place' : 'person');
    out.push({ start, end, canonical: english ?? surface, type, ...(proper && PROPER_NOUN_TYPES[proper.pos_detail_2] ? {} : { guessed: true }) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Korean, Arabic, Hindi: words that sound like an English name.

/**
 * A word with no title around it is linked only when it sounds very like an English name of this many consonant
 * classes or more: Korean, Arabic and Hindi words of fewer share their skeleton with some English name far too often
 * (`지난` Jinan, `سكان` Sagan, `वर्षों` Pearson). Korean syllables make too many words match even so: there, titles only.
 */
const MIN_UNTITLED_CONSONANTS = 5;
const UNTITLED_MATCH = { maxSound: 0.5, maxFine: 1 };
/** Fewest consonant classes of a word after a title: the title says it is a name, the sound which (`كيم`, Kim). */
const MIN_TITLED_CONSONANTS = 2;

/** Titles before a person's name (Arabic, Hindi) or after it (Korean), from the languages' style of address in news. */
const TITLES_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = {
  ar: new Set(['السيد', 'السيدة', 'الرئيس', 'الرئيسة', 'الملك', 'الملكة', 'الأمير', 'الأميرة', 'الوزير', 'الوزيرة', 'الجنرال', 'الدكتور', 'الدكتورة', 'المستشار', 'المستشارة', 'القس', 'البابا']),
  hi: new Set(['श्री', 'श्रीमती', 'सुश्री', 'राष्ट्रपति', 'प्रधानमंत्री', 'डॉ', 'डॉ.', 'डॉक्टर', 'जनरल', 'राजा', 'रानी', 'मंत्री', 'प्रोफेसर', 'पोप']),
};
const TITLES_AFTER: Readonly<Record<string, ReadonlySet<string>>> = {
  ko: new Set(['씨', '대통령', '총리', '장관', '의원', '여사', '박사', '교수', '감독', '회장', '국왕', '여왕', '왕자', '공주', '대사', '사장', '총장', '장군', '선수']),
};

/** Korean particles written on a noun (the case particles, topic and focus particles), longest first. */
const KOREAN_PARTICLES = ['에게서', '으로부터', '에서는', '에서도', '에서', '에게', '으로', '로서', '까지', '부터', '처럼', '보다', '과의', '와의', '이다', '의', '은', '는', '이', '가', '을', '를', '에', '와', '과', '도', '로', '만'];
/** Arabic proclitics on a noun: a conjunction, a preposition, the article (`والقاهرة`, `بكلينتون`). */
const ARABIC_PROCLITICS = /^(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)/u;

const SCRIPT_OF_LANG: Readonly<Record<string, { script: NameScript; word: RegExp }>> = {
  ko: { script: 'hangul', word: /\p{Script=Hangul}+/gu },
  ar: { script: 'arabic', word: /[\u0620-\u064a\u066e-\u06d3]+/gu },
  hi: { script: 'devanagari', word: /[\u0900-\u0963\u0966-\u097f]+/gu },
};

/** The forms of a written word a name may be (most stripped first), with how many characters each starts after the word's start. */
function nameForms(word: string, lang: string): Array<{ form: string; offset: number }> {
  if (lang === 'ko') {
    const particle = KOREAN_PARTICLES.find((p) => word.length - p.length >= 1 && word.endsWith(p));
    return particle ? [{ form: word.slice(0, -particle.length), offset: 0 }, { form: word, offset: 0 }] : [{ form: word, offset: 0 }];
  }
  if (lang === 'ar') {
    const prefix = ARABIC_PROCLITICS.exec(word)?.[0] ?? '';
    return prefix && word.length - prefix.length >= 3 ? [{ form: word.slice(prefix.length), offset: prefix.length }, { form: word, offset: 0 }] : [{ form: word, offset: 0 }];
  }
  return [{ form: word, offset: 0 }];
}

/**
 * Names in Korean, Arabic or Hindi text: a word next to a title of a person (`السيدة ميركل`, `श्रीमती मर्केल`,
 * `메르켈 총리`), in its English spelling when it sounds like an English name and as written otherwise; or a word
 * without a title that sounds very like a long English name (MIN_UNTITLED_CONSONANTS). The mention leaves particles and
 * proclitics out; its type is a place for a known place, else a person.
 */
export function soundedNames(text: string, lang: string, taken: ReadonlyArray<{ start: number; end: number }>): NameSpan[] {
  const spec = SCRIPT_OF_LANG[lang];
  const names = englishNames();
  if (!spec || !names) return [];
  const stop = stopwordsOf(lang);
  const words = [...text.matchAll(spec.word)];
  const out: NameSpan[] = [];
  words.forEach((m, k) => {
    const word = m[0];
    if (stop.has(word)) return;
    const previous = words[k - 1];
    const next = words[k + 1];
    const titled = (previous && TITLES_BEFORE[lang]?.has(previous[0]) && /^\s+$/u.test(text.slice(previous.index! + previous[0].length, m.index!)))
      || (next && nameForms(next[0], lang).some((f) => TITLES_AFTER[lang]?.has(f.form)) && /^\s+$/u.test(text.slice(m.index! + word.length, next.index!)));
    if (TITLES_BEFORE[lang]?.has(word) || TITLES_AFTER[lang]?.has(word)) return;
    if (!titled && lang === 'ko') return;
    const forms = nameForms(word, lang);
    for (const { form, offset } of forms) {
      if (stop.has(form)) continue;
      const english = titled ? englishNameOfWord(form, spec.script, names, MIN_TITLED_CONSONANTS)
        : englishNameOfWord(form, spec.script, names, MIN_UNTITLED_CONSONANTS, UNTITLED_MATCH);
      if (!english) continue;
      add(out, taken, m.index! + offset, form, capitalisedName(english));
      return;
    }
    // A titled word no English name sounds like is a name as written (without its particle or proclitic).
    if (titled) add(out, taken, m.index! + forms[0].offset, forms[0].form, forms[0].form, 'person');
  });
  return out;
}

function add(out: NameSpan[], taken: ReadonlyArray<{ start: number; end: number }>, start: number, form: string, canonical: string, type?: EntityType): void {
  const end = start + form.length;
  if (isFree(taken, start, end)) out.push({ start, end, canonical, type: type ?? (isKnownPlace(canonical) ? 'place' : 'person') });
}
