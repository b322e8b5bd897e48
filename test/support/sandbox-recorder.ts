import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query, as received. */
  url: string;
  headers: IncomingMessage['headers'];
  rawBody: Buffer;
}

export interface RecorderAnswer {
  status: number;
  contentType?: string;
  body?: string;
}

/**
 * A small HTTP listener standing in for intake: records every request with its raw bytes (signatures
 * are over exact bytes) and answers as told.
 */
export class RequestRecorder {
  readonly requests: RecordedRequest[] = [];
  answer: (req: RecordedRequest) => RecorderAnswer = () => ({ status: 200, contentType: 'application/json', body: '{}' });
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, rawBody: Buffer.concat(chunks) };
        this.requests.push(recorded);
        const a = this.answer(recorded);
        res.writeHead(a.status, a.contentType ? { 'content-type': a.contentType } : {});
        res.end(a.body ?? '');
      });
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  /** Requests whose path starts with `path`, waiting until at least `count` arrived. */
  async waitFor(path: string, count = 1, timeoutMs = 5000): Promise<RecordedRequest[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.requests.filter((r) => r.url.startsWith(path));
      if (found.length >= count) return found;
      if (Date.now() > deadline) throw new Error(`expected ${count} request(s) to ${path}, got ${found.length}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  clear(): void {
    this.requests.length = 0;
  }

  close(): Promise<void> {
    return new Promise((done) => (this.server ? this.server.close(() => done()) : done()));
  }
}

export const formOf = (req: RecordedRequest) => Object.fromEntries(new URLSearchParams(req.rawBody.toString('utf8')));
