// How a lifecycle rule says no (review states, safeguarding alerts): a reason code the service maps to its
// answer, and a message a person can act on, which never repeats what was sent.
export interface Refusal<Code extends string> {
  ok: false;
  error: { code: Code; message: string };
}

export function refuse<Code extends string>(code: Code, message: string): Refusal<Code> {
  return { ok: false, error: { code, message } };
}
