import { DEFAULT_DB, EXIT_OK, parseCommand, type Command } from './args.ts';
import { openForQuery } from './db.ts';
import { formatInterval, formatNumber, truncate } from './table.ts';
import { listGroups, type GroupRow } from '../store/queries.ts';

export const compareCommand: Command = {
  name: 'compare',
  summary: 'the same fact across articles and languages: agreeing and conflicting values side by side',
  usage: `claimscope compare [--db FILE | --shards DIR [--partition k/K]] [--entity X] [--json]

Each group gathers claims from different articles about one entity and attribute (and time, when stated),
with the verdict: agree (the stated intervals overlap) or conflict (they are apart).
A claim that joined through claim embeddings is marked [similar], one stated about the model's maker (谷歌 for PaLM)
[says: Google]. --json prints an array of {entity, attribute, unit, time, verdict, claims: [{path, lang, text, value,
low, high, foundBy}]}, foundBy being rules, embedding or developer.
--shards DIR runs compare as the reduce over a shard set (claimscope plan), partition by partition, each only
when its inputs changed; --partition k/K (or auto/K, from the array task's index) reduces one of K partitions.`,
  async run(argv, io) {
    const { values } = parseCommand(argv, { db: { type: 'string' }, entity: { type: 'string' }, json: { type: 'boolean' },
      shards: { type: 'string' }, partition: { type: 'string' } });
    if (values.shards || values.partition) return (await import('./compare-shards.ts')).compareShards(values, io);
    const db = openForQuery(values.db ?? DEFAULT_DB);
    const groups = listGroups(db, values.entity);
    db.close();
    if (values.json) {
      io.out(JSON.stringify(groups.map(groupJson), null, 2));
      return EXIT_OK;
    }
    if (groups.length === 0) {
      io.out(values.entity ? `no claim about "${values.entity}" is reported by two articles` : 'no fact is reported by two articles yet');
      return EXIT_OK;
    }
    for (const g of groups) io.out(formatGroup(g));
    const conflicts = groups.filter((g) => g.verdict === 'conflict').length;
    io.out(`${groups.length} facts reported by several articles: ${groups.length - conflicts} agree, ${conflicts} conflict`);
    return EXIT_OK;
  },
};

export function groupJson(g: GroupRow) {
  return {
    entity: g.entity, attribute: g.attribute, unit: g.unit, time: g.time, verdict: g.verdict,
    claims: g.claims.map((c) => ({ path: c.path, lang: c.lang, text: c.text, value: c.value, low: c.low, high: c.high, foundBy: c.foundBy })),
  };
}

export function formatGroup(g: Omit<GroupRow, 'id'>): string {
  const mark = g.verdict === 'agree' ? 'AGREE   ' : 'CONFLICT';
  const lines = [`${mark} ${g.entity} · ${g.attribute}${g.unit ? ` (${g.unit})` : ''}${g.time ? ` · ${g.time}` : ''}`];
  for (const c of g.claims) {
    const value = c.low === c.high || c.high === null && c.low === null ? formatNumber(c.value) : `${formatNumber(c.value)} [${formatInterval(c.low, c.high)}]`;
    const how = c.foundBy === 'developer' ? `[says: ${c.entity}] ` : c.foundBy === 'embedding' ? '[similar] ' : '';
    lines.push(`  ${c.lang.padEnd(3)} ${value.padEnd(34)} ${truncate(c.path, 32).padEnd(32)}  ${how}${truncate(c.text.replace(/\s+/g, ' '), 110)}`);
  }
  return `${lines.join('\n')}\n`;
}
