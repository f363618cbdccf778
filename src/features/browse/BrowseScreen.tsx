/** Placeholder until the browse feature lands. */
export function BrowseScreen() {
  return <h1>Browse</h1>;
}
