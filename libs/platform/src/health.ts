import { Controller, Get, Header, HttpException, HttpStatus, Inject, Module, Optional } from '@nestjs/common';
import { collectDefaultMetrics, register } from 'prom-client';

export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

collectDefaultMetrics();

/** `/healthz` (the process runs), `/readyz` (its dependencies answer), `/metrics` (Prometheus). */
@Controller()
export class HealthController {
  constructor(@Optional() @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[] = []) {}

  @Get('healthz')
  health() {
    return { status: 'ok' };
  }

  @Get('readyz')
  async ready() {
    const results = await Promise.all(
      this.checks.map(async (c) => {
        try {
          await c.check();
          return [c.name, 'ok'] as const;
        } catch (err) {
          return [c.name, (err as Error).message] as const;
        }
      }),
    );
    const body = { status: results.every(([, r]) => r === 'ok') ? 'ok' : 'unavailable', checks: Object.fromEntries(results) };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }

  @Get('metrics')
  @Header('Content-Type', register.contentType)
  metrics() {
    return register.metrics();
  }
}

@Module({ controllers: [HealthController] })
export class HealthModule {}
