// The second named person for safeguarding alerts stays on the team while the QA settings name them (domain
// mayBeSecondPerson): taken off it, an alert nobody acknowledged would escalate to someone who may no longer
// read it. The lead names another in the settings first, then changes the team.
import { problem } from '@yji/contracts';
import { mayBeSecondPerson, type Membership } from '@yji/domain';
import { HttpError } from '@yji/service-kit';
import type { Tx } from '../commands/decision-support.ts';
import { toQaSettingsView } from '../views/qa-settings-view.ts';

export async function refuseLeavingAlertsWithoutSecondPerson(
  tx: Tx,
  inspectionId: string,
  current: readonly Membership[],
  wanted: readonly Membership[],
): Promise<void> {
  const settings = await tx.qaSettings.findUnique({ where: { inspectionId } });
  const named = settings && toQaSettingsView(settings).alertEscalation;
  if (!named) return;
  const mayBeNamedIn = (team: readonly Membership[]) =>
    mayBeSecondPerson(
      team.filter((member) => member.userId === named.secondPersonId).map(({ role }) => role),
    );
  // Only a change that takes them off: settings saved before the rule (naming someone off the team) do not
  // hold up every other change.
  if (mayBeNamedIn(current) && !mayBeNamedIn(wanted))
    throw new HttpError(problem('team-change-leaves-alerts-without-second-person'));
}
