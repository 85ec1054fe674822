// What follows every result: a link that reopens it (the inputs in the fragment, never sent to a server),
// with buttons to copy it, share it and print, and its QR code; and, for print only, the inputs as a short
// list. The QR encoder is loaded only when a result is shown, so the first view does not pay for it.
import { svg } from './chart';
import { afterNextPaint, h } from './dom';
import { lang, tr } from './i18n';
import { formState, fragment, showResult } from './state';
import './share.css';

/** The text of a control's label, without the control's own text (a select's options) nor its hidden part. */
function labelOf(el: HTMLInputElement | HTMLSelectElement): string {
  const label = el.labels?.[0];
  if (!label) return '';
  const clone = label.cloneNode(true) as HTMLElement;
  for (const inner of clone.querySelectorAll('input, select, [hidden]')) inner.remove();
  return clone.textContent?.trim() ?? '';
}

/**
 * The inputs behind a result as "label: value" lines, shown in print only: a printed result says what it
 * was calculated from. Period rows are prefixed with their title ("Giai đoạn 2 · Từ tháng"); a relative is one
 * line, its values and the facts that hold ("Người thân 1: Con, Nam, 2016, Tháng 3").
 */
function inputsSummary(form: HTMLFormElement, state: URLSearchParams): HTMLElement {
  const lines: HTMLElement[] = [];
  const relatives = new Map<Element, string[]>();
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
    if (!state.has(el.name) || el.type === 'hidden' || (el.type === 'radio' && !(el as HTMLInputElement).checked)) continue;
    let label: string;
    let value: string;
    if (el.type === 'radio') {
      const group = el.closest('[role="radiogroup"]');
      const labelledBy = group?.getAttribute('aria-labelledby');
      label = (labelledBy ? document.getElementById(labelledBy)?.textContent : group?.getAttribute('aria-label')) ?? '';
      value = labelOf(el);
    } else if (el.type === 'checkbox') {
      label = labelOf(el);
      value = (el as HTMLInputElement).checked ? tr('Có', 'Yes') : tr('Không', 'No');
    } else {
      label = labelOf(el);
      value = el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.textContent ?? '') : el.value;
    }
    const relative = el.closest('fieldset.dependant');
    if (relative) {
      if (!relatives.has(relative)) {
        relatives.set(relative, []);
        lines.push(h('div', {}, h('dt', {}, relative.querySelector('legend')?.textContent ?? ''), h('dd', {})));
      }
      if (el.type !== 'checkbox') relatives.get(relative)!.push(value);
      else if ((el as HTMLInputElement).checked) relatives.get(relative)!.push(label);
      lines.at(-1)!.lastElementChild!.textContent = relatives.get(relative)!.join(', ');
      continue;
    }
    const row = el.closest('fieldset.period')?.querySelector('legend')?.textContent;
    lines.push(h('div', {}, h('dt', {}, row ? `${row} · ${label}` : label), h('dd', {}, value)));
  }
  return h('section', { class: 'inputs-summary print-only' }, h('h2', {}, tr('Số liệu đã nhập', 'The figures entered')), h('dl', {}, ...lines));
}

/** Draws the link's QR code into `slot`: dark on white, four modules of quiet zone, crisp at any size. */
async function drawQr(slot: HTMLElement, link: string): Promise<void> {
  const { encode } = await import('uqr');
  let qr: ReturnType<typeof encode>;
  try {
    qr = encode(link, { ecc: 'M', border: 4 });
  } catch {
    // Past about 2 000 characters (a long history, period by period) no QR code a phone reads can hold it.
    slot.replaceChildren(h('p', { class: 'hint' }, tr('Liên kết quá dài để tạo mã QR; hãy sao chép liên kết.', 'The link is too long for a QR code; copy the link instead.')));
    return;
  }
  let d = '';
  qr.data.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) d += `M${x} ${y}h1v1h-1z`;
  }));
  const image = svg('svg', { viewBox: `0 0 ${qr.size} ${qr.size}`, role: 'img', class: 'qr', 'shape-rendering': 'crispEdges' });
  // Whole pixels a module, up to 4, and about 18rem at most: even modules are what a phone's camera reads best.
  image.style.setProperty('width', `${qr.size * Math.max(2, Math.min(4, Math.floor(288 / qr.size)))}px`);
  image.append(svg('title', {}, tr('Mã QR của liên kết đến kết quả này', 'QR code of the link to this result')),
    svg('rect', { width: qr.size, height: qr.size, fill: '#fff' }), svg('path', { d, fill: '#000' }));
  slot.replaceChildren(image, h('p', { class: 'hint' }, tr('Quét bằng điện thoại để mở lại kết quả này.', 'Scan it with a phone to open this result again.')));
}

/**
 * The share panel of a result: the link (copyable), Share where the device has it, Print, and the QR
 * code. The page's own address says to calculate the result again on opening, so the browser's bookmark and
 * share give it too.
 */
function sharePanel(form: HTMLFormElement, headline: string, params: URLSearchParams): HTMLElement {
  const link = new URL(`${location.pathname}${lang === 'en' ? '?lang=en' : ''}#${fragment(params, '1')}`, location.href).href;
  showResult(form);

  const id = `${form.id}-share`;
  const field = h('input', { id: `${id}-link`, readonly: true, value: link, 'aria-describedby': `${id}-hint` });
  const status = h('p', { class: 'hint', role: 'status' });
  const copy = h('button', { type: 'button', class: 'secondary' }, tr('Sao chép liên kết', 'Copy link'));
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(link);
      status.textContent = tr('Đã sao chép liên kết.', 'The link is copied.');
    } catch {
      // No clipboard here (an old browser, a page not served over HTTPS): the text is selected for the worker to copy.
      field.focus();
      field.select();
      status.textContent = tr('Liên kết đã được chọn: hãy sao chép (nhấn giữ, hoặc Ctrl+C).', 'The link is selected: copy it (long-press, or Ctrl+C).');
    }
  });
  const share = 'share' in navigator ? h('button', { type: 'button', class: 'secondary' }, tr('Chia sẻ', 'Share')) : null;
  share?.addEventListener('click', () => {
    // Closing the device's share sheet rejects: nothing to say then.
    navigator.share({ title: document.title, text: headline, url: link }).catch(() => undefined);
  });
  const print = h('button', { type: 'button', class: 'secondary' }, tr('In / Lưu PDF', 'Print / Save as PDF'));
  print.addEventListener('click', () => window.print());
  const qr = h('div', { class: 'qr-slot' });
  // The worker sees the figures first, the code (some 15 ms of encoding on a mid-range phone) the moment after.
  afterNextPaint(() => void drawQr(qr, link));

  // A plain block, not a landmark: the contributions page has two of them, one per form.
  return h('div', { class: 'share' },
    h('h2', {}, tr('Lưu hoặc chia sẻ kết quả này', 'Keep or share this result')),
    h('div', { class: 'field' },
      h('label', { for: `${id}-link` }, tr('Liên kết đến kết quả này', 'Link to this result')),
      field,
      h('p', { class: 'hint', id: `${id}-hint` }, tr('Liên kết chứa các số bạn đã nhập: ai có nó sẽ thấy các số đó. Các số nằm sau dấu #, nên không được gửi đến máy chủ nào.',
        'The link holds the figures you entered: anyone who has it sees them. They come after the #, so no server receives them.'))),
    h('div', { class: 'share-actions' }, copy, share, print),
    status,
    qr);
}

/** What a result is shown with: the inputs (for print) before it, the share panel after it. */
export function shareResult(form: HTMLFormElement, headline: string): { before: HTMLElement; after: HTMLElement } {
  const state = formState(form, { share: true });
  return { before: inputsSummary(form, state), after: sharePanel(form, headline, state) };
}
