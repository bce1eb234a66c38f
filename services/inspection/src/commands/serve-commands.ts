// Every command the inspection service answers over NATS, each wired to its handler.
import {
  activateLongList,
  confirmSample,
  drawSample,
  excludeCase,
  getCaseFacts,
  planAssignments,
  recordInspection,
} from '@yji/contracts';
import { serveCommand, type CommandLogger, type NatsConnection } from '@yji/messaging';
import type { InspectionDb } from '../db.ts';
import { handleRecordInspection } from './record-inspection.ts';
import { handleActivateLongList } from './activate-long-list.ts';
import { handleDrawSample } from './draw-sample.ts';
import { handleExcludeCase } from './exclude-case.ts';
import { handleConfirmSample } from './confirm-sample.ts';
import { handlePlanAssignments } from './plan-assignments.ts';
import { handleGetCaseFacts } from './get-case-facts.ts';

export function serveInspectionCommands(
  nc: NatsConnection,
  db: InspectionDb,
  logger: CommandLogger,
  onCommit: () => void,
) {
  const committing =
    <Req, Rep>(handler: (db: InspectionDb, request: Req) => Promise<Rep>) =>
    async (request: Req) => {
      const reply = await handler(db, request);
      onCommit();
      return reply;
    };
  return [
    serveCommand(nc, recordInspection, committing(handleRecordInspection), logger),
    serveCommand(nc, activateLongList, committing(handleActivateLongList), logger),
    serveCommand(nc, drawSample, committing(handleDrawSample), logger),
    serveCommand(nc, excludeCase, committing(handleExcludeCase), logger),
    serveCommand(nc, confirmSample, committing(handleConfirmSample), logger),
    serveCommand(nc, planAssignments, committing(handlePlanAssignments), logger),
    serveCommand(nc, getCaseFacts, (request) => handleGetCaseFacts(db, request), logger),
  ];
}
