/* Leerpunt search: from ranked documents to what the interface shows (runs in the worker).
 *
 * Results are grouped into items: a page (with its best sections) or, for a guide, each
 * recommendation on its own. Items are filtered by the facets (content type, niveau, thema;
 * values within one facet are alternatives, facets combine), counted per facet value, and the
 * shown ones get a snippet with the hits marked. Everything returned is plain text and
 * numbers: the interface puts it in the page as text, never as HTML.
 */
(function (root) {
  "use strict"

  var core = root.LeerpuntSearchCore
  var FACETS = ["type", "niveau", "thema"]
  var SNIPPET_LENGTH = 180
  var SNIPPET_LEAD = 40
  var MORE_SECTIONS = 3
  var WORDS = /[^\t\n\v\f\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff-]+/g

  /* Items in order of their best document. */
  function collect(index, hits) {
    var items = [], byKey = new Map(), data = index.data
    hits.forEach(function (hit) {
      var doc = data.docs[hit[0]], page = doc[0], level = doc[3] || ""
      var key = level ? "d" + hit[0] : "p" + page
      var item = byKey.get(key)
      if (!item) {
        var entry = data.pages[page]
        item = {
          key: key, page: page, score: hit[1], docs: [], terms: new Set(),
          type: level ? "aanbeveling" : entry[2], level: level,
          values: { type: [level ? "aanbeveling" : entry[2]], niveau: entry[3], thema: entry[4] }
        }
        byKey.set(key, item)
        items.push(item)
      }
      item.docs.push(hit[0])
      hit[2].forEach(function (term) { item.terms.add(term) })
    })
    return items
  }

  function passes(item, filters, except) {
    return FACETS.every(function (facet) {
      var wanted = filters[facet] || []
      return facet === except || !wanted.length || item.values[facet].some(function (v) { return wanted.indexOf(v) >= 0 })
    })
  }

  /* Per facet, per value: how many items would remain with that value chosen (the other facets applied). */
  function facetCounts(items, filters) {
    var counts = {}
    FACETS.forEach(function (facet) {
      counts[facet] = {}
      items.forEach(function (item) {
        if (!passes(item, filters, facet)) return
        item.values[facet].forEach(function (value) { counts[facet][value] = (counts[facet][value] || 0) + 1 })
      })
    })
    return counts
  }

  /* A test "is this word of a text a hit?" from the terms a result matched. */
  function hitTest(index, terms, typed) {
    var stems = new Set()
    terms.forEach(function (term) {
      if (term.charAt(0) === "=") {
        index.data.synonyms.forEach(function (group) {
          if (group[0] === term) group[1].forEach(function (phrase) { phrase.forEach(function (s) { stems.add(s) }) })
        })
      } else {
        stems.add(term)
      }
    })
    var parts = Array.from(stems).filter(function (s) { return s.length >= 4 })
    return function (word) {
      var normal = core.normalize(word.toLowerCase())
      if (!normal || index.stopWords.has(normal)) return false
      var stem = core.stem(normal)
      if (stems.has(stem)) return true
      if (typed && typed.length >= 3 && (normal.indexOf(typed) === 0 || stem.indexOf(typed) === 0)) return true
      return parts.some(function (part) { return stem.length - part.length >= 4 && stem.slice(-part.length) === part })
    }
  }

  /* [[text, isHit], ...] of a whole text (titles). */
  function mark(text, isHit) {
    return segments(text, 0, text.length, words(text, isHit))
  }

  /* The words of a text with their place; a hit marks the word without its punctuation. */
  function words(text, isHit) {
    var found = [], match
    WORDS.lastIndex = 0
    while ((match = WORDS.exec(text)) !== null) {
      var token = match[0], word = core.trim(token), start = match.index
      var hit = word.length > 0 && isHit(token)
      var inner = hit ? start + token.indexOf(word) : start
      found.push({ start: start, end: start + token.length, hit: hit, from: inner, to: hit ? inner + word.length : inner })
    }
    return found
  }

  function segments(text, from, to, list) {
    var out = [], at = from
    list.forEach(function (word) {
      if (!word.hit || word.start < from || word.end > to) return
      if (word.from > at) out.push([text.slice(at, word.from), false])
      out.push([text.slice(word.from, word.to), true])
      at = word.to
    })
    if (at < to) out.push([text.slice(at, to), false])
    return out
  }

  /* The part of a text around its densest cluster of hits, cut at word boundaries. */
  function snippet(text, isHit) {
    if (!text) return []
    var list = words(text, isHit), hits = list.filter(function (w) { return w.hit })
    var start = 0
    if (hits.length) {
      var best = 0, bestCount = 0
      hits.forEach(function (hit, i) {
        var count = 0
        for (var j = i; j < hits.length && hits[j].end <= hit.start + SNIPPET_LENGTH - SNIPPET_LEAD; j++) count++
        if (count > bestCount) { best = i; bestCount = count }
      })
      // Start a little before the hits, but never so late that the end of the text leaves room unused.
      var wanted = Math.min(hits[best].start - SNIPPET_LEAD, text.length - SNIPPET_LENGTH)
      start = wanted <= 0 ? 0 : Math.min(nextStart(list, wanted), hits[best].start)
    }
    var end = Math.min(text.length, start + SNIPPET_LENGTH)
    var last = list.filter(function (w) { return w.start < end }).pop()
    if (last && last.end > end) end = last.start > start ? last.start : last.end
    var out = segments(text, start, end, list)
    if (out.length) {
      out[0][0] = out[0][0].replace(/^\s+/, "")
      out[out.length - 1][0] = out[out.length - 1][0].replace(/\s+$/, "")
    }
    if (start > 0) out.unshift(["… ", false])
    if (end < text.length) out.push([" …", false])
    return out
  }

  function nextStart(list, position) {
    var next = list.find(function (w) { return w.start >= position })
    return next ? next.start : position
  }

  root.LeerpuntSearchResults = {
    FACETS: FACETS, MORE_SECTIONS: MORE_SECTIONS, collect: collect, passes: passes, facetCounts: facetCounts,
    hitTest: hitTest, mark: mark, snippet: snippet
  }
})(typeof self !== "undefined" ? self : this)
