// A plain admin page embedding the component in its content area. The page owns the theme;
// the component follows it through handle.setTheme(). A host may set window.IMTOKENS_OPTIONS
// (e.g. { auth: { token } }) before this runs; otherwise the component signs in by itself. The
// options are removed from window once read, and the handle stays in this module (on window only
// for the browser tests, which set window.IMTOKENS_TEST_HOOKS first: tests/e2e/lib/app-page.mjs).
import { mount } from './imtokens.mjs';

const root = document.documentElement;
const picker = document.getElementById('theme');
const params = new URLSearchParams(location.search);
if (['light', 'dark', 'system'].includes(params.get('theme'))) picker.value = params.get('theme');
root.dataset.theme = picker.value;

const log = document.getElementById('events');
let first = true;
const onEvent = (name, detail) => {
  const line = `${new Date().toLocaleTimeString()}  ${name}  ${JSON.stringify(detail)}`;
  log.textContent = first ? line : `${line}\n${log.textContent}`;
  first = false;
};

const hostOptions = window.IMTOKENS_OPTIONS ?? {};
delete window.IMTOKENS_OPTIONS;
const testHooks = window.IMTOKENS_TEST_HOOKS === true;
const handle = await mount(document.getElementById('tokens'), {
  baseUrl: location.origin,
  theme: picker.value,
  locale: params.get('locale') ?? navigator.language,
  onEvent,
  chrome: false, // this page has its own header, theme picker and language
  fontFamily: getComputedStyle(document.body).fontFamily, // and its own typography
  ...hostOptions,
  testHooks,
});
if (testHooks) window.imtokens = handle;
picker.addEventListener('change', () => {
  root.dataset.theme = picker.value;
  handle.setTheme(picker.value);
});
