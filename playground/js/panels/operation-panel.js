// Operation picker → a form of the operation's parameters, validated live by the core:
// validate.hook for the hook a create/update sends, validate.url for a lone URL field.
import { $, h, debounce } from '../dom.js';
import { call, listOf, valueOr } from '../core.js';
import { normalizeOperation, typedValues, bodyFromValues } from '../operations.js';
import { buildForm } from '../form.js';
import { showFieldErrors } from '../field-errors.js';

// The account comes from the Connection panel, not from each form.
const SHARED_PARAMS = new Set(['account']);

export function loadOperations() {
  return listOf(valueOr(call('samples.operations', {}), []), 'operations').map(normalizeOperation);
}

export function initOperationPanel(store, { operations, eventNames }) {
  const picker = $('operation-picker');
  const form = $('operation-form');
  const general = $('operation-errors');
  const byName = new Map(operations.map((op) => [op.name, op]));
  const groups = [['function', 'Function surface (/webservice)'], ['rest', 'REST (/v1)']];
  picker.replaceChildren(...groups.map(([surface, label]) => h('optgroup', { label },
    operations.filter((op) => op.surface === surface)
      .map((op) => h('option', { value: op.name }, `${op.name} — ${op.method} ${op.path}`)))));
  if (!operations.length) general.textContent = 'The core has no operation list (samples.operations is missing).';

  const formParams = (op) => op.params.filter((p) => !SHARED_PARAMS.has(p.name));

  const validate = debounce(() => {
    const { op: name, params: texts = {}, account } = store.get();
    const op = byName.get(name);
    if (!op) return;
    const { values, errors } = typedValues(op, texts);
    if (op.params.some((p) => p.name === 'account')) values.account = account;
    let hook = null;
    if (op.writesHook) {
      hook = bodyFromValues(op, values);
      const r = call('validate.hook', { hook });
      // The facade names fields inside its input ("hook.url"); the form's controls are the hook's fields.
      const inHook = r.ok ? [] : r.errors.map((e) => ({ ...e, field: e.field.replace(/^hook\.?/, '') }));
      errors.push(...inHook.filter((e) => !errors.some((x) => x.field === e.field)));
    } else if (typeof values.url === 'string') {
      const r = call('validate.url', { url: values.url });
      if (!r.ok) errors.push(...r.errors.map((e) => ({ ...e, field: e.field && e.field !== 'url' ? `url.${e.field}` : 'url' })));
    }
    showFieldErrors(form, general, errors);
    form.dataset.valid = errors.length ? 'false' : 'true';
    store.set({ values, hook, formErrors: errors });
  }, 60);

  const show = (name) => {
    const op = byName.get(name) || operations[0];
    if (!op) return;
    picker.value = op.name;
    $('operation-summary').textContent = `${op.method} ${op.path} — ${op.summary}`;
    const texts = store.get().op === op.name ? store.get().params || {} : {};
    buildForm(form, formParams(op), texts, {
      eventNames,
      onInput: (t) => { store.set({ params: t }); validate(); },
    });
    store.set({ op: op.name, params: texts });
    validate();
  };

  picker.addEventListener('change', () => show(picker.value));
  store.subscribe((_, patch) => { if ('account' in patch) validate(); });
  const initial = store.get().op;
  show(byName.has(initial) ? initial : (byName.has('CreateWebHook') ? 'CreateWebHook' : operations[0]?.name));
  return { byName };
}
