/**
 * Loads the demo data into the LOCAL D1 database, and only when it holds no territory yet, so a district's own
 * data is never mixed with the demo. Used by `npm start`; never runs against a remote database.
 *   node scripts/seed-local.ts [--persist-to DIR]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const wrangler = join(import.meta.dirname, '..', 'node_modules', '.bin', 'wrangler');
const persistAt = process.argv.indexOf('--persist-to');
const persistArgs = persistAt > 0 ? ['--persist-to', process.argv[persistAt + 1] ?? ''] : [];

function d1(...args: string[]): string {
  return execFileSync(wrangler, ['d1', 'execute', 'kpss', '--local', ...persistArgs, ...args], { encoding: 'utf8' });
}

const [answer] = JSON.parse(d1('--json', '--command', 'SELECT count(*) AS n FROM territories')) as { results: { n: number }[] }[];
if ((answer?.results[0]?.n ?? 0) > 0) {
  console.log('Local database already has territories: demo data not loaded.');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'kpss-seed-'));
  const file = join(dir, 'demo.sql');
  try {
    execFileSync(process.execPath, [join(import.meta.dirname, 'seed.ts'), '--out', file], { stdio: 'inherit' });
    d1('--file', file);
    console.log('Demo data loaded into the local database.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
