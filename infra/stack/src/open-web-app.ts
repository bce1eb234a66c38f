// Opens the web app in the person's browser once everything is ready, as the README's first command
// promises. Only for a person at a terminal on a desktop: a run whose output is piped (CI, tests, a
// supervisor) or a machine without a display opens nothing. A missing opener is not an error.
import { spawn } from 'node:child_process';

const OPENER: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'open',
  linux: 'xdg-open',
  win32: 'explorer',
};

function hasDesktop(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

export function openWebApp(url: string, log: (line: string) => void): void {
  const opener = OPENER[process.platform];
  if (!opener || !process.stdout.isTTY || !hasDesktop() || process.env.YJI_OPEN_BROWSER === 'false') return;
  const child = spawn(opener, [url], { detached: true, stdio: 'ignore' });
  child.on('error', () => log(`open ${url} in your browser`));
  child.unref();
}
