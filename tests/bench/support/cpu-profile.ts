// V8's sampling CPU profiler: where the CPU of a request goes. Only with YJI_BENCH_PROFILE=<directory>, two ways:
// - `profiled(name, work)` profiles one part of a bench in the bench's own process (the lifecycle bench, whose
//   services run there) into <name>.cpuprofile;
// - `profilingEnv()` makes a process of the system profile its whole run (`--cpu-prof`, set-up included) into
//   CPU.<date>.<time>.<pid>….cpuprofile, written when it stops (the inspector API bench, whose services are
//   processes of their own); `printProfiles` then summarises each.
// A summary lists the functions with the most self time, the functions with the most total time (inclusive,
// each counted once per stack), and self time by package. Idle and the garbage collector are shown as V8
// names them. Open a profile in Chrome DevTools for the rest.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import type { Profiler } from 'node:inspector';

const DIRECTORY = process.env.YJI_BENCH_PROFILE;
const TOP = 25;

const slug = (name: string) => name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

/** Runs `work` under the profiler when YJI_BENCH_PROFILE is set; else just runs it. */
export async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!DIRECTORY) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    await mkdir(DIRECTORY, { recursive: true });
    await writeFile(`${DIRECTORY}/${slug(name)}.cpuprofile`, JSON.stringify(profile));
    console.log(`\nCPU profile: ${name}\n${summary(profile)}`);
  }
}

/** The variables that make a Node process profile itself into YJI_BENCH_PROFILE; none without it. */
export function profilingEnv(): NodeJS.ProcessEnv {
  return DIRECTORY ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${DIRECTORY} --cpu-prof-interval=200` } : {};
}

/** Prints the summary of each profile in YJI_BENCH_PROFILE, named by `names` (pid → process name). */
export async function printProfiles(names: ReadonlyMap<number, string>) {
  if (!DIRECTORY) return;
  for (const file of (await readdir(DIRECTORY)).filter((name) => name.endsWith('.cpuprofile'))) {
    const pid = Number(/^CPU\.\d+\.\d+\.(\d+)\./.exec(file)?.[1]);
    const profile = JSON.parse(await readFile(`${DIRECTORY}/${file}`, 'utf8')) as Profiler.Profile;
    console.log(`\nCPU profile: ${names.get(pid) ?? `process ${pid}`} (${file})\n${summary(profile)}`);
  }
}

/** Where a function comes from: its package (from the pnpm store's path) or its file in the repository. */
function placeOf(url: string): string {
  const stored = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (stored) return stored[1]!;
  const own = /\/(packages|services|workflows|tests)\/([^/]+)\//.exec(url);
  if (own) return `${own[1]}/${own[2]}`;
  return url.startsWith('node:') ? 'node' : url === '' ? '(native)' : url;
}

function summary(profile: Profiler.Profile): string {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const msPerSample =
    (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
  const keyOf = (node: Profiler.ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules\/\.pnpm\/[^/]+\/)?/, '')}:${lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const byPlace = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  let busy = 0;
  const walk = (id: number, onStack: Set<string>): number => {
    const node = nodes.get(id)!;
    const key = keyOf(node);
    const ownMs = (node.hitCount ?? 0) * msPerSample;
    const idle = node.callFrame.functionName === '(idle)';
    if (!idle) {
      busy += ownMs;
      add(self, key, ownMs);
      add(byPlace, placeOf(node.callFrame.url), ownMs);
    }
    const fresh = !onStack.has(key);
    if (fresh) onStack.add(key);
    let inclusive = idle ? 0 : ownMs;
    for (const child of node.children ?? []) inclusive += walk(child, onStack);
    if (fresh) {
      onStack.delete(key);
      add(total, key, inclusive);
    }
    return inclusive;
  };
  walk(profile.nodes[0]!.id, new Set());
  const table = (title: string, map: Map<string, number>) =>
    [
      `${title} (ms, % of ${Math.round(busy)} ms busy)`,
      ...[...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, TOP)
        .map(
          ([key, ms]) =>
            `  ${ms.toFixed(0).padStart(7)} ${((ms / busy) * 100).toFixed(1).padStart(5)}%  ${key}`,
        ),
    ].join('\n');
  total.delete(keyOf(profile.nodes[0]!));
  return [table('self', self), table('total', total), table('self by package', byPlace)].join('\n');
}
