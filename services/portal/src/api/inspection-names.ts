// The names people know inspections by — the youth justice service's name and the day its fieldwork starts,
// which tells two inspections of one YJS apart — for the pages that list case tasks and reviews, which the
// fieldwork service keeps by inspection id. One call per page for every inspection the person is on the
// team of, not one per row.
import type { z } from 'zod';
import type { InspectionList } from '@yji/contracts';
import { govukDate } from '../web/nunjucks-filters.ts';
import type { ServiceApi } from './service-api.ts';

export type ListedInspection = z.infer<typeof InspectionList>['inspections'][number];

/** "Glanmor Youth Justice Service — fieldwork from 5 April 2027". */
export const inspectionName = ({ yjs, fieldworkStart }: Pick<ListedInspection, 'yjs' | 'fieldworkStart'>) =>
  `${yjs.name} — fieldwork from ${govukDate(fieldworkStart)}`;

/** The inspections the person is on, by id. */
export async function listedInspections(api: ServiceApi): Promise<ReadonlyMap<string, ListedInspection>> {
  const { inspections } = await api.get<z.infer<typeof InspectionList>>('/api/inspections');
  return new Map(inspections.map((inspection) => [inspection.id, inspection]));
}

export async function inspectionNames(api: ServiceApi): Promise<ReadonlyMap<string, string>> {
  const listed = await listedInspections(api);
  return new Map([...listed].map(([id, inspection]) => [id, inspectionName(inspection)]));
}

/** Each row with the name of its inspection; none when the names could not be read. */
export const named = <T extends { inspectionId: string }>(
  rows: readonly T[],
  names: ReadonlyMap<string, string> | undefined,
) => rows.map((row) => ({ ...row, inspectionName: names?.get(row.inspectionId) }));
