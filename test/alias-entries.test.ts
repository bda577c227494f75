// loadAliasEntries gives compare's developer links the alias table's entries without building its matching trie:
// the same entries, in the same order, as loadAliasTable, and the same errors for a malformed user file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAliasEntries, loadAliasTable, productsByDeveloper } from '../src/text/claims/entities.ts';

test('the entries are loadAliasTable\'s, user files merged the same way', () => {
  const dir = mkdtempSync(join(tmpdir(), 'alias-entries-'));
  try {
    const user = join(dir, 'mine.json');
    writeFileSync(user, JSON.stringify([
      { canonical: 'Quillfeather Labs', type: 'org', aliases: ['Quillfeather'] },
      { canonical: 'Inkwell-7', type: 'product', aliases: ['Inkwell 7'], developer: 'Quillfeather Labs' },
    ]));
    for (const files of [[], [user]]) {
      assert.deepEqual(loadAliasEntries(files), loadAliasTable(files).entries);
      assert.deepEqual(productsByDeveloper({ entries: loadAliasEntries(files) }), productsByDeveloper(loadAliasTable(files)));
    }
    assert.deepEqual(productsByDeveloper({ entries: loadAliasEntries([user]) }).get('Quillfeather Labs'), ['Inkwell-7']);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify([{ canonical: 'Nameless Thing', aliases: [] }]));
    assert.throws(() => loadAliasEntries([broken]), /"type" is required/);
    assert.throws(() => loadAliasTable([broken]), /"type" is required/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
