import { ReadinessSection } from './readiness/ReadinessSection';

/** Placeholder until the stats feature lands. */
export function StatsScreen() {
  return (
    <>
      <h1>Stats</h1>
      <ReadinessSection />
    </>
  );
}
