/** The programme's events that change a round of public consultation or its queue. */
export const isConsultationEvent = (kind: string) =>
  kind.startsWith('consultation.') || kind.startsWith('public-opinion.');
