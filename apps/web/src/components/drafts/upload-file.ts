export const MAX_DOCX_BYTES = 20 * 1024 * 1024;

/** A refusal from POST /uploads, whose JSON is shaped like one GraphQL error: `{ code, message }`. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly reason: string | null = null,
  ) {
    super(message);
  }

  /** As the error list ErrorNote reads (the reason, else the code, said in the reader's language). */
  asGraphQLErrors(): { message: string; extensions: { code: string; reason?: string } }[] {
    return [
      { message: this.message, extensions: { code: this.code, ...(this.reason ? { reason: this.reason } : {}) } },
    ];
  }
}

const CODE_BY_STATUS: Record<number, string> = { 401: 'UNAUTHENTICATED', 413: 'BAD_USER_INPUT', 429: 'RATE_LIMITED' };

/**
 * Sends a file to the server's upload endpoint, which keeps it for a mutation to take by id
 * (createDraft's uploadId): files travel as multipart, not as base64 inside GraphQL's JSON.
 */
export async function uploadFile(
  file: Blob,
  filename: string,
  token: string | null,
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  const form = new FormData();
  form.append('file', file, filename);
  const response = await fetchImpl('/uploads', {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  const body = (await response.json().catch(() => ({}))) as {
    id?: string;
    code?: string;
    reason?: string;
    message?: string;
  };
  if (!response.ok || !body.id) {
    const code =
      body.code ?? CODE_BY_STATUS[response.status] ?? (response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN');
    const message = body.message ?? `upload failed with HTTP ${response.status}`;
    throw new UploadError(response.status, code, message, body.reason ?? null);
  }
  return body.id;
}
