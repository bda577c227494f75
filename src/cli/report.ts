import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EXIT_OK, UsageError, parseCommand, type Command } from './args.ts';
import { openForQuery } from './db.ts';
import { queryDatabase, SHARDS_OPTION } from './shard-view.ts';

export const reportCommand: Command = {
  name: 'report',
  summary: 'write one self-contained HTML page (overview, facts across languages, their articles), or a folder of pages',
  usage: `claimscope report [--db FILE | --shards DIR] [--out output/report.html | --out DIR/] [--entity X] [--max-mb 10]

Writes a single HTML file (no network, no external assets; opens from disk) with the overview, the facts
reported by several articles (every conflict first, then the agreeing facts with the most articles; filterable)
and the articles they cite, with claims, entities and removed blocks. The file stays under --max-mb (default 10):
what does not fit is counted in the file, which points to "claimscope serve".
--out DIR/ (ending in a slash) writes every fact and cited article as linked pages instead (index.html).
--entity X keeps only the facts about X.`,
  async run(argv, io) {
    const { values } = parseCommand(argv, { db: { type: 'string' }, out: { type: 'string' }, entity: { type: 'string' }, 'max-mb': { type: 'string' }, ...SHARDS_OPTION });
    const dbFile = await queryDatabase(values);
    const maxMb = Number(values['max-mb'] ?? 10);
    if (!(maxMb > 0)) throw new UsageError(`--max-mb takes a positive number, not "${values['max-mb']}"`);
    const outArg = values.out ?? 'output/report.html';
    const { loadReportData, renderReport, reportFolderPages } = await import('../report/index.ts');
    const db = openForQuery(dbFile);
    try {
      if (/[/\\]$/.test(outArg)) {
        const dir = resolve(outArg);
        mkdirSync(dir, { recursive: true });
        let files = 0;
        let bytes = 0;
        for (const [name, html] of reportFolderPages(db, { entity: values.entity })) {
          writeFileSync(join(dir, name), html);
          files++;
          bytes += Buffer.byteLength(html);
        }
        io.out(`wrote ${files} pages to ${dir} (${formatBytes(bytes)}); open ${join(dir, 'index.html')}`);
        return EXIT_OK;
      }
      const data = loadReportData(db, dbFile, { entity: values.entity, budgetBytes: maxMb * 1024 * 1024 });
      const html = renderReport(data);
      const out = resolve(outArg);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, html);
      io.out(`wrote ${out} (${formatBytes(Buffer.byteLength(html))}): ${data.facts.length} facts, ${data.articles.length} articles`);
      if (data.omitted.facts) io.out(`left out ${data.omitted.facts} facts and ${data.omitted.articles} articles past the ${maxMb} MB budget: see them with "claimscope serve" or "claimscope report --out DIR/"`);
    } finally {
      db.close();
    }
    return EXIT_OK;
  },
};

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
