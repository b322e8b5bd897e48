import { createServer, Server } from 'node:http';
import { Registry } from 'prom-client';
import { METRICS_CONTENT_TYPE, metricsText } from '../app-metrics';

/**
 * `/metrics` and `/healthz` on a port of their own, for the apps whose main port faces the internet
 * (board, intake): what the process counts (queue depths, error rates) is for the operator's
 * Prometheus, not for anyone who can reach the API. Binds 127.0.0.1 unless told otherwise.
 */
export async function serveMetrics(port: number, host: string, app?: Registry): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/metrics') {
      metricsText(app).then(
        (text) => res.writeHead(200, { 'Content-Type': METRICS_CONTENT_TYPE, 'Cache-Control': 'no-store' }).end(text),
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

/** Stops a server from serveMetrics: no new connections, and the idle ones (a scraper's keep-alive) dropped. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((done, fail) => {
    server.close((err) => (err ? fail(err) : done()));
    server.closeIdleConnections();
  });
}
