/**
 * Where a browser is in each live stream, as its SSE `id:`: `INCIDENTS:12,ALERTS:40,REPLIES:3,DEADLETTER:0`.
 * The board reads several streams and sequences are per stream, so one number cannot say it; the browser
 * sends it back as `Last-Event-ID` when it reconnects and the board replays from there.
 */
export type EventCursor = Readonly<Record<string, number>>;

export function formatCursor(cursor: EventCursor): string {
  return Object.entries(cursor)
    .map(([stream, seq]) => `${stream}:${seq}`)
    .join(',');
}

/** Undefined for a missing or malformed id: the browser then starts from now. Unknown streams are ignored. */
export function parseCursor(text: string | undefined, streams: readonly string[]): EventCursor | undefined {
  if (!text) return undefined;
  const cursor: Record<string, number> = {};
  for (const part of text.split(',')) {
    const match = /^([A-Z0-9_-]+):(\d{1,15})$/.exec(part.trim());
    if (!match) return undefined;
    if (streams.includes(match[1])) cursor[match[1]] = Number(match[2]);
  }
  return streams.every((s) => s in cursor) ? cursor : undefined;
}
