// Which question bank a sampled case is assessed against: court disposals against the court bank the
// inspection pinned, out-of-court disposals against its out-of-court bank (004 Annexe A; docs/domain.md §2).
import { sideOf, type DisposalType } from '../sampling/index.ts';
import { NO_FRAMEWORK, caseFrameworksOf, type FrameworkSelection } from './framework-selection.ts';

export function frameworkForCase(selection: FrameworkSelection, disposalType: DisposalType): string {
  const side = sideOf(disposalType);
  const id = side === 'court' ? selection.courtDisposals : selection.outOfCourt;
  if (id === NO_FRAMEWORK)
    throw new Error(
      `the inspection pins no framework for ${side === 'court' ? 'court' : 'out-of-court'} disposals`,
    );
  return id;
}

/**
 * The disposal types the inspection's frameworks assess, for its long list (parseLongList's disposalTypes):
 * a case of any other type could not be assessed. `selection` must be one frameworkSelectionProblems accepts.
 */
export function disposalTypesFor(selection: FrameworkSelection): [DisposalType, ...DisposalType[]] {
  const types = caseFrameworksOf(selection).flatMap((framework) => framework.disposalTypes ?? []);
  const unique = [...new Set(types)];
  if (unique.length === 0) throw new Error('the selection pins no framework that assesses cases');
  return unique as [DisposalType, ...DisposalType[]];
}
