// An entity's stored type is the majority of its mentions' types (ties: the first type name), whatever order the pages
// are written in, re-run or removed (issue 13: it was the type written last, so two workers gave different exports).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openDatabase, type DB } from '../src/store/store.ts';
import { clearMaterialised, materialise } from '../src/store/materialise.ts';
import type { EntityMention, EntityType } from '../src/types.ts';

const mention = (canonical: string, type: EntityType): EntityMention => ({ text: canonical, canonical, type, paragraph: 0, start: 0, end: canonical.length });

/** Pages as (path, mentions); each is written as the entities stage's output of one article. */
const PAGES: Array<[string, EntityMention[]]> = [
  ['a.txt', [mention('Jordan', 'person'), mention('Kestrel Bank', 'org')]],
  ['b.txt', [mention('Jordan', 'place'), mention('Jordan', 'place')]],
  ['c.txt', [mention('Jordan', 'person'), mention('Kestrel Bank', 'org')]],
  ['d.txt', [mention('Jordan', 'person'), mention('Orla', 'place')]],
  ['e.txt', [mention('Orla', 'person')]],
];

function databaseOf(order: number[]): DB {
  const db = openDatabase(':memory:');
  const insert = db.prepare("INSERT INTO articles (root, path, size, mtime_ms, content_hash) VALUES ('/r', ?, 0, 0, '')");
  const ids = PAGES.map(([path]) => Number(insert.run(path).lastInsertRowid));
  for (const k of order) materialise(db, 'entities', ids[k], { mentions: PAGES[k][1], method: 'rules' });
  return db;
}

const types = (db: DB) => db.prepare('SELECT canonical, type FROM entities ORDER BY canonical').all() as Array<{ canonical: string; type: string }>;

test('entity type: the majority of the mentions, the same for every order of pages', () => {
  const forward = types(databaseOf([0, 1, 2, 3, 4]));
  assert.deepEqual(forward, [
    { canonical: 'Jordan', type: 'person' }, // 3 person, 2 place
    { canonical: 'Kestrel Bank', type: 'org' },
    { canonical: 'Orla', type: 'person' }, // 1 place, 1 person: a tie goes to the first type name
  ]);
  assert.deepEqual(types(databaseOf([4, 3, 2, 1, 0])), forward);
  assert.deepEqual(types(databaseOf([1, 4, 0, 3, 2])), forward);
});

test('entity type: a page re-run or removed takes its mentions out of the count', () => {
  const db = databaseOf([0, 1, 2, 3, 4]);
  const id = (path: string) => db.prepare('SELECT id FROM articles WHERE path = ?').pluck().get(path) as number;
  // c.txt now sees Jordan as a place: 2 person, 3 place.
  clearMaterialised(db, 'entities', id('c.txt'));
  materialise(db, 'entities', id('c.txt'), { mentions: [mention('Jordan', 'place')], method: 'rules' });
  assert.equal(types(db)[0].type, 'place');
  // Removing an article (its mentions cascade) counts too: d.txt's person goes, Orla is then only a person.
  db.prepare('DELETE FROM articles WHERE id = ?').run(id('d.txt'));
  assert.deepEqual(types(db).map((r) => r.type), ['place', 'org', 'person']);
  assert.deepEqual(db.prepare("SELECT t.type, t.mentions FROM entity_types t JOIN entities e ON e.id = t.entity_id WHERE e.canonical = 'Jordan' ORDER BY t.type").all(),
    [{ type: 'person', mentions: 1 }, { type: 'place', mentions: 3 }]);
});
