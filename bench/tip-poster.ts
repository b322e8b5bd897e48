import { Agent, request } from 'node:http';

/**
 * Posts tips the way a busy operator API client would: node:http over kept-alive connections. fetch
 * cost the bench process about twice the CPU per tip, and the bench shares the machine with the
 * system it measures.
 */
export class TipPoster {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });

  constructor(
    private readonly intakeUrl: string,
    private readonly apiKey: string,
  ) {}

  /** The status and the tip id of a 202. */
  post(tip: object): Promise<{ status: number; tipId?: string }> {
    const body = JSON.stringify(tip);
    return new Promise((resolve, reject) => {
      const req = request(
        `${this.intakeUrl}/v1/tips`,
        {
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${this.apiKey}` },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, tipId: res.statusCode === 202 ? (JSON.parse(text) as { tipId: string }).tipId : undefined }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
