// The retention purge on the real stack (Temporal, NATS JetStream, PostgreSQL, every service and the worker):
// an inspection whose long list carries demographics of its own, whose assessors write answers' notes,
// interview notes, an exclusion flag and a safeguarding alert, whose lead excludes a case with a reason, whose
// reviewer returns an assessment with a reason and comments, whose panel records rationales the report does
// not publish (a confirmation's, and a moved rating's in a set a correction superseded), whose lead's first
// version of the report is revised before publication, and whose YJS contact comments on the draft, is
// published with a retention period of seconds. Once it has passed, the publication workflow has every
// service purge the inspection: no table of any service's schema holds any of those words, each service
// audited the purge with counts only, a second purge changes nothing, and the public report, its PDF and its
// open data are served as before.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  purgeFactualCheck,
  purgeFieldworkCases,
  purgeInspectionCases,
  purgePanelRationales,
  reportPublished,
} from '@yji/contracts';
import { sendCommand } from '@yji/messaging';
import { publicationStateQuery, publicationWorkflowId } from '@yji/workflows';
import {
  anAlert,
  answered,
  bothInterviews,
  approvePanel,
  callersOf,
  carriedOut,
  claimSubmission,
  eventsOn,
  eventually,
  inSeconds,
  inspectionUnderReview,
  KEY_QUESTIONS,
  openPanel,
  PATIENT_DECISIONS,
  PEOPLE,
  reportOpened,
  reportText,
  rowsHolding,
  useSystem,
  type Json,
  questionsOf,
} from '../harness/index.ts';

// Long enough for the checks that come before the purge on a busy machine; the test waits for it.
const RETENTION = 60;
const system = useSystem({ env: { ...PATIENT_DECISIONS, RETENTION_PERIOD: `PT${RETENTION}S` } });
describe('retention of children’s data', () => {
  it(
    'purges every personal word of the inspection in every service once the period after publication has passed',
    { timeout: 420_000 },
    async () => {
      const { lead, chair, yjs, reviewer, inspector } = callersOf(system);
      // Every personal word the test writes carries this mark, found nowhere else in the database.
      const mark = `Zq${randomUUID().slice(0, 8)}`;

      const { inspection, first, second, task, answers, firstDraft } = await inspectionUnderReview(
        system,
        { lead, inspector },
        {
          team: [PEOPLE.inspector, PEOPLE.reviewer, PEOPLE.chair, PEOPLE.yjs],
          sampleSize: 6,
          seed: 'retention',
          // case manager, gender and ethnicity of every row: the long list's free-text demographics.
          mapRow: (row) =>
            row
              .split(',')
              .map((value, column) => ([3, 4, 5].includes(column) ? `${value} ${mark}` : value))
              .join(','),
        },
      );
      const { id } = inspection;
      const fw = (path: string) => `/api/fieldwork${path}`;

      // The assessor's words on the first case: an answer's rationale, both interviews, a submission, an alert
      // with its actions and outcome; an exclusion flag on the second. The reviewer returns the submission.
      const summaryCode = questionsOf(task).find((q) => q.kind === 'summary')?.code as string;
      const path = fw(`/tasks/${first.taskId}`);
      await answered(
        'draft',
        inspector('PUT', `${path}/draft`, {
          ...firstDraft(),
          answers,
          rationale: { [summaryCode]: `The plan records the risk ${mark}.` },
        }),
      );
      for (const [what, write] of bothInterviews(inspector, path, mark)) await answered(what, write());
      const alert = await answered(
        'alert',
        inspector('POST', `${path}/alerts`, anAlert({ seen: `Seen ${mark}`, done: `Done ${mark}` })),
        201,
      );
      const alertPath = fw(`/alerts/${alert.alertId}`);
      await answered('acknowledge', lead('POST', `${alertPath}/acknowledge`));
      await answered('alert action', lead('POST', `${alertPath}/actions`, { action: `Action ${mark}` }));
      await answered('alert outcome', lead('POST', `${alertPath}/outcome`, { outcome: `Outcome ${mark}` }));
      await answered('submit', inspector('POST', `${path}/submit`, { version: 1 }));
      const review = fw(`/reviews/${first.taskId}`);
      const claimed = await claimSubmission(reviewer, first.taskId);
      await answered(
        'return',
        reviewer('POST', `${review}/return`, {
          version: claimed.version,
          reason: `Return reason ${mark}`,
          comments: { [summaryCode]: `Return comment ${mark}` },
        }),
      );
      await answered(
        'exclusion flag',
        inspector('POST', fw(`/tasks/${second.taskId}/exclusion-flag`), { reason: `Flag reason ${mark}` }),
        201,
      );
      // The lead excludes a third case with a reason of their own; the panel then takes the sample as it is.
      const excluded = inspection.cases.find(
        ({ taskId }) => taskId !== first.taskId && taskId !== second.taskId,
      )!;
      await answered(
        'exclusion',
        lead('POST', `/api/inspections/${id}/sample/exclusions`, {
          caseRef: excluded.caseRef,
          reason: `Excluded ${mark}`,
        }),
      );
      const cases = await eventually('the replacement case task', async () => {
        const tasks = await system.fieldworkDb.caseTask.findMany({ where: { inspectionId: id } });
        const open = tasks.filter(({ state }) => state !== 'withdrawn');
        return tasks.length === inspection.cases.length + 1 && open.length === inspection.cases.length
          ? open.map(({ caseRef, id: taskId, assigneeId }) => ({
              caseRef,
              taskId,
              assigneeId: assigneeId ?? '',
            }))
          : undefined;
      });

      await openPanel(
        system,
        lead,
        { id, cases },
        {
          judgements: (side, index) =>
            Object.fromEntries(KEY_QUESTIONS[side].map((standard) => [`${standard}.1`, index % 3 !== 0])),
        },
      );
      const final = await approvePanel(lead, chair, { id, cases });
      // Two corrections by the lead, each approved by the chair: 1.1 moved down, then confirmed after all. The
      // report publishes the last set, which moves no rating with either rationale: neither is ever public.
      const ratingsBase = `/api/ratings/inspections/${id}`;
      const correct = async (decision: Json) => {
        const pack = await answered('the pack', chair('GET', `${ratingsBase}/pack`));
        const standard = (pack.standards as Json[]).find(({ id: standardId }) => standardId === '1.1')!;
        await answered(
          'the correction',
          lead('PUT', `${ratingsBase}/decisions/1.1`, {
            version: standard.decision?.version ?? 0,
            ...decision,
          }).then((answer) => carriedOut(lead, answer)),
        );
        return answered(
          'the approval',
          chair('POST', `${ratingsBase}/approval`).then((answer) => carriedOut(chair, answer)),
        );
      };
      await correct({ decision: 'down', to: 'Requires improvement', rationale: `Moved ${mark}` });
      const shown = await correct({ decision: 'confirm', rationale: `Confirmed ${mark}` });

      // The report, its factual accuracy check with a comment and a reasoned answer, and its publication.
      const base = `/api/publication/inspections/${id}`;
      await eventually('the report showing the last set', async () => {
        const opened = await reportOpened(lead, id);
        return opened.ratings.setId === shown.setId ? opened : undefined;
      });
      // The version sent for the check carries the lead's words about a case; the one published does not.
      await answered(
        'draft',
        lead('PUT', `${base}/draft`, reportText(final, 0, `The board met monthly ${mark}.`)),
      );
      await answered('sent', lead('POST', `${base}/factual-check`, { version: 1, deadline: inSeconds(5) }));
      const comment = await answered(
        'comment',
        yjs('POST', `${base}/factual-check/comments`, { section: 'overview', text: `Comment ${mark}` }),
        201,
      );
      const handle = system.temporal.workflow.getHandle(publicationWorkflowId(id));
      await eventually('the check closed', async () =>
        (await handle.query(publicationStateQuery)).phase === 'revising' ? true : undefined,
      );
      await answered(
        'response',
        lead('PUT', `${base}/factual-check/comments/${comment.id}/response`, {
          decision: 'rejected',
          reason: `Response ${mark}`,
        }),
      );
      await answered(
        'revised',
        lead('PUT', `${base}/draft`, reportText(final, 1, 'The partnership board met monthly.')),
      );
      await answered(
        'schedule',
        lead('PUT', `${base}/schedule`, { version: 0, publishAt: inSeconds(2), embargo: [] }),
      );
      await eventually(
        'the report published',
        async () =>
          (await eventsOn(system.nc, reportPublished.subject)).find(
            ({ payload }) => (payload as Json).inspectionId === id,
          ),
        { timeoutMs: 60_000, intervalMs: 500 },
      );

      // Before the period has passed: the words are where they were written, and the public files are served.
      const publicFile = async (file: string) => {
        const response = await fetch(`${system.publication.url}/inspections/${id}${file}`);
        return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
      };
      const publicFiles = async () => {
        const files: Record<string, string> = {};
        for (const file of ['', '/data/datapackage.json', '/data/ratings.csv', '/data/case-judgements.csv']) {
          const { status, body } = await publicFile(file);
          expect(status, file).toBe(200);
          // Each response has a nonce of its own for its script; the rest is the page.
          files[file] = body.toString().replace(/nonce="[^"]*"/g, '');
        }
        return files;
      };
      const published = await publicFiles();
      const pdfBefore = await publicFile('/report.pdf');
      const before = await rowsHolding(system, mark);
      // The report.published event leaves before the workflow has recorded when the period ends: wait for both.
      const retainUntil = await eventually(
        'the end of the retention period recorded',
        async () => (await handle.query(publicationStateQuery)).retainUntil,
      );
      expect(Date.parse(retainUntil), 'the checks before the purge ran before it').toBeGreaterThan(
        Date.now(),
      );
      expect(Object.keys(before).sort()).toEqual(
        [
          'fieldwork.AlertAction',
          'fieldwork.AssessmentVersion',
          'fieldwork.CaseManagerInterview',
          'fieldwork.CaseTask',
          'fieldwork.ExclusionFlag',
          'fieldwork.Interview',
          'fieldwork.ReviewEntry',
          'fieldwork.SafeguardingAlert',
          'inspection.AuditEntry',
          'inspection.LongListCase',
          'inspection.Sample',
          'publication.ApprovedRatingSet',
          'publication.CommentResponse',
          'publication.FactualComment',
          'publication.ReportDraft',
          'ratings.FinalRating',
          'ratings.OutboxMessage',
          'ratings.PanelDecision',
        ].sort(),
      );

      // The period passes; the workflow purges every service.
      const state = await eventually(
        'the purge',
        async () => {
          const current = await handle.query(publicationStateQuery);
          return current.purgedAt ? current : undefined;
        },
        { timeoutMs: (RETENTION + 120) * 1000, intervalMs: 1000 },
      );
      expect(Date.parse(state.purgedAt!)).toBeGreaterThanOrEqual(Date.parse(retainUntil!));
      expect(await rowsHolding(system, mark)).toEqual({});

      // Each service audited its purge once: what it removed, as counts.
      const audits = {
        inspection: system.inspectionDb,
        fieldwork: system.fieldworkDb,
        ratings: system.ratingsDb,
        publication: system.publicationDb,
      };
      const purgeAudits = async (): Promise<Record<string, { details: unknown }[]>> =>
        Object.fromEntries(
          await Promise.all(
            Object.entries(audits).map(async ([service, db]) => [
              service,
              await (db as typeof system.inspectionDb).auditEntry.findMany({
                where: { inspectionId: id, action: 'retention.purged' },
              }),
            ]),
          ),
        );
      const audited = await purgeAudits();
      for (const entries of Object.values(audited)) {
        expect(entries).toHaveLength(1);
        expect(Object.values(entries[0]!.details as Json).every((count) => Number.isInteger(count))).toBe(
          true,
        );
      }
      const fieldworkCounts = audited.fieldwork![0]!.details as Record<string, number>;
      for (const table of ['AssessmentVersion', 'ReviewEntry', 'AlertAction', 'Interview', 'ExclusionFlag'])
        expect(fieldworkCounts[table], table).toBeGreaterThan(0);
      const ratingsCounts = audited.ratings![0]!.details as Record<string, number>;
      for (const table of ['PanelDecision', 'FinalRating', 'OutboxMessage'])
        expect(ratingsCounts[table], table).toBeGreaterThan(0);
      const publicationCounts = audited.publication![0]!.details as Record<string, number>;
      expect(publicationCounts).toMatchObject({ ReportDraft: 1, ApprovedRatingSet: 3 });

      // A second purge answers the first and changes nothing.
      const again = await Promise.all(
        [purgeInspectionCases, purgeFieldworkCases, purgePanelRationales, purgeFactualCheck].map((command) =>
          sendCommand(system.nc, command, { inspectionId: id }),
        ),
      );
      expect(again.map(({ removed }) => removed)).toEqual(
        ['inspection', 'fieldwork', 'ratings', 'publication'].map((service) => audited[service]![0]!.details),
      );
      expect(await purgeAudits()).toEqual(audited);

      // The read paths say what was removed, rather than failing or showing blanks as if never written.
      const readTask = (await answered('task', lead('GET', fw(`/tasks/${first.taskId}`)))) as Json;
      expect(readTask).toMatchObject({ facts: null, purgedAt: state.purgedAt ? expect.any(String) : null });
      expect(readTask.interview.notes).toBe('');
      const readAlert = (await answered('alert', lead('GET', alertPath))) as Json;
      expect(readAlert.purgedAt).toEqual(expect.any(String));
      expect(readAlert).not.toHaveProperty('seen');
      const readSample = (await answered('sample', lead('GET', `/api/inspections/${id}/sample`))) as Json;
      expect(readSample.purgedAt).toEqual(expect.any(String));
      expect(readSample.excluded.map(({ reason }: Json) => reason)).toEqual(['']);
      const readFlags = (await answered(
        'exclusion flags',
        lead('GET', fw(`/inspections/${id}/exclusion-flags`)),
      )) as Json;
      expect(readFlags.flags.map(({ reason, purgedAt }: Json) => [reason, typeof purgedAt])).toEqual([
        ['', 'string'],
      ]);
      const readCheck = (await answered('factual check', lead('GET', `${base}/factual-check`))) as Json;
      expect(readCheck.comments.map(({ purgedAt }: Json) => typeof purgedAt)).toEqual(['string']);

      // What was published stays published, as it was. The PDF is rendered by the publication service's
      // consumer when the report is published, perhaps not yet by the time of the purge: once rendered before
      // it, it is served the same after it (the purge never touches its table).
      expect(await publicFiles()).toEqual(published);
      if (pdfBefore.status === 200) expect(await publicFile('/report.pdf')).toEqual(pdfBefore);
    },
  );
});
