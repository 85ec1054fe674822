/**
 * BHXH calculators: sizes their frames on your page. Add once, anywhere:
 *   <script src="https://SITE/embed.js" async></script>
 * Every <iframe> whose src is on this script's site (or marked data-bhxh) then takes the height its
 * calculator reports, so it never scrolls inside. Only messages from that site and that frame count.
 */
(function () {
  var origin = new URL(document.currentScript.src).origin;
  function ours(frame) {
    return frame.hasAttribute('data-bhxh') || new URL(frame.src || 'about:blank', location.href).origin === origin;
  }
  addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'bhxh:height') return;
    var height = Number(data.height);
    if (!(height > 0 && height < 100000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && ours(frames[i])) frames[i].style.height = Math.ceil(height) + 'px';
    }
  });
  // A frame that loaded before this script missed its first report: ask again (the question holds nothing
  // private, and '*' avoids an error while a frame still shows about:blank).
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (ours(frames[i]) && frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: 'bhxh:ask' }, '*');
  }
})();
