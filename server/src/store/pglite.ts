// Embedded PostgreSQL (PGlite, compiled to WASM) in a data folder: the default, no server needed.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Db } from './db';

export async function openPglite(dataDir: string): Promise<Db> {
  mkdirSync(dataDir, { recursive: true });
  // Every statement is synced to the folder before its promise resolves (PGlite's default
  // durability), so an acknowledged write survives the process being killed.
  const pg = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    query: async (sql, params) => pg.query(sql, params),
    transaction: (work) => pg.transaction((tx) => work({ query: (sql, params) => tx.query(sql, params) })),
    close: () => pg.close(),
  };
}
