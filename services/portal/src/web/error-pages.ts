// The pages a refusal or failure ends on. Not found says nothing about whether the thing exists; a form
// without its CSRF token changes nothing and says so; a session the services no longer accept is ended and
// the person signs in again. Messages come from the problem catalogue; nothing from the URL is shown or logged.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { problem, problemStatus, type Problem } from '@yji/contracts';
import { HttpError } from '@yji/service-kit';
import { DecisionInProgress, SignInAgain } from '../api/service-api.ts';
import { decisionStillUnderWay } from './decision-under-way.ts';

const TITLES: Readonly<Record<number, string>> = {
  403: 'You do not have access to this page',
  404: 'Page not found',
  // Only signing in is limited per client (routes/index.ts).
  429: 'Sorry, there have been too many attempts to sign in',
  500: 'Sorry, there is a problem with the service',
};

/** "45 seconds", "2 minutes": how long the Retry-After the rate limit set asks to wait, in words. */
function waitInWords(seconds: number): string {
  const [count, unit] =
    seconds >= 60 ? [Math.ceil(seconds / 60), 'minute'] : [Math.max(1, seconds), 'second'];
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

function errorPage(request: FastifyRequest, reply: FastifyReply, refusal: Problem) {
  const status = problemStatus(refusal.code);
  const title = refusal.code === 'form-expired' ? 'This form has expired' : (TITLES[status] ?? TITLES[500]!);
  // The layout's Sign out is a form: a signed-in person's error page gives it a token, as every page does
  // (none for anyone else, whose session would otherwise be stored only to hold it).
  const csrfToken = request.session?.user ? reply.generateCsrf() : undefined;
  const retryAfter = Number(reply.getHeader('retry-after'));
  return reply.status(status).view('errors/problem.njk', {
    title,
    status,
    code: refusal.code,
    message: refusal.message,
    csrfToken,
    ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { wait: waitInWords(retryAfter) } : {}),
  });
}

/** The page a form was sent from: its own path where the portal shows one, else the nearest page above it. */
function pageOf(request: FastifyRequest): string {
  const pattern = (request.routeOptions.url ?? '/').split('/');
  const path = request.url.split('?')[0]!.split('/');
  for (let end = pattern.length; end > 1; end -= 1)
    if (request.server.hasRoute({ method: 'GET', url: pattern.slice(0, end).join('/') }))
      return path.slice(0, end).join('/');
  return '/';
}

export async function renderErrorPage(
  error: FastifyError | HttpError | SignInAgain | DecisionInProgress,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof SignInAgain) {
    await request.session.destroy();
    return reply.redirect('/sign-in');
  }
  if (error instanceof DecisionInProgress) {
    const page = pageOf(request);
    decisionStillUnderWay(request, error.location, page);
    return reply.redirect(page, 303);
  }
  if (error instanceof HttpError) return errorPage(request, reply, error.problem);
  if ('code' in error && typeof error.code === 'string' && error.code.startsWith('FST_CSRF_')) {
    return errorPage(request, reply, problem('form-expired'));
  }
  // A body past a limit (a file where the form takes none, or one too large): said as such, not unreadable.
  if (error.statusCode === 413) return errorPage(request, reply, problem('too-large'));
  if ((error.statusCode ?? 500) < 500) {
    return errorPage(request, reply, problem('bad-request', { reason: 'the request could not be read' }));
  }
  request.log.error({ err: { message: error.message, stack: error.stack } }, 'page failed');
  return errorPage(request, reply, problem('internal'));
}

export function renderNotFound(request: FastifyRequest, reply: FastifyReply) {
  return errorPage(request, reply, problem('not-found', { what: 'page' }));
}
