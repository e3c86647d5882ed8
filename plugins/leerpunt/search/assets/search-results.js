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
      // a fourth field marks a guide's recommendation: a result of its own, its level possibly ''
      var doc = data.docs[hit[0]], page = doc[0], recommendation = doc.length > 3, level = doc[3] || ""
      var key = recommendation ? "d" + hit[0] : "p" + page
      var item = byKey.get(key)
      if (!item) {
        var entry = data.pages[page]
        item = {
          key: key, page: page, score: hit[1], docs: [], terms: new Set(),
          type: recommendation ? "aanbeveling" : entry[2], level: level, recommendation: recommendation,
          values: { type: [recommendation ? "aanbeveling" : entry[2]], niveau: entry[3], thema: entry[4] }
        }
        byKey.set(key, item)
        items.push(item)
      }
      item.docs.push(hit[0])
      hit[2].forEach(function (term) { item.terms.add(term) })
    })
    return items
  }

  /* The order the interface shows items in: grouped by content type, the groups in the order of
     their best item, except that the general pages (overviews, theme hubs, lists) come after the
     content they point to (an approach or guide that was found is what a teacher came for, even
     where a theme page scored higher). The worker sends snippets in this order too, so the first
     result on screen gets its snippet first. */
  function displayOrder(items) {
    var ordered = items.filter(function (item) { return item.type !== "pagina" })
      .concat(items.filter(function (item) { return item.type === "pagina" }))
    var types = []
    ordered.forEach(function (item) { if (types.indexOf(item.type) < 0) types.push(item.type) })
    return types.reduce(function (shown, type) {
      return shown.concat(ordered.filter(function (item) { return item.type === type }))
    }, [])
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
    var stems = new Set(), families = new Set()
    terms.forEach(function (term) {
      if (term.charAt(0) === "~") {
        families.add(term)
      } else if (term.charAt(0) === "=") {
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
      if (stems.has(stem) || (families.size && families.has(core.family(normal)))) return true
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

  /* ---------------------------------------------------- when nothing is found */

  var SUGGESTIONS = 3
  var SUGGEST_MIN_LENGTH = 4
  var SUGGEST_DISTANCE = 2
  var SUGGEST_TRIES = 10  // close words tried (each is a search) for the first unknown word
  var EXPLORE_THEMES = 2

  /* The words of the titles and headings, folded, with how often they occur and how they are written. */
  function vocabulary(index) {
    if (index.suggestWords) return index.suggestWords
    var words = new Map(), data = index.data
    var texts = data.pages.map(function (page) { return page[1] })
      .concat(data.docs.map(function (doc) { return doc[2] || "" }))
    texts.forEach(function (text) {
      core.tokenize(text).forEach(function (token) {
        var written = core.trim(token), word = core.normalize(token)
        if (word.length < SUGGEST_MIN_LENGTH || index.stopWords.has(word) || /[0-9]/.test(word)) return
        var entry = words.get(word) || { written: written, count: 0 }
        entry.count++
        words.set(word, entry)
      })
    })
    index.suggestWords = words
    return words
  }

  /* Levenshtein distance, or limit + 1 as soon as it exceeds limit. */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1
    var previous = [], current
    for (var j = 0; j <= b.length; j++) previous.push(j)
    for (var i = 1; i <= a.length; i++) {
      current = [i]
      var best = i
      for (var k = 1; k <= b.length; k++) {
        current.push(Math.min(previous[k] + 1, current[k - 1] + 1, previous[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1)))
        best = Math.min(best, current[k])
      }
      if (best > limit) return limit + 1
      previous = current
    }
    return previous[b.length]
  }

  /* Words of the vocabulary close to a word the index lacks: the closest, then the most frequent. */
  function closeWords(index, word) {
    var found = []
    vocabulary(index).forEach(function (entry, candidate) {
      var d = distance(word, candidate, SUGGEST_DISTANCE)
      if (d <= SUGGEST_DISTANCE) found.push([d, -entry.count, candidate, entry.written.toLowerCase()])
    })
    found.sort(function (x, y) { return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0) })
    return found.map(function (entry) { return entry[3] })
  }

  /* Queries that find something: the query with its unknown words replaced by close words of the
     titles and headings ("Bedoelde je …"). */
  function suggestions(index, q) {
    return tried(index, q).filter(function (text) { return core.search(index, text).length }).slice(0, SUGGESTIONS)
  }

  /* The queries suggestions() tries, in order (the worker loads their index shards first). */
  function tried(index, q) {
    var tokens = core.tokenize(q), options = [], out = []
    tokens.forEach(function (token, i) {
      var word = core.normalize(token)
      if (word && !index.stopWords.has(word) && !index.known(core.stem(word)) && word.length >= SUGGEST_MIN_LENGTH)
        options.push([i, closeWords(index, word)])
    })
    if (!options.length) return []
    options[0][1].slice(0, SUGGEST_TRIES).forEach(function (first) {
      var words = tokens.slice()
      words[options[0][0]] = first
      options.slice(1).forEach(function (option) { if (option[1].length) words[option[0]] = option[1][0] })
      var text = words.join(" ")
      if (out.indexOf(text) < 0) out.push(text)
    })
    return out
  }

  /* Links to the toolkits' explorers, filtered on the themes of what a suggestion finds. */
  function explorers(index, q) {
    var data = index.data, counts = new Map()
    if (q) {
      collect(index, core.search(index, q)).slice(0, 5).forEach(function (item) {
        data.pages[item.page][4].forEach(function (theme) { counts.set(theme, (counts.get(theme) || 0) + 1) })
      })
    }
    var themes = Array.from(counts.keys()).sort(function (x, y) {
      return counts.get(y) - counts.get(x) || (x < y ? -1 : x > y ? 1 : 0)
    }).slice(0, EXPLORE_THEMES)
    var links = []
    themes.forEach(function (theme) {
      var toolkits = []
      data.pages.forEach(function (page) {
        var match = /^toolkits\/([^/]+)\/[^/]+\/$/.exec(page[0])
        if (page[2] === "aanpak" && match && page[4].indexOf(theme) >= 0 && toolkits.indexOf(match[1]) < 0)
          toolkits.push(match[1])
      })
      toolkits.forEach(function (toolkit) {
        var overview = data.pages.find(function (page) { return page[0] === "toolkits/" + toolkit + "/" })
        links.push({ url: "toolkits/" + toolkit + "/?thema=" + encodeURIComponent(theme),
                     theme: (data.labels.thema || {})[theme] || theme, toolkit: overview ? overview[1] : toolkit })
      })
    })
    return links
  }

  /* What a search without results offers instead: close queries and the explorers of their themes. */
  function whenNothing(index, q) {
    var close = suggestions(index, q)
    return { suggestions: close, explorers: explorers(index, close[0] || "") }
  }

  root.LeerpuntSearchResults = {
    FACETS: FACETS, MORE_SECTIONS: MORE_SECTIONS, collect: collect, displayOrder: displayOrder, passes: passes,
    facetCounts: facetCounts,
    hitTest: hitTest, mark: mark, snippet: snippet, whenNothing: whenNothing, tried: tried
  }
})(typeof self !== "undefined" ? self : this)
