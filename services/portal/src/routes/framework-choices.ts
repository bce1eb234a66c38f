// The framework versions an inspection may pin, as the create form offers them: a youth standards inspection
// chooses one version per slot; a 2016 inspection chooses its FJI/SQS framework (its other slots are then
// the domain's NO_FRAMEWORK) and its programme. Which fits where is the domain's (frameworkSelectionProblems).
import { frameworkSelectionProblems, listFrameworks, type Framework } from '@yji/domain';

export type Slot = 'courtDisposals' | 'outOfCourt' | 'standards';

/** The form's first choice: a youth standards inspection, or one of the 2016 frameworks by its id. */
export const YOUTH_STANDARDS = 'youth-standards';

const DEFAULTS: Record<Slot, string> = {
  courtDisposals: 'd2-v6.5',
  outOfCourt: 'd3-v3.6',
  standards: 'standards-2020',
};

const asChoice = (framework: Framework) => ({
  value: framework.id,
  text: framework.name,
  hint: `${framework.title} (${framework.status.stage.replace('-', ' ')})`,
});

/** A youth standards slot's choices: the frameworks that, put in that slot of the default selection, the domain accepts. */
export function frameworkChoices(slot: Slot): { value: string; text: string; hint: string }[] {
  return listFrameworks()
    .filter((framework) => framework.family === 'youth-standards')
    .filter((framework) => {
      const selection = { ...DEFAULTS, [slot]: framework.id };
      return !frameworkSelectionProblems(selection).some((problem) => problem.field === slot);
    })
    .map(asChoice);
}

/** The 2016 FJI/SQS frameworks, each pinned for court disposals with a programme. */
export function programmeFrameworkChoices(): { value: string; text: string; hint: string }[] {
  return listFrameworks()
    .filter((framework) => framework.family === 'fji-sqs-2016')
    .map(asChoice);
}

export const DEFAULT_FRAMEWORKS = { family: YOUTH_STANDARDS, ...DEFAULTS };
