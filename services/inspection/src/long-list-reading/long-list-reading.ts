// The service's side of the long-list reading thread (reader-thread.ts). The event loop only counts the
// body's bytes and hands its pieces over; the thread decodes and checks them and answers the rows as a few
// strings per batch. Read on the event loop, even in 16 KB slices between other requests, a 100,000-row
// list stalled the loop for up to 220–390 ms at a time, mostly collecting its rows' objects (scavenges of
// a young generation that all survives); read here, 11–26 ms (docs/performance.md, long lists).
// One thread, started at the first upload, reads every upload; if it dies, the uploads in progress fail
// (500) and the next upload starts another.
import { Worker } from 'node:worker_threads';
import { problem } from '@yji/contracts';
import type { DisposalType } from '@yji/domain';
import { HttpError } from '@yji/service-kit';
import type { FromReader, ReadLongList, ToReader } from './messages.ts';

interface Waiting {
  resolve(result: ReadLongList): void;
  reject(error: Error): void;
}

export interface ReadOptions {
  limitBytes: number;
  /** The disposal types the inspection's frameworks assess; undefined: every type yji knows. */
  disposalTypes: readonly [DisposalType, ...DisposalType[]] | undefined;
}

const notUtf8 = () =>
  new HttpError(problem('invalid-request', { issues: [{ field: 'body', message: 'is not UTF-8' }] }));

export function createLongListReading() {
  let thread: Worker | undefined;
  let nextUpload = 0;
  const waiting = new Map<number, Waiting>();

  const failAll = (error: Error) => {
    thread = undefined;
    for (const upload of waiting.values()) upload.reject(error);
    waiting.clear();
  };

  const started = () => {
    if (thread) return thread;
    const worker = new Worker(new URL('./reader-thread.ts', import.meta.url));
    // An idle thread does not keep the process alive; an upload in progress has its request for that.
    worker.unref();
    worker.on('message', (message: FromReader) => {
      const upload = waiting.get(message.upload);
      waiting.delete(message.upload);
      if ('notUtf8' in message) upload?.reject(notUtf8());
      else upload?.resolve(message.result);
    });
    worker.on('error', (error) => {
      if (thread === worker) failAll(error);
    });
    worker.on('exit', (code) => {
      if (thread === worker) failAll(new Error(`the long-list reading thread exited (code ${code})`));
    });
    thread = worker;
    return worker;
  };

  return {
    /** Reads a CSV body as it arrives, within `limitBytes`: the rows ready to stage, or every bad row. */
    async read(body: AsyncIterable<Buffer>, { limitBytes, disposalTypes }: ReadOptions) {
      const upload = nextUpload++;
      const worker = started();
      const send = (message: ToReader, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);
      const answer = new Promise<ReadLongList>((resolve, reject) => waiting.set(upload, { resolve, reject }));
      // The thread may refuse the body (not UTF-8) before it has all arrived: the refusal is answered below.
      answer.catch(() => undefined);
      send({ upload, type: 'start', disposalTypes });
      let bytes = 0;
      try {
        for await (const chunk of body) {
          bytes += chunk.length;
          if (bytes > limitBytes) throw new HttpError(problem('too-large'));
          // A copy of its own: moving the piece's memory must not take any other buffer's with it.
          const piece = new Uint8Array(chunk);
          send({ upload, type: 'piece', bytes: piece }, [piece.buffer]);
        }
      } catch (error) {
        waiting.delete(upload);
        send({ upload, type: 'abort' });
        throw error;
      }
      send({ upload, type: 'end' });
      return answer;
    },
    /** Stops the thread; uploads still being read fail. */
    async close() {
      const worker = thread;
      failAll(new Error('the service is stopping'));
      await worker?.terminate();
    },
  };
}

export type LongListReading = ReturnType<typeof createLongListReading>;
