import { Agent, IncomingHttpHeaders, request as httpRequestOf } from 'node:http';
import { request as httpsRequestOf } from 'node:https';

export interface HttpRequest {
  method: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Keep-alive pool; the global agents (keep-alive since Node 19) when unset. */
  agent?: Agent;
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
  const send = target.protocol === 'https:' ? httpsRequestOf : httpRequestOf;
  const headers = req.body === undefined ? req.headers : { ...req.headers, 'content-length': String(Buffer.byteLength(req.body)) };
  return new Promise((resolve, reject) => {
    const request = send(target, { method: req.method, headers, timeout: req.timeoutMs, ...(req.agent ? { agent: req.agent } : {}) }, (res) => {
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
