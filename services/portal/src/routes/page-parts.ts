// A page that gathers its parts from several services still answers when one of them is down: the part that
// could not be loaded says it is not available just now, the rest shows, and the page answers 200. The
// failure is logged by the part's name and the error's message (a method, a path prefix and a status, or a
// connection error), never the person's data. Refusals still end the page: a service that no longer accepts
// the session signs the person in again, and a 403 or 404 is the answer about the whole page.
import type { FastifyRequest } from 'fastify';
import { HttpError } from '@yji/service-kit';
import { SignInAgain } from '../api/service-api.ts';

/** A part the page could not load; templates test `part.unavailable`. */
export interface Unavailable {
  readonly unavailable: true;
}

const UNAVAILABLE: Unavailable = Object.freeze({ unavailable: true });

export const isUnavailable = (part: unknown): part is Unavailable =>
  typeof part === 'object' && part !== null && (part as Partial<Unavailable>).unavailable === true;

/** Loads one part of a page; a failure of the service behind it leaves the part unavailable. */
export async function partOf<T>(
  request: FastifyRequest,
  part: string,
  load: () => Promise<T>,
): Promise<T | Unavailable> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof SignInAgain || error instanceof HttpError) throw error;
    const message = error instanceof Error ? error.message : 'unknown failure';
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
    request.log.warn({ part, failure: message, cause }, 'page part not available');
    return UNAVAILABLE;
  }
}
