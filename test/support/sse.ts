export interface SseEvent {
  event?: string;
  id?: string;
  data?: any;
}

/** Reads the board's `GET /v1/events` (Server-Sent Events) until `enough` holds for what arrived, or the time is up. */
export async function readBoardEvents(
  boardUrl: string,
  token: string,
  lastEventId: string | undefined,
  enough: (events: SseEvent[]) => boolean,
  timeoutMs = 5_000,
): Promise<SseEvent[]> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  const events: SseEvent[] = [];
  try {
    const res = await fetch(`${boardUrl}/v1/events`, {
      headers: { authorization: `Bearer ${token}`, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
      signal: abort.signal,
    });
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event: SseEvent = {};
        for (const line of block.split('\n')) {
          const [field, ...rest] = line.split(': ');
          if (field === 'event') event.event = rest.join(': ');
          if (field === 'id') event.id = rest.join(': ');
          if (field === 'data') event.data = JSON.parse(rest.join(': '));
        }
        if (event.event) events.push(event);
      }
      if (enough(events)) break;
    }
  } catch (err) {
    if (!abort.signal.aborted) throw err;
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
  return events;
}
