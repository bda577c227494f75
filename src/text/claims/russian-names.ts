// Russian names across cases and scripts. Russian declines names: `Соединённые Штаты` is `Соединённых Штатов` after
// `из`, `Трамп` is `Трампа` after a noun. The alias table needs every case of a many-word name (adjectives agree with
// their noun), and a name no table knows needs its nominative in Latin letters to meet the same name in other languages
// (`Тарло` = `Tarlo`). Endings from the standard declension tables of Russian grammars (nouns of the first, second and
// third declension; hard and soft adjectives); romanisation after the simplified BGN/PCGN system of English-language
// news, without the `ye` of initial `е` (foreign names, most of the names news transliterates, write `э` for that).

/** The oblique cases in a fixed order, so that the words of one name combine case by case: genitive, dative, accusative, instrumental, prepositional. */
type CaseForms = [string, string, string, string, string];

/** Consonants after which the ending -ы is spelt -и (the seven-letter spelling rule: г к х ж ш щ ч). */
const VELAR_OR_SIBILANT = /[гкхжшщч]$/u;

/** The nominative endings of adjectives, which agree with the noun after them (`Соединённые`, `Южная`, `Новое`). */
const RUSSIAN_ADJECTIVE_NOMINATIVE = /(?:ый|ой|ий|ое|ее|ая|яя|ые|ие)$/u;

/** The five oblique forms of one word of a name, or null when its ending does not say how it declines. */
function wordCases(word: string): CaseForms | null {
  const stem = (n: number) => word.slice(0, word.length - n);
  // Adjectives (the first words of place and organisation names): hard -ый/-ой, soft -ий, neuter -ое/-ее, feminine -ая/-яя, plural -ые/-ие.
  if (/[ыо]й$/u.test(word)) return ['ого', 'ому', word.slice(-2), 'ым', 'ом'].map((e, i) => (i === 2 ? word : stem(2) + e)) as CaseForms;
  if (/ий$/u.test(word)) { const v = VELAR_OR_SIBILANT.test(stem(2)) ? 'о' : 'е'; return [`${v}го`, `${v}му`, 'ий', 'им', `${v}м`].map((e) => stem(2) + e) as CaseForms; }
  if (/ое$/u.test(word)) return ['ого', 'ому', 'ое', 'ым', 'ом'].map((e) => stem(2) + e) as CaseForms;
  if (/ее$/u.test(word)) return ['его', 'ему', 'ее', 'им', 'ем'].map((e) => stem(2) + e) as CaseForms;
  if (/ая$/u.test(word)) return ['ой', 'ой', 'ую', 'ой', 'ой'].map((e) => stem(2) + e) as CaseForms;
  if (/яя$/u.test(word)) return ['ей', 'ей', 'юю', 'ей', 'ей'].map((e) => stem(2) + e) as CaseForms;
  if (/ые$/u.test(word)) return ['ых', 'ым', 'ые', 'ыми', 'ых'].map((e) => stem(2) + e) as CaseForms;
  if (/ие$/u.test(word)) return ['их', 'им', 'ие', 'ими', 'их'].map((e) => stem(2) + e) as CaseForms;
  // Nouns.
  if (/ия$/u.test(word)) return ['ии', 'ии', 'ию', 'ией', 'ии'].map((e) => stem(2) + e) as CaseForms;
  if (/я$/u.test(word)) return ['и', 'е', 'ю', 'ей', 'е'].map((e) => stem(1) + e) as CaseForms;
  // A vowel before the final -а marks a foreign name that does not decline (`Самоа`, `Никарагуа`, `Гвинея-Бисау` aside).
  if (/[аеёиоуыэюя]а$/u.test(word)) return null;
  if (/а$/u.test(word)) return [VELAR_OR_SIBILANT.test(stem(1)) ? 'и' : 'ы', 'е', 'у', 'ой', 'е'].map((e) => stem(1) + e) as CaseForms;
  if (/[ыи]$/u.test(word) && word.length > 3) return ['ов', 'ам', word.slice(-1), 'ами', 'ах'].map((e) => stem(1) + e) as CaseForms; // plurals: Штаты, Эмираты
  // Neuter abstract nouns (`Королевство`, `Поморье`); other names in -о and -е are foreign and do not decline (`Онтарио`, `Колорадо`).
  if (/(?:ство|ье)$/u.test(word)) return ['а', 'у', word.slice(-1), 'ом', 'е'].map((e) => stem(1) + e) as CaseForms;
  if (/й$/u.test(word)) return ['я', 'ю', 'й', 'ем', 'е'].map((e) => stem(1) + e) as CaseForms;
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(word)) return ['а', 'у', '', 'ом', 'е'].map((e) => word + e) as CaseForms;
  return null; // -ь (either gender), -и, -у, -ю and foreign indeclinables (`Онтарио`, `Сочи`)
}

/**
 * The oblique-case forms of a Cyrillic name, every word declined in the same case (`Соединённых Штатов`,
 * `Южной Африке`). Words that do not decline (`Гонконг` declines, `Токио` does not) stay as written.
 */
export function russianCaseForms(name: string): string[] {
  if (!/\p{Script=Cyrillic}$/u.test(name)) return [];
  const words = name.split(' ');
  // The head noun and its adjectives decline; a complement in the genitive after the head stays (`Соединённых Штатов
  // Америки`, `Организации Объединённых Наций`), up to a conjunction that joins a second head (`Боснии и Герцеговины`).
  let afterHead = false;
  const declined = words.map((w) => {
    if (w === 'и') { afterHead = false; return null; }
    const cases = !afterHead && /^\p{Script=Cyrillic}+$/u.test(w.split('-').at(-1)!) ? wordCases(w) : null;
    if (!RUSSIAN_ADJECTIVE_NOMINATIVE.test(w)) afterHead = true;
    return cases;
  });
  if (declined.every((d) => d === null)) return [];
  const out = new Set<string>();
  for (let c = 0; c < 5; c++) out.add(words.map((w, i) => declined[i]?.[c] ?? w).join(' '));
  out.delete(name);
  return [...out];
}

/** Prepositions that govern the genitive: a masculine name after one ends in -а (`из Белграда`, `у Трампа`). */
const GENITIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['из', 'от', 'до', 'у', 'для', 'без', 'около', 'после', 'против', 'вокруг', 'возле', 'кроме', 'среди', 'со', 'с']);
/** Past-tense and present-tense verb endings: a name after such a word is its subject, in the nominative (`сказала Рона`). */
const VERB_BEFORE = /(?:л|ла|ло|ли|ет|ит|ют|ут|ат|ят|ется|ится|лся|лась)$/u;

/**
 * A name of one to three words back in the nominative, by the endings the case forms above add: the instrumental
 * (`Колумбом`, `Сарой`), the dative and prepositional (`Альваресу`, `в Белграде`), the genitive of feminine nouns
 * (`Флориды`, `Англии`). The masculine genitive in -а is also the feminine nominative (`Трампа`, `Рона`): taken as a
 * genitive only where the words around say so (a genitive preposition before it, another word of the name in -а after a
 * consonant, an adjective of the name in the genitive, or a noun rather than a verb before it). With `leadingAdjective`, the words before the last are adjectives
 * (`Южном Бадене` → `Южный Баден`), as names.ts decides from their endings.
 */
export function russianNominative(words: readonly string[], before: string | undefined, leadingAdjective: boolean): string[] {
  const lowerBefore = before?.toLowerCase();
  const consonantA = (w: string) => /[бвгджзклмнпрстфхцчшщ]а$/u.test(w);
  const genitiveMasculine = leadingAdjective ? words.slice(0, -1).some((w) => /[ое]го$/u.test(w))
    : words.length > 1 ? words.every((w) => consonantA(w) || !/[ауеиоыюя]$/u.test(w)) && words.some(consonantA)
    : lowerBefore !== undefined && (GENITIVE_PREPOSITIONS.has(lowerBefore) || (/\p{Ll}$/u.test(before!) && !VERB_BEFORE.test(lowerBefore) && lowerBefore.length > 3));
  return words.map((w, i) => {
    const r = (pattern: RegExp, to: string) => (pattern.test(w) ? w.replace(pattern, to) : null);
    // An adjective before the noun of the name (`Южном Бадене`, `Северной Каролины`): back to its nominative.
    if (leadingAdjective && i < words.length - 1) {
      const adjective = r(/([кгх])(?:ого|ому|ом|им)$/u, '$1ий') ?? r(/(?:ого|ому|ым|ом)$/u, 'ый') ?? r(/(?:ой|ую)$/u, 'ая') ?? r(/(?:его|ему|ем)$/u, 'ий') ?? r(/(?:ых|ыми)$/u, 'ые');
      if (adjective) return adjective;
    }
    return r(/([бвгджзклмнпрстфхцчшщ])ом$/u, '$1') ?? r(/([аеиоуэюя])ем$/u, '$1й') ?? r(/ией$/u, 'ия') ?? r(/([бвгджзклмнпрстфхцшщ])ой$/u, '$1а')
      ?? r(/и[ию]$/u, 'ия') ?? r(/([аеоу])ю$/u, '$1й') ?? r(/([бвгджзклмнпрстфхцшщ])[уе]$/u, '$1') ?? r(/([бвгдзлмнпрстф])ы$/u, '$1а') ?? r(/([гкх])и$/u, '$1а')
      ?? (genitiveMasculine ? r(/ства$/u, 'ство') ?? r(/([бвгджзклмнпрстфхцчшщ])а$/u, '$1') : null) ?? w;
  });
}

/** Simplified BGN/PCGN romanisation, letter by letter (lowercase; the caller restores capitals). */
const LATIN_OF_CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian and Belarusian letters in names.
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'w',
};

/** A Cyrillic name in Latin letters, each word capitalised as written (`Тина Ансельми` → `Tina Anselmi`). */
export function latinOfCyrillic(name: string): string {
  let out = '';
  for (const ch of name) {
    const lower = ch.toLowerCase();
    const latin = LATIN_OF_CYRILLIC[lower];
    if (latin === undefined) { out += ch; continue; }
    out += ch !== lower && latin ? latin[0].toUpperCase() + latin.slice(1) : latin;
  }
  // `ий`/`ый` at a word's end are one sound: `Дмитрий` → `Dmitry`, `Горький` → `Gorky`.
  return out.replace(/[iy]y\b/gu, 'y');
}
