// Accessible tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs.
import { h } from './dom.js';

export function renderTabs(container, items, selectedId, onSelect, { controls, label }) {
  const tabs = items.map((item) => h('button', {
    type: 'button', role: 'tab', id: `tab-${item.id}`, 'aria-controls': controls,
    'aria-selected': String(item.id === selectedId), tabindex: item.id === selectedId ? '0' : '-1',
    dataset: { target: item.id }, onclick: () => onSelect(item.id),
  }, item.label));
  const list = h('div', { role: 'tablist', 'aria-label': label }, tabs);
  list.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(document.activeElement);
    if (i < 0) return;
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length];
    tab.focus();
    onSelect(tab.dataset.target);
  });
  container.replaceChildren(list);
}

export function selectTab(container, id) {
  for (const tab of container.querySelectorAll('[role=tab]')) {
    const on = tab.dataset.target === id;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
  }
}
