import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { ApiError } from './api.js';

/** Puts messages on the form fields they name. */
export function showFieldErrors(form: FormInstance, errors: Record<string, string[]>) {
  form.setFields(Object.entries(errors).map(([name, messages]) => ({ name, errors: messages })));
}

/** Checks values with a domain schema, the one the API checks them with; issues land on their fields. */
export function validate<T extends z.ZodType>(form: FormInstance, schema: T, values: unknown): z.infer<T> | null {
  const checked = schema.safeParse(values);
  if (checked.success) return checked.data;
  const errors: Record<string, string[]> = {};
  for (const issue of checked.error.issues) (errors[String(issue.path[0] ?? '')] ??= []).push(issue.message);
  showFieldErrors(form, errors);
  return null;
}

/** A failed request's field errors onto the form; true when there were any. */
export function showServerErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return false;
  showFieldErrors(form, error.fieldErrors());
  return true;
}
