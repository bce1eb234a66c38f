import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { EncryptionCodec, parsePayloadKeys } from './payload-encryption.ts';

const keyText = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

describe('payload encryption', () => {
  const secret = { caseRef: 'C0001', reason: 'care experienced; home YJS did not assess' };
  const payload = defaultPayloadConverter.toPayload(secret)!;

  it('round-trips a payload and hides its content', async () => {
    const codec = new EncryptionCodec(parsePayloadKeys(keyText('k1')));
    const [encrypted] = await codec.encode([payload]);
    expect(Buffer.from(encrypted!.data!).toString('latin1')).not.toContain('care experienced');
    const [decrypted] = await codec.decode([encrypted!]);
    expect(defaultPayloadConverter.fromPayload(decrypted!)).toEqual(secret);
  });

  it('decrypts with an older key after rotation, and refuses an unknown key or a tampered payload', async () => {
    const old = keyText('old');
    const [sealed] = await new EncryptionCodec(parsePayloadKeys(old)).encode([payload]);
    const rotated = new EncryptionCodec(parsePayloadKeys(`${keyText('new')},${old}`));
    expect(defaultPayloadConverter.fromPayload((await rotated.decode([sealed!]))[0]!)).toEqual(secret);
    await expect(new EncryptionCodec(parsePayloadKeys(keyText('other'))).decode([sealed!])).rejects.toThrow(
      'no payload key with id old',
    );
    // Flip every bit of one byte: setting it to a fixed value leaves it unchanged one run in 256.
    const data = Buffer.from(sealed!.data!);
    data[20] = data[20]! ^ 0xff;
    const tampered = { ...sealed!, data };
    await expect(rotated.decode([tampered])).rejects.toThrow();
  });

  it('passes through payloads it did not encrypt', async () => {
    const codec = new EncryptionCodec(parsePayloadKeys(keyText('k1')));
    expect(await codec.decode([payload])).toEqual([payload]);
  });

  it('refuses a malformed key', () => {
    expect(() => parsePayloadKeys('k1:short')).toThrow('32 bytes');
    expect(() => parsePayloadKeys(':' + randomBytes(32).toString('base64'))).toThrow();
  });
});
