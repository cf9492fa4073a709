import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Locator, Page } from 'playwright-core';
import { ProductInstanceDocument } from '../generated/graphql.js';
import { GATEWAY_TOKENS, RESELLER_TOKEN } from '../callers.js';
import { ACCOUNTS, INSTANCES, PRODUCTS, SITES, useGateway } from '../harness.js';
import { chromiumAvailable, launchChromium } from './chromium.js';

/**
 * The web example (examples/web: Vite, React, Apollo Client 4) built as a
 * team would ship it, served from its own origin, and driven in Debian's
 * Chromium through playwright-core: it reads across origins with a bearer
 * token, runs flow 1 and sees the new package turn ENABLED over the
 * subscription without a reload, and runs flow 2 (a paid service moved to
 * another site, both sites refreshed from the mutation's payload). A page from an origin outside CORS_ORIGINS
 * gets nothing. Skipped without Chromium, except under CI=true.
 */
const WEB_ROOT = path.resolve('examples/web');
const BUILD_DIR = path.resolve('test-artifacts/web-build');
const SCREENSHOT = path.resolve('test-artifacts/web-client.png');
const available = chromiumAvailable('web client browser test');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A static file server for the build, on 127.0.0.1 (its own origin). */
function serveBuild(): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    const file = path.join(BUILD_DIR, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(BUILD_DIR + path.sep)) return void response.writeHead(404).end();
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, {
            'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    }),
  );
}

(available ? describe : describe.skip)('the web example in headless Chromium', () => {
  // Long enough to see PENDING on screen before ENABLED arrives.
  const gateway = useGateway({
    activationDelayMs: 3_000,
    env: {
      GATEWAY_TOKENS,
      // Pages on 127.0.0.1 (any port) may call; the same build served as localhost may not.
      CORS_ORIGINS: 'http://127.0.0.1:*',
      SUBSCRIPTION_POLL_MS: '250',
    },
  });
  let browser: Browser;
  let web: { server: Server; port: number };

  beforeAll(async () => {
    await promisify(execFile)(
      process.execPath,
      [
        path.resolve('node_modules/vite/bin/vite.js'),
        'build',
        WEB_ROOT,
        ...['--outDir', BUILD_DIR, '--emptyOutDir', '--logLevel', 'warn'],
      ],
      { env: { ...process.env, NODE_ENV: 'production' } },
    );
    web = await serveBuild();
    browser = await launchChromium(30_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => web?.server.close(resolve));
  });

  async function open(origin: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/?gateway=${encodeURIComponent(gateway.gatewayUrl)}`);
    await page.locator('input[name=token]').fill(RESELLER_TOKEN);
    await page.getByRole('button', { name: 'Connect' }).click();
    return { page, errors };
  }

  /** Relay-style pages: "More sites" appends the next page until every one of `sites` is listed. */
  async function showSites(page: Page, ...sites: Locator[]): Promise<void> {
    const allVisible = async () =>
      (await Promise.all(sites.map((s) => s.isVisible()))).every(Boolean);
    for (let i = 0; i < 10 && !(await allVisible()); i++) {
      await page.getByRole('button', { name: 'More sites' }).click();
      await page.waitForTimeout(300);
    }
    for (const site of sites) await site.waitFor({ timeout: 10_000 });
  }

  it('lists sites across origins, transfers one, provisions on it and shows ENABLED arrive live', async () => {
    const { page, errors } = await open(`http://127.0.0.1:${web.port}`);
    const site = page.locator(`[data-site-id="${SITES.bakeryDraft}"]`);
    const canceledBasic = page.locator(
      `[data-instance-id="${INSTANCES.canceledBasicOnPhotoPortfolio}"]`,
    );
    await showSites(page, site, canceledBasic);
    await expect(page.locator('.sites > li').count()).resolves.toBeGreaterThan(5);
    await expect(page.locator('.sites').innerText()).resolves.toContain('Sweet Crumbs Bakery');
    // A paid service is shown by its catalog product's name, not its GUID.
    expect(await canceledBasic.locator('.product').innerText()).toBe('Business Basic');
    const heading = page.getByRole('heading', { name: /^Sites/ });
    const countBefore = await heading.innerText();

    await site.locator('input[name=toAccountId]').fill(ACCOUNTS.customerC);
    await site.getByRole('button', { name: 'Transfer' }).click();
    const provision = page.getByRole('region', { name: 'Provision' });
    await provision.getByText('now belongs to account').waitFor({ timeout: 10_000 });
    // Evicted from the cache: gone from the team account's list without a refetch.
    await site.waitFor({ state: 'detached', timeout: 5_000 });
    expect([countBefore, await heading.innerText()]).toEqual([
      expect.stringMatching(/^Sites \(\d+\)$/),
      `Sites (${Number(/\d+/.exec(countBefore)![0]) - 1})`,
    ]);

    await provision.locator('input[name=catalogProductId]').fill(PRODUCTS.businessVip);
    await provision.getByRole('button', { name: 'Create package' }).click();
    const status = provision.locator('.package .status').first();
    await status.waitFor({ timeout: 10_000 });
    expect(await status.innerText()).toBe('PENDING');
    await provision.locator('.package .status', { hasText: 'ENABLED' }).waitFor({
      timeout: 15_000,
    });
    await provision.getByText('settled').waitFor({ timeout: 5_000 });
    expect(await provision.locator('.package .product').allInnerTexts()).toEqual(['Business VIP']);

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('moves a paid service to another site: both sites update from the payload, without a reload', async () => {
    const { page, errors } = await open(`http://127.0.0.1:${web.port}`);
    const from = page.locator(`[data-site-id="${SITES.agencyPortfolio}"]`);
    const to = page.locator(`[data-site-id="${SITES.yogaStudio}"]`);
    await showSites(page, from, to);
    const service = `[data-instance-id="${INSTANCES.vipOnAgencyPortfolio}"]`;
    expect(await to.locator('.badge', { hasText: 'Premium' }).count()).toBe(0);
    expect(await from.locator(`${service} .product`).innerText()).toBe('Business VIP');

    await from.locator(service).getByLabel('Move to site').selectOption(SITES.yogaStudio);
    await from.locator(service).getByRole('button', { name: 'Move' }).click();
    // The payload's fromSite and toSite refresh both entries of Apollo's normalized cache.
    await to.locator(service).waitFor({ timeout: 10_000 });
    await from.locator(service).waitFor({ state: 'detached', timeout: 5_000 });
    await to.locator('.badge', { hasText: 'Premium' }).waitFor({ timeout: 5_000 });
    expect(await to.locator(`${service} .product`).innerText()).toBe('Business VIP');

    const upstream = await gateway.execute(
      ProductInstanceDocument,
      { id: INSTANCES.vipOnAgencyPortfolio },
      { headers: { authorization: `Bearer ${RESELLER_TOKEN}` } },
    );
    expect(upstream.data?.productInstance?.site?.id).toBe(SITES.yogaStudio);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('gets no data on a page from an origin outside CORS_ORIGINS', async () => {
    const { page } = await open(`http://localhost:${web.port}`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.innerText()).toMatch(/Could not load the sites/);
    expect(await page.locator('.sites').count()).toBe(0);
    await page.close();
  }, 30_000);

  it('declares the same dependency versions as the root, which installs them', () => {
    const root = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const web = JSON.parse(readFileSync(path.join(WEB_ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const rootVersions = { ...root.dependencies, ...root.devDependencies };
    for (const [name, version] of Object.entries({ ...web.dependencies, ...web.devDependencies })) {
      expect([name, rootVersions[name]?.replace(/^\^/, '')]).toEqual([name, version]);
    }
  });
});
