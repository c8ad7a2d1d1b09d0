// What every browser test file starts from: the real Strapi (sessions from bootstrap), a fresh
// headless Chromium allowed to use the clipboard on Strapi's origin, and a SecretWatch that the
// file's last step uses to prove no secret stayed in the browser.
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppPage } from './app-page.mjs';
import { launchBrowser } from './browser.mjs';
import { SecretWatch } from './secret-watch.mjs';
import { Strapi } from './strapi.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SCREENSHOT_DIR = process.env.IMT_SCREENSHOT_DIR ?? join(repoRoot, 'build', 'screenshots');

export async function screenshotPath(name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name);
}

export async function startBrowserSession({ viewport } = {}) {
  const strapi = await Strapi.connect();
  const browser = await launchBrowser({ viewport });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: strapi.baseUrl });
  const apps = [];
  return {
    strapi,
    browser,
    context: browser.context,
    apps,
    secrets: new SecretWatch(),

    // Opens a page of the bundle signed in as `user` ('admin' | 'reader' | 'editor'; null: the login form).
    async open(user, { page = 'index.html', query = '', options, init, waitFor } = {}) {
      const app = await AppPage.open(browser.context, strapi.appUrl(page, query), {
        jwt: user ? strapi.jwt(user) : undefined,
        options,
        init,
        waitFor: waitFor ?? (user ? 'table' : 'frame'),
      });
      apps.push(app);
      return app;
    },

    async readClipboard(app) {
      await app.page.bringToFront();
      return app.page.evaluate(() => navigator.clipboard.readText());
    },

    // Closes the browser, then checks what it left in its profile directory before deleting it.
    async closeAndCheckDisk() {
      await browser.context.close();
      try {
        if (this.secrets.size > 0) await this.secrets.assertNotOnDisk(browser.profile);
      } finally {
        await browser.close();
      }
    },

    async close() {
      await browser.close();
    },
  };
}
