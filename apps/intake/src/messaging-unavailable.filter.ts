import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { MessagingUnavailableError } from '@rescue/messaging';

/** NATS is down: the tip was not stored, so tell the caller to retry rather than pretend. */
@Catch(MessagingUnavailableError)
export class MessagingUnavailableFilter implements ExceptionFilter {
  catch(_err: MessagingUnavailableError, host: ArgumentsHost) {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(503)
      .setHeader('Retry-After', '5')
      .json({ statusCode: 503, error: 'Service Unavailable', message: 'the tip could not be stored yet; retry shortly' });
  }
}
