/** The redacted summary that alerts carry: what kind of case, never names or contacts. */
export function summarise(indicators: string[], minors: boolean, crossBorder: string | null): string {
  const parts = [...new Set([...(minors ? ['minors'] : []), ...indicators])];
  if (crossBorder) parts.push(`cross-border ${crossBorder}`);
  return parts.length ? parts.join(', ') : 'tip received';
}
