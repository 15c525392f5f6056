/**
 * Writes the demo seed (seeds/index.ts) as an SQL file for wrangler:
 *   node_modules/.bin/node scripts/seed.ts --out /tmp/demo-seed.sql
 *   npx wrangler d1 execute kpss --local --file /tmp/demo-seed.sql
 * Run the migrations first: the seed needs the tables and the code lists of 0002_code_lists. Loading it again
 * changes nothing (INSERT OR IGNORE, deterministic ids). Without --out the SQL goes to stdout.
 */
import { demoSeedStatements } from '../seeds/index.ts';

export { demoSeedStatements, validateDemoData } from '../seeds/index.ts';

if (import.meta.main) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
  if (outIndex >= 0 && !out) {
    console.error('usage: node scripts/seed.ts [--out FILE]');
    process.exit(2);
  }
  const statements = demoSeedStatements();
  const sql = statements.map((s) => `${s};\n`).join('');
  if (out) {
    // Imported here, not at the top, so tests in workerd can import this module without node:fs.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(out, sql);
    console.error(`wrote ${statements.length} statements to ${out}`);
  } else {
    process.stdout.write(sql);
  }
}
