// Workflow inputs, Update arguments and results pass through Temporal's history, which Temporal stores and
// shows. Encrypting every payload (AES-256-GCM) before it leaves the process keeps anything about a child
// that reaches a workflow, such as a reason for excluding a case, out of the history in clear text.
// Clients (the services) and the worker use the same codec and keys. Failures' messages and stack traces
// are encoded into a payload first (failure-converter.ts), so the codec encrypts them too.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Payload, PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';

const ENCODING = 'binary/encrypted';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const { Payload: PayloadMessage } = proto.temporal.api.common.v1;
const text = new TextEncoder();
const fromText = new TextDecoder();

export interface PayloadKey {
  id: string;
  key: Buffer;
}

/**
 * Parses `id:base64key,id:base64key…`: the first key encrypts, every key decrypts, so a key can be rotated
 * by putting a new one first and keeping the old one until no running workflow needs it.
 */
export function parsePayloadKeys(value: string): PayloadKey[] {
  const keys = value.split(',').map((entry) => {
    const [id, encoded] = entry.trim().split(':');
    const key = Buffer.from(encoded ?? '', 'base64');
    if (!id || key.length !== 32) throw new Error('each payload key must be <id>:<32 bytes in base64>');
    return { id, key };
  });
  if (keys.length === 0) throw new Error('at least one payload key is needed');
  return keys;
}

export class EncryptionCodec implements PayloadCodec {
  private readonly current: PayloadKey;
  private readonly byId: Map<string, Buffer>;

  constructor(keys: readonly PayloadKey[]) {
    this.current = keys[0]!;
    this.byId = new Map(keys.map(({ id, key }) => [id, key]));
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
      const sealed = Buffer.concat([cipher.update(PayloadMessage.encode(payload).finish()), cipher.final()]);
      return {
        metadata: { encoding: text.encode(ENCODING), 'encryption-key-id': text.encode(this.current.id) },
        data: Buffer.concat([iv, sealed, cipher.getAuthTag()]),
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (fromText.decode(payload.metadata?.encoding ?? new Uint8Array()) !== ENCODING) return payload;
      const keyId = fromText.decode(payload.metadata?.['encryption-key-id'] ?? new Uint8Array());
      const key = this.byId.get(keyId);
      if (!key) throw new Error(`no payload key with id ${keyId}`);
      const data = Buffer.from(payload.data ?? new Uint8Array());
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      const opened = Buffer.concat([
        decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)),
        decipher.final(),
      ]);
      return PayloadMessage.decode(opened) as Payload;
    });
  }
}

export const failureConverterPath = fileURLToPath(new URL('./failure-converter.ts', import.meta.url));

/** The data converter every Temporal client and worker of yji uses. */
export function encryptedDataConverter(payloadKeys: string) {
  return { payloadCodecs: [new EncryptionCodec(parsePayloadKeys(payloadKeys))], failureConverterPath };
}
