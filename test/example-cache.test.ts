// bench:clean-text's example caches (cachedExamples in scripts/train-line-classifier.ts, 350 MB per code version in the
// temp folder): those of other versions unused for a day are deleted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { EXAMPLE_CACHE_MAX_AGE_MS, pruneExampleCaches } from '../scripts/train-line-classifier.ts';

test('example caches: other versions older than a day are deleted, the current one and recent ones stay', () => {
  const dir = mkdtempSync(`${tmpdir()}/text24-prune-`);
  try {
    const now = Date.now();
    const names = {
      current: 'claimscope-text-examples-0123456789abcdef.bin',
      oldOther: 'claimscope-text-examples-fedcba9876543210.bin',
      oldPartial: 'claimscope-text-examples-fedcba9876543211.bin.4242',
      recentOther: 'claimscope-text-examples-aaaaaaaaaaaaaaaa.bin',
      unrelated: 'claimscope-baseline-old.bin',
    };
    for (const name of Object.values(names)) writeFileSync(`${dir}/${name}`, 'x');
    const old = (now - EXAMPLE_CACHE_MAX_AGE_MS - 3600 * 1000) / 1000;
    for (const name of [names.current, names.oldOther, names.oldPartial, names.unrelated]) utimesSync(`${dir}/${name}`, old, old);
    const deleted = pruneExampleCaches(dir, names.current, now);
    assert.deepEqual(deleted.sort(), [names.oldOther, names.oldPartial].sort());
    assert.deepEqual(readdirSync(dir).sort(), [names.current, names.recentOther, names.unrelated].sort());
    assert.deepEqual(pruneExampleCaches(dir, names.current, now), [], 'nothing more to delete');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
