// The real stack for a journey file: the services and a worker (the harness's startSystem), the portal in
// front of them, and Chromium. People sign in through the development identity provider's own page. The
// portal's people directory knows every seeded person, as an inspectorate's does once its staff have signed
// in once: pages show them by name whoever has signed in during this file (services/portal/test covers how
// sign-in fills the directory, and pages showing a user id for someone it does not know).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { SEED_USERS } from '@yji/dev-idp';
import { startSystem, type System } from '../../harness/index.ts';
import { startPortalUnderTest } from '../../../services/portal/test/portal-under-test.ts';
import { launchChromium, newPerson } from './browser.ts';
import { checkPage, watchForProblems } from './page-checks.ts';
import { ANSWER_WAIT } from './page-messages.ts';

export interface Stack {
  system: System;
  portalUrl: string;
  browser: Browser;
}

/** `env`: variables the services run with that differ from the tests' (a decision's wait, say). */
export function useStack(options: { env?: Record<string, string> } = {}): () => Stack {
  let stack: Stack | undefined;
  let stopPortal: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const system = await startSystem(options);
    const portal = await startPortalUnderTest(system);
    stopPortal = portal.stop;
    for (const [userId, { name, email }] of Object.entries(SEED_USERS))
      await portal.people.remember({ userId, name, email });
    stack = { system, portalUrl: portal.url, browser: await launchChromium() };
  }, 180_000);
  afterAll(async () => {
    await stack?.browser.close();
    await stopPortal?.();
    await stack?.system.stop();
  });
  return () => {
    if (!stack) throw new Error('the stack starts before the first test');
    return stack;
  };
}

/** Opens the portal as `userId` in a fresh profile, signing in through the provider's page. */
export async function signIn(
  stack: Stack,
  userId: string,
  journey: string,
  options: { javaScript?: boolean } = {},
): Promise<Page> {
  const context = await newPerson(stack.browser, options);
  const page = await context.newPage();
  watchForProblems(page, options);
  await page.goto(stack.portalUrl);
  await checkPage(page, journey, 'start');
  await page.getByRole('button', { name: 'Sign in' }).first().click();
  await page.waitForURL(/\/interaction\//);
  await checkPage(page, journey, 'provider-sign-in');
  await page.getByRole('button', { name: `Sign in as ${userId}`, exact: true }).click();
  await page.waitForURL(`${stack.portalUrl}/`);
  // The home page asks several services; on a loaded machine it (and reading it) takes seconds.
  await expect
    .poll(() => page.locator('body').innerText(), ANSWER_WAIT)
    .toContain(`Signed in as ${SEED_USERS[userId]!.name}`);
  return page;
}
