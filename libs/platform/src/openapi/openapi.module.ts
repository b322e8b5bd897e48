import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { API_DESCRIPTION_OPTIONS, ApiDescription } from './api-description';
import { OpenApiController } from './openapi.controller';
import { ApiDescriptionOptions } from './openapi-document';

/** GET /v1/openapi.json and GET /v1/docs for the app that imports it, described from its own routes. */
@Module({})
export class OpenApiModule {
  static forRoot(options: ApiDescriptionOptions): DynamicModule {
    return {
      module: OpenApiModule,
      imports: [DiscoveryModule],
      controllers: [OpenApiController],
      providers: [{ provide: API_DESCRIPTION_OPTIONS, useValue: options }, ApiDescription],
    };
  }
}
