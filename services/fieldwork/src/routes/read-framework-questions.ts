// GET /api/fieldwork/frameworks/:frameworkId/questions: the text, guidance and answers of every question a
// framework asks, which a task names by code (its `applicableQuestions`): a case's read carries a few hundred
// bytes of codes, not the question bank again. Frameworks are frozen, so the answer may be kept.
import {
  ASSESSOR_ROLES,
  FrameworkIdParams,
  FrameworkQuestions,
  frameworkQuestionViews,
  problem,
} from '@yji/contracts';
import { getFramework } from '@yji/domain';
import { errorResponses, HttpError, requireRole, type App } from '@yji/service-kit';

/** A client may keep a framework's questions this long (frozen; an hour lets a corrected release reach it). */
const CACHE_CONTROL = 'private, max-age=3600';

export function registerReadFrameworkQuestions(app: App) {
  app.get(
    '/api/fieldwork/frameworks/:frameworkId/questions',
    {
      onRequest: requireRole(...ASSESSOR_ROLES, 'lead-inspector', 'qa-reviewer'),
      schema: {
        tags: ['frameworks'],
        summary: 'Every question a framework asks: its text, guidance and the answers it takes, in order',
        description:
          "A task's `applicableQuestions` are codes of these. The framework's published question bank, no " +
          'case data: not audited, and cacheable for an hour.',
        params: FrameworkIdParams,
        response: { 200: FrameworkQuestions, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const framework = getFramework(request.params.frameworkId);
      if (!framework) throw new HttpError(problem('not-found', { what: 'framework' }));
      reply.header('cache-control', CACHE_CONTROL);
      return { frameworkId: framework.id, questions: [...frameworkQuestionViews(framework)] };
    },
  );
}
