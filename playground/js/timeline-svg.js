// The retry timeline as SVG: attempts on a time axis (linear over the retry window), a jitter band
// around each attempt, the give-up or deactivation point, then — past a break in the axis, since
// days dwarf minutes — the buffer window during which a deactivated hook's events are kept.
import { formatDuration } from './schedule.js';

const NS = 'http://www.w3.org/2000/svg';
const W = 720; const H = 150; const LEFT = 30; const RIGHT_WINDOW = 520; const BREAK = 24; const BUFFER_W = 130;

function el(name, attrs, text) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function timelineSvg(schedule) {
  const { attempts, outcome, bufferDays } = schedule;
  const span = Math.max(...attempts.map((a) => a.max), 1);
  const x = (t) => LEFT + (t / span) * (RIGHT_WINDOW - LEFT);
  const axisY = 80;
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'timeline-svg-title' });
  svg.append(el('title', { id: 'timeline-svg-title' },
    `${attempts.length} attempts over ${formatDuration(span)}, then ${outcome === 'deactivate' ? 'deactivation' : 'give up'}`));
  svg.append(el('line', { class: 'axis', x1: LEFT, y1: axisY, x2: RIGHT_WINDOW, y2: axisY }));
  for (let i = 0; i <= 4; i += 1) {
    const t = (span * i) / 4;
    svg.append(el('line', { class: 'tick', x1: x(t), y1: axisY - 4, x2: x(t), y2: axisY + 4 }));
    svg.append(el('text', { x: x(t), y: axisY + 18, 'text-anchor': 'middle' }, formatDuration(t)));
  }
  attempts.forEach((a, i) => {
    if (a.max > a.min) {
      svg.append(el('rect', { class: 'band', x: x(a.min), y: axisY - 14, width: Math.max(2, x(a.max) - x(a.min)), height: 28, rx: 3 },
      ));
    }
    const last = i === attempts.length - 1;
    const dot = el('circle', { class: `attempt${last ? ' final' : ''}`, cx: x(a.at), cy: axisY, r: 6, 'data-attempt': a.attempt });
    dot.append(el('title', {}, `attempt ${a.attempt} at ${formatDuration(a.at)} (delay ${formatDuration(a.delay)})`));
    svg.append(dot);
    if (attempts.length <= 12 || i % Math.ceil(attempts.length / 12) === 0) {
      svg.append(el('text', { x: x(a.at), y: axisY - 22 - (i % 2) * 12, 'text-anchor': 'middle' }, `#${a.attempt}`));
    }
  });
  const endX = x(attempts.length ? attempts[attempts.length - 1].at : 0);
  const endLabel = outcome === 'deactivate' ? 'deactivate hook' : 'give up';
  svg.append(el('text', { class: 'end-label', x: Math.min(endX, RIGHT_WINDOW - 10), y: axisY + 38, 'text-anchor': 'middle' }, endLabel));
  // Axis break, then the buffer window (not to scale).
  const bx = RIGHT_WINDOW + BREAK;
  svg.append(el('text', { x: RIGHT_WINDOW + BREAK / 2, y: axisY + 4, 'text-anchor': 'middle' }, '⫽'));
  svg.append(el('rect', { class: 'buffer', x: bx, y: axisY - 16, width: BUFFER_W, height: 32, rx: 4 }));
  svg.append(el('text', { x: bx + BUFFER_W / 2, y: axisY + 4, 'text-anchor': 'middle' }, `${bufferDays}-day buffer`));
  svg.append(el('text', { x: bx + BUFFER_W / 2, y: axisY + 38, 'text-anchor': 'middle' }, 'events kept, replay on'));
  svg.append(el('text', { x: bx + BUFFER_W / 2, y: axisY + 52, 'text-anchor': 'middle' }, 'reactivation'));
  return svg;
}
