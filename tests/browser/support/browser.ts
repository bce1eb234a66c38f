// The browsers the journeys drive: the publication service's headless Chromium (CHROMIUM_PATH), one fresh
// profile per person.
import type { Browser, BrowserContext } from 'playwright-core';
import { launchHeadlessChromium } from '@yji/publication';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return launchHeadlessChromium(EXECUTABLE);
}

/** A fresh browser profile: one person, with or without JavaScript. */
export function newPerson(browser: Browser, options: { javaScript?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: 1280, height: 900 },
  });
}
