// The consumer of the inspection service's team events that keeps a service's TeamMembership, the read model
// its team routes check (auth/team-route.ts), under the durable name the service gives it.
import { startTeamMembershipConsumer } from '@yji/messaging';
import type { ServiceDb } from './service-runtime.ts';
import type { ServiceConsumer } from './start-service.ts';

export const teamMembershipConsumer = (
  durable: (databaseUrl: string) => string,
): ServiceConsumer<ServiceDb> => ({ what: 'team event', durable, start: startTeamMembershipConsumer });
