import { vValidator } from '@hono/valibot-validator';
import type { ValidationTargets } from 'hono';
import type { GenericSchema } from 'valibot';
import { getDotPath } from 'valibot';
import { errorBody, type FieldIssue } from './errors.ts';

/**
 * valibot validation with KPSS's 400 body: every invalid field named with its path and message.
 * The raw input is never echoed back, since it may carry personal data.
 */
export const validate = <Target extends keyof ValidationTargets, Schema extends GenericSchema>(target: Target, schema: Schema) =>
  vValidator(target, schema, (result, c) => {
    if (result.success) return;
    const issues: FieldIssue[] = result.issues.map((issue) => ({
      field: [target, getDotPath(issue)].filter(Boolean).join('.'),
      message: issue.message,
    }));
    return c.json(errorBody('validation_failed', 'The request has invalid fields', issues), 400);
  });
