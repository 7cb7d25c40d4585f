// retry.preview's value as the timeline draws it: times in seconds from the first attempt.
// The core states every time in milliseconds: steps[i].{delay,cumulative,cumulative_min,
// cumulative_max}_ms, total_ms, buffer_window_ms, and outcome "give_up" | "deactivate".
export function normalizeSchedule(preview) {
  const attempts = (preview.steps || []).map((step) => ({
    attempt: step.attempt,
    delay: step.delay_ms / 1000,
    at: step.cumulative_ms / 1000,
    min: step.cumulative_min_ms / 1000,
    max: step.cumulative_max_ms / 1000,
  }));
  return {
    attempts,
    outcome: preview.outcome,
    endReason: preview.end_reason,
    total: preview.total_ms / 1000,
    bufferDays: preview.buffer_window_ms / 86400000,
  };
}

export function formatDuration(s) {
  if (s < 1) return `${Math.round(s * 1000)} ms`;
  const units = [['d', 86400], ['h', 3600], ['min', 60], ['s', 1]];
  const parts = [];
  let rest = Math.round(s);
  for (const [name, size] of units) {
    if (rest >= size) { parts.push(`${Math.floor(rest / size)} ${name}`); rest %= size; }
    if (parts.length === 2) break;
  }
  return parts.join(' ') || '0 s';
}
