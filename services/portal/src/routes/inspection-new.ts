// GET and POST /inspections/new: a lead inspector starts an inspection. The form is checked against the
// API's own schema first (so each field gets its message), then the inspection service decides. Each
// rendering of the form carries an Idempotency-Key of its own (a hidden field), sent with the start: a
// double click, or the same form sent again, starts one inspection.
import type { FastifyInstance } from 'fastify';
import { CreateInspectionBody } from '@yji/contracts';
import { frameworkSelectionProblems, NO_FRAMEWORK } from '@yji/domain';
import { DEFAULT_REMINDER_DAYS_BEFORE } from '@yji/domain/setting-defaults';
import { fieldsByPath, formValues, isoDateFrom, issuesAsErrors } from '../web/form-errors.ts';
import { formKeyOf, newFormKey } from '../web/form-key.ts';
import {
  DEFAULT_FRAMEWORKS,
  frameworkChoices,
  programmeFrameworkChoices,
  YOUTH_STANDARDS,
} from './framework-choices.ts';
import { formPage, refusalAsErrors } from './form-page.ts';
import { needsRole, signedIn, type RouteDeps } from './route-deps.ts';

/** In the order of the page's fields: the error summary lists them so. */
const FIELDS = fieldsByPath({
  'yjs.name': { field: 'yjsName', text: 'Enter the name of the youth justice service' },
  'yjs.code': {
    field: 'yjsCode',
    text: 'Enter the service’s code: 2 to 20 capital letters, digits or hyphens',
  },
  'yjs.country': 'Choose England or Wales',
  fieldworkStart: {
    field: 'fieldworkStart-day',
    text: 'Enter the date fieldwork starts, for example 7 12 2026',
  },
  fieldworkEnd: {
    field: 'fieldworkEnd-day',
    text: 'Enter the date fieldwork ends, on or after the day it starts',
  },
  'deadlines.assessmentsDue': {
    field: 'assessmentsDue-day',
    text: 'Enter the date case assessments are due, on or after the day fieldwork starts',
  },
  'deadlines.reminderDaysBefore': 'Enter how many days before the due date to remind assessors: 0 to 60',
  family: 'Choose the framework the inspection uses',
  'frameworks.courtDisposals': 'Choose a domain two framework',
  'frameworks.outOfCourt': 'Choose a domain three framework',
  'frameworks.standards': 'Choose the standards',
  'frameworks.programme':
    'Choose the 2016 programme: a full joint inspection with its modules, or a short quality screening with none',
  'sample.size': { field: 'sampleSize', text: 'Enter the sample size: a whole number from 1 to 500' },
});

/** A refusal that names no field: the service could not take it (a 503, a failure). */
const NOT_STARTED = {
  field: 'yjsName',
  text: 'The inspection could not be started just now. Try again in a few minutes',
};

/** Accepted, not yet stored (a slow worker). */
const STARTING =
  'The inspection is being started. It will be listed here within a minute: refresh the page to see it.';

/** This form was sent before with other answers (its first sending may have started an inspection). */
const SENT_BEFORE = {
  field: 'yjsName',
  text: 'This form was sent before with other answers. Check the inspections list for the one it started, or send it again to start another',
};

/** The chosen family's slots: a 2016 inspection pins its framework for court cases and its programme. */
function frameworksFrom(form: Record<string, string>) {
  if (form.family === YOUTH_STANDARDS)
    return {
      courtDisposals: form.courtDisposals ?? '',
      outOfCourt: form.outOfCourt ?? '',
      standards: form.standards ?? '',
    };
  const modules = (form.modules ?? '').split(',').filter(Boolean);
  return {
    courtDisposals: form.family,
    outOfCourt: NO_FRAMEWORK,
    standards: NO_FRAMEWORK,
    ...(form.programme
      ? { programme: { name: form.programme, ...(modules.length ? { modules } : {}) } }
      : {}),
  };
}

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
    frameworks: frameworksFrom(form),
    sample: { size: number(form.sampleSize) },
    deadlines: {
      assessmentsDue: isoDateFrom(form, 'assessmentsDue'),
      reminderDaysBefore: number(form.reminderDaysBefore),
    },
  };
}

/**
 * The form checked as the service will check it — its schema, then the domain's framework selection rule —
 * so each field gets its own message before anything is sent.
 */
function checkForm(values: Record<string, string>): {
  body?: CreateInspectionBody;
  issues: { field: string }[];
} {
  const known = [YOUTH_STANDARDS, ...programmeFrameworkChoices().map((choice) => choice.value)];
  const issues = known.includes(values.family ?? '') ? [] : [{ field: 'family' }];
  const parsed = CreateInspectionBody.safeParse(bodyFrom(values));
  if (!parsed.success)
    return { issues: [...issues, ...parsed.error.issues.map((issue) => ({ field: issue.path.join('.') }))] };
  issues.push(
    ...frameworkSelectionProblems(parsed.data.frameworks).map((problem) => ({
      field: `frameworks.${problem.field}`,
    })),
  );
  return issues.length ? { issues } : { body: parsed.data, issues };
}

/** The form to start an inspection, with the frameworks to choose from, and the defaults it starts with. */
const startPage = async () => ({
  title: 'Start an inspection',
  section: 'inspections',
  values: {
    idempotencyKey: newFormKey(),
    country: 'england',
    ...DEFAULT_FRAMEWORKS,
    reminderDaysBefore: String(DEFAULT_REMINDER_DAYS_BEFORE),
  },
  choices: {
    courtDisposals: frameworkChoices('courtDisposals'),
    outOfCourt: frameworkChoices('outOfCourt'),
    standards: frameworkChoices('standards'),
    family: programmeFrameworkChoices(),
  },
  breadcrumbs: [
    { text: 'Home', href: '/' },
    { text: 'Inspections', href: '/inspections' },
  ],
});

export function registerInspectionNew(app: FastifyInstance, deps: RouteDeps) {
  const preHandler = [signedIn, needsRole('lead-inspector')];
  const form = formPage(deps, 'lead/inspection-new.njk', startPage);
  app.get('/inspections/new', { preHandler }, (request, reply) => form.show(request, reply));
  app.post('/inspections/new', { preHandler }, async (request, reply) => {
    const values = formValues(request.body);
    const checked = checkForm(values);
    if (!checked.body)
      return form.show(request, reply, { values, errors: issuesAsErrors(checked.issues, FIELDS) });
    return form.send<{ id: string }>(request, reply, {
      command: ['POST', '/api/inspections', checked.body, formKeyOf(values.idempotencyKey)],
      refused: ({ code, details }) =>
        code === 'idempotency-key-reused'
          ? { values: { ...values, idempotencyKey: newFormKey() }, errors: [SENT_BEFORE] }
          : { values, errors: refusalAsErrors(details, FIELDS, NOT_STARTED) },
      // Accepted but not yet stored (a slow worker): its page would not be found yet, the list will show it.
      done: ({ id }, status) =>
        status === 202
          ? { notice: STARTING, to: '/inspections' }
          : { notice: 'Inspection started. Next, build the team.', to: `/inspections/${id}` },
    });
  });
}
