// Responsive copies (issue 19): a page read at one desktop width keeps the copy shown there and drops the ones
// shown at other screen sizes, whether the hiding comes from framework utilities or from the page's own @media rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/text/clean/html/extract.ts';
import { mediaHiding } from '../src/text/clean/html/viewport.ts';

const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><title>Page</title>${head}</head><body><main>${body}</main></body></html>`;
const para = (what: string) => `<p>The ${what} copy of the opening paragraph tells the reader what the service does, who runs it and how much it costs per month.</p>`;
const kept = (html: string) => extractHtml(html).paragraphs.map((p) => p.text).join('\n');

test('@media rules: the class hidden at desktop width goes, the ones hidden at other widths stay', () => {
  const css = '<style>@media (min-width: 1200px) and (max-width: 1399.98px){.hidden-a1b2c3{display:none!important}}'
    + '@media (max-width: 809.98px){.hidden-z9y8x7{display:none!important}}@media (min-width: 1400px){.hidden-q5w6e7{display:none}}</style>';
  const html = page(css, `<div class="hidden-z9y8x7 hidden-q5w6e7">${para('desktop')}</div><div class="hidden-a1b2c3 hidden-q5w6e7">${para('tablet')}</div><div class="hidden-a1b2c3">${para('phone')}</div>`);
  const text = kept(html);
  assert.match(text, /desktop copy/);
  assert.doesNotMatch(text, /tablet copy|phone copy/);
});

test('@media parsing: width queries only, classes hidden outside @media are left to scripts', () => {
  const hiding = mediaHiding('.menu{display:none}@media screen and (max-width:600px){.menu,.narrow{display:none}}@media print{.noprint{display:none}}@media (min-width:1000px){.wide{color:red}.big{display: none}}');
  assert.deepEqual([...hiding].sort(), [['big', true], ['narrow', false], ['noprint', false]]);
});

test('framework utilities: Tailwind, Bootstrap 4/5 and Bootstrap 3 responsive display classes', () => {
  const cases: Array<[string, boolean]> = [
    ['hidden lg:block', true], ['hidden md:flex', true], ['block lg:hidden', false], ['hidden 2xl:block', false],
    ['d-none d-lg-block', true], ['d-block d-lg-none', false], ['d-none d-md-flex d-xl-none', false],
    ['hidden-xs hidden-sm', true], ['hidden-lg', false], ['visible-xs', false], ['visible-xs visible-lg', true],
  ];
  for (const [cls, shown] of cases) {
    const text = kept(page('', `${para('first')}<div class="${cls}">${para('marked')}</div>${para('last')}`));
    assert.equal(/marked copy/.test(text), shown, cls);
  }
});

test('a lone hidden class is still judged by the class-name rule', () => {
  assert.doesNotMatch(kept(page('', `${para('first')}<div class="hidden">${para('marked')}</div>${para('last')}`)), /marked copy/);
});
