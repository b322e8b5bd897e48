import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { verifyTwilioSignature } from '@rescue/channels';
import { INTAKE_CONFIG, IntakeConfig } from '../config';

/**
 * Refuses any Twilio webhook whose X-Twilio-Signature does not match, computed as Twilio does over
 * the public URL it called (INTAKE_PUBLIC_URL + path and query) and the form parameters.
 */
@Injectable()
export class TwilioSignatureGuard implements CanActivate {
  constructor(@Inject(INTAKE_CONFIG) private readonly config: IntakeConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const signature = req.headers['x-twilio-signature'];
    const ok =
      typeof signature === 'string' &&
      verifyTwilioSignature({
        authToken: this.config.TWILIO_AUTH_TOKEN,
        url: `${this.config.INTAKE_PUBLIC_URL.replace(/\/$/, '')}${req.originalUrl}`,
        params: (req.body ?? {}) as Record<string, string>,
        signature,
      });
    if (!ok) throw new ForbiddenException('invalid X-Twilio-Signature');
    return true;
  }
}
