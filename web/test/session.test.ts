import { describe, expect, it } from 'vitest';
import { providerLoginUrl, readCookie } from '../src/api/session';
import { safeRedirect } from '../src/model/redirect';

describe('readCookie', () => {
  it('finds the CSRF cookie among others', () => {
    expect(readCookie('a=1; codebot_csrf=abc%3D; b=2', 'codebot_csrf')).toBe('abc=');
    expect(readCookie('codebot_csrf_old=x', 'codebot_csrf')).toBeUndefined();
    expect(readCookie('', 'codebot_csrf')).toBeUndefined();
  });
});

describe('providerLoginUrl', () => {
  const github = { id: 'github', name: 'GitHub', loginUrl: '/auth/login?provider=github' };
  it('adds where to come back to', () => {
    expect(providerLoginUrl(github, '/integrations/x')).toBe('/auth/login?provider=github&redirect=%2Fintegrations%2Fx');
    expect(providerLoginUrl(github, '/')).toBe('/auth/login?provider=github');
    expect(providerLoginUrl({ ...github, loginUrl: '/auth/login' }, '/admin')).toBe('/auth/login?redirect=%2Fadmin');
  });
});

describe('safeRedirect', () => {
  it('keeps paths on this site and refuses the rest', () => {
    expect(safeRedirect('/integrations/1?x=2')).toBe('/integrations/1?x=2');
    expect(safeRedirect('//evil.example')).toBe('/');
    expect(safeRedirect('/\\evil.example')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect('/sign-in?redirect=/x')).toBe('/');
    expect(safeRedirect(null)).toBe('/');
  });
});
