// A clause opening with an adverb of place that points back states a figure of the place named last before it
// (place-anaphora.ts). Our own sentences in several languages (none from a benchmark page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims } from '../src/text/claims/claims.ts';
import type { EntityMention, NumericClaim } from '../src/types.ts';

function mention(text: string, name: string, type: EntityMention['type'] = 'place'): EntityMention {
  const start = text.indexOf(name);
  return { text: name, canonical: name, type, paragraph: 0, start, end: start + name.length };
}
const entities = (text: string, lang: string, names: string[] = [], type: EntityMention['type'] = 'place') =>
  extractClaims([text], lang, names.map((n) => mention(text, n, type))).filter((c): c is NumericClaim => c.kind === 'numeric').map((c) => c.entity);

test('an adverb of place at a clause start takes the place the paragraph named before it, in every language', () => {
  // [lang, paragraph, places the entity stage found, entity of each claim]
  const cases: Array<[string, string, string[], Array<string | null>]> = [
    ['de', 'Im Herbst zog es viele Wanderer nach Kiel. Dort zählte man 3.120 Buchungen.', ['Kiel'], ['Kiel']],
    ['es', 'La orquesta tocó el sábado en Tacuarembó. Allí viven 40 familias de músicos.', ['Tacuarembó'], ['Tacuarembó']],
    ['fr', 'Le cirque a planté sa tente à Quimper. Là, 600 spectateurs ont applaudi.', ['Quimper'], ['Quimper']],
    ['it', 'Il coro si è esibito a Sondrio. Lì hanno cantato 45 bambini.', ['Sondrio'], ['Sondrio']],
    ['pt', 'A feira aconteceu em Pelotas. Lá foram vendidos 900 livros.', ['Pelotas'], ['Pelotas']],
    ['pl', 'Zespół zagrał w Olsztynie. Tam przyszło 700 osób.', ['Olsztynie'], ['Olsztynie']],
    ['ru', 'Оркестр выступил в Твери. Там собрались 800 зрителей.', ['Твери'], ['Твери']],
    ['zh', '剧团去年到访了绍兴。当地共有12所剧院。', ['绍兴'], ['绍兴']],
    // The last place before the sentence, not an earlier one.
    ['de', 'Die Reise ging von Kiel nach Husum. Dort zählte man 3.120 Buchungen.', ['Kiel', 'Husum'], ['Husum']],
  ];
  for (const [lang, text, places, expected] of cases) assert.deepEqual(entities(text, lang, places), expected, text);
});

test('German: a region no table knows, governed by a preposition of place, is the antecedent; a common noun of a place is not', () => {
  const cases: Array<[string, string | null]> = [
    ['In der Altmark übernachteten im Herbst viele Wanderer. Dort zählte man 3.120 Buchungen.', 'Altmark'],
    ['Viele Wanderer kamen aus der Eifel. Dort zählte man 3.120 Buchungen.', 'Eifel'],
    ['Viele Wanderer kamen aus der Stadt. Dort zählte man 3.120 Buchungen.', null], // a kind of place
    ['Viele Wanderer kamen aus dem Landkreis. Dort zählte man 3.120 Buchungen.', null], // a compound of one
    ['Viele Wanderer kamen aus der Umgebung. Dort zählte man 3.120 Buchungen.', null],
    ['Viele Wanderer kamen zur Eröffnung. Dort zählte man 3.120 Buchungen.', null], // a noun of an event (-ung)
    // The last noun of a preposition of place, not one `von` governs after it.
    ['Viele Wanderer aus der Eifel sprachen gut von dem Programm. Dort zählte man 3.120 Buchungen.', 'Eifel'],
  ];
  for (const [text, expected] of cases) assert.deepEqual(entities(text, 'de'), [expected], text);
});
