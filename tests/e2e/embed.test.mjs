// The component inside someone else's page (shell/embed-demo.html, a plain admin layout): it fills
// its container at the screen's pixel density and follows resizes, follows the page's theme, takes
// the keyboard only while focused, pastes, tells the host what happened without secrets, and
// leaves nothing behind when unmounted. Its text is drawn by the browser in the host's font family.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertDrawn, decodePng, drawingStats } from './lib/png.mjs';
import { screenshotPath, startBrowserSession } from './lib/fixture.mjs';
import { copySecret, createToken } from './lib/flows.mjs';
import { runPrefix } from './lib/strapi.mjs';

const prefix = runPrefix('embed');
let session;
let app;

async function canvasLuminance(app) {
  await app.settle();
  const png = decodePng(await app.page.locator('#tokens canvas').screenshot());
  let sum = 0;
  const step = png.channels;
  for (let i = 0; i < png.pixels.length; i += step) {
    sum += 0.2126 * png.pixels[i] + 0.7152 * png.pixels[i + 1] + 0.0722 * png.pixels[i + 2];
  }
  return sum / (png.pixels.length / step);
}

async function canvasGeometry(page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('#tokens canvas');
    const box = document.getElementById('tokens');
    return {
      dpr: window.devicePixelRatio,
      cssWidth: canvas.clientWidth,
      cssHeight: canvas.clientHeight,
      width: canvas.width,
      height: canvas.height,
      boxWidth: box.clientWidth,
      boxHeight: box.clientHeight,
    };
  });
}

function assertCrisp(geometry) {
  assert.equal(geometry.cssWidth, geometry.boxWidth, 'the canvas fills its container');
  assert.equal(geometry.cssHeight, geometry.boxHeight);
  assert.ok(Math.abs(geometry.width - geometry.cssWidth * geometry.dpr) <= 1, `drawing buffer width ${JSON.stringify(geometry)}`);
  assert.ok(Math.abs(geometry.height - geometry.cssHeight * geometry.dpr) <= 1, `drawing buffer height ${JSON.stringify(geometry)}`);
}

before(async () => {
  session = await startBrowserSession();
  app = await session.open('admin', { page: 'embed-demo.html', query: 'theme=light' });
});

after(async () => {
  await session?.strapi.deleteTokensStartingWith(prefix).catch(() => {});
  await session?.close();
});

describe('in a host page', () => {
  test('fills its container with a drawing buffer at the device pixel ratio, and follows resizes', async () => {
    assertCrisp(await canvasGeometry(app.page));
    await app.page.evaluate(() => {
      document.querySelector('main').style.gridTemplateRows = '420px auto';
    });
    await app.page.waitForFunction(() => {
      const canvas = document.querySelector('#tokens canvas');
      return canvas.clientHeight === 420 - 2 && canvas.height === Math.round(canvas.clientHeight * devicePixelRatio);
    });
    assertCrisp(await canvasGeometry(app.page));
    await app.page.evaluate(() => {
      document.querySelector('main').style.gridTemplateRows = '';
    });

    // A HiDPI screen: the buffer doubles and the fonts are rasterised again for it. (An emulated
    // ratio fires no event, unlike a real zoom or screen change: a layout change makes the page look.)
    const cdp = await session.context.newCDPSession(app.page);
    const viewport = app.page.viewportSize();
    await cdp.send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: 2, mobile: false });
    await app.page.evaluate(() => {
      document.querySelector('main').style.padding = '20px 28px';
    });
    await app.page.waitForFunction(() => {
      const canvas = document.querySelector('#tokens canvas');
      return canvas.width === 2 * canvas.clientWidth;
    });
    const hidpi = await canvasGeometry(app.page);
    assert.equal(hidpi.dpr, 2);
    assertCrisp(hidpi);
    await app.screenshot(await screenshotPath('web-embed-demo-hidpi.png'));
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await app.page.evaluate(() => {
      document.querySelector('main').style.padding = '';
    });
    await app.page.waitForFunction(() => {
      const canvas = document.querySelector('#tokens canvas');
      return canvas.width === canvas.clientWidth;
    });
    await cdp.detach();
  });

  test("follows the page's theme", async () => {
    const light = await canvasLuminance(app);
    await app.page.selectOption('#theme', 'dark');
    const dark = await canvasLuminance(app);
    assert.ok(light > 180, `light theme luminance ${light}`);
    assert.ok(dark < 90, `dark theme luminance ${dark}`);
    assert.equal(await app.page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await app.screenshot(await screenshotPath('web-embed-demo-dark.png'));
    await app.page.selectOption('#theme', 'light');
    assert.ok((await canvasLuminance(app)) > 180);
    await app.screenshot(await screenshotPath('web-embed-demo.png'));
  });

  test('switches language when the host asks', async () => {
    assert.equal((await app.find('##create')).text, 'Create new API Token');
    await app.page.evaluate(() => window.imtokens.setLocale('fr'));
    await app.settle();
    assert.equal((await app.find('##create')).text, 'Créer un nouveau jeton d’API');
    await app.page.evaluate(() => window.imtokens.setLocale('en-GB'));
    await app.settle();
    assert.equal((await app.find('##create')).text, 'Create new API Token');
  });

  test("draws its text in the host's font family, and refuses one the browser cannot read", async () => {
    const serif = await session.open('admin', {
      page: 'embed-demo.html',
      query: 'theme=light',
      options: { fontFamily: '"DejaVu Serif", serif' },
    });
    // Widget rectangles are in the page's CSS pixels.
    const clipOf = async (page, button, width) =>
      decodePng(await page.screenshot({ clip: { x: button.x, y: button.y, width, height: button.h } }));
    const serifButton = await serif.find('##create');
    const sansButton = await app.find('##create');
    assert.equal(serifButton.text, 'Create new API Token');
    const width = Math.min(serifButton.w, sansButton.w);
    const serifLabel = await clipOf(serif.page, serifButton, width);
    await serif.page.close();
    await app.page.bringToFront(); // a background tab gets no animation frames
    const sansLabel = await clipOf(app.page, sansButton, width);

    assertDrawn(drawingStats(serifLabel), 'the button with its serif label');
    let differing = 0;
    for (let i = 0; i < serifLabel.pixels.length; i += serifLabel.channels) {
      if (Math.abs(serifLabel.pixels[i] - sansLabel.pixels[i]) > 48) differing += 1;
    }
    const fraction = differing / (serifLabel.width * serifLabel.height);
    assert.ok(fraction > 0.05, `the serif label looks unlike the sans-serif one: ${(fraction * 100).toFixed(1)}% of pixels differ`);

    const refused = await app.page.evaluate(async () => {
      const { mount } = await import('./imtokens.mjs');
      const element = document.createElement('div');
      try {
        await mount(element, { fontFamily: '12px {' });
        return 'mounted';
      } catch (error) {
        return `${error.name}: ${error.message}`;
      }
    });
    assert.match(refused, /^TypeError: fontFamily must be a CSS font-family list/);
  });

  test('takes the keyboard only while it has focus', async () => {
    await app.click('##search');
    await app.page.keyboard.type('abc');
    await app.waitForState((s) => s.query === 'abc', { message: 'typing into the focused component' });
    await app.page.getByLabel('Search the admin').click();
    await app.page.keyboard.type('zzz');
    assert.equal(await app.page.getByLabel('Search the admin').inputValue(), 'zzz');
    await app.settle();
    assert.equal((await app.state()).query, 'abc', 'keys typed in the host page stay there');
  });

  test('types what an input method, an emoji picker or an on-screen keyboard commits', async () => {
    await app.fill('##search', 'Key ');
    // What emoji pickers and on-screen keyboards send: text with no key press.
    await app.page.keyboard.insertText('Ωμέγα ');
    await app.waitForState((s) => s.query === 'Key Ωμέγα ', { message: 'text inserted without a key press' });

    // A Japanese input method: the composition stays the input method's until it commits it.
    const cdp = await session.context.newCDPSession(app.page);
    await cdp.send('Input.imeSetComposition', { text: 'とうきょう', selectionStart: 5, selectionEnd: 5 });
    await app.settle();
    assert.equal((await app.state()).query, 'Key Ωμέγα ', 'nothing is typed while composing');
    await cdp.send('Input.insertText', { text: '東京' });
    await app.waitForState((s) => s.query === 'Key Ωμέγα 東京', { message: 'the committed composition' });
    await cdp.detach();

    // Keys typed after it still go in once each.
    await app.page.keyboard.type('!');
    await app.waitForState((s) => s.query === 'Key Ωμέγα 東京!', { message: 'a key after the composition' });
    await app.fill('##search', '');
  });

  test('pastes with Ctrl+V', async () => {
    await app.page.evaluate(() => navigator.clipboard.writeText('pasted query'));
    await app.fill('##search', '');
    await app.page.keyboard.press('Control+V');
    await app.waitForState((s) => s.query === 'pasted query', { message: 'the pasted text' });
    await app.fill('##search', '');
  });

  test('tells the host about a new token, by id and name, never with its secret', async () => {
    const name = `${prefix}event`;
    await createToken(app, { name, type: 'Read-only', duration: '7 days' });
    const secret = await copySecret(session, app);
    const token = await session.strapi.tokenNamed(name);
    const log = await app.page.locator('#events').textContent();
    assert.match(log, new RegExp(`token-created\\s+\\{"id":${token.id},"name":"${name}"\\}`));
    assert.equal(log.includes(secret), false);
  });

  test('draws nothing while nobody touches it, secret banner and all', async () => {
    await app.pointTo(5, 5);
    await app.waitForState((s) => s.notifications.length === 0 && !s.framesScheduled && s.inFlight === 0, {
      message: 'a quiet page',
    });
    await app.quiet();
    const start = await app.frames();
    await app.page.waitForTimeout(2000);
    assert.equal(await app.frames(), start, `frames drawn while idle; ${JSON.stringify(await app.state())}`);
  });

  test('unmount removes the canvas and zeroes the wasm memory that held the secret', async () => {
    const secret = [...session.secrets.secrets].at(-1);
    const result = await app.page.evaluate((text) => {
      const heap = window.imtokens.debug.heap();
      const needle = new TextEncoder().encode(text);
      const find = () => {
        outer: for (let i = 0; i + needle.length <= heap.length; i += 1) {
          if (heap[i] !== needle[0]) continue;
          for (let j = 1; j < needle.length; j += 1) if (heap[i + j] !== needle[j]) continue outer;
          return true;
        }
        return false;
      };
      const before = find();
      window.imtokens.unmount();
      let nonZero = 0;
      for (let i = 0; i < heap.length; i += 1) if (heap[i] !== 0) nonZero += 1;
      let threw = false;
      try {
        window.imtokens.setTheme('dark');
      } catch {
        threw = true;
      }
      return {
        before,
        after: find(),
        nonZero,
        mounted: window.imtokens.mounted,
        canvases: document.querySelectorAll('#tokens canvas').length,
        threw,
      };
    }, secret);
    assert.equal(result.before, true, 'the banner held the secret in wasm memory before');
    assert.equal(result.after, false);
    assert.equal(result.nonZero, 0, 'every byte of the wasm memory is zero');
    assert.equal(result.mounted, false);
    assert.equal(result.canvases, 0);
    assert.equal(result.threw, true, 'a handle that was unmounted refuses to work');
  });

  test('no secret stayed in the browser', async () => {
    await session.secrets.assertNothingKeptIn(session.context, session.apps);
    await session.closeAndCheckDisk();
  });
});
