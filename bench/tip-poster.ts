import { httpRequest, keepAliveAgents } from '../libs/platform/src/http-request';

/**
 * Posts tips the way a busy operator API client would: node:http over kept-alive connections. fetch
 * cost the bench process about twice the CPU per tip, and the bench shares the machine with the
 * system it measures.
 */
export class TipPoster {
  private readonly agents = keepAliveAgents(64);

  constructor(
    private readonly intakeUrl: string,
    private readonly apiKey: string,
  ) {}

  /** The status and the tip id of a 202. */
  async post(tip: object): Promise<{ status: number; tipId?: string }> {
    const { status, text } = await httpRequest(`${this.intakeUrl}/v1/tips`, {
      method: 'POST',
      agents: this.agents,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.apiKey}` },
      body: JSON.stringify(tip),
      timeoutMs: 60_000,
    });
    return { status, tipId: status === 202 ? (JSON.parse(text) as { tipId: string }).tipId : undefined };
  }

  close(): void {
    this.agents.http.destroy();
  }
}
