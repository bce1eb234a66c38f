// The safeguarding alert form names the case it is raised on — "Case <ref>" above its heading and in its
// breadcrumb — so someone with several cases open can tell them apart; never in its title. It reads the
// reference as the page the person came from does (the assessor's task, the QA review), an audited read of
// the case; refused that read, the form still works and names no case.
import { describe, expect, it } from 'vitest';
import { PEOPLE, type System } from '../../../tests/harness/index.ts';
import { CookieJar, csrfTokenOn, follow, signInAs, submit } from './browserless.ts';
import { firstCaseSubmittedForReview, inspectorsOneCase } from './inspection-set-ups.ts';
import { usePortalOnServices } from './portal-under-test.ts';

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
const captionOf = (html: string) => /<span class="govuk-caption-l">([^<]*)<\/span>/.exec(html)?.[1]?.trim();
/** The breadcrumb back to the case: its text and where it leads. */
const backLinkOf = (html: string, href: string) =>
  new RegExp(`<a class="govuk-breadcrumbs__link" href="${href}">([^<]*)</a>`).exec(html)?.[1]?.trim();

const caseRefOf = async (system: System, taskId: string) =>
  (await system.fieldworkDb.caseTask.findUniqueOrThrow({ where: { id: taskId } })).caseRef;

/** The `case.read` entries of `userId` on the task's `entityType` record (its task or its review). */
const readsOf = (system: System, userId: string, taskId: string, entityType: string) =>
  system.fieldworkDb.auditEntry.count({
    where: { actorId: userId, action: 'case.read', entityType, entityId: taskId },
  });

describe('the safeguarding alert form names its case', () => {
  const services = usePortalOnServices({});

  it('for the assessor, from their case page, read as the task', { timeout: 120_000 }, async () => {
    const [system, portal] = [services.system(), services.portal()];
    const { taskId } = await inspectorsOneCase(system, 'alert-names-case');
    const caseRef = await caseRefOf(system, taskId);
    const jar = new CookieJar();
    await signInAs(jar, portal.url, PEOPLE.inspector.userId);
    const before = await readsOf(system, PEOPLE.inspector.userId, taskId, 'case-task');

    const form = await follow(jar, `${portal.url}/cases/${taskId}/alert`);

    expect(form.status).toBe(200);
    expect(captionOf(form.body)).toBe(`Case ${caseRef}`);
    expect(backLinkOf(form.body, `/tasks/${taskId}`)).toBe(`Case ${caseRef}`);
    expect(titleOf(form.body)).toContain('Raise a safeguarding alert');
    expect(titleOf(form.body)).not.toContain(caseRef);
    expect(await readsOf(system, PEOPLE.inspector.userId, taskId, 'case-task')).toBe(before + 1);

    // Sent with a problem, the form comes back naming the case still, with its key and where it came from.
    const key = /name="idempotencyKey" value="([^"]+)"/.exec(form.body)![1]!;
    const sent = await submit(jar, `${portal.url}/cases/${taskId}/alert`, {
      _csrf: csrfTokenOn(form.body)!,
      idempotencyKey: key,
      from: 'task',
      urgency: 'immediate',
    });
    expect(sent.status).toBe(400);
    expect(sent.body).toContain('Choose what the concern is about');
    expect(captionOf(sent.body)).toBe(`Case ${caseRef}`);
    expect(backLinkOf(sent.body, `/tasks/${taskId}`)).toBe(`Case ${caseRef}`);
    expect(titleOf(sent.body)).not.toContain(caseRef);
    expect(sent.body).toContain(`name="idempotencyKey" value="${key}"`);
  });

  it(
    'for a QA reviewer, from the review page, read as the review; a case not yet reviewable named not at all',
    { timeout: 120_000 },
    async () => {
      const [system, portal] = [services.system(), services.portal()];
      const { first, second } = await firstCaseSubmittedForReview(system, 'alert-names-case-qa');
      const caseRef = await caseRefOf(system, first.taskId);
      const jar = new CookieJar();
      await signInAs(jar, portal.url, PEOPLE.reviewer.userId);
      const before = await readsOf(system, PEOPLE.reviewer.userId, first.taskId, 'case-review');

      const form = await follow(jar, `${portal.url}/cases/${first.taskId}/alert?from=qa`);

      expect(form.status).toBe(200);
      expect(captionOf(form.body)).toBe(`Case ${caseRef}`);
      expect(backLinkOf(form.body, `/qa/${first.taskId}`)).toBe(`Case ${caseRef}`);
      expect(titleOf(form.body)).toContain('Raise a safeguarding alert');
      expect(titleOf(form.body)).not.toContain(caseRef);
      expect(form.body).toContain('name="from" value="qa"');
      expect(await readsOf(system, PEOPLE.reviewer.userId, first.taskId, 'case-review')).toBe(before + 1);

      // A case with no review yet: the review's read is refused (404), and the form still works, naming no case.
      const other = await follow(jar, `${portal.url}/cases/${second.taskId}/alert?from=qa`);
      expect(other.status).toBe(200);
      expect(captionOf(other.body)).toBeUndefined();
      expect(backLinkOf(other.body, `/qa/${second.taskId}`)).toBe('The case');
      expect(other.body).toMatch(/name="idempotencyKey" value="[0-9a-f-]{36}"/);
      expect(other.body).not.toContain(await caseRefOf(system, second.taskId));
    },
  );
});
