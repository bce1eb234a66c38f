// Records a panel decision on one standard for the ratings panel workflow, which has checked the phase and
// the person's role. The decision must fit the standard as the figures stand (the domain's rules), its
// rationale must name no sampled case (the approved set publishes it), and it must be based on the current
// version of the standard's decision: two panel members never overwrite each other.
import { problem, recordDecision } from '@yji/contracts';
import { namesCase, newPanelDecisionProblems } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import { refuseIfPurged } from '@yji/service-kit';
import { auditPanel } from '../audit/audit-panel.ts';
import { loadPanelRatings } from '../panel/panel-ratings.ts';
import { takePanelTurn } from '../panel/panel-turn.ts';
import { sampledCaseRefs } from '../panel/sampled-cases.ts';
import { ratingsCommand } from './ratings-command.ts';

export const recordDecisionHandler = ratingsCommand(recordDecision, async (db, command) => {
  const { inspectionId, actor, decision } = command;
  const ratings = await loadPanelRatings(db, inspectionId);
  if (!ratings) throw new CommandRejected(problem('panel-not-open'));
  const current = ratings.decisions.find(({ standardId }) => standardId === decision.standardId);
  const version = command.version + 1;
  // Stored trimmed, and none when blank: compared as stored.
  const rationale = decision.rationale?.trim() || null;
  // The same decision again (the activity retried after it was stored) is answered as it was.
  const storedAlready = (
    stored:
      | {
          version: number;
          decidedBy: string | null;
          decision: string;
          to: string | null;
          rationale: string | null;
        }
      | null
      | undefined,
  ) =>
    stored?.version === version &&
    stored.decidedBy === actor.userId &&
    stored.decision === decision.decision &&
    stored.to === (decision.to ?? null) &&
    stored.rationale === rationale;
  if (storedAlready(current)) return { standardId: decision.standardId, version };
  if ((current?.version ?? 0) !== command.version)
    throw new CommandRejected(problem('stale-version', { current: current?.version ?? 0 }));

  const standard = ratings.base.standards.find(({ id }) => id === decision.standardId);
  if (!standard) throw new CommandRejected(problem('not-found', { what: 'standard' }));
  const problems = newPanelDecisionProblems(standard, decision);
  // Named by its field, never quoted: the refusal must not carry the reference it is about.
  if (rationale && namesCase(rationale, sampledCaseRefs(ratings)))
    problems.push(
      'rationale names a sampled case by its case reference; it is published with the report, so ' +
        'describe the case without it',
    );
  if (problems.length) throw new CommandRejected(problem('decision-invalid', { problems }));
  const approved = await db.finalRatingSet.count({ where: { inspectionId } });
  if (approved > 0 && !command.correction) throw new CommandRejected(problem('ratings-approved'));

  const data = {
    decision: decision.decision,
    to: decision.to ?? null,
    // The rating the decision was taken from: once it moves, the decision no longer stands
    // (panelDecisionProblems).
    decidedFrom: standard.rating,
    rationale,
    decidedBy: actor.userId,
    decidedAt: new Date(),
    version,
    correction: command.correction,
  };
  await db.$transaction(async (tx) => {
    // After the retention purge no rationale is recorded again; the panel's turn orders this with the purge,
    // which takes it too (purge-inspection.ts).
    await takePanelTurn(tx, inspectionId);
    await refuseIfPurged(tx, inspectionId, CommandRejected);
    const { count } = await tx.panelDecision.updateMany({
      where: { inspectionId, standardId: decision.standardId, version: command.version },
      data,
    });
    if (count === 0 && command.version !== 0) {
      // Moved on meanwhile: by this very decision (a retry sent while the first attempt still ran, which held
      // the row), answered as stored; by another, stale.
      const stored = await tx.panelDecision.findUnique({
        where: { inspectionId_standardId: { inspectionId, standardId: decision.standardId } },
      });
      if (storedAlready(stored)) return;
      throw new CommandRejected(problem('stale-version', { current: stored?.version ?? version }));
    }
    // No row yet: the first decision, unless another one was stored meanwhile (the key refuses).
    if (count === 0)
      await tx.panelDecision.create({ data: { inspectionId, standardId: decision.standardId, ...data } });
    await auditPanel(tx, actor, inspectionId, 'decision.recorded', {
      standardId: decision.standardId,
      decision: decision.decision,
      to: decision.to ?? null,
      version,
      correction: command.correction,
    });
  });
  return { standardId: decision.standardId, version };
});
