import { integrationConfig } from '../vitest.shared.ts';

// The ratings panel workflow's tests run on the real Temporal server the harness provides.
export default integrationConfig;
