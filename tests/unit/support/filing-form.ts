/** A form with a text field and a file input, like a court filing, attached to the test's document. */
export function filingForm(): { form: HTMLFormElement; field: HTMLTextAreaElement; input: HTMLInputElement } {
  const form = document.createElement('form');
  const field = document.createElement('textarea');
  const input = document.createElement('input');
  input.type = 'file';
  form.append(field, input);
  document.body.append(form);
  return { form, field, input };
}
