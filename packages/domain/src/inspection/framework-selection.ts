// Which framework versions an inspection may pin (docs/domain.md §2: an inspection pins its versions). A
// youth standards inspection pins a domain two bank for court disposals, a domain three bank for
// out-of-court disposals and a set of standards. A 2016 inspection (002) pins the FJI/SQS case assessment
// for its court cases — Decision: the 2016 programme assessed court sentences only (domain three arrived in
// 2018, 004 ¶3.18) and defines no standards, so its other two slots name NO_FRAMEWORK — and says which
// programme and modules it runs (002 14).
import { getFramework } from '../frameworks/index.ts';
import type { Framework, Programme, ProgrammeModule } from '../frameworks/index.ts';

export interface ProgrammeSelection {
  name: Programme;
  /** 002 14: FJI only; SQS "contains only a core module". */
  modules?: readonly ProgrammeModule[];
}

export interface FrameworkSelection {
  courtDisposals: string;
  outOfCourt: string;
  standards: string;
  /** The 2016 programme; given exactly when the 2016 framework is pinned. */
  programme?: ProgrammeSelection;
}

/** What a slot names when the inspection's family has no framework for it. */
export const NO_FRAMEWORK = 'none';

type Slot = 'courtDisposals' | 'outOfCourt' | 'standards';
type Problem = { field: keyof FrameworkSelection; message: string };

const YOUTH_STANDARDS_DOMAIN: Record<Slot, 2 | 3 | null> = {
  courtDisposals: 2,
  outOfCourt: 3,
  standards: null,
};

/** Problems with a selection, each naming the field; empty when it can be pinned. */
export function frameworkSelectionProblems(selection: FrameworkSelection): Problem[] {
  const court = getFramework(selection.courtDisposals);
  return court?.family === 'fji-sqs-2016'
    ? programmeSelectionProblems(selection)
    : youthStandardsProblems(selection);
}

function youthStandardsProblems(selection: FrameworkSelection): Problem[] {
  const problems = (Object.keys(YOUTH_STANDARDS_DOMAIN) as Slot[]).flatMap((field): Problem[] => {
    const framework = getFramework(selection[field]);
    if (!framework) return [{ field, message: 'unknown framework version' }];
    const expected = YOUTH_STANDARDS_DOMAIN[field];
    if (framework.family !== 'youth-standards' || framework.domain !== expected) {
      const what =
        expected === null ? 'a set of standards' : `a domain ${expected === 2 ? 'two' : 'three'} framework`;
      return [{ field, message: `is not ${what}` }];
    }
    return [];
  });
  if (selection.programme !== undefined)
    problems.push({ field: 'programme', message: 'is given only with the 2016 FJI/SQS framework' });
  return problems;
}

function programmeSelectionProblems(selection: FrameworkSelection): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['outOfCourt', 'standards'] as const) {
    if (selection[field] !== NO_FRAMEWORK)
      problems.push({ field, message: `must be "${NO_FRAMEWORK}" with the 2016 FJI/SQS framework` });
  }
  const { programme } = selection;
  if (programme === undefined) {
    problems.push({ field: 'programme', message: 'is needed with the 2016 FJI/SQS framework: fji or sqs' });
  } else if (programme.name === 'sqs' && (programme.modules ?? []).length > 0) {
    problems.push({ field: 'programme', message: 'modules are FJI only (002 14)' });
  } else if (new Set(programme.modules).size !== (programme.modules ?? []).length) {
    problems.push({ field: 'programme', message: 'names a module twice' });
  }
  return problems;
}

/** The frameworks a valid selection pins for cases: court and, where it has one, out-of-court. */
export function caseFrameworksOf(selection: FrameworkSelection): Framework[] {
  return [selection.courtDisposals, selection.outOfCourt]
    .filter((id) => id !== NO_FRAMEWORK)
    .map((id) => getFramework(id))
    .filter((framework): framework is Framework => framework !== undefined);
}
