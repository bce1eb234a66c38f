import './provided.ts';
export { startSystem, useSystem, eventually, type System } from './system.ts';
export { testEnvironment } from './test-environment.ts';
export { tokenFor } from './tokens.ts';
export { eventsOn } from './events.ts';
export { isCourtRow, longListCsv } from './long-list.ts';
export {
  apiClient,
  callerAs,
  FJI_2016_FRAMEWORKS,
  inspectionBody,
  inspectionInFieldwork,
  type ApiCall,
  type ApiResponse,
  type Caller,
  type InspectionInFieldwork,
  type Json,
} from './api.ts';
export { anAlert } from './alert.ts';
export { completeAssessment } from './assessment.ts';
export {
  approvePanel,
  KEY_QUESTIONS,
  openPanel,
  PANEL_FRAMEWORKS,
  runPanelToApproval,
  type PanelOptions,
  type Side,
} from './panel.ts';
