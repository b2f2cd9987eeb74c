import { describe, expect, it } from 'vitest';
import { mayMerge, percent, seesDuplicates } from '../duplicates/rules';
import { isRepeated, periodInstants, summarise } from './shape';

describe('repeat matters', () => {
  it('ask for whole city days (Asia/Shanghai)', () => {
    expect(periodInstants({ from: '2026-11-01', to: '2026-12-01' })).toEqual({
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
    });
  });

  it('mark a matter handled more than once only above one', () => {
    expect(isRepeated({ handledSeparately: 1 })).toBe(false);
    expect(isRepeated({ handledSeparately: 2 })).toBe(true);
    expect(
      summarise([
        { size: 3, handledSeparately: 3 },
        { size: 2, handledSeparately: 1 },
      ]),
    ).toEqual({ matters: 2, repeated: 1, tickets: 5 });
  });
});

describe('possible duplicates', () => {
  it('are shown to agents and supervisors; only agents with MERGE available may merge', () => {
    expect(seesDuplicates('AGENT')).toBe(true);
    expect(seesDuplicates('SUPERVISOR')).toBe(true);
    expect(seesDuplicates('STAFF')).toBe(false);
    expect(seesDuplicates('RESIDENT')).toBe(false);
    expect(seesDuplicates(null)).toBe(false);
    expect(mayMerge('AGENT', ['DISPATCH', 'MERGE'])).toBe(true);
    expect(mayMerge('AGENT', ['DISPATCH'])).toBe(false);
    expect(mayMerge('SUPERVISOR', ['MERGE', 'SUPERVISE'])).toBe(false);
    expect(percent(0.876)).toBe(88);
    expect(percent(1.2)).toBe(100);
  });
});
