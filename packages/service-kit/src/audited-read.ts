// A read of one inspection's record whose every read is audited (its report, its factual accuracy check, its
// ratings panel): the record is loaded, a missing one is answered 404 naming what is missing, the read is
// recorded in the audit trail before the answer leaves, and the answer is the record's view. Each route says
// only what it loads, what its audit entry says and what it answers. The entry is one INSERT, so it needs no
// transaction of its own.
import type { FastifyRequest } from 'fastify';
import { problem } from '@yji/contracts';
import type { AuditActor } from '@yji/db';
import { actorOf } from './auth/actor.ts';
import { HttpError } from './errors.ts';

/** A request on one inspection (`:id`, as teamRoute's routes are). */
type InspectionRequest = FastifyRequest & { params: { id: string } };

interface AuditedRead<Loaded, Answer> {
  /** What the 404 names as missing: 'report'. */
  what: string;
  /** The record; null (or undefined) when there is none, or none the caller may see. */
  load: (inspectionId: string, request: InspectionRequest) => Promise<Loaded | null | undefined>;
  /** Appends the read's audit entry (ids and versions, never the record's content). */
  audit: (actor: AuditActor, inspectionId: string, loaded: Loaded) => Promise<unknown>;
  answer: (loaded: Loaded) => Answer;
}

/** The handler of an audited read of one inspection's record. */
export function auditedRead<Loaded, Answer>(read: AuditedRead<Loaded, Answer>) {
  return async (request: InspectionRequest): Promise<Answer> => {
    const { id } = request.params;
    const loaded = await read.load(id, request);
    if (!loaded) throw new HttpError(problem('not-found', { what: read.what }));
    await read.audit(actorOf(request), id, loaded);
    return read.answer(loaded);
  };
}
