/**
 * File uploads (the GraphQL multipart request spec). urql's fetchExchange sends a request as
 * `multipart/form-data` by itself when its variables hold a File or Blob; the server then also
 * requires the `Apollo-Require-Preflight` header (a header no cross-site form can send), which
 * this wrapper adds to multipart requests only. Plain JSON requests are left as they are.
 */
export const PREFLIGHT_HEADER = 'Apollo-Require-Preflight';

/** True when a request body is a multipart upload. */
export function isMultipartBody(body: unknown): boolean {
  return typeof FormData !== 'undefined' && body instanceof FormData;
}

/** `fetch`, adding the preflight header to multipart (upload) requests. */
export function withUploadPreflight(fetchImpl: typeof fetch): typeof fetch {
  return (input: RequestInfo | URL, init?: RequestInit) => {
    if (!isMultipartBody(init?.body)) return fetchImpl(input, init);
    const headers = new Headers(init?.headers);
    headers.set(PREFLIGHT_HEADER, 'true');
    // The browser sets the multipart boundary itself; a JSON content type must not remain.
    headers.delete('Content-Type');
    return fetchImpl(input, { ...init, headers });
  };
}
