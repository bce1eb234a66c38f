// For the home page: the ratings panels the person sits on that are sitting now — the inspections at their
// ratings panel on whose team the person is its chair, the lead inspector or an inspector (docs/domain.md §1:
// the panel) — from the inspection service's list of the person's inspections. The panel's page asks the
// ratings service, which decides who may read it; the ratings service keeps no list of a person's panels.
import { PANEL_ROLES, type Role } from '@yji/contracts';
import { inspectionName, type ListedInspection } from '../api/inspection-names.ts';

/** Whether one of `roles` seats a person on an inspection's ratings panel. */
export const seatsOnPanel = (roles: readonly Role[]) =>
  roles.some((role) => (PANEL_ROLES as readonly Role[]).includes(role));

export const panelsSitting = (inspections: readonly ListedInspection[]) =>
  inspections
    .filter((inspection) => inspection.phase === 'ratings-panel' && seatsOnPanel(inspection.roles))
    .map((inspection) => ({ id: inspection.id, name: inspectionName(inspection) }));
