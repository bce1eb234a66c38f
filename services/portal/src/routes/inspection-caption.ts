// The inspection a page is about, as the person's list of inspections has it, for the page's caption and its
// way back: on pages whose service keeps the inspection by its id only (the ratings panel, the report). A part
// of the page (page-parts.ts): when the inspection service cannot answer just now, the page shows without it.
import type { FastifyRequest } from 'fastify';
import { inspectionName, listedInspections, type ListedInspection } from '../api/inspection-names.ts';
import { isUnavailable, partOf } from './page-parts.ts';
import { apiFor, type RouteDeps } from './route-deps.ts';

export async function listedInspection(
  deps: RouteDeps,
  request: FastifyRequest,
  id: string,
): Promise<ListedInspection | undefined> {
  const listed = await partOf(request, 'inspection names', () => listedInspections(apiFor(deps, request)));
  return isUnavailable(listed) ? undefined : listed.get(id);
}

/** "Westmoor Youth Justice Service — fieldwork from 27 January 2027", for the page's caption. */
export async function inspectionCaption(deps: RouteDeps, request: FastifyRequest, id: string) {
  const listed = await listedInspection(deps, request, id);
  return listed && inspectionName(listed);
}
