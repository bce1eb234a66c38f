// The classes of bad values a hostile caller sends, chosen by what a field's JSON schema says it takes.
// Every string that could come back in an answer carries a marker (`zq` + a number) so an echo is found
// exactly, whatever else the answer says.
export interface HostileValue {
  /** The class, for the counts: "control character", "oversized", "type: null"... */
  kind: string;
  value: unknown;
  /** Strings whose presence in a refusal would be an echo of what was sent. */
  echoes: string[];
}

/** A field's JSON schema, as much of it as the generator reads. */
export interface FieldSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  maxLength?: number;
  minLength?: number;
  maximum?: number;
  minimum?: number;
  maxItems?: number;
  properties?: Record<string, FieldSchema>;
  additionalProperties?: FieldSchema | boolean;
  propertyNames?: FieldSchema;
  items?: FieldSchema;
  anyOf?: FieldSchema[];
  oneOf?: FieldSchema[];
  allOf?: FieldSchema[];
  required?: string[];
}

let counter = 0;
/** A marker no answer holds unless it repeats what was sent. */
export const marker = () => `zq${(counter += 1).toString(36)}x`;

const marked = (kind: string, make: (m: string) => string): HostileValue => {
  const m = marker();
  return { kind, value: make(m), echoes: [m] };
};

/** Strings that attack a store, a template, a shell, a log or a reader, each marked. */
export function hostileStrings(maxLength = 200): HostileValue[] {
  return [
    { kind: 'empty', value: '', echoes: [] },
    { kind: 'blank', value: '   \t ', echoes: [] },
    marked('NUL', (m) => `${m}\u0000after`),
    marked('lone NUL-escaped text', (m) => `%00${m}`),
    marked('C0 control', (m) => `${m}\u0007\u001b[31m`),
    marked('C1 control', (m) => `${m}\u0085\u009b`),
    marked('line break', (m) => `${m}\r\nX-Injected: 1`),
    marked('unpaired surrogate', (m) => `${m}\ud800`),
    marked('noncharacter', (m) => `${m}\uffff`),
    marked('direction override', (m) => `\u202e${m}gnp.exe`),
    marked('zero-width', (m) => `${m}\u200b\u2060\ufeff`),
    marked('combining flood', (m) => `${m}${'\u0301'.repeat(500)}`),
    marked('fullwidth', (m) => `${m}ＡＤＭＩＮ`),
    marked('SQL', (m) => `${m}' OR '1'='1'; DROP TABLE "AuditEntry"; --`),
    marked('SQL in jsonb', (m) => `${m}\\u0000'::jsonb`),
    marked('template', (m) => `${m}{{7*7}}\${7*7}<%= 7*7 %>`),
    marked('markup', (m) => `<script>alert('${m}')</script>`),
    marked('path', (m) => `../../../../etc/passwd#${m}`),
    marked('shell', (m) => `${m}$(touch /tmp/pwned)\`id\``),
    marked('log4j', (m) => `\${jndi:ldap://127.0.0.1/${m}}`),
    marked('spreadsheet formula', (m) => `=HYPERLINK("http://x/${m}")`),
    marked('case reference shape', (m) => `C0001-${m}`),
    marked('oversized', (m) => `${m}${'x'.repeat(maxLength + 1)}`),
    marked('huge', (m) => `${m}${'y'.repeat(300_000)}`),
  ];
}

const TYPE_MISMATCHES: HostileValue[] = [
  { kind: 'type: null', value: null, echoes: [] },
  { kind: 'type: boolean', value: true, echoes: [] },
  { kind: 'type: number', value: 12_345_678, echoes: ['12345678'] },
  { kind: 'type: array', value: [], echoes: [] },
  { kind: 'type: object', value: {}, echoes: [] },
];

function numbers(schema: FieldSchema): HostileValue[] {
  return [
    { kind: 'number: negative', value: -1, echoes: [] },
    { kind: 'number: fraction', value: 0.5, echoes: [] },
    { kind: 'number: past maximum', value: (schema.maximum ?? 1e6) + 1, echoes: [] },
    { kind: 'number: huge', value: 1e308, echoes: [] },
    { kind: 'number: unsafe integer', value: 2 ** 53 + 2, echoes: [] },
    { kind: 'number: as string', value: '7', echoes: [] },
  ];
}

function arrays(schema: FieldSchema): HostileValue[] {
  const many = (schema.maxItems ?? 100) + 1;
  return [
    { kind: 'array: too many', value: Array.from({ length: many }, () => 'x'), echoes: [] },
    { kind: 'array: nested', value: [[[[[[[[[[]]]]]]]]]], echoes: [] },
    { kind: 'array: mixed', value: [null, 1, {}, []], echoes: [] },
  ];
}

function objects(): HostileValue[] {
  const unknownKey = marker();
  const recordKey = marker();
  return [
    { kind: 'object: unknown key', value: { [unknownKey]: 1 }, echoes: [unknownKey] },
    { kind: 'object: control key', value: { [`${recordKey}\u0000`]: 'x' }, echoes: [recordKey] },
    { kind: 'object: __proto__', value: JSON.parse('{"__proto__":{"isAdmin":true}}'), echoes: [] },
    { kind: 'object: constructor', value: { constructor: { prototype: { isAdmin: true } } }, echoes: [] },
    {
      kind: 'object: deep',
      value: JSON.parse(`${'{"a":'.repeat(200)}1${'}'.repeat(200)}`),
      echoes: [],
    },
  ];
}

/** Every hostile value for a field taking `schema`. */
export function hostileValuesFor(schema: FieldSchema): HostileValue[] {
  const types = [schema.type].flat().filter(Boolean);
  const values = [...TYPE_MISMATCHES];
  if (types.includes('string') || schema.enum) values.push(...hostileStrings(schema.maxLength));
  if (types.includes('integer') || types.includes('number')) values.push(...numbers(schema));
  if (types.includes('array')) values.push(...arrays(schema));
  if (types.includes('object')) values.push(...objects());
  return values;
}

/** Bodies that are wrong as a whole: not the declared shape, not JSON, not UTF-8, not the declared type. */
export interface HostileBody {
  kind: string;
  contentType?: string;
  payload?: string | Buffer;
  echoes: string[];
}

export function hostileBodies(): HostileBody[] {
  const m = marker();
  const json = 'application/json';
  return [
    { kind: 'body: none', echoes: [] },
    { kind: 'body: null', contentType: json, payload: 'null', echoes: [] },
    { kind: 'body: array', contentType: json, payload: '[]', echoes: [] },
    { kind: 'body: number', contentType: json, payload: '123', echoes: [] },
    { kind: 'body: string', contentType: json, payload: `"${m}"`, echoes: [m] },
    { kind: 'body: broken JSON', contentType: json, payload: `{"${m}": `, echoes: [m] },
    { kind: 'body: __proto__', contentType: json, payload: `{"__proto__":{"${m}":1}}`, echoes: [m] },
    {
      kind: 'body: UTF-16',
      contentType: `${json}; charset=utf-16le`,
      payload: Buffer.from(`{"${m}":1}`, 'utf16le'),
      echoes: [m],
    },
    {
      kind: 'body: Latin-1',
      contentType: `${json}; charset=iso-8859-1`,
      payload: `{"${m}":"\u00e9"}`,
      echoes: [m],
    },
    { kind: 'body: form', contentType: 'application/x-www-form-urlencoded', payload: `${m}=1`, echoes: [m] },
    { kind: 'body: text', contentType: 'text/plain', payload: m, echoes: [m] },
    { kind: 'body: xml', contentType: 'application/xml', payload: `<a>${m}</a>`, echoes: [m] },
    {
      kind: 'body: too large',
      contentType: json,
      payload: `{"${m}":"${'z'.repeat(6 * 1024 * 1024)}"}`,
      echoes: [m],
    },
  ];
}

/** Values for a path parameter that names an id or a case reference. */
export function hostilePathValues(real: string): HostileValue[] {
  const m = marker();
  return [
    { kind: 'path: upper case', value: real.toUpperCase(), echoes: [] },
    { kind: 'path: unknown id', value: '00000000-0000-4000-8000-000000000000', echoes: [] },
    { kind: 'path: encoded NUL', value: `${m}%00`, echoes: [m] },
    { kind: 'path: traversal', value: `..%2F..%2F${m}`, echoes: [m] },
    { kind: 'path: encoded unicode', value: `${m}%E2%80%AE`, echoes: [m] },
    { kind: 'path: bad encoding', value: `${m}%E0%A4%A`, echoes: [m] },
    { kind: 'path: SQL', value: encodeURIComponent(`${m}' OR '1'='1`), echoes: [m] },
    { kind: 'path: long', value: `${m}${'p'.repeat(4000)}`, echoes: [m] },
  ];
}
