/** Why a download failed: the HTTP status of the file's answer (410: the link expired). */
export class DownloadError extends Error {
  constructor(readonly status: number) {
    super(`download failed with HTTP ${status}`);
  }
}

/**
 * Fetches a file that only its requester may read (the server checks the bearer token on the file
 * URL itself) and hands it to the browser as a download with its proper name.
 */
export async function downloadWithToken(
  url: string,
  filename: string,
  token: string | null,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const response = await fetchImpl(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new DownloadError(response.status);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
