// Names in every script, as Strapi's own page would show them: tokens created through the admin API
// with emoji, Arabic, Japanese, mixed Latin and Arabic, a ZWJ sequence, a combining accent,
// Devanagari and Thai. Each name on the page is compared, pixel by pixel, with the same string drawn
// by this browser into a 2D canvas at the same font and size; it must match, and must not match the
// letter-by-letter drawing the page did before. Word order is checked on positions. Then names in each
// script are typed and pasted into the real text field, saved, and read back from the server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { screenshotPath, startBrowserSession } from './lib/fixture.mjs';
import { decodePng } from './lib/png.mjs';
import { confirmDialog, createToken, openCreateForm, save, searchFor } from './lib/flows.mjs';

// name; first: the first word in logical order and the side the bidi algorithm puts it on.
const HARD = [
  { label: 'emoji', name: '🔑 emoji key 🚀', colour: true },
  { label: 'Arabic', name: 'مفتاح عربي', first: { word: 'مفتاح', side: 'right' } },
  { label: 'Japanese', name: '日本語のトークン', sameAsGlyphs: true },
  { label: 'mixed Latin-Arabic', name: 'Token مفتاح 42', first: { word: 'Token', side: 'left' } },
  { label: 'ZWJ sequence', name: '👩‍💻 coder', colour: true },
  { label: 'combining acute', name: 'Cafe\u0301 key' },
  { label: 'Devanagari', name: 'हिन्दी कुंजी' },
  { label: 'Thai', name: 'น้ำป่า ปี่ ภาษาไทย' },
];
// Mean absolute difference per colour channel (0-255), over the pixels where either drawing has ink.
const MATCH = 2;
const MISMATCH = 4 * MATCH; // what a drawing that must not match differs by at least

let session;
let app;

async function deleteNamed(names) {
  for (const token of await session.strapi.tokens()) {
    if (names.includes(token.name)) await session.strapi.deleteToken(token.id);
  }
}

// Draws references in the page, on a canvas of the run's size filled with `background`:
// mode 'run' (the whole string, as the browser shapes it), 'letters' (the page's drawing before: one
// code point after the other, left to right, those beyond U+FFFF as U+FFFD), or { word, at } (one
// word alone at x = at).
function drawReference(run, background, mode) {
  return app.page.evaluate(
    ({ run, background, mode }) => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(run.w);
      canvas.height = Math.round(run.h);
      const c = canvas.getContext('2d');
      c.fillStyle = `rgb(${background.join(',')})`;
      c.fillRect(0, 0, canvas.width, canvas.height);
      c.font = run.font;
      c.textAlign = 'left';
      c.textBaseline = 'alphabetic';
      c.fillStyle = run.colour;
      if (mode === 'run') {
        c.direction = run.rtl ? 'rtl' : 'ltr';
        c.fillText(run.text, run.penX, run.penY);
      } else if (mode === 'letters') {
        c.direction = 'ltr';
        let x = run.penX;
        for (const letter of Array.from(run.text, (l) => (l.codePointAt(0) > 0xffff ? '\ufffd' : l))) {
          c.fillText(letter, x, run.penY);
          x += c.measureText(letter).width;
        }
      } else {
        c.direction = run.rtl ? 'rtl' : 'ltr';
        c.fillText(mode.word, mode.at, run.penY);
      }
      return Array.from(c.getImageData(0, 0, canvas.width, canvas.height).data);
    },
    { run, background, mode },
  );
}

// Widths the browser gives: the whole run, its first word, and the run letter by letter.
function measures(run, word) {
  return app.page.evaluate(
    ({ run, word }) => {
      const c = document.createElement('canvas').getContext('2d');
      c.font = run.font;
      c.direction = run.rtl ? 'rtl' : 'ltr';
      const whole = c.measureText(run.text).width;
      const first = word ? c.measureText(word).width : 0;
      c.direction = 'ltr';
      const letters = Array.from(run.text).reduce((sum, letter) => sum + c.measureText(letter).width, 0);
      return { whole, first, letters };
    },
    { run, word },
  );
}

function mostCommonColour(png) {
  const counts = new Map();
  for (let i = 0; i < png.pixels.length; i += png.channels) {
    const key = `${png.pixels[i]},${png.pixels[i + 1]},${png.pixels[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0].split(',').map(Number);
}

const inked = (pixels, i, background) => [0, 1, 2].some((k) => Math.abs(pixels[i + k] - background[k]) > 24);

// Mean absolute difference per colour channel between the screenshot and a reference, over the
// pixels where either has ink; with `referenceInkOnly`, where the reference has ink.
function difference(png, reference, background, referenceInkOnly = false) {
  let sum = 0;
  let count = 0;
  for (let p = 0, q = 0; p < png.pixels.length; p += png.channels, q += 4) {
    const ink = inked(reference, q, background) || (!referenceInkOnly && inked(png.pixels, p, background));
    if (!ink) continue;
    for (let k = 0; k < 3; k++) sum += Math.abs(png.pixels[p + k] - reference[q + k]);
    count += 3;
  }
  return count ? sum / count : 0;
}

function colourfulPixels(png) {
  let count = 0;
  for (let p = 0; p < png.pixels.length; p += png.channels) {
    const [r, g, b] = [png.pixels[p], png.pixels[p + 1], png.pixels[p + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 40) count += 1;
  }
  return count;
}

async function runOf(name) {
  await searchFor(app, name);
  await app.find(`##${name}`);
  await app.page.mouse.move(1, 1); // no row highlighted under the pointer
  await app.settle();
  const deadline = Date.now() + 10_000;
  for (;;) {
    const runs = await app.page.evaluate(() => window.imtokens.debug.textRuns());
    const found = runs.find((run) => run.text === name);
    if (found) return found;
    assert.ok(Date.now() < deadline, `no run drawn for "${name}"; runs: ${runs.map((r) => r.text).join(' | ')}`);
    await app.page.waitForTimeout(100);
  }
}

before(async () => {
  session = await startBrowserSession();
  await deleteNamed(HARD.map((h) => h.name));
  for (const { name } of HARD) await session.strapi.createToken({ name, description: 'e2e-scripts' });
  app = await session.open('admin');
});

after(async () => {
  await deleteNamed(HARD.map((h) => h.name)).catch(() => {});
  await session?.close();
});

describe('each hard name is drawn as the browser draws it', () => {
  before(async () => {
    await app.page.mouse.move(1, 1); // no row highlighted under the pointer
    await app.settle();
    await app.screenshot(await screenshotPath('web-scripts-list.png'));
  });

  for (const hard of HARD) {
    test(`${hard.label}: ${hard.name}`, async () => {
      const run = await runOf(hard.name);
      assert.equal(await app.page.evaluate(() => window.devicePixelRatio), 1);
      const png = decodePng(
        await app.page.screenshot({ clip: { x: run.x, y: run.y, width: Math.round(run.w), height: Math.round(run.h) } }),
      );
      const background = mostCommonColour(png);
      const shaped = difference(png, await drawReference(run, background, 'run'), background);
      const letters = difference(png, await drawReference(run, background, 'letters'), background);
      console.log(`${hard.label}: ${run.w}x${run.h} px, differs from the browser's run by ${shaped.toFixed(2)}, from letter-by-letter by ${letters.toFixed(2)}`);
      assert.ok(shaped <= MATCH, `"${hard.name}" differs from the browser's drawing by ${shaped.toFixed(2)}`);
      if (hard.sameAsGlyphs) {
        // Japanese needs no shaping: its letters drawn one by one look the same. What broke before was
        // the missing font, which the set-up now installs (fonts-noto-cjk): the ink must be there.
        let ink = 0;
        for (let p = 0; p < png.pixels.length; p += png.channels) ink += inked(png.pixels, p, background) ? 1 : 0;
        assert.ok(ink > 150, `"${hard.name}" has ${ink} pixels of ink`);
      } else {
        assert.ok(letters >= MISMATCH, `"${hard.name}" looks like its letters drawn one by one (${letters.toFixed(2)})`);
      }
      if (hard.colour) {
        assert.ok(colourfulPixels(png) > 40, `"${hard.name}" has ${colourfulPixels(png)} colourful pixels: emoji in colour`);
      }
    });
  }

  for (const hard of HARD.filter((h) => h.first)) {
    test(`${hard.label}: "${hard.first.word}" comes first, on the ${hard.first.side}, joined as one run`, async () => {
      const run = await runOf(hard.name);
      const png = decodePng(
        await app.page.screenshot({ clip: { x: run.x, y: run.y, width: Math.round(run.w), height: Math.round(run.h) } }),
      );
      const background = mostCommonColour(png);
      const m = await measures(run, hard.first.word);
      const left = run.penX;
      const right = run.penX + m.whole - m.first;
      const [expected, wrong] = hard.first.side === 'right' ? [right, left] : [left, right];
      const there = difference(png, await drawReference(run, background, { word: hard.first.word, at: expected }), background, true);
      const elsewhere = difference(png, await drawReference(run, background, { word: hard.first.word, at: wrong }), background, true);
      console.log(`${hard.label}: "${hard.first.word}" at x=${expected.toFixed(1)} differs by ${there.toFixed(2)}, at x=${wrong.toFixed(1)} by ${elsewhere.toFixed(2)}; width ${m.whole.toFixed(1)} shaped, ${m.letters.toFixed(1)} letter by letter`);
      assert.ok(there < elsewhere / 3, `"${hard.first.word}" is not on the ${hard.first.side}: ${there} vs ${elsewhere}`);
      // The run's image spans the shaped width, not the sum of the isolated letters' advances.
      assert.ok(Math.abs(run.w - 2 - m.whole) <= 4, `run ${run.w} px wide for a shaped width of ${m.whole}`);
      if (hard.label === 'Arabic') assert.ok(Math.abs(m.whole - m.letters) > 2, 'joined Arabic is narrower than its isolated letters');
    });
  }
});

describe('names typed and pasted in each script are saved as typed', () => {
  const typed = HARD.map((h) => `${h.name} typed`);
  const pasted = HARD.map((h) => `${h.name} pasted`);
  after(() => deleteNamed([...typed, ...pasted]).catch(() => {}));

  // Back to the list from the new token's secret, which the page asks to confirm.
  async function leaveWithoutCopying() {
    await app.click('##back');
    await confirmDialog(app);
    await app.waitForState((s) => s.view === 'list', { message: 'the list' });
  }

  // Saved through the form, then read back: from the server's API, and on the page after a reload.
  async function expectSaved(names) {
    const onServer = (await session.strapi.tokens()).map((token) => token.name);
    for (const name of names) assert.ok(onServer.includes(name), `the server has "${name}"`);
    await app.reload();
    for (const name of names) {
      await searchFor(app, name);
      await app.find(`##${name}`);
    }
  }

  test('names typed into the real text field, one in each script', async () => {
    await app.goto(session.strapi.appUrl());
    for (const name of typed) {
      await createToken(app, { name });
      await leaveWithoutCopying();
    }
    await expectSaved(typed);
  });

  test('names pasted with Ctrl+V, one in each script', async () => {
    for (const name of pasted) {
      await openCreateForm(app);
      await app.click('##Name');
      await app.page.evaluate((text) => navigator.clipboard.writeText(text), name);
      await app.page.keyboard.press('Control+V');
      await app.settle();
      await save(app);
      await app.waitForState((s) => s.view === 'edit' && s.banner, { message: `the secret of ${name}` });
      await leaveWithoutCopying();
    }
    await expectSaved(pasted);
  });

  test('the Name field shows a saved Arabic name shaped while it is not being edited', async () => {
    await searchFor(app, typed[1]);
    await app.click(`##${typed[1]}`);
    await app.waitForState((s) => s.view === 'edit', { message: 'the edit page' });
    await app.click('##Description'); // the Name field is no longer edited
    await app.page.mouse.move(1, 1);
    await app.settle();
    const field = await app.find('##Name');
    const runs = await app.page.evaluate(() => window.imtokens.debug.textRuns());
    const inField = runs.find(
      (run) => run.text === typed[1] && run.y >= field.y - 2 && run.y + run.h <= field.y + field.h + 2,
    );
    assert.ok(inField, `a shaped run inside the Name field; runs: ${JSON.stringify(runs)}; field ${JSON.stringify(field)}`);
    await app.screenshot(await screenshotPath('web-scripts-form.png'));
  });
});
