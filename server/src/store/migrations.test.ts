// Two processes migrating one fresh PostgreSQL database at once both start (ADR 0016): the schema is
// brought up to date under an advisory lock, once.
import { describe, expect, it } from 'vitest';
import { freshPostgresUrl } from '../../../tests/integration/harness';
import { openPostgres } from './postgres';
import { migrate } from './migrations';

describe('migrations', () => {
  it('run once when several processes migrate one fresh database at the same moment', async () => {
    const url = await freshPostgresUrl();
    // Separate pools stand for separate processes: each its own connections to the database.
    const dbs = await Promise.all([0, 1, 2, 3].map(() => openPostgres(url)));
    try {
      const results = await Promise.allSettled(dbs.map((db) => migrate(db)));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
      const { rows } = await dbs[0]!.query<{ version: number }>(
        'select version from schema_migrations order by version',
      );
      const versions = rows.map((r) => Number(r.version));
      expect(versions).toEqual([...new Set(versions)]);
      expect(versions.length).toBeGreaterThan(3);
      await migrate(dbs[1]!);
      expect((await dbs[0]!.query('select version from schema_migrations')).rows).toHaveLength(
        versions.length,
      );
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
    }
  });
});
