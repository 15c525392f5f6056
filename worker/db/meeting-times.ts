import { pragueTime } from '../../schema/prague-time.ts';
import type { FieldIssue } from '../errors.ts';

/**
 * The offsets to store beside a meeting's local start and end (only for the times given), and a warning for each
 * that occurs twice in Prague. The schema has refused a time that never occurs, so each time here has an offset.
 */
export function meetingTimeOffsets(times: { startsAt?: string; endsAt?: string | null }, prefix: 'json' | 'data') {
  const values: { startsAtOffset?: string; endsAtOffset?: string | null } = {};
  const warnings: FieldIssue[] = [];
  for (const [field, key] of [['startsAt', 'startsAtOffset'], ['endsAt', 'endsAtOffset']] as const) {
    const local = times[field];
    if (local === undefined) continue;
    if (local === null) {
      values[key as 'endsAtOffset'] = null;
      continue;
    }
    const time = pragueTime(local);
    if (time.kind === 'skipped') continue;
    values[key] = time.offset;
    if (time.kind === 'repeated') {
      warnings.push({
        field: `${prefix}.${field}`,
        message: `occurs twice in Prague (the clocks go back from 03:00 to 02:00 that night); taken as the first, summer time ${time.offset} (the second would be ${time.other})`,
      });
    }
  }
  return { values, warnings };
}
