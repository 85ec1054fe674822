// A small, accessible SVG line chart, readable at 360 px. The SVG is an image with a title and a text
// summary for screen readers; the same figures follow as a table in a fold, for anyone who wants them.
// Series are told apart by colour and by dash pattern, never by colour alone.
import { h } from './dom';
import { axisAmount } from './format';
import { tr } from './i18n';

export interface Series {
  label: string;
  values: (number | null)[];
  /** A part of series `partOf` (its index): drawn in its colour and dashes, thinner and lighter. */
  partOf?: number;
}

export interface ChartSpec {
  title: string;
  /** The text alternative: what the chart shows, in one or two sentences with its key figures. */
  summary: string;
  /** Heading of the x column in the table, and the x values (years, ages). */
  xLabel: string;
  x: (string | number)[];
  series: Series[];
  /** How a figure is written in the table. */
  format: (n: number) => string;
}

const svgNs = 'http://www.w3.org/2000/svg';
const styles = [
  { colour: '#0b5394', dash: '' },
  { colour: '#a61c00', dash: '6 4' },
  { colour: '#38761d', dash: '2 3' },
];
const width = 340;
const height = 210;
const pad = { left: 46, right: 8, top: 10, bottom: 26 };

/** An SVG element, built like `h()` builds HTML (also for the share link's QR code). */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Round steps for the y axis: 1, 2 or 5 × a power of ten, about four of them. */
function ticks(min: number, max: number): number[] {
  const span = max - min || Math.abs(max) || 1;
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out = [Math.floor(min / step) * step];
  while (out[out.length - 1] < max) out.push(out[out.length - 1] + step);
  return out;
}

let count = 0;

/** A figure: the chart with its title and summary, a legend, and the data as a table. */
export function chart(spec: ChartSpec): HTMLElement {
  const id = `chart-${++count}`;
  const all = spec.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const yTicks = ticks(Math.min(0, ...all), Math.max(0, ...all));
  const [low, high] = [yTicks[0], yTicks[yTicks.length - 1]];
  const n = spec.x.length;
  const px = (i: number) => pad.left + (n > 1 ? (i / (n - 1)) * (width - pad.left - pad.right) : 0);
  const py = (v: number) => pad.top + (1 - (v - low) / (high - low || 1)) * (height - pad.top - pad.bottom);

  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d`, class: 'chart' });
  root.append(svg('title', { id: `${id}-t` }, spec.title), svg('desc', { id: `${id}-d` }, spec.summary));
  for (const t of yTicks) {
    root.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: py(t), y2: py(t), class: t === 0 ? 'axis' : 'grid' }));
    root.append(svg('text', { x: pad.left - 4, y: py(t) + 4, 'text-anchor': 'end' }, axisAmount(t)));
  }
  const every = Math.max(1, Math.ceil(n / 6));
  spec.x.forEach((x, i) => {
    // Every `every`-th label, and the last one unless it would crowd the regular label before it.
    if ((i % every === 0 && n - 1 - i >= every / 2) || i === n - 1) root.append(svg('text', { x: px(i), y: height - 8, 'text-anchor': i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle' }, String(x)));
  });
  // A series' stroke: its own style, or its whole's, thinner and lighter.
  const stroke = (s: Series, k: number, width: number) => {
    const style = styles[(s.partOf ?? k) % styles.length];
    return { stroke: style.colour, 'stroke-dasharray': style.dash, 'stroke-width': s.partOf === undefined ? width : width / 2, 'stroke-opacity': s.partOf === undefined ? 1 : 0.6 };
  };
  spec.series.forEach((s, k) => {
    const points = s.values.map((v, i) => (v === null ? null : `${px(i).toFixed(1)},${py(v).toFixed(1)}`));
    const d = points.reduce<string>((acc, p, i) => (p === null ? acc : `${acc}${acc && points[i - 1] !== null ? 'L' : 'M'}${p}`), '');
    root.append(svg('path', { d, fill: 'none', ...stroke(s, k, 2.5) }));
  });

  const legend = h(
    'ul',
    { class: 'legend', 'aria-hidden': 'true' },
    ...spec.series.map((s, k) => {
      const key = svg('svg', { viewBox: '0 0 24 8', width: 24, height: 8 });
      key.append(svg('line', { x1: 0, x2: 24, y1: 4, y2: 4, ...stroke(s, k, 3) }));
      return h('li', {}, key, s.label);
    }),
  );
  const table = h(
    'table',
    {},
    h('caption', {}, spec.title),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, spec.xLabel), ...spec.series.map((s) => h('th', { scope: 'col', class: 'n' }, s.label)))),
    h('tbody', {}, ...spec.x.map((x, i) => h('tr', {}, h('th', { scope: 'row' }, String(x)), ...spec.series.map((s) => h('td', { class: 'n' }, s.values[i] === null ? '–' : spec.format(s.values[i] as number)))))),
  );
  return h(
    'figure',
    { class: 'figure' },
    h('figcaption', {}, spec.title),
    root,
    legend,
    h('p', { class: 'summary' }, spec.summary),
    h('details', {}, h('summary', {}, tr('Xem số liệu dạng bảng', 'See the figures as a table')), h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': spec.title }, table)),
  );
}
