import { vValidator } from '@hono/valibot-validator';
import type { ValidationTargets } from 'hono';
import type { BaseIssue, GenericSchema } from 'valibot';
import { errorBody, type FieldIssue } from './errors.ts';

/** `json.openingHours[2].closes`: object keys dotted, list positions in brackets, as a JavaScript path reads. */
export function issueField(target: string, issue: BaseIssue<unknown>): string {
  let field = target;
  for (const item of issue.path ?? []) {
    field += typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`;
  }
  return field;
}

/**
 * valibot validation with KPSS's 400 body: every invalid field named with its path and message.
 * The raw input is never echoed back, since it may carry personal data.
 */
export const validate = <Target extends keyof ValidationTargets, Schema extends GenericSchema>(target: Target, schema: Schema) =>
  vValidator(target, schema, (result, c) => {
    if (result.success) return;
    const issues: FieldIssue[] = result.issues.map((issue) => ({
      field: issueField(target, issue),
      message: issue.message,
    }));
    return c.json(errorBody('validation_failed', 'The request has invalid fields', issues), 400);
  });
