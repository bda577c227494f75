const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escape text for HTML element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
/** Wrap the first occurrence of `needle` in <mark>; everything escaped. */
export function highlightOnce(text: string, needle: string | null, className = 'q'): string {
  const at = needle ? text.indexOf(needle) : -1;
  if (!needle || at < 0) return escapeHtml(text);
  return escapeHtml(text.slice(0, at)) + `<mark class="${className}">` + escapeHtml(needle) + '</mark>' + escapeHtml(text.slice(at + needle.length));
}
