/**
 * The deck a one-deck mode starts on without asking: the one last chosen, if it still exists,
 * or the only one there is. Null when there is a real choice to make.
 */
export function pickStartDeck(
  decks: readonly { id: string }[],
  rememberedId: string | null,
): string | null {
  if (rememberedId !== null && decks.some((deck) => deck.id === rememberedId)) return rememberedId;
  return decks.length === 1 ? (decks[0]?.id ?? null) : null;
}
