import type pg from 'pg'

/**
 * The PostgreSQL schema, as numbered steps. Every instance runs them at start
 * under one advisory lock, so instances starting together apply each step
 * once; a step already recorded in schema_migrations is skipped. Steps are
 * only ever appended: a released step is never edited.
 */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'documents, metadata, versions',
    sql: `
      -- A document is its compacted snapshot plus the updates appended since.
      CREATE TABLE docs (
        name text PRIMARY KEY,
        snapshot bytea NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE doc_updates (
        id bigserial PRIMARY KEY,
        name text NOT NULL,
        data bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX doc_updates_by_name ON doc_updates (name, id);

      -- Users, sessions, boards, members, reads: one row per record, kept in
      -- the order the application holds them (ord), the record as JSON.
      CREATE TABLE meta_records (
        kind text NOT NULL,
        key text NOT NULL,
        ord bigint NOT NULL,
        record jsonb NOT NULL,
        PRIMARY KEY (kind, key)
      );
      -- Bumped by every metadata change; instances reload when it moves.
      CREATE TABLE meta_revision (
        id integer PRIMARY KEY CHECK (id = 1),
        rev bigint NOT NULL
      );
      INSERT INTO meta_revision VALUES (1, 0);

      CREATE TABLE versions (
        board_id text NOT NULL,
        id text NOT NULL,
        seq bigserial,
        info jsonb NOT NULL,
        plan bytea NOT NULL,
        report bytea NOT NULL,
        frozen text,
        PRIMARY KEY (board_id, id)
      );
      CREATE TABLE version_authors (
        board_id text NOT NULL,
        minute timestamptz NOT NULL,
        login text NOT NULL,
        PRIMARY KEY (board_id, minute, login)
      );
    `,
  },
  {
    version: 2,
    name: 'audit log',
    sql: `
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        event jsonb NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'authorship by part',
    sql: `
      -- Which plan item or report section each person changed in a minute (shared/review/touchedParts.ts).
      CREATE TABLE version_parts (
        board_id text NOT NULL,
        minute timestamptz NOT NULL,
        login text NOT NULL,
        part text NOT NULL,
        PRIMARY KEY (board_id, minute, login, part)
      );
    `,
  },
]

/** Advisory lock keys (first int of the two-int form): one class per purpose. */
export const LockClass = {
  migrations: 7701,
  meta: 7702,
  document: 7703,
  startup: 7704,
} as const

/** Applies the steps not yet recorded; safe to run from many instances at once. */
export async function migrate (pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect()
  const applied: number[] = []
  try {
    await client.query('SELECT pg_advisory_lock($1, 0)', [LockClass.migrations])
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`)
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(r => r.version))
      for (const step of MIGRATIONS) {
        if (done.has(step.version)) continue
        await client.query('BEGIN')
        try {
          await client.query(step.sql)
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name])
          await client.query('COMMIT')
        } catch (error) {
          await client.query('ROLLBACK')
          throw error
        }
        applied.push(step.version)
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, 0)', [LockClass.migrations])
    }
  } finally {
    client.release()
  }
  return applied
}
