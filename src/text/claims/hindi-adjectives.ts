// Hindi adjectives before the noun a number counts (`12 पुराने मकान`, twelve old houses; `40 राष्ट्रीय उद्यान`): the
// noun after them is the measure. From the grammar rather than a list of the words met: the quantifying adjectives
// (`अन्य` other, `अतिरिक्त` additional, `प्रमुख` main), the basic adjectives that inflect for gender and number in -ा/-े/-ी
// (`बड़ा`/`बड़े`/`बड़ी` big, `पुराना`, `नया`/`नए`/`नई`), and the derived adjectives of Sanskrit origin by their suffixes
// (-ीय `राष्ट्रीय`, -इक `ऐतिहासिक`, -इत `सुरक्षित`, -पूर्ण, -शील, -हीन, -ग्रस्त, -युक्त). Nouns made from such adjectives
// (`सैनिक` soldier, `नागरिक` citizen) stay nouns: the caller takes the next word as the measure only when it is one.

/** Uninflected quantifying adjectives. */
const QUANTIFYING = ['अन्य', 'अतिरिक्त', 'प्रमुख', 'विभिन्न'];
/** Stems of the basic adjectives that inflect in -ा (masculine), -े (plural, oblique), -ी (feminine). */
const INFLECTING_STEMS = ['बड़', 'छोट', 'पुरान', 'अच्छ', 'बुर', 'लंब', 'लम्ब', 'ऊंच', 'ऊँच', 'मोट', 'पतल', 'ताज़', 'ताज', 'गहर', 'खाल', 'भर', 'गंद', 'सस्त', 'मंहग', 'महंग', 'महँग', 'सूख', 'ठंड', 'कच्च', 'पक्क'];
/** नया (new) writes its inflections with a vowel letter: नए, नये, नई, नयी. */
const NEW = ['नया', 'नए', 'नये', 'नई', 'नयी'];
/** Suffixes of derived adjectives (the grammars' taddhita adjective suffixes). */
const DERIVED_SUFFIX = ['ीय', 'िक', 'ित', 'पूर्ण', 'शील', 'हीन', 'ग्रस्त', 'युक्त'];

/** A Hindi quantifying or basic adjective before a noun, by the classes above. */
export const HINDI_PRENOMINAL_ADJECTIVE = new RegExp(`^(?:${[...QUANTIFYING, ...NEW].join('|')}|(?:${INFLECTING_STEMS.join('|')})[ाेी])$`, 'u');
/** A word of a derived adjective's form: an adjective unless the measure vocabulary knows it as a noun (`सैनिक`, soldiers). */
export const HINDI_DERIVED_ADJECTIVE = new RegExp(`^[\\u0900-\\u097f]+(?:${DERIVED_SUFFIX.join('|')})$`, 'u');
