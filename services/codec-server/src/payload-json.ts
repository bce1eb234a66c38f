// Payloads as the codec server protocol carries them: Temporal's JSON form of the protobuf message, with
// base64 for bytes (`{"metadata": {"encoding": "YmluYXJ5L2VuY3J5cHRlZA=="}, "data": "…"}`).
import type { Payload } from '@temporalio/common';
import { z } from 'zod';

const base64 = z.base64({ error: 'must be base64' });

export const PayloadsBody = z.object({
  payloads: z
    .array(
      z.object({
        metadata: z.record(z.string().max(256), base64).optional(),
        data: base64.optional(),
      }),
    )
    .max(10_000),
});
export type PayloadsBody = z.output<typeof PayloadsBody>;

export function fromJson(body: PayloadsBody): Payload[] {
  return body.payloads.map(({ metadata, data }) => ({
    metadata: Object.fromEntries(
      Object.entries(metadata ?? {}).map(([key, value]) => [key, Buffer.from(value, 'base64')]),
    ),
    data: Buffer.from(data ?? '', 'base64'),
  }));
}

export function toJson(payloads: Payload[]): PayloadsBody {
  return {
    payloads: payloads.map(({ metadata, data }) => ({
      metadata: Object.fromEntries(
        Object.entries(metadata ?? {}).map(([key, value]) => [key, Buffer.from(value).toString('base64')]),
      ),
      data: Buffer.from(data ?? new Uint8Array()).toString('base64'),
    })),
  };
}
