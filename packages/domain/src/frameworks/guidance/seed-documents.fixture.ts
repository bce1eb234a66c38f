// For tests: the seed documents our guidance points into. They stand beside the project, not in it
// (shared/seeds next to the checkout, on every developer machine and CI run); YJI_SEEDS_DIR overrides.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function seedsDirectory(): string {
  const configured = process.env.YJI_SEEDS_DIR;
  if (configured) return configured;
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    const candidate = join(folder, 'shared', 'seeds');
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder)
      throw new Error('No shared/seeds folder above the checkout: set YJI_SEEDS_DIR to the seed documents');
  }
}

const directory = seedsDirectory();
const files = readdirSync(directory).filter((name) => /^\d{3}_.*\.txt$/.test(name));

/** The lines of seed document "001" (the file whose name starts with 001_), numbered from 1 at index 0. */
export function seedLines(document: string): string[] {
  const file = files.find((name) => name.startsWith(`${document}_`));
  if (!file) throw new Error(`No seed document ${document} in ${directory}`);
  return readFileSync(join(directory, file), 'utf8').split('\n');
}

/** Every seed document's text, for checks that must hold against all of them. */
export function allSeedTexts(): string[] {
  return files.map((name) => readFileSync(join(directory, name), 'utf8'));
}

/** A seed line as read: markup from the PDF conversion (HTML tags, markdown marks) removed, trimmed. */
export function plainLine(line: string): string {
  return line
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*/g, '')
    .replace(/^\s*#+\s*/, '')
    .trim();
}
