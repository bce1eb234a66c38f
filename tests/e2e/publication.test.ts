// Publication on the real stack (Temporal, NATS JetStream, PostgreSQL, every service and the worker): an
// inspection brought to fieldwork through the API, its approved assessments published as fieldwork publishes
// them, the ratings panel run over HTTP to the chair's approval; then the publication service takes the
// approved ratings from their event, the lead inspector writes the report, sends it for the factual accuracy
// check, the YJS contact comments, one comment is accepted and one rejected, the revised report is scheduled
// a few seconds ahead, moved, previewed by the person named, and published at its time, which closes the
// ratings panel. The published report shows exactly the approved ratings; its text and time no longer change.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { reportPublished } from '@yji/contracts';
import { ukDateInWords } from '@yji/domain';
import { publicationStateQuery, publicationWorkflowId, ratingsPanelWorkflowId } from '@yji/workflows';
import {
  approvePanel,
  callerAs,
  callersOf,
  eventsOn,
  eventually,
  FIELDWORK_START_AHEAD,
  inSeconds,
  inspectionInFieldwork,
  mostlyYes,
  openPanel,
  PATIENT_DECISIONS,
  PEOPLE,
  reportOpened,
  reportText,
  useSystem,
  type Json,
} from '../harness/index.ts';

/**
 * The titles in a PDF's outline (bookmarks) and document information, as Chromium writes them: a literal
 * string when ASCII, else UTF-16BE hex.
 */
function outlineTitles(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/Title (?:\(((?:\\.|[^\\)])*)\)|<FEFF([0-9A-F]*)>)/gi)].map(
    ([, literal, hex]) =>
      literal === undefined
        ? Buffer.from(hex!, 'hex').swap16().toString('utf16le')
        : literal.replace(/\\(.)/g, '$1'),
  );
}

const system = useSystem({ env: PATIENT_DECISIONS });

describe('publication, from approved ratings to the published report', () => {
  it(
    'drafts, checks, schedules and publishes the report with the approved ratings',
    { timeout: 240_000 },
    async () => {
      const { lead, chair, yjs } = callersOf(system);
      const named = callerAs(system, 'inspector-3', ['inspector']);
      const stranger = callerAs(system, 'lead-2', ['lead-inspector']);

      const inspection = await inspectionInFieldwork(system, lead, {
        team: [PEOPLE.inspector, PEOPLE.chair, PEOPLE.yjs],
        sampleSize: 8,
        fieldworkStart: FIELDWORK_START_AHEAD,
        seed: 'publication',
      });
      const { id } = inspection;
      await openPanel(system, lead, inspection, { judgements: mostlyYes(5) });
      // The open panel keeps its chair: removing the last one is refused, and the team stays as it was.
      const withoutChair = await lead('PUT', `/api/inspections/${id}/team`, {
        members: [PEOPLE.inspector, PEOPLE.yjs],
      });
      expect(withoutChair.status, JSON.stringify(withoutChair.body)).toBe(409);
      expect(withoutChair.body.error.code).toBe('team-change-leaves-panel-without-chair');
      expect(
        await system.inspectionDb.teamMember.count({ where: { inspectionId: id, role: 'panel-chair' } }),
      ).toBe(1);
      const final = await approvePanel(lead, chair, inspection);

      // The publication service takes the approved ratings from their event and opens the report.
      const base = `/api/publication/inspections/${id}`;
      const empty = await reportOpened(lead, id);
      expect(empty).toMatchObject({ version: 0, overview: '' });
      expect(empty.ratings).toEqual(final);
      expect((await stranger('GET', `${base}/draft`)).status).toBe(404);
      expect((await yjs('GET', `${base}/draft`)).status).toBe(403);

      // A save based on a version nobody read (later than the latest) is stale, as an older one is.
      const ahead = await lead('PUT', `${base}/draft`, reportText(final, 5, 'Based on no version.'));
      expect([ahead.status, ahead.body.error?.code]).toEqual([409, 'stale-version']);
      expect(
        (await lead('PUT', `${base}/draft`, reportText(final, 0, 'The partnership board met quarterly.')))
          .status,
      ).toBe(200);
      const sent = await lead('POST', `${base}/factual-check`, { version: 1, deadline: inSeconds(6) });
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);

      const comment = async (section: string, words: string) => {
        const response = await yjs('POST', `${base}/factual-check/comments`, { section, text: words });
        expect(response.status, JSON.stringify(response.body)).toBe(201);
        return response.body.id as string;
      };
      const accepted = await comment('overview', 'The board met monthly.');
      const rejected = await comment('standard-2.1', 'Assessments were all on time.');
      const handle = system.temporal.workflow.getHandle(publicationWorkflowId(id));
      await eventually('the check closed at its deadline', async () =>
        (await handle.query(publicationStateQuery)).phase === 'revising' ? true : undefined,
      );
      expect(
        (await yjs('POST', `${base}/factual-check/comments`, { section: 'ratings', text: 'Late.' })).status,
      ).toBe(409);
      for (const [commentId, decision, reason] of [
        [accepted, 'accepted', 'Corrected in the overview.'],
        [rejected, 'rejected', 'Two assessments in the sample were late.'],
      ])
        expect(
          (await lead('PUT', `${base}/factual-check/comments/${commentId}/response`, { decision, reason }))
            .status,
        ).toBe(200);
      expect(
        (await lead('PUT', `${base}/draft`, reportText(final, 1, 'The partnership board met monthly.')))
          .status,
      ).toBe(200);

      const first = await lead('PUT', `${base}/schedule`, {
        version: 0,
        publishAt: inSeconds(600),
        embargo: ['inspector-3'],
      });
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      const preview = await named('GET', `${base}/preview`);
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({ version: 2, overview: 'The partnership board met monthly.' });
      expect((await stranger('GET', `${base}/preview`)).status).toBe(404);
      expect((await yjs('GET', `${base}/preview`)).status).toBe(404);
      const moved = await lead('PUT', `${base}/schedule`, {
        version: 1,
        publishAt: inSeconds(3),
        embargo: ['inspector-3'],
      });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);

      const event = await eventually(
        'the report published',
        async () =>
          (await eventsOn(system.nc, reportPublished.subject)).find(
            ({ payload }) => (payload as Json).inspectionId === id,
          ),
        { timeoutMs: 60_000, intervalMs: 500 },
      );
      expect(event.payload).toMatchObject({ version: 2, ratingsSetId: final.setId });
      // Publication closes the ratings panel: its ratings take no more corrections.
      await eventually('the ratings panel closed', async () =>
        (await system.temporal.workflow.getHandle(ratingsPanelWorkflowId(id)).describe()).status.name ===
        'COMPLETED'
          ? true
          : undefined,
      );
      const schedule = (await lead('GET', `${base}/schedule`)).body;
      expect(schedule).toMatchObject({
        publishedVersion: 2,
        publishedAt: (event.payload as Json).publishedAt,
      });
      // Audited as every read of the report is: who read it, and the version published then.
      expect(
        await system.publicationDb.auditEntry.findFirst({
          where: { inspectionId: id, action: 'schedule.read' },
          orderBy: { at: 'desc' },
          select: { actorId: true, details: true },
        }),
      ).toEqual({ actorId: 'lead-1', details: { publishedVersion: 2 } });
      // The public report page, for anyone: the overall rating first, each standard's final rating, a chart per
      // case-based standard with the numbers beside it, the published text; an unpublished id has no page.
      const publicPage = async (path: string) => {
        const response = await fetch(`${system.publication.url}${path}`);
        return {
          status: response.status,
          type: response.headers.get('content-type'),
          html: await response.text(),
        };
      };
      const reportPage = await publicPage(`/inspections/${id}`);
      expect(reportPage.status).toBe(200);
      expect(reportPage.type).toMatch(/^text\/html/);
      expect(reportPage.html).toContain(`Overall rating: ${final.overall}`);
      expect(reportPage.html).toContain(`Score ${final.score} out of ${final.maxScore}`);
      // When the inspectors were there, from the inspection's created event.
      expect(reportPage.html).toContain(
        `fieldwork began on <time datetime="${FIELDWORK_START_AHEAD}">${ukDateInWords(FIELDWORK_START_AHEAD)}</time>`,
      );
      for (const standard of final.standards as Json[]) expect(reportPage.html).toContain(`${standard.id} `);
      const caseBased = (final.standards as Json[]).filter(({ keyQuestions }) => keyQuestions.length > 0);
      expect(caseBased.length).toBeGreaterThan(0);
      expect(reportPage.html.match(/<svg /g)).toHaveLength(caseBased.length);
      for (const { keyQuestions } of caseBased)
        for (const { percent, yes, applicable } of keyQuestions as Json[])
          if (percent !== null) expect(reportPage.html).toContain(`${percent}% (${yes} of ${applicable})`);
      // The version published: the one revised after the factual accuracy check.
      expect(reportPage.html).toContain('The partnership board met monthly.');
      expect(reportPage.html).not.toContain('The partnership board met quarterly.');
      expect(reportPage.html).toContain('What must improve for 2.1.');
      expect(reportPage.html).toContain('Review every plan with the child and their family.');
      for (const { caseRef } of inspection.cases) expect(reportPage.html).not.toContain(caseRef);
      expect((await publicPage('/inspections')).html).toContain(`href="/inspections/${id}"`);
      // Another id, never this one (an id ending in 0 once made this page the published one).
      const unpublished = await publicPage(`/inspections/${randomUUID()}`);
      expect(unpublished.status).toBe(404);

      // The check and its answers are kept; nothing more changes once published.
      const check = (await yjs('GET', `${base}/factual-check`)).body;
      expect(check.draft.overview).toBe('The partnership board met quarterly.');
      expect(check.comments.map(({ response }: Json) => response.decision)).toEqual(['accepted', 'rejected']);
      expect((await lead('PUT', `${base}/draft`, reportText(final, 2, 'Too late.'))).status).toBe(409);
      expect(
        (await lead('PUT', `${base}/schedule`, { version: 2, publishAt: inSeconds(60), embargo: [] })).status,
      ).toBe(409);

      // The open data: the case judgements add up to the key-question figures the panel approved.
      const publicFile = async (path: string) => {
        const response = await fetch(`${system.publication.url}${path}`);
        expect(response.status, path).toBe(200);
        return response.text();
      };
      const dataPackage = JSON.parse(await publicFile(`/inspections/${id}/data/datapackage.json`));
      const files = new Map<string, string>([['datapackage.json', JSON.stringify(dataPackage)]]);
      for (const { path } of dataPackage.resources as Json[])
        files.set(path, await publicFile(`/inspections/${id}/data/${path}`));
      files.set('national ratings.csv', await publicFile('/inspections/ratings.csv'));
      files.set('report page', await publicFile(`/inspections/${id}`));
      files.set('index page', await publicFile('/inspections'));
      const { yjsCode, yjsName } = await system.inspectionDb.inspection.findUniqueOrThrow({ where: { id } });
      expect(files.get('report page')).toContain(`>${yjsName}</h1>`);
      expect(files.get('report page')).toContain(`/inspections/${id}/data/case-judgements.csv`);
      const national = files.get('national ratings.csv')!.split('\r\n');
      expect(national[0]).toMatch(/^inspection,yjs_code,yjs_name,published,/);
      expect(national.find((line) => line.startsWith(id))).toMatch(
        new RegExp(`^${id},${yjsCode},${yjsName},`),
      );
      const [header, ...rows] = files
        .get('case-judgements.csv')!
        .trimEnd()
        .split('\r\n')
        .map((line) => line.split(','));
      expect(header).toEqual(['row', 'case', 'disposal_group', 'standard', 'key_question', 'judgement']);
      expect(new Set(rows.map((row) => row[1])).size).toBe(inspection.cases.length);
      expect(
        (final.standards as Json[]).filter(({ keyQuestions }) => keyQuestions.length).length,
      ).toBeGreaterThan(0);
      for (const standard of final.standards as Json[])
        for (const { id: keyQuestion, yes, applicable } of standard.keyQuestions as Json[]) {
          const judged = rows.filter((row) => row[4] === keyQuestion).map((row) => row[5]);
          expect([keyQuestion, judged.filter((value) => value === 'yes').length]).toEqual([keyQuestion, yes]);
          expect(judged.filter((value) => value !== 'not applicable').length).toBe(applicable);
        }

      // The PDF, rendered once at publication from the same page: tagged, its outline the page's headings,
      // which give the overall rating and each standard's final rating as approved.
      const pdf = await eventually('the report PDF rendered', async () => {
        const response = await fetch(`${system.publication.url}/inspections/${id}/report.pdf`);
        return response.status === 200 ? Buffer.from(await response.arrayBuffer()) : undefined;
      });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const outline = outlineTitles(pdf);
      expect(pdf.includes('/StructTreeRoot')).toBe(true);
      expect(outline).toContain(`Overall rating: ${final.overall}`);
      // Chromium joins a heading's wrapped lines without their space: compared without spaces.
      const unspaced = (text: string) => text.replaceAll(' ', '');
      for (const standard of final.standards as Json[])
        expect(unspaced(outline.find((title) => title.startsWith(`${standard.id} `)) ?? standard.id)).toMatch(
          new RegExp(`:${unspaced(standard.finalRating)}$`),
        );
      files.set('report.pdf outline', outline.join('\n'));
      expect(await system.publicationDb.reportPdf.count({ where: { inspectionId: id } })).toBe(1);
      expect(
        await system.publicationDb.auditEntry.findMany({
          where: { inspectionId: id, action: 'report.pdf-rendered' },
          select: { actorId: true, entityType: true, entityId: true, details: true },
        }),
      ).toEqual([
        {
          actorId: 'system:report-pdf',
          entityType: 'report',
          entityId: id,
          details: { version: expect.any(Number), bytes: pdf.length },
        },
      ]);

      // Nothing published names a case or says anything about a child: no case reference, no demographic
      // value of the inspection's long list, as a whole word (case-sensitive: ids are lower-case hex).
      const lists = await system.inspectionDb.longList.findMany({ where: { inspectionId: id } });
      const longList = await system.inspectionDb.longListCase.findMany({
        where: { longListId: { in: lists.map((list) => list.id) } },
      });
      const personal = new Set([
        ...inspection.cases.map(({ caseRef }) => caseRef),
        ...longList.flatMap((row) => [row.caseRef, row.gender, row.ethnicity]),
      ]);
      expect(personal.size).toBeGreaterThan(inspection.cases.length);
      const escaped = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const [file, content] of files)
        for (const value of personal)
          expect(new RegExp(`\\b${escaped(value)}\\b`).test(content), `${value} in ${file}`).toBe(false);
    },
  );
});
