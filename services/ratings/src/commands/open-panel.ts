// Opens the inspection's ratings panel, the workflow's first activity: what the ratings need to know of the
// inspection. Opening it again changes nothing: the activity may run more than once.
import { openPanel } from '@yji/contracts';
import { resettlementInScope } from '@yji/domain';
import { systemActor } from '@yji/service-kit';
import { auditPanel } from '../audit/audit-panel.ts';
import { ratingsCommand } from './ratings-command.ts';

/** Commands come from the ratings panel workflow, which carries the person as the command's actor. */
const WORKFLOW_ACTOR = systemActor('ratings-panel-workflow');

export const openPanelHandler = ratingsCommand(openPanel, async (db, command) => {
  const inScope = resettlementInScope(command.custodyCases, command.frameworks.standards);
  const created = await db.$transaction(async (tx) => {
    const { count } = await tx.panel.createMany({
      data: [
        {
          inspectionId: command.inspectionId,
          leadInspectorId: command.leadInspectorId,
          courtFramework: command.frameworks.courtDisposals,
          oocdFramework: command.frameworks.outOfCourt,
          standardsFramework: command.frameworks.standards,
          resettlementInScope: inScope,
        },
      ],
      skipDuplicates: true,
    });
    if (count === 1)
      await auditPanel(tx, WORKFLOW_ACTOR, command.inspectionId, 'panel.opened', {
        custodyCases: command.custodyCases,
        resettlementInScope: inScope,
      });
    return count === 1;
  });
  const panel = await db.panel.findUniqueOrThrow({ where: { inspectionId: command.inspectionId } });
  return { opened: created, resettlementInScope: panel.resettlementInScope };
});
