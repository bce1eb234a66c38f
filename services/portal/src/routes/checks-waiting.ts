// For a YJS contact's home page: the factual accuracy checks of the inspections they are the contact for —
// the ones open for their comments, with the deadline, and the ones closed, to read. Each by the YJS's name
// and its fieldwork's start: a contact sees every inspection of their own service.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { InspectionList } from '@yji/contracts';
import { inspectionName } from '../api/inspection-names.ts';
import { readCheck } from './factual-check.ts';
import { apiFor, type RouteDeps } from './route-deps.ts';

export async function factualChecksOf(deps: RouteDeps, request: FastifyRequest) {
  const { inspections } = await apiFor(deps, request).get<z.infer<typeof InspectionList>>('/api/inspections');
  const checks = await Promise.all(
    inspections
      .filter((inspection) => inspection.roles.includes('yjs-contact'))
      .map(async (inspection) => ({ inspection, check: await readCheck(deps, request, inspection.id) })),
  );
  const sent = checks.flatMap(({ inspection, check }) =>
    check
      ? [{ id: inspection.id, name: inspectionName(inspection), deadline: check.deadline, open: check.open }]
      : [],
  );
  return { waiting: sent.filter(({ open }) => open), closed: sent.filter(({ open }) => !open) };
}
