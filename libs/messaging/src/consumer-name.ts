/**
 * The durable consumer for one service and one subject pattern: `dispatch` + `incidents.opened` is
 * `dispatch-incidents-opened`. Durable names may not contain `.`, `*`, `>` or whitespace.
 */
export function consumerName(prefix: string, pattern: string): string {
  return `${prefix}-${pattern}`
    .replace(/\./g, '-')
    .replace(/\*/g, 'any')
    .replace(/>/g, 'all')
    .replace(/\s/g, '_');
}
