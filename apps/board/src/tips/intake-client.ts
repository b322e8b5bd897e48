import { BadGatewayException, BadRequestException, ConflictException, Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { TipSubmission } from '@rescue/contracts';
import { BOARD_CONFIG, BoardConfig } from '../config';

/** Intake's operator API, called with the operator key the board holds (browsers never see it). */
@Injectable()
export class IntakeClient {
  constructor(@Inject(BOARD_CONFIG) private readonly config: BoardConfig) {}

  /** `{tipId}` once JetStream stored the tip. The idempotency key makes a retried submit file one tip. */
  async submitTip(tip: TipSubmission, idempotencyKey: string): Promise<{ tipId: string }> {
    let res: Response;
    try {
      res = await fetch(new URL('/v1/tips', this.config.INTAKE_URL), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${this.config.OPERATOR_API_KEY}`,
          'idempotency-key': idempotencyKey,
        },
        body: JSON.stringify(tip),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (err) {
      throw new ServiceUnavailableException(`intake did not answer (${(err as Error).message}); the tip was not filed, try again`);
    }
    const body = (await res.json().catch(() => ({}))) as { tipId?: string; message?: string | string[] };
    if (res.status === 202 && body.tipId) return { tipId: body.tipId };
    const message = Array.isArray(body.message) ? body.message.join('; ') : (body.message ?? `HTTP ${res.status}`);
    if (res.status === 400 || res.status === 413) throw new BadRequestException(message);
    if (res.status === 409) throw new ConflictException(message);
    if (res.status === 503) throw new ServiceUnavailableException(`${message}; the tip was not filed, try again`);
    // 401 means the board's OPERATOR_API_KEY is not intake's: a configuration error, not the user's.
    throw new BadGatewayException(`intake refused the tip (${res.status}: ${message})`);
  }
}
