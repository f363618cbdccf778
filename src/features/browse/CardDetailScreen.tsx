/** Placeholder until the card detail page lands. */
export function CardDetailScreen({ params }: { params: { cardId: string } }) {
  return <h1>{params.cardId}</h1>;
}
