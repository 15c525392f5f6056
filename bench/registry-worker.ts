/**
 * The registry benchmark's Worker: the app with its daily `scheduled` import, plus `GET /bench/bare` (what
 * bench/harness.ts waits for). Never deployed: only bench/registry-import.bench.ts points a wrangler config here.
 */
import { Hono } from 'hono';
import app from '../worker/index.ts';
import { scheduled } from '../worker/scheduled.ts';

export default Object.assign(new Hono().get('/bench/bare', (c) => c.text('ok')).route('/', app), { scheduled });
