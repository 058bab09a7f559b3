import type { ConsultationState } from '@gongbian/graphql-client';
import type { ReaderBlock } from '../../components/reader/DraftBlock.vue';

/** A draft under public consultation as anyone reads it (the API's PublicDraftView). */
export interface PublicDraft {
  slug: string;
  title: string;
  planTitle: string;
  intro: string;
  opensOn: string;
  closesOn: string;
  state: ConsultationState;
  blocks: ReaderBlock[];
}

/** The snapshot could not be read (a server error): its HTTP status. */
export class PublicDraftUnavailable extends Error {
  constructor(readonly status: number) {
    super(`The consultation draft could not be read (HTTP ${status}).`);
  }
}

/**
 * The round's public draft, or null when there is none open at `slug`. Read with a plain GET of
 * the server's snapshot (GET /public-api/consultations/<slug>, the same view as GraphQL's
 * publicDraft), not a GraphQL POST: a CDN or nginx in front keeps it (`Cache-Control: public`),
 * and the browser revalidates it with its ETag, so thousands of readers cost the server nothing.
 */
export async function fetchPublicDraft(slug: string): Promise<PublicDraft | null> {
  const response = await fetch(`/public-api/consultations/${encodeURIComponent(slug)}`, {
    headers: { accept: 'application/json' },
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new PublicDraftUnavailable(response.status);
  return (await response.json()) as PublicDraft;
}
