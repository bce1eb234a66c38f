// A page with a form, the way every one in the portal works (POST → redirect → GET): shown from what the
// services hold; sent, a command goes to a service as the person; refused, the same page again with what was
// entered and the reason beside the field it is about (400); carried out, a redirect to the next page with a
// banner saying what was done. One place for that step, so each route says only what is its own.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '../api/service-api.ts';
import { formErrors, issuesAsErrors, type FieldError } from '../web/form-errors.ts';
import { apiFor, doneThen, page, type RouteDeps } from './route-deps.ts';

/** What the person entered and what is wrong with it; without values, the page shows what is stored. */
export interface FormState {
  values?: Record<string, string>;
  errors?: readonly FieldError[];
  /** More the page shows with the errors, such as a long list's bad rows. */
  extra?: Record<string, unknown>;
}

/** A service command: its method, path and body, and the Idempotency-Key a repeat of the form sends again. */
export type Command = readonly [
  method: 'POST' | 'PUT',
  path: string,
  body?: unknown,
  idempotencyKey?: string,
];

/** The command a form sends, the page a refusal shows, and the banner and next page once carried out. */
export interface Sending<T, Refused> {
  command: Command;
  refused: (error: ApiError) => Refused;
  /** `status` tells a command carried out (201) from one accepted and still being carried out (202). */
  done: (body: T, status: number) => { notice: string; to: string };
}

/**
 * The step every form ends with: send the command as the signed-in person; refused, answer what `refused`
 * shows; carried out, redirect with the banner `done` names.
 */
export async function sendThenRedirect<T>(
  deps: RouteDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  { command: [method, path, body, idempotencyKey], refused, done }: Sending<T, unknown>,
) {
  const sent = await apiFor(deps, request).send<T>(method, path, body, idempotencyKey);
  if (!sent.ok) return refused(sent.error);
  const { notice, to } = done(sent.body, sent.status);
  return doneThen(request, reply, notice, to);
}

/**
 * A service's refusal as field errors: the fields its details name (a 400's issues), or `otherwise` when
 * they name none.
 */
export function refusalAsErrors(
  details: unknown,
  fields: Readonly<Record<string, FieldError>>,
  otherwise?: FieldError,
): FieldError[] {
  const issues = Array.isArray(details) ? (details as { field: string }[]) : [];
  return issues.length || !otherwise ? issuesAsErrors(issues, fields) : [otherwise];
}

export interface FormPage {
  /** The page, with `form`'s values and errors over what `view` reads (400, or `invalidStatus`, with errors). */
  show: (request: FastifyRequest, reply: FastifyReply, form?: FormState) => Promise<unknown>;
  /** `sendThenRedirect`, a refusal shown on this page as the form state `refused` gives. */
  send: <T = unknown>(
    request: FastifyRequest,
    reply: FastifyReply,
    sending: Sending<T, FormState>,
  ) => Promise<unknown>;
}

/**
 * A form page of `template`: `view` reads what the page shows for this request (it may give the `values` the
 * form starts from); the values and errors of a form sent go over them.
 */
export function formPage(
  deps: RouteDeps,
  template: string,
  view: (request: FastifyRequest) => Promise<Record<string, unknown>>,
  options: { invalidStatus?: number } = {},
): FormPage {
  const show: FormPage['show'] = async (request, reply, form = {}) => {
    const errors = form.errors ?? [];
    const data = await view(request);
    return page(request, reply.status(errors.length ? (options.invalidStatus ?? 400) : 200), template, {
      values: {},
      ...data,
      ...(form.values ? { values: form.values } : {}),
      ...form.extra,
      ...formErrors(errors),
    });
  };
  return {
    show,
    send: (request, reply, sending) =>
      sendThenRedirect(deps, request, reply, {
        ...sending,
        refused: (error) => show(request, reply, sending.refused(error)),
      }),
  };
}
