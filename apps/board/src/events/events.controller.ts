import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import { Summary } from '@rescue/platform';
import type { Response } from 'express';
import { AuthedRequest } from '../auth/authed-request';
import { factsOf } from './board-event';
import { EventAudience } from './event-audience';
import { formatCursor, parseCursor } from './event-cursor';
import { LiveEventFeed } from './live-event-feed';
import { LIVE_STREAMS } from './live-streams';

const RETRY_MS = 2_000;
const HEARTBEAT_MS = 15_000;

/**
 * `GET /v1/events`: Server-Sent Events for the console (the session cookie authenticates it). Each
 * event's `id:` is the stream cursor, so a browser that reconnects with `Last-Event-ID` is replayed
 * what it missed. Events: `ready` (the stream is live; load the board now), `change` (an incident changed).
 */
@Controller('v1/events')
export class EventsController {
  private readonly logger = new Logger(EventsController.name);

  constructor(
    private readonly feed: LiveEventFeed,
    private readonly audience: EventAudience,
  ) {}

  @Get()
  @Summary('Live incident changes as Server-Sent Events (Last-Event-ID resumes)')
  async stream(@Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    res.status(200).set({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no', // a proxy (nginx) must not hold events back
    });
    res.flushHeaders();
    res.write(`retry: ${RETRY_MS}\n\n`);
    const names = LIVE_STREAMS.map((s) => s.name);
    const from = parseCursor(req.header('last-event-id') ?? (req.query.lastEventId as string | undefined), names);

    let subscription;
    try {
      subscription = await this.feed.open(from);
    } catch (err) {
      // A 200 that ends makes EventSource retry after `retry:`; an error status would stop it for good.
      res.end(`: live stream unavailable (${(err as Error).message}); retrying\n\n`);
      return;
    }
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      subscription.close();
    });
    res.write(`event: ready\nid: ${formatCursor(subscription.cursor)}\ndata: ${JSON.stringify({ replaying: Boolean(from) })}\n\n`);
    try {
      for await (const message of subscription) {
        const events = (await Promise.all(factsOf(message).map((fact) => this.audience.eventFor(req.user, fact)))).filter((e) => e !== undefined);
        const id = `id: ${formatCursor(subscription.cursor)}\n`;
        // An event the user may not see still moves their cursor (an `id:` alone dispatches nothing).
        res.write(events.length ? events.map((event) => `${id}event: change\ndata: ${JSON.stringify(event)}\n\n`).join('') : `${id}\n`);
      }
    } catch (err) {
      this.logger.warn(`live stream for ${req.user.email} ended: ${(err as Error).message}`);
    } finally {
      clearInterval(heartbeat);
      subscription.close();
      res.end();
    }
  }
}
