import { Agent as HttpAgent, IncomingHttpHeaders, request as httpRequestOf } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequestOf } from 'node:https';

/** A client's own keep-alive connection pools, one per protocol (the request picks by its URL). */
export interface KeepAliveAgents {
  http: HttpAgent;
  https: HttpsAgent;
}

/** Pools for a client that calls one API many times, at most `maxSockets` connections each. */
export function keepAliveAgents(maxSockets: number): KeepAliveAgents {
  return { http: new HttpAgent({ keepAlive: true, maxSockets }), https: new HttpsAgent({ keepAlive: true, maxSockets }) };
}

export interface HttpRequest {
  method: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Keep-alive pools; the global agents (keep-alive since Node 19, unbounded) when unset. */
  agents?: KeepAliveAgents;
}

export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/**
 * One HTTP(S) request with its whole answer read as text. node:http rather than fetch where a
 * request is made per page or per tip: fetch (web streams, abort signals) cost several times the CPU
 * per request on this 2-core machine. A timeout rejects with code ETIMEDOUT.
 */
export function httpRequest(url: string | URL, req: HttpRequest): Promise<HttpAnswer> {
  const target = typeof url === 'string' ? new URL(url) : url;
  const https = target.protocol === 'https:';
  const send = https ? httpsRequestOf : httpRequestOf;
  const agent = req.agents && (https ? req.agents.https : req.agents.http);
  const headers = req.body === undefined ? req.headers : { ...req.headers, 'content-length': String(Buffer.byteLength(req.body)) };
  return new Promise((resolve, reject) => {
    const request = send(target, { method: req.method, headers, timeout: req.timeoutMs, ...(agent ? { agent } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    request.on('timeout', () => request.destroy(Object.assign(new Error(`no answer in ${req.timeoutMs} ms`), { code: 'ETIMEDOUT' })));
    request.on('error', reject);
    request.end(req.body);
  });
}
