// Schema of the event store, applied in order; each step runs once and is recorded.
import type { Db } from './db';

const MIGRATIONS: readonly string[] = [
  `create table exercises (
     id text primary key,
     code text not null unique,
     title text not null,
     scenario_id text not null,
     control_key_hash text not null,
     created_at timestamptz not null
   );
   create table events (
     exercise_id text not null references exercises(id),
     seq integer not null,
     type text not null,
     payload jsonb not null,
     recorded_at timestamptz not null,
     primary key (exercise_id, seq)
   );`,
  // Snapshots per turn (ADR 0012): the state as JSON text, so its digest covers the exact bytes.
  `create table snapshots (
     exercise_id text not null references exercises(id),
     seq integer not null,
     rules_version text not null,
     digest text not null,
     state text not null,
     recorded_at timestamptz not null,
     primary key (exercise_id, seq)
   );`,
  // Who acted, so Control's "last acted" per seat survives a restart (the log's payloads stay as they were).
  `alter table events add column acted_by text`,
  // Which exercises have bots and have not ended, found at start-up without reading every event:
  // only those two rare kinds of event are indexed, so appends of the others cost nothing more.
  `create index events_bots_and_ends on events (exercise_id, type)
     where type in ('seatHandedToBot', 'exerciseEnded')`,
  // The review's finished delay-cost analyses (ADR 0027), so the review and the report find the last
  // one after a restart and on every process: keyed by the exercise, the log length it read and its
  // seeds; its parameters and assumptions alongside, the result as the JSON the worker made.
  `create table delay_cost_analyses (
     id text primary key,
     exercise_id text not null references exercises(id),
     log_length integer not null,
     seeds integer not null,
     rules_version text not null,
     stopped_early boolean not null,
     parameters jsonb not null,
     assumptions jsonb not null,
     result text not null,
     finished_at timestamptz not null,
     unique (exercise_id, log_length, seeds)
   );
   create index delay_cost_analyses_latest on delay_cost_analyses (exercise_id, finished_at)`,
];

/** Any fixed number: every process that migrates this database waits on the same lock. */
const MIGRATION_LOCK = 1_600_016;

/**
 * Brings the schema up to date in one transaction. On PostgreSQL it first takes an advisory lock,
 * so processes migrating one fresh database at once take turns and the later ones find the work
 * done (PostgreSQL's DDL is transactional); the embedded database has one process anyway.
 */
export async function migrate(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      'create table if not exists schema_migrations (version integer primary key, applied_at timestamptz not null)',
    );
    const { rows } = await tx.query<{ version: number }>('select version from schema_migrations');
    const applied = new Set(rows.map((row) => Number(row.version)));
    for (const [index, sql] of MIGRATIONS.entries()) {
      const version = index + 1;
      if (applied.has(version)) continue;
      for (const statement of sql
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)) {
        await tx.query(statement);
      }
      await tx.query('insert into schema_migrations (version, applied_at) values ($1, now())', [version]);
    }
  });
}
