// Loaded by path (DataConverter.failureConverterPath) in clients, the worker and the workflow bundle:
// failures' messages and stack traces travel as an encoded payload, which the payload codec then encrypts,
// instead of as clear text in the history ("case C0007 is not in the sample").
import { DefaultFailureConverter } from '@temporalio/common';

export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
