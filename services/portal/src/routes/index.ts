// Every page of the portal, a file each (its GET and the POST its form sends).
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './route-deps.ts';
import { registerHome } from './home.ts';
import { registerSignIn } from './sign-in.ts';
import { registerAuthCallback } from './auth-callback.ts';
import { registerSignOut } from './sign-out.ts';

export type { RouteDeps } from './route-deps.ts';

export function registerPortalRoutes(app: FastifyInstance, deps: RouteDeps) {
  registerHome(app, deps);
  registerSignIn(app, deps);
  registerAuthCallback(app, deps);
  registerSignOut(app, deps);
}
