// The Helm chart (infra/helm/yji): every workspace service is in it, as in docker-compose.yml, and what it
// renders runs each one with probes, secrets and the migration job. Rendering needs helm (.ci/run installs
// it into .tools/bin); the list check needs nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { parseRetentionPeriod } from '@yji/domain';

const root = join(import.meta.dirname, '..', '..');
const chart = join(root, 'infra', 'helm', 'yji');
const values = parse(readFileSync(join(chart, 'values.yaml'), 'utf8')) as {
  services: Record<
    string,
    {
      http: boolean;
      database: boolean;
      temporal: boolean;
      nats: boolean;
      payloadKeys: boolean;
      env?: Record<string, string>;
    }
  >;
  http: { shutdownGraceMs: number; preStopSeconds: number };
};
const workspaceServices = readdirSync(join(root, 'services')).filter((name) =>
  existsSync(join(root, 'services', name, 'src', 'main.ts')),
);

const helm = [
  process.env.HELM,
  join(root, '.tools', 'bin', 'helm'),
  ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'helm')),
].find((path) => path && existsSync(path));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Manifest = { kind: string; metadata: { name: string; annotations?: Record<string, string> }; spec: any };

function render(...set: string[]): Manifest[] {
  return renderAs('yji', ...set);
}

/** The chart rendered as the release `release`. */
function renderAs(release: string, ...set: string[]): Manifest[] {
  // The chart asks for Kubernetes 1.30 or later; without a cluster, helm renders for an older one by default.
  const args = ['template', '--kube-version', '1.31.0', release, chart, ...set.flatMap((s) => ['--set', s])];
  const out = execFileSync(helm!, args, {
    encoding: 'utf8',
  });
  return parseAllDocuments(out)
    .map((doc) => doc.toJS() as Manifest)
    .filter(Boolean);
}

const containerOf = (manifests: Manifest[], name: string) =>
  manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === `yji-${name}`)?.spec.template.spec
    .containers[0];
const envOf = (container: { env: { name: string }[] }) => container.env.map((e) => e.name);

describe('the Helm chart', () => {
  it('lists every workspace service, and nothing else', () => {
    expect(Object.keys(values.services).sort()).toEqual([...workspaceServices].sort());
  });

  it.skipIf(!helm)('runs each service with liveness and readiness probes, non-root, read-only', () => {
    const manifests = render();
    for (const name of workspaceServices) {
      const container = containerOf(manifests, name);
      expect(container, `${name} has a Deployment`).toBeDefined();
      expect(container.image).toMatch(new RegExp(`/${name}:`));
      expect(container.livenessProbe.httpGet.path).toBe('/health');
      expect(container.readinessProbe.httpGet.path).toBe('/ready');
      expect(container.securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true });
      expect(container.resources.requests).toBeDefined();
      const service = manifests.find((m) => m.kind === 'Service' && m.metadata.name === `yji-${name}`);
      expect(Boolean(service), `${name}'s Service`).toBe(values.services[name]!.http);
    }
  });

  it.skipIf(!helm)('takes secrets by reference and mounts TLS material where the variables point', () => {
    const plain = render();
    const keys = containerOf(plain, 'inspection').env.find(
      (e: { name: string }) => e.name === 'YJI_PAYLOAD_KEYS',
    );
    expect(keys.valueFrom.secretKeyRef).toEqual({ name: 'yji-payload-keys', key: 'keys' });
    expect(envOf(containerOf(plain, 'worker'))).not.toContain('DATABASE_URL');
    expect(envOf(containerOf(plain, 'worker'))).not.toContain('TEMPORAL_TLS_CLIENT_CERT_PATH');

    const secured = render(
      'temporal.tls.secretName=temporal-client',
      'temporal.tls.serverCa=true',
      'nats.credsSecret=nats-user',
    );
    const worker = containerOf(secured, 'worker');
    expect(envOf(worker)).toEqual(
      expect.arrayContaining([
        'TEMPORAL_TLS_CLIENT_CERT_PATH',
        'TEMPORAL_TLS_SERVER_CA_CERT_PATH',
        'NATS_CREDS',
      ]),
    );
    expect(worker.volumeMounts).toEqual(
      expect.arrayContaining([
        { name: 'temporal-tls', mountPath: '/etc/yji/temporal', readOnly: true },
        { name: 'nats-creds', mountPath: '/etc/yji/nats-creds', readOnly: true },
      ]),
    );
  });

  it('gives the portal the in-cluster address of every service API its configuration reads, under any release name', () => {
    const config = readFileSync(join(root, 'services', 'portal', 'src', 'config.ts'), 'utf8');
    const apis = [...config.matchAll(/^\s+([A-Z]+)_API_URL:/gm)].map(([, service]) => service!.toLowerCase());
    expect(apis.length).toBeGreaterThan(3);
    const manifests = renderAs('yji-staging');
    const portal = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === 'yji-staging-portal')
      ?.spec.template.spec.containers[0];
    const env = Object.fromEntries(
      (portal.env as { name: string; value?: string }[]).map(({ name, value }) => [name, value]),
    );
    for (const service of apis) {
      const address = `yji-staging-${service}`;
      expect(
        manifests.some((m) => m.kind === 'Service' && m.metadata.name === address),
        address,
      ).toBe(true);
      expect(env[`${service.toUpperCase()}_API_URL`]).toBe(`http://${address}`);
    }
  });

  it('gives the worker a retention period it can read, 90 days by default', () => {
    expect(parseRetentionPeriod(values.services.worker!.env!.RETENTION_PERIOD!)).toBe(90 * 86_400_000);
  });

  it.skipIf(!helm)('sets the retention period on the worker, as the values say', () => {
    const worker = containerOf(render('services.worker.env.RETENTION_PERIOD=P30D'), 'worker');
    expect(worker.env).toContainEqual({ name: 'RETENTION_PERIOD', value: 'P30D' });
  });

  it.skipIf(!helm)(
    'gives every process on NATS one event retention, and those with an outbox its keeping, in whole milliseconds',
    () => {
      const valueOf = (container: { env: { name: string; value?: string }[] }, name: string) =>
        container.env.find((e) => e.name === name)?.value;
      const manifests = render('nats.eventRetentionMs=2592000000');
      for (const name of workspaceServices) {
        const container = containerOf(manifests, name);
        const { nats, database } = values.services[name]!;
        expect(valueOf(container, 'EVENT_RETENTION_MS'), name).toBe(nats ? '2592000000' : undefined);
        expect(valueOf(container, 'OUTBOX_KEEP_PUBLISHED_MS'), name).toBe(
          nats && database ? '604800000' : undefined,
        );
      }
      expect(valueOf(containerOf(render(), 'inspection'), 'EVENT_RETENTION_MS')).toBe('7776000000');
    },
  );

  it.skipIf(!helm)(
    'lets a stopping pod answer while it leaves its Service, then finish, before it is killed',
    () => {
      const manifests = render();
      for (const name of workspaceServices) {
        const pod = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === `yji-${name}`)!.spec
          .template.spec;
        const preStop = pod.containers[0].lifecycle.preStop.sleep.seconds as number;
        expect(preStop, name).toBe(values.http.preStopSeconds);
        // The worker exits by itself 5 s after its grace: the kill comes later still.
        expect(pod.terminationGracePeriodSeconds, name).toBeGreaterThan(
          preStop + values.http.shutdownGraceMs / 1000 + 5,
        );
      }
    },
  );

  it.skipIf(!helm)('migrates before an install or upgrade rolls out', () => {
    const job = render().find((m) => m.kind === 'Job')!;
    expect(job.metadata.annotations?.['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    expect(job.spec.template.spec.containers[0].image).toMatch(/\/migrate:/);
  });
});
