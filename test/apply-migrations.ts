import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

// Runs before each test file; applyD1Migrations skips the ones already applied, so this is cheap.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
