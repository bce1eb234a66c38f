// The publication workflow on the real Temporal server, with stand-in activities: its Updates' validators
// hold the phase and the role (refused Updates never reach an activity), the factual accuracy check closes at
// its deadline, a moved publication time is the one kept (the updatable timer), the report is published once
// and then no longer moves, the retention period after publication ends in each service's purge, and the
// recorded history replays.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@yji/contracts';
import { publicationStateQuery, schedulePublicationUpdate, sendForFactualCheckUpdate } from '../src/index.ts';
import { actor, lead, startPublication } from './inspection-fixtures.ts';
import { commandRejected, publicationActivityStubs } from './stub-activities.ts';
import { inSeconds } from './times.ts';
import { reasonOf } from './update-refusal.ts';
import { eventually, workflowTestKit } from './workflow-kit.ts';
import './provided.ts';

const kit = workflowTestKit();

const yjs = actor('yjs-1', 'yjs-contact');

describe('PublicationWorkflow', () => {
  it('sends for the check, closes it at the deadline, publishes at the moved time once, and replays', async () => {
    const { activities, called } = publicationActivityStubs();
    await kit.run(activities, async (run) => {
      const inspectionId = randomUUID();
      const handle = await startPublication(run, inspectionId);
      const schedule = (by: Actor, version: number, publishAt: string) =>
        handle.executeUpdate(schedulePublicationUpdate, {
          args: [{ actor: by, version, publishAt, embargo: ['inspector-3'] }],
        });
      const send = (by: Actor) =>
        handle.executeUpdate(sendForFactualCheckUpdate, {
          args: [{ actor: by, draftVersion: 1, deadline: inSeconds(2) }],
        });

      expect(await reasonOf(schedule(lead, 0, inSeconds(60)))).toBe(
        'the report is published only after its factual accuracy check',
      );
      expect(await reasonOf(send(yjs))).toBe(
        'sending the draft for the factual accuracy check needs lead-inspector',
      );
      await send(lead);
      expect(await reasonOf(send(lead))).toBe(
        'the draft has been sent for the factual accuracy check already',
      );
      expect((await handle.query(publicationStateQuery)).phase).toBe('factual-check');
      await eventually(async () =>
        (await handle.query(publicationStateQuery)).phase === 'revising' ? 1 : null,
      );
      expect(called('closeFactualCheck')).toHaveLength(1);

      expect(await schedule(lead, 0, inSeconds(300))).toMatchObject({ version: 1 });
      const movedTo = inSeconds(2);
      await schedule(lead, 1, movedTo);
      expect((await handle.query(publicationStateQuery)).publishAt).toBe(movedTo);
      await handle.result();
      expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(movedTo));
      expect(called('publishReport')).toEqual([{ name: 'publishReport', args: [{ inspectionId }] }]);
      expect((await handle.query(publicationStateQuery)).phase).toBe('published');
      expect(called('openFactualCheck')).toHaveLength(1);
      expect(called('schedulePublication')).toHaveLength(2);

      await run.replay(handle);
    });
  });

  it('keeps drafting when the service refuses the version sent, so the lead can send the latest', async () => {
    let refuse = true;
    const { activities, called } = publicationActivityStubs({
      openFactualCheck: () => {
        if (!refuse) return undefined;
        refuse = false;
        return { refuse: commandRejected('stale-version', 'the version sent is not the current version 2') };
      },
    });
    await kit.run(activities, async (run) => {
      const handle = await startPublication(run);
      const send = () =>
        handle.executeUpdate(sendForFactualCheckUpdate, {
          args: [{ actor: lead, draftVersion: 2, deadline: inSeconds(600) }],
        });
      expect(await reasonOf(send())).toBe('the version sent is not the current version 2');
      expect((await handle.query(publicationStateQuery)).phase).toBe('drafting');
      await send();
      expect((await handle.query(publicationStateQuery)).phase).toBe('factual-check');
      expect(called('openFactualCheck')).toHaveLength(1);
    });
  });

  it('purges in every service, once, when the retention period after publication has passed, and replays', async () => {
    const { activities, called, calls } = publicationActivityStubs({}, { retentionMs: 3000 });
    await kit.run(activities, async (run) => {
      const inspectionId = randomUUID();
      const handle = await startPublication(run, inspectionId);
      await handle.executeUpdate(sendForFactualCheckUpdate, {
        args: [{ actor: lead, draftVersion: 1, deadline: inSeconds(1) }],
      });
      await eventually(async () =>
        (await handle.query(publicationStateQuery)).phase === 'revising' ? 1 : null,
      );
      await handle.executeUpdate(schedulePublicationUpdate, {
        args: [{ actor: lead, version: 0, publishAt: inSeconds(1), embargo: [] }],
      });
      const published = await eventually(async () => {
        const state = await handle.query(publicationStateQuery);
        return state.retainUntil ? state : null;
      });
      expect(published.phase).toBe('published');
      expect(published.purgedAt).toBeUndefined();
      expect(called('purgeInspectionCases')).toHaveLength(0);

      await handle.result();
      expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(published.retainUntil!));
      const purges = calls.filter(({ name }) => String(name).startsWith('purge'));
      expect(purges).toEqual([
        ...['purgeInspectionCases', 'purgeFieldworkCases', 'purgeFactualCheck'].map((name) => ({
          name,
          args: [{ inspectionId }],
        })),
        // The ratings service is told which set the report published, as the publication service named it.
        { name: 'purgePanelRationales', args: [{ inspectionId, publishedSetId: null }] },
      ]);
      expect((await handle.query(publicationStateQuery)).purgedAt).toEqual(expect.any(String));

      await run.replay(handle);
    });
  });
});
