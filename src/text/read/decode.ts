// Bytes of a scraped page → UTF-8 text, with the encoding that was used and why.
// Order of evidence: byte-order mark, then a declaration in the page (<meta charset>, XML prolog),
// then strict UTF-8, then statistical detection (chardet), then windows-1252 as the web's default.
import { analyse } from 'chardet';

export type PageFormat = 'html' | 'text';

export interface DecodedPage {
  text: string;
  /** WHATWG encoding label in lower case: 'utf-8', 'gbk', 'big5', 'shift_jis', 'windows-1252', ... */
  encoding: string;
  /** How the encoding was found: 'bom', 'declared', 'utf-8', 'detected', 'default'. */
  encodingSource: 'bom' | 'declared' | 'utf-8' | 'detected' | 'default';
  format: PageFormat;
  /** What the user should know about the decoding (invalid bytes replaced, ...); absent when there is nothing to say. */
  warnings?: string[];
}

/** A page that cannot be turned into text; the message is shown to the user as is. */
export class UnreadablePageError extends Error {
  constructor(readonly kind: 'empty' | 'binary' | 'too-large', message: string) {
    super(message);
    this.name = 'UnreadablePageError';
  }
}

/** Declarations are looked for in the first bytes only, as browsers do (the HTML spec prescans 1024 bytes; pages with long <head> junk put it later, so we allow more). */
const DECLARATION_SCAN_BYTES = 4096;
/** Share of control bytes (other than tab, CR, LF, FF, ESC) above which a file is binary, not text. Text in any legacy encoding has practically none. */
const BINARY_CONTROL_BYTE_SHARE = 0.02;
/** How many leading bytes to sniff for binary content: enough for a file header and some body. */
const BINARY_SNIFF_BYTES = 8192;
/** chardet confidence (0..100) below which its guess is not trusted over the windows-1252 default. */
const MIN_DETECTION_CONFIDENCE = 20;
/** Share of U+FFFD replacement characters a lenient decode may produce before we call the page undecodable. */
const MAX_REPLACEMENT_SHARE = 0.01;

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** chardet names → WHATWG labels understood by TextDecoder. GB18030 is a superset of GBK/GB2312 and decodes both. */
const CHARDET_TO_WHATWG: Record<string, string> = {
  'UTF-8': 'utf-8', 'ASCII': 'utf-8', 'UTF-16LE': 'utf-16le', 'UTF-16BE': 'utf-16be',
  'GB18030': 'gbk', 'Big5': 'big5', 'Shift_JIS': 'shift_jis', 'EUC-JP': 'euc-jp', 'ISO-2022-JP': 'iso-2022-jp',
  'EUC-KR': 'euc-kr', 'ISO-8859-1': 'windows-1252', 'windows-1252': 'windows-1252', 'ISO-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250', 'windows-1251': 'windows-1251', 'KOI8-R': 'koi8-r', 'ISO-8859-5': 'iso-8859-5',
  'ISO-8859-7': 'iso-8859-7', 'windows-1253': 'windows-1253', 'ISO-8859-9': 'windows-1254', 'windows-1254': 'windows-1254',
  'ISO-8859-8': 'iso-8859-8', 'windows-1255': 'windows-1255', 'windows-1256': 'windows-1256', 'ISO-8859-6': 'iso-8859-6',
};

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i;
const HTML_SNIFF = /<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>|div[\s>]|p>|article[\s>])/i;

export function sniffFormat(text: string, path = ''): PageFormat {
  if (/\.(x?html?|shtml|php|aspx?|jsp)$/i.test(path)) return 'html';
  if (/\.(txt|text|md)$/i.test(path)) return 'text';
  return HTML_SNIFF.test(text.slice(0, 2048)) ? 'html' : 'text';
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return control / n > BINARY_CONTROL_BYTE_SHARE;
}

/** What windows-1252 puts at 0x80–0x9F (five positions are unassigned and stay as they are). */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as ISO-8859-1 C1 controls (U+0080–U+009F) instead of the
 * curly quotes, dashes and € the WHATWG table gives them; map them as browsers do.
 */
function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function normaliseLabel(label: string): string | null {
  try {
    return new TextDecoder(label.toLowerCase()).encoding;
  } catch {
    return null;
  }
}

function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, DECLARATION_SCAN_BYTES));
  const m = META_CHARSET.exec(head) ?? XML_ENCODING.exec(head);
  if (!m) return null;
  const label = normaliseLabel(m[1]);
  // A page declaring UTF-16 in ASCII-compatible bytes is lying (the declaration could not be read otherwise).
  return label && !label.startsWith('utf-16') ? label : null;
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function replacementShare(text: string): number {
  return text.length ? countReplacements(text) / text.length : 0;
}

/** Characters beyond ASCII other than U+FFFD: in a lenient UTF-8 decode, each one is a valid multi-byte sequence. */
function countDecodedNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f && c !== 0xfffd && !(c >= 0xdc00 && c <= 0xdfff)) n++;
  }
  return n;
}

/**
 * A lenient UTF-8 decode of bytes that are not valid UTF-8, when UTF-8 is what they are: declared so (browsers then
 * decode with U+FFFD, never another charset), or undeclared with more valid multi-byte characters than invalid
 * sequences and few of those (a page cut mid-character or with a stray byte; a legacy single-byte page has no
 * valid multi-byte sequences at all, as its accented letters are invalid UTF-8 on their own).
 */
function damagedUtf8(bytes: Uint8Array, declaredUtf8: boolean): { text: string; warning: string } | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  const replaced = countReplacements(text);
  if (!declaredUtf8 && (replacementShare(text) > MAX_REPLACEMENT_SHARE || countDecodedNonAscii(text) <= replaced)) return null;
  const why = declaredUtf8 ? 'the page declares utf-8' : 'the rest of the page is utf-8';
  return { text, warning: `invalid UTF-8: ${replaced} invalid byte sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD (${why})` };
}

function detectStatistically(bytes: Uint8Array): string | null {
  for (const guess of analyse(bytes)) {
    if (guess.confidence < MIN_DETECTION_CONFIDENCE) break;
    const label = CHARDET_TO_WHATWG[guess.name] ?? normaliseLabel(guess.name);
    if (label && decodeStrict(bytes, label) !== null) return label;
  }
  return null;
}

/** Decode a page's bytes. Throws UnreadablePageError for empty, binary or undecodable input. */
export function decodePage(bytes: Uint8Array, path = ''): DecodedPage {
  if (bytes.length === 0) throw new UnreadablePageError('empty', 'empty file (0 bytes)');
  const finish = (text: string, encoding: string, encodingSource: DecodedPage['encodingSource'], warning?: string): DecodedPage => {
    if (encoding === 'windows-1252') text = fixWindows1252(text);
    text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    if (!text.trim()) throw new UnreadablePageError('empty', `no text: the file holds only white space (${bytes.length} bytes)`);
    return { text, encoding, encodingSource, format: sniffFormat(text, path), ...(warning ? { warnings: [warning] } : {}) };
  };

  for (const [bom, encoding] of BOMS) {
    if (!startsWith(bytes, bom)) continue;
    const text = new TextDecoder(encoding).decode(bytes);
    const replaced = encoding === 'utf-8' ? countReplacements(text) : 0;
    return finish(text, encoding, 'bom', replaced ? `invalid UTF-8: ${replaced} invalid byte sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD (the page starts with a UTF-8 byte-order mark)` : undefined);
  }
  if (looksBinary(bytes)) throw new UnreadablePageError('binary', 'binary file: not a text or HTML page (control bytes found)');

  const declared = declaredEncoding(bytes);
  if (declared) {
    const strict = decodeStrict(bytes, declared);
    if (strict !== null) return finish(strict, declared, 'declared');
    // Declarations are often wrong (a UTF-8 page left with charset=iso-8859-1): fall through to evidence.
  }
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return finish(utf8, 'utf-8', 'utf-8');
  const damaged = damagedUtf8(bytes, declared === 'utf-8');
  if (damaged) return finish(damaged.text, 'utf-8', declared === 'utf-8' ? 'declared' : 'utf-8', damaged.warning);
  const detected = detectStatistically(bytes);
  if (detected) return finish(new TextDecoder(detected).decode(bytes), detected, 'detected');
  if (declared) {
    const lenient = new TextDecoder(declared).decode(bytes);
    if (replacementShare(lenient) <= MAX_REPLACEMENT_SHARE) return finish(lenient, declared, 'declared');
  }
  const fallback = new TextDecoder('windows-1252').decode(bytes);
  return finish(fallback, 'windows-1252', 'default');
}
