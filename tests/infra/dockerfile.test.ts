// The image recipe, checked without a container engine: its shape (stages, user, health check, no compiler
// at start-up), and the slim workspace it is made of, built here with the same script and started with
// plain node.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dockerfile = readFileSync(join(root, 'infra', 'docker', 'service.Dockerfile'), 'utf8');
// Instructions, with continuation lines joined and comments dropped.
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const stages = new Map<string, string[]>();
let current = '';
for (const line of instructions) {
  const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
  if (from) {
    current = from[2] ?? 'service';
    stages.set(current, []);
  } else if (current) stages.get(current)!.push(line);
}
const stage = (name: string) => stages.get(name) ?? [];

describe('service.Dockerfile', () => {
  it('builds on Node 24 (Debian, for the Temporal native core), with the pinned pnpm', () => {
    expect(instructions[0]).toBe('ARG NODE_IMAGE=node:24-bookworm-slim');
    const packageManager = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
    expect(stage('build')).toContain(`RUN npm install -g ${packageManager}`);
    expect(stage('build').join('\n')).toMatch(/pnpm install --frozen-lockfile/);
  });

  it('installs the dependencies from the lockfile before the source, and Chromium before the service', () => {
    const build = stage('build');
    const fetched = build.indexOf('RUN pnpm fetch');
    expect(build.slice(0, fetched)).toContain('COPY pnpm-lock.yaml pnpm-workspace.yaml ./');
    expect(fetched).toBeLessThan(build.indexOf('COPY . .'));
    expect(build.join('\n')).toMatch(/pnpm install --frozen-lockfile --offline/);
    const service = stage('service');
    const chromium = service.findIndex((line) => line.includes('chromium'));
    expect(chromium).toBeGreaterThan(-1);
    expect(chromium).toBeLessThan(service.findIndex((line) => line.startsWith('COPY')));
  });

  it('runs every target as the unprivileged node user, with plain node and no compiler at start-up', () => {
    for (const target of ['service', 'migrate', 'dev-idp']) {
      expect(stage(target), target).toContain('USER node');
      const cmd = stage(target).find((line) => line.startsWith('CMD'));
      expect(cmd, target).toMatch(/"node"|exec node /);
    }
    expect(dockerfile).not.toMatch(/tsx|ts-node/);
  });

  it('copies only the slim workspace into the images, never the build stage', () => {
    for (const target of ['service', 'migrate', 'dev-idp']) {
      const copies = stage(target).filter((line) => line.startsWith('COPY'));
      expect(copies, target).toEqual([expect.stringMatching(/^COPY --from=slim-[a-z-]+ \/app \/app$/)]);
    }
    expect(stage('slim-service').join('\n')).toContain(
      'infra/docker/slim-workspace.sh "@yji/${SERVICE}" /app',
    );
  });

  it('gives the migration image the shared tables’ history and every service’s', () => {
    expect(stage('slim-migrate').join('\n')).toContain(
      "infra/docker/slim-workspace.sh @yji/migrate /app 'packages/db/prisma' 'services/*/prisma'",
    );
  });

  it('gives the service image a health check on its PORT, and the worker its pre-built bundle', () => {
    const health = stage('service').find((line) => line.startsWith('HEALTHCHECK'));
    expect(health).toMatch(/127\.0\.0\.1:\$\{process\.env\.PORT\}\/health/);
    expect(stage('build').join('\n')).toContain('pnpm --filter @yji/worker run build');
    expect(stage('slim-service').join('\n')).toContain('services/worker/dist');
    expect(stage('service').join('\n')).toContain(
      'WORKFLOW_BUNDLE_PATH=/app/services/worker/dist/workflow-bundle.js',
    );
  });
});

describe('slim-workspace.sh', () => {
  const out = mkdtempSync(join(tmpdir(), 'yji-slim-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it(
    'keeps a service’s source and production dependencies, outside node_modules, and it starts with plain node',
    { timeout: 120_000 },
    () => {
      execFileSync('bash', ['infra/docker/slim-workspace.sh', '@yji/codec-server', out], {
        cwd: root,
        stdio: 'pipe',
      });
      expect(statSync(join(out, 'services/codec-server/src/main.ts')).isFile()).toBe(true);
      expect(existsSync(join(out, 'packages/service-kit/src/index.ts'))).toBe(true);
      // Not its tests, nor packages it does not need, nor development tools.
      expect(existsSync(join(out, 'services/codec-server/test'))).toBe(false);
      expect(readdirSync(join(out, 'packages/service-kit/src')).some((f) => f.endsWith('.test.ts'))).toBe(
        false,
      );
      expect(existsSync(join(out, 'services/inspection/src'))).toBe(false);
      const installed = readdirSync(join(out, 'node_modules', '.pnpm'));
      for (const tool of ['vitest@', 'typescript@', 'eslint@', 'tsx@', 'prisma@']) {
        expect(
          installed.some((name) => name.startsWith(tool)),
          tool,
        ).toBe(false);
      }
      // Its modules all load (Node strips the types); it stops at the configuration, naming what is missing.
      const started = spawnSync(process.execPath, ['services/codec-server/src/main.ts'], {
        cwd: out,
        env: { PATH: process.env.PATH },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(started.stderr).toContain('invalid configuration: YJI_PAYLOAD_KEYS');
    },
  );
});
