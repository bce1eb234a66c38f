// GET and POST /inspections/new: a lead inspector starts an inspection. The form is checked against the
// API's own schema first (so each field gets its message), then the inspection service decides.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CreateInspectionBody } from '@yji/contracts';
import { DEFAULT_REMINDER_DAYS_BEFORE } from '@yji/domain/setting-defaults';
import { formErrors, formValues, isoDateFrom, issuesAsErrors, type FieldError } from '../web/form-errors.ts';
import { DEFAULT_FRAMEWORKS, frameworkChoices } from './framework-choices.ts';
import { apiFor, doneThen, needsRole, page, signedIn, type RouteDeps } from './route-deps.ts';

const FIELDS: Record<string, FieldError> = {
  'yjs.name': { field: 'yjsName', text: 'Enter the name of the youth justice service' },
  'yjs.code': {
    field: 'yjsCode',
    text: 'Enter the service’s code: 2 to 20 capital letters, digits or hyphens',
  },
  'yjs.country': { field: 'country', text: 'Choose England or Wales' },
  fieldworkStart: {
    field: 'fieldworkStart-day',
    text: 'Enter the date fieldwork starts, for example 7 12 2026',
  },
  fieldworkEnd: {
    field: 'fieldworkEnd',
    text: 'Enter the date fieldwork ends, on or after the day it starts',
  },
  'frameworks.courtDisposals': { field: 'courtDisposals', text: 'Choose a domain two framework' },
  'frameworks.outOfCourt': { field: 'outOfCourt', text: 'Choose a domain three framework' },
  'frameworks.standards': { field: 'standards', text: 'Choose the standards' },
  'sample.size': { field: 'sampleSize', text: 'Enter the sample size: a whole number from 1 to 500' },
  'deadlines.assessmentsDue': {
    field: 'assessmentsDue-day',
    text: 'Enter the date case assessments are due',
  },
  'deadlines.reminderDaysBefore': {
    field: 'reminderDaysBefore',
    text: 'Enter how many days before the due date to remind assessors: 0 to 60',
  },
};

function bodyFrom(form: Record<string, string>) {
  const number = (value: string | undefined) => (value && /^\d+$/.test(value.trim()) ? Number(value) : NaN);
  return {
    yjs: {
      name: form.yjsName ?? '',
      code: form.yjsCode ?? '',
      ...(form.country ? { country: form.country } : {}),
    },
    fieldworkStart: isoDateFrom(form, 'fieldworkStart'),
    fieldworkEnd: isoDateFrom(form, 'fieldworkEnd'),
    frameworks: {
      courtDisposals: form.courtDisposals ?? '',
      outOfCourt: form.outOfCourt ?? '',
      standards: form.standards ?? '',
    },
    sample: { size: number(form.sampleSize) },
    deadlines: {
      assessmentsDue: isoDateFrom(form, 'assessmentsDue'),
      reminderDaysBefore: number(form.reminderDaysBefore),
    },
  };
}

function showForm(
  request: FastifyRequest,
  reply: FastifyReply,
  values: Record<string, string>,
  errors: FieldError[] = [],
) {
  return page(request, reply.status(errors.length ? 400 : 200), 'lead/inspection-new.njk', {
    title: 'Start an inspection',
    section: 'inspections',
    values,
    choices: {
      courtDisposals: frameworkChoices('courtDisposals'),
      outOfCourt: frameworkChoices('outOfCourt'),
      standards: frameworkChoices('standards'),
    },
    ...formErrors(errors),
    breadcrumbs: [
      { text: 'Home', href: '/' },
      { text: 'Inspections', href: '/inspections' },
    ],
  });
}

export function registerInspectionNew(app: FastifyInstance, deps: RouteDeps) {
  const preHandler = [signedIn, needsRole('lead-inspector')];
  app.get('/inspections/new', { preHandler }, (request, reply) =>
    showForm(request, reply, {
      country: 'england',
      ...DEFAULT_FRAMEWORKS,
      reminderDaysBefore: String(DEFAULT_REMINDER_DAYS_BEFORE),
    }),
  );
  app.post('/inspections/new', { preHandler }, async (request, reply) => {
    const values = formValues(request.body);
    const parsed = CreateInspectionBody.safeParse(bodyFrom(values));
    if (!parsed.success) return showForm(request, reply, values, issuesAsErrors(parsed.error.issues, FIELDS));
    const created = await apiFor(deps, request).send<{ id: string }>('POST', '/api/inspections', parsed.data);
    if (!created.ok) {
      const issues = Array.isArray(created.error.details)
        ? (created.error.details as { field: string }[])
        : [];
      return showForm(request, reply, values, issuesAsErrors(issues, FIELDS));
    }
    return doneThen(
      request,
      reply,
      'Inspection started. Next, build the team.',
      `/inspections/${created.body.id}`,
    );
  });
}
