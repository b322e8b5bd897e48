import { initial } from './001-initial';

export interface Migration {
  version: string;
  sql: string;
}

/** In order. Never edit a migration that has shipped; add the next one. */
export const migrations: Migration[] = [initial];
