// Plain-text tables for people. Width counts East Asian wide characters as two columns so CJK text lines up.
// A table fits the terminal (Io.columns) by narrowing its text columns; numbers are never cut, and a sentence is
// trimmed around the part that matters (the quantity) rather than at its end.

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
const ELLIPSIS = '…';
/** A narrowed text column keeps at least this many columns: below it, a path or sentence says nothing. */
const MIN_TEXT_COLUMN = 12;
/** Narrowing stops here first, in the order the caller lists the columns (a path keeps its file name's start). */
const READABLE_TEXT_COLUMN = 24;
const COLUMN_GAP = 2;
/** A focus wider than the column shows whole when it is this short (a quantity: `rund 27,6 Millionen US-Dollar` is 29); a longer one (a quote) is cut. */
const MAX_UNCUT_FOCUS = 40;

const charWidth = (ch: string) => (WIDE.test(ch) ? 2 : 1);

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** Cuts text to a display width, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}${ELLIPSIS}`;
}

/**
 * Trims text to a display width around text[start, end) (the quantity of a claim), with an ellipsis on each cut side
 * and the context shared between both sides. A short focus (a quantity) is never cut: when it alone is wider, it is all that shows.
 */
export function trimAround(text: string, start: number, end: number, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (start < 0 || end <= start) return truncate(text, width);
  const before = [...text.slice(0, start)];
  const focus = text.slice(start, end);
  const after = [...text.slice(end)];
  let budget = width - displayWidth(focus);
  if (budget <= 0) return displayWidth(focus) <= MAX_UNCUT_FOCUS ? focus : truncate(text, width);
  let left = '';
  let right = '';
  let i = before.length - 1;
  let j = 0;
  // Take characters alternately from each side, keeping room for the ellipses still needed.
  while (i >= 0 || j < after.length) {
    const marks = (i >= 0 ? 1 : 0) + (j < after.length ? 1 : 0);
    let took = false;
    if (j < after.length && charWidth(after[j]) + marks <= budget) {
      right += after[j];
      budget -= charWidth(after[j++]);
      took = true;
    }
    const marksNow = (i >= 0 ? 1 : 0) + (j < after.length ? 1 : 0);
    if (i >= 0 && charWidth(before[i]) + marksNow <= budget) {
      left = before[i] + left;
      budget -= charWidth(before[i--]);
      took = true;
    }
    if (!took) break;
  }
  return `${i >= 0 ? ELLIPSIS : ''}${left}${focus}${right}${j < after.length ? ELLIPSIS : ''}`;
}

export type Cell = string | number | null | undefined;

export interface TableLayout {
  /** Columns available (Io.columns); undefined: no limit, cells are never trimmed. */
  width?: number;
  /** The columns that may narrow to fit `width` (text: paths, sentences), the first to give up space first. Others keep their width. */
  shrink?: number[];
  /** The narrowest a shrinkable column may get (default MIN_TEXT_COLUMN): for a sentence, its widest quantity. */
  min?: Record<number, number>;
  /** How a cell of a narrowed column is trimmed (default: cut at the end); gets the row's index. */
  trim?: Record<number, (text: string, width: number, row: number) => string>;
  /** Narrowed columns whose cells go on over more lines, broken at spaces (a message, an interval), instead of being trimmed. */
  wrap?: number[];
}

/**
 * Each column's width: its widest cell; then, to fit, the shrinkable columns give up space in the order listed down to
 * a readable width, and if that is not enough, the widest of them narrows further (down to MIN_TEXT_COLUMN). Returns
 * null when even that does not fit: the table is then shown record by record (expandedTable).
 */
function columnWidths(headers: string[], cells: string[][], layout: TableLayout): number[] | null {
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i] ?? ''))));
  if (layout.width === undefined) return widths;
  let excess = widths.reduce((a, b) => a + b, 0) + COLUMN_GAP * (widths.length - 1) - layout.width;
  const shrinkable = (layout.shrink ?? []).filter((i) => i < widths.length);
  const min = (i: number) => Math.max(MIN_TEXT_COLUMN, layout.min?.[i] ?? 0);
  for (const i of shrinkable) {
    const step = Math.max(0, Math.min(excess, widths[i] - Math.max(READABLE_TEXT_COLUMN, min(i))));
    widths[i] -= step;
    excess -= step;
  }
  while (excess > 0) {
    const widest = shrinkable.filter((i) => widths[i] > Math.max(displayWidth(headers[i]), min(i))).sort((a, b) => widths[b] - widths[a])[0];
    if (widest === undefined) return null;
    widths[widest]--;
    excess--;
  }
  return widths;
}

/** Where a word with no spaces may break: before and after each wide (CJK) character, as UAX #14 allows, never inside a run of others (a number). */
const BREAK_UNITS = new RegExp(`${WIDE.source}|(?:(?!${WIDE.source}).)+`, 'gu');

/** Text broken at spaces into lines at most `width` wide; a word wider than a line (CJK has no spaces) breaks where it must. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      return;
    }
    if (line) lines.push(line);
    line = '';
    for (const unit of word.match(BREAK_UNITS) ?? []) {
      if (line && displayWidth(line) + displayWidth(unit) > width) {
        lines.push(line);
        line = '';
      }
      line += unit;
    }
  };
  for (const word of text.split(' ')) if (word) push(word);
  return [...lines, line];
}

/**
 * `layout` may also be the older per-column maximum widths (0: no maximum). A table wider than `layout.width` even
 * with its text columns narrowed is shown one record at a time, as psql's `\x auto` does.
 */
export function formatTable(headers: string[], rows: Cell[][], layout: TableLayout | number[] = {}): string {
  const maxWidths = Array.isArray(layout) ? layout : [];
  if (Array.isArray(layout)) layout = {};
  const cells = rows.map((r) => r.map((c, i) => {
    const text = c === null || c === undefined ? '' : String(c).replace(/\s+/g, ' ');
    return maxWidths[i] ? truncate(text, maxWidths[i]) : text;
  }));
  const widths = columnWidths(headers, cells, layout);
  if (!widths) return expandedTable(headers, cells, layout.width!);
  const trims = layout.trim;
  const wrapped = new Set(layout.wrap ?? []);
  const numeric = headers.map((_, i) => typeof rows[0]?.[i] === 'number');
  const line = (r: string[]) => r.map((c, i) => {
    const pad = Math.max(0, widths[i] - displayWidth(c));
    return numeric[i] ? ' '.repeat(pad) + c : c + ' '.repeat(pad);
  }).join(' '.repeat(COLUMN_GAP)).trimEnd();
  const body = cells.flatMap((r, row) => {
    const fitted = r.map((text, i) => {
      if (displayWidth(text) <= widths[i]) return [text];
      if (wrapped.has(i)) return wrapText(text, widths[i]);
      const trim = trims?.[i];
      return [trim ? trim(text, widths[i], row) : truncate(text, widths[i])];
    });
    const height = Math.max(...fitted.map((f) => f.length));
    return Array.from({ length: height }, (_, k) => line(fitted.map((f) => f[k] ?? '')));
  });
  return [line(headers), widths.map((w) => '-'.repeat(w)).join(' '.repeat(COLUMN_GAP)), ...body].join('\n');
}

/** One block per row, `header  value`, values wrapped to the width: for tables too wide for the terminal. */
function expandedTable(headers: string[], cells: string[][], width: number): string {
  const label = Math.max(...headers.map(displayWidth));
  const valueWidth = Math.max(MIN_TEXT_COLUMN, width - label - COLUMN_GAP);
  return cells.map((r, row) => {
    const title = `-[ ${row + 1} ]`;
    const lines = [title + '-'.repeat(Math.max(0, Math.min(width, label + COLUMN_GAP + valueWidth) - title.length))];
    headers.forEach((h, i) => {
      if (!r[i]) return;
      wrapText(r[i], valueWidth).forEach((part, k) => lines.push(`${k ? ' '.repeat(label) : h + ' '.repeat(label - displayWidth(h))}${' '.repeat(COLUMN_GAP)}${part}`));
    });
    return lines.join('\n');
  }).join('\n');
}

/** A claim sentence trimmed to `width` around its quantity (found by its text), else cut at the end. */
export function trimSentence(text: string, quantityText: string | null | undefined, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  const at = quantityText ? flat.indexOf(quantityText.replace(/\s+/g, ' ')) : -1;
  return at < 0 ? truncate(flat, width) : trimAround(flat, at, at + quantityText!.replace(/\s+/g, ' ').length, width);
}

/**
 * Claims tables fit the terminal by narrowing article and entity, then the sentence (the last column), which keeps
 * its quantity in view (a quote is cut at the end), then by breaking value intervals over two lines.
 */
export function fitClaimColumns(width: number | undefined, headers: string[], claims: Array<{ attribute: string; quantityText: string | null }>,
  values: string[], sentence: (row: number, width: number) => string | undefined): TableLayout {
  const last = headers.length - 1;
  const [article, entity, value] = ['article', 'entity', 'value'].map((h) => headers.indexOf(h));
  const focus = claims.map((c) => (c.attribute !== 'quote' && c.quantityText && displayWidth(c.quantityText) <= MAX_UNCUT_FOCUS ? displayWidth(c.quantityText) + 2 : 0));
  // An interval breaks after its `..` (`539,500,000,000 ..` over `540,500,000,000`), never inside a number.
  const lowerBound = Math.max(0, ...values.map((v) => displayWidth(v.split(' ').slice(0, 2).join(' '))));
  return { width, shrink: [article, entity, last, value].filter((i) => i >= 0), wrap: [value].filter((i) => i >= 0),
    min: { [value]: lowerBound, [last]: Math.max(0, ...focus) },
    trim: { [last]: (text: string, w: number, row: number) => sentence(row, w) ?? truncate(text, w) } };
}

/** A number for people: 540000000 → 540,000,000; 0.3 → 0.3; Infinity → ∞. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  return value.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

/** An interval for people: [535,000,000 .. 545,000,000], or the value alone when exact. */
export function formatInterval(low: number | null, high: number | null): string {
  if (low === null && high === null) return '';
  if (low === high) return formatNumber(low);
  return `${formatNumber(low)} .. ${high === null ? '∞' : formatNumber(high)}`;
}

/** A claim's value for people: its interval, open above when only a lower bound is known (`600 .. ∞`). */
export function claimInterval(c: { low: number | null; high: number | null }): string {
  return formatInterval(c.low, c.high === null && c.low !== null ? Infinity : c.high);
}

/** ANSI colour for people at a terminal; plain text when colours are off (NO_COLOR, a pipe). */
export function paint(enabled: boolean | undefined, colour: 'red' | 'green' | 'dim', text: string): string {
  if (!enabled) return text;
  const code = { red: 31, green: 32, dim: 2 }[colour];
  return `\x1b[${code}m${text}\x1b[0m`;
}
