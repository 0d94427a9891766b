// The forces panel: map, timeline, command post and adjudication report (placeholder).
export function ForcesPanel() {
  return <section data-testid="forces-panel" aria-label="Forces" />;
}
