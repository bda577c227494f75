// What an ingest reads, as scrapers write it: a folder (walked in a stable order), a single page, gzipped pages
// (`.html.gz`), WARC and WARC.gz archives (one page per HTML or text response record, as Common Crawl writes them),
// or `-`: a list of paths on stdin. Each page comes as a PageSource, so the runner never cares where bytes come from.
// Files that are not regular (symlinks, FIFOs, devices) or cannot be read come with a `problem` instead of bytes.
import { accessSync, constants, createReadStream, lstatSync, readFileSync, type Stats } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Files with these endings are pages (also gzipped: `.html.gz`); anything else in the folder is not ours to read. Files without an ending are sniffed. */
const PAGE_EXTENSIONS = /\.(html?|xhtml|shtml|php|aspx?|jsp|txt|text|md)(\.gz)?$/i;
/** Web archives (ISO 28500), plain or gzipped per record as Common Crawl and wget --warc-file write them. */
const WARC_EXTENSIONS = /\.warc(\.gz)?$/i;
/** The response records worth reading as articles: HTML and plain text (not images, scripts, JSON or robots.txt). */
const PAGE_CONTENT_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;
/** gzip's magic number (RFC 1952): a `.gz` name is trusted only when the bytes agree. */
const GZIP_MAGIC = [0x1f, 0x8b];

/** One page to ingest. */
export interface PageSource {
  /** Relative to the input's root, with forward slashes (`crawl.warc.gz#1234` for the record at that byte offset): the article's identity in the store. */
  path: string;
  size: number;
  mtimeMs: number;
  /** The page's bytes (gunzipped); called only when the page must be (re)processed. */
  read(): Buffer;
  /** Where the page came from on the web, when the input says (a WARC record's target URI). */
  url?: string;
  /** When it was fetched, when the input says (a WARC record's date, ISO 8601). */
  fetchedAt?: string;
  /**
   * Why this entry cannot be read (a symlink, a FIFO or device, no read permission): the runner records the page
   * as skipped with this message and never calls read().
   */
  problem?: string;
}

/** An ingest input: its root (paths are relative to it) and its pages, as often as they are asked for. */
export interface PageInput {
  root: string;
  pages(): AsyncGenerator<PageSource>;
  /**
   * True when pages() lists everything below root (a folder): then a stored page it does not list is gone. A single
   * file or a list names only some pages, so nothing else of the folder may be removed after it.
   */
  wholeFolder: boolean;
}

const toPosix = (path: string) => path.split(sep).join('/');

function isGzip(bytes: Buffer): boolean {
  return bytes.length > 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** Why a directory entry cannot be read as a page, or null when it can. */
function problemOf(file: string, info: Stats): string | null {
  if (info.isSymbolicLink()) return 'symbolic link: not followed (it may point outside the folder or loop); ingest its target instead';
  if (info.isFIFO()) return 'named pipe (FIFO): not a page file';
  if (info.isSocket()) return 'socket: not a page file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device file: not a page file';
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    return `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'}: permission denied or gone)`;
  }
  return null;
}

/** A plain or gzipped file below `root` as a page source (a problem instead, when it is not a readable regular file). */
export function fileSource(root: string, file: string): PageSource {
  // Synchronous on purpose: pages are small, and the promise versions' hops through the libuv thread pool cost
  // more CPU than the reads themselves (about 0.3 ms a page in bench/ingest.ts).
  const info = lstatSync(file);
  const path = toPosix(relative(root, file));
  const problem = problemOf(file, info);
  if (problem) return { path, size: info.size, mtimeMs: info.mtimeMs, problem, read: () => { throw new Error(`${path}: ${problem}`); } };
  const gz = /\.gz$/i.test(file);
  return {
    path, size: info.size, mtimeMs: info.mtimeMs,
    read: () => {
      const bytes = readFileSync(file);
      return gz && isGzip(bytes) ? gunzipSync(bytes) : bytes;
    },
  };
}

/**
 * The HTML and text response records of a WARC file, each a page at `<archive path>#<byte offset of the record>`,
 * with the record's target URI and date. The bytes are read while the archive is parsed (one record at a time).
 */
export async function* warcPages(root: string, file: string): AsyncGenerator<PageSource> {
  const { WARCParser } = await import('warcio');
  const info = lstatSync(file);
  const archive = toPosix(relative(root, file));
  const problem = problemOf(file, info);
  if (problem) {
    yield { path: archive, size: info.size, mtimeMs: info.mtimeMs, problem, read: () => { throw new Error(problem); } };
    return;
  }
  // Plain and per-record gzipped archives parse the same way: warcio detects the compression.
  const parser = new WARCParser(createReadStream(file));
  for (;;) {
    const record = await parser.parse();
    if (!record) break;
    const offset = parser.offset;
    const contentType = record.httpHeaders?.headers.get('content-type') ?? '';
    const status = Number(record.httpHeaders?.statusCode ?? 0);
    if (record.warcType !== 'response' || status !== 200 || !PAGE_CONTENT_TYPES.test(contentType)) {
      await record.skipFully();
      continue;
    }
    const bytes = Buffer.from(await record.readFully(true));
    yield {
      path: `${archive}#${offset}`, size: bytes.length, mtimeMs: info.mtimeMs, read: () => bytes,
      url: record.warcTargetURI ?? undefined, fetchedAt: record.warcDate ?? undefined,
    };
  }
}

/** The pages below `root` in a stable order (names sorted), without holding the whole tree in memory at once. */
export async function* walkPages(root: string, dir = root): AsyncGenerator<PageSource> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkPages(root, full);
    else if (WARC_EXTENSIONS.test(entry.name)) yield* warcPages(root, full);
    else if (PAGE_EXTENSIONS.test(entry.name) || !entry.name.includes('.')) yield fileSource(root, full);
  }
}

/** The pages of one path given on the command line or on stdin: a folder's, a WARC's records, or the file itself. */
async function* pagesOf(root: string, target: string): AsyncGenerator<PageSource> {
  const info = lstatSync(target, { throwIfNoEntry: false });
  if (!info) {
    yield { path: toPosix(relative(root, target)), size: 0, mtimeMs: 0, problem: 'no such file or folder', read: () => { throw new Error('no such file'); } };
  } else if (info.isDirectory()) yield* walkPages(root, target);
  else if (WARC_EXTENSIONS.test(target)) yield* warcPages(root, target);
  else yield fileSource(root, target);
}

/** Paths one per line from a stream (blank lines ignored), resolved against the working folder. */
async function* listedPaths(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    const path = line.trim();
    if (path) yield resolve(path);
  }
}

/** The deepest folder holding every path (a listed folder counts as its own parent's child): the root of a list. */
export function commonFolder(paths: string[]): string {
  if (!paths.length) return process.cwd();
  let common = dirname(paths[0]).split(sep);
  for (const path of paths.slice(1)) {
    const parts = dirname(path).split(sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(sep) || sep;
}

/**
 * The input named on the command line: a folder (its pages relative to it), a single file or WARC archive (relative
 * to its folder), or `-`: paths read from `stdin`, one a line (relative to the deepest folder that holds them all).
 */
export async function openInput(input: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<PageInput> {
  if (input === '-') {
    // Read once: the list is kept (paths only) so that the runner can ask for the pages again.
    const paths: string[] = [];
    for await (const path of listedPaths(stdin)) paths.push(path);
    const root = commonFolder(paths);
    return { root, wholeFolder: false, async *pages() { for (const path of paths) yield* pagesOf(root, path); } };
  }
  const target = resolve(input);
  const info = lstatSync(target, { throwIfNoEntry: false });
  if (!info) throw new Error(`no such file or folder: ${input}`);
  if (info.isDirectory()) return { root: target, wholeFolder: true, pages: () => walkPages(target) };
  if (!info.isFile()) throw new Error(`not a folder, page file or WARC archive: ${input}`);
  const root = dirname(target);
  return { root, wholeFolder: false, pages: () => pagesOf(root, target) };
}

/**
 * How many pages an input will yield, for a progress bar's total (a stat per file, about 10 µs). Undefined when it
 * holds a WARC archive, whose records are known only by reading it all (a second pass over gigabytes, for a bar).
 */
export async function countPages(input: PageInput): Promise<number | undefined> {
  let count = 0;
  for await (const page of input.pages()) {
    if (page.url !== undefined || WARC_EXTENSIONS.test(page.path.split('#')[0])) return undefined;
    count++;
  }
  return count;
}
