// The case manager interview an assessor records with a case (PUT /api/fieldwork/tasks/<id>/interview): on the
// first day of fieldwork of an inspection the harness starts (FIELDWORK_START_AHEAD), with the case manager.
import { FIELDWORK_START_AHEAD } from './dates.ts';

/** The interview's body, with `notes`. */
export const caseManagerInterview = (notes = 'Discussed the plan.') => ({
  date: FIELDWORK_START_AHEAD,
  withWhom: 'case manager',
  notes,
});
