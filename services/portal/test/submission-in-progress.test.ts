// An assessor's submission the fieldwork service accepted but the case workflow had not carried out within
// the time a request waits (202 decision-in-progress: a busy system, here SUBMIT_WAIT_MS = 1 ms) is not read
// as done: the portal goes back to the case and says it is still being carried out, not "Case submitted".
import { describe, expect, it } from 'vitest';
import {
  callerAs,
  caseManagerInterview,
  completeAssessment,
  eventually,
  inspectionInFieldwork,
} from '../../../tests/harness/index.ts';
import { CookieJar, csrfTokenOn, follow, signInAs, submit } from './browserless.ts';
import { usePortalOnServices } from './portal-under-test.ts';

describe('a submission still being carried out', () => {
  const services = usePortalOnServices({ SUBMIT_WAIT_MS: '1' });

  it('returns the assessor to the case, saying the submission is still being carried out', async () => {
    const [system, portal] = [services.system(), services.portal()];
    const lead = callerAs(system, 'lead-1', ['lead-inspector']);
    const assessor = callerAs(system, 'inspector-1', ['inspector']);
    const { cases } = await inspectionInFieldwork(system, lead, {
      team: [{ userId: 'inspector-1', role: 'inspector' }],
      sampleSize: 1,
    });
    const taskId = cases[0]!.taskId;
    // Answered through the API; the form then submits them as stored (it sends no answer it did not show).
    const path = `/api/fieldwork/tasks/${taskId}`;
    const { answers, firstDraft } = completeAssessment((await assessor('GET', path)).body);
    expect((await assessor('PUT', `${path}/draft`, firstDraft())).status).toBe(200);
    const interview = caseManagerInterview();
    expect((await assessor('PUT', `${path}/interview`, interview)).status).toBe(200);
    expect((await assessor('PUT', `${path}/draft`, { version: 1, answers })).status).toBe(200);

    const jar = new CookieJar();
    await signInAs(jar, portal.url, 'inspector-1');
    const page = await follow(jar, `${portal.url}/tasks/${taskId}`);
    const sent = await submit(jar, `${portal.url}/tasks/${taskId}`, {
      _csrf: csrfTokenOn(page.body)!,
      version: '2',
      action: 'submit',
      safetyWellbeing: 'medium',
      riskOfHarm: 'medium',
      careHome: 'yes',
      careAssessed: 'yes',
    });

    expect([sent.status, new URL(sent.url).pathname]).toEqual([200, `/tasks/${taskId}`]);
    expect(sent.body).toContain('Your decision was accepted and is still being carried out.');
    expect(sent.body).not.toContain('Case submitted');
    // It was carried out all the same.
    await eventually('the submission to be carried out', async () =>
      (await assessor('GET', path)).body.state === 'submitted' ? true : undefined,
    );
  });
});
