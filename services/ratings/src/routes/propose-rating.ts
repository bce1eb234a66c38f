// PUT /api/ratings/inspections/:id/proposals/:standardId: the lead inspector proposes a qualitative
// standard's rating with evidence per prompt (004 ¶3.12, ¶3.20, ¶3.22), checked by the domain's rules
// (prompts of the standard, case-file evidence from sampled cases, triangulation). Based on a version, so
// a second lead's save never silently overwrites the first. Approved ratings no longer take proposals.
import { ProposalBody, ProposalView, StandardParams, problem } from '@yji/contracts';
import { checkQualitativeEvidence } from '@yji/domain';
import { actorOf, errorResponses, HttpError, type App } from '@yji/service-kit';
import { LEAD, panelRoute } from '../access/panel-access.ts';
import { auditPanel } from '../audit/audit-panel.ts';
import type { RatingsDb } from '../db.ts';
import { proposalView } from '../panel/panel-pack.ts';
import { loadPanelRatings } from '../panel/panel-ratings.ts';
import { refuseOnceApproved } from '../panel/panel-turn.ts';
import { sampledCaseRefs } from '../panel/sampled-cases.ts';

/** Findings for every prompt of a standard fit well within this. */
const PROPOSAL_BODY_LIMIT_BYTES = 512 * 1024;

export function registerProposeRating(app: App, db: RatingsDb) {
  app.put(
    '/api/ratings/inspections/:id/proposals/:standardId',
    {
      ...panelRoute(db, LEAD, {
        summary: "Propose a qualitative standard's rating with evidence per prompt",
        description:
          'Only for a qualitative standard the inspection rates (2.5 only with resettlement in scope). ' +
          'Evidence that breaks a rule answers 422 naming each place; an older version 409 stale-version.',
        params: StandardParams,
        body: ProposalBody,
        response: { 200: ProposalView, ...errorResponses(409, 422) },
      }),
      bodyLimit: PROPOSAL_BODY_LIMIT_BYTES,
    },
    async (request) => {
      const { id, standardId } = request.params;
      const { body } = request;
      const ratings = await loadPanelRatings(db, id);
      if (!ratings) throw new HttpError(problem('panel-not-open'));
      const standard = ratings.base.standards.find((candidate) => candidate.id === standardId);
      if (!standard || standard.kind !== 'qualitative')
        throw new HttpError(problem('not-found', { what: 'qualitative standard' }));
      const { errors } = checkQualitativeEvidence(
        { framework: ratings.panel.standardsFramework, standard: standardId, items: body.items },
        // 004 ¶2.2: a new proposal answers each prompt it gives yes or no.
        { sampledCaseRefs: sampledCaseRefs(ratings), answersRequired: true },
      );
      if (errors.length) throw new HttpError(problem('evidence-invalid', { problems: errors }));

      const version = body.version + 1;
      const data = { rating: body.rating, items: body.items, proposedBy: request.principal.userId, version };
      const key = { inspectionId_standardId: { inspectionId: id, standardId } };
      const outcome = await db.$transaction(async (tx) => {
        await refuseOnceApproved(tx, id);
        const { count } = await tx.proposal.updateMany({
          where: { inspectionId: id, standardId, version: body.version },
          data: { ...data, proposedAt: new Date() },
        });
        const written =
          count === 1 ||
          (body.version === 0 &&
            (
              await tx.proposal.createMany({
                data: [{ inspectionId: id, standardId, ...data }],
                skipDuplicates: true,
              })
            ).count === 1);
        if (!written)
          return { written, current: (await tx.proposal.findUnique({ where: key }))?.version ?? 0 };
        await auditPanel(tx, actorOf(request), id, 'proposal.recorded', {
          standardId,
          rating: body.rating,
          version,
          prompts: body.items.map(({ prompt }) => prompt),
        });
        return { written, proposal: await tx.proposal.findUniqueOrThrow({ where: key }) };
      });
      if (!outcome.written) throw new HttpError(problem('stale-version', { current: outcome.current }));
      return proposalView(outcome.proposal, ratings.panel.standardsFramework);
    },
  );
}
