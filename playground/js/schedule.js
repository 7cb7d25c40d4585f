// retry.preview's schedule as the timeline draws it: times in seconds from the first attempt.
// Field names are read by their stem (`cumulative_ms`, `cumulative_s`, `cumulative`) so the unit
// is explicit wherever the core states it.
function seconds(obj, ...stems) {
  for (const stem of stems) {
    if (typeof obj[`${stem}_ms`] === 'number') return obj[`${stem}_ms`] / 1000;
    if (typeof obj[`${stem}_s`] === 'number') return obj[`${stem}_s`];
    if (typeof obj[`${stem}_seconds`] === 'number') return obj[`${stem}_seconds`];
    if (typeof obj[stem] === 'number') return obj[stem];
  }
  return undefined;
}

export function normalizeSchedule(value) {
  const list = Array.isArray(value) ? value : (value.attempts || value.schedule || value.steps || []);
  let cumulative = 0;
  const attempts = list.map((a, i) => {
    const delay = seconds(a, 'delay') ?? 0;
    const at = seconds(a, 'cumulative', 'at', 'time', 'offset') ?? (cumulative + delay);
    cumulative = at;
    const jitterMin = seconds(a, 'cumulative_min', 'min_cumulative', 'at_min', 'earliest');
    const jitterMax = seconds(a, 'cumulative_max', 'max_cumulative', 'at_max', 'latest');
    const delayMin = seconds(a, 'delay_min', 'min_delay', 'jitter_min');
    const delayMax = seconds(a, 'delay_max', 'max_delay', 'jitter_max');
    return {
      attempt: a.attempt ?? i + 1,
      delay,
      at,
      min: jitterMin ?? (delayMin !== undefined ? at - delay + delayMin : at),
      max: jitterMax ?? (delayMax !== undefined ? at - delay + delayMax : at),
    };
  });
  const meta = Array.isArray(value) ? {} : value;
  const outcome = meta.outcome || meta.end || meta.after_last || (meta.deactivates || meta.deactivate ? 'deactivate' : 'give_up');
  return {
    attempts,
    outcome: typeof outcome === 'string' ? outcome : (outcome.kind || outcome.action || 'give_up'),
    total: seconds(meta, 'total', 'window', 'total_time') ?? (attempts.length ? attempts[attempts.length - 1].at : 0),
    bufferDays: (seconds(meta, 'buffer_window', 'buffer') ?? 5 * 86400) / 86400,
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
