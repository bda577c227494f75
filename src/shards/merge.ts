// merge: a shard set into one database file, for users who want one file. Every table is copied generically from
// the schema (so tables added by later migrations come along): rows keep their columns, integer ids are shifted past
// those already copied, and foreign keys follow. Entities (and articles) are matched by their unique names instead,
// since the same entity is found in several shards. Full-text indexes are filled once at the end, compare runs over
// the merged claims, and the file appears under its name only after PRAGMA integrity_check passed.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { openDatabase, type DB } from '../store/store.ts';
import { compareStage } from '../stages/compare.ts';
import { corpusInputs, corpusLookup, countEntityTypes, materialiseCorpus } from '../store/materialise.ts';
import type { ArticleClaim } from '../text/claims/compare.ts';
import { shardDatabase } from './layout.ts';
import type { Manifest } from './manifest.ts';

/**
 * Tables the merge computes itself instead of copying: the corpus stage's results, made again over all claims, and the
 * entities' type counts, counted again from the copied mentions (countEntityTypes).
 */
const RECOMPUTED_TABLES = new Set(['claim_groups', 'claim_group_members', 'corpus_runs', 'entity_types']);

interface TableShape {
  name: string;
  columns: string[];
  /** The INTEGER PRIMARY KEY column (the rowid), if any. */
  rowid: string | null;
  /** A unique key of plain columns: rows are matched across shards by it (entities.canonical, articles' root and path). */
  naturalKey: string[] | null;
  foreignKeys: Array<{ column: string; table: string }>;
}

export interface MergeSummary {
  file: string;
  shards: number;
  /** Rows per table: the sum over the shards and the merged file's (fewer only where rows are shared: entities, roots). */
  counts: Record<string, { shards: number; merged: number }>;
  compare: string;
}

export async function mergeShards(dir: string, manifest: Manifest, into: string): Promise<MergeSummary> {
  const sources = [...Array(manifest.shards).keys()].map((i) => shardDatabase(dir, i));
  const absent = sources.filter((f) => !existsSync(f));
  if (absent.length) throw new Error(`no shard database at ${absent.join(', ')}: ingest those shards first`);
  const temporary = `${into}.${process.pid}.merging`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(temporary + suffix, { force: true });
  const db = openDatabase(temporary);
  try {
    const tables = tableShapes(db).filter((t) => !RECOMPUTED_TABLES.has(t.name));
    const counts: MergeSummary['counts'] = Object.fromEntries(tables.map((t) => [t.name, { shards: 0, merged: 0 }]));
    const ftsInsertTriggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fts_insert'").all() as Array<{ name: string; sql: string }>;
    // Full-text rows are inserted once, in bulk, after the copy rather than a trigger call per claim.
    for (const t of ftsInsertTriggers) db.exec(`DROP TRIGGER ${t.name}`);
    const copy = db.transaction(() => copyShard(db, tables, counts));
    for (const file of sources) {
      // SQLite attaches only outside a transaction: one transaction per shard (a failure removes the whole file anyway).
      db.exec(`ATTACH DATABASE '${file.replaceAll("'", "''")}' AS shard`);
      try {
        copy();
      } finally {
        db.exec('DETACH DATABASE shard');
      }
    }
    db.transaction(() => {
      countEntityTypes(db, null);
      for (const t of ftsInsertTriggers) db.exec(t.sql);
      // External-content indexes (schema migration 11) are built from the merged tables themselves.
      for (const fts of ['claims_fts', 'articles_fts']) db.exec(`INSERT INTO ${fts} (${fts}) VALUES ('rebuild'), ('optimize')`);
    })();
    for (const t of tables) counts[t.name].merged = (db.prepare(`SELECT COUNT(*) FROM "${t.name}"`).pluck().get() as number);
    const compareStep = manifest.pipeline.steps.find((s) => s.stage === 'compare');
    let compare = 'not in the pipeline';
    if (compareStep) {
      // The same corpus stage as an ingest runs, over the merged claims (its output replaces the shards' groups).
      const pipelineOptions = Object.fromEntries(manifest.pipeline.steps.map((s) => [s.stage, s.options]));
      try {
        const groups = await compareStage.runCorpus(corpusInputs(db, manifest.root, 'compare') as AsyncIterable<ArticleClaim>, {
          options: compareStep.options, path: '(corpus)', notice: () => {}, pipelineOptions, lookup: corpusLookup(db, manifest.root),
        });
        db.transaction(() => materialiseCorpus(db, manifest.root, 'compare', groups))();
      } catch (error) {
        throw new Error(`compare over the merged claims failed: ${(error as Error).message}`);
      }
      compare = 'ran';
    }
    const problems = db.pragma('integrity_check', { simple: false }) as Array<{ integrity_check: string }>;
    if (problems.length !== 1 || problems[0].integrity_check !== 'ok') {
      throw new Error(`integrity_check failed: ${problems.map((p) => p.integrity_check).slice(0, 5).join('; ')}`);
    }
    for (const fts of ['claims_fts', 'articles_fts']) db.exec(`INSERT INTO ${fts} (${fts}) VALUES ('integrity-check')`);
    // Tables matched by a natural key or shared by every shard (entities, roots) hold each row once: at most the sum.
    const deduplicated = new Set(tables.filter((t) => t.naturalKey || (!t.rowid && t.foreignKeys.length === 0)).map((t) => t.name));
    const mismatch = Object.entries(counts).filter(([t, c]) => (deduplicated.has(t) ? c.merged > c.shards : c.merged !== c.shards));
    if (mismatch.length) throw new Error(`row counts differ after the merge: ${mismatch.map(([t, c]) => `${t} ${c.shards} in the shards, ${c.merged} merged`).join('; ')}`);
    // One self-contained file: the write-ahead log folded in before the rename.
    db.pragma('journal_mode = DELETE');
    db.close();
    // A replaced file's write-ahead log must not be applied to the new one.
    for (const suffix of ['-wal', '-shm']) rmSync(into + suffix, { force: true });
    renameSync(temporary, into);
    return { file: into, shards: sources.length, counts, compare };
  } catch (error) {
    if (db.open) db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(temporary + suffix, { force: true });
    throw error;
  }
}

/** Tables in an order where every table comes after those it references. */
function tableShapes(db: DB): TableShape[] {
  const names = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
    AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE '%_fts_%' ORDER BY name`).pluck().all() as string[];
  const shapes = names.map((name): TableShape => {
    const info = db.prepare(`PRAGMA table_info("${name}")`).all() as Array<{ name: string; type: string; pk: number }>;
    const pk = info.filter((c) => c.pk > 0);
    const rowid = pk.length === 1 && pk[0].type.toUpperCase() === 'INTEGER' ? pk[0].name : null;
    const foreignKeys = (db.prepare(`PRAGMA foreign_key_list("${name}")`).all() as Array<{ from: string; table: string }>)
      .map((f) => ({ column: f.from, table: f.table }));
    const fkColumns = new Set(foreignKeys.map((f) => f.column));
    const uniques = (db.prepare(`PRAGMA index_list("${name}")`).all() as Array<{ name: string; unique: number; origin: string }>)
      .filter((x) => x.unique && x.origin === 'u')
      .map((x) => (db.prepare(`PRAGMA index_info("${x.name}")`).all() as Array<{ name: string }>).map((c) => c.name));
    const naturalKey = rowid ? uniques.find((cols) => cols.every((c) => !fkColumns.has(c))) ?? null : null;
    return { name, columns: info.map((c) => c.name), rowid, naturalKey, foreignKeys };
  });
  const ordered: TableShape[] = [];
  const placed = new Set<string>();
  while (ordered.length < shapes.length) {
    const next = shapes.find((t) => !placed.has(t.name) && t.foreignKeys.every((f) => f.table === t.name || placed.has(f.table)));
    if (!next) throw new Error('merge: the schema has a foreign-key cycle');
    ordered.push(next);
    placed.add(next.name);
  }
  return ordered;
}

/** Copies one attached shard; ids are mapped through temp.id_map (natural keys) or shifted (other rowid tables). */
function copyShard(db: DB, tables: TableShape[], counts: MergeSummary['counts']): void {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const offsets = new Map<string, number>();
  db.exec('CREATE TEMP TABLE IF NOT EXISTS id_map (tbl TEXT NOT NULL, old INTEGER NOT NULL, new INTEGER NOT NULL, PRIMARY KEY (tbl, old)) WITHOUT ROWID');
  db.exec('DELETE FROM temp.id_map');
  for (const t of tables) {
    const exists = db.prepare("SELECT 1 FROM shard.sqlite_master WHERE type = 'table' AND name = ?").get(t.name);
    if (!exists) continue;
    const mapped = (column: string, source: string) => {
      const fk = t.foreignKeys.find((f) => f.column === column);
      const target = fk && byName.get(fk.table);
      if (!fk || !target?.rowid) return `${source}."${column}"`;
      if (target.naturalKey) return `(SELECT new FROM temp.id_map WHERE tbl = '${target.name}' AND old = ${source}."${column}")`;
      return `${source}."${column}" + ${offsets.get(target.name) ?? 0}`;
    };
    counts[t.name].shards += db.prepare(`SELECT COUNT(*) FROM shard."${t.name}"`).pluck().get() as number;
    if (t.rowid && t.naturalKey) {
      const others = t.columns.filter((c) => c !== t.rowid);
      const keyMatch = t.naturalKey.map((c) => `m."${c}" IS s."${c}"`).join(' AND ');
      db.exec(`INSERT INTO main."${t.name}" (${others.map((c) => `"${c}"`).join(', ')})
        SELECT ${others.map((c) => mapped(c, 's')).join(', ')} FROM shard."${t.name}" s WHERE NOT EXISTS (SELECT 1 FROM main."${t.name}" m WHERE ${keyMatch})`);
      db.exec(`INSERT INTO temp.id_map (tbl, old, new) SELECT '${t.name}', s."${t.rowid}", m."${t.rowid}" FROM shard."${t.name}" s
        JOIN main."${t.name}" m ON ${keyMatch}`);
      continue;
    }
    const offset = t.rowid ? (db.prepare(`SELECT COALESCE(MAX("${t.rowid}"), 0) FROM main."${t.name}"`).pluck().get() as number) : 0;
    offsets.set(t.name, offset);
    const values = t.columns.map((c) => (c === t.rowid ? `s."${c}" + ${offset}` : mapped(c, 's')));
    // Rows that every shard holds alike (the folder's pipeline in roots) are kept once.
    const or = t.foreignKeys.length === 0 && !t.rowid ? 'OR IGNORE ' : '';
    db.exec(`INSERT ${or}INTO main."${t.name}" (${t.columns.map((c) => `"${c}"`).join(', ')}) SELECT ${values.join(', ')} FROM shard."${t.name}" s`);
  }
}
