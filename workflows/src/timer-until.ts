// A durable timer's length from an instant a workflow was given.

/** Milliseconds until `at` by the workflow's clock; at least one, as a timer needs. */
export const until = (at: string) => Math.max(1, Date.parse(at) - Date.now());
