/**
 * Debian's Chromium driven by playwright-core, for the browser tests.
 * Without Chromium a suite is skipped, loudly, except in CI (`CI=true`),
 * where `.ci/run` installs it and a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether Chromium can be run here; throws under CI=true when it cannot. */
export function chromiumAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') {
    throw new Error(
      `CI=true but Chromium is not at ${CHROMIUM} (.ci/run installs Debian's chromium)`,
    );
  }
  console.warn(
    `SKIPPED: ${suite}: no Chromium at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  return false;
}

export function launchChromium(timeoutMs: number): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Flags that keep Chromium off the network it cannot reach here, and quick to start.
    // playwright gives it a fresh temporary profile (--user-data-dir) of its own.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    timeout: timeoutMs,
  });
}
