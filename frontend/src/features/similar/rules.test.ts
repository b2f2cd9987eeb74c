import { describe, expect, it } from 'vitest';
import { distanceParts, followOption, similarInput } from './rules';

describe('similar-ticket suggestions', () => {
  it('are asked for once a topic is chosen and the title has two characters', () => {
    expect(similarInput({ categoryId: null, title: '路灯坏了' })).toBeNull();
    expect(similarInput({ categoryId: 'c1', title: ' 路 ' })).toBeNull();
    expect(similarInput({ categoryId: 'c1', title: '' })).toBeNull();
    expect(similarInput({ categoryId: 'c1', title: ' 路灯 ', description: ' 坏了 ', address: undefined, district: '朝阳区' })).toEqual({
      categoryId: 'c1',
      title: '路灯',
      description: '坏了',
      address: '',
      district: '朝阳区',
    });
  });

  it('pass coordinates only as a pair', () => {
    expect(similarInput({ categoryId: 'c1', title: 'ab', latitude: 39.9 })).not.toHaveProperty('latitude');
    expect(similarInput({ categoryId: 'c1', title: 'ab', latitude: 39.9, longitude: 116.4 })).toMatchObject({ latitude: 39.9, longitude: 116.4 });
  });

  it('offer following to signed-in residents, signing in to visitors, and nothing to officials', () => {
    expect(followOption('RESIDENT')).toBe('follow');
    expect(followOption(null)).toBe('signIn');
    expect(followOption('AGENT')).toBe('none');
    expect(followOption('STAFF')).toBe('none');
  });

  it('give distances in metres under a kilometre', () => {
    expect(distanceParts(null)).toBeNull();
    expect(distanceParts(undefined)).toBeNull();
    expect(distanceParts(0)).toEqual({ key: 'm', value: '0' });
    expect(distanceParts(123.6)).toEqual({ key: 'm', value: '124' });
    expect(distanceParts(1549)).toEqual({ key: 'km', value: '1.5' });
  });
});
