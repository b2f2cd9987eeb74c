import { describe, expect, it } from 'vitest';
import { homeFor, navFor, safeNext } from './navigation';

describe('navigation', () => {
  it('depends on the role', () => {
    expect(navFor(null).map((n) => n.path)).toEqual(['/', '/file', '/track']);
    expect(navFor('RESIDENT').map((n) => n.path)).toEqual(['/', '/file', '/track', '/my']);
    expect(navFor('STAFF').map((n) => n.path)).toEqual(['/', '/queue', '/search']);
    expect(navFor('AGENT').map((n) => n.path)).toEqual(['/', '/inbox', '/intake', '/queue', '/search']);
    expect(navFor('SUPERVISOR').map((n) => n.path)).toEqual(['/', '/inbox', '/queue', '/search']);
    expect(navFor('ADMIN').map((n) => n.path)).toEqual(['/', '/admin']);
  });

  it('lands each role on its own work', () => {
    expect(homeFor('RESIDENT')).toBe('/my');
    expect(homeFor('STAFF')).toBe('/queue');
    expect(homeFor('AGENT')).toBe('/inbox');
    expect(homeFor('SUPERVISOR')).toBe('/search');
    expect(homeFor('ADMIN')).toBe('/admin');
  });

  it('follows a next link only within the site', () => {
    expect(safeNext('/tickets/1')).toBe('/tickets/1');
    expect(safeNext('//evil.example')).toBeNull();
    expect(safeNext('https://evil.example')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});
