import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../http/public-route';
import { ApiDescription } from './api-description';
import { DOCS_PAGE_CSP } from './docs-page';
import { Summary } from './route-summary';

/** The API description, open to anyone: it holds no data, only what the routes take and answer. */
@Public()
@Controller('v1')
export class OpenApiController {
  constructor(private readonly description: ApiDescription) {}

  @Get('openapi.json')
  @Summary('This API described as OpenAPI 3.1')
  document() {
    return this.description.document();
  }

  @Get('docs')
  @Summary('This API described as a page to read')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', DOCS_PAGE_CSP)
  page() {
    return this.description.page();
  }
}
