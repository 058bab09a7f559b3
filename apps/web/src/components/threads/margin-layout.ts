/** A card in the margin: where it would sit (beside its passage) and how tall it is. */
export interface MarginCard {
  id: string;
  want: number;
  height: number;
}

/**
 * The tops of the margin's cards, in the order given (reading order): each beside its passage,
 * or pushed down below the one before it when they would overlap; none above `floor`.
 */
export function stackCards(cards: readonly MarginCard[], gap = 8, floor = 0): Map<string, number> {
  const tops = new Map<string, number>();
  let next = floor;
  for (const card of cards) {
    const top = Math.max(card.want, next);
    tops.set(card.id, top);
    next = top + card.height + gap;
  }
  return tops;
}
