// The standalone page: the component filling the window, on Strapi's own origin.
//   ?theme=light|dark|system  ?locale=en|fr
// A host (or a test) may set window.IMTOKENS_OPTIONS before this runs, e.g. { auth: { token } };
// without it the component shows its sign-in form. Credentials never go into the URL, and the
// options are removed from window once read (the component takes the token out of them).
// The handle stays in this module: only the browser tests, which set window.IMTOKENS_TEST_HOOKS
// before the page's scripts run (tests/e2e/lib/app-page.mjs), get it on window, with its debug hooks.
import { mount } from './imtokens.mjs';

const params = new URLSearchParams(location.search);
const theme = ['light', 'dark', 'system'].includes(params.get('theme')) ? params.get('theme') : 'system';
if (theme !== 'system') document.documentElement.classList.add(theme);
const status = document.getElementById('status');
const hostOptions = window.IMTOKENS_OPTIONS ?? {};
delete window.IMTOKENS_OPTIONS;
const testHooks = window.IMTOKENS_TEST_HOOKS === true;
try {
  const handle = await mount(document.getElementById('app'), {
    baseUrl: location.origin,
    theme,
    locale: params.get('locale') ?? navigator.language,
    ...hostOptions,
    testHooks,
  });
  if (testHooks) window.imtokens = handle;
  status.remove();
} catch (error) {
  status.textContent = `ImTokens could not start: ${error.message}`;
  throw error;
}
