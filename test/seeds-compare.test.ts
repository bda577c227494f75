// Issue 5's own example on the real scraped seed pages: `compare --entity PaLM` shows the Chinese sentence (which
// names only 谷歌 and `540B參數`) beside the German `540-Milliarden-Parameter-Großmodell PaLM`, agreeing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.ts';
import { captureIo } from './fixtures/capture-io.ts';

const SEEDS = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const OFFLINE_PIPELINE = fileURLToPath(new URL('../pipelines/offline.json', import.meta.url));


test('seeds: compare --entity PaLM puts the Chinese and German sentences side by side, agreeing at 540 billion parameters',
  { skip: !existsSync(SEEDS) && 'needs ../shared/seeds' }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimscope-seeds-'));
    const db = join(dir, 'seeds.db');
    try {
      assert.equal(await main(['ingest', SEEDS, '--db', db, '--pipeline', OFFLINE_PIPELINE, '--quiet'], captureIo()), 0);
      const io = captureIo();
      assert.equal(await main(['compare', '--db', db, '--entity', 'PaLM', '--json'], io), 0);
      const groups = JSON.parse(io.stdout) as Array<{ entity: string; attribute: string; verdict: string; claims: Array<{ lang: string; text: string; value: number; foundBy: string }> }>;
      const palm = groups.find((g) => g.entity === 'PaLM' && g.attribute === 'parameters');
      assert.ok(palm, JSON.stringify(groups));
      assert.equal(palm.verdict, 'agree');
      const zh = palm.claims.find((c) => c.lang === 'zh');
      const de = palm.claims.find((c) => c.lang === 'de');
      assert.ok(zh && /540B參數/.test(zh.text) && zh.foundBy === 'developer', JSON.stringify(zh));
      assert.ok(de && /540-Milliarden-Parameter-Großmodell PaLM/.test(de.text), JSON.stringify(de));
      assert.deepEqual([zh.value, de.value], [540e9, 540e9]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
