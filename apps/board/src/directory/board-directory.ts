import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { Directory, DirectoryEdits, layerDirectoryEdits, LayeredDirectory, parseDirectory } from '@rescue/domain';
import { Database, directoryVersion, Queryable, readDirectoryEdits } from '@rescue/persistence';
import { BOARD_CONFIG, BoardConfig } from '../config';

export interface DirectoryState extends LayeredDirectory {
  version: string;
  /** The stored edits the state was layered from. */
  edits: DirectoryEdits;
  /** The directory file alone, without the board's edits. */
  file: Directory;
}

/**
 * The directory as dispatch sees it: DIRECTORY_FILE with the edits stored in PostgreSQL on top.
 * The file is read once; the edits are read again whenever their version changed (one cheap query
 * per request), so every board replica answers with the latest edit.
 */
@Injectable()
export class BoardDirectory implements OnModuleInit {
  private readonly logger = new Logger(BoardDirectory.name);
  private file!: Directory;
  private cached?: DirectoryState;

  constructor(
    @Inject(BOARD_CONFIG) private readonly config: BoardConfig,
    @Inject(Database) private readonly db: Database,
  ) {}

  onModuleInit() {
    this.file = parseDirectory(readFileSync(this.config.DIRECTORY_FILE, 'utf8'), this.config.DIRECTORY_FILE);
  }

  async current(): Promise<DirectoryState> {
    const version = await directoryVersion(this.db.pool);
    if (this.cached?.version === version) return this.cached;
    this.cached = await this.read(this.db.pool);
    for (const p of this.cached.problems) this.logger.warn(`directory edit left out: ${p.edit}: ${p.field}: ${p.message}`);
    return this.cached;
  }

  /** Reads the edits through `db` (inside an edit's transaction, after its lock). */
  async read(db: Queryable): Promise<DirectoryState> {
    const { version, edits } = await readDirectoryEdits(db);
    return { version, edits, file: this.file, ...layerDirectoryEdits(this.file, edits) };
  }

  /** The directory as it would be with `edits` (to validate an edit before storing it). */
  layer(edits: DirectoryEdits): LayeredDirectory {
    return layerDirectoryEdits(this.file, edits);
  }
}
