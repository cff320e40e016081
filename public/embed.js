/*
 * pledge-explorer host script: sizes our chart iframes to their content.
 * Embed: <iframe data-pledge-explorer src="…?embed=1…"></iframe>
 *        <script src="…/embed.js" async></script>
 * It trusts a height message only when it comes from this script's own origin AND from the
 * window of one of our iframes. It understands our message
 * {type: 'pledge-explorer:resize', height} and Pym.js's "pymxPYMx<id>xPYMxheightxPYMx<h>".
 */
(function () {
  'use strict';
  if (window.__pledgeExplorerHost) return;
  window.__pledgeExplorerHost = true;
  var script = document.currentScript;
  var origin = new URL(script ? script.src : location.href).origin;
  var PYM = /^pymxPYMx[^x]*xPYMxheightxPYMx(\d{1,5})$/;

  function heightOf(data) {
    if (data && typeof data === 'object' && data.type === 'pledge-explorer:resize') {
      var h = Number(data.height);
      return h > 0 && h < 20000 ? Math.ceil(h) : 0;
    }
    var m = typeof data === 'string' ? PYM.exec(data) : null;
    return m ? Number(m[1]) : 0;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var frames = document.querySelectorAll('iframe[data-pledge-explorer]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      var height = heightOf(event.data);
      if (height) frames[i].style.height = height + 'px';
      return;
    }
  });
})();
