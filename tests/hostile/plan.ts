// The hostile probes for a service, generated from its OpenAPI document: for every operation, every field
// of its body and query and every path parameter, each class of bad value (values.ts) put in a valid
// request in place of the good one; and every class of bad body. Each probe also says which caller sends
// it: the inspection's own member, no token, a stranger's valid token, or a forged one.
import { mulberry32 } from '@yji/domain/testing';
import { hostileBodies, hostilePathValues, hostileValuesFor, type FieldSchema } from './values.ts';

export type Caller = 'member' | 'none' | 'stranger' | 'forged';

export interface Probe {
  service: string;
  /** The route as documented, for the counts. */
  route: string;
  method: string;
  url: string;
  caller: Caller;
  /** The field changed (`body.yjs.name`, `path.id`), or `body` for a whole body. */
  field: string;
  kind: string;
  contentType?: string;
  payload?: string | Buffer;
  echoes: string[];
}

interface Operation {
  parameters?: { in: string; name: string; schema?: FieldSchema }[];
  requestBody?: { content?: Record<string, { schema?: FieldSchema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, FieldSchema> };
}

/** What a route needs to be a valid request: its path parameters' values and a body that passes. */
export interface ValidRequest {
  params: Record<string, string>;
  query?: Record<string, string>;
  /** JSON (an object) or, for text/csv, the text. */
  body?: unknown;
}

const SERVICE_PATHS = /^\/(health|ready|docs)(\/|$)/;

function resolve(document: OpenApiDocument, schema: FieldSchema | undefined): FieldSchema | undefined {
  const ref = (schema as { $ref?: string } | undefined)?.$ref;
  if (!ref) return schema;
  return resolve(document, document.components?.schemas?.[ref.split('/').pop()!]);
}

/** Every field path of `schema` (objects' properties, records' values, arrays' items) with its schema. */
function fields(
  document: OpenApiDocument,
  schema: FieldSchema | undefined,
  path: (string | number)[],
  depth = 0,
): { path: (string | number)[]; schema: FieldSchema }[] {
  const node = resolve(document, schema);
  if (!node || depth > 6) return [];
  const alternatives = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
  const here = path.length > 0 ? [{ path, schema: node }] : [];
  return [
    ...here,
    ...Object.entries(node.properties ?? {}).flatMap(([key, child]) =>
      fields(document, child, [...path, key], depth + 1),
    ),
    ...(typeof node.additionalProperties === 'object'
      ? fields(document, node.additionalProperties, [...path, ANY_KEY], depth + 1)
      : []),
    ...(node.items ? fields(document, node.items, [...path, 0], depth + 1) : []),
    ...alternatives.flatMap((alternative) =>
      fields(document, alternative, path, depth + 1).filter((f) => f.path !== path),
    ),
  ];
}

/** In a field path, a record's entry: the first key the valid body has there, else a new key. */
const ANY_KEY = '*';

/** `body` with the value at `path` replaced (made where missing). */
function withValue(body: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(body ?? {}) as Record<string | number, unknown>;
  let node = copy;
  path.forEach((step, i) => {
    const key = step === ANY_KEY ? (Object.keys(node)[0] ?? 'zqkey') : step;
    if (i === path.length - 1) {
      Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
      return;
    }
    const next = node[key];
    node[key] = typeof next === 'object' && next !== null ? next : typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  return copy;
}

const urlOf = (template: string, params: Record<string, string>, query?: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_all, name: string) => params[name] ?? name) +
  (query && Object.keys(query).length ? `?${new URLSearchParams(query)}` : '');

/** Every probe of a service's document; `valid` gives each route's valid request (a route without one fails). */
export function probesFor(
  service: string,
  document: OpenApiDocument,
  valid: (route: string) => ValidRequest | undefined,
  pickCaller: () => Caller,
): Probe[] {
  const probes: Probe[] = [];
  for (const [template, methods] of Object.entries(document.paths)) {
    if (SERVICE_PATHS.test(template)) continue;
    for (const [method, operation] of Object.entries(methods)) {
      const route = `${method.toUpperCase()} ${template}`;
      const request = valid(route);
      if (!request) throw new Error(`no valid request is given for ${route}: add one to the hostile test`);
      const content = operation.requestBody?.content ?? {};
      const csv = 'text/csv' in content;
      const jsonBody = (body: unknown) =>
        body === undefined
          ? {}
          : csv
            ? { contentType: 'text/csv', payload: String(body) }
            : { contentType: 'application/json', payload: JSON.stringify(body) };
      const probe = (part: Omit<Probe, 'service' | 'route' | 'method' | 'caller'>) =>
        probes.push({ service, route, method: method.toUpperCase(), caller: pickCaller(), ...part });
      const url = urlOf(template, request.params, request.query);

      for (const { path, schema } of fields(document, content['application/json']?.schema, [])) {
        for (const bad of hostileValuesFor(schema))
          probe({
            url,
            field: `body.${path.join('.')}`,
            kind: bad.kind,
            echoes: bad.echoes,
            ...jsonBody(withValue(request.body, path, bad.value)),
          });
      }
      if (csv)
        for (const bad of hostileValuesFor({ type: 'string' }).filter((v) => typeof v.value === 'string'))
          probe({
            url,
            field: 'body.csv-cell',
            kind: bad.kind,
            echoes: bad.echoes,
            contentType: 'text/csv',
            payload: String(request.body).replace(
              /\n([^,\n]*),/,
              `\n${String(bad.value).replace(/[\n,]/g, ' ')},`,
            ),
          });
      // fetch (like most clients) sends no body with GET.
      if (method !== 'get') for (const bad of hostileBodies()) probe({ url, field: 'body', ...bad });

      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'path') {
          for (const bad of hostilePathValues(request.params[parameter.name] ?? 'x'))
            probe({
              url: urlOf(template, { ...request.params, [parameter.name]: String(bad.value) }, request.query),
              field: `path.${parameter.name}`,
              kind: bad.kind,
              echoes: bad.echoes,
              ...jsonBody(request.body),
            });
        } else if (parameter.in === 'query') {
          for (const bad of hostileValuesFor({ type: 'string' }).filter((v) => typeof v.value === 'string'))
            probe({
              url: urlOf(template, request.params, { ...request.query, [parameter.name]: String(bad.value) }),
              field: `query.${parameter.name}`,
              kind: bad.kind,
              echoes: bad.echoes,
              ...jsonBody(request.body),
            });
        }
      }
    }
  }
  return probes;
}

/** A seeded generator, so a failing run can be repeated with its seed. */
export const seededRandom = mulberry32;

/** `count` of `items` chosen by `random` (all of them when count is at least their number). */
export function sample<T>(items: T[], count: number, random: () => number): T[] {
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled.slice(0, count);
}
