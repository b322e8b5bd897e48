import { Controller, Get, Header } from '@nestjs/common';
import { PeopleDirectory } from './people-directory';
import { SIMULATOR_PAGE } from './simulator-page';

@Controller()
export class SimulatorController {
  constructor(private readonly people: PeopleDirectory) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  page() {
    return SIMULATOR_PAGE;
  }

  /** The responders from the directory file and the demo reporters, for the simulator's list. */
  @Get('__sandbox/people')
  list() {
    return this.people.list();
  }
}
