import { Controller, DynamicModule, Get, Header, HttpException, HttpStatus, Inject, Module, Optional } from '@nestjs/common';
import { Registry } from 'prom-client';
import { APP_METRICS, METRICS_CONTENT_TYPE, metricsText } from './app-metrics';
import { DefaultMetrics } from './default-metrics';
import { Public } from './http/public-route';
import { Summary } from './openapi/route-summary';

export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

/** `/healthz` (the process runs) and `/readyz` (its dependencies answer), for load balancers and probes. */
@Public()
@Controller()
export class HealthController {
  constructor(@Optional() @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[] = []) {}

  @Get('healthz')
  @Summary('Whether the process runs')
  health() {
    return { status: 'ok' };
  }

  @Get('readyz')
  @Summary('Whether its dependencies answer (503 naming the one that does not)')
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
}

/** `/metrics` (Prometheus), for apps whose only port is their health port. */
@Public()
@Controller()
export class MetricsController {
  constructor(@Optional() @Inject(APP_METRICS) private readonly app?: Registry) {}

  @Get('metrics')
  @Header('Content-Type', METRICS_CONTENT_TYPE)
  metrics() {
    return metricsText(this.app);
  }
}

/** Health and readiness only: board and intake serve metrics on a separate health port (serveMetrics). */
@Module({ controllers: [HealthController], providers: [DefaultMetrics] })
export class HealthModule {}

/** Health, readiness and metrics on one port: the event services and the sandbox. */
@Module({ controllers: [HealthController, MetricsController], providers: [DefaultMetrics] })
export class HealthAndMetricsModule {
  /** With the app's own metrics beside the process's. */
  static serving(app: Registry): DynamicModule {
    return { module: HealthAndMetricsModule, providers: [{ provide: APP_METRICS, useValue: app }] };
  }
}
