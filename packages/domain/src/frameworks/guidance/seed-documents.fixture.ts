// For tests: the seed documents our guidance points into. They are the inspectorate's publications and stand
// beside the project, not in it (a shared/seeds folder above the checkout, or YJI_SEEDS_DIR). Where they are
// absent, the checks that read them are skipped and say so; the guidance's own coverage is checked anyway.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function seedsDirectory(): string | null {
  const configured = process.env.YJI_SEEDS_DIR;
  if (configured) return configured;
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    const candidate = join(folder, 'shared', 'seeds');
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) return null;
  }
}

const directory = seedsDirectory();
const files = directory ? readdirSync(directory).filter((name) => /^\d{3}_.*\.txt$/.test(name)) : [];

/** Whether the seed documents are on this machine; tests that read them run only then. */
export const seedsAvailable = files.length > 0;
if (!seedsAvailable) {
  console.warn('seed documents not found (set YJI_SEEDS_DIR): checks against their text are skipped');
}

/** The lines of seed document "001" (the file whose name starts with 001_), numbered from 1 at index 0. */
export function seedLines(document: string): string[] {
  const file = files.find((name) => name.startsWith(`${document}_`));
  if (!file || !directory) throw new Error(`No seed document ${document} in ${directory ?? '(none)'}`);
  return readFileSync(join(directory, file), 'utf8').split('\n');
}

/** Every seed document's text, for checks that must hold against all of them. */
export function allSeedTexts(): string[] {
  return files.map((name) => readFileSync(join(directory!, name), 'utf8'));
}

/** A seed line as read: markup from the PDF conversion (HTML tags, markdown marks) removed, trimmed. */
export function plainLine(line: string): string {
  return line
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*/g, '')
    .replace(/^\s*#+\s*/, '')
    .trim();
}
