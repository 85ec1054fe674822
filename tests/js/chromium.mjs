// Debian's Chromium, launched as these machines need: never a downloaded browser, no background traffic.
// Nor the desktop address bar's suggestions, which Chromium draws in a page of its own (a WebUI renderer) started
// with every tab: traced on a 2-core machine, it took 0.66 s of CPU during a warm visit of 0.8 s, beside the page's
// own, and a phone's browser has nothing like it. Without it, that visit took 0.39 s.
export const chromiumOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
  ],
};
