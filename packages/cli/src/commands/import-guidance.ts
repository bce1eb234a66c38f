// `yji frameworks import-guidance`: loads the official CARaG text, word for word, as a separate layer beside
// our guidance for one framework version. The file is checked whole (every code known, no entry twice, well
// formed) and nothing is written unless it passes. Formats: packages/domain/src/frameworks/guidance/README.md.
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { FRAMEWORK_IDS, readOfficialGuidance, requireFramework } from '@yji/domain';
import type { OfficialFormat } from '@yji/domain';
import { z } from 'zod';
import { parseCommandOptions } from '../command-options.ts';
import { dataDirectory, readOfficialLayer, writeOfficialLayer } from '../official-guidance-store.ts';
import { readInputFile } from '../read-input-file.ts';

export const IMPORT_GUIDANCE_USAGE =
  'Usage: yji frameworks import-guidance --framework <id> --file <markdown or json> [--data-dir <dir>]';

const OPTIONS = {
  framework: { type: 'string' },
  file: { type: 'string' },
  'data-dir': { type: 'string' },
} as const;

const optionsSchema = z.object({
  framework: z.enum(FRAMEWORK_IDS, { error: `must be one of: ${FRAMEWORK_IDS.join(', ')}` }),
  file: z.string({ error: 'is required' }).min(1, { error: 'is required' }),
  'data-dir': z.string().min(1).optional(),
});

const FORMATS: Readonly<Record<string, OfficialFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
};

export async function runImportGuidance(args: string[], out: (s: string) => void): Promise<number> {
  const options = parseCommandOptions(args, OPTIONS, optionsSchema, IMPORT_GUIDANCE_USAGE);
  const format = FORMATS[extname(options.file).toLowerCase()];
  if (!format) throw new Error(`--file: must end in .md, .markdown or .json\n${IMPORT_GUIDANCE_USAGE}`);
  const framework = requireFramework(options.framework);
  const text = await readInputFile(options.file, '--file');
  const result = readOfficialGuidance(text, format, framework);
  if (!result.ok) {
    const problems = result.problems.map(
      ({ line, message }) => `  ${line === null ? 'file' : `line ${line}`}: ${message}`,
    );
    throw new Error(
      [`--file: ${options.file} was not imported; nothing was written`, ...problems].join('\n'),
    );
  }
  const dataDir = dataDirectory(options['data-dir']);
  const revision = ((await readOfficialLayer(dataDir, framework.id))?.revision ?? 0) + 1;
  const path = await writeOfficialLayer(dataDir, {
    framework: framework.id,
    revision,
    importedAt: new Date().toISOString(),
    source: {
      name: basename(options.file),
      format,
      sha256: createHash('sha256').update(text).digest('hex'),
    },
    entries: result.entries,
  });
  out(
    `Imported ${result.entries.length} official entries for ${framework.id} (revision ${revision}) into ${path}`,
  );
  return 0;
}
