// Production workers load a pre-built workflow bundle instead of bundling at every start.
import { mkdir, writeFile } from 'node:fs/promises';
import { bundleWorkflows } from './workflow-source.ts';

const code = await bundleWorkflows();
await mkdir('dist', { recursive: true });
await writeFile('dist/workflow-bundle.js', code);
console.log(`wrote dist/workflow-bundle.js (${(code.length / 1024).toFixed(0)} KiB)`);
