// The plain-text line classifier and what feeds it: markdown lines read as words, hard-wrapped paragraphs joined back,
// per-line features, and the shipped weights separating obvious article lines from obvious chrome in several
// languages (examples written for these tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMarkdownLine } from '../src/text/clean/plain/markdown.ts';
import { unwrapGroup, wrapWidth } from '../src/text/clean/plain/wrapped-lines.ts';
import { LINE_FEATURES, lineFeatures, type LineUnit } from '../src/text/clean/plain/line-features.ts';
import {
  BOOST_FEATURES, boostMargin, boostMarginInOrder, checkModel, contextLogit, contextPassFeatures, contextProbabilities, lineProbabilities, predict, scoreLines, shippedLineModel,
  sigmoid, type LineModel,
} from '../src/text/clean/plain/line-classifier.ts';
import { trainBoost } from '../scripts/train-line-classifier.ts';
import { MIN_PROSE_SCORE, cleanPlainText } from '../src/text/clean/plain/clean-text.ts';
import { WORD_FEATURES, pageWordFeatures } from '../src/text/clean/plain/line-words.ts';

test('markdown lines: links, images, emphasis and heading marks go, the words stay', () => {
  const cases: Array<[string, string, boolean, number]> = [
    // line, text, heading, link share (rounded to 0.1)
    ['Plain line with no marks.', 'Plain line with no marks.', false, 0],
    ['[Startseite](https://example.org/)', 'Startseite', false, 1],
    ['Lesen Sie [den Bericht](/a/b "Titel") bis morgen', 'Lesen Sie den Bericht bis morgen', false, 0.4],
    ['![Logo](/logo.png) [Accueil](/)', ' Accueil', false, 1],
    ['## Die **neue** Regel gilt _ab heute_', 'Die neue Regel gilt ab heute', true, 0],
    ['snake_case_name and 2 * 3 * 4 stay', 'snake_case_name and 2 * 3 * 4 stay', false, 0],
    ['#hashtag is not a heading', '#hashtag is not a heading', false, 0],
  ];
  for (const [line, text, heading, share] of cases) {
    const got = readMarkdownLine(line);
    assert.equal(got.text, text, line);
    assert.equal(got.heading, heading, line);
    assert.equal(Math.round(got.linkShare * 10) / 10, share, line);
  }
});

test('hard-wrapped pages: the width is found and wrapped paragraphs are joined; other pages are left alone', () => {
  const paragraph = 'The council met on Tuesday evening to discuss the new budget for the coming year, and after a long debate the members agreed to raise spending on schools and roads while keeping taxes where they are.';
  const wrapped: string[] = [];
  for (const p of [paragraph, paragraph.replace('Tuesday', 'Friday'), paragraph.replace('council', 'board')]) {
    let line = '';
    for (const w of p.split(' ')) { if (line && line.length + w.length + 1 > 72) { wrapped.push(line); line = w; } else line = line ? `${line} ${w}` : w; }
    wrapped.push(line);
  }
  const width = wrapWidth(wrapped);
  assert.ok(width > 60 && width <= 72, `width ${width}`);
  const joined = unwrapGroup(wrapped.slice(0, 3), width);
  assert.ok(joined[0].startsWith('The council met') && joined[0].length > 100, joined[0]);
  // A bullet starts a new item even right after a long line.
  assert.deepEqual(unwrapGroup(['x'.repeat(70), '* item two'], 72), ['x'.repeat(70), '* item two']);
  assert.equal(wrapWidth(['Home', 'News', paragraph, paragraph]), 0, 'long unwrapped lines: not a wrapped page');
});

const unit = (text: string, extra: Partial<LineUnit> = {}): LineUnit => ({ text, linkShare: 0, heading: false, listItem: false, ruled: false, group: 0, groupSize: 1, ...extra });
const feature = (f: Float64Array, name: string) => f[LINE_FEATURES.indexOf(name)];

test('hard-wrapped pages: a line of one 15 MB word is no wrap evidence, and no error', () => {
  assert.equal(wrapWidth(['x'.repeat(15 * 1024 * 1024), ...Array(6).fill('a short line that is long enough to count as one')]), 48);
});

test('line features: prose, menus, bylines and prices look different', () => {
  const units = [
    unit('Home | News | Sport | Wetter | Kontakt'),
    unit('Der Gemeinderat hat am Dienstag beschlossen, dass die neue Schule im Herbst eröffnet wird und die Kosten von der Stadt getragen werden.'),
    unit('Von Anna Schmidt, 12.03.2024, 14:30 Uhr'),
    unit('Jetzt nur 19,99 € im Monat', { linkShare: 1 }),
  ];
  const f = lineFeatures(units, 'de');
  assert.equal(f[0].length, LINE_FEATURES.length);
  assert.ok(feature(f[1], 'stopword-density') > feature(f[0], 'stopword-density'));
  assert.ok(feature(f[0], 'separators-per-word') > 0 && feature(f[1], 'separators-per-word') === 0);
  assert.equal(feature(f[1], 'sentence-end'), 1);
  assert.equal(feature(f[0], 'sentence-end'), 0);
  // A sentence ends with its script's terminal: the danda, the Urdu full stop, the Ethiopic full stop.
  const ends = lineFeatures(['मौसम विभाग ने बारिश की चेतावनी दी है।', 'شہر میں نئے اسکول کھولے گئے ہیں۔', 'ከተማው አዲስ ትምህርት ቤት ከፈተ።', 'मौसम विभाग'].map((t) => unit(t)), 'hi');
  assert.deepEqual(ends.map((r) => feature(r, 'sentence-end')), [1, 1, 1, 0]);
  assert.equal(feature(f[2], 'date'), 1);
  assert.equal(feature(f[2], 'time'), 1);
  assert.equal(feature(f[3], 'price'), 1);
  assert.equal(feature(f[3], 'link-share'), 1);
  assert.ok(feature(f[0], 'next-long-prose') > feature(f[3], 'next-long-prose'), 'the menu sits right before the prose line');
  // A line printed twice on the page (a repeated menu) is marked as repeated.
  const twice = lineFeatures([unit('Abonnieren'), unit('Text'), unit('Abonnieren')], 'de');
  assert.equal(feature(twice[0], 'repeated-on-page'), 1);
  assert.equal(feature(twice[1], 'repeated-on-page'), 0);
  // Chinese: unspaced, no capitals counted, stopwords through the segmenter.
  const zh = lineFeatures([unit('我们在这个城市里生活了很多年，这里的人们都非常友好。')], 'zh');
  assert.equal(feature(zh[0], 'unspaced'), 1);
  assert.equal(feature(zh[0], 'capitalised-words'), 0);
  assert.ok(feature(zh[0], 'stopword-density') > 0);
});

test('line features: cohesion with the article, second-person address and label prefixes', () => {
  const units = [
    unit('Die Stadtwerke erhöhen zum Jahreswechsel die Preise für Strom und Fernwärme um durchschnittlich acht Prozent, teilte der Versorger mit.'),
    unit('Betroffen sind rund 40.000 Haushalte; der Versorger begründet die höheren Preise für Strom mit gestiegenen Einkaufskosten an der Börse.'),
    unit('Für Fernwärme gelten die neuen Preise ab Februar, Kunden mit Festpreisvertrag sind bis zum Ende ihrer Laufzeit nicht betroffen.'),
    unit('Abonnieren Sie unseren Newsletter und verpassen Sie keine Nachricht mehr aus Ihrer Region, jeden Morgen kostenlos.'),
    unit('Foto: Max Mustermann'),
  ];
  const f = lineFeatures(units, 'de');
  // The article's lines share topic words with each other; the newsletter pitch brings its own.
  assert.ok(feature(f[1], 'core-cohesion') > 0.2 && feature(f[1], 'page-cohesion') > 0.2, 'article line shares its words');
  assert.equal(feature(f[3], 'page-cohesion'), 0, 'pitch shares none');
  assert.ok(feature(f[3], 'second-person') > 0 && feature(f[1], 'second-person') === 0, 'formal Sie addresses the reader');
  assert.equal(feature(f[4], 'label-prefix'), 1);
  assert.equal(feature(f[0], 'label-prefix'), 0);
  assert.ok(feature(f[4], 'length-vs-median') < 0 && feature(f[0], 'length-vs-median') >= 0, 'caption shorter than the page median');
});

test('line features: where a line sits against the article core (its edge, the text between, the core\'s share of the page)', () => {
  const prose = (topic: string) => unit(`Der Landkreis will ${topic} im kommenden Jahr ausbauen, weil die Zahl der Anfragen seit dem Frühjahr deutlich gestiegen ist.`);
  const units = [
    unit('Startseite'), unit('Politik'), unit('Anzeige'),
    prose('die Busverbindungen'), prose('die Radwege'), prose('die Ladesäulen'), prose('die Schulwege'),
    unit('Foto: Archiv'), unit('Mehr zum Thema'), unit('Kontakt'),
  ];
  const f = lineFeatures(units, 'de');
  // Inside the core: 1 on its first and last line, less further in; 0 outside.
  assert.deepEqual([2, 3, 4, 6, 7].map((i) => feature(f[i], 'core-edge')), [0, 1, 0.5, 1, 0]);
  // Outside: the characters between the line and the core, log-scaled; the credit right after it has none between.
  assert.equal(feature(f[4], 'chars-to-core'), 0);
  assert.equal(feature(f[7], 'chars-to-core'), 0);
  assert.ok(feature(f[9], 'chars-to-core') > feature(f[8], 'chars-to-core') && feature(f[8], 'chars-to-core') > 0);
  assert.ok(feature(f[0], 'chars-to-core') > feature(f[1], 'chars-to-core'));
  // The core's share of the page's characters: the same on every line, most of this page.
  const share = feature(f[0], 'core-share');
  assert.ok(share > 0.7 && share < 1, `share ${share}`);
  assert.ok(f.every((row) => feature(row, 'core-share') === share));
  // A page without prose has no core: every line is outside, at no core edge, and the share is 0.
  const menu = lineFeatures([unit('Startseite'), unit('Politik')], 'de');
  assert.deepEqual(menu.map((row) => [feature(row, 'core-edge'), feature(row, 'core-share')]), [[0, 0], [0, 0]]);
});

test('line features: addresses and e-mail-like words are url-like, a long run of dotted digits is not', () => {
  const lines = ['Schreiben Sie an redaktion@example.org.', 'Mehr auf www.example.de', 'Kontakt: presse@stadt (intern)',
    'Preis: 12.50 @ Kasse 3.a', 'x@y.z', '@y.z', 'Der Rat tagt am Montag.', '1.'.repeat(20000)];
  const f = lineFeatures(lines.map((text) => unit(text)), 'de');
  assert.deepEqual(f.map((row) => feature(row, 'url')), [1, 1, 0, 0, 1, 0, 0, 0]);
});

test('the shipped line model loads, matches the features, and separates obvious article lines from chrome', () => {
  const model = shippedLineModel();
  checkModel(model);
  assert.ok(model.threshold > 0 && model.threshold < 1);
  const pages: Array<{ lang: string; article: string[]; chrome: string[] }> = [
    {
      lang: 'en',
      article: [
        'The city council voted on Tuesday to close the old bridge for repairs, a decision that will force thousands of commuters to find another way across the river for at least six months.',
        'Engineers found cracks in two of the supporting pillars last year, and the mayor said that waiting any longer would have put people at risk.',
        'Local businesses on both banks said they were worried about losing customers, but most agreed that safety had to come first.',
      ],
      chrome: ['Sign in', 'Subscribe', 'Newsletter', 'Facebook Twitter Email', 'Most read', 'Weather', 'Sports', 'Contact us'],
    },
    {
      lang: 'de',
      article: [
        'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu sperren, und damit müssen Tausende Pendler für mindestens sechs Monate einen anderen Weg über den Fluss finden.',
        'Ingenieure hatten im vergangenen Jahr Risse in zwei der tragenden Pfeiler entdeckt, und der Bürgermeister sagte, dass ein längeres Warten die Menschen gefährdet hätte.',
        'Geschäfte auf beiden Seiten des Ufers sorgen sich um ihre Kundschaft, doch die meisten sind sich einig, dass die Sicherheit vorgeht.',
      ],
      chrome: ['Anmelden', 'Abo', 'Startseite', 'Wetter', 'Sport', 'Impressum', 'Datenschutz', 'Kontakt'],
    },
    {
      lang: 'es',
      article: [
        'El ayuntamiento decidió el martes cerrar el viejo puente para repararlo, una decisión que obligará a miles de personas a buscar otro camino para cruzar el río durante al menos seis meses.',
        'Los ingenieros encontraron grietas en dos de los pilares el año pasado, y el alcalde dijo que esperar más habría puesto en peligro a la gente.',
        'Los comercios de ambas orillas temen perder clientes, pero la mayoría está de acuerdo en que la seguridad es lo primero.',
      ],
      chrome: ['Iniciar sesión', 'Suscríbete', 'Portada', 'Deportes', 'El tiempo', 'Contacto', 'Aviso legal', 'Más leídas'],
    },
  ];
  for (const page of pages) {
    // The menu above the article and again as the footer, as sites print it.
    const lines = [...page.chrome, ...page.article, ...page.chrome];
    const scores = scoreLines(model, lines.map((t, i) => unit(t, { group: i, groupSize: lines.length })), page.lang);
    const article = lines.map((t, i) => [t, scores[i]] as const).filter(([t]) => page.article.includes(t));
    const chrome = lines.map((t, i) => [t, scores[i]] as const).filter(([t]) => page.chrome.includes(t));
    // Each article sentence is kept by the threshold, or (a long sentence) by the prose floor: with the word features the
    // closing German sentence, whose words include "Seiten" and "Sicherheit" (also words of menus), scores 0.42 against
    // the threshold's 0.425, and the cleaner keeps it (asserted below).
    for (const [t, s] of article) assert.ok(s >= Math.min(model.threshold, MIN_PROSE_SCORE), `${page.lang} article line scored ${s.toFixed(2)}: ${t}`);
    assert.ok(article.filter(([, s]) => s >= model.threshold).length >= 2, `${page.lang}: most article lines over the threshold`);
    // Separated: every chrome line scores below every article line.
    const lowestArticle = Math.min(...article.map(([, s]) => s));
    for (const [t, s] of chrome) assert.ok(s < lowestArticle, `${page.lang} chrome line scored ${s.toFixed(2)} (article from ${lowestArticle.toFixed(2)}): ${t}`);
    // Through the whole cleaner: the article comes out, the chrome is removed as boilerplate (or by a rule).
    const doc = cleanPlainText(lines.join('\n'));
    const text = doc.paragraphs.map((p) => p.text).join('\n');
    for (const a of page.article) assert.ok(text.includes(a), `${page.lang}: lost ${a}`);
    for (const c of page.chrome) assert.ok(!doc.paragraphs.some((p) => p.text === c), `${page.lang}: kept ${c}`);
    assert.ok(doc.removed.some((r) => r.reason === 'boilerplate'), 'classifier drops carry the boilerplate reason');
  }
});

/** A block of 100 lines (its lines' context waits for the whole group), then 60 one-line blocks; repeated and ruled lines. */
function longGroupPage() {
  const texts = Array.from({ length: 160 }, (_, i) => (i % 7 === 0 ? 'Weiterlesen'
    : i % 3 === 0 ? `Der Ausschuss hat in seiner ${i}. Sitzung beschlossen, dass die Arbeiten am Bahnhof im kommenden Jahr fortgesetzt werden.`
      : `Rubrik ${i % 11}`));
  const units = texts.map((t, i) => unit(t, { ruled: i % 13 === 5, group: i < 100 ? 0 : i - 99, groupSize: i < 100 ? 100 : 1, listItem: i === 42 }));
  const ruled = units.map((u) => u.ruled), groups = units.map((u) => u.group);
  const features = lineFeatures(units, 'de');
  // The word features, as the cleaner writes them from the model's word model (lineFeatures leaves them 0).
  const words = pageWordFeatures(shippedLineModel().words!, units), width = WORD_FEATURES.length, from = LINE_FEATURES.length - width;
  features.forEach((row, i) => row.set(words.subarray(i * width, (i + 1) * width), from));
  return { units, ruled, groups, features };
}

/** The first context pass as its definition reads: each line's features as arrays, the trees walked for each line. */
function contextPassOneByOne(model: LineModel, ruled: boolean[], groups: number[], features: Float64Array[], p: Float64Array): Float64Array {
  const first = contextPassFeatures(p, features, groups);
  return Float64Array.from(features, (f, i) => (ruled[i] ? p[i] : sigmoid(contextLogit(model, f, first[i]))));
}

test('scoring a page in one walk gives what the passes one after another give, in a group longer than the rows it keeps', () => {
  const model = shippedLineModel();
  const { units, ruled, groups, features } = longGroupPage();
  const p = lineProbabilities(model, ruled, features);
  const q = contextPassOneByOne(model, ruled, groups, features, p);
  const second = contextPassFeatures(q, features, groups);
  const expected = Float64Array.from(features, (_, i) => (ruled[i] ? 0 : predict(model.stack!, second[i])));
  assert.deepEqual(scoreLines(model, units, 'de'), expected);
});

test('the context pass over the training script\'s feature arrays gives the same as over the cleaner\'s rows, whatever page came before', () => {
  const model = shippedLineModel();
  const { ruled, groups, features } = longGroupPage();
  // Another page first: the pass keeps its row buffers from page to page, and must not read one it did not write.
  scoreLines(model, ['Home', 'Kontakt', 'Impressum'].map((t, i) => unit(t, { group: i, groupSize: 1 })), 'de');
  const p = lineProbabilities(model, ruled, features);
  assert.deepEqual(contextProbabilities(model, ruled, features, groups, p), contextPassOneByOne(model, ruled, groups, features, p));
});

test('a model whose features differ from the code is refused with a clear error', () => {
  const model = shippedLineModel();
  const stale: LineModel = { ...model, line: { ...model.line, features: model.line.features.slice(1) } };
  assert.throws(() => checkModel(stale), /rebuild it with scripts\/train-line-classifier\.ts/);
});

test('boosted trees: each tree is walked from its root to one leaf, its inputs being the line features then the context-pass features', () => {
  const own = new Float64Array(LINE_FEATURES.length), context = new Float64Array(BOOST_FEATURES.length - LINE_FEATURES.length);
  const length = LINE_FEATURES.indexOf('log-length'), p = LINE_FEATURES.length + 1; // input 1 of the context pass: 'p'
  // Depth 2: root on log-length > 0.5, then left on p > 0.3, right on p > 0.7; leaves −2, 1, −1, 3.
  const tree = [length, 0.5, p, 0.3, p, 0.7, -2, 1, -1, 3];
  const boost = { features: [...BOOST_FEATURES], depth: 2, trees: [tree, [length, 0.5, length, 0, length, 0, 0.25, 0.25, 0.5, 0.5]] };
  const at = (len: number, prob: number) => { own[length] = len; context[1] = prob; return boostMargin(boost, [...own, ...context]); };
  assert.equal(at(0.2, 0.1), -2 + 0.25);
  assert.equal(at(0.2, 0.9), 1 + 0.25);
  assert.equal(at(0.9, 0.5), -1 + 0.5);
  assert.equal(at(0.9, 0.8), 3 + 0.5);
});

test('boosted trees over lines in order: a line on the same side of every split as the last one walked gets its margin, any other is walked', () => {
  const length = LINE_FEATURES.indexOf('log-length'), position = LINE_FEATURES.indexOf('position');
  // Root on log-length > 0.5, then on position > 0.3 (left) or > 0.7 (right); a second tree on position > 0.5 only.
  const trees = [[length, 0.5, position, 0.3, position, 0.7, -2, 1, -1, 3], [position, 0.5, position, 0.5, position, 0.5, 0.25, 0.25, 0.5, 0.5]];
  const boost = { features: [...BOOST_FEATURES], depth: 2, trees };
  const inOrder = boostMarginInOrder(boost);
  const line = (len: number, pos: number, other = 0) => {
    const inputs = new Float64Array(BOOST_FEATURES.length);
    inputs[length] = len; inputs[position] = pos; inputs[BOOST_FEATURES.length - 1] = other; // the last input: read by no tree
    return inputs;
  };
  // A run of like lines whose position crosses 0.3, 0.5 and 0.7 in turn, a threshold exactly, a jump in length, a NaN.
  const lines = [line(0.2, 0), line(0.2, 0.1, 5), line(0.2, 0.3), line(0.2, 0.31), line(0.2, 0.5), line(0.2, 0.6), line(0.2, 0.9),
    line(0.9, 0.9), line(0.9, 0.2), line(0.9, 0.75), line(0.9, 0.7), line(Number.NaN, 0.7), line(0.9, 0.7)];
  for (const inputs of lines) assert.equal(inOrder(inputs), boostMargin(boost, inputs), `log-length ${inputs[length]}, position ${inputs[position]}`);
});

test('boosted trees learn an interaction a linear model cannot (xor of two inputs), starting from a zero base', () => {
  const n = 800;
  const inputs = BOOST_FEATURES.map(() => new Float64Array(n));
  const y = new Float64Array(n);
  let seed = 7;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let i = 0; i < n; i++) {
    inputs[0][i] = random(); inputs[5][i] = random();
    y[i] = +((inputs[0][i] > 0.5) !== (inputs[5][i] > 0.5));
  }
  const boost = trainBoost(inputs, y, new Float64Array(n).fill(1), new Float64Array(n), { trees: 60, depth: 2, shrinkage: 0.3, stack: false });
  const own = new Float64Array(LINE_FEATURES.length), context = new Float64Array(BOOST_FEATURES.length - LINE_FEATURES.length);
  const margin = (a: number, b: number) => { own[0] = a; own[5] = b; return boostMargin(boost, [...own, ...context]); };
  assert.ok(margin(0.2, 0.8) > 1 && margin(0.8, 0.2) > 1, 'one high, one low: article');
  assert.ok(margin(0.2, 0.2) < -1 && margin(0.8, 0.8) < -1, 'both low or both high: chrome');
});

