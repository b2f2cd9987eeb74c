import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { withUploadPreflight } from './multipart';

export interface LiveOptions {
  /** `ws://…/graphql/ws`; by default the page's own origin. */
  url?: string;
  /**
   * The `connection_init` payload, asked for at every (re)connection so that it carries a
   * current access token: `{ authorization: 'Bearer …' }`, or `{}` for nobody.
   */
  connectionParams: () => Promise<Record<string, unknown>>;
}

/** The gateway's subscription endpoint (graphql-ws) on the page's own origin. */
export function defaultWsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql/ws`;
}

/**
 * The WebSocket client for live updates (SPEC §7). Lazy: it connects when the first subscription
 * starts and closes a moment after the last one ends. It reconnects after a network drop, asking
 * for a fresh token each time.
 */
export function createLiveClient(opts: LiveOptions): WsClient {
  return createWsClient({
    url: opts.url ?? defaultWsUrl(),
    lazy: true,
    lazyCloseTimeout: 3_000,
    retryAttempts: 20,
    connectionParams: opts.connectionParams,
  });
}

/**
 * The GraphQL client. The server takes POST only (JSON), so queries are never sent as GET.
 * `fetchImpl` adds the session (see features/auth/authFetch.ts). With `live`, subscriptions go
 * over graphql-ws at `/graphql/ws`.
 */
export function createGraphQLClient(fetchImpl: typeof fetch, url = '/graphql', live?: WsClient): Client {
  const exchanges = [cacheExchange, fetchExchange];
  if (live) {
    exchanges.push(
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const unsubscribe = live.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    );
  }
  return new Client({
    url,
    exchanges,
    // File uploads go as multipart requests, which need the server's preflight header.
    fetch: withUploadPreflight(fetchImpl),
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
  });
}
