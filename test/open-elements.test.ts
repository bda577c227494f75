// linearParser (src/text/clean/html/open-elements.ts) swaps htmlparser2's open-element stacks for ones that cost O(1)
// per tag: the parse must stay the same, callback for callback, on markup that exercises every use Parser makes of
// them (implied closes, close tags of elements that are not open, a second <form>, SVG and MathML contexts, the
// elements still open at the end), and on deep and unclosed nesting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Parser, type Handler } from 'htmlparser2';
import { linearParser } from '../src/text/clean/html/open-elements.ts';

const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

/** Every callback the tree builder listens to, in order, with its arguments. */
function events(parse: (handler: Partial<Handler>) => Parser, html: string): string[] {
  const out: string[] = [];
  const handler: Partial<Handler> = {
    onopentag: (name, attribs, implied) => out.push(`open ${name} ${JSON.stringify(attribs)} ${implied}`),
    onclosetag: (name, implied) => out.push(`close ${name} ${implied}`),
    ontext: (data) => out.push(`text ${data}`),
    oncomment: (data) => out.push(`comment ${data}`),
    oncdatastart: () => out.push('cdata'),
    onprocessinginstruction: (name, data) => out.push(`pi ${name} ${data}`),
  };
  parse(handler).end(html);
  return out;
}

const PAGES: Array<[string, string]> = [
  ['implied closes', '<p>one<p>two<div>three</p><ul><li>a<li>b</ul><table><tr><td>1<td>2<tr><td>3</table><select><option>x<option>y</select>'],
  ['close tags of elements that are not open', '<div><span>x</b></i></p></div></span>tail</td>'],
  ['a second form inside the first', '<form id="a"><input name="q"><form id="b"><input name="r"></form></form>'],
  ['svg and mathml contexts with integration points', '<p><svg viewBox="0 0 1 1"><foreignObject><div>html <b>inside</b></div></foreignObject><clipPath><rect/></clipPath></svg><math><mi>x</mi><mo>=</mo><mn>1</mn></math><title>t</title>after</p>'],
  ['void elements and br as a close tag', '<p>a<br>b</br><img src="x.png"><hr/>c</p>'],
  ['elements left open at the end', '<html><body><div><section><article><p>unfinished <em>text'],
  ['comments, cdata and processing instructions', '<!doctype html><?xml version="1.0"?><p>a<!-- note -->b<![CDATA[c]]></p>'],
  ['deep unclosed nesting', '<div>x '.repeat(5000) + '</span>'.repeat(100) + '</div>'.repeat(10)],
  ['deep balanced nesting', '<div><span>'.repeat(3000) + 'text' + '</span></div>'.repeat(3000)],
  ['mixed unclosed inline and block elements', '<b><i><u><div><p>x</b>y</i>z</div>'.repeat(500)],
];

for (const [name, html] of PAGES) {
  test(`linearParser: the same callbacks as htmlparser2's Parser — ${name}`, () => {
    const plain = events((h) => new Parser(h, OPTIONS), html);
    const linear = events((h) => linearParser(h, OPTIONS), html);
    assert.ok(plain.length > 0);
    assert.deepEqual(linear, plain);
  });
}

test('linearParser: a parser reset between documents starts from an empty stack, as the plain one does', () => {
  const run = (make: (h: Partial<Handler>) => Parser) => {
    const out: string[] = [];
    const parser = make({ onclosetag: (name, implied) => out.push(`${name} ${implied}`) });
    parser.parseComplete('<div><p>left open');
    parser.parseComplete('<span>second</span><em>open');
    return out;
  };
  assert.deepEqual(run((h) => linearParser(h, OPTIONS)), run((h) => new Parser(h, OPTIONS)));
});
