// A claim's subject linked across languages by the fact it states. When two articles in different languages state
// the same figure with the same unit, and one names its subject (`Vienna`) while the other's sentence holds that very
// name as its own language writes it (`Vienne`, `Viena`, `Вене`, `维也纳`, `빈의`, `वियना`) though the rules
// there found no subject or kept the name unlinked, both claims are about the same thing: the second takes the
// first's entity. The name is looked for only where the figure already matches, one name at a time: far narrower than
// finding every foreign name in a text against all English names, which is why the bounds here may be looser
// (cross-script.ts' titled bound; a Latin key apart in its last sound).
import type { ArticleClaim } from '../../types.ts';
import { englishNameOfWord, type NameScript } from './cross-script.ts';
import { linkingKey } from './latin-linking.ts';
import { latinOfCyrillic } from './russian-names.ts';
import { isCommonWord } from './names.ts';
import { factValue, MAX_ARTICLES_PER_LINKING_FACT, statesFigure, type FigureClaim } from './facts.ts';

/** Fewest letters of the word a name is recognised by (`Kim`, `Lothian`): shorter ones sound like too many words. */
const MIN_KEY_WORD_LETTERS = 3;
/** Fewest letters of a Latin linking key that may differ from the name's in its last sound (`Venecia` vEnEsE for `Venice` vEnEs). */
const MIN_KEY_LETTERS_FOR_ONE_EDIT = 5;
/** Fewest letters of the name's Latin linking key that another language may end in one more vowel (`pAl`, Paul). */
const MIN_KEY_LETTERS_FOR_FINAL_VOWEL = 3;
/** Fewest consonant classes a word in another script must share with the name (cross-script.ts; `Kim` has two). */
const MIN_SOUNDED_CONSONANTS = 2;
/** Longest Han run tried as one name: transliterations of Western names take two to six characters (`米蘭`, `曼徹斯特`). */
const MAX_HAN_NAME_CHARS = 6;

/** Korean particles written on a noun (case, topic and focus particles; script-names.ts' list), longest first. */
const KOREAN_PARTICLES = ['에게서', '으로부터', '에서는', '에서도', '에서', '에게', '으로', '로서', '까지', '부터', '처럼', '보다', '과의', '와의', '이다', '의', '은', '는', '이', '가', '을', '를', '에', '와', '과', '도', '로', '만'];
/** Arabic proclitics on a noun: a conjunction, a preposition, the article. */
const ARABIC_PROCLITICS = /^(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)/u;

const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The word a name is known by: its longest capitalised word of MIN_KEY_WORD_LETTERS letters (the first of equals:
 * `Lothian` of `West Lothian`, `Scotland` of `Bank of Scotland`), or an acronym (`VW`); null for a name of neither.
 */
export function keyWordOf(name: string): string | null {
  const words = name.match(/\p{Lu}[\p{L}]*/gu) ?? [];
  const acronym = words.find((w) => w.length >= 2 && w === w.toUpperCase());
  let best: string | null = null;
  for (const w of words) if (w.length >= MIN_KEY_WORD_LETTERS && w !== w.toUpperCase() && (!best || w.length > best.length)) best = w;
  return best ?? acronym ?? null;
}

/** Whether a Latin word (a capitalised word of the sentence, or a romanised one) is the name's key word as another language spells it. */
function latinWordMatches(word: string, keyWord: string): boolean {
  const [a, b] = [plain(word), plain(keyWord)];
  if (a === b) return true;
  if (a.length < MIN_KEY_WORD_LETTERS) return false;
  const [ka, kb] = [linkingKey(a), linkingKey(b)];
  if (ka === kb) return true;
  // A final vowel the other language adds (`Paolo`, `Paulo` for `Paul`; `Milano` for `Milan`).
  if (kb.length >= MIN_KEY_LETTERS_FOR_FINAL_VOWEL && ka.length === kb.length + 1 && ka.startsWith(kb) && /[AEU]$/u.test(ka)) return true;
  // The keys apart only in the longer one's last sound: a case ending or a final sound (`Bergena`, `Milão` mElA for mElAn);
  // not an edit inside the name (`Marla` mArlA is not `Mora` mArA).
  let same = 0;
  while (same < ka.length && same < kb.length && ka[same] === kb[same]) same++;
  return Math.max(ka.length, kb.length) >= MIN_KEY_LETTERS_FOR_ONE_EDIT && same >= Math.max(ka.length, kb.length) - 1;
}

/** One-name lists for cross-script.ts, kept per name (it indexes a list once). */
const singleNames = new Map<string, ReadonlySet<string>>();
function soundsLike(native: string, script: NameScript, keyWord: string): boolean {
  const target = plain(keyWord);
  if (!/^[a-z]+$/u.test(target)) return false;
  let names = singleNames.get(target);
  if (!names) {
    if (singleNames.size > 4096) singleNames.clear();
    singleNames.set(target, names = new Set([target]));
  }
  return englishNameOfWord(native, script, names, MIN_SOUNDED_CONSONANTS) !== null;
}

/**
 * The key word as it sounds when French spelling made it (`Bouchet` as `bushe`, `Rousseau`): other languages write
 * such names by their sound (`Буше`, `부셰`, `ブーシェ`). Tried beside the spelling itself.
 */
function frenchSounding(keyWord: string): string | null {
  const sounded = plain(keyWord).replace(/ou/gu, 'u').replace(/ch/gu, 'sh').replace(/eau/gu, 'o').replace(/(?<=[aeiour])[dtsx]$/u, '');
  return sounded !== plain(keyWord) ? sounded : null;
}

/** The key word as it sounds when German spelling made it: `ch` after a back vowel as `kh` (`Pachelbel` as `pakhelbel`: `Пахельбеля`). */
function germanSounding(keyWord: string): string | null {
  const sounded = plain(keyWord).replace(/(?<=[aou])ch/gu, 'kh');
  return sounded !== plain(keyWord) ? sounded : null;
}

/**
 * The key word without the r that British English does not sound after a vowel before a consonant (`Marlborough` as
 * `malborough`, `Carter`): Japanese and Korean write such names as heard, with a long vowel (`マールバラ`, `カーター`).
 */
function nonRhotic(keyWord: string): string | null {
  const sounded = plain(keyWord).replace(/(?<=[aeiou])r(?=[^aeiouy])/gu, '');
  return sounded !== plain(keyWord) ? sounded : null;
}

/**
 * Whether `text` (a sentence, or a name found in it) holds the name `name` as the text's language writes it: the
 * name's key word (keyWordOf) in Latin letters, spelled alike or apart only in the last sound of its linking key (latin-linking.ts);
 * in Cyrillic, romanised first; in kana, Hangul (without its particle), Arabic (without its proclitics), Devanagari or
 * Han characters, sounding like it (cross-script.ts).
 */
export function holdsName(text: string, name: string): boolean {
  const keyWord = keyWordOf(name);
  if (!keyWord) return false;
  if (keyWord === keyWord.toUpperCase()) return new RegExp(`(?<![\\p{L}\\p{N}])${keyWord}(?![\\p{L}\\p{N}])`, 'u').test(text);
  return [keyWord, frenchSounding(keyWord), germanSounding(keyWord), nonRhotic(keyWord)].some((spelling) => spelling !== null && holdsWord(text, spelling));
}

/** holdsName for one spelling of the key word. */
function holdsWord(text: string, keyWord: string): boolean {
  for (const [word] of text.matchAll(/\p{Lu}[\p{Ll}\p{M}]+/gu)) {
    if (/\p{Script=Cyrillic}/u.test(word) ? latinWordMatches(latinOfCyrillic(word), keyWord) : latinWordMatches(word, keyWord)) return true;
    // A German place adjective: the place's name as spelled, and -er (`die Tromsøer Hafenbehörde`, `Leipziger`); spelled alike only.
    if (word.endsWith('er') && plain(word.slice(0, -2)) === plain(keyWord)) return true;
  }
  for (const [run] of text.matchAll(/[\p{Script=Katakana}ー]+/gu)) if (soundsLike(run, 'kana', keyWord)) return true;
  for (const [word] of text.matchAll(/\p{Script=Hangul}+/gu)) {
    const particle = KOREAN_PARTICLES.find((p) => word.length > p.length && word.endsWith(p));
    if (soundsLike(word, 'hangul', keyWord) || (particle && soundsLike(word.slice(0, -particle.length), 'hangul', keyWord))) return true;
  }
  for (const [word] of text.matchAll(/[\u0620-\u064a\u066e-\u06d3]+/gu)) {
    const prefix = ARABIC_PROCLITICS.exec(word)?.[0] ?? '';
    if (soundsLike(word, 'arabic', keyWord) || (prefix && word.length - prefix.length >= 3 && soundsLike(word.slice(prefix.length), 'arabic', keyWord))) return true;
  }
  for (const [word] of text.matchAll(/[\u0900-\u0963\u0966-\u097f]+/gu)) if (soundsLike(word, 'devanagari', keyWord)) return true;
  for (const [run] of text.matchAll(/\p{Script=Han}{2,}/gu)) {
    for (let start = 0; start + 2 <= run.length; start++) {
      for (let end = start + 2; end <= Math.min(run.length, start + MAX_HAN_NAME_CHARS); end++) if (soundsLike(run.slice(start, end), 'han', keyWord)) return true;
    }
  }
  return false;
}

/** Whether `text` holds `name` as written, as whole words (case aside). */
function writesName(text: string, name: string): boolean {
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  return at >= 0 && !/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + name.length));
}

/**
 * Whether a name found on a page (`ロータリー`, `Vienne`) is the English name `name` or one of its words written
 * otherwise: a name is often cut short (`Lucas` for `Lucas Moreno`), and its longest word need not be its own. Not a
 * word the English dictionary lists in lowercase (`Bank`, `Council`, `International`): many names share those.
 */
function namesPartOf(found: string, name: string): boolean {
  return holdsName(found, name) || (name.match(/\p{Lu}\p{Ll}+/gu) ?? [])
    .some((word) => word.length >= MIN_KEY_WORD_LETTERS && !isCommonWord(word.toLowerCase(), CANONICAL_LANGUAGE) && holdsName(found, word));
}

const isNumeric = (c: ArticleClaim): c is FigureClaim => c.unit !== null && c.unit !== '' && statesFigure(c);
/** What a claim states, language-independent: its unit and value (or interval). */
function factOf(c: FigureClaim): string {
  return JSON.stringify([c.unit!.trim().toLowerCase(), ...factValue(c)]);
}
const languageOf = (c: ArticleClaim) => c.lang.split('-')[0];

/** The language whose spellings the canonical names are (entities.ts: the alias table's and the territory table's canonicals are English). */
const CANONICAL_LANGUAGE = 'en';

/**
 * The entity each claim takes from a claim of another article in another language stating the same fact (unit and
 * value), by claim id, when the claim's sentence holds the other's name (holdsName): a claim with no entity takes a
 * name an English claim offers, else the one name the other languages offer; a claim whose entity is the English
 * claim's name as its own language writes it (an unlinked `Vienne`, `米蘭`) takes the English spelling; an English
 * claim with no entity takes the others' name only as its own sentence writes it. Only when exactly one name offers itself; the names come from the claims' own entities, never from links made here.
 */
export function linkedEntities(claims: readonly ArticleClaim[]): Map<number, string> {
  const byFact = new Map<string, FigureClaim[]>();
  for (const c of claims) {
    if (!isNumeric(c)) continue;
    const key = factOf(c);
    const list = byFact.get(key);
    if (list) list.push(c); else byFact.set(key, [c]);
  }
  const linked = new Map<number, string>();
  for (const list of byFact.values()) {
    if (list.length < 2) continue;
    const named = list.filter((c) => c.entity !== null && c.entity !== '' && keyWordOf(c.entity) !== null);
    if (!named.length || new Set(list.map((c) => c.path)).size > MAX_ARTICLES_PER_LINKING_FACT) continue;
    // English claims with no subject first: a name one takes is written in its own sentence, and so offers itself to
    // the other languages as an English claim's own name does (`the Tromsø harbour authority` → Tromsø, then `トロムソ`).
    const englishTaken = new Map<number, string>();
    for (const c of list) {
      if (languageOf(c) !== CANONICAL_LANGUAGE || c.entity) continue;
      const name = offeredName(c, named, true);
      if (name) englishTaken.set(c.id, name);
    }
    const offering = englishTaken.size ? [...named, ...list.filter((c) => englishTaken.has(c.id)).map((c) => ({ ...c, entity: englishTaken.get(c.id)! }))] : named;
    for (const c of list) {
      // An English claim's subject is the reference the others are linked to: it takes none from them, unless it has none (above).
      if (languageOf(c) === CANONICAL_LANGUAGE) continue;
      const name = offeredName(c, offering, false);
      if (name) linked.set(c.id, name);
    }
    for (const [id, name] of englishTaken) linked.set(id, name);
  }
  return linked;
}

/** The one name the claims `named` offer claim `c` (see linkedEntities), or null; `english`: c is an English claim with no entity. */
function offeredName(c: FigureClaim, named: readonly FigureClaim[], english: boolean): string | null {
  const offers = { canonical: new Map<string, string>(), other: new Map<string, string>() };
  for (const n of named) {
    const entity = n.entity!;
    const lower = entity.toLowerCase();
    const canonical = languageOf(n) === CANONICAL_LANGUAGE;
    const into = canonical ? offers.canonical : offers.other;
    if (n.path === c.path || languageOf(n) === languageOf(c) || into.has(lower) || c.entity?.toLowerCase() === lower) continue;
    // An English claim with no subject takes a name only as its own sentence writes it (`the Tromsø harbour authority`
    // beside `l'autorità portuale di Tromsø`): the English rules read it as a noun's modifier, where the other languages found the subject.
    if (english) {
      if (writesName(c.text, entity)) into.set(lower, entity);
      continue;
    }
    // A claim with a name of its own takes the English one only for that name written otherwise or cut short
    // (`Vienne`, `Rotary`: found in its sentence), or for another name the English sentence holds too, its own
    // sentence holding the English one: both name both, and the English claim's choice of subject is the
    // reference (`England` beside `Leeds, northern England`).
    if (c.entity) {
      if (canonical && (namesPartOf(c.entity, entity) || (holdsName(n.text, c.entity) && holdsName(c.text, entity)))) into.set(lower, entity);
      continue;
    }
    // Another language's entity is as that language writes it (`Bergen Limanı`, Turkish): taken only as written.
    if (canonical ? holdsName(c.text, entity) : writesName(c.text, entity)) into.set(lower, entity);
  }
  const chosen = offers.canonical.size ? offers.canonical : offers.other;
  return chosen.size === 1 ? [...chosen.values()][0] : null;
}
