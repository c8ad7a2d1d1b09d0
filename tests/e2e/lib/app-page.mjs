// Drives the ImTokens page in Chromium the way a person would: it finds widgets by their label in the
// item registry the web build exposes (handle.debug.items()), moves the mouse there and clicks or
// types. No pixel coordinate is ever written in a test.
import assert from 'node:assert/strict';

const POLL_MS = 25;

// Runs in the page before its own scripts: remembers where the mouse last moved to, and how many
// frames the component had drawn when the last pointer event reached it (its canvas or its DOM
// mirror), so that a test can wait until a frame was drawn after it instead of waiting a guessed
// time; and how many pointer events reached the component at all (imtComponentPointerEvents), so
// that a keyboard-only test can prove it sent none.
function trackPointer() {
  if ('imtPointer' in window) return;
  window.imtPointer = null;
  window.imtCanvasEventFrame = -1;
  window.imtComponentPointerEvents = 0;
  const frames = () => (window.imtokens?.debug ? window.imtokens.debug.frames() : -1);
  for (const type of ['pointermove', 'pointerdown', 'pointerup', 'pointerleave']) {
    window.addEventListener(
      type,
      (event) => {
        if (type === 'pointermove') window.imtPointer = { x: event.clientX, y: event.clientY };
        // The canvas, or one of the mirror's elements laid over it (a field takes its own pointer).
        const target = event.target;
        const onComponent = target instanceof HTMLCanvasElement || (target instanceof Element && target.closest('.imtokens-mirror'));
        if (!onComponent) return;
        window.imtCanvasEventFrame = frames();
        window.imtComponentPointerEvents += 1;
      },
      { capture: true },
    );
  }
}

// Runs in the page before its own scripts: asks the demo pages for the component's test hooks
// (handle.debug, and the handle on window.imtokens). A page opened without it is a production page.
function enableTestHooks() {
  window.IMTOKENS_TEST_HOOKS = true;
}

// A reference to a widget:
//   'Save'            the text shown on it (the label before "##")
//   '##Name'          its id: the label's part from "##" on (survives every locale)
//   'Save##save'      its whole label
//   item => boolean   any predicate over {label, text, kind, window, x, y, w, h, enabled, checked, opened, visible}
function matcher(ref) {
  if (typeof ref === 'function') return ref;
  if (ref.startsWith('##')) return (item) => item.label.endsWith(ref);
  if (ref.includes('##')) return (item) => item.label === ref;
  return (item) => item.text === ref;
}

function describe(ref) {
  return typeof ref === 'function' ? ref.toString() : JSON.stringify(ref);
}

export class AppPage {
  constructor(page) {
    this.page = page;
    this.console = [];
    this.errors = [];
    this.requests = [];
    page.on('console', (message) => this.console.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => this.errors.push(error.message));
    page.on('request', (request) => this.requests.push({ method: request.method(), url: request.url() }));
    this.tracking = Promise.all([page.addInitScript(enableTestHooks), page.addInitScript(trackPointer)]);
  }

  // Opens a page of the bundle with a session handed over through the embedding API (no login).
  //   jwt: mounts with auth { token: jwt }; options: more mount options (plain data);
  //   init: { script, arg } run before the page's own scripts, for options holding functions
  //   (a token getter, onEvent): it sets window.IMTOKENS_OPTIONS itself.
  static async open(context, url, { jwt, options = {}, init, waitFor = 'table' } = {}) {
    const page = await context.newPage();
    const app = new AppPage(page);
    const mountOptions = { ...options };
    if (jwt) mountOptions.auth = { token: jwt };
    if (init) {
      await page.addInitScript(init.script, init.arg);
    } else if (Object.keys(mountOptions).length > 0) {
      await page.addInitScript((value) => {
        window.IMTOKENS_OPTIONS = value;
      }, mountOptions);
    }
    await app.goto(url, { waitFor });
    return app;
  }

  async goto(url, { waitFor = 'table' } = {}) {
    await this.tracking;
    await this.page.goto(url);
    await this.ready(waitFor);
  }

  async reload({ waitFor = 'table' } = {}) {
    await this.page.reload();
    await this.ready(waitFor);
  }

  // 'table': the token list is drawn; 'frame': the first frame is; then requests are answered.
  // 'none': the module is mounted, whatever is still on its way.
  async ready(waitFor = 'table') {
    await this.page.waitForFunction(() => window.imtokens?.debug, null, { timeout: 30_000 });
    // A page opened before the tracker was registered gets it now.
    await this.page.evaluate(trackPointer);
    if (waitFor === 'none') return;
    const mark = waitFor === 'table' ? 'imtokens:table-drawn' : 'imtokens:first-frame';
    await this.page.waitForFunction((name) => window.imtokens.debug.mark(name) !== null, mark, { timeout: 30_000 });
    await this.settle();
  }

  items() {
    return this.page.evaluate(() => window.imtokens.debug.items());
  }

  state() {
    return this.page.evaluate(() => window.imtokens.debug.state());
  }

  frames() {
    return this.page.evaluate(() => window.imtokens.debug.frames());
  }

  // Waits until no request is in flight and no frame is scheduled: what is on screen is final.
  async settle(timeout = 15_000) {
    await this.page.waitForFunction(
      () => {
        const s = window.imtokens.debug.state();
        return s && s.inFlight === 0 && !s.framesScheduled;
      },
      null,
      { timeout, polling: POLL_MS },
    );
  }

  async waitForState(predicate, { timeout = 15_000, message } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      last = await this.state();
      if (predicate(last)) return last;
      if (Date.now() > deadline) {
        assert.fail(`${message ?? 'state condition'} not met within ${timeout} ms; last state ${JSON.stringify(last)}`);
      }
      await this.page.waitForTimeout(POLL_MS);
    }
  }

  async query(ref) {
    const match = matcher(ref);
    return (await this.items()).filter((item) => item.visible && match(item));
  }

  async has(ref) {
    return (await this.query(ref)).length > 0;
  }

  // Scrolls the page with the mouse wheel, as a person would, until the widget is on screen.
  async scrollTo(ref) {
    for (const direction of [1, -1]) {
      for (let step = 0; step < 40; step += 1) {
        const found = await this.query(ref);
        if (found.length > 0) return found[0];
        const before = JSON.stringify((await this.items()).map((i) => [i.label, Math.round(i.y)]));
        await this.wheel(direction * 240);
        const after = JSON.stringify((await this.items()).map((i) => [i.label, Math.round(i.y)]));
        if (before === after) break; // this end of the page is reached
      }
    }
    return null;
  }

  async wheel(deltaY) {
    // The scrolling page itself ("ImTokens/page_XXXX"), not one of the cards inside it.
    const area = (await this.items()).find((i) => i.kind === 'window' && /\/page_[0-9A-F]+$/.test(i.window));
    const viewport = this.page.viewportSize();
    // The page's own margin: over a card, a card that scrolls by itself would take the wheel.
    const x = area ? area.x + 8 : 8;
    const y = area ? area.y + area.h / 2 : viewport.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.wheel(0, deltaY);
    await this.settle();
  }

  async find(ref, { timeout = 10_000, scroll = true } = {}) {
    const deadline = Date.now() + timeout;
    // A widget that is about to appear (an answer on its way) is waited for before scrolling.
    let scrollAt = Date.now() + 1000;
    for (;;) {
      const found = await this.query(ref);
      if (found.length > 0) return found[0];
      if (scroll && Date.now() >= scrollAt) {
        const scrolled = await this.scrollTo(ref);
        if (scrolled) return scrolled;
        scrollAt = Date.now() + 3000;
      }
      if (Date.now() > deadline) {
        const labels = (await this.items()).filter((i) => i.label).map((i) => i.label);
        assert.fail(`no visible widget ${describe(ref)} within ${timeout} ms; labelled widgets: ${labels.join(' | ')}`);
      }
      await this.page.waitForTimeout(POLL_MS);
    }
  }

  async waitGone(ref, { timeout = 10_000 } = {}) {
    const deadline = Date.now() + timeout;
    while (await this.has(ref)) {
      if (Date.now() > deadline) assert.fail(`widget ${describe(ref)} still shown after ${timeout} ms`);
      await this.page.waitForTimeout(POLL_MS);
    }
  }

  // Moves the mouse to (x, y) and waits until the page has seen it there and, on the component,
  // drawn a frame since (ImGui knows what is under the mouse only from the frame after the move).
  async pointTo(x, y) {
    // Chromium fires a pointermove even when the mouse is already there.
    await this.page.mouse.move(x, y);
    await this.page.waitForFunction(
      ([px, py]) => {
        const pointer = window.imtPointer;
        return (
          pointer !== null &&
          Math.abs(pointer.x - px) <= 1 &&
          Math.abs(pointer.y - py) <= 1 &&
          window.imtokens.debug.frames() > window.imtCanvasEventFrame
        );
      },
      [x, y],
      { timeout: 10_000, polling: POLL_MS },
    );
  }

  // Waits until nothing is left to draw: no request in flight, no frame scheduled, and a frame drawn
  // since the last pointer event on the component (what the mouse last did is answered on screen).
  async quiet(timeout = 15_000) {
    await this.page.waitForFunction(
      () => {
        const debug = window.imtokens.debug;
        const s = debug.state();
        return s && s.inFlight === 0 && !s.framesScheduled && debug.frames() > window.imtCanvasEventFrame;
      },
      null,
      { timeout, polling: POLL_MS },
    );
  }

  // Hover first: ImGui needs a frame with the mouse over an item before a press lands on it.
  async hover(ref) {
    const item = await this.find(ref);
    const x = item.x + item.w / 2;
    const y = item.y + item.h / 2;
    await this.pointTo(x, y);
    return { item, x, y };
  }

  async click(ref, { enabled = true, settle = true } = {}) {
    const { item } = await this.hover(ref);
    if (enabled) assert.ok(item.enabled, `widget ${describe(ref)} is disabled`);
    await this.page.mouse.down();
    await this.page.mouse.up();
    if (settle) await this.settle();
    return item;
  }

  async doubleClick(ref, { settle = true } = {}) {
    const { x, y } = await this.hover(ref);
    await this.page.mouse.dblclick(x, y);
    if (settle) await this.settle();
  }

  // Replaces a text field's content as a person would: click in, select all, type.
  async fill(ref, text) {
    await this.click(ref);
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Backspace');
    if (text) await this.page.keyboard.type(text);
    await this.settle();
  }

  // Opens a drop-down and picks an option by its text.
  async choose(ref, option) {
    await this.click(ref);
    await this.click((item) => item.text === option && item.window.includes('##Combo'));
    await this.waitGone((item) => item.window.includes('##Combo'));
  }

  async texts() {
    return (await this.items()).filter((i) => i.visible && i.text).map((i) => i.text);
  }

  async notifications() {
    return (await this.state()).notifications;
  }

  // Saves a screenshot of the settled page and returns its PNG bytes.
  async screenshot(path) {
    await this.settle();
    return this.page.screenshot({ path });
  }
}
