import { HttpException, Inject, Injectable } from '@nestjs/common';
import { HttpAnswer, httpRequest } from '@rescue/platform';
import { SANDBOX_CONFIG, SandboxConfig } from '../config';

/** Intake's answer to a webhook, passed back to whoever asked the sandbox to send it. */
export interface IntakeAnswer {
  status: number;
  contentType: string | null;
  body: unknown;
}

/** Delivers a signed webhook to intake and reports its answer; an unreachable intake is a 502. */
@Injectable()
export class IntakePoster {
  constructor(@Inject(SANDBOX_CONFIG) private readonly config: SandboxConfig) {}

  async post(path: string, body: string, headers: Record<string, string>): Promise<IntakeAnswer> {
    const url = `${this.config.SANDBOX_INTAKE_URL.replace(/\/+$/, '')}${path}`;
    let res: HttpAnswer;
    try {
      res = await httpRequest(url, { method: 'POST', headers, body, timeoutMs: 15_000 });
    } catch (err) {
      throw new HttpException({ message: `intake did not answer at ${url}: ${(err as Error).message}` }, 502);
    }
    const contentType = res.headers['content-type'] ?? null;
    const { text } = res;
    return { status: res.status, contentType, body: contentType?.includes('json') && text ? safeJson(text) : text };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
