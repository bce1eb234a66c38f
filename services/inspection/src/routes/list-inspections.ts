// GET /api/inspections: the inspections the caller is on the team of, for the portal's lists. Only
// settings and phases; no case data, so nothing here is audited.
import type { Client } from '@temporalio/client';
import { InspectionList, InspectionListQuery, Role } from '@yji/contracts';
import { fromDateColumn } from '@yji/db';
import { errorResponses, requireRole, type App } from '@yji/service-kit';
import { inspectionStateQuery } from '@yji/workflows';
import type { InspectionDb } from '../db.ts';

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
      const listed = await Promise.all(
        records.map(async (record) => ({
          id: record.id,
          yjs: { name: record.yjsName, code: record.yjsCode },
          fieldworkStart: fromDateColumn(record.fieldworkStart),
          fieldworkEnd: record.fieldworkEnd && fromDateColumn(record.fieldworkEnd),
          phase: (await temporal.workflow.getHandle(record.id).query(inspectionStateQuery)).phase,
          roles: rolesOf.get(record.id) ?? [],
        })),
      );
      const { phase } = request.query;
      return { inspections: phase ? listed.filter((inspection) => inspection.phase === phase) : listed };
    },
  );
}
