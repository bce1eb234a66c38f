// Reads a file named on the command line; the error names the file and the cause, never its content.
import { readFile } from 'node:fs/promises';

export async function readInputFile(path: string, option: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new Error(`${option}: cannot read ${path} (${code})`, { cause: error });
  }
}
