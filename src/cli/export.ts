import { EXIT_OK, UsageError, parseCommand, type Command } from './args.ts';
import { openForQuery } from './db.ts';
import { queryDatabase, SHARDS_OPTION } from './shard-view.ts';
import { exportRecords } from '../store/export.ts';

const CSV_COLUMNS = ['path', 'article_lang', 'script', 'title', 'claim_lang', 'entity', 'attribute', 'value', 'low', 'high', 'unit', 'method', 'text'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'print every article (ndjson) or every claim (csv) for other tools',
  usage: `claimscope export [--db FILE | --shards DIR] --format ndjson|csv

ndjson: one JSON object per article with exactly the keys
  path, format, encoding, lang, script, title, text, paragraphs[{text, lang}], removed[{text, reason}],
  entities[{text, canonical, type}], claims[{text, entity, attribute, value, low, high, unit, lang, method}], errors[{stage, message}]
csv: one row per claim, with its article's path, language, script and title (RFC 4180 quoting, UTF-8).`,
  async run(argv, io) {
    const { values } = parseCommand(argv, { db: { type: 'string' }, format: { type: 'string' }, ...SHARDS_OPTION });
    if (values.format !== 'ndjson' && values.format !== 'csv') throw new UsageError('--format must be ndjson or csv');
    const db = openForQuery(await queryDatabase(values));
    try {
      if (values.format === 'ndjson') {
        for (const record of exportRecords(db)) io.out(JSON.stringify(record));
      } else {
        io.out(CSV_COLUMNS.join(','));
        for (const r of exportRecords(db)) {
          for (const c of r.claims) {
            io.out([r.path, r.lang, r.script, r.title, c.lang, c.entity, c.attribute, c.value, c.low, c.high, c.unit, c.method, c.text].map(csvField).join(','));
          }
        }
      }
    } finally {
      db.close();
    }
    return EXIT_OK;
  },
};

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
