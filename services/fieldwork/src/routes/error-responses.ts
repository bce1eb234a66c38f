// The refusals every task route may answer, for the OpenAPI document: no or a bad token, a role that
// cannot do this, a task the caller may not see.
import { FieldworkError } from '@yji/contracts';

export const REFUSALS = { 401: FieldworkError, 403: FieldworkError, 404: FieldworkError } as const;
