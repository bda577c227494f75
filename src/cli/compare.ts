import { DEFAULT_DB, EXIT_OK, LISTING_OPTIONS, parseCommand, printJsonListing, type Command } from './args.ts';
import { openForQuery } from './db.ts';
import { displayWidth, formatInterval, formatNumber, paint, trimSentence, truncate } from './table.ts';
import { listGroups, type GroupRow } from '../store/queries.ts';

export const compareCommand: Command = {
  name: 'compare',
  summary: 'the same fact across articles and languages: agreeing and conflicting values side by side',
  usage: `claimscope compare [--db FILE | --shards DIR [--partition k/K]] [--entity X] [--json | --jsonl]

Each group gathers claims from different articles about one entity and attribute (and time, when stated),
with the verdict: agree (the stated intervals overlap) or conflict (they are apart).
A claim that joined through claim embeddings is marked [similar], one stated about the model's maker (谷歌 for PaLM)
[says: Google]; one whose sentence names the group's entity as its own language writes it, stating the same
figure and unit, though its own rules found no subject there (Vienne, 빈 for Vienna), [named]. Claims with no named subject group only with the same figure in articles of the same story
(articles sharing several such figures): such a group has no entity and always agrees.
--json prints an array of {entity, attribute, unit, time, verdict, claims: [{path, lang, text, value,
low, high, foundBy}]}, foundBy being rules, embedding, developer, name or story; --jsonl one group a line.
--shards DIR runs compare as the reduce over a shard set (claimscope plan), partition by partition, each only
when its inputs changed; --partition k/K (or auto/K, from the array task's index) reduces one of K partitions.`,
  async run(argv, io) {
    const { values } = parseCommand(argv, { db: { type: 'string' }, entity: { type: 'string' }, ...LISTING_OPTIONS,
      shards: { type: 'string' }, partition: { type: 'string' } });
    if (values.shards || values.partition) return (await import('./compare-shards.ts')).compareShards(values, io);
    const db = openForQuery(values.db ?? DEFAULT_DB);
    const groups = listGroups(db, values.entity);
    db.close();
    if (printJsonListing(io, values, groups.map(groupJson))) return EXIT_OK;
    if (groups.length === 0) {
      io.out(values.entity ? `no claim about "${values.entity}" is reported by two articles` : 'no fact is reported by two articles yet');
      return EXIT_OK;
    }
    for (const g of groups) io.out(formatGroup(g, io.columns, io.color));
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

/** Width of the value column: `540,000,000,000 [539,500,000,000 .. 540,500,000,000]` is 52; shorter values pad to it. */
const VALUE_COLUMN = 34;
const PATH_COLUMN = 32;
/** Below this a path says nothing (table.ts's MIN_TEXT_COLUMN). */
const MIN_PATH_COLUMN = 12;
/** A sentence with less room than this beside its value goes on its own line, indented under the language. */
const MIN_SENTENCE_ROOM = 20;
const SENTENCE_INDENT = '      ';

/** One group: a heading, then one line per claim; on a terminal of `columns`, the sentence is trimmed around its quantity. */
export function formatGroup(g: Omit<GroupRow, 'id'>, columns?: number, color?: boolean): string {
  const mark = g.verdict === 'agree' ? paint(color, 'green', 'AGREE   ') : paint(color, 'red', 'CONFLICT');
  const lines = [`${mark} ${g.entity || '(no named subject, same story)'} · ${g.attribute}${g.unit ? ` (${g.unit})` : ''}${g.time ? ` · ${g.time}` : ''}`];
  for (const c of g.claims) {
    const value = c.low === c.high || c.high === null && c.low === null ? formatNumber(c.value) : `${formatNumber(c.value)} [${formatInterval(c.low, c.high)}]`;
    const how = c.foundBy === 'developer' ? `[says: ${c.entity}] ` : c.foundBy === 'embedding' ? '[similar] ' : c.foundBy === 'name' ? '[named] ' : '';
    const head = `  ${c.lang.padEnd(3)} ${value.padEnd(VALUE_COLUMN)} `;
    const sentence = c.text.replace(/\s+/g, ' ');
    if (columns === undefined) {
      lines.push(`${head}${c.path.padEnd(PATH_COLUMN)}  ${how}${sentence}`);
      continue;
    }
    // On a narrow terminal the path narrows first (never the value), then the sentence moves to a line of its own, then the path.
    const room = (used: number) => Math.max(MIN_SENTENCE_ROOM, columns - used);
    const pathWidth = Math.min(PATH_COLUMN, columns - displayWidth(head) - 2);
    const prefix = `${head}${truncate(c.path, pathWidth).padEnd(pathWidth)}  ${how}`;
    const under = (text: string) => `${SENTENCE_INDENT}${text}`;
    if (pathWidth < MIN_PATH_COLUMN) {
      lines.push(head.trimEnd(), under(truncate(`${c.path}  ${how}`.trimEnd(), room(SENTENCE_INDENT.length))), under(trimSentence(sentence, c.quantityText, room(SENTENCE_INDENT.length))));
    } else if (columns - displayWidth(prefix) >= MIN_SENTENCE_ROOM) lines.push(`${prefix}${trimSentence(sentence, c.quantityText, columns - displayWidth(prefix))}`);
    else lines.push(prefix.trimEnd(), under(trimSentence(sentence, c.quantityText, room(SENTENCE_INDENT.length))));
  }
  return `${lines.join('\n')}\n`;
}
