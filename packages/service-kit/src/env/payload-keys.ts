// The keys that encrypt workflow payloads (README, Payload keys). Checked here so a malformed value stops
// start-up naming the variable, never repeating it.
import { parsePayloadKeys } from '@yji/workflows';
import { z } from 'zod';

export const payloadKeysEnv = {
  fields: {
    YJI_PAYLOAD_KEYS: z
      .string({ error: 'is required: workflow payloads are encrypted' })
      .min(1, 'is required: workflow payloads are encrypted')
      .refine(
        (value) => {
          try {
            parsePayloadKeys(value);
            return true;
          } catch {
            return false;
          }
        },
        { error: 'must be <id>:<32 bytes in base64>, comma-separated' },
      ),
  },
};
