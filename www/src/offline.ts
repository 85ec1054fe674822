// The site works offline: a service worker (sw.js, written by the build) keeps every file of the release in
// the browser once a page has been opened. A new release installs beside the old one and waits; this page says
// so, and the worker's "Reload" moves it to the new release whole. Until then the old release serves every
// file, so a page never mixes the files of two releases.
import { h } from './dom';
import { tr } from './i18n';

/**
 * Registers the service worker once the page has loaded, so that its download of the whole site never delays
 * the first view; then offers the new release whenever one is waiting. Does nothing where the browser has no
 * service workers (or forbids them, as some private modes do).
 */
export function workOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register('sw.js').then(watchForRelease, () => {});
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

/** Shows the notice when a worker of a new release has installed, now or later. */
function watchForRelease(registration: ServiceWorkerRegistration): void {
  const whenInstalled = (worker: ServiceWorker) => {
    if (worker.state === 'installed') offerRelease(registration);
    else worker.addEventListener('statechange', () => worker.state === 'installed' && offerRelease(registration));
  };
  if (registration.waiting) offerRelease(registration);
  if (registration.installing) whenInstalled(registration.installing);
  registration.addEventListener('updatefound', () => registration.installing && whenInstalled(registration.installing));
}

/**
 * The notice: a polite live region at the foot of the screen, with a button that lets the waiting worker take
 * over and reloads the page under it. If another tab has already done so, the button simply reloads.
 */
function offerRelease(registration: ServiceWorkerRegistration): void {
  // Without a controller, the worker that installed is the site's very first, not a new release.
  if (!navigator.serviceWorker.controller || document.querySelector('.update')) return;
  const button = h('button', { type: 'button', class: 'primary' }, tr('Tải lại', 'Reload'));
  button.addEventListener('click', () => {
    const waiting = registration.waiting;
    if (!waiting) return location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage('skipWaiting');
  });
  const notice = h('div', { class: 'update', role: 'status' });
  document.body.append(notice);
  // Filled a moment after it is in the page, so that screen readers hear it as news.
  requestAnimationFrame(() => notice.append(h('p', {}, tr('Có phiên bản mới.', 'A new version is ready.')), button));
}
