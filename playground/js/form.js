// A form built from an operation's parameters: one labelled control per parameter with its type,
// required mark, description and example; each control has an error slot the core's field errors
// fill (field-errors.js).
import { h } from './dom.js';

export function buildForm(form, params, texts, { eventNames = [], onInput }) {
  form.replaceChildren();
  const names = new Set(eventNames);
  if (eventNames.length) form.append(h('datalist', { id: 'event-names' }, eventNames.map((n) => h('option', { value: n }))));
  for (const param of params) form.append(field(param, texts[param.name] ?? '', names.size > 0));
  form.oninput = () => onInput(readTexts(form, params));
  form.onchange = form.oninput;
  form.onsubmit = (e) => e.preventDefault();
}

export function readTexts(form, params) {
  const texts = {};
  for (const param of params) {
    const control = form.elements.namedItem(param.name);
    if (control && control.value !== '') texts[param.name] = control.value;
  }
  return texts;
}

function field(param, text, haveEvents) {
  const id = `param-${param.name}`;
  const hintId = `${id}-hint`;
  const errId = `${id}-error`;
  const attrs = { id, name: param.name, 'aria-describedby': `${hintId} ${errId}`, required: param.required || undefined };
  const placeholder = param.example === undefined ? undefined
    : (typeof param.example === 'object' ? JSON.stringify(param.example) : String(param.example));
  let control;
  if (param.enum && param.enum.length) {
    control = h('select', attrs, h('option', { value: '' }, param.required ? '— choose —' : '(not set)'),
      param.enum.map((v) => h('option', { value: String(v) }, String(v))));
  } else if (param.type === 'boolean') {
    control = h('select', attrs, h('option', { value: '' }, '(not set)'),
      h('option', { value: 'true' }, 'true'), h('option', { value: 'false' }, 'false'));
  } else if (param.type === 'object' || param.type === 'array') {
    control = h('textarea', { ...attrs, rows: 3, spellcheck: 'false', placeholder });
  } else {
    control = h('input', {
      ...attrs,
      type: param.type === 'integer' || param.type === 'number' ? 'number' : 'text',
      placeholder, spellcheck: 'false', autocomplete: 'off',
      list: param.name === 'event' && haveEvents ? 'event-names' : undefined,
    });
  }
  control.value = text;
  return h('div', { class: 'field', dataset: { field: param.name } },
    h('label', { for: id }, param.name, param.required ? h('span', { class: 'req', 'aria-label': 'required' }, ' *') : null,
      h('span', { class: 'meta' }, ` ${param.type} · ${param.in}`)),
    control,
    h('p', { class: 'hint', id: hintId }, param.description, placeholder ? ` Example: ${placeholder}` : ''),
    h('p', { class: 'field-error', id: errId }));
}
