// Teams that several tests set, named so that a test says which team it means rather than spelling out its
// members again (as PEOPLE names single people).
import type { FieldworkSetUp } from './api.ts';

/** Two inspectors to assess the cases between them, so that a case can be moved from one to the other. */
export const TWO_INSPECTORS: FieldworkSetUp['team'] = [
  { userId: 'inspector-1', role: 'inspector' },
  { userId: 'inspector-2', role: 'inspector' },
];
