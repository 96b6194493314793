// Host-side helper for liver-intervention embeds: add it once to a page that holds
// <iframe src=".../embed.html?..."> frames, and each frame takes the height of its content.
// A classic script with no dependencies, so it can be served from anywhere without CORS headers.
(function () {
  'use strict';
  if (window.liverInterventionHost) return;
  window.liverInterventionHost = true;
  var MAX_HEIGHT = 20000;

  /** The iframe whose window sent the message, or null: only messages from our own frames count. */
  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  /** Border and padding to add when the page sizes boxes by their border (a common reset). */
  function chrome(frame) {
    var s = getComputedStyle(frame);
    if (s.boxSizing !== 'border-box') return 0;
    return ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce(function (sum, k) {
      return sum + (parseFloat(s[k]) || 0);
    }, 0);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== 'liver-intervention' || data.type !== 'resize') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var frame = frameOf(event.source);
    if (frame) frame.style.height = Math.ceil(height + chrome(frame)) + 'px';
  });
})();
