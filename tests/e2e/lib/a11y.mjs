// Finds and drives the page the way assistive technology does: through Chromium's own accessibility
// tree (CDP Accessibility.queryAXTree), by role and accessible name, never by pixel or by the debug
// handle. Also axe-core, injected into the page, for the WCAG 2.1 A and AA rules.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require('axe-core').source;
const WCAG_21_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const POLL_MS = 25;

// Runs axe on the whole document. The mirror's elements are transparent by design (the canvas under
// them draws the text), so colour contrast is left to the canvas's own contrast test.
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    try {
      await page.addScriptTag({ content: AXE_SOURCE });
    } catch {
      // Strapi's content security policy refuses inline scripts; evaluation through CDP is not one.
    }
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  }
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      rules: { 'color-contrast': { enabled: false } },
    });
    return result.violations.map((v) => ({
      rule: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.html.slice(0, 160)} -- ${n.failureSummary}`),
    }));
  }, WCAG_21_A_AA);
}

export async function assertAxeClean(page, where) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe found WCAG 2.1 A/AA violations on ${where}:\n${JSON.stringify(violations, null, 2)}`);
}

// A property of an accessibility node ('checked', 'expanded', 'disabled', 'required', 'invalid', ...).
export function axProperty(node, name) {
  return node.properties?.find((p) => p.name === name)?.value?.value;
}

// Chromium's accessibility tree of one page.
export class AxTree {
  static async open(page) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    await cdp.send('DOM.enable');
    return new AxTree(page, cdp);
  }

  constructor(page, cdp) {
    this.page = page;
    this.cdp = cdp;
  }

  async all() {
    const { nodes } = await this.cdp.send('Accessibility.getFullAXTree');
    return nodes.filter((n) => !n.ignored);
  }

  // Every node with this role and accessible name (exact), in document order.
  async query(role, name) {
    const { root } = await this.cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = await this.cdp.send('Accessibility.queryAXTree', {
      backendNodeId: root.backendNodeId,
      role,
      ...(name === undefined ? {} : { accessibleName: name }),
    });
    return nodes.filter((n) => !n.ignored);
  }

  // Waits for exactly one node with role and name; `where` narrows it (a predicate over the node).
  async find(role, name, { timeout = 10_000, where = () => true } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = (await this.query(role, name)).filter(where);
      if (found.length === 1) return found[0];
      if (Date.now() > deadline) {
        assert.fail(`expected one ${role} named ${JSON.stringify(name)} in the accessibility tree, found ${found.length}`);
      }
      await this.page.waitForTimeout(POLL_MS);
    }
  }

  async waitGone(role, name, { timeout = 10_000 } = {}) {
    const deadline = Date.now() + timeout;
    while ((await this.query(role, name)).length > 0) {
      if (Date.now() > deadline) assert.fail(`${role} ${JSON.stringify(name)} is still in the accessibility tree`);
      await this.page.waitForTimeout(POLL_MS);
    }
  }

  // Runs fn(element) in the page on the DOM element behind an accessibility node.
  async onElement(node, fn) {
    const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
    const { result, exceptionDetails } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn.toString(),
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  }

  // Keyboard focus on the control, as a screen reader's "move to" or a script would put it.
  async focus(role, name, options) {
    const node = await this.find(role, name, options);
    await this.cdp.send('DOM.focus', { backendNodeId: node.backendDOMNodeId });
    return node;
  }

  // A screen reader's activation: a click event with no pointer and no hit-testing.
  async activate(role, name, options) {
    const node = await this.find(role, name, options);
    await this.onElement(node, function () {
      this.click();
    });
    return node;
  }

  // Role and name of the element that has the keyboard focus, as Chromium exposes it.
  async focused() {
    const { result } = await this.cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
    if (!result.objectId) return null;
    const { nodes } = await this.cdp.send('Accessibility.getPartialAXTree', {
      objectId: result.objectId,
      fetchRelatives: false,
    });
    const node = nodes[0];
    return node ? { role: node.role?.value, name: node.name?.value } : null;
  }

  async close() {
    await this.cdp.detach();
  }
}

// Until the component has drawn what the last key did: inside a modal dialog ImGui moves the focus
// (a frame later), and the DOM follows only then.
async function frameAnswered(page) {
  await page.waitForFunction(
    () => {
      const s = window.imtokens?.debug?.state();
      return !s || (s.inFlight === 0 && !s.framesScheduled);
    },
    null,
    { timeout: 10_000, polling: POLL_MS },
  );
}

// Presses Tab until the focused control has this role and name; fails after `limit` presses.
export async function tabTo(page, ax, role, name, { limit = 60, shift = false } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    await frameAnswered(page);
    const now = await ax.focused();
    if (now && now.role === role && now.name === name) return i + 1;
  }
  assert.fail(`${limit} Tab presses never reached ${role} ${JSON.stringify(name)}`);
}

// Counts every trusted pointer and mouse event the page receives, to prove a flow used none.
export function countPointerEvents() {
  window.imtPointerEvents = 0;
  for (const type of ['pointerdown', 'pointerup', 'pointermove', 'mousedown', 'mouseup', 'mousemove', 'wheel']) {
    window.addEventListener(type, (e) => { if (e.isTrusted) window.imtPointerEvents += 1; }, { capture: true });
  }
}

// The text the page's live regions hold now: [polite, assertive].
export function liveRegions(page) {
  return page.evaluate(() =>
    ['status', 'alert'].map((role) => document.querySelector(`.imtokens-mirror > [role=${role}]`)?.textContent ?? ''),
  );
}

export async function waitForAnnouncement(page, level, includes, { timeout = 10_000 } = {}) {
  const index = level === 'assertive' ? 1 : 0;
  await page.waitForFunction(
    ([i, text]) => {
      const role = i === 1 ? 'alert' : 'status';
      return (document.querySelector(`.imtokens-mirror > [role=${role}]`)?.textContent ?? '').includes(text);
    },
    [index, includes],
    { timeout, polling: POLL_MS },
  );
}

// Accessible names of the table's token rows, in document order (the order a screen reader reads).
export async function rowNames(ax) {
  return (await ax.query('row')).map((row) => row.name?.value ?? '').filter((name) => name !== '');
}

// The aria-sort of a column header, by its accessible name (null when the column is not sorted).
export async function ariaSort(ax, column) {
  const header = await ax.find('columnheader', column);
  return ax.onElement(header, function () {
    return this.getAttribute('aria-sort');
  });
}

// Pointer and mouse events the page received since countPointerEvents, and those that reached the
// component (its canvas or its mirror), as lib/app-page.mjs's tracker counts them.
export function pointerEventsSent(page) {
  return page.evaluate(() => ({ page: window.imtPointerEvents, component: window.imtComponentPointerEvents }));
}

// The UI's own strings (assets/locales/<locale>.json), with {placeholders} filled in.
export function localeStrings(locale) {
  const table = require(`../../../assets/locales/${locale}.json`);
  return (key, values = {}) => {
    const text = table[key];
    assert.equal(typeof text, 'string', `${locale}.json has no string ${key}`);
    return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
  };
}
