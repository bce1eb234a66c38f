// A secured NATS, for real: a nats-server that requires TLS with client certificates and an NKey user.
// connectNats reaches it with the files a deployment mounts, and is turned away without them.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser } from '@nats-io/nkeys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, natsServer } from './nats-server.testing.ts';
import { connectNats, type NatsSecurity } from './connection.ts';

const dir = mkdtempSync(join(tmpdir(), 'yji-nats-tls-'));
const file = (name: string) => join(dir, name);
let server: ChildProcess;
let url: string;

const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });

/** A CA, and the certificates it signs: the server's (for this machine) and a client's. */
function certificates() {
  openssl(
    ...'req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj /CN=yji-test-ca -keyout ca.key -out ca.pem'.split(
      ' ',
    ),
  );
  for (const [name, ext] of [
    ['server', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
    ['client', 'extendedKeyUsage=clientAuth'],
  ] as const) {
    openssl(
      ...`req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=${name} -keyout ${name}.key -out ${name}.csr`.split(
        ' ',
      ),
    );
    writeFileSync(file(`${name}.ext`), `${ext}\n`);
    openssl(
      ...`x509 -req -in ${name}.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 1 -extfile ${name}.ext -out ${name}.pem`.split(
        ' ',
      ),
    );
  }
}

beforeAll(async () => {
  certificates();
  const user = createUser();
  writeFileSync(file('user.nk'), new TextDecoder().decode(user.getSeed()));
  const port = await freePort();
  writeFileSync(
    file('nats.conf'),
    [
      `listen: 127.0.0.1:${port}`,
      `tls { cert_file: "${file('server.pem')}", key_file: "${file('server.key')}", ca_file: "${file('ca.pem')}", verify: true }`,
      `authorization { users: [ { nkey: "${user.getPublicKey()}" } ] }`,
    ].join('\n'),
  );
  server = spawn(natsServer(), ['-c', file('nats.conf')], { stdio: 'ignore' });
  url = `nats://127.0.0.1:${port}`;
  // Ready once it accepts a connection that has everything it asks for.
  for (let attempt = 0; ; attempt++) {
    try {
      await (await connectNats(url, 'probe', secured)).close();
      return;
    } catch (error) {
      if (attempt > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}, 60_000);
afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

const secured: NatsSecurity = {
  nkeySeedFile: file('user.nk'),
  caFile: file('ca.pem'),
  certFile: file('client.pem'),
  keyFile: file('client.key'),
};

/**
 * Connects and closes again. Without a client certificate the server ends the TLS session and the client
 * waits out its connection timeout (20 s); one that has what the server asks connects in milliseconds, so
 * not connecting within 3 s counts as being turned away.
 */
const attempt = (security: NatsSecurity) =>
  Promise.race([
    connectNats(url, 'yji-connection-test', security).then(async (nc) => {
      await nc.flush();
      await nc.close();
      return 'connected';
    }),
    new Promise((_resolve, reject) => setTimeout(() => reject(new Error('not connected within 3 s')), 3_000)),
  ]);

describe('connectNats to a NATS that requires TLS, client certificates and an NKey', () => {
  it('connects with the CA, the client certificate and key, and the NKey seed', async () => {
    const nc = await connectNats(url, 'yji-connection-test', secured);
    const echo = nc.subscribe('yji.test.echo', {
      callback: (_e, message) => void message.respond(message.data),
    });
    const reply = await nc.request('yji.test.echo', new TextEncoder().encode('over TLS'), { timeout: 5_000 });
    expect(new TextDecoder().decode(reply.data)).toBe('over TLS');
    echo.unsubscribe();
    await nc.close();
  });

  it('is turned away without its client certificate, or without its NKey', async () => {
    await expect(attempt({ ...secured, certFile: undefined, keyFile: undefined })).rejects.toThrow();
    await expect(attempt({ ...secured, nkeySeedFile: undefined })).rejects.toThrow('Authorization Violation');
  });
});
