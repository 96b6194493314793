import type * as v from 'valibot';
import type { DataProblem } from './data-error.js';
import { formatIssuePath } from './format-issue-path.js';

/** The values a choice's expected text lists: `("a" | "b")` gives `"a", "b"`. */
const choices = (expected: string) =>
  expected
    .replace(/^\((.*)\)$/, '$1')
    .split(' | ')
    .join(', ');

/**
 * A validation issue in words a course author acts on. The path (formatIssuePath) says where; this says what the
 * field needs and what was found there: "required, but missing" rather than the validator's
 * `Invalid key: Expected "title" but received undefined`. Messages the schemas write themselves are kept.
 */
export function issueMessage(issue: v.BaseIssue<unknown>): string {
  const { message, type, expected, received } = issue;
  if (!/^Invalid \w+: Expected .* but received .*$/s.test(message)) return message;
  const object = type === 'object' || type === 'strict_object' || type === 'loose_object';
  if (object && expected === 'never') return 'not a field here: check its spelling';
  if (object && received === 'undefined') return 'required, but missing';
  if (!expected) return message;
  if (type === 'picklist' || type === 'variant' || type === 'union' || type === 'literal')
    return `must be one of ${choices(expected)}; found ${received}`;
  return `expected ${expected}, found ${received}`;
}

/** A validation issue as a data problem: where (its JSON path) and what, in an author's words. */
export const issueProblem = (issue: v.BaseIssue<unknown>): DataProblem => ({
  path: formatIssuePath(issue),
  message: issueMessage(issue),
});
