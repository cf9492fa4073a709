import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { useGateway } from '../harness.js';

/**
 * GraphiQL in a real browser: Debian's Chromium driven by playwright-core.
 * Without Chromium the test is skipped, loudly, except in CI (`CI=true`),
 * where `.ci/run` installs it and a missing browser is a failure.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = path.resolve('test-artifacts/graphiql.png');
const available = existsSync(CHROMIUM);
if (!available) {
  if (process.env.CI === 'true') {
    throw new Error(
      `CI=true but Chromium is not at ${CHROMIUM} (.ci/run installs Debian's chromium)`,
    );
  }
  console.warn(
    `SKIPPED: GraphiQL browser test: no Chromium at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
}

const QUERY = '{ sites(first: 3) { nodes { id name } } }';

(available ? describe : describe.skip)('GraphiQL at /graphiql, in headless Chromium', () => {
  const gateway = useGateway();
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({
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
      timeout: 30_000,
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('runs a query against the emulator and shows its seed data, loading nothing from outside', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const foreignRequests: string[] = [];
    const pageErrors: string[] = [];
    page.on('request', (request) => {
      if (
        !request.url().startsWith(gateway.gatewayOrigin) &&
        !/^(data|blob):/.test(request.url())
      ) {
        foreignRequests.push(request.url());
      }
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${gateway.gatewayOrigin}/graphiql`);
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.waitFor({ timeout: 10_000 });

    // Replace the default document: select all in the query editor, then type.
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(QUERY);

    const response = page.waitForResponse(
      (r) =>
        r.url() === gateway.gatewayUrl && (r.request().postData() ?? '').includes('sites(first:3)'),
    );
    await page.locator('.graphiql-execute-button').click();
    expect((await response).status()).toBe(200);

    // The same query over plain HTTP: every site it lists must be on screen.
    const direct = (await gateway.post(JSON.stringify({ query: QUERY }))).body as {
      data: { sites: { nodes: { id: string; name: string }[] } };
    };
    expect(direct.data.sites.nodes).toHaveLength(3);
    const result = page.locator('.graphiql-response');
    await page
      .locator('.graphiql-response', { hasText: direct.data.sites.nodes[0].id })
      .waitFor({ timeout: 5_000 });
    // Monaco renders spaces as no-break spaces.
    const shown = (await result.innerText()).replace(/\s+/g, ' ');
    for (const site of direct.data.sites.nodes) {
      expect(shown).toContain(`"id": "${site.id}"`);
      expect(shown).toContain(`"name": "${site.name}"`);
    }

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000); // a browser start and a page load, on a machine that may be busy
});
