/**
 * <bhxh-calculator>: a BHXH calculator on any page, with one script tag and one element:
 *   <script src="https://SITE/bhxh-calculator.js" async></script>
 *   <bhxh-calculator type="pension" lang="en" accent="0b6e4f" preset="key=value&key=value"></bhxh-calculator>
 * type: withdrawal (default), pension, contributions, compulsory or voluntary; lang: vi (default) or en;
 * accent: 3 or 6 hex digits (ignored if too light for white text); preset: the calculator's fields, as in
 * its share links. Changing an attribute reloads the calculator.
 *
 * The calculator runs in a frame on this script's own site (its engine, offline cache and security policy
 * stay there), inside a shadow root whose styles the host page's CSS cannot reach, nor it theirs.
 */
(() => {
  // The folder this script is served from: the calculators' pages are beside it.
  const site = new URL('.', document.currentScript.src);
  const pages = {
    withdrawal: ['withdrawal.html', '', 'Rút BHXH một lần hay chờ lương hưu', 'Withdraw or wait for the pension'],
    pension: ['pension.html', '', 'Tính lương hưu', 'Pension calculator'],
    contributions: ['contributions.html', '', 'Tính tiền đóng BHXH', 'Social insurance contributions'],
    compulsory: ['contributions.html', 'compulsory', 'Tính tiền đóng BHXH bắt buộc', 'Compulsory insurance contributions'],
    voluntary: ['contributions.html', 'voluntary', 'Tính tiền đóng BHXH tự nguyện', 'Voluntary insurance contributions'],
  };
  // Keys the element sets itself: a preset cannot change them.
  const reserved = ['embed', 'lang', 'accent'];

  const sheet = new CSSStyleSheet();
  // !important: the host page's own !important rules on the element (say `* { display: inline !important }`)
  // would otherwise win, and `all: initial` drops whatever else it inherits from the host.
  // The frame's height is a guess until the calculator reports its own (an inline height, which wins).
  sheet.replaceSync(
    ':host { all: initial !important; display: block !important; }' +
      ':host([hidden]) { display: none !important; }' +
      'iframe { all: initial; display: block; width: 100%; height: 600px; border: 0; }'
  );

  function source(element) {
    const page = pages[element.getAttribute('type')] || pages.withdrawal;
    const url = new URL(page[0], site);
    const query = new URLSearchParams({ embed: page[1] });
    if (element.getAttribute('lang') === 'en') query.set('lang', 'en');
    const accent = element.getAttribute('accent');
    if (accent && /^[0-9a-f]{3}([0-9a-f]{3})?$/i.test(accent)) query.set('accent', accent);
    for (const [key, value] of new URLSearchParams(element.getAttribute('preset') || '')) {
      if (!reserved.includes(key)) query.append(key, value);
    }
    // The same address as the embed page's snippets: `?embed` alone rather than `?embed=`.
    url.search = query.toString().replace(/^embed=(?=&|$)/, 'embed');
    return { href: url.href, title: element.getAttribute('lang') === 'en' ? page[3] : page[2] };
  }

  class BhxhCalculator extends HTMLElement {
    static get observedAttributes() { return ['type', 'lang', 'accent', 'preset']; }

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      this.frame = document.createElement('iframe');
      this.frame.loading = 'lazy';
      this.frame.allow = 'clipboard-write; web-share';
      root.append(this.frame);
      // Only the calculator in this element's own frame, on this script's site, sets its height.
      this.onMessage = (event) => {
        const data = event.data;
        if (event.origin !== site.origin || event.source !== this.frame.contentWindow || !data || data.type !== 'bhxh:height') return;
        const height = Number(data.height);
        if (height > 0 && height < 100000) this.frame.style.height = `${Math.ceil(height)}px`;
      };
    }

    connectedCallback() {
      addEventListener('message', this.onMessage);
      this.update();
    }

    disconnectedCallback() {
      removeEventListener('message', this.onMessage);
    }

    attributeChangedCallback() {
      if (this.isConnected) this.update();
    }

    update() {
      const next = source(this);
      this.frame.title = next.title;
      if (this.frame.src !== next.href) this.frame.src = next.href;
    }
  }

  if (!customElements.get('bhxh-calculator')) customElements.define('bhxh-calculator', BhxhCalculator);
})();
