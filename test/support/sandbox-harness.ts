import { AddressInfo } from 'node:net';
import { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@rescue/platform';
import { SandboxConfig } from '../../apps/sandbox/src/config';
import { createSandboxApp } from '../../apps/sandbox/src/create-sandbox-app';
import { e2eEnv } from './e2e-env';

export interface RunningSandbox {
  url: string;
  config: SandboxConfig;
  app: NestExpressApplication;
  close(): Promise<void>;
  /** JSON helpers against the sandbox's own endpoints. */
  get<T = any>(path: string): Promise<{ status: number; body: T }>;
  post<T = any>(path: string, body: unknown): Promise<{ status: number; body: T }>;
  del(path: string): Promise<number>;
}

/** The sandbox Nest app in this process, on a random port, with the development credentials. */
export async function startSandbox(overrides: Record<string, string> = {}): Promise<RunningSandbox> {
  const config = loadConfig(SandboxConfig, { ...e2eEnv(), ...overrides });
  const app = await createSandboxApp(config, { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const json = async (res: Response) => {
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  return {
    url,
    config,
    app,
    close: () => app.close(),
    get: (path) => fetch(url + path).then(json),
    post: (path, body) => fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(json),
    del: (path) => fetch(url + path, { method: 'DELETE' }).then((r) => r.status),
  };
}
