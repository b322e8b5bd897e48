import { SetMetadata } from '@nestjs/common';

export const ROUTE_SUMMARY = 'openapi:summary';

/** The one line the API description shows for a route (its doc comment stays for the code's reader). */
export const Summary = (text: string) => SetMetadata(ROUTE_SUMMARY, text);
