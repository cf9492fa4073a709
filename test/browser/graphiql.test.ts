import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { useGateway } from '../harness.js';
import { chromiumAvailable, launchChromium } from './chromium.js';

/**
 * GraphiQL in a real browser: Debian's Chromium driven by playwright-core
 * (skipped without it, except under CI=true).
 */
const SCREENSHOT = path.resolve('test-artifacts/graphiql.png');
const available = chromiumAvailable('GraphiQL browser test');

const QUERY = '{ sites(first: 3) { nodes { id name } } }';

(available ? describe : describe.skip)('GraphiQL at /graphiql, in headless Chromium', () => {
  const gateway = useGateway();
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(30_000);
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
