/**
 * The D1 binding as request handlers see it (`c.var.db`): reads pass straight through; a statement that writes is
 * refused before it reaches the database unless the request may write (`WriteGate.admit`), and an admitted write is
 * sent as ONE D1 batch together with the gate's companion statement (the audit row), so the change and its record
 * commit or fail together. D1 has no interactive transactions: a batch is its only unit of atomicity.
 *
 * Writes the request machinery itself needs (session renewal, throttles) use the plain binding, named
 * `c.var.systemDb`, so every exception to the rule can be found by that name.
 */

/** What a request answers before its writes go out. */
export type WriteGate = {
  /** Throws unless the request has passed the authorization policy. */
  admit(): void;
  /** The statement committed in the same batch as every admitted write, and what to learn from its result. */
  companion(prepare: (sql: string) => D1PreparedStatement, batch: { soleStatement: boolean }): { statement: D1PreparedStatement; committed(result: D1Result): void };
};

/** What both a D1 database and a D1 Sessions API session offer. */
type D1Binding = Pick<D1Database, 'prepare' | 'batch'>;

/**
 * Whether a statement may change the database. Only a plain SELECT (or a WITH … SELECT naming no writing keyword)
 * counts as a read: anything else is a write, so an unusual statement errs on the side of being checked.
 */
export function isWrite(sql: string): boolean {
  const text = sql.replace(/^(?:\s+|--[^\n]*\n|\/\*[\s\S]*?\*\/)+/, '').toLowerCase();
  if (text.startsWith('select')) return false;
  if (text.startsWith('with')) return /\b(?:insert|update|delete|replace)\b/.test(text);
  return true;
}

class GuardedStatement {
  readonly sql: string;
  readonly inner: D1PreparedStatement;
  private readonly guard: Guard;

  constructor(sql: string, inner: D1PreparedStatement, guard: Guard) {
    this.sql = sql;
    this.inner = inner;
    this.guard = guard;
  }

  bind(...values: unknown[]): GuardedStatement {
    return new GuardedStatement(this.sql, this.inner.bind(...values), this.guard);
  }

  private async written(): Promise<D1Result<Record<string, unknown>>> {
    const [result] = await this.guard.batch([this]);
    return result as D1Result<Record<string, unknown>>;
  }

  async run() {
    return isWrite(this.sql) ? this.written() : this.inner.run();
  }

  async all() {
    return isWrite(this.sql) ? this.written() : this.inner.all();
  }

  async first(column?: string) {
    if (!isWrite(this.sql)) return column === undefined ? this.inner.first() : this.inner.first(column);
    const row = (await this.written()).results[0];
    if (!row) return null;
    return column === undefined ? row : row[column];
  }

  async raw(options?: { columnNames?: boolean }) {
    if (!isWrite(this.sql)) return options?.columnNames ? this.inner.raw({ columnNames: true }) : this.inner.raw();
    // A batch answers rows as objects; drizzle's own batch path turns them into arrays the same way (d1ToRawMapping),
    // in column order. `.returning()` reaches here through `.raw()`.
    const rows = (await this.written()).results;
    const values = rows.map((row) => Object.keys(row).map((key) => row[key]));
    return options?.columnNames ? [Object.keys(rows[0] ?? {}), ...values] : values;
  }
}

class Guard {
  /** Admitted writes go out one after another: the companion of a later write may depend on an earlier one's result. */
  private queue: Promise<unknown> = Promise.resolve();

  private readonly binding: D1Binding;
  private readonly gate: WriteGate;

  constructor(binding: D1Binding, gate: WriteGate) {
    this.binding = binding;
    this.gate = gate;
  }

  prepare(sql: string): GuardedStatement {
    return new GuardedStatement(sql, this.binding.prepare(sql), this);
  }

  async batch(statements: unknown[]): Promise<D1Result[]> {
    const guarded = statements.map((s) => {
      // A statement prepared on another handle would slip past the check: refused, so the bypass shows.
      if (!(s instanceof GuardedStatement)) throw new Error('A batch on the request database takes only statements prepared on it');
      return s;
    });
    const inner = guarded.map((s) => s.inner);
    if (!guarded.some((s) => isWrite(s.sql))) return this.binding.batch(inner);
    this.gate.admit();
    const sending = this.queue.then(async () => {
      const { statement, committed } = this.gate.companion((sql) => this.binding.prepare(sql), { soleStatement: inner.length === 1 });
      const results = await this.binding.batch([...inner, statement]);
      committed(results.at(-1)!);
      return results.slice(0, inner.length);
    });
    this.queue = sending.catch(() => undefined);
    return sending;
  }
}

/** The binding behind `c.var.db`; `binding` may be a D1 database or a Sessions API session. */
export function guardedD1(binding: D1Binding, gate: WriteGate): D1Database {
  const guard = new Guard(binding, gate);
  const database = {
    prepare: (sql: string) => guard.prepare(sql),
    batch: (statements: unknown[]) => guard.batch(statements),
    exec: () => {
      throw new Error('exec() cannot be checked or audited; use prepared statements');
    },
    dump: () => {
      throw new Error('dump() is not offered on the request database');
    },
    withSession: (constraint?: string) => {
      if (!('withSession' in binding)) throw new Error('This binding has no sessions');
      const session = (binding as D1Database).withSession(constraint);
      return Object.assign(guardedD1(session, gate), { getBookmark: () => session.getBookmark() });
    },
  };
  return database as unknown as D1Database;
}
