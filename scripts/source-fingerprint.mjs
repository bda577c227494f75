// What dist/ is compiled from, as one hash: every file under src/ and the two tsconfig files, by path, size and
// modification time. scripts/build.mjs stores it in dist/; in a checkout, bin/claimscope.js runs dist/ only while the
// sources still hash the same (stat of about 150 files, a few ms), and the TypeScript through tsx after any edit.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const FINGERPRINT_FILE = 'source-fingerprint.txt';

/** The hash of the sources under `root` (a checkout's folder path). */
export function sourceFingerprint(root) {
  const entries = [];
  const add = (relative) => {
    const { size, mtimeMs } = statSync(join(root, relative));
    entries.push(`${relative}\t${size}\t${mtimeMs}`);
  };
  const visit = (relative) => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
      if (entry.isDirectory()) visit(`${relative}/${entry.name}`);
      else add(`${relative}/${entry.name}`);
    }
  };
  visit('src');
  add('tsconfig.json');
  add('tsconfig.build.json');
  return createHash('sha256').update(entries.sort().join('\n')).digest('hex');
}

/** Whether `root`/dist was built from the sources as they are now (false when there is no build). */
export function distIsCurrent(root) {
  try {
    return readFileSync(join(root, 'dist', FINGERPRINT_FILE), 'utf8').trim() === sourceFingerprint(root);
  } catch {
    return false;
  }
}
