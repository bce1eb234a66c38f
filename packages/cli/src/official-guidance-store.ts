// Where an imported official-guidance layer is kept: one JSON file per framework version under the data
// folder the stack runner and the development identity provider also use (YJI_DATA_DIR, default
// <repo>/.data), at guidance/<framework id>.official.json. A service reads the same file and parses it with
// officialLayerSchema from @yji/domain (packages/domain/src/frameworks/guidance/README.md).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { officialLayerSchema } from '@yji/domain';
import type { OfficialLayer } from '@yji/domain';

const repoRoot = join(fileURLToPath(import.meta.url), '..', '..', '..', '..');

/** The data folder: the --data-dir option, else YJI_DATA_DIR, else <repo>/.data (read at call time). */
export function dataDirectory(option?: string): string {
  return option ?? process.env.YJI_DATA_DIR ?? join(repoRoot, '.data');
}

export function officialLayerPath(dataDir: string, frameworkId: string): string {
  return join(dataDir, 'guidance', `${frameworkId}.official.json`);
}

/** The stored layer, or undefined where none has been imported; a file that is not a layer is an error. */
export async function readOfficialLayer(
  dataDir: string,
  frameworkId: string,
): Promise<OfficialLayer | undefined> {
  const path = officialLayerPath(dataDir, frameworkId);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read the official guidance at ${path}`, { cause: error });
  }
  let parsed: ReturnType<typeof officialLayerSchema.safeParse>;
  try {
    parsed = officialLayerSchema.safeParse(JSON.parse(text));
  } catch {
    throw new Error(`the official guidance at ${path} is not valid JSON; move it away or import again`);
  }
  if (!parsed.success || parsed.data.framework !== frameworkId)
    throw new Error(
      `the official guidance at ${path} is not a layer for ${frameworkId}; move it away or import again`,
    );
  return parsed.data;
}

/** Writes the whole layer or nothing: a temporary file beside it, then a rename over the old one. */
export async function writeOfficialLayer(dataDir: string, layer: OfficialLayer): Promise<string> {
  const path = officialLayerPath(dataDir, layer.framework);
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.tmp.${process.pid}`;
  await writeFile(temporary, `${JSON.stringify(layer, null, 2)}\n`, 'utf8');
  await rename(temporary, path);
  return path;
}
