import { describe, expect, it, vi } from 'vitest';
import { createGraphQLClient } from './client';
import { PREFLIGHT_HEADER, withUploadPreflight } from './multipart';

// Plain strings, not graphql() documents: these operations are not in the schema.
const Upload = 'mutation Upload($files: [Upload!]) { upload(files: $files) }';
const Ping = 'query Ping { ping }';

function recordingFetch() {
  return vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
    new Response(JSON.stringify({ data: { upload: true, ping: true } }), { status: 200, headers: { 'Content-Type': 'application/json' } }),
  );
}

describe('uploads', () => {
  it('go as a multipart request with the preflight header the server requires', async () => {
    const fetch = recordingFetch();
    const client = createGraphQLClient(fetch as unknown as typeof globalThis.fetch, 'http://test/graphql');
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'photo.png', { type: 'image/png' });
    await client.mutation(Upload, { files: [file] }).toPromise();
    const init = fetch.mock.calls[0][1]!;
    expect(init.body).toBeInstanceOf(FormData);
    const body = init.body as FormData;
    const operations = JSON.parse(String(body.get('operations'))) as { variables: { files: unknown[] } };
    expect(operations.variables.files).toEqual([null]);
    expect(JSON.parse(String(body.get('map')))).toEqual({ 0: ['variables.files.0'] });
    expect((body.get('0') as File).name).toBe('photo.png');
    const headers = new Headers(init.headers);
    expect(headers.get(PREFLIGHT_HEADER)).toBe('true');
    // The browser writes the multipart content type with its boundary.
    expect(headers.get('content-type')).toBeNull();
  });

  it('leave plain JSON requests as they were, without the header', async () => {
    const fetch = recordingFetch();
    const client = createGraphQLClient(fetch as unknown as typeof globalThis.fetch, 'http://test/graphql');
    await client.query(Ping, {}).toPromise();
    const init = fetch.mock.calls[0][1]!;
    expect(typeof init.body).toBe('string');
    const headers = new Headers(init.headers);
    expect(headers.get(PREFLIGHT_HEADER)).toBeNull();
    expect(headers.get('content-type')).toBe('application/json');
  });

  it('keep headers set before (the session’s bearer token)', async () => {
    const inner = recordingFetch();
    const form = new FormData();
    form.append('operations', '{}');
    await withUploadPreflight(inner as unknown as typeof fetch)('/graphql', { method: 'POST', body: form, headers: { Authorization: 'Bearer t' } });
    const headers = new Headers(inner.mock.calls[0][1]!.headers);
    expect(headers.get('authorization')).toBe('Bearer t');
    expect(headers.get(PREFLIGHT_HEADER)).toBe('true');
  });
});
