// The services' histories as they were before the shared tables got histories of their own: each squashed
// into one `init` holding the service's own tables, with the shared tables' first migrations before it. yji
// had had no release, so no database outside development and tests had them; those that do (a developer's,
// a reused test database) are baselined by `pnpm migrate deploy` (baseline.ts).
import type { SquashedHistory } from './baseline.ts';

const squashed = (replaced: string[], shared: string[] = []): SquashedHistory => ({
  before: '832ea5b',
  replaced,
  into: { shared: ['20261127140000_shared_tables', ...shared], own: ['20261127140000_init'] },
});

/** The shared models only some services keep were in those services' old histories too. */
const TEAM_MEMBERSHIP = '20261127140000_team_membership';
const RETENTION_PURGE = '20261127140000_retention_purge';

/** By service (its PostgreSQL schema). */
export const SQUASHED_HISTORIES: Readonly<Record<string, SquashedHistory>> = {
  fieldwork: squashed(
    [
      '20261123193820_init',
      '20261126173331_qa_review_and_alerts',
      '20261126174548_outbox_lease',
      '20261126221614_inspection_settings_and_structured_interview',
      '20261126225145_alert_escalation_time',
      '20261127034810_retention_purge',
      '20261127074521_version_interview_facts',
      '20261127111009_consumer_parked_messages',
    ],
    [TEAM_MEMBERSHIP, RETENTION_PURGE],
  ),
  inspection: squashed(
    [
      '20261123191928_init',
      '20261123193630_team_long_list_sample_audit',
      '20261126173227_qa_settings',
      '20261126174549_outbox_lease',
      '20261126221612_inspection_country_programme',
      '20261127034556_case_progress_read_model',
      '20261127034807_retention_purge',
      '20261127111010_consumer_parked_messages',
      '20261127111023_case_progress_without_last_refusal',
    ],
    [RETENTION_PURGE],
  ),
  portal: squashed([
    '20261126172725_init',
    '20261126180902_outbox_lease',
    '20261127111010_consumer_parked_messages',
  ]),
  publication: squashed(
    [
      '20261126214246_init',
      '20261126220613_factual_check_and_schedule',
      '20261126220813_embargo_viewers',
      '20261127014334_inspected_service',
      '20261127015329_report_pdf',
      '20261127034813_retention_purge',
      '20261127111010_consumer_parked_messages',
    ],
    [TEAM_MEMBERSHIP, RETENTION_PURGE],
  ),
  ratings: squashed(
    [
      '20261126173004_init',
      '20261126180902_outbox_lease',
      '20261127013516_final_rating_key_questions',
      '20261127014130_final_set_case_judgements',
      '20261127111010_consumer_parked_messages',
    ],
    [TEAM_MEMBERSHIP],
  ),
};
