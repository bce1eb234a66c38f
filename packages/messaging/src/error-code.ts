// What a failure is recorded as where an operator reads it (an outbox row's or a parked event's lastError):
// its code, else its name. Messages can name values (a broker's subject, a handler's input); codes do not.
export function errorCode(error: unknown): string {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  return String(code ?? name ?? 'error').slice(0, 100);
}
