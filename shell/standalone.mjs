// The standalone page: the component filling the window, on Strapi's own origin.
//   ?theme=light|dark|system  ?locale=en|fr
// A host (or a test) may set window.IMTOKENS_OPTIONS before this runs, e.g. { auth: { token } };
// without it the component shows its sign-in form. Credentials never go into the URL.
import { mount } from './imtokens.mjs';

const params = new URLSearchParams(location.search);
const theme = ['light', 'dark', 'system'].includes(params.get('theme')) ? params.get('theme') : 'system';
if (theme !== 'system') document.documentElement.classList.add(theme);
const status = document.getElementById('status');
try {
  window.imtokens = await mount(document.getElementById('app'), {
    baseUrl: location.origin,
    theme,
    locale: params.get('locale') ?? navigator.language,
    ...(window.IMTOKENS_OPTIONS ?? {}),
  });
  status.remove();
} catch (error) {
  status.textContent = `ImTokens could not start: ${error.message}`;
  throw error;
}
