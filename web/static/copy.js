// Progressive enhancement: a "复制" button for the citation. Without this file the citation is
// plain text that selects as a whole on one click (CSS user-select: all).
(function () {
  "use strict";
  function copied(button, ok) {
    var label = button.textContent;
    button.textContent = ok ? "已复制" : "请手动复制";
    setTimeout(function () { button.textContent = label; }, 1500);
  }
  function fallback(node, button) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    copied(button, ok);
  }
  var buttons = document.querySelectorAll("button[data-copy]");
  Array.prototype.forEach.call(buttons, function (button) {
    var node = document.getElementById(button.getAttribute("data-copy"));
    if (!node) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = node.textContent.trim();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { copied(button, true); },
                                                 function () { fallback(node, button); });
      } else {
        fallback(node, button);             // plain http on an intranet: no clipboard API
      }
    });
  });
})();
