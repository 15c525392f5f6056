import type * as v from 'valibot';
import type { StoredTerritoryOverview } from '../../schema/stored/territory.ts';

/** a territory's page as schema/stored/territory.ts reads it, fresh from the server or from the saved copy */
export type TerritoryOverview = v.InferOutput<typeof StoredTerritoryOverview>;
export type OverviewPlan = NonNullable<TerritoryOverview['plan']>;
export type PublicMeeting = TerritoryOverview['upcomingMeetings'][number];
export type MeetingKind = PublicMeeting['kind'];
