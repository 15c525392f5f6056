import type { InferResponseType } from 'hono/client';
import type { api } from '../lib/api.ts';

export type TerritoryOverview = InferResponseType<(typeof api.api.territories)[':territory']['overview']['$get'], 200>;
export type OverviewPlan = NonNullable<TerritoryOverview['plan']>;
export type PublicMeeting = TerritoryOverview['upcomingMeetings'][number];
export type MeetingKind = PublicMeeting['kind'];
