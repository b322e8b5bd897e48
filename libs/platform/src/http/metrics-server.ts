import { createServer, Server } from 'node:http';
import { register } from 'prom-client';

/**
 * `/metrics` and `/healthz` on a port of their own, for the apps whose main port faces the internet
 * (board, intake): what the process counts (queue depths, error rates) is for the operator's
 * Prometheus, not for anyone who can reach the API. Binds 127.0.0.1 unless told otherwise.
 */
export async function serveMetrics(port: number, host: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/metrics') {
      register.metrics().then(
        (text) => res.writeHead(200, { 'Content-Type': register.contentType, 'Cache-Control': 'no-store' }).end(text),
        (err: Error) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end(err.message),
      );
    } else if (req.method === 'GET' && path === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"ok"}');
    } else {
      res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"statusCode":404,"message":"not found"}');
    }
  });
  await new Promise<void>((done, fail) => server.once('error', fail).listen(port, host, done));
  return server;
}
