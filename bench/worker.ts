/**
 * The benchmark's Worker: the app as deployed, plus `GET /bench/bare`, a Hono route that does nothing, so every
 * route's figure can be read as a multiple of what any request costs on the same workerd in the same run. Never
 * deployed: only bench/harness.ts points a wrangler config here.
 */
import { Hono } from 'hono';
import app from '../worker/index.ts';

export default new Hono().get('/bench/bare', (c) => c.text('ok')).route('/', app);
