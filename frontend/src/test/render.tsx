/**
 * Renders a piece of the app as it runs: preferences, i18n, session and a real urql client whose
 * `fetch` is a function of the test's choosing (a fake server answering by operation name).
 */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { AuthProvider } from '../features/auth/AuthProvider';
import { createSessionStore, type Session } from '../features/auth/session';
import { createGraphQLClient } from '../lib/graphql/client';
import { PreferencesProvider } from '../preferences/PreferencesProvider';
import type { Language } from '../preferences/preferences';
import '../i18n';

export type FakeAnswer = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
export type FakeServer = (operationName: string, variables: Record<string, unknown>) => FakeAnswer;

export function fakeFetch(server: FakeServer) {
  return vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    // An upload is a multipart request: the operation is its `operations` part (files are null there).
    const raw = init?.body instanceof FormData ? init.body.get('operations') : init?.body;
    const body = JSON.parse(String(raw ?? '{}')) as { operationName: string; variables?: Record<string, unknown> };
    const answer = server(body.operationName, body.variables ?? {});
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
}

function memoryKv() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

export function renderApp(
  ui: ReactElement,
  opts: { server: FakeServer; session?: Session | null; language?: Language; elderly?: boolean; route?: string },
) {
  const store = createSessionStore(memoryKv());
  if (opts.session) store.save(opts.session);
  const fetch = fakeFetch(opts.server);
  const utils = render(
    <PreferencesProvider initial={{ language: opts.language ?? 'zh-CN', elderly: opts.elderly ?? false }}>
      <AuthProvider store={store} clientFactory={() => createGraphQLClient(fetch as unknown as typeof globalThis.fetch, 'http://test/graphql')}>
        <MemoryRouter initialEntries={[opts.route ?? '/']}>{ui}</MemoryRouter>
      </AuthProvider>
    </PreferencesProvider>,
  );
  return { ...utils, fetch, store };
}
