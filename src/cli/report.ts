import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EXIT_OK, parseCommand, type Command } from './args.ts';
import { openForQuery } from './db.ts';
import { queryDatabase, SHARDS_OPTION } from './shard-view.ts';

export const reportCommand: Command = {
  name: 'report',
  summary: 'write one self-contained HTML page: overview, cross-language comparison, articles',
  usage: `claimscope report [--db FILE | --shards DIR] [--out output/report.html] [--entity X]

Writes a single HTML file (no network, no external assets; opens from disk) with an overview,
the compare view (agreeing and conflicting facts side by side, filterable) and every article with its
claims, entities and removed blocks. --entity X keeps only groups about X.`,
  async run(argv, io) {
    const { values } = parseCommand(argv, { db: { type: 'string' }, out: { type: 'string' }, entity: { type: 'string' }, ...SHARDS_OPTION });
    const dbFile = await queryDatabase(values);
    const out = resolve(values.out ?? 'output/report.html');
    const { loadReportData, renderReport } = await import('../report/index.ts');
    const db = openForQuery(dbFile);
    let html: string;
    try {
      html = renderReport(loadReportData(db, dbFile), { entity: values.entity });
    } finally {
      db.close();
    }
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, html);
    io.out(`wrote ${out} (${(html.length / 1024).toFixed(0)} KB)`);
    return EXIT_OK;
  },
};
