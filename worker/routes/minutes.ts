import { MeetingParams } from '../../schema/api/meetings.ts';
import { createRouter } from '../app.ts';
import { publicMinutes, requireMeeting } from '../db/meetings.ts';
import { notFound } from '../errors.ts';
import { validate } from '../validation.ts';

/** Published minutes (zápis) are public record: the PWA renders them as a page that prints to PDF. */
export const minutesRoutes = createRouter().get('/:id/minutes', validate('param', MeetingParams), async (c) => {
  const db = c.var.db;
  const minutes = await publicMinutes(db, await requireMeeting(db, c.req.valid('param').id));
  // until published there are no minutes, whoever asks: drafts are read through GET /api/meetings/:id
  if (!minutes) throw notFound('Minutes');
  c.header('cache-control', 'public, max-age=300');
  return c.json({ minutes }, 200);
});
