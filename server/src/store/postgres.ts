// A real PostgreSQL server, used when DATABASE_URL is set; same SQL as the embedded default.
import pg from 'pg';
import type { Db, Queryable } from './db';

// pg's rows are untyped records; the store names their shape at each call.
const asQueryable = (target: pg.Pool | pg.PoolClient): Queryable['query'] =>
  (async (sql: string, params?: unknown[]) => target.query(sql, params)) as Queryable['query'];

export async function openPostgres(connectionString: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  await pool.query('select 1');
  return {
    kind: 'postgres',
    query: asQueryable(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({ query: asQueryable(client) });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
