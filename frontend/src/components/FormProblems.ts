import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { placeProblems, ruleKey, type ApiProblem } from '../lib/errors';

/** The words under a field for a BAD_USER_INPUT: the rule in the user's language when known. */
export function fieldErrorText(p: ApiProblem, t: TFunction): string {
  const rule = ruleKey(p);
  if (rule) return t(rule.key, rule.values);
  return `${t('errors.code.BAD_USER_INPUT')} ${t('errors.detail', { message: p.message })}`;
}

/**
 * Puts the API's problems on an antd form: field errors next to their fields, the rest returned
 * for the alert above the form. Focuses the first field with an error.
 */
export function showProblemsOnForm(
  form: FormInstance,
  problems: ApiProblem[],
  t: TFunction,
  aliases: Readonly<Record<string, string>> = {},
): ApiProblem[] {
  const fields = Object.keys(form.getFieldsValue(true) as Record<string, unknown>);
  const registered = new Set(fields);
  // Fields that exist on the form but have no value yet are still targets.
  for (const name of form.getFieldsError().map((e) => e.name.join('.'))) registered.add(name);
  const { byField, general } = placeProblems(problems, [...registered], aliases);
  const entries = Object.entries(byField);
  if (entries.length > 0) {
    form.setFields(entries.map(([name, list]) => ({ name: name.split('.'), errors: list.map((p) => fieldErrorText(p, t)) })));
    form.scrollToField(entries[0][0].split('.'), { block: 'center', focus: true });
  }
  return general;
}

/**
 * For a form's `onValuesChange`: an error the server gave a field goes away once the person
 * changes that field (antd keeps errors set by `setFields` until the field is validated again).
 */
export function clearErrorsOnChange(form: FormInstance) {
  return (changed: Record<string, unknown>) => {
    const names = Object.keys(changed).filter((n) => form.getFieldError(n).length > 0);
    if (names.length > 0) form.setFields(names.map((n) => ({ name: n, errors: [] })));
  };
}
