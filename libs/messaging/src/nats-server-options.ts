/**
 * `NATS_URL` as nats.js takes it: a comma-separated list of servers, and the user and password that a
 * URL may carry (`nats://rescue:secret@nats:4222`, as deploy/nats.conf expects) moved into options,
 * because nats.js does not read credentials from the URL.
 */
export function natsServerOptions(servers: string | string[]): { servers: string[]; user?: string; pass?: string } {
  const list = (Array.isArray(servers) ? servers : servers.split(',')).map((s) => s.trim()).filter(Boolean);
  const withCredentials = list.map((s) => s.match(/^(?:[a-z]+:\/\/)?([^:@/]+):([^@/]*)@/i)).find(Boolean);
  return {
    servers: list.map((s) => s.replace(/^((?:[a-z]+:\/\/)?)[^@/]*@/i, '$1')),
    ...(withCredentials ? { user: decodeURIComponent(withCredentials[1]), pass: decodeURIComponent(withCredentials[2]) } : {}),
  };
}
