// Inflected forms of place names, for the territory table (scripts/build-territories.mjs): CLDR lists each name in the
// nominative, but text declines it. Polish declines every word of a name (`Wielka Brytania` is `Wielkiej Brytanii`
// after `z`, `Ameryka Północna` is `w Ameryce Północnej`); German declines the adjectives of a name (`Vereinigte Staaten`
// is `in den Vereinigten Staaten`, `Vereinigtes Königreich` is `im Vereinigten Königreich`). Endings from the standard
// declension tables of Polish and German grammars; Russian has its own module (russian-names.ts), used when the table loads.

/** Polish oblique cases in a fixed order, so that the words of one name combine case by case: genitive, dative, accusative, instrumental, locative. */
const POLISH_CASES = 5;

/** Polish stem consonants softened before the locative and dative -e (`Kanada` → `Kanadzie`, `Malta` → `Malcie`), longest first. */
const POLISH_SOFTENING: ReadonlyArray<[string, string]> = [
  ['st', 'ście'], ['zd', 'ździe'], ['sł', 'śle'], ['ch', 'sze'], ['k', 'ce'], ['g', 'dze'], ['t', 'cie'], ['d', 'dzie'], ['r', 'rze'], ['ł', 'le'],
  ['n', 'nie'], ['s', 'sie'], ['z', 'zie'], ['w', 'wie'], ['b', 'bie'], ['p', 'pie'], ['m', 'mie'], ['f', 'fie'],
];
/** The locative and dative -e of a feminine noun stem: with its consonant softened (`Ukrain` → `Ukrainie`). */
const polishLocative = (stem: string): string => {
  for (const [end, soft] of POLISH_SOFTENING) if (stem.endsWith(end)) return stem.slice(0, -end.length) + soft;
  return `${stem}i`;
};
/** Velar stems (k, g) take -i for -y and -ie- for -e- in Polish spelling (`Wielkiej`, `Afryki`). */
const VELAR = /[kg]$/u;

/**
 * The five oblique forms of one word of a Polish name, each a list (a masculine name has two genitives: `Egiptu`,
 * `Berlina`), or null when the word does not decline here (function words, lowercase words, foreign endings).
 * `adjective`: the word is an adjective of the name (`Północna`, `Wielka`, `Zjednoczone`).
 */
function polishWordCases(word: string, adjective: boolean): string[][] | null {
  if (!/^\p{Lu}\p{L}+$/u.test(word)) return null;
  const stem = (n: number) => word.slice(0, word.length - n);
  if (adjective) {
    // Feminine -a (`Północna`, `Wielka`, `Zachodnia`) and plural -e (`Zjednoczone`).
    if (word.endsWith('a')) {
      const s = stem(1);
      const ej = VELAR.test(s) || s.endsWith('i') ? `${s.replace(/i$/u, '')}iej` : `${s}ej`;
      return [[ej], [ej], [`${s}ą`], [`${s}ą`], [ej]];
    }
    if (word.endsWith('e')) {
      const s = stem(1);
      const y = VELAR.test(s) || s.endsWith('i') ? 'i' : 'y';
      return [[`${s}${y}ch`], [`${s}${y}m`], [word], [`${s}${y}mi`], [`${s}${y}ch`]];
    }
    return null;
  }
  // Feminine nouns in -ia, -ja, -ea (`Brytania`, `Francja`, `Korea`): -i, -ę, -ą.
  if (/[ije]a$/u.test(word)) {
    const s = stem(1);
    return [[`${s}i`], [`${s}i`], [`${s}ę`], [`${s}ą`], [`${s}i`]];
  }
  // Other feminine nouns in -a (`Ameryka`, `Kanada`, `Ukraina`, `Litwa`).
  if (/[^aeiouyąęó]a$/u.test(word)) {
    const s = stem(1);
    const gen = VELAR.test(s) || /[lj]$/u.test(s) ? `${s}i` : `${s}y`;
    const loc = polishLocative(s);
    return [[gen], [loc], [`${s}ę`], [`${s}ą`], [loc]];
  }
  // Plural names in -y and -i (`Chiny`, `Czechy`, `Stany`, `Filipiny`): genitive in -ów. The genitive without an ending
  // (`Chin`, `Czech`) is left out: the table is shared by every language, and those are English words and names.
  if (/[^aeiouyąęó][yi]$/u.test(word) && word.length > 4) {
    const s = stem(1);
    return [[`${s}ów`], [`${s}om`], [word], [`${s}ami`], [`${s}ach`]];
  }
  // Masculine nouns ending in a consonant (`Egipt`, `Iran`, `Irak`, `Izrael`): genitive -u or -a, dative -owi,
  // instrumental -em (-iem after a velar), locative -u after a velar or soft consonant, else softened -e.
  if (/[bcdfghjklłmnprstwzż]$/u.test(word)) {
    const em = VELAR.test(word) ? `${word}iem` : `${word}em`;
    const loc = /(?:[kgjl]|ch|cz|sz|rz|ż|c)$/u.test(word) ? `${word}u` : polishLocative(word).replace(/i$/u, 'ie');
    return [[`${word}u`, `${word}a`], [`${word}owi`], [word], [em], [loc]];
  }
  return null;
}

/** A Polish adjective of a name: feminine in consonant + -na, -lka, -owa, -dnia (`Północna`, `Wielka`, `Równikowa`, `Zachodnia`), -ska, -cka, or plural -one, -skie, -cze (`Zjednoczone`, `Owcze`). */
const POLISH_ADJECTIVE = /(?:[^aeiouyąęó]na|[lł]ka|ska|cka|owa|dnia|one|skie|ckie|cze)$/u;

/** Oblique endings of Polish adjectives (`Południowej`, `Zjednoczonych`, `Wschodniego`): a word already declined. */
const POLISH_OBLIQUE_ADJECTIVE = /(?:ej|ych|ich|ego|emu|ymi)$/u;

/** The oblique forms of a Polish name: every declining word in the same case (`Stanów Zjednoczonych`, `Wielkiej Brytanii`). */
export function polishCaseForms(name: string): string[] {
  // A name with a note in brackets (`Ameryka Północna (USA, Kanada)`) is not written so in text.
  if (/[()]/u.test(name)) return [];
  const words = name.split(' ');
  // In a name of many words, a word with an adjective ending is an adjective; a name of one word is a noun (`Polska`).
  // The name's head noun and the adjectives that agree with it decline; what follows a second noun or a word already in
  // an oblique case is a complement that keeps its case (`Republika Południowej Afryki`).
  const declined: Array<string[][] | null> = [];
  let nouns = 0;
  let complement = false;
  for (const w of words) {
    const adjective = words.length > 1 && POLISH_ADJECTIVE.test(w.toLowerCase());
    if (!adjective) nouns++;
    if (POLISH_OBLIQUE_ADJECTIVE.test(w.toLowerCase()) || nouns > 1) complement = true;
    declined.push(complement ? null : polishWordCases(w, adjective));
  }
  if (declined.every((d) => d === null)) return [];
  const out = new Set<string>();
  for (let c = 0; c < POLISH_CASES; c++) {
    let forms = [''];
    words.forEach((w, i) => {
      const options = declined[i]?.[c] ?? [w];
      forms = forms.flatMap((f) => options.map((o) => (f ? `${f} ${o}` : o)));
    });
    for (const f of forms) out.add(f);
  }
  out.delete(name);
  return [...out];
}

/** German adjective endings of a name's attributive words in the nominative (`Vereinigte`, `Vereinigtes`, `Europäische`). */
const GERMAN_ADJECTIVE_NOMINATIVE = /^(\p{Lu}\p{Ll}+(?:isch|lich|ig|t))(e|es|er)$/u;
/** Feminine noun suffixes (no genitive -s) and plurals in -n (`Union`, `Republik`, `Staaten`, `Inseln`). */
const GERMAN_NO_GENITIVE_S = /(?:ion|ik|ei|heit|keit|ung|schaft|n|[sxzß])$/u;

/**
 * The forms of a German name after an article or a preposition: its adjectives in -en (`Vereinigten Staaten`,
 * `Europäischen Union`, `Vereinigten Königreich`), the last noun also with the genitive -s (`Königreichs`) or the dative
 * plural -n (`Emiraten`); a neuter or masculine name's adjectives also in -e (`Vereinigte Königreich`).
 */
export function germanCaseForms(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [];
  const adjectives = words.slice(0, -1).map((w) => GERMAN_ADJECTIVE_NOMINATIVE.exec(w));
  if (!adjectives.some(Boolean)) return [];
  const head = words.at(-1)!;
  const before = words.slice(0, -1).map((w, i) => (adjectives[i] ? `${adjectives[i]![1]}en` : w)).join(' ');
  const heads = [head, ...(/e$/u.test(head) ? [`${head}n`] : []), ...(!GERMAN_NO_GENITIVE_S.test(head) && !/e$/u.test(head) ? [`${head}s`] : [])];
  // After the definite article a neuter or masculine adjective ends in -e (`das Vereinigte Königreich`, `der Persische Golf`).
  const weak = adjectives.some((a) => a && a[2] !== 'e') ? [`${words.slice(0, -1).map((w, i) => (adjectives[i] ? `${adjectives[i]![1]}e` : w)).join(' ')} ${head}`] : [];
  return [...heads.map((h) => `${before} ${h}`), ...weak].filter((f) => f !== name);
}
