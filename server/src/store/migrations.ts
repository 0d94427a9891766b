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
];

export async function migrate(db: Db): Promise<void> {
  await db.query(
    'create table if not exists schema_migrations (version integer primary key, applied_at timestamptz not null)',
  );
  const { rows } = await db.query<{ version: number }>('select version from schema_migrations');
  const applied = new Set(rows.map((row) => Number(row.version)));
  for (const [index, sql] of MIGRATIONS.entries()) {
    const version = index + 1;
    if (applied.has(version)) continue;
    await db.transaction(async (tx) => {
      for (const statement of sql
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)) {
        await tx.query(statement);
      }
      await tx.query('insert into schema_migrations (version, applied_at) values ($1, now())', [version]);
    });
  }
}
