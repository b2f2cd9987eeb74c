import { describe, expect, it } from 'vitest';
import type { TicketAction } from '../../gql/graphql';
import { ACTION_SPECS, offeredActions } from './actionSpecs';

describe('offeredActions', () => {
  it('offers only what the server lists, never FILE or AUTO_CLOSE', () => {
    const available: TicketAction[] = ['ACCEPT', 'RETURN', 'INTERNAL_NOTE', 'FILE', 'AUTO_CLOSE'];
    expect(offeredActions(available).map((s) => s.action)).toEqual(['ACCEPT', 'RETURN', 'INTERNAL_NOTE']);
  });

  it('offers nothing when nothing is available', () => {
    expect(offeredActions([])).toEqual([]);
  });

  it('asks for a reason wherever the lifecycle requires one', () => {
    const needsReason: TicketAction[] = ['RETURN', 'REOPEN', 'REFUSE', 'SUPERVISE', 'REQUEST_EXTENSION'];
    for (const a of needsReason) {
      const spec = ACTION_SPECS.find((s) => s.action === a);
      expect(spec?.fields.find((f) => f.name === 'reason')?.required, a).toBe(true);
    }
    expect(ACTION_SPECS.find((s) => s.action === 'REQUEST_EXTENSION')?.fields.map((f) => f.name)).toEqual(['reason', 'requestedDue']);
  });
});
