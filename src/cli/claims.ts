import { EXIT_OK, LISTING_OPTIONS, UsageError, parseCommand, printJsonListing, type Command } from './args.ts';
import { openForQuery } from './db.ts';
import { queryDatabase, SHARDS_OPTION } from './shard-view.ts';
import { claimInterval, fitClaimColumns, formatTable, trimSentence } from './table.ts';
import { claimTranslations, listClaims, type ClaimRow } from '../store/queries.ts';

export const claimsCommand: Command = {
  name: 'claims',
  summary: 'list extracted claims: who/what, which quantity, which value, which sentence, which article, which language',
  usage: `claimscope claims [--db FILE | --shards DIR] [--entity X] [--lang L] [--article PATH] [--search TEXT] [--min-confidence X] [--like TEXT [--top N]] [--translate L] [--json | --jsonl]

  --entity X      claims about X (canonical name or any surface form seen: PaLM, 谷歌, Google)
  --lang L        claims stated in language L (ISO 639-1: en, de, zh, ...)
  --article PATH  claims of one article (path as ingested)
  --search TEXT   full-text search in the claim sentences (any script)
  --min-confidence X  only claims the rules are at least this sure of (0..1; 0.9: only those tied to an attribute word and an entity)
  --like TEXT     the claims nearest in meaning to TEXT, in any language (uses the stored embeddings)
  --top N         how many --like results (default 10)
  --translate L   show each claim's stored translation into L (from the translate stage)
  --json          one JSON array; low/high null means unbounded on that side; entity is the canonical name (the same
                  in every language), subject the subject as written on the page (a name, or a noun phrase when none)
  --jsonl         one JSON object a line (JSON Lines)`,
  async run(argv, io) {
    const { values } = parseCommand(argv, {
      db: { type: 'string' }, entity: { type: 'string' }, lang: { type: 'string' }, article: { type: 'string' },
      search: { type: 'string' }, like: { type: 'string' }, top: { type: 'string' }, translate: { type: 'string' }, ...LISTING_OPTIONS, ...SHARDS_OPTION,
      'min-confidence': { type: 'string' },
    });
    const top = values.top === undefined ? 10 : Number(values.top);
    if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top takes a whole number ≥ 1, not "${values.top}"`);
    const minConfidence = values['min-confidence'] === undefined ? 0 : Number(values['min-confidence']);
    if (!(minConfidence >= 0 && minConfidence <= 1)) throw new UsageError(`--min-confidence takes a number from 0 to 1, not "${values['min-confidence']}"`);
    const db = openForQuery(await queryDatabase(values));
    let claims: Array<ClaimRow & { similarity?: number; translation?: string | null }> =
      listClaims(db, { entity: values.entity, lang: values.lang, article: values.article, search: values.search, minConfidence });
    if (values.like) {
      // Loaded only here: embedding a query may load transformers.js.
      const { nearestClaims } = await import('../store/vectors.ts');
      claims = await nearestClaims(db, values.like, claims, top);
    }
    if (values.translate) {
      for (const c of claims) c.translation = claimTranslations(db, c.id).find((t) => t.lang === values.translate)?.text ?? null;
    }
    db.close();
    if (printJsonListing(io, values, claims)) return EXIT_OK;
    if (claims.length === 0) {
      io.out('no claims match');
      return EXIT_OK;
    }
    const headers = ['entity', 'attribute', 'value', 'unit', 'time', 'lang', 'article', values.translate ? `sentence (${values.translate})` : 'sentence'];
    if (values.like) headers.unshift('sim');
    const intervals = claims.map((c) => claimInterval(c));
    io.out(formatTable(headers, claims.map((c, i) => {
      const row: Array<string | number | null> = [c.entity, c.attribute, intervals[i],
        c.unit, c.time, c.lang, c.path, values.translate ? c.translation ?? `(untranslated) ${c.text}` : c.text];
      if (values.like) row.unshift(Number((c.similarity ?? 0).toFixed(3)));
      return row;
    }), fitClaimColumns(io.columns, headers, claims, intervals, (row, width) => (values.translate ? undefined : trimSentence(claims[row].text, claims[row].quantityText, width)))));
    io.out(`\n${claims.length} claims`);
    return EXIT_OK;
  },
};
