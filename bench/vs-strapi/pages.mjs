// The two pages measured, each with the same questions: how to sign in before the page loads, when
// its table is drawn, and what a sort and opening the create form look like when painted.
//
// "Table drawn" means, for Strapi's page, the first animation frame in which its table holds a row
// (<tbody><tr>) for every token and the first row is inside the viewport (Strapi renders every row;
// the frame after that callback paints them). For ImTokens it is the page's own mark
// 'imtokens:table-drawn': the frame that drew the table with the list and the permissions in.
// Sections: Strapi's page · ImTokens · clicks shared by both.

import { readPhases } from '../../tests/e2e/lib/phases.mjs';

const STRAPI_TABLE_ROWS = 'tbody tr';
// The backend's content API has a "restaurant" type: its accordion in the permissions card.
const PERMISSION_SECTION = /restaurant/i;

// Arms the watch in the page (`arm` sets window.__benchClick.done, a promise of the painted time),
// clicks the middle of `box`, and returns the ms from the click's release to the painted frame, or
// null if it never came within the cap. The clock starts at the pointerup, which reaches the page
// before the click does; the watch is armed before the press so that no frame goes unseen.
function armClock(arm, armArg) {
  window.__benchClick = { startedAt: null, done: null };
  window.addEventListener(
    'pointerup',
    () => {
      window.__benchClick.startedAt = performance.now();
    },
    { capture: true, once: true },
  );
  window.__benchClick.done = arm(armArg);
}

async function timedClick(page, box, arm, armArg) {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(100);
  // A string expression, so that the arm function travels with its source (CDP evaluates it, past
  // the page's content security policy, which allows no eval).
  await page.evaluate(`(${armClock})(${arm}, ${JSON.stringify(armArg)})`);
  await page.mouse.down();
  await page.mouse.up();
  return page.evaluate(() =>
    window.__benchClick.done.then((at) => (at === null ? null : at - window.__benchClick.startedAt)),
  );
}

// --- Strapi's page ------------------------------------------------------------------------------

// In the page: the first frame in which the first row is another one.
function strapiRowChange({ capMs, selector }) {
  const before = document.querySelector(selector)?.textContent ?? '';
  return window.__benchProbe.watch(() => (document.querySelector(selector)?.textContent ?? '') !== before, capMs);
}

// In the page: the first frame in which a permission section's accordion is on screen.
function strapiSectionShown({ capMs, pattern }) {
  const re = new RegExp(pattern, 'i');
  return window.__benchProbe.watch(
    () =>
      [...document.querySelectorAll('button')].some((b) => {
        if (!re.test(b.textContent)) return false;
        const r = b.getBoundingClientRect();
        return r.height > 0 && r.top < innerHeight;
      }),
    capMs,
  );
}

export const strapiPage = {
  name: 'Strapi',
  url: (base) => `${base}/admin/settings/api-tokens`,
  signIn: (jwt) => {
    localStorage.setItem('jwtToken', JSON.stringify(jwt));
  },
  async ready(page, tokens, capMs) {
    return page.evaluate(
      ({ tokens, capMs, selector }) =>
        window.__benchProbe.watch(() => {
          const rows = document.querySelectorAll(selector);
          return rows.length >= tokens && rows[0].getBoundingClientRect().top < innerHeight;
        }, capMs),
      { tokens, capMs, selector: STRAPI_TABLE_ROWS },
    );
  },
  async sort(page, capMs) {
    const header = page.locator('thead th').filter({ hasText: /^Name$/ }).first();
    // Strapi's list starts sorted by name, ascending: the first click asks for what is shown, the
    // second reverses it. The click measured is the one that changes the first row.
    for (let click = 0; click < 3; click += 1) {
      const result = await timedClick(page, await header.boundingBox(), strapiRowChange, {
        capMs: click === 0 ? Math.min(capMs, 15_000) : capMs,
        selector: STRAPI_TABLE_ROWS,
      });
      if (result !== null) return result;
      await page.waitForTimeout(500);
    }
    return null;
  },
  async openCreate(page, capMs) {
    const button = page.getByTestId('create-api-token-button').first();
    return timedClick(page, await button.boundingBox(), strapiSectionShown, {
      capMs,
      pattern: PERMISSION_SECTION.source,
    });
  },
  wasmMb: async () => 0,
};

// --- ImTokens -----------------------------------------------------------------------------------

// In the page: the first frame ImTokens presents after the click's release that shows the result
// ('sort': another token on the first row; 'form': the create form with its permissions).
function imtokensFrameWatch({ kind, capMs }) {
  const debug = window.imtokens.debug;
  const firstRow = () =>
    debug
      .items()
      .filter((item) => item.visible && item.label.startsWith('##bench-'))
      .sort((a, b) => a.y - b.y)[0]?.label ?? null;
  const before = firstRow();
  const shown = () => {
    if (kind === 'sort') return firstRow() !== before;
    const s = debug.state();
    return s.view === 'create' && s.catalogue === 'ready';
  };
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      debug.onFrame(null);
      resolve(null);
    }, capMs);
    debug.onFrame(() => {
      if (window.__benchClick.startedAt === null || !shown()) return;
      debug.onFrame(null);
      clearTimeout(timer);
      resolve(performance.now());
    });
  });
}

async function imtokensItem(page, match) {
  return page.evaluate((m) => {
    const item = window.imtokens.debug.items().find((i) => i.label === m || i.label.endsWith(m));
    return item ? { x: item.x, y: item.y, width: item.w ?? item.width, height: item.h ?? item.height } : null;
  }, match);
}

export const imtokensPage = {
  name: 'ImTokens',
  url: (base) => `${base}/app/index.html`,
  signIn: (jwt) => {
    window.IMTOKENS_OPTIONS = { auth: { token: jwt } };
  },
  async ready(page, _tokens, capMs) {
    return page.evaluate(
      (capMs) =>
        window.__benchProbe.watch(() => window.imtokens?.debug?.mark('imtokens:table-drawn') != null, capMs).then(
          (at) => (at === null ? null : window.imtokens.debug.mark('imtokens:table-drawn')),
        ),
      capMs,
    );
  },
  async sort(page, capMs) {
    return timedClick(page, await imtokensItem(page, '##sort-name'), imtokensFrameWatch, { kind: 'sort', capMs });
  },
  async openCreate(page, capMs) {
    return timedClick(page, await imtokensItem(page, '##create'), imtokensFrameWatch, { kind: 'form', capMs });
  },
  wasmMb: (page) => page.evaluate(() => window.imtokens.debug.heap().byteLength / (1024 * 1024)),
  // The cold start's phases (tests/e2e/lib/phases.mjs).
  phases: readPhases,
};
