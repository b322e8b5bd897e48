import type { Type } from '@nestjs/common';
import { GUARDS_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { ApiDescriptionOptions, PUBLIC_ROUTE, RouteEntry } from '@rescue/platform';
import { BEFORE_SECOND_FACTOR, ROLES } from './auth/auth.guard';
import { BoardUser } from './auth/sessions';
import { IncidentVisible } from './incidents/incident-visible.guard';

const reflector = new Reflector();
const SESSION = [{ session: [] }, { sessionCookie: [] }];

/**
 * The board's API description. Who may call a route is read from the metadata the AuthGuard decides
 * by (@Public, @Roles, @AllowedBeforeSecondFactor) and from the IncidentVisible guard, so the
 * document says what the guards do.
 */
export const BOARD_API: ApiDescriptionOptions = {
  title: 'Rescue Alert board',
  version: 'v1',
  description:
    'The coordinators\' and responders\' API behind the console: incidents, tips, the on-call directory, users, drills and reports. Log in with POST /v1/auth/login; every other route needs the session it answers. Every body is checked against the schema shown here; a 400 names the field.',
  securitySchemes: {
    session: {
      type: 'http',
      scheme: 'bearer',
      description:
        'The token POST /v1/auth/login answers, as `Authorization: Bearer <token>`. The login asks for the second factor (`code`) once the account has one; an account whose role needs one and has not set it up may use only the routes that set it up (403 `secondFactor: "set-up-required"` elsewhere).',
    },
    sessionCookie: {
      type: 'apiKey',
      in: 'cookie',
      name: 'board_session',
      description: 'The same token as the HttpOnly cookie the login sets (how the console sends it).',
    },
  },
  accessOf(route: RouteEntry) {
    const targets = [route.handler, route.controller];
    if (reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return { security: [], refusals: {} };
    const roles = reflector.getAllAndOverride<BoardUser['role'][] | undefined>(ROLES, targets);
    const beforeSecondFactor = reflector.getAllAndOverride<boolean>(BEFORE_SECOND_FACTOR, targets);
    const guards = [route.controller, route.handler].flatMap((t) => (Reflect.getMetadata(GUARDS_METADATA, t) ?? []) as Type[]);
    const visibility = guards.includes(IncidentVisible);
    const forbidden = [
      roles ? `the role is not one of ${roles.join(', ')}` : '',
      beforeSecondFactor ? '' : 'the account\'s role needs a second factor not set up yet (`secondFactor: "set-up-required"`)',
      visibility ? 'the incident is not shared with the caller\'s organisation' : '',
    ].filter(Boolean);
    return {
      security: SESSION,
      refusals: {
        '401': 'No session, or not a live one (log in: POST /v1/auth/login)',
        ...(forbidden.length ? { '403': `Refused: ${forbidden.join('; or ')}` } : {}),
        ...(visibility ? { '404': 'No such incident' } : {}),
      },
      description: [
        roles ? `Roles: ${roles.join(', ')}.` : 'Any role.',
        beforeSecondFactor ? 'Open before the second factor is set up.' : 'A role that needs a second factor must have set it up.',
      ].join(' '),
    };
  },
};
