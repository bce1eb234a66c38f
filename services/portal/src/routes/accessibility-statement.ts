// GET /accessibility-statement: what has been checked of the web app's accessibility, what is known not to
// work, and how to report a problem. Linked from every page's footer; open to anyone, signed in or not.
import type { FastifyInstance } from 'fastify';
import { page } from './route-deps.ts';

export function registerAccessibilityStatement(app: FastifyInstance) {
  app.get('/accessibility-statement', async (request, reply) => {
    // Signed in, the header says so and offers Sign out, whose form needs this session's token.
    const user = await request.server.signedInUser(request);
    if (user) reply.locals = { ...reply.locals, user, csrfToken: reply.generateCsrf() };
    return page(request, reply, 'accessibility-statement.njk', {
      title: 'Accessibility statement',
    });
  });
}
