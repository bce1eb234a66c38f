import { integrationConfig } from '../../vitest.shared.ts';

// Against the real PostgreSQL the test harness provides: every use of the codec server is audited there.
export default integrationConfig;
