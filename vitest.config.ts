import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { demoSeedStatements } from './seeds/index.ts';

// Worker tests run inside workerd with the real D1 (SQLite); every test file gets its own fresh storage.
// Migrations and the demo seed are read here, in Node, and handed to the tests as bindings.
export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        // a second database for test/d1-session.test.ts's stand-in read replica
        d1Databases: ['TEST_REPLICA_DB'],
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations('./migrations'),
          TEST_DEMO_SEED: demoSeedStatements(),
          TEST_README: readFileSync('./README.md', 'utf8'),
          // runs per route of the fuzz suite (test/fuzz.test.ts): `npm run fuzz` sets 10,000
          FUZZ_RUNS: process.env.FUZZ_RUNS ?? '',
          FUZZ_SEED: process.env.FUZZ_SEED ?? '',
        },
      },
    })),
  ],
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['./test/apply-migrations.ts'],
  },
});
