import type { D1Migration } from '@cloudflare/vitest-plugin';
import type { Bindings } from '../worker/env.ts';

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {
      TEST_MIGRATIONS: D1Migration[];
      TEST_DEMO_SEED: string[];
      TEST_README: string;
      /** the stand-in read replica of test/lagging-replica.ts */
      TEST_REPLICA_DB: D1Database;
      FUZZ_RUNS: string;
      FUZZ_SEED: string;
    }
    interface GlobalProps {
      mainModule: typeof import('../worker/index.ts');
    }
  }
}
