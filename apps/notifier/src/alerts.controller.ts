import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { AlertRaised, Subjects } from '@rescue/contracts';
import { DeliveryQueues } from './deliveries/delivery-queues';

@Controller()
export class AlertsController {
  constructor(private readonly queues: DeliveryQueues) {}

  /** Acked once the delivery job is in Redis; the queue owns retries from there. */
  @EventPattern(Subjects.alertRaised)
  raised(@Payload() alert: AlertRaised) {
    return this.queues.enqueue(alert);
  }
}
