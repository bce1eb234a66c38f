// Replays the events an operator asked for (ParkedMessage.replayRequestedAt set, README: Operations,
// Events): each is applied once more in one transaction with its row's removal, as a delivery would apply
// it; one that fails again stays parked with the new failure. Looks every `pollMs`, so an operator's
// request needs no restart.
import {
  recordReplayFailure,
  replayParkedMessage,
  replaysRequested,
  type ParkedEvent,
  type RawSql,
  type TransactionalClient,
} from '@yji/db';
import { errorCode } from './error-code.ts';

export interface ParkedReplayOptions {
  consumer: string;
  pollMs: number;
  /** The event's effect in the replay's transaction, made before that transaction opens. */
  prepare: (parked: ParkedEvent) => Promise<(tx: RawSql) => Promise<void>>;
  onFailure: (error: Error, replayed: { subject: string; messageId: string }) => void;
}

const REPLAYS_PER_LOOK = 100;

export function startParkedReplay(db: TransactionalClient, options: ParkedReplayOptions) {
  let running = true;
  let wake: (() => void) | undefined;
  const pause = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.pollMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const replay = async (requested: ParkedEvent) => {
    try {
      const effect = await options.prepare(requested);
      await replayParkedMessage(db, options.consumer, requested.messageId, effect);
    } catch (error) {
      options.onFailure(error as Error, requested);
      await recordReplayFailure(db, options.consumer, requested.messageId, errorCode(error));
    }
  };

  const loop = (async () => {
    while (running) {
      try {
        for (const requested of await replaysRequested(db, options.consumer, REPLAYS_PER_LOOK)) {
          if (!running) break;
          await replay(requested);
        }
      } catch (error) {
        options.onFailure(error as Error, { subject: '', messageId: '' });
      }
      if (running) await pause();
    }
  })();
  return {
    stop: async () => {
      running = false;
      wake?.();
      await loop;
    },
  };
}
