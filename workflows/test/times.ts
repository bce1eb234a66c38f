// The times the workflow tests give the workflows: a due date whose timers never fire while a test runs, and
// instants a few seconds ahead that a test waits out.

/** A case's due date far enough ahead that neither its reminder nor its overdue timer fires in a test. */
export const FAR_DUE = '2099-01-15T17:00:00.000Z';

/** The instant `seconds` from now, as an ISO 8601 timestamp. */
export const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
