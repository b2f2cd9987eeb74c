import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * The GraphQL client. The server takes POST only (JSON), so queries are never sent as GET.
 * `fetchImpl` adds the session (see features/auth/authFetch.ts).
 */
export function createGraphQLClient(fetchImpl: typeof fetch, url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    fetch: fetchImpl,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
  });
}
