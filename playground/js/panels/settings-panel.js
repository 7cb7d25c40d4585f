// Connection: base URL and API key (fed into the samples), the account, and whether a runner served the page.
import { $, debounce } from '../dom.js';

export function initSettingsPanel(store) {
  const fields = { base_url: $('base-url'), account: $('account'), api_key: $('api-key') };
  const s = store.get();
  for (const [key, input] of Object.entries(fields)) {
    input.value = s[key] || '';
    input.addEventListener('input', debounce(() => {
      store.set({ [key]: input.value });
      if (key === 'api_key') sessionStorage.setItem('hookwork.api_key', input.value);
    }, 80));
  }
  $('runner-note').textContent = s.runner
    ? `Served by a Hookwork runner at ${location.origin}: "Run" and the console call it.`
    : 'Static page: the core runs in your browser; "Run" and the console need the page served by hookwork serve.';
}
