// The names people know inspections by — the youth justice service's name and code — for the pages that
// list case tasks and reviews, which the fieldwork service keeps by inspection id. One call per page for
// every inspection the person is on the team of, not one per row.
import type { z } from 'zod';
import type { InspectionList } from '@yji/contracts';
import type { ServiceApi } from './service-api.ts';

export interface InspectionName {
  name: string;
  code: string;
}

export async function inspectionNames(api: ServiceApi): Promise<ReadonlyMap<string, InspectionName>> {
  const { inspections } = await api.get<z.infer<typeof InspectionList>>('/api/inspections');
  return new Map(inspections.map(({ id, yjs }) => [id, { name: yjs.name, code: yjs.code }]));
}

/** Each row with the name of its inspection; none when the names could not be read. */
export const named = <T extends { inspectionId: string }>(
  rows: readonly T[],
  names: ReadonlyMap<string, InspectionName> | undefined,
) => rows.map((row) => ({ ...row, inspection: names?.get(row.inspectionId) }));
