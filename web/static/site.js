// Progressive enhancement only: the site works fully without this file.
// 1. "/" focuses the search box.  2. Suggestions while typing (facet values and titles).
// 3. The source page opens at the article's first line even when reached without its #anchor.
(function () {
  "use strict";
  var start = document.getElementById("article-start");
  if (start && !window.location.hash) { start.scrollIntoView({ block: "start" }); }
  var box = document.getElementById("q");
  if (!box) { return; }

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" ||
                            target.tagName === "SELECT" || target.isContentEditable);
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });

  var list = document.getElementById("suggestions");
  var url = box.getAttribute("data-suggest-url");
  if (!list || !url || !window.fetch) { return; }
  var timer = null, active = -1, items = [], asked = "";
  var KIND = { province: "省份", agency: "单位", slogans: "提法", people: "人物" };

  function close() {
    list.hidden = true; list.innerHTML = ""; items = []; active = -1;
    box.setAttribute("aria-expanded", "false");
    box.removeAttribute("aria-activedescendant");
  }

  function render(suggestions) {
    list.innerHTML = "";
    items = suggestions;
    active = -1;
    suggestions.forEach(function (s, i) {
      var li = document.createElement("li");
      li.id = "suggestion-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.textContent = s.label;                      // text only: never markup from the server
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = s.kind === "title" ? "标题" : (KIND[s.facet] || "") + (s.count ? " " + s.count + " 篇" : "");
      li.appendChild(kind);
      li.addEventListener("mousedown", function (event) { event.preventDefault(); go(i); });
      list.appendChild(li);
    });
    list.hidden = suggestions.length === 0;
    box.setAttribute("aria-expanded", suggestions.length ? "true" : "false");
  }

  function go(i) {
    if (items[i] && items[i].url) { window.location.href = items[i].url; }
  }

  function highlight(i) {
    var nodes = list.children;
    for (var n = 0; n < nodes.length; n++) { nodes[n].setAttribute("aria-selected", n === i ? "true" : "false"); }
    active = i;
    if (i >= 0) { box.setAttribute("aria-activedescendant", "suggestion-" + i); }
    else { box.removeAttribute("aria-activedescendant"); }
  }

  function ask() {
    var text = box.value.trim();
    if (!text || text.length > 40) { close(); return; }
    asked = text;
    fetch(url + "?q=" + encodeURIComponent(text), { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
      .then(function (data) { if (box.value.trim() === asked) { render(data.suggestions || []); } })
      .catch(close);
  }

  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { timer = null; ask(); }, 150);
  });
  box.addEventListener("blur", function () { setTimeout(close, 100); });
  box.addEventListener("keydown", function (event) {
    // Esc closes the suggestions (and cancels any on their way); it must not also do what a search
    // field does on Esc — empty the box — or the words typed are lost with the list.
    if (event.key === "Escape") {
      event.preventDefault();
      clearTimeout(timer); timer = null; asked = "\u0000"; close();
      return;
    }
    if (list.hidden) { return; }
    if (event.key === "ArrowDown") { event.preventDefault(); highlight(Math.min(active + 1, items.length - 1)); }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight(Math.max(active - 1, -1)); }
    else if (event.key === "Enter" && active >= 0) { event.preventDefault(); go(active); }
  });
})();
