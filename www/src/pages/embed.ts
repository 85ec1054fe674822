// The "put a calculator on your website" page: the calculator, its language, colour and pre-filled values,
// and the way (a frame sized by embed.js, or the <bhxh-calculator> element) make a snippet of HTML, shown
// live in the preview exactly as a host page would show it.
import { readableAccent } from '../embed';
import { byId } from '../dom';
import { formatMoneyInputs } from '../form';
import { tr } from '../i18n';
import { startPage } from '../page';
import './embed.css';

startPage();

/** Each calculator: its page, the part of the page shown (`?embed=part`), and the frame's title in each language. */
const calculators = {
  withdrawal: { page: 'withdrawal.html', part: '', title: ['Rút BHXH một lần hay chờ lương hưu', 'Withdraw or wait for the pension'] },
  pension: { page: 'pension.html', part: '', title: ['Tính lương hưu', 'Pension calculator'] },
  contributions: { page: 'contributions.html', part: '', title: ['Tính tiền đóng BHXH', 'Social insurance contributions'] },
  compulsory: { page: 'contributions.html', part: 'compulsory', title: ['Tính tiền đóng BHXH bắt buộc', 'Compulsory insurance contributions'] },
  voluntary: { page: 'contributions.html', part: 'voluntary', title: ['Tính tiền đóng BHXH tự nguyện', 'Voluntary insurance contributions'] },
} as const;
type Calculator = keyof typeof calculators;

/** URL keys the embed options use: a pasted share link cannot set them. */
const RESERVED = ['embed', 'lang', 'accent'];

/** The folder the site is served from: the snippet's addresses are absolute, on this very site. */
const site = new URL('.', location.href);

const form = byId<HTMLFormElement>('embed');
const calculatorSelect = byId<HTMLSelectElement>('e-calculator');
const accentInput = byId<HTMLInputElement>('e-accent');
const accentError = byId('e-accent-error');
const linkInput = byId<HTMLInputElement>('e-link');
const linkError = byId('e-link-error');
const snippetBox = byId<HTMLTextAreaElement>('e-snippet');
const preview = byId('e-preview');
const copied = byId('e-copied');

// The colour starts as the site's own accent, which then needs no `accent` in the snippet.
const siteAccent = getComputedStyle(document.documentElement).getPropertyValue('--accent').trim().toLowerCase();
accentInput.value = siteAccent;
formatMoneyInputs(form);

const radio = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;

/** The accent to pass on (hex digits without `#`), or null: the site's own, or too light (and then said so). */
function accent(): string | null {
  const chosen = accentInput.value.toLowerCase();
  const readable = readableAccent(chosen.slice(1));
  accentError.hidden = readable !== null;
  return readable && chosen !== siteAccent ? chosen.slice(1) : null;
}

/** The URL in a text, or null when it is not one. */
function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/**
 * The values filled in for the visitor: those of the fields shown for this calculator, after those of a pasted
 * share link (its `#…` and query), which must be a link to the chosen calculator's page on this site.
 */
function presets(calculator: Calculator): URLSearchParams {
  const values = new URLSearchParams();
  linkError.hidden = true;
  linkInput.removeAttribute('aria-invalid');
  const text = linkInput.value.trim();
  if (text) {
    const link = parseUrl(text);
    if (link && link.origin === location.origin && link.pathname.endsWith(`/${calculators[calculator].page}`)) {
      for (const part of [link.search, link.hash.slice(1)]) for (const [key, value] of new URLSearchParams(part)) if (!RESERVED.includes(key)) values.set(key, value);
    } else {
      linkError.hidden = false;
      linkInput.setAttribute('aria-invalid', 'true');
    }
  }
  for (const field of form.querySelectorAll<HTMLElement>('#e-presets [data-for]')) {
    field.hidden = !(field.dataset.for ?? '').split(' ').includes(calculator);
    const control = field.querySelector<HTMLInputElement | HTMLSelectElement>('[data-preset]');
    const value = control?.hasAttribute('data-money') ? control.value.replace(/\D/g, '') : control?.value;
    if (!field.hidden && control?.dataset.preset && value) values.set(control.dataset.preset, value);
  }
  return values;
}

/** What the worker chose, as the tag and attributes to paste: the frame, or the custom element. */
function embedding(): { script: string; tag: string; attributes: Record<string, string> } {
  const calculator = calculatorSelect.value as Calculator;
  const { page, part, title } = calculators[calculator];
  const language = radio('e-lang') === 'en' ? 'en' : 'vi';
  const colour = accent();
  const values = presets(calculator);
  if (radio('e-way') === 'element') {
    const attributes: Record<string, string> = { type: calculator, lang: language };
    if (colour) attributes.accent = colour;
    if (values.size) attributes.preset = values.toString();
    return { script: new URL('bhxh-calculator.js', site).href, tag: 'bhxh-calculator', attributes };
  }
  const query = new URLSearchParams({ embed: part });
  if (language === 'en') query.set('lang', 'en');
  if (colour) query.set('accent', colour);
  for (const [key, value] of values) query.append(key, value);
  const src = new URL(page, site);
  // `?embed` reads better than `?embed=` in the snippet, and means the same.
  src.search = query.toString().replace(/^embed=(?=&|$)/, 'embed');
  return {
    script: new URL('embed.js', site).href,
    tag: 'iframe',
    attributes: {
      src: src.href,
      title: title[language === 'en' ? 1 : 0],
      width: '100%',
      height: '900',
      // The host may forbid style attributes (a strict CSP), so the border goes by the old attribute.
      frameborder: '0',
      loading: 'lazy',
      allow: 'clipboard-write; web-share',
    },
  };
}

/** An attribute value written into HTML source. */
const quoted = (value: string) => `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;

/** Rebuilds the snippet and, when it changed, the preview: the same tag with the same attributes. */
function update(): void {
  const { script, tag, attributes } = embedding();
  const snippet = [
    `<script src=${quoted(script)} async></script>`,
    `<${tag} ${Object.entries(attributes).map(([name, value]) => `${name}=${quoted(value)}`).join(' ')}></${tag}>`,
  ].join('\n');
  if (snippet === snippetBox.value) return;
  snippetBox.value = snippet;
  copied.textContent = '';
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  preview.replaceChildren(element);
}

form.addEventListener('change', update);
update();

byId('e-copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    copied.textContent = tr('Đã sao chép mã. Dán vào trang của bạn, ở chỗ muốn hiện bộ tính.', 'The code is copied. Paste it into your page where the calculator should appear.');
  } catch {
    // No clipboard (an old browser, or permission refused): the worker copies the selected text by hand.
    snippetBox.select();
    copied.textContent = tr('Không sao chép tự động được: mã đã được chọn, hãy sao chép bằng tay.', 'Could not copy automatically: the code is selected, copy it by hand.');
  }
});
