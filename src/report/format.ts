// Readable normalized values: "540 billion parameters", "540,000,000 USD".
const SCALE_WORDS: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
export function formatNumber(value: number, unit: string | null): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const isMoney = unit !== null && /^[A-Z]{3}$/.test(unit);
  if (!isMoney && unit !== '%') {
    for (const [scale, word] of SCALE_WORDS) {
      if (Math.abs(value) >= scale) return `${+(value / scale).toPrecision(4)} ${word}${unit ? ' ' + unit : ''}`;
    }
  }
  const digits = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return unit === '%' ? `${digits}%` : unit ? `${digits} ${unit}` : digits;
}
export function formatInterval(value: number | null, low: number | null, high: number | null, unit: string | null): string {
  if (value === null) return '—';
  if (low === null || high === null || (low === value && high === value)) return formatNumber(value, unit);
  return `${formatNumber(value, unit)} (${formatNumber(low, unit)} – ${formatNumber(high, unit)})`;
}
