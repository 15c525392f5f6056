/**
 * A stand-in for a D1 database with a read replica that lags, for test/d1-session.test.ts: the local D1 has no
 * replicas, so on it every session reads the newest data and a test could not tell a bookmark kept from one ignored.
 *
 * Two real local databases play the primary and the replica. Every write that succeeds on the primary (a statement or
 * a batch) is appended to a replication log; the replica applies the log only when the test calls `catchUp()`, so
 * until then it serves the older data, exactly as a replica far behind. Bookmarks count log entries, written in D1's
 * own form (`00000000-0000000a-00000000-000…`), so they sort as D1's do.
 *
 * Sessions route as D1 documents it: writes always go to the primary; the first read of a `first-primary` session goes
 * to the primary, of a `first-unconstrained` one to the replica (the worst case: the stand-in never picks the
 * primary for it); every later read, and the first of a session started from a bookmark, goes to the replica when the
 * replica has applied at least the session's bookmark, otherwise to the primary (where D1 would pick a replica that
 * has caught up, or wait). Queries outside a session (`binding.prepare`) go to the primary, as without the Sessions
 * API. A statement is a read when it is a SELECT (or a WITH without a write in it); drizzle writes nothing else.
 */

type Method = 'run' | 'all' | 'first' | 'raw';
type LoggedStatement = { sql: string; params: unknown[] };

const isRead = (sql: string) => /^\s*select\b/i.test(sql) || (/^\s*with\b/i.test(sql) && !/\b(insert|update|delete|replace)\b/i.test(sql));

const bookmarkOf = (position: number) => `00000000-${position.toString(16).padStart(8, '0')}-00000000-${'0'.repeat(32)}`;

function positionOf(bookmark: string): number {
  const group = bookmark.split('-')[1];
  const position = group === undefined ? Number.NaN : Number.parseInt(group, 16);
  if (!Number.isInteger(position)) throw new Error(`the stand-in cannot read the bookmark ${bookmark}`);
  return position;
}

class StandInStatement {
  readonly session: StandInSession;
  readonly sql: string;
  readonly params: unknown[];

  constructor(session: StandInSession, sql: string, params: unknown[] = []) {
    this.session = session;
    this.sql = sql;
    this.params = params;
  }

  bind(...values: unknown[]) {
    return new StandInStatement(this.session, this.sql, values);
  }

  first(column?: string) {
    return this.session.runOne(this, 'first', column);
  }

  run() {
    return this.session.runOne(this, 'run');
  }

  all() {
    return this.session.runOne(this, 'all');
  }

  raw(options?: { columnNames?: boolean }) {
    return this.session.runOne(this, 'raw', options);
  }
}

class StandInSession {
  private readonly database: LaggingReplicaDatabase;
  private readonly start: 'first-primary' | 'first-unconstrained' | 'outside-session' | number;
  /** the log position this session has seen; null before its first query */
  private position: number | null;

  constructor(database: LaggingReplicaDatabase, start: StandInSession['start']) {
    this.database = database;
    this.start = start;
    this.position = typeof start === 'number' ? start : null;
  }

  prepare(sql: string) {
    return new StandInStatement(this, sql);
  }

  getBookmark(): string | null {
    return this.position === null ? null : bookmarkOf(this.position);
  }

  private target(statements: LoggedStatement[]): 'primary' | 'replica' {
    if (this.start === 'outside-session' || !statements.every((s) => isRead(s.sql))) return 'primary';
    if (this.position === null) return this.start === 'first-unconstrained' ? 'replica' : 'primary';
    return this.database.replicated >= this.position ? 'replica' : 'primary';
  }

  async runOne(statement: StandInStatement, method: Method, argument?: unknown) {
    return this.execute([statement], async ([real]) => {
      const prepared = real as unknown as Record<Method, (arg?: unknown) => Promise<unknown>>;
      return argument === undefined ? prepared[method].call(real) : prepared[method].call(real, argument);
    });
  }

  async batch(statements: D1PreparedStatement[]) {
    return this.execute(statements.map(ownStatement), (real, db) => db.batch(real));
  }

  private async execute<T>(statements: StandInStatement[], run: (real: D1PreparedStatement[], db: D1Database) => Promise<T>): Promise<T> {
    const logged = statements.map(({ sql, params }) => ({ sql, params }));
    const where = this.target(logged);
    const db = where === 'primary' ? this.database.primary : this.database.replica;
    const result = await run(logged.map(({ sql, params }) => db.prepare(sql).bind(...params)), db);
    // only what succeeded reaches the log: a failed statement or batch changed nothing on the primary
    if (where === 'primary' && !logged.every((s) => isRead(s.sql))) this.database.log.push(logged);
    if (where === 'replica') this.database.replicaReads++;
    const seen = where === 'primary' ? this.database.log.length : this.database.replicated;
    this.position = Math.max(this.position ?? 0, seen);
    return result;
  }
}

function ownStatement(statement: D1PreparedStatement): StandInStatement {
  if (statement instanceof StandInStatement) return statement;
  throw new Error('a statement of another database was passed to the stand-in');
}

export class LaggingReplicaDatabase {
  readonly log: LoggedStatement[][] = [];
  /** log entries the replica has applied */
  replicated = 0;
  /** queries the replica answered, so a test can tell that it really read from the replica */
  replicaReads = 0;

  readonly primary: D1Database;
  readonly replica: D1Database;

  constructor(primary: D1Database, replica: D1Database) {
    this.primary = primary;
    this.replica = replica;
  }

  /** The replica applies every write the primary has logged, in order. */
  async catchUp() {
    for (; this.replicated < this.log.length; this.replicated++) {
      const entry = this.log[this.replicated]!;
      await this.replica.batch(entry.map(({ sql, params }) => this.replica.prepare(sql).bind(...params)));
    }
  }

  /** What the app gets as `env.DB`: the stand-in's statements are not D1's classes, hence the one cast. */
  binding(): D1Database {
    const outside = new StandInSession(this, 'outside-session');
    const binding = {
      prepare: (sql: string) => outside.prepare(sql),
      batch: (statements: D1PreparedStatement[]) => outside.batch(statements),
      withSession: (start?: string) => {
        const from = start === undefined || start === 'first-unconstrained' ? 'first-unconstrained' : start === 'first-primary' ? start : positionOf(start);
        return new StandInSession(this, from);
      },
      exec: () => Promise.reject(new Error('exec is not part of the stand-in')),
      dump: () => Promise.reject(new Error('dump is not part of the stand-in')),
    };
    return binding as unknown as D1Database;
  }
}
