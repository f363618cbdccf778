/** Placeholder until the optimizer lands. */
export function OptimizerSection() {
  return <h2>Optimize</h2>;
}
