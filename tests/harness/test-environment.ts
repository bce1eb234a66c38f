// The variables a service under test runs with: the global setup's components and identity provider, a
// task queue of the test's own (`queue` names whose it is), free ports. For the services' own tests too.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import './provided.ts';

export function testEnvironment(queue = 'yji-test') {
  const idp = inject('devIdp');
  const workerBundlePath = inject('workerBundlePath');
  return {
    DATABASE_URL: inject('databaseUrl'),
    NATS_URL: inject('natsUrl'),
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: inject('temporalNamespace'),
    YJI_PAYLOAD_KEYS: inject('payloadKeys'),
    TEMPORAL_TASK_QUEUE: `${queue}-${randomUUID()}`,
    HOST: '127.0.0.1',
    PORT: '0',
    AUTH_JWKS_URL: idp.jwksUrl,
    AUTH_ISSUER: idp.issuer,
    AUTH_AUDIENCE: idp.audience,
    // Tests read a decision's result: the production default (750 ms) answers 202 past it, which a loaded
    // test machine reaches. Tests of the 202 set their own (tests/e2e/lead-decisions.test.ts the default's).
    DECISION_WAIT_MS: '10000',
    ...(workerBundlePath ? { WORKFLOW_BUNDLE_PATH: workerBundlePath } : {}),
  };
}

/**
 * For a test whose set-up takes an inspection through many decisions (to its ratings, its report, its purge): a
 * set-up decision on a busy machine may outlast the default wait, and this one it does not.
 */
export const PATIENT_DECISIONS = { DECISION_WAIT_MS: '60000' };
