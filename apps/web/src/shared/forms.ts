import { issueText } from '@kepu/domain';
import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { ApiError } from './api/client.js';
import { currentLanguage } from './i18n.js';

/**
 * Puts messages on the form fields they name. A dotted path lands on the deepest field the form has
 * (`target.filters.region` on the `target.filters` control, `recipients.1` on `recipients`), so forms
 * whose values mirror a nested body get their errors where the user can act on them.
 * True when every message found a field.
 */
export function showFieldErrors(form: FormInstance, errors: Record<string, string[]>): boolean {
  const registered = new Set(form.getFieldsError().map(({ name }) => name.join('.')));
  const byField = new Map<string, { name: string[]; errors: string[] }>();
  let placedAll = true;
  for (const [path, messages] of Object.entries(errors)) {
    const parts = path.split('.');
    const depth = parts.findLastIndex((_, index) => registered.has(parts.slice(0, index + 1).join('.'))) + 1;
    if (depth === 0) {
      placedAll = false;
      continue;
    }
    const name = parts.slice(0, depth);
    const entry = byField.get(name.join('.')) ?? { name, errors: [] };
    entry.errors.push(...messages);
    byField.set(name.join('.'), entry);
  }
  form.setFields([...byField.values()]);
  return placedAll;
}

/** Checks values with a domain schema, the one the API checks them with; issues land on their fields, in the console's language. */
export function validate<T extends z.ZodType>(form: FormInstance, schema: T, values: unknown): z.infer<T> | null {
  const checked = schema.safeParse(values, { reportInput: true });
  if (checked.success) return checked.data;
  const language = currentLanguage();
  const errors: Record<string, string[]> = {};
  for (const issue of checked.error.issues) (errors[issue.path.map(String).join('.')] ??= []).push(issueText(issue)[language]);
  showFieldErrors(form, errors);
  return null;
}

/** A failed request's field errors onto the form; true when there were any and each found its field. */
export function showServerErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return false;
  return showFieldErrors(form, error.fieldErrors());
}
