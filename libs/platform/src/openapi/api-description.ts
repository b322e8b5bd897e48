import { Inject, Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { docsPage } from './docs-page';
import { ApiDescriptionOptions, openApiDocument } from './openapi-document';
import { routeTable } from './route-table';

export const API_DESCRIPTION_OPTIONS = Symbol('API_DESCRIPTION_OPTIONS');

/** The app's OpenAPI document and docs page, built once on first request (the routes are fixed by then). */
@Injectable()
export class ApiDescription {
  private built?: { document: Record<string, unknown>; page: string };

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    @Inject(API_DESCRIPTION_OPTIONS) private readonly options: ApiDescriptionOptions,
  ) {}

  document(): Record<string, unknown> {
    return this.build().document;
  }

  page(): string {
    return this.build().page;
  }

  private build() {
    if (!this.built) {
      const document = openApiDocument(routeTable(this.discovery, this.scanner), this.options);
      this.built = { document, page: docsPage(document) };
    }
    return this.built;
  }
}
