// Reflow (WCAG 1.4.10): the component in a page 1280, 1024, 768, 480 and 320 CSS px wide. At each
// width every row's name is whole (a 40-character name: no "…" in the accessibility tree nor in
// the item registry), every row's Edit and Delete buttons are there with a box inside the viewport
// (once the keyboard reaches them, for those below the fold), and the page does not scroll
// sideways. Screenshots (the long name's row in view): build/screenshots/web-reflow-<w>.png.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxTree, localeStrings, rowNames, tabTo } from './lib/a11y.mjs';
import { screenshotPath, startBrowserSession } from './lib/fixture.mjs';
import { runPrefix } from './lib/strapi.mjs';

const WIDTHS = [1280, 1024, 768, 480, 320];
const t = localeStrings('en');
const prefix = runPrefix('reflow');
const longName = `${prefix}${'w'.repeat(40)}`.slice(0, 40);
let session;
let app;
let ax;

before(async () => {
  session = await startBrowserSession({ viewport: { width: 1280, height: 900 } });
  await session.strapi.createToken({ name: longName, description: 'a name of forty characters, drawn whole at every width' });
  app = await session.open('admin', { options: { locale: 'en', theme: 'light' } });
  ax = await AxTree.open(app.page);
});

after(async () => {
  await ax?.close();
  await session?.strapi.deleteTokensStartingWith(prefix);
  await session?.close();
});

async function boxOf(node) {
  return ax.onElement(node, function () {
    const r = this.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height, vw: innerWidth, vh: innerHeight };
  });
}

function assertInViewport(box, what) {
  assert.ok(box.width > 0 && box.height > 0, `${what}: empty box ${JSON.stringify(box)}`);
  const inside = box.left >= 0 && box.top >= 0 && box.right <= box.vw + 0.5 && box.bottom <= box.vh + 0.5;
  assert.ok(inside, `${what}: outside the ${box.vw}x${box.vh} viewport ${JSON.stringify(box)}`);
}

for (const width of WIDTHS) {
  test(`at ${width} px every name is whole, every action is on screen, nothing scrolls sideways`, async () => {
    const page = app.page;
    await page.setViewportSize({ width, height: 900 });
    await page.waitForFunction((w) => document.querySelector('.imtokens-mirror')?.clientWidth === w, width);
    await app.settle();
    // The long name's row may be below the fold (narrow pages stack a taller header and cards): the
    // keyboard brings it into view, as it would for someone tabbing to its Edit button.
    await page.evaluate(() => document.querySelector('.imtokens-mirror').focus());
    await tabTo(page, ax, 'button', t('list.edit', { name: longName }));
    await app.settle();
    await app.screenshot(await screenshotPath(`web-reflow-${width}.png`));

    const names = await rowNames(ax);
    assert.ok(names.includes(longName), `the 40-character row is in the table: ${names.join(' | ')}`);
    for (const name of names) assert.ok(!name.includes('…'), `row name ${JSON.stringify(name)} is cut`);

    // What the UI declared for the canvas (the item registry): the row is named in full, and no
    // drawn label carries a "…" that cuts a row's name. (The registry holds no cell text: the drawn
    // name itself is checked by eye on the screenshots.)
    const drawn = (await app.items()).filter((item) => item.visible);
    assert.ok(drawn.some((item) => item.role === 'row' && item.name === longName), `${longName} is declared whole at ${width} px`);
    for (const item of drawn.filter((i) => `${i.text}${i.name}`.includes('…'))) {
      const text = item.text.includes('…') ? item.text : item.name;
      const head = text.slice(0, text.indexOf('…'));
      const cut = names.find((name) => head.length > 0 && name !== text && name.startsWith(head));
      assert.equal(cut, undefined, `the drawn text ${JSON.stringify(text)} cuts the name ${cut}`);
    }

    for (const name of names) {
      for (const action of ['list.edit', 'list.delete']) {
        const label = t(action, { name });
        let box = await boxOf(await ax.find('button', label));
        assert.ok(box.left >= 0 && box.right <= box.vw + 0.5, `${label} at ${width} px: beside the viewport ${JSON.stringify(box)}`);
        // The page may scroll down (reflow allows that), not sideways: a control below the fold
        // comes into view when the keyboard reaches it.
        if (box.top < 0 || box.bottom > box.vh + 0.5) {
          await app.page.evaluate(() => document.querySelector('.imtokens-mirror').focus());
          await tabTo(app.page, ax, 'button', label);
          await app.settle();
          box = await boxOf(await ax.find('button', label));
        }
        assertInViewport(box, `${label} at ${width} px`);
      }
    }

    const scroll = await page.evaluate(() => {
      const root = document.scrollingElement;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
    });
    assert.ok(scroll.scrollWidth <= scroll.clientWidth, `the page scrolls sideways at ${width} px: ${JSON.stringify(scroll)}`);
  });
}
