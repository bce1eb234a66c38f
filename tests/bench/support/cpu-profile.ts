// An opt-in CPU profile of this process (every service, the worker and the drivers) while a bench measures:
// V8's sampler through node:inspector, written as a .cpuprofile that Chrome's DevTools or speedscope open.
// `YJI_BENCH_CPU_PROFILE=<directory>` turns it on; without it `profiled` only runs its work.
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

const directory = process.env.YJI_BENCH_CPU_PROFILE;

/** Runs `work`, profiled into `<directory>/<name>.cpuprofile` when profiling is on. */
export async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!directory) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    await mkdir(directory, { recursive: true });
    await writeFile(`${directory}/${name}.cpuprofile`, JSON.stringify(profile));
  }
}
