/** The template form's observable surface, shared by the form code and the end-to-end tests. */
export const TEMPLATE_UI = {
  /** `form[role=dialog][data-lg-template-form]`; the template picker is `select[name=template]`. */
  formAttr: 'data-lg-template-form',
  pickerName: 'template',
  /** One input per placeholder: `input[data-placeholder=KEY]` (KEY as `placeholderKey` normalizes it). */
  placeholderAttr: 'data-placeholder',
  /** Buttons carry `data-action`: insert-template | cancel. */
  insert: 'insert-template',
  cancel: 'cancel',
} as const;
