// What the portal's routes are given: the sign-in client, the portal's own address, the services' API as the
// signed-in person, and who has signed in before (by name).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problem } from '@yji/contracts';
import { HttpError } from '@yji/service-kit';
import type { Oidc } from '../auth/oidc.ts';
import type { People } from '../people/directory.ts';
import { serviceApi, SignInAgain, type ServiceApi, type ServiceUrls } from '../api/service-api.ts';
import type { SignedInUser } from '../web/session.ts';

export interface RouteDeps {
  oidc: Oidc;
  /** The portal's address as people reach it, answered once it listens. */
  portalUrl: () => string;
  services: ServiceUrls;
  people: People;
}

/**
 * The signed-in person, their access token renewed first when it has expired or is about to (so a form sent
 * an hour into filling it is kept), or a redirect to sign in (keeping the path to come back to).
 */
export async function signedIn(request: FastifyRequest, reply: FastifyReply) {
  const user = await request.server.signedInUser(request);
  if (user) {
    // The page's own `user` too: a renewal may bring other roles.
    reply.locals = { ...reply.locals, user, csrfToken: reply.generateCsrf() };
    return;
  }
  if (request.session.user) await request.session.regenerate();
  // Only a GET is worth coming back to; a form sent after the session ended is sent again by hand.
  const returnTo = request.method === 'GET' ? request.url : '/';
  return reply.redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
}

export function userOf(request: FastifyRequest): SignedInUser {
  const { user } = request.session;
  if (!user) throw new SignInAgain('no signed-in person');
  return user;
}

export function apiFor(deps: RouteDeps, request: FastifyRequest): ServiceApi {
  return serviceApi(deps.services, userOf(request).accessToken);
}

/** Hides a page from people whose token lacks every one of `roles`; the services refuse them anyway. */
export function needsRole(...roles: string[]) {
  return async (request: FastifyRequest) => {
    if (!userOf(request).roles.some((role) => roles.includes(role)))
      throw new HttpError(problem('forbidden', { needs: roles.join(' or ') }));
  };
}

/**
 * Renders a page and shows, once, what the last change left: its notice, the decision still under way (with
 * where to ask after it), or the refusal a decision met after its answer (in the error summary).
 */
export function page(
  request: FastifyRequest,
  reply: FastifyReply,
  template: string,
  data: Record<string, unknown>,
) {
  const { notice, waiting, refusal, decisionUnderWay } = request.session;
  if (notice) request.session.notice = undefined;
  if (waiting) request.session.waiting = undefined;
  if (refusal) request.session.refusal = undefined;
  const errors = (data.errors as unknown[] | undefined) ?? [];
  return reply.view(template, {
    ...data,
    // The layout's banners, under a name of their own and after the page's data, so that no page's data
    // (the QA queue's `waiting` cases, say) takes their place.
    lastChange: {
      notice,
      underWay: waiting,
      check: waiting ? decisionUnderWay?.check : undefined,
    },
    errors: refusal ? [{ text: refusal }, ...errors] : errors,
  });
}

/** After a change: say what it did on the next page, and go there (POST → redirect → GET). */
export function doneThen(request: FastifyRequest, reply: FastifyReply, notice: string, location: string) {
  request.session.notice = notice;
  return reply.redirect(location, 303);
}

/** After a refusal with nothing typed to keep: say why in the next page's error summary, and go there. */
export function refusedThen(request: FastifyRequest, reply: FastifyReply, refusal: string, location: string) {
  request.session.refusal = refusal;
  return reply.redirect(location, 303);
}
