// A schema refusal as field issues that repeat nothing the caller sent. A path runs through the caller's
// own keys wherever the schema takes any key (a record of answers, a grid's rows): such a key is shown as
// `*`, and only the names the schema itself declares are shown. Zod's message for keys the schema does
// not take lists them, so it is replaced.
import type { FastifyRequest, FastifySchemaValidationError } from 'fastify';
import type { FieldIssue } from '@yji/contracts';
import { z } from 'zod';

/** Every object key `schema` declares, at any depth (a name the caller could not have chosen). */
function declaredKeys(schema: unknown, into = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (!(schema instanceof z.ZodType) || seen.has(schema)) return into;
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown>;
  if (schema instanceof z.ZodObject) for (const key of Object.keys(schema.shape)) into.add(key);
  const children = [
    def.innerType,
    def.in,
    def.out,
    def.element,
    def.valueType,
    def.left,
    def.right,
    def.rest,
    ...(Array.isArray(def.options) ? def.options : []),
    ...(Array.isArray(def.items) ? def.items : []),
    ...(schema instanceof z.ZodObject ? Object.values(schema.shape) : []),
    ...(schema instanceof z.ZodLazy ? [schema.unwrap()] : []),
  ];
  for (const child of children) declaredKeys(child, into, seen);
  return into;
}

const keysBySchema = new WeakMap<object, Set<string>>();

function keysOf(schema: unknown): Set<string> {
  if (typeof schema !== 'object' || schema === null) return new Set();
  let keys = keysBySchema.get(schema);
  if (!keys) keysBySchema.set(schema, (keys = declaredKeys(schema)));
  return keys;
}

const MESSAGES_THAT_ECHO: Readonly<Record<string, string>> = {
  unrecognized_keys: 'has a field this request does not take',
  invalid_key: 'has a key that is not valid here',
};

export function validationIssues(
  request: FastifyRequest,
  context: string | undefined,
  validation: readonly FastifySchemaValidationError[],
): FieldIssue[] {
  const routeSchema = request.routeOptions.schema as Record<string, unknown> | undefined;
  const declared = keysOf(context ? routeSchema?.[context] : undefined);
  return validation.map((issue) => {
    const path = issue.instancePath
      .split('/')
      .filter(Boolean)
      .map((segment) => (declared.has(segment) || /^\d{1,6}$/.test(segment) ? segment : '*'));
    return {
      field: [context ?? 'request', ...path].join('.'),
      message: MESSAGES_THAT_ECHO[issue.keyword] ?? issue.message ?? 'is not valid',
    };
  });
}
