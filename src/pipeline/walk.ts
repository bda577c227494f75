// Which pages a folder holds: a stable, streaming walk of the tree. Each page comes as a PageSource, so that the
// runner does not care whether the bytes come from a plain file or (later) a record inside an archive.
import { readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Files with these endings are pages; anything else in the folder (images, JSON, archives) is not ours to read. Files without an ending are sniffed. */
const PAGE_EXTENSIONS = /\.(html?|xhtml|shtml|php|aspx?|jsp|txt|text|md)$/i;

/** One page to ingest. */
export interface PageSource {
  /** Relative to the ingested root, with forward slashes: the article's identity in the store. */
  path: string;
  size: number;
  mtimeMs: number;
  /** The page's bytes; called only when the page must be (re)processed. */
  read(): Buffer;
  /** Where the page came from on the web, when the input says (a WARC record's target URI). */
  url?: string;
}

/** A plain file below `root` as a page source. */
export function fileSource(root: string, file: string): PageSource {
  // Synchronous on purpose: pages are small, and the promise versions' hops through the libuv thread pool cost
  // more CPU than the reads themselves (about 0.3 ms a page in bench/ingest.ts).
  const info = statSync(file);
  return { path: relative(root, file).split(sep).join('/'), size: info.size, mtimeMs: info.mtimeMs, read: () => readFileSync(file) };
}

/** Lists the pages below `root` in a stable order, without holding the whole tree in memory at once. */
export async function* walkPages(root: string, dir = root): AsyncGenerator<PageSource> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkPages(root, full);
    else if (entry.isFile() && (PAGE_EXTENSIONS.test(entry.name) || !entry.name.includes('.'))) yield fileSource(root, full);
  }
}
