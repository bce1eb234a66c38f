// A Temporal client as the services and the worker make one: their namespace and payload codec, so that what
// a test starts, signals or reads is encrypted and decrypted as theirs. Close `connection` when done.
import { Client, Connection } from '@temporalio/client';
import { encryptedDataConverter } from '@yji/workflows';

export interface TemporalSettings {
  TEMPORAL_ADDRESS: string;
  TEMPORAL_NAMESPACE: string;
  YJI_PAYLOAD_KEYS: Parameters<typeof encryptedDataConverter>[0];
}

export async function connectTemporal(settings: TemporalSettings) {
  const connection = await Connection.connect({ address: settings.TEMPORAL_ADDRESS });
  const temporal = new Client({
    connection,
    namespace: settings.TEMPORAL_NAMESPACE,
    dataConverter: encryptedDataConverter(settings.YJI_PAYLOAD_KEYS),
  });
  return { connection, temporal };
}
