// A checkout's CLI runs the compiled dist/ only while it was built from the sources as they are now
// (scripts/source-fingerprint.mjs, bin/claimscope.js); after any edit it runs the TypeScript through tsx.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs build script without declarations
import { FINGERPRINT_FILE, distIsCurrent, sourceFingerprint } from '../scripts/source-fingerprint.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A checkout in miniature: two sources, the tsconfig files, and (when `built`) a dist/ stamped with their fingerprint. */
function miniCheckout(built: boolean): string {
  const root = `${mkdtempSync(join(tmpdir(), 'claimscope-fingerprint-'))}/`;
  mkdirSync(join(root, 'src/cli'), { recursive: true });
  writeFileSync(join(root, 'src/cli/main.ts'), `export async function runCli(): Promise<void> { console.log('source'); }\n`);
  writeFileSync(join(root, 'src/words.ts'), 'export const words = 2;\n');
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(root, 'tsconfig.json'), '{}\n');
  writeFileSync(join(root, 'tsconfig.build.json'), '{}\n');
  if (built) {
    mkdirSync(join(root, 'dist/cli'), { recursive: true });
    writeFileSync(join(root, 'dist/cli/main.js'), `export async function runCli() { console.log('dist'); }\n`);
    writeFileSync(join(root, 'dist', FINGERPRINT_FILE), `${sourceFingerprint(root)}\n`);
  }
  return root;
}

test('dist/ is current only while no source is added, edited or touched since the build', (t) => {
  const root = miniCheckout(true);
  t.after(() => rmSync(root, { recursive: true, force: true }));
  assert.equal(distIsCurrent(root), true);

  writeFileSync(join(root, 'src/words.ts'), 'export const words = 3;\n'); // same size, new time
  assert.equal(distIsCurrent(root), false, 'an edit');
  writeFileSync(join(root, 'dist', FINGERPRINT_FILE), sourceFingerprint(root));
  assert.equal(distIsCurrent(root), true, 'rebuilt');

  const later = new Date(Date.now() + 60_000);
  utimesSync(join(root, 'tsconfig.build.json'), later, later);
  assert.equal(distIsCurrent(root), false, 'the build settings touched');
  writeFileSync(join(root, 'dist', FINGERPRINT_FILE), sourceFingerprint(root));

  writeFileSync(join(root, 'src/cli/extra.ts'), 'export {};\n');
  assert.equal(distIsCurrent(root), false, 'a file added');
  rmSync(join(root, 'src/cli/extra.ts'));
  assert.equal(distIsCurrent(root), true, 'the same files again');
});

test('no dist/ or no fingerprint in it: not current', (t) => {
  const root = miniCheckout(false);
  t.after(() => rmSync(root, { recursive: true, force: true }));
  assert.equal(distIsCurrent(root), false);
  mkdirSync(join(root, 'dist'));
  assert.equal(distIsCurrent(root), false);
});

test('bin/claimscope.js in a checkout runs dist/ while current, the TypeScript after an edit', (t) => {
  const root = miniCheckout(true);
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'scripts'));
  copyFileSync(join(ROOT, 'bin/claimscope.js'), join(root, 'bin/claimscope.js'));
  copyFileSync(join(ROOT, 'scripts/source-fingerprint.mjs'), join(root, 'scripts/source-fingerprint.mjs'));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  const run = () => spawnSync(process.execPath, [join(root, 'bin/claimscope.js')], { encoding: 'utf8' });

  assert.equal(run().stdout, 'dist\n');
  writeFileSync(join(root, 'src/words.ts'), 'export const words = 4;\n');
  const edited = run();
  assert.equal(edited.stdout, 'source\n', edited.stderr);
});
