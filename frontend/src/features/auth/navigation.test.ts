import { describe, expect, it } from 'vitest';
import { homeFor, navFor, safeNext } from './navigation';

describe('navigation', () => {
  it('depends on the role', () => {
    expect(navFor(null).map((n) => n.path)).toEqual(['/', '/file', '/track', '/transparency']);
    expect(navFor('RESIDENT').map((n) => n.path)).toEqual(['/', '/file', '/track', '/my', '/following', '/transparency']);
    expect(navFor('STAFF').map((n) => n.path)).toEqual(['/', '/queue', '/search', '/supervision', '/transparency']);
    expect(navFor('AGENT').map((n) => n.path)).toEqual(['/', '/inbox', '/intake', '/queue', '/search', '/supervision', '/transparency']);
    expect(navFor('SUPERVISOR').map((n) => n.path)).toEqual(['/', '/oversight', '/inbox', '/queue', '/search', '/supervision', '/audit', '/repeat-matters', '/transparency']);
    expect(navFor('ADMIN').map((n) => n.path)).toEqual(['/', '/admin', '/transparency']);
  });

  it('lands each role on its own work', () => {
    expect(homeFor('RESIDENT')).toBe('/my');
    expect(homeFor('STAFF')).toBe('/queue');
    expect(homeFor('AGENT')).toBe('/inbox');
    expect(homeFor('SUPERVISOR')).toBe('/oversight');
    expect(homeFor('ADMIN')).toBe('/admin');
  });

  it('follows a next link only within the site', () => {
    expect(safeNext('/tickets/1')).toBe('/tickets/1');
    expect(safeNext('//evil.example')).toBeNull();
    expect(safeNext('https://evil.example')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});
