// The QA settings as the lead inspector set them, parsed back from their JSON columns (a row that does not
// match fails loudly, not half-read).
import type { z } from 'zod';
import type { QaSettingsView } from '@yji/contracts';
import { alertEscalationSchema, qaPolicySchema } from '@yji/domain';
import type { QaSettings } from '../generated/prisma/client.ts';

export function toQaSettingsView(row: QaSettings): z.output<typeof QaSettingsView> {
  return {
    inspectionId: row.inspectionId,
    policy: qaPolicySchema.parse(row.policy),
    alertEscalation: alertEscalationSchema.nullable().parse(row.alertEscalation),
    setBy: row.setBy,
    setAt: row.setAt.toISOString(),
  };
}
