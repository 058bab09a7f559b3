import { describe, expect, it } from 'vitest';
import { errorCode, serverMessage } from '../../graphql/errors';
import { UploadError, uploadFile } from './upload-file';

function fakeFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const impl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { calls, impl };
}

describe('uploadFile', () => {
  it('posts the file as multipart with the session’s bearer token and answers the upload’s id', async () => {
    const server = fakeFetch(201, { id: 'u-1', size: 3, sha256: 'abc' });
    const id = await uploadFile(new Blob(['abc']), '规划.docx', 'tok', server.impl);
    expect(id).toBe('u-1');
    expect(server.calls[0]?.url).toBe('/uploads');
    expect(server.calls[0]?.init.method).toBe('POST');
    expect(server.calls[0]?.init.headers).toEqual({ authorization: 'Bearer tok' });
    const form = server.calls[0]?.init.body as FormData;
    expect(form.get('file')).toBeInstanceOf(Blob);
  });

  it('turns a refusal into an error the dialog shows with the server’s explanation', async () => {
    const message = '文件超过 20 MB 的上限 / The file is larger than the 20 MB limit for uploads.';
    const server = fakeFetch(413, { code: 'BAD_USER_INPUT', reason: 'TOO_LARGE', message });
    const error = await uploadFile(new Blob(['x']), 'a.docx', 'tok', server.impl).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    const shown = (error as UploadError).asGraphQLErrors();
    expect(errorCode(shown)).toBe('BAD_USER_INPUT');
    expect(serverMessage(shown)).toBe(message);
  });
});
