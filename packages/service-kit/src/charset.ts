// Bodies are read as UTF-8 whatever their content type says; a body declared in another charset (UTF-16,
// Latin-1) would be misread, so it is refused (415) before it is parsed. No charset means UTF-8, as JSON
// requires (RFC 8259 §8.1).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problem } from '@yji/contracts';
import { HttpError } from './errors.ts';

const UTF8 = new Set(['utf-8', 'utf8']);

/** The charset parameter of a content type, unquoted and lower case; undefined when there is none. */
export function charsetOf(contentType: string): string | undefined {
  for (const parameter of contentType.split(';').slice(1)) {
    const [name, ...value] = parameter.split('=');
    if (name?.trim().toLowerCase() === 'charset')
      return value
        .join('=')
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .toLowerCase();
  }
  return undefined;
}

export function refuseOtherCharsets(app: FastifyInstance) {
  app.addHook('preParsing', async (request: FastifyRequest) => {
    const contentType = request.headers['content-type'];
    const charset = contentType === undefined ? undefined : charsetOf(contentType);
    if (charset !== undefined && !UTF8.has(charset)) throw new HttpError(problem('unsupported-charset'));
  });
}
