import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.js';
import { seed } from './seed.js';

/** The database, whichever driver is behind it: the code above this line does not know. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface OpenedDb {
  db: Db;
  /** `pglite` (embedded, a data folder) or `postgres` (a server at DATABASE_URL). */
  kind: 'pglite' | 'postgres';
  /** Where the data is: the folder, or the server's address without its password. */
  location: string;
  close(): Promise<void>;
}

export interface OpenDbOptions {
  /** A PostgreSQL connection string. Without it the embedded database is used. */
  databaseUrl?: string;
  /** The embedded database's folder, created with its schema on first start. */
  dataDir: string;
  /** The folder with Drizzle's migrations (`drizzle/`). */
  migrationsFolder: string;
}

/**
 * Opens the database, brings its schema up to date with the migrations, and seeds the sample
 * cases. The same migrations and queries run on both drivers.
 */
export async function openDb({
  databaseUrl,
  dataDir,
  migrationsFolder,
}: OpenDbOptions): Promise<OpenedDb> {
  let opened: OpenedDb;
  if (databaseUrl) {
    const { default: pg } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 5 });
    const db = drizzle({ client: pool, schema });
    await migrate(db, { migrationsFolder });
    const url = new URL(databaseUrl);
    url.password = '';
    opened = {
      db: db as unknown as Db,
      kind: 'postgres',
      location: url.toString(),
      close: () => pool.end(),
    };
  } else {
    const folder = resolve(dataDir);
    mkdirSync(folder, { recursive: true });
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const client = new PGlite(folder);
    await client.waitReady;
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder });
    opened = {
      db: db as unknown as Db,
      kind: 'pglite',
      location: folder,
      close: () => client.close(),
    };
  }
  await seed(opened.db);
  return opened;
}
