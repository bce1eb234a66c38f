// A step of a driver (a bench, a fault run, a set-up) that must be answered as it expects: when it is not,
// the run fails naming the request, the status and the error's code — never the body, which may hold case
// data, nor the query string.
import type { ApiResponse } from './api.ts';

/** `response`'s body, when its status is one of `wanted`; otherwise fails naming `method` and `path`. */
export function expectAnswer(method: string, path: string, response: ApiResponse, wanted = [200]) {
  if (!wanted.includes(response.status))
    throw new Error(
      `${method} ${path.split('?')[0]}: ${response.status} ${response.body?.error?.code ?? ''}`,
    );
  return response.body;
}
