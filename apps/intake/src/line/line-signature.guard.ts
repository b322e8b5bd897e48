import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import { verifyLineSignature } from '@rescue/channels';
import { INTAKE_CONFIG, IntakeConfig } from '../config';

/**
 * Refuses any LINE webhook whose x-line-signature is not the HMAC of the exact bytes received
 * (`rawBody`: re-serialised JSON would not match). Nothing is read from an unsigned body.
 */
@Injectable()
export class LineSignatureGuard implements CanActivate {
  constructor(@Inject(INTAKE_CONFIG) private readonly config: IntakeConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<RawBodyRequest<Request>>();
    const signature = req.headers['x-line-signature'];
    const ok = typeof signature === 'string' && !!req.rawBody && verifyLineSignature(this.config.LINE_CHANNEL_SECRET, req.rawBody, signature);
    if (!ok) throw new UnauthorizedException('invalid x-line-signature');
    return true;
  }
}
