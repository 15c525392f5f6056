import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { HearingState } from '../schema/api/hearings.ts';
import { votes } from '../schema/tables.ts';
import { db } from './helpers.ts';
import { coordinator, hearingScene, publicPage, publicPush, pushed, signin, vote } from './hearing-fixtures.ts';

const results = async (scene: Awaited<ReturnType<typeof hearingScene>>) => (await coordinator<HearingState>(scene, '')).body.results;

describe('votes at a public hearing', () => {
  it('counts a vote pushed twice (the answer got lost) once', async () => {
    const scene = await hearingScene();
    const [a, b] = scene.optionIds;
    const person = signin();
    const ballot = vote(person, { [a!]: 7, [b!]: 3 });
    expect((await pushed(scene.code, [person.change, ballot])).map((r) => r.status)).toEqual(['applied', 'applied']);
    expect((await pushed(scene.code, [person.change, ballot])).map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    const totals = await results(scene);
    expect(totals.participants).toBe(1);
    expect(totals.options.find((o) => o.optionId === a)).toMatchObject({ points: 7, voters: 1 });
  });

  it('counts the same allocation sent again under a new change id once: one allocation per participant', async () => {
    const scene = await hearingScene();
    const [a] = scene.optionIds;
    const person = signin();
    await pushed(scene.code, [person.change, vote(person, { [a!]: 10 })]);
    // a double tap that queued a second change with a new entity id as well
    expect((await pushed(scene.code, [vote(person, { [a!]: 10 })]))[0]!.status).toBe('applied');
    const totals = await results(scene);
    expect(totals.participants).toBe(1);
    expect(totals.options.find((o) => o.optionId === a)!.points).toBe(10);
    expect(await db.select().from(votes).where(eq(votes.meetingId, scene.meeting.id))).toHaveLength(1);
  });

  it('replaces an allocation with the changed one, also when both arrive in one push', async () => {
    const scene = await hearingScene();
    const [a, b, c] = scene.optionIds;
    const person = signin();
    await pushed(scene.code, [person.change, vote(person, { [a!]: 10 })]);
    await pushed(scene.code, [vote(person, { [b!]: 4, [c!]: 6 })]);
    let totals = await results(scene);
    expect(totals.options.map((o) => o.points)).toEqual([0, 4, 6]);
    // offline on the tablet: the first thought and the second one queued, pushed together in that order
    await pushed(scene.code, [vote(person, { [a!]: 5, [b!]: 5 }), vote(person, { [c!]: 10 })]);
    totals = await results(scene);
    expect(totals.options.map((o) => o.points)).toEqual([0, 0, 10]);
    expect(totals.participants).toBe(1);
  });

  it('sums the points of many participants per option', async () => {
    const scene = await hearingScene();
    const [a, b, c] = scene.optionIds;
    const people = [signin(), signin(), signin()];
    await pushed(scene.code, [
      ...people.map((p) => p.change),
      vote(people[0]!, { [a!]: 10 }),
      vote(people[1]!, { [a!]: 2, [b!]: 8 }),
      vote(people[2]!, { [b!]: 1, [c!]: 9 }),
    ]);
    const totals = await results(scene);
    expect(totals.participants).toBe(3);
    expect(totals.options.map((o) => [o.points, o.voters])).toEqual([[12, 2], [9, 2], [9, 1]]);
    expect(totals.pointsPerParticipant).toBe(10);
  });

  it('rejects points that do not add up, naming the field, and counts nothing', async () => {
    const scene = await hearingScene();
    const [a, b] = scene.optionIds;
    const person = signin();
    const [, tooFew, tooMany] = await pushed(scene.code, [person.change, vote(person, { [a!]: 3, [b!]: 3 }), vote(person, { [a!]: 11 })]);
    for (const result of [tooFew!, tooMany!]) {
      expect(result).toMatchObject({ status: 'rejected', reason: 'invalid', retryable: false });
      expect(result.issues!.map((i) => i.field)).toContain('data.allocations');
    }
    expect(tooFew!.message).toContain('adds up to 6 points; spread exactly 10');
    expect((await results(scene)).participants).toBe(0);
  });

  it('rejects an option of another hearing and negative or fractional points by field', async () => {
    const scene = await hearingScene();
    const other = await hearingScene();
    const person = signin();
    const [, foreign, negative, fraction] = await pushed(scene.code, [
      person.change,
      vote(person, { [other.optionIds[0]!]: 10 }),
      vote(person, { [scene.optionIds[0]!]: 12, [scene.optionIds[1]!]: -2 }),
      vote(person, { [scene.optionIds[0]!]: 9.5, [scene.optionIds[1]!]: 0.5 }),
    ]);
    expect(foreign!.issues![0]!.field).toBe(`data.allocations.${other.optionIds[0]}`);
    expect(negative!.issues![0]!.field).toBe(`data.allocations.${scene.optionIds[1]}`);
    expect(fraction!.issues![0]!.message).toBe('must be a whole number');
  });

  it('needs the participant’s own sign-in: another device’s is refused, a missing one waits', async () => {
    const scene = await hearingScene();
    const [a] = scene.optionIds;
    const person = signin();
    await pushed(scene.code, [person.change]);
    const [stolen] = await pushed(scene.code, [vote({ participantToken: crypto.randomUUID(), attendanceId: person.attendanceId }, { [a!]: 10 })]);
    expect(stolen).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    const later = signin();
    const [early] = await pushed(scene.code, [vote(later, { [a!]: 10 })]);
    expect(early).toMatchObject({ status: 'rejected', reason: 'depends_on_missing', retryable: true });
  });

  it('refuses votes before voting opens and after it closes, not retryable, keeping the counted ones', async () => {
    const scene = await hearingScene({ votingOpen: false });
    const [a] = scene.optionIds;
    const person = signin();
    const [, early] = await pushed(scene.code, [person.change, vote(person, { [a!]: 10 })]);
    expect(early).toMatchObject({ status: 'rejected', reason: 'closed', retryable: false, message: 'Voting has not opened yet' });
    await coordinator(scene, '/voting', 'POST', { open: true });
    await pushed(scene.code, [vote(person, { [a!]: 10 })]);
    await coordinator(scene, '/voting', 'POST', { open: false });
    const [late] = await pushed(scene.code, [vote(person, { [scene.optionIds[1]!]: 10 })]);
    expect(late).toMatchObject({ status: 'rejected', reason: 'closed', retryable: false });
    expect(late!.message).toMatch(/Voting has closed/);
    expect((await results(scene)).options[0]!.points).toBe(10);
  });

  it('keeps the points and options fixed once votes are cast', async () => {
    const scene = await hearingScene();
    const person = signin();
    await pushed(scene.code, [person.change, vote(person, { [scene.optionIds[0]!]: 10 })]);
    const res = await coordinator(scene, '', 'PATCH', { votePoints: 5 });
    expect(res.status).toBe(409);
    expect(res.body.error!.code).toBe('votes_cast');
  });

  it('hides live results from the room until shown, and shows them once voting closed', async () => {
    const scene = await hearingScene();
    const person = signin();
    await pushed(scene.code, [person.change, vote(person, { [scene.optionIds[0]!]: 10 })]);
    expect((await publicPage(scene.code)).body.results).toBeNull();
    await coordinator(scene, '', 'PATCH', { resultsVisible: true });
    expect((await publicPage(scene.code)).body.results!.options[0]!.points).toBe(10);
    await coordinator(scene, '', 'PATCH', { resultsVisible: false });
    expect((await publicPage(scene.code)).body.results).toBeNull();
    await coordinator(scene, '/voting', 'POST', { open: false });
    const page = (await publicPage(scene.code)).body;
    expect(page.voting).toMatchObject({ open: false, closed: true });
    expect(page.results!.participants).toBe(1);
  });

  it('refuses an envelope without changes as a list, naming the field', async () => {
    const scene = await hearingScene();
    const res = await publicPush(scene.code, 'nope' as unknown as unknown[]);
    expect(res.status).toBe(400);
    expect(res.body.error!.issues!.map((i) => i.field)).toContain('json.changes');
  });
});
