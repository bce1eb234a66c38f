// For a lead inspector's home page: for each inspection they lead whose report is on its way to
// publication, its next step — write the report, send it for the factual accuracy check, wait for the
// check, answer its comments, revise it for the comments accepted, schedule publication — read from the
// publication service.
import type { FastifyRequest } from 'fastify';
import type { InspectionPhase, ReportDraftView, ScheduleView } from '@yji/contracts';
import { acceptedAfter } from '@yji/domain';
import { inspectionName, type ListedInspection } from '../api/inspection-names.ts';
import { govukDateTime } from '../web/nunjucks-filters.ts';
import { readCheck } from './factual-check.ts';
import { reportApi } from './report.ts';
import { apiFor, type RouteDeps } from './route-deps.ts';

/**
 * Phases in which no report can be on its way: before fieldwork no panel can have approved ratings, and a
 * published one has no next step. Otherwise the publication service is the authority — a report exists once
 * the chair approves — so the phase, which reaches the list a moment later, only spares calls.
 */
const NO_REPORT_PHASES: ReadonlySet<InspectionPhase> = new Set(['set-up', 'sampling', 'published']);

async function nextStep(deps: RouteDeps, request: FastifyRequest, id: string) {
  const api = apiFor(deps, request);
  const at = (page: string) => `/inspections/${id}/${page}`;
  const draft = await api.send<ReportDraftView>('GET', `${reportApi(id)}/draft`);
  if (!draft.ok) return null;
  if (draft.body.version === 0) return { text: 'Write the report', href: at('report') };
  const check = await readCheck(deps, request, id);
  if (!check) return { text: 'Send the report for the factual accuracy check', href: at('factual-check') };
  if (check.open)
    return {
      text: `Factual accuracy check open until ${govukDateTime(check.deadline)}`,
      href: at('factual-check'),
    };
  const unanswered = check.comments.filter((comment) => !comment.response).length;
  if (unanswered)
    return {
      text: `Respond to ${unanswered} comment${unanswered === 1 ? '' : 's'} from the factual accuracy check`,
      href: at('factual-check'),
    };
  // Comments accepted after the latest version was saved: the report to revise comes before its publication.
  const notWorkedIn = acceptedAfter(check.comments, draft.body).length;
  if (notWorkedIn)
    return {
      text: `Revise the report: ${notWorkedIn} comment${notWorkedIn === 1 ? '' : 's'} accepted after its latest version`,
      href: at('report'),
    };
  const schedule = await api.get<ScheduleView>(`${reportApi(id)}/schedule`);
  return schedule.publishAt
    ? { text: `Publication scheduled for ${govukDateTime(schedule.publishAt)}`, href: at('schedule') }
    : { text: 'Schedule publication', href: at('schedule') };
}

export async function publicationNextSteps(
  deps: RouteDeps,
  request: FastifyRequest,
  leading: readonly ListedInspection[],
) {
  const steps = await Promise.all(
    leading
      .filter((inspection) => !NO_REPORT_PHASES.has(inspection.phase))
      .map(async (inspection) => ({
        id: inspection.id,
        name: inspectionName(inspection),
        step: await nextStep(deps, request, inspection.id),
      })),
  );
  return steps.flatMap(({ step, ...inspection }) => (step ? [{ ...inspection, step }] : []));
}
