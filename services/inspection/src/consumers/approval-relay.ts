// Tells each inspection's workflow of its cases' approvals and reopenings, from fieldwork's assessment
// events: quality assurance ends once every case is approved (workflows/src/inspection/quality-assurance.ts).
// A redelivered event is relayed once (startIdempotentConsumer); should a signal be repeated all the same,
// the workflow keeps the latest news per case by version, so a repeat changes nothing.
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { z } from 'zod';
import {
  ASSESSMENT_EVENTS,
  assessmentApproved,
  assessmentReopened,
  EVENT_STREAM,
  type CaseApproval,
} from '@yji/contracts';
import { durableName, startIdempotentConsumer, type NatsConnection } from '@yji/messaging';
import { caseApprovalSignal } from '@yji/workflows';
import type { InspectionDb } from '../db.ts';

const AssessmentEvent = z.union([assessmentApproved.payload, assessmentReopened.payload]);

export const approvalRelayName = (databaseUrl: string) => durableName('inspection-approvals', databaseUrl);

export interface ApprovalRelayOptions {
  /** Durable consumer name; also the key of the processed message ids in this database. */
  durable: string;
  onError?: (error: Error, details: { subject: string; seq: number }) => void;
}

export function startApprovalRelay(
  db: InspectionDb,
  nc: NatsConnection,
  temporal: Client,
  options: ApprovalRelayOptions,
) {
  return startIdempotentConsumer(db, nc, {
    stream: EVENT_STREAM,
    durable: options.durable,
    subjects: [ASSESSMENT_EVENTS],
    payload: AssessmentEvent,
    handle: async ({ inspectionId, taskId, version }, _tx, message) => {
      const news: CaseApproval = {
        taskId,
        version,
        approved: message.subject === assessmentApproved.subject,
      };
      try {
        await temporal.workflow.getHandle(inspectionId).signal(caseApprovalSignal, news);
      } catch (error) {
        // The inspection's workflow has finished (past the panel): there is no phase left to move.
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      }
    },
    onError: options.onError,
  });
}
