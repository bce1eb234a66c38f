// There is no container engine on the build machines, so docker-compose.yml is kept correct by
// construction and checked here: it parses, every workspace service is in it, and each runs against
// the real components with readiness checks. The image recipe is checked in dockerfile.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseRetentionPeriod } from '@yji/domain';
import { httpEnv } from '@yji/service-kit';
import { SEARCH_ATTRIBUTES } from '@yji/workflows';

const root = join(import.meta.dirname, '..', '..');
interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; target?: string; args?: Record<string, string> };
  environment?: Record<string, unknown>;
  healthcheck?: { test: string[] };
  stop_grace_period?: string;
  depends_on?: Record<string, { condition: string }>;
  command?: unknown;
}
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const workspaceServices = readdirSync(join(root, 'services')).filter((name) =>
  existsSync(join(root, 'services', name, 'src', 'main.ts')),
);

/** What each service reads from the environment to reach the components; one that is not named needs none. */
const RUNTIME = [
  'NATS_URL',
  'TEMPORAL_ADDRESS',
  'TEMPORAL_NAMESPACE',
  'TEMPORAL_TASK_QUEUE',
  'YJI_PAYLOAD_KEYS',
];
const AUTH = ['AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE'];
const NEEDS: Record<string, string[]> = {
  inspection: [...RUNTIME, ...AUTH],
  fieldwork: [...RUNTIME, ...AUTH],
  ratings: [...RUNTIME, ...AUTH],
  publication: [...RUNTIME, ...AUTH],
  worker: RUNTIME,
  'codec-server': ['YJI_PAYLOAD_KEYS', ...AUTH, 'CODEC_CORS_ORIGINS'],
};

describe('docker-compose.yml', () => {
  it('runs every workspace service, built from its folder', () => {
    expect(workspaceServices.length).toBeGreaterThan(0);
    for (const name of workspaceServices) {
      const service = compose.services[name];
      expect(service, `service ${name} is missing`).toBeDefined();
      expect(service!.build?.args?.SERVICE).toBe(name);
      expect(existsSync(join(root, service!.build!.context, service!.build!.dockerfile))).toBe(true);
    }
  });

  it('gives every service the components it needs, and a readiness check on its own port', () => {
    for (const name of workspaceServices) {
      const service = compose.services[name]!;
      expect(Object.keys(service.environment ?? {})).toEqual(expect.arrayContaining(NEEDS[name] ?? []));
      if (NEEDS[name]?.includes('TEMPORAL_ADDRESS')) {
        expect(Object.keys(service.depends_on ?? {})).toContain('temporal-setup');
      }
      const port = service.environment?.PORT;
      expect(port, `${name} has a PORT`).toBeDefined();
      expect(JSON.stringify(service.healthcheck?.test)).toContain(`localhost:${port}/ready`);
    }
  });

  it('gives the portal the address of every service API its configuration reads, in the network', () => {
    const config = readFileSync(join(root, 'services', 'portal', 'src', 'config.ts'), 'utf8');
    const apis = [...config.matchAll(/^\s+([A-Z]+)_API_URL:/gm)].map(([, service]) => `${service}_API_URL`);
    expect(apis.length).toBeGreaterThan(3);
    const portal = compose.services.portal!;
    for (const name of apis) {
      const service = name.replace(/_API_URL$/, '').toLowerCase();
      expect(portal.environment?.[name], name).toBe(
        `http://${service}:${compose.services[service]!.environment!.PORT}`,
      );
      expect(portal.depends_on?.[service]?.condition, name).toBe('service_healthy');
    }
  });

  it('publishes its ports on the host’s loopback only: the development provider signs anyone in as anyone', () => {
    const published = Object.entries(compose.services).flatMap(([name, service]) =>
      ((service as { ports?: string[] }).ports ?? []).map((port) => [name, port] as const),
    );
    expect(published.length).toBeGreaterThan(5);
    for (const [name, port] of published) expect(port, name).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
  });

  it('signs people in at one issuer: browsers reach the provider at it, the portal at its address in the network', () => {
    /** The value a `${NAME:-default}` (or `${NAME-default}`) takes when NAME is not set. */
    const byDefault = (value: unknown) => /^\$\{[A-Z_]+:?-(.*)\}$/.exec(String(value))?.[1] ?? value;
    const idp = compose.services['dev-idp']!;
    const portal = compose.services.portal!;
    const issuer = new URL(String(byDefault(portal.environment?.AUTH_ISSUER)));
    // The provider names the address browsers reach it at, published on the host at that port.
    expect(idp.environment?.DEV_IDP_PUBLIC_HOST).toBe(issuer.hostname);
    expect((idp as { ports?: string[] }).ports).toContain(`127.0.0.1:${issuer.port}:3900`);
    // The tokens the portal gets carry that issuer, which every service expects.
    for (const name of ['inspection', 'fieldwork', 'ratings', 'publication', 'codec-server'])
      expect(byDefault(compose.services[name]!.environment?.AUTH_ISSUER), name).toBe(
        issuer.href.slice(0, -1),
      );
    // The portal's own calls to the provider go to it inside the network, once it is up.
    expect(byDefault(portal.environment?.AUTH_INTERNAL_URL)).toBe('http://dev-idp:3900');
    expect(portal.depends_on?.['dev-idp']?.condition).toBe('service_healthy');
  });

  it("puts the provider's seeded people in the portal's people directory, once the portal's tables exist", () => {
    const idp = compose.services['dev-idp']!;
    expect(idp.environment?.DEV_IDP_PEOPLE_DATABASE_URL).toBe(
      compose.services.portal!.environment?.DATABASE_URL,
    );
    expect(idp.depends_on?.migrate?.condition).toBe('service_completed_successfully');
  });

  it('gives the worker the retention period, 90 days unless the environment says otherwise', () => {
    const setting = String(compose.services.worker!.environment?.RETENTION_PERIOD);
    const [, fallback] = /^\$\{RETENTION_PERIOD:-(.+)\}$/.exec(setting) ?? [];
    expect(parseRetentionPeriod(fallback ?? '')).toBe(90 * 86_400_000);
  });

  it('stops each workspace service no sooner than the grace it gives what is in flight after SIGTERM', () => {
    const grace = httpEnv.fields.SHUTDOWN_GRACE_MS.parse(undefined);
    for (const name of workspaceServices) {
      const [, seconds] = /^(\d+)s$/.exec(compose.services[name]!.stop_grace_period ?? '') ?? [];
      expect(Number(seconds) * 1000, `${name}'s stop_grace_period`).toBeGreaterThan(grace);
    }
  });

  it('points the Temporal UI at the codec server, from the origin the server allows, to pass a signed-in operator’s token', () => {
    const ui = compose.services['temporal-ui']!.environment!;
    const codec = compose.services['codec-server']!;
    expect(ui.TEMPORAL_CODEC_ENDPOINT).toBe(`http://localhost:${codec.environment!.PORT}`);
    expect(ui.TEMPORAL_CODEC_PASS_ACCESS_TOKEN).toBe('true');
    expect(codec.environment!.CODEC_CORS_ORIGINS).toBe('http://localhost:8080');
  });

  it('has the real components: PostgreSQL, NATS with JetStream on a volume, Temporal on PostgreSQL, its UI', () => {
    expect(compose.services.postgres?.image).toMatch(/^postgres:/);
    expect(compose.services.nats?.command).toEqual(expect.arrayContaining(['-js', '-sd']));
    expect(compose.services.temporal?.environment?.DB).toBe('postgres12');
    expect(compose.services['temporal-ui']?.image).toMatch(/^temporalio\/ui:/);
    for (const name of ['postgres', 'nats', 'temporal'])
      expect(compose.services[name]?.healthcheck).toBeDefined();
  });

  it('applies migrations, from the image’s migrate target, before any service that owns data starts', () => {
    expect(compose.services.migrate?.build?.target).toBe('migrate');
    expect(compose.services['dev-idp']?.build?.target).toBe('dev-idp');
    for (const name of workspaceServices.filter((n) => existsSync(join(root, 'services', n, 'prisma')))) {
      expect(compose.services[name]!.depends_on?.migrate?.condition).toBe('service_completed_successfully');
      expect(compose.services[name]!.environment?.DATABASE_URL).toMatch(/^postgresql:\/\//);
    }
  });

  it('registers every search attribute the workflows use', () => {
    const setup = JSON.stringify(compose.services['temporal-setup']?.command);
    for (const key of SEARCH_ATTRIBUTES)
      expect(setup).toContain(`--name ${key.name} --type ${key.type === 'KEYWORD' ? 'Keyword' : key.type}`);
  });
});
