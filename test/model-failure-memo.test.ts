// loadOrExplain works out what a failed model load means once per failure (src/models/loader.ts): a thread keeps a
// failed load and hands every later page the same error, and the model's files were looked for again on each page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrExplain, requiredFiles, type ModelSettings } from '../src/models/loader.ts';

test('the same failed load explains the same way on every page, without looking for the files again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'model-failure-'));
  try {
    const settings: ModelSettings = { cacheDir: join(dir, 'cache'), localDir: null, offline: true, hub: 'http://127.0.0.1:9/' };
    const failure = new Error('not found locally at "tiny/encoder/config.json"');
    const remembered = Promise.reject(failure);
    remembered.catch(() => {});
    const said: string[] = [];
    const explain = (why: { message: string }) => said.push(why.message);
    assert.equal(await loadOrExplain('tiny/encoder', 'encoder', 'q8', settings, () => remembered, explain), null);
    // The model's files appear after the failure: the thread's remembered failure still explains as it did (before,
    // each page looked again and would now throw the failure as a broken present model).
    const folder = join(settings.cacheDir, 'tiny', 'encoder');
    for (const file of requiredFiles('encoder', 'q8')) {
      mkdirSync(join(folder, file, '..'), { recursive: true });
      writeFileSync(join(folder, file), '{}');
    }
    assert.equal(await loadOrExplain('tiny/encoder', 'encoder', 'q8', settings, () => remembered, explain), null);
    assert.equal(said.length, 2);
    assert.equal(said[1], said[0]);
    // A new failure (another load) is looked at afresh: the model is present now, so its failure is an error.
    await assert.rejects(loadOrExplain('tiny/encoder', 'encoder', 'q8', settings, () => Promise.reject(new Error('broken weights')), explain));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
