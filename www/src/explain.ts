// The engine's own explanation of a result: its warnings and assumptions in plain view, and the steps, each
// with the article behind it, folded under the headline.
import type { Source } from '../../pkg/bhxh.js';
import { h } from './dom';
import { tr } from './i18n';
import { speak } from './wording/page.ts';

/** A note of a result as the page shows it: what it says, and the articles behind it. */
type Shown = Parameters<typeof speak>[0] & { sources?: Source[] };

const confidenceNote = (s: Source): string =>
  s.confidence && s.confidence !== 'verified' ? tr(' (chưa kiểm chứng đủ: con số giả định)', ' (not fully verified: an assumed figure)') : '';

/** "Luật BHXH 41/2024/QH15, Điều 70.1" for each source of a step. */
export const sources = (list: Source[]): string => list.map((s) => `${s.instrument}, ${s.article}${confidenceNote(s)}`).join(' · ');

/** The steps of a calculation, folded: each the engine's sentence, then its legal sources. */
export function steps(list: Shown[], summary = tr('Cách tính, từng bước, và căn cứ pháp lý', 'How it is calculated, step by step, with the legal basis')): HTMLElement | null {
  if (!list.length) return null;
  return h(
    'details',
    { class: 'steps' },
    h('summary', {}, summary),
    h('ol', {}, ...list.map((s) => h('li', {}, speak(s), s.sources?.length ? h('span', { class: 'source' }, sources(s.sources)) : null))),
  );
}

/**
 * The legal sources of a result's steps, each once, for print only: on paper a fold cannot be opened, and one
 * page has no room for every step.
 */
export function legalBasis(...lists: Shown[][]): HTMLElement | null {
  const cited = [...new Set(lists.flat().flatMap((s) => (s.sources ?? []).map((source) => sources([source]))))];
  if (!cited.length) return null;
  return h('p', { class: 'print-only print-sources' }, h('strong', {}, tr('Căn cứ pháp lý: ', 'Legal basis: ')), h('span', { class: 'source' }, cited.join(' · ')));
}

/** Warnings (a salary under the minimum, an unverified figure, …) and assumptions, each once. */
export function notes(list: Shown[], heading?: string): HTMLElement | null {
  const seen = new Set<string>();
  const unique = list.filter((w) => !seen.has(speak(w)) && seen.add(speak(w)));
  if (!unique.length) return null;
  const items = unique.map((w) => h('li', {}, speak(w)));
  return h('div', { class: 'notes' }, heading ? h('h3', {}, heading) : null, h('ul', {}, ...items));
}

/** One headline figure of a result: its label, its value, and an optional note under it. */
export const figure = (label: string, value: string, note?: string | null): HTMLElement =>
  h('li', {}, h('span', { class: 'label' }, label), h('span', { class: 'value' }, value), note ? h('span', { class: 'note' }, note) : null);
