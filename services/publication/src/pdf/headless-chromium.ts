// Debian's Chromium driven by playwright-core (playwright's own browser download cannot run here), headless,
// with the flags that keep it from reaching for hosts this machine cannot reach. The report's PDF is printed
// with it, and the browser tests drive the same.
import { chromium, type Browser } from 'playwright-core';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchHeadlessChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: ARGS, headless: true });
}
