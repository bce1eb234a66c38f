// GET /api/inspections: the inspections the caller is on the team of, for the portal's lists. Only
// settings and phases; no case data, so nothing here is audited. Phases come from Temporal's visibility
// (the YjiInspectionPhase search attribute) in one call, not from a query per workflow: a query needs a
// worker to answer and would make a list of many inspections wait on each. An inspection Temporal no longer
// lists (its finished workflow removed under Temporal's retention) shows the phase it ended in.
import type { Client } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { InspectionList, InspectionListQuery, InspectionPhase, Role } from '@yji/contracts';
import { fromDateColumn } from '@yji/db';
import { errorResponses, requireRole, type App } from '@yji/service-kit';
import { inspectionPhaseKey } from '@yji/workflows';
import type { InspectionDb } from '../db.ts';
import { phaseOfRecord } from '../workflow/inspection-state.ts';

export function registerListInspections(app: App, db: InspectionDb, temporal: Client) {
  app.get(
    '/api/inspections',
    {
      onRequest: requireRole(...(Role.options as [Role, ...Role[]])),
      schema: {
        tags: ['inspections'],
        summary: 'The inspections the caller is on the team of, newest first; optionally in one phase',
        querystring: InspectionListQuery,
        response: { 200: InspectionList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const memberships = await db.teamMember.findMany({ where: { userId: request.principal.userId } });
      const rolesOf = new Map<string, Role[]>();
      for (const { inspectionId, role } of memberships)
        rolesOf.set(inspectionId, [...(rolesOf.get(inspectionId) ?? []), role as Role]);
      const records = await db.inspection.findMany({
        where: { id: { in: [...rolesOf.keys()] } },
        orderBy: { createdAt: 'desc' },
      });
      const phases = await phasesOf(
        temporal,
        records.map((record) => record.id),
      );
      const unlisted = records.filter((record) => !phases.has(record.id)).map((record) => record.id);
      const confirmed = new Set(
        unlisted.length === 0
          ? []
          : (
              await db.sample.findMany({
                where: { inspectionId: { in: unlisted }, confirmedAt: { not: null } },
                select: { inspectionId: true },
              })
            ).map(({ inspectionId }) => inspectionId),
      );
      const listed = records.map((record) => ({
        id: record.id,
        yjs: { name: record.yjsName, code: record.yjsCode },
        fieldworkStart: fromDateColumn(record.fieldworkStart),
        fieldworkEnd: record.fieldworkEnd && fromDateColumn(record.fieldworkEnd),
        // Not listed by Temporal: removed under its retention once finished (an inspection with a confirmed
        // sample has been listed long since), else only just started (in set-up).
        phase: phases.get(record.id) ?? phaseOfRecord(record, confirmed.has(record.id)),
        roles: rolesOf.get(record.id) ?? [],
      }));
      const { phase } = request.query;
      return { inspections: phase ? listed.filter((inspection) => inspection.phase === phase) : listed };
    },
  );
}

/**
 * Each inspection's phase as its workflow last recorded it; the newest run of each id wins. Read through the
 * raw visibility call, not the client's `workflow.list`: that decodes every run's memo with the payload codec,
 * and one memo it cannot decode (written under a key the key set no longer holds — or by another test run's
 * key) would fail the whole list, when all it needs is a search attribute, which is never encoded.
 */
async function phasesOf(temporal: Client, ids: string[]): Promise<Map<string, InspectionPhase>> {
  const phases = new Map<string, InspectionPhase>();
  if (ids.length === 0) return phases;
  // The ids are uuids read from our own table, so quoting them into the query is safe.
  const query = `WorkflowId IN (${ids.map((id) => `'${id}'`).join(', ')})`;
  let nextPageToken: Uint8Array | undefined;
  do {
    const page = await temporal.workflowService.listWorkflowExecutions({
      namespace: temporal.options.namespace,
      query,
      nextPageToken,
    });
    for (const execution of page.executions) {
      const workflowId = execution.execution?.workflowId;
      const recorded = execution.searchAttributes?.indexedFields?.[inspectionPhaseKey.name];
      const phase = InspectionPhase.safeParse(recorded && defaultPayloadConverter.fromPayload(recorded));
      if (workflowId && phase.success && !phases.has(workflowId)) phases.set(workflowId, phase.data);
    }
    nextPageToken = page.nextPageToken;
  } while (nextPageToken?.length);
  return phases;
}
