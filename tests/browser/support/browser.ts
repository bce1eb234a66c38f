// Debian's Chromium driven by playwright-core (playwright's own browser download cannot run here), headless,
// with the flags that keep it from reaching for hosts this machine cannot reach.
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: EXECUTABLE, args: ARGS, headless: true });
}

/** A fresh browser profile: one person, with or without JavaScript. */
export function newPerson(browser: Browser, options: { javaScript?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: 1280, height: 900 },
  });
}
