// Tells each inspection's workflow of its cases' approvals and reopenings, from fieldwork's assessment
// events: quality assurance ends once every case is approved (workflows/src/inspection/quality-assurance.ts).
// A redelivered event is relayed once (startIdempotentConsumer); should a signal be repeated all the same,
// the workflow keeps the latest news per case by version, so a repeat changes nothing.
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { z } from 'zod';
import { ASSESSMENT_EVENTS, assessmentApproved, assessmentReopened, type CaseApproval } from '@yji/contracts';
import {
  durableName,
  startEventConsumer,
  type EventConsumerOptions,
  type NatsConnection,
} from '@yji/messaging';
import { caseApprovalSignal } from '@yji/workflows';
import type { ServiceConsumer } from '@yji/service-kit';
import type { InspectionDb } from '../db.ts';

const AssessmentEvent = z.union([assessmentApproved.payload, assessmentReopened.payload]);

function startApprovalRelay(
  db: InspectionDb,
  nc: NatsConnection,
  temporal: Client,
  options: EventConsumerOptions,
) {
  const events = { subject: ASSESSMENT_EVENTS, payload: AssessmentEvent };
  return startEventConsumer(
    db,
    nc,
    events,
    options,
    async ({ inspectionId, taskId, version }, _tx, message) => {
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
  );
}

/** The relay, signalling each inspection's workflow through `temporal`. */
export const approvalRelay = (temporal: Client): ServiceConsumer<InspectionDb> => ({
  what: 'assessment event',
  durable: (databaseUrl) => durableName('inspection-approvals', databaseUrl),
  start: (db, nc, options) => startApprovalRelay(db, nc, temporal, options),
});
