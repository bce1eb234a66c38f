// What the service's event loop and the long-list reading thread say to each other. Each upload has an id,
// so one thread reads every upload in progress, its pieces in the order they arrived.
import type { DisposalType, LongListError } from '@yji/domain';
import type { StagingBatch } from '../store/long-list-staging-batches.ts';

export type ToReader =
  | { upload: number; type: 'start'; disposalTypes: readonly [DisposalType, ...DisposalType[]] | undefined }
  /** A piece of the body as it arrived; its bytes are moved, not copied. */
  | { upload: number; type: 'piece'; bytes: Uint8Array }
  | { upload: number; type: 'end' }
  /** The upload was refused or broken off: forget it. */
  | { upload: number; type: 'abort' };

/** The list read: ready to stage, or every bad row. */
export type ReadLongList =
  { ok: true; rows: number; batches: StagingBatch[] } | { ok: false; errors: LongListError[] };

/** The answer to an upload's `end`, or as soon as its body turns out not to be UTF-8. */
export type FromReader = { upload: number; result: ReadLongList } | { upload: number; notUtf8: true };
