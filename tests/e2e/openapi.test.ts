// Every route of every service is documented in its OpenAPI document: a tag and a summary, the schema of
// its answer, and the refusals it may give with the catalogue's codes for each.
import { describe, expect, it } from 'vitest';
import { problemStatus, type ProblemCode } from '@yji/contracts';
import { useSystem } from '../harness/index.ts';

interface Schema {
  properties?: Record<string, Schema>;
  anyOf?: Schema[];
  enum?: string[];
}
interface Operation {
  tags?: string[];
  /** An empty list: anyone may call it without a token (open data). */
  security?: unknown[];
  summary?: string;
  responses?: Record<string, { content?: { 'application/json'?: { schema?: Schema } } }>;
}

/** The codes a refusal's schema lists (each alternative's, for a union). */
const codesOf = (schema: Schema): string[] =>
  schema.anyOf ? schema.anyOf.flatMap(codesOf) : (schema.properties?.error?.properties?.code?.enum ?? []);
type Document = { paths: Record<string, Record<string, Operation>> };

/** Paths of the service itself, not of the API it serves. */
const SERVICE_PATHS = /^\/(health|ready|docs)(\/|$)/;

describe('the OpenAPI documents', () => {
  const system = useSystem();

  const operations = async (baseUrl: string) => {
    const document = (await (await fetch(`${baseUrl}/docs/json`)).json()) as Document;
    return Object.entries(document.paths)
      .filter(([path]) => !SERVICE_PATHS.test(path))
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          route: `${method.toUpperCase()} ${path}`,
          operation,
        })),
      );
  };

  for (const service of ['inspection', 'fieldwork', 'ratings', 'publication'] as const) {
    it(`${service}: every route has a tag, a summary, its answer's schema and its refusals`, async () => {
      const documented = await operations(system[service].url);
      expect(documented.length).toBeGreaterThan(5);
      for (const { route, operation } of documented) {
        expect(operation.tags?.length, `${route} tags`).toBeGreaterThan(0);
        expect(operation.summary, `${route} summary`).toEqual(expect.any(String));
        const statuses = Object.keys(operation.responses ?? {});
        expect(statuses.filter((status) => status.startsWith('2')).length, `${route} answer`).toBeGreaterThan(
          0,
        );
        if (operation.security?.length !== 0) expect(statuses, `${route} refusals`).toContain('401');
        for (const status of statuses) {
          const schema = operation.responses![status]!.content?.['application/json']?.schema;
          expect(schema, `${route} ${status} schema`).toBeDefined();
          if (!status.startsWith('2')) {
            const codes = codesOf(schema!);
            expect(codes.length, `${route} ${status} codes`).toBeGreaterThan(0);
            for (const code of codes)
              expect(problemStatus(code as ProblemCode), `${route} ${code}`).toBe(Number(status));
          }
        }
      }
    });
  }
});
