import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Database } from './database';

@Injectable()
class DatabaseCloser implements OnApplicationShutdown {
  constructor(@Inject(Database) private readonly db: Database) {}
  onApplicationShutdown() {
    return this.db.close();
  }
}

@Global()
@Module({})
export class PersistenceModule {
  static forRoot(databaseUrl: string, poolSize = 10): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [{ provide: Database, useFactory: () => new Database(databaseUrl, poolSize) }, DatabaseCloser],
      exports: [Database],
    };
  }
}
