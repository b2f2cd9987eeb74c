import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { FILING_FIELD_ALIASES } from '../features/filing/fieldAliases';
import { errorCodeKey, placeProblems, problemOf, problemsOf, ruleKey } from './errors';

const gqlError = (message: string, extensions: Record<string, unknown>) => ({ message, extensions });

describe('problemOf', () => {
  it('reads the code and the field of a BAD_USER_INPUT', () => {
    expect(problemOf(gqlError('must not be empty', { code: 'BAD_USER_INPUT', field: 'title' }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'must not be empty',
      field: 'title',
    });
  });

  it('keeps every code of the fixed set and calls anything else UNKNOWN', () => {
    for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_TRANSITION', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL']) {
      expect(problemOf(gqlError('x', { code })).code).toBe(code);
    }
    expect(problemOf(gqlError('x', { code: 'TEAPOT' })).code).toBe('UNKNOWN');
    expect(problemOf({ message: 'x' }).code).toBe('UNKNOWN');
  });
});

describe('problemsOf', () => {
  it('turns a request that never got an answer into NETWORK', () => {
    const err = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(problemsOf(err)).toEqual([{ code: 'NETWORK', message: 'Failed to fetch' }]);
  });

  it('lists every GraphQL error', () => {
    const err = new CombinedError({
      graphQLErrors: [gqlError('taken', { code: 'CONFLICT' }), gqlError('bad', { code: 'BAD_USER_INPUT', field: 'reason' })],
    });
    expect(problemsOf(err).map((p) => p.code)).toEqual(['CONFLICT', 'BAD_USER_INPUT']);
  });

  it('is empty without an error', () => {
    expect(problemsOf(undefined)).toEqual([]);
  });
});

describe('placeProblems', () => {
  const filingFields = ['kind', 'title', 'description', 'address', 'contactName', 'contactEmail', 'contactPhone'];

  it('puts a BAD_USER_INPUT next to the field it names', () => {
    const placed = placeProblems([{ code: 'BAD_USER_INPUT', field: 'title', message: 'must not be empty' }], filingFields);
    expect(placed.byField).toEqual({ title: [{ code: 'BAD_USER_INPUT', field: 'title', message: 'must not be empty' }] });
    expect(placed.general).toEqual([]);
  });

  it('maps the domain names the server uses to the form fields', () => {
    const placed = placeProblems(
      [
        { code: 'BAD_USER_INPUT', field: 'email', message: 'must contain one @' },
        { code: 'BAD_USER_INPUT', field: 'phone', message: 'must have 5 to 15 digits' },
        { code: 'BAD_USER_INPUT', field: 'name', message: 'must not be empty' },
      ],
      filingFields,
      FILING_FIELD_ALIASES,
    );
    expect(Object.keys(placed.byField).sort()).toEqual(['contactEmail', 'contactName', 'contactPhone']);
  });

  it('accepts a dotted path such as input.title', () => {
    const placed = placeProblems([{ code: 'BAD_USER_INPUT', field: 'input.title', message: 'x' }], filingFields);
    expect(Object.keys(placed.byField)).toEqual(['title']);
  });

  it('sends a field that is not on the form, and every other code, to the alert', () => {
    const placed = placeProblems(
      [
        { code: 'BAD_USER_INPUT', field: 'idempotencyKey', message: 'too long' },
        { code: 'CONFLICT', message: 'changed' },
        { code: 'FORBIDDEN', field: 'title', message: 'no' },
      ],
      filingFields,
    );
    expect(placed.byField).toEqual({});
    expect(placed.general.map((p) => p.code)).toEqual(['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN']);
  });
});

describe('ruleKey', () => {
  it('translates the common validation rules', () => {
    expect(ruleKey({ message: 'must not be empty', field: 'title' })).toEqual({ key: 'errors.rule.empty' });
    expect(ruleKey({ message: 'must be at most 120 characters (got 130)', field: 'title' })).toEqual({
      key: 'errors.rule.tooLong',
      values: { max: '120' },
    });
    expect(ruleKey({ message: 'must be at least 10 characters', field: 'password' })).toEqual({
      key: 'errors.rule.tooShort',
      values: { min: '10' },
    });
    expect(ruleKey({ message: 'must have a domain like example.org', field: 'email' })?.key).toBe('errors.rule.email');
    expect(ruleKey({ message: 'must have 5 to 15 digits', field: 'phone' })?.key).toBe('errors.rule.phone');
  });

  it('leaves an unknown rule to be shown in the server’s words', () => {
    expect(ruleKey({ message: 'give both latitude and longitude, or neither', field: 'latitude' })).toBeUndefined();
  });

  it('names the i18n key of each code', () => {
    expect(errorCodeKey('CONFLICT')).toBe('errors.code.CONFLICT');
  });
});
