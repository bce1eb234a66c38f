// Which question bank a sampled case is assessed against: court disposals against the domain two bank the
// inspection pinned, out-of-court disposals against its domain three bank (004 Annexe A; DOMAIN.md §2).
import { sideOf, type DisposalType } from '../sampling/index.ts';
import type { FrameworkSelection } from './framework-selection.ts';

export function frameworkForCase(selection: FrameworkSelection, disposalType: DisposalType): string {
  return sideOf(disposalType) === 'court' ? selection.courtDisposals : selection.outOfCourt;
}
