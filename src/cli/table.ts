// Plain-text tables for people. Width counts East Asian wide characters as two columns so CJK text lines up.

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Cuts text to a display width, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = WIDE.test(ch) ? 2 : 1;
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

export function formatTable(headers: string[], rows: Array<Array<string | number | null | undefined>>, maxWidths: number[] = []): string {
  const cells = rows.map((r) => r.map((c, i) => {
    const text = c === null || c === undefined ? '' : String(c).replace(/\s+/g, ' ');
    return maxWidths[i] ? truncate(text, maxWidths[i]) : text;
  }));
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) => r.map((c, i) => {
    const pad = widths[i] - displayWidth(c);
    return typeof rows[0]?.[i] === 'number' ? ' '.repeat(pad) + c : c + ' '.repeat(pad);
  }).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
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
