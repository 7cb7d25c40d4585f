// Puts core errors {field, code, message} next to the form control they belong to. A field is a
// JSON path ("url", "headers[2].name", "basic_auth.username"): its first segment names the
// control; the rest of the path is shown with the message. Errors with no control go to `general`.
export function showFieldErrors(form, general, errors) {
  for (const slot of form.querySelectorAll('.field-error')) slot.textContent = '';
  for (const f of form.querySelectorAll('.field')) f.classList.remove('invalid');
  for (const c of form.querySelectorAll('[aria-invalid]')) c.removeAttribute('aria-invalid');
  const left = [];
  for (const err of errors) {
    const name = String(err.field || '').split(/[.[]/)[0];
    const box = name && form.querySelector(`.field[data-field="${CSS.escape(name)}"]`);
    if (!box) { left.push(err); continue; }
    box.classList.add('invalid');
    box.querySelector('input, select, textarea').setAttribute('aria-invalid', 'true');
    const slot = box.querySelector('.field-error');
    const line = `${err.field !== name ? `${err.field}: ` : ''}${err.message} (${err.code})`;
    slot.textContent = slot.textContent ? `${slot.textContent}\n${line}` : line;
  }
  general.textContent = left.map((e) => `${e.field ? `${e.field}: ` : ''}${e.message} (${e.code})`).join('\n');
}
