// GET /tasks/:taskId and POST /tasks/:taskId: the case form. "Save draft" sends the answers with the
// version the page was shown at; a save made elsewhere in between comes back as a conflict showing both
// versions, and the form keeps the person's own answers to save over it or discard. "Submit" saves, then
// submits; the assessment rules' findings come back in the error summary, each linked to its question.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { ClassificationLevel, type DraftContent, type DraftSaved } from '@yji/contracts';
import { refusalOn, type FieldError } from '../web/form-errors.ts';
import { allValues, firstValue, type Form } from '../web/form-fields.ts';
import { answerControl, gridFieldNameOf } from './answer-controls.ts';
import { fieldIdOf, fieldNameOf, frameworkQuestions } from './question-groups.ts';
import {
  conflictWith,
  factsAsked,
  readTask,
  showTask,
  summarisedFindings,
  type AnswerValue,
  type Task,
  type TaskFormValues,
} from './task-page.ts';
import { assessorPage } from './tasks.ts';
import { apiFor, doneThen, type RouteDeps } from './route-deps.ts';

/** A grid's answer from its rows' fields (whichever rows the page showed), or '' when no row is answered. */
function gridFrom(name: string, form: Form): AnswerValue {
  const prefix = gridFieldNameOf(name, '');
  const rows = Object.entries(form).flatMap(([field, sent]) => {
    const value = firstValue(sent);
    return field.startsWith(prefix) && value ? [[field.slice(prefix.length), value]] : [];
  });
  return rows.length ? Object.fromEntries(rows) : '';
}

/**
 * The answers to the questions the person could see (the form's "shown" codes: those that applied, and with
 * JavaScript those an answer made apply), from the form: an empty one removes what was stored. An answer to a
 * question hidden meanwhile is kept as stored, for when it applies again.
 */
function answersFrom(task: Task, form: Form): Record<string, AnswerValue> {
  const asked = frameworkQuestions(task.frameworkId);
  const shown = new Set([form.shown ?? []].flat());
  return Object.fromEntries(
    [...asked.values()]
      .filter((question) => shown.has(question.code))
      .map((question) => {
        const name = fieldNameOf(question.code);
        const sent = form[name];
        const value =
          answerControl(task.frameworkId, question.code, task.answers).control === 'grid'
            ? gridFrom(name, form)
            : question.multiple
              ? allValues(sent)
              : firstValue(sent);
        return [question.code, value];
      }),
  );
}

const level = (value: unknown) => {
  const parsed = ClassificationLevel.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

const yesOrNo = (value: unknown) => (value === 'yes' || value === 'no' ? value : '');

/** A finding names a question code or a case-context field; each gets the id of the field to go to. */
function findingAsError(finding: { code: string; message: string }): FieldError {
  if (finding.code.includes('safetyWellbeing')) return { field: 'safetyWellbeing', text: finding.message };
  if (finding.code.includes('riskOfHarm')) return { field: 'riskOfHarm', text: finding.message };
  if (finding.code.includes('careExperience')) return { field: 'careHome', text: finding.message };
  // 002 13a–c: the structured interview is needed (and must be whole) before View 5 can be decided.
  if (finding.code === 'interview' || finding.code.startsWith('interview.'))
    return { field: 'tookPlace', text: finding.message };
  return { field: fieldIdOf(finding.code), text: finding.message };
}

export function registerTask(app: FastifyInstance, deps: RouteDeps) {
  app.get('/tasks/:taskId', { preHandler: assessorPage }, async (request, reply) => {
    const { task } = await readTask(deps, request);
    return showTask(deps, request, reply, task);
  });

  app.post('/tasks/:taskId', { preHandler: assessorPage }, async (request, reply) => {
    const { taskId, task } = await readTask(deps, request);
    const form = request.body as Form;
    const version = Number(form.version);
    const values: TaskFormValues = {
      answers: answersFrom(task, form),
      classification: { safetyWellbeing: level(form.safetyWellbeing), riskOfHarm: level(form.riskOfHarm) },
      care: { home: yesOrNo(form.careHome), assessed: yesOrNo(form.careAssessed) },
    };
    const { home, assessed } = values.care;
    // Only the facts the form asked for: what it did not ask (the framework's rules read it not) stays as stored.
    const asks = factsAsked(task);
    const api = apiFor(deps, request);
    const saved = await api.send<z.infer<typeof DraftSaved>>('PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
      version: Number.isInteger(version) && version >= 0 ? version : 0,
      answers: Object.fromEntries(
        Object.entries(values.answers).map(([code, value]) => [
          code,
          value === '' || (Array.isArray(value) && value.length === 0) ? null : value,
        ]),
      ),
      inspectorClassification: Object.fromEntries(
        asks.inspectorClassification.map((concern) => [concern, values.classification[concern] ?? null]),
      ),
      // Both facts or neither: the service keeps them as a pair.
      ...(asks.careExperience && home && assessed
        ? { careExperience: { inspectedYjsIsHome: home === 'yes', inspectedYjsAssessed: assessed === 'yes' } }
        : {}),
    });
    if (!saved.ok) {
      if (saved.error.code === 'stale-version') {
        const current = saved.error.current as z.infer<typeof DraftContent>;
        return showTask(deps, request, reply, task, {
          values,
          version: current.version,
          conflict: conflictWith(task, current, values),
          status: 409,
        });
      }
      const findings = Array.isArray(saved.error.details)
        ? (saved.error.details as { code: string; message: string }[])
        : [];
      const errors = findings.length
        ? findings.map(findingAsError)
        : [refusalOn('assessment', saved.error, {}, saved.status)];
      return showTask(deps, request, reply, task, {
        values,
        errors,
        summary: summarisedFindings(task, errors),
      });
    }
    if (form.action !== 'submit') return doneThen(request, reply, 'Draft saved.', `/tasks/${taskId}`);

    const submitted = await api.send('POST', `/api/fieldwork/tasks/${taskId}/submit`, {
      version: saved.body.version,
    });
    if (!submitted.ok) {
      const { task: now } = await readTask(deps, request);
      const findings = Array.isArray(submitted.error.details)
        ? (submitted.error.details as { code: string; message: string }[])
        : [];
      const errors = findings.length
        ? findings.map(findingAsError)
        : [refusalOn('assessment', submitted.error, {}, submitted.status)];
      return showTask(deps, request, reply, now, { errors, summary: summarisedFindings(now, errors) });
    }
    return doneThen(request, reply, 'Case submitted. It can no longer be changed.', `/tasks/${taskId}`);
  });
}
