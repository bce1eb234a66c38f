// The framework versions an inspection may pin, slot by slot, as the create form offers them: each with its
// title and whether it is published. The rule of which fits where is the domain's (frameworkSelectionProblems).
import { frameworkSelectionProblems, listFrameworks, type Framework } from '@yji/domain';

export type Slot = 'courtDisposals' | 'outOfCourt' | 'standards';

const DEFAULTS: Record<Slot, string> = {
  courtDisposals: 'd2-v6.5',
  outOfCourt: 'd3-v3.6',
  standards: 'standards-2020',
};

/** A slot's choices: the frameworks that, put in that slot of the default selection, the domain accepts. */
export function frameworkChoices(slot: Slot): { value: string; text: string; hint: string }[] {
  return (
    listFrameworks()
      .filter((framework: Framework) => {
        const selection = { ...DEFAULTS, [slot]: framework.id };
        return !frameworkSelectionProblems(selection).some((problem) => problem.field === slot);
      })
      // The 2016 FJI/SQS framework also needs its programme chosen; the API takes it, this form does not yet.
      .filter((framework) => framework.family === 'youth-standards')
      .map((framework) => ({
        value: framework.id,
        text: framework.id,
        hint: `${framework.title} (${framework.status.stage})`,
      }))
  );
}

export const DEFAULT_FRAMEWORKS = DEFAULTS;
