/** The seeded database of `size` cards, one per size in the review bench's profile. */
export function benchDatabaseName(size: number): string {
  return `drillbook-review-bench-${size}`;
}
