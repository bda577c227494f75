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
}

/**
 * Each column's width: its widest cell; then, to fit, the shrinkable columns give up space in the order listed down to
 * a readable width, and if that is not enough, the widest of them narrows further (down to MIN_TEXT_COLUMN).
 */
function columnWidths(headers: string[], cells: string[][], layout: TableLayout): number[] {
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
    const widest = shrinkable.filter((i) => widths[i] > min(i)).sort((a, b) => widths[b] - widths[a])[0];
    if (widest === undefined) break;
    widths[widest]--;
    excess--;
  }
  return widths;
}

/** `layout` may also be the older per-column maximum widths (0: no maximum). */
export function formatTable(headers: string[], rows: Cell[][], layout: TableLayout | number[] = {}): string {
  const maxWidths = Array.isArray(layout) ? layout : [];
  if (Array.isArray(layout)) layout = {};
  const cells = rows.map((r) => r.map((c, i) => {
    const text = c === null || c === undefined ? '' : String(c).replace(/\s+/g, ' ');
    return maxWidths[i] ? truncate(text, maxWidths[i]) : text;
  }));
  const widths = columnWidths(headers, cells, layout);
  const trims = layout.trim;
  const fitted = cells.map((r, row) => r.map((text, i) => {
    if (displayWidth(text) <= widths[i]) return text;
    const trim = trims?.[i];
    return trim ? trim(text, widths[i], row) : truncate(text, widths[i]);
  }));
  const line = (r: string[]) => r.map((c, i) => {
    const pad = Math.max(0, widths[i] - displayWidth(c));
    return typeof rows[0]?.[i] === 'number' ? ' '.repeat(pad) + c : c + ' '.repeat(pad);
  }).join(' '.repeat(COLUMN_GAP)).trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join(' '.repeat(COLUMN_GAP)), ...fitted.map(line)].join('\n');
}

/** A claim sentence trimmed to `width` around its quantity (found by its text), else cut at the end. */
export function trimSentence(text: string, quantityText: string | null | undefined, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  const at = quantityText ? flat.indexOf(quantityText.replace(/\s+/g, ' ')) : -1;
  return at < 0 ? truncate(flat, width) : trimAround(flat, at, at + quantityText!.replace(/\s+/g, ' ').length, width);
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

/** ANSI colour for people at a terminal; plain text when colours are off (NO_COLOR, a pipe). */
export function paint(enabled: boolean | undefined, colour: 'red' | 'green' | 'dim', text: string): string {
  if (!enabled) return text;
  const code = { red: 31, green: 32, dim: 2 }[colour];
  return `\x1b[${code}m${text}\x1b[0m`;
}
