// splitSentences: ICU's segmenter plus the repairs press text needs, in every supported language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../src/text/language/sentences.ts';

const split = (text: string, lang: string) => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

const CASES: Array<[string, string, string[]]> = [
  ['en', 'OpenAI spent about $540 million in 2022. Its revenue was $28 million.', ['OpenAI spent about $540 million in 2022.', 'Its revenue was $28 million.']],
  ['en', 'The U.S. Army spent $5.4 billion. Then it stopped.', ['The U.S. Army spent $5.4 billion.', 'Then it stopped.']],
  ['en', 'Dr. Raman works at Halden Partners Inc. in London. She said so.', ['Dr. Raman works at Halden Partners Inc. in London.', 'She said so.']],
  ['en', 'GPT-3.5 has 175 billion parameters, e.g. more than GPT-2. Really?', ['GPT-3.5 has 175 billion parameters, e.g. more than GPT-2.', 'Really?']],
  ['en', '"Nobody is short of ideas," said Priya Raman. Next one!', ['"Nobody is short of ideas," said Priya Raman.', 'Next one!']],
  ['de', 'Das kostet z. B. 27,6 Mio. Euro im Jahr. Nr. 5 ist gut.', ['Das kostet z. B. 27,6 Mio. Euro im Jahr.', 'Nr. 5 ist gut.']],
  ['de', 'Der Umsatz lag bei 4,5 Mrd. Euro. Das ist viel.', ['Der Umsatz lag bei 4,5 Mrd. Euro.', 'Das ist viel.']],
  ['de', 'Am 2. Mai kam das Modell. Es war gut.', ['Am 2. Mai kam das Modell.', 'Es war gut.']],
  ['de', 'Im 3. Quartal stieg der Gewinn, d. h. deutlich. Danach nicht.', ['Im 3. Quartal stieg der Gewinn, d. h. deutlich.', 'Danach nicht.']],
  ['de', '„Wer heute trainieren will, braucht Geduld“, sagte Katrin Albers. Dann ging sie.', ['„Wer heute trainieren will, braucht Geduld“, sagte Katrin Albers.', 'Dann ging sie.']],
  ['de', 'Prof. Dr. Albers lehrt in Dresden. Sie forscht bzw. lehrt.', ['Prof. Dr. Albers lehrt in Dresden.', 'Sie forscht bzw. lehrt.']],
  ['fr', 'M. Lefèvre investit 2 milliards. Mme Martin aussi.', ['M. Lefèvre investit 2 milliards.', 'Mme Martin aussi.']],
  ['fr', '« Nous avons besoin d’être efficaces », a déclaré Antoine Lefèvre. La suite arrive.', ['« Nous avons besoin d’être efficaces », a déclaré Antoine Lefèvre.', 'La suite arrive.']],
  ['es', 'Las ventas en EE. UU. subieron un 3,5 %. Luego bajaron.', ['Las ventas en EE. UU. subieron un 3,5 %.', 'Luego bajaron.']],
  ['es', 'El Sr. Ortega lo dijo. ¿Y ahora qué?', ['El Sr. Ortega lo dijo.', '¿Y ahora qué?']],
  ['ru', 'Выручка составила 28 млн. долларов. Это мало.', ['Выручка составила 28 млн. долларов.', 'Это мало.']],
  ['ru', 'Компания, т. е. OpenAI, потратила 540 млн долларов. Дальше.', ['Компания, т. е. OpenAI, потратила 540 млн долларов.', 'Дальше.']],
  ['zh', 'OpenAI在2022年的支出约为5.4亿美元。收入仅为2800万美元！对吗？', ['OpenAI在2022年的支出约为5.4亿美元。', '收入仅为2800万美元！', '对吗？']],
  ['zh', '两者相差悬殊。“未来真正的竞争不在参数。”周明远表示。', ['两者相差悬殊。', '“未来真正的竞争不在参数。”', '周明远表示。']],
  ['zh', '其大型語言模型PaLM擁有540B參數。「真正的門檻不在於微調。」林建宏表示。', ['其大型語言模型PaLM擁有540B參數。', '「真正的門檻不在於微調。」', '林建宏表示。']],
  ['ja', '「小さなモデルでも十分だ」と山本氏は述べた。次の話題だ。', ['「小さなモデルでも十分だ」と山本氏は述べた。', '次の話題だ。']],
  ['ja', 'PaLMは5400億パラメータを持つ。学習には数千個のチップが使われた！', ['PaLMは5400億パラメータを持つ。', '学習には数千個のチップが使われた！']],
  ['en', '  Leading and trailing spaces.  ', ['Leading and trailing spaces.']],
  ['en', '', []],
];

for (const [lang, text, expected] of CASES) {
  test(`sentences ${lang}: ${text.slice(0, 40)}`, () => assert.deepEqual(split(text, lang), expected));
}

test('sentence offsets are ordered, non-overlapping and trimmed', () => {
  const text = 'Erster Satz. Zweiter Satz mit z. B. einer Abkürzung. Dritter!';
  const spans = splitSentences(text, 'de');
  for (let k = 0; k < spans.length; k++) {
    assert.ok(spans[k].start < spans[k].end);
    if (k > 0) assert.ok(spans[k - 1].end <= spans[k].start);
    assert.equal(text.slice(spans[k].start, spans[k].end).trim(), text.slice(spans[k].start, spans[k].end));
  }
});

test('an unknown language falls back to the root locale', () => {
  assert.deepEqual(split('One. Two.', 'und'), ['One.', 'Two.']);
  assert.deepEqual(split('One. Two.', 'xx-invalid-tag-'), ['One.', 'Two.']);
});

test('Spanish titles abbreviated in lowercase (`la sra. Ortega`) end no sentence', () => {
  const text = 'Según la sra. Ortega, la empresa vendió 300 coches. El sr. Ruiz lo confirmó.';
  assert.deepEqual(splitSentences(text, 'es').map((s) => text.slice(s.start, s.end)), ['Según la sra. Ortega, la empresa vendió 300 coches.', 'El sr. Ruiz lo confirmó.']);
});
