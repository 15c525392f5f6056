/** What the hearing browser tests share: the demo hearing and the coordinator's view of it on the server. */
import type { Page } from 'playwright-core';
import { meetingId } from '../seeds/demo/keys.ts';
import { DEMO_HEARING_CODE } from '../seeds/demo/meetings.ts';
import { apiAs } from './meetings-helpers.ts';

export const HEARING = { id: meetingId('jh-hearing-2027-05'), code: DEMO_HEARING_CODE };

type State = { currentAgendaItemId: string | null; signedInCount: number; results: { participants: number; options: { optionId: string; label: string; points: number }[] } };
type Comment = { id: string; body: string; hiddenAt: number | null; hiddenReason: string | null; authorName: string | null };
type Signin = { id: string; name: string | null };

export const hearingState = (baseUrl: string, cookie: string) => apiAs<State>(baseUrl, cookie, `/api/hearings/${HEARING.id}`);
export const hearingComments = async (baseUrl: string, cookie: string) => (await apiAs<{ comments: Comment[] }>(baseUrl, cookie, `/api/hearings/${HEARING.id}/comments`)).comments;
export const hearingSignins = async (baseUrl: string, cookie: string) => (await apiAs<{ signins: Signin[] }>(baseUrl, cookie, `/api/hearings/${HEARING.id}/signins`)).signins;

/** Fills the sign-in sheet's form (kiosk or phone) as one attendee from the public. */
export async function fillSignin(page: Page, name: string) {
  await page.getByLabel('Jméno a příjmení').fill(name);
  await page.getByLabel('jako veřejnost').check();
  await page.getByLabel('Souhlasím').check();
  await page.getByRole('button', { name: 'Zapsat se' }).click();
}
