import { SetMetadata } from '@nestjs/common';

export const ROUTE_ANSWERS = 'openapi:answers';

/** Refusals a handler answers itself (a 409, a 429), beyond those of its guards and its validation, for the API description. */
export const Answers = (answers: Record<string, string>) => SetMetadata(ROUTE_ANSWERS, answers);
