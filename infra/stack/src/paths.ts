// Where the stack keeps what it builds and what it stores: git-ignored folders at the repository root.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const repoRoot = join(fileURLToPath(import.meta.url), '..', '..', '..', '..');

export const paths = {
  repoRoot,
  toolsBin: join(repoRoot, '.tools', 'bin'),
  dataDir: process.env.YJI_DATA_DIR ?? join(repoRoot, '.data'),
};
