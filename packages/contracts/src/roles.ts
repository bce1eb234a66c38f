// Who may do what: the roles a token carries and a team membership grants (docs/domain.md §1).
import { z } from 'zod';
import { CASE_REFERENCE, CASE_REFERENCE_RULE } from '@yji/domain';

export const Role = z.enum([
  'lead-inspector',
  'inspector',
  'local-assessor',
  'qa-reviewer',
  'panel-chair',
  'yjs-contact',
]);
export type Role = z.infer<typeof Role>;

/** Roles that assess cases (docs/domain.md §1: inspectors and local assessors pick up case tasks). */
export const ASSESSOR_ROLES = ['inspector', 'local-assessor'] as const satisfies readonly Role[];

/** The team roles that seat a person on the inspection's ratings panel (docs/domain.md §1: the panel). */
export const PANEL_ROLES = ['panel-chair', 'lead-inspector', 'inspector'] as const satisfies readonly Role[];

/** A user id as the identity provider issues it (the token's `sub`). */
export const UserId = z
  .string()
  .regex(/^[A-Za-z0-9._@-]{1,100}$/, 'use letters, digits and . _ @ - (at most 100)');

/** A pseudonymous case reference from the long list; never a name. One definition with the long list's case_id. */
export const CaseRef = z.string().regex(CASE_REFERENCE, `use ${CASE_REFERENCE_RULE}`);
