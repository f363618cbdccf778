/** Placeholder until interview-day readiness lands. */
export function ReadinessSection() {
  return <h2>Interview day</h2>;
}
