// The long-list reading thread: a body cut anywhere (inside a character, too) is read as the domain reads
// it whole, and staged as the same rows; several uploads read at once stay apart; a body that is not
// UTF-8 or is too large is refused as the route answers it, and the thread reads the next one; the rows
// are never collected on the service's event loop.
import { afterAll, describe, expect, it } from 'vitest';
import { parseLongList } from '@yji/domain';
import { HttpError } from '@yji/service-kit';
import { createLongListReading } from '../src/long-list-reading/long-list-reading.ts';
import { stagingBatchesOf, STAGE_BATCH_ROWS } from '../src/store/long-list-staging-batches.ts';

const HEADER =
  'case_id,disposal_type,disposal_start,case_manager,gender,ethnicity,safety_wellbeing,risk_of_serious_harm';
const row = (index: number) =>
  `C${String(index).padStart(5, '0')},referral_order,2025-05-02,"Zoë ""Z"" \\{Ó}",Female,NULL,medium,high`;
const list = (rows: number) => [HEADER, ...Array.from({ length: rows }, (_, i) => row(i + 1))].join('\n');

/** `text`'s bytes in pieces of `size` bytes, cut wherever that falls (inside a character too). */
async function* pieces(bytes: Buffer, size: number) {
  for (let from = 0; from < bytes.length; from += size) yield bytes.subarray(from, from + size);
}

const options = { limitBytes: 1024 * 1024, disposalTypes: undefined };
const refusal = (error: unknown) => (error instanceof HttpError ? error.problem.code : error);

describe('reading a long list in its own thread', () => {
  const reading = createLongListReading();
  afterAll(() => reading.close());

  it('reads a body cut anywhere as the domain reads it whole, as staging batches', async () => {
    const text = list(STAGE_BATCH_ROWS + 7);
    const expected = parseLongList(text);
    if (!expected.ok) throw new Error('the test list is valid');
    for (const size of [7, 4096]) {
      const read = await reading.read(pieces(Buffer.from(text), size), options);
      expect(read).toEqual({
        ok: true,
        rows: STAGE_BATCH_ROWS + 7,
        batches: stagingBatchesOf(expected.cases),
      });
    }
  }, 30_000);

  it('answers every bad row, and keeps uploads read at once apart', async () => {
    const bad = `${list(3)}\nC00001,referral_order,2025-05-02,CM01,Female,White,medium,high\n`;
    const [good, refused] = await Promise.all([
      reading.read(pieces(Buffer.from(list(2)), 5), options),
      reading.read(pieces(Buffer.from(bad), 5), options),
    ]);
    expect(good).toMatchObject({ ok: true, rows: 2 });
    expect(refused).toEqual(parseLongList(bad));
  });

  it('closes the disposal types to those given', async () => {
    const read = await reading.read(pieces(Buffer.from(list(1)), 64), {
      ...options,
      disposalTypes: ['youth_caution'],
    });
    expect(read).toMatchObject({ ok: false, errors: [{ line: 2 }] });
  });

  it('refuses a body that is not UTF-8, then reads the next one', async () => {
    const latin1 = Buffer.concat([Buffer.from(list(2)), Buffer.from([0xe9, 0x0a])]);
    await expect(reading.read(pieces(latin1, 16), options).catch(refusal)).resolves.toBe('invalid-request');
    await expect(reading.read(pieces(Buffer.from(list(2)), 16), options)).resolves.toMatchObject({
      ok: true,
    });
  });

  it('refuses a body over the limit, then reads the next one', async () => {
    const body = pieces(Buffer.from(list(200)), 1024);
    await expect(reading.read(body, { ...options, limitBytes: 4096 }).catch(refusal)).resolves.toBe(
      'too-large',
    );
    await expect(reading.read(pieces(Buffer.from(list(2)), 16), options)).resolves.toMatchObject({
      ok: true,
    });
  });

  it("leaves the rows' objects to the thread: the event loop is mostly idle while 100,000 rows are read", async () => {
    const bytes = Buffer.from(list(100_000));
    // Warm: the thread has started and loaded the reader.
    await reading.read(pieces(Buffer.from(list(1)), 64), options);
    const before = performance.eventLoopUtilization();
    const read = await reading.read(pieces(bytes, 64 * 1024), { ...options, limitBytes: 16 * 1024 * 1024 });
    const utilization = performance.eventLoopUtilization(before).utilization;
    expect(read).toMatchObject({ ok: true, rows: 100_000 });
    // Read on the event loop in slices (before the thread), the same list kept it busy all the time: 1.00.
    expect(utilization).toBeLessThan(0.5);
  }, 60_000);
});
