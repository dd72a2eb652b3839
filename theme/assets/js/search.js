// Site search, loaded on /search/ only. Rules for words: docs/search.md (the generator applies the same ones).
// Nothing leaves the browser: it fetches this site's own index files and never sends the query anywhere.
(function () {
  "use strict";
  var STOP = new Set("a about am an and any are as at be been but by can could did do does for from had has have he her his how i if in into is it its me my no not of on or our she should so some than that the their them then there these they this those to too us was we were what when where which who why will with would you your".split(" "));

  var FOLD = {};
  "a àáâãäåāăąǎ|c çćĉċč|d ďđð|e èéêëēĕėęě|g ĝğġģ|h ĥħ|i ìíîïĩīĭįı|j ĵ|k ķ|l ĺļľŀł|n ñńņň|o òóôõöøōŏőǒ|r ŕŗř|s śŝşšſ|t ţťŧ|u ùúûüũūŭůűųǔ|w ŵ|y ýÿŷ|z źżž|ae æ|oe œ|ss ß|th þ|ij ĳ|ff ﬀ|fi ﬁ|fl ﬂ|ffi ﬃ|ffl ﬄ|st ﬅﬆ|α ά|ε έ|η ή|ι ίϊΐ|ο ό|υ ύϋΰ|ω ώ".split("|").forEach(function (g) {
    g = g.split(" ");
    Array.from(g[1], function (c) { FOLD[c] = g[0]; });
  });
  function words(text) {
    return Array.from(text, function (c) { c = c.toLowerCase(); return FOLD[c] || c; }).join("")
      .replace(/[\p{M}'\u2019]/gu, "").split(/[^\p{L}\p{Nd}]+/u).filter(Boolean);
  }
  function singular(w) {
    if (w.length < 4 || /(ss|us|is)$/.test(w)) { return w; }
    if (w.length >= 5 && /ies$/.test(w)) { return w.slice(0, -3) + "y"; }
    if (/(sses|ches|shes|xes|zes)$/.test(w)) { return w.slice(0, -2); }
    return /s$/.test(w) ? w.slice(0, -1) : w;
  }
  function terms(text) {
    return words(text).filter(function (w) { return w.length > 1 && !STOP.has(w); }).map(singular);
  }
  // Levenshtein distance, or max + 1 as soon as it must exceed max.
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) { return max + 1; }
    var prev = [], i, j;
    for (j = 0; j <= b.length; j++) { prev[j] = j; }
    for (i = 1; i <= a.length; i++) {
      var cur = [i], low = i;
      for (j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        low = Math.min(low, cur[j]);
      }
      if (low > max) { return max + 1; }
      prev = cur;
    }
    return prev[b.length];
  }
  // How well an index term matches a query word: 1 same, 0.7 prefix of the last word, 0.5 a typo away, 0 not at all.
  function match(word, term, last) {
    if (term === word) { return 1; }
    if (last && word.length > 1 && term.lastIndexOf(word, 0) === 0) { return 0.7; }
    var max = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    return max && term[0] === word[0] && distance(word, term, max) <= max ? 0.5 : 0;
  }

  // Runs a query against the index; load(url) resolves to a file's parsed JSON (fetch in the browser, files in node).
  // Resolves to null for a query with no words, else the best pages first and the set of terms that matched.
  function search(query, root, load) {
    var qs = terms(query), m;
    if (!qs.length) { return Promise.resolve(null); }
    function file(hash) { return load("/assets/search/" + hash + ".json"); }
    // The shard of a term: the longest shard key the term starts with.
    function keyOf(term) {
      for (var k = term.length; k > 0; k--) {
        if (m.shards[term.slice(0, k)]) { return term.slice(0, k); }
      }
      return null;
    }
    return load(root).then(function (manifest) {
      m = manifest;
      return Promise.all(qs.map(function (q, n) {
        var lex = m.lex[q[0]];
        return (lex ? file(lex) : Promise.resolve([])).then(function (list) {
          var found = [];
          list.forEach(function (t) { var f = match(q, t, n === qs.length - 1); if (f) { found.push([t, f]); } });
          return Promise.all(found.map(function (tf) {
            var key = keyOf(tf[0]);
            return key ? file(m.shards[key]).then(function (s) { return [tf[0], tf[1], s[tf[0]] || []]; }) : [tf[0], 0, []];
          }));
        });
      }));
    }).then(function (perWord) {
      var docs = {}, hit = new Set();
      perWord.forEach(function (found) {
        var best = {};
        found.forEach(function (tf) {
          hit.add(tf[0]);
          for (var i = 0, id = 0, p = tf[2]; i < p.length; i += 2) {
            id += p[i];
            best[id] = Math.max(best[id] || 0, tf[1] * p[i + 1]);
          }
        });
        Object.keys(best).forEach(function (id) {
          var d = docs[id] || (docs[id] = { id: +id, words: 0, score: 0 });
          d.words++;
          d.score += best[id];
        });
      });
      var ranked = Object.keys(docs).map(function (id) { return docs[id]; })
        .sort(function (a, b) { return b.words - a.words || b.score - a.score || a.id - b.id; }).slice(0, 10);
      return Promise.all(ranked.map(function (d) {
        return file(m.docs[Math.floor(d.id / m.chunk)]).then(function (chunk) { return chunk[d.id % m.chunk]; });
      })).then(function (list) { return { docs: list, hit: hit }; });
    });
  }

  if (typeof document === "undefined") {
    module.exports = { terms: terms, match: match, distance: distance, search: search };
    return;
  }

  var form = document.querySelector("[data-search-index]");
  if (!form) { return; }
  var input = form.querySelector("input[name=q]");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var root = form.getAttribute("data-search-index");
  var files = {};

  function load(name) {
    if (!files[name]) {
      files[name] = fetch(name, { credentials: "same-origin" }).then(function (r) {
        if (!r.ok) { throw new Error(r.status); }
        return r.json();
      });
    }
    return files[name];
  }
  // Text with the words whose terms matched wrapped in <mark>, built from text nodes only.
  function marked(text, hit) {
    var out = document.createDocumentFragment();
    text.split(/([^\p{L}\p{Nd}'\u2019]+)/u).forEach(function (part) {
      var t = terms(part);
      if (t.length === 1 && hit.has(t[0])) {
        var m = document.createElement("mark");
        m.textContent = part;
        out.appendChild(m);
      } else if (part) {
        out.appendChild(document.createTextNode(part));
      }
    });
    return out;
  }
  function el(tag, cls, child) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (child) { e.appendChild(child); }
    return e;
  }
  function snippet(doc, hit) {
    var lines = doc.h.concat([doc.x]);
    for (var i = 0; i < lines.length; i++) {
      if (terms(lines[i]).some(function (t) { return hit.has(t); })) { return lines[i]; }
    }
    return doc.x;
  }

  function show(found, query) {
    results.textContent = "";
    if (!found) { status.textContent = ""; return; }
    var n = found.docs.length;
    status.textContent = n ? n + (n === 1 ? " page found for " : " pages found for ") + query : "No pages found for " + query;
    if (!n) {
      var p = el("p");
      p.append("We could not find a page for those words. Try other words, look through the ",
        link("#a-z", "list of every page"), ", or look a word up in the ", link("/glossary/", "glossary"), ".");
      results.appendChild(p);
      return;
    }
    var ol = el("ol", "search-list");
    found.docs.forEach(function (doc) {
      var a = link(doc.u, "");
      a.appendChild(marked(doc.t, found.hit));
      var li = el("li", "search-result", el("h2", "", a));
      li.appendChild(el("p", "", document.createTextNode(doc.s)));
      li.appendChild(el("p", "", marked(doc.d, found.hit)));
      var text = snippet(doc, found.hit);
      if (text && text !== doc.d) { li.appendChild(el("p", "", marked(text, found.hit))); }
      ol.appendChild(li);
    });
    results.appendChild(ol);
  }
  function link(href, text) { var a = el("a"); a.href = href; a.textContent = text; return a; }

  var timer, latest = 0;
  function run(push) {
    var query = input.value.trim(), ticket = ++latest;
    if (push) { history.replaceState(null, "", query ? "?q=" + encodeURIComponent(query) : location.pathname); }
    search(query, root, load).then(function (found) { if (ticket === latest) { show(found, query); } }, function () {
      if (ticket === latest) { status.textContent = "Search is not working right now. The list of every page is below."; }
    });
  }
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { run(true); }, 150); });
  form.addEventListener("submit", function (e) { e.preventDefault(); clearTimeout(timer); run(true); });
  var q = new URLSearchParams(location.search).get("q");
  if (q) { input.value = q; run(false); }
}());
