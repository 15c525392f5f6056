import { agendaItemSync } from './agenda-items.ts';
import { attendanceSync } from './attendance.ts';
import { meetingSync } from './meetings.ts';
import { noteSync } from './notes.ts';
import { taskSync } from './tasks.ts';
import type { SyncModule } from './types.ts';

/** The entities a signed-in person's push applies; the public hearing adds its own beside these. */
export const meetingSyncModules: Record<string, SyncModule> = Object.fromEntries(
  [meetingSync, agendaItemSync, attendanceSync, noteSync, taskSync].map((module) => [module.entity, module]),
);
