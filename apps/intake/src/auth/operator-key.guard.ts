import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { INTAKE_CONFIG, IntakeConfig } from '../config';

/** Operator API: `Authorization: Bearer <OPERATOR_API_KEY>`, compared in constant time. */
@Injectable()
export class OperatorKeyGuard implements CanActivate {
  private readonly expected: Buffer;

  constructor(@Inject(INTAKE_CONFIG) config: IntakeConfig) {
    this.expected = Buffer.from(config.OPERATOR_API_KEY);
  }

  canActivate(context: ExecutionContext): boolean {
    const header = context.switchToHttp().getRequest<Request>().headers.authorization ?? '';
    const presented = Buffer.from(header.replace(/^Bearer\s+/i, ''));
    if (presented.length === this.expected.length && timingSafeEqual(presented, this.expected)) return true;
    throw new UnauthorizedException('a valid operator API key is required (Authorization: Bearer <key>)');
  }
}
