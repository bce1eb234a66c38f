// Which framework versions an inspection may pin: a domain two bank for court disposals, a domain three
// bank for out-of-court disposals, and a set of standards (DOMAIN.md §2: an inspection pins its versions).
import { getFramework } from '../frameworks/index.ts';

export interface FrameworkSelection {
  courtDisposals: string;
  outOfCourt: string;
  standards: string;
}

const EXPECTED_DOMAIN: Record<keyof FrameworkSelection, 2 | 3 | null> = {
  courtDisposals: 2,
  outOfCourt: 3,
  standards: null,
};

/** Problems with a selection, each naming the field; empty when it can be pinned. */
export function frameworkSelectionProblems(
  selection: FrameworkSelection,
): { field: keyof FrameworkSelection; message: string }[] {
  return (Object.keys(EXPECTED_DOMAIN) as (keyof FrameworkSelection)[]).flatMap((field) => {
    const framework = getFramework(selection[field]);
    if (!framework) return [{ field, message: `unknown framework version` }];
    const expected = EXPECTED_DOMAIN[field];
    if (framework.domain !== expected) {
      return [
        {
          field,
          message:
            expected === null
              ? 'is not a set of standards'
              : `is not a domain ${expected === 2 ? 'two' : 'three'} framework`,
        },
      ];
    }
    return [];
  });
}
