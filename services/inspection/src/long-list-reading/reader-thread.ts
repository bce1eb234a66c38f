// The long-list reading thread (a worker_threads worker): decodes, splits and checks each upload's body as
// its pieces arrive, by the domain's rules, and answers the rows as staging batches or every bad row. A
// 100,000-row list is a second of work and 100,000 objects to collect: here they cost the service's event
// loop nothing, and other requests are answered meanwhile.
import { TextDecoder } from 'node:util';
import { parentPort } from 'node:worker_threads';
import { createLongListReader, type LongListReader } from '@yji/domain/long-list-reader';
import { stagingBatchesOf } from '../store/long-list-staging-batches.ts';
import type { FromReader, ToReader } from './messages.ts';

if (!parentPort) throw new Error('reader-thread.ts runs as a worker thread');
const port = parentPort;

interface Upload {
  decoder: TextDecoder;
  reader: LongListReader;
}

const uploads = new Map<number, Upload>();
const answer = (message: FromReader) => port.postMessage(message);

/** Decodes and reads `bytes` (the end of the body without them); false if the body is not UTF-8. */
function read({ decoder, reader }: Upload, bytes?: Uint8Array): boolean {
  try {
    reader.read(bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode());
    return true;
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

port.on('message', (message: ToReader) => {
  const { upload } = message;
  if (message.type === 'start') {
    uploads.set(upload, {
      decoder: new TextDecoder('utf-8', { fatal: true }),
      reader: createLongListReader({ disposalTypes: message.disposalTypes }),
    });
    return;
  }
  const state = uploads.get(upload);
  // Already answered (not UTF-8) or aborted: what is still on its way is dropped.
  if (!state) return;
  if (message.type === 'abort') {
    uploads.delete(upload);
    return;
  }
  if (!read(state, message.type === 'piece' ? message.bytes : undefined)) {
    uploads.delete(upload);
    answer({ upload, notUtf8: true });
    return;
  }
  if (message.type === 'end') {
    uploads.delete(upload);
    const parsed = state.reader.finish();
    answer({
      upload,
      result: parsed.ok
        ? { ok: true, rows: parsed.cases.length, batches: stagingBatchesOf(parsed.cases) }
        : parsed,
    });
  }
});
