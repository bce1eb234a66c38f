// What a case's rules need to know about its inspection (domain CaseContext.inspection), from the fieldwork
// service's copy of the inspection's settings. Decision (domain case-context.ts): an inspection the service
// has not heard of yet, or one recorded before the country was asked, is in England with no 2016 programme.
import { Country, Programme2016 } from '@yji/contracts';
import type { CaseContext } from '@yji/domain';
import type { FieldworkDb } from '../db.ts';
import type { Prisma } from '../generated/prisma/client.ts';

export type CaseInspection = NonNullable<CaseContext['inspection']>;

export async function inspectionOfCase(
  db: FieldworkDb | Prisma.TransactionClient,
  inspectionId: string,
): Promise<CaseInspection> {
  return caseInspectionFrom(await db.inspectionSettings.findUnique({ where: { inspectionId } }));
}

/** The settings row as the rules take it (null: not heard of yet). */
export function caseInspectionFrom(
  settings: { country: string | null; programme: unknown } | null,
): CaseInspection {
  const country = settings?.country ? Country.parse(settings.country) : 'england';
  const programme = settings?.programme ? Programme2016.parse(settings.programme) : undefined;
  return {
    country,
    ...(programme
      ? { programme: programme.name, ...(programme.modules ? { modules: programme.modules } : {}) }
      : {}),
  };
}
