import './provided.ts';
export { startSystem, useSystem, eventually, type System } from './system.ts';
export { ownWorker } from './own-worker.ts';
export { PATIENT_DECISIONS, testEnvironment } from './test-environment.ts';
export { tokenFor } from './tokens.ts';
export { eventsOn } from './events.ts';
export { isCourtRow, longListCsv } from './long-list.ts';
export {
  apiClient,
  callerAs,
  callersOf,
  FJI_2016_FRAMEWORKS,
  inspectionBody,
  inspectionInFieldwork,
  startInspection,
  type ApiCall,
  type ApiResponse,
  type Caller,
  type FieldworkSetUp,
  type InspectionInFieldwork,
  type Json,
} from './api.ts';
export { anAlert } from './alert.ts';
export { completeAssessment } from './assessment.ts';
export { questionsOf } from './questions.ts';
export { submitCompleteCase } from './case-submission.ts';
export { expectAnswer } from './expect-answer.ts';
export { carriedOut, decidingAs, decisionOutcome } from './decisions.ts';
export {
  approvePanel,
  KEY_QUESTIONS,
  mostlyYes,
  openPanel,
  PANEL_FRAMEWORKS,
  runPanelToApproval,
  settlePanel,
  type PanelOptions,
  type Side,
} from './panel.ts';
export { PEOPLE, type Person } from './people.ts';
export { daysAfter, daysFromNow, FIELDWORK_START_AHEAD, inSeconds } from './dates.ts';
export { caseManagerInterview } from './interview.ts';
export { fieldworkHoldsQaSettings, reviewEverySubmission, setQaSettings } from './qa-settings.ts';
export { inspectionWithApprovedRatings, reportOpened, reportText } from './report.ts';
export { rowsHolding, SERVICE_SCHEMAS } from './rows-holding.ts';
export {
  answered,
  bothInterviews,
  claimSubmission,
  inspectionUnderReview,
  returnToAssessor,
} from './case-review.ts';
export { inspectionInSampling, sampledInspection, type InspectionInSampling } from './sampling.ts';
export { TWO_INSPECTORS } from './teams.ts';
export { holdLock, type HeldLock } from './held-lock.ts';
