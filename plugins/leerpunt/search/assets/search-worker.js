/* Leerpunt search worker: loads the prebuilt index once, answers queries off the main thread.
 *
 * The site's search-worker.js is this file after lunr.js, lunr-languages (nl) and our
 * search-core.js and search-results.js (search/assets.py: worker_bundle).
 *
 * Messages in:  {type: "load", index: url, buffer?: the index file, when the page fetched it already}
 *               {type: "search", id, q, filters: {type: [], niveau: [], thema: []}, limit}
 *               {type: "debug", id, q}   ranked documents and clauses, for the tests
 * Messages out: {type: "ready", badges, labels, timing}, {type: "results", id, items, facets, nothing?, ...}
 *               (nothing: what to offer when there are no results at all) and then
 *               {type: "snippets", id, snippets} for the same id, {type: "debug", id, ...},
 *               {type: "error", id?, message}
 * Snippet texts live in one small file per page; only the pages of shown results are fetched.
 */
(function () {
"use strict"

var core = self.LeerpuntSearchCore, results = self.LeerpuntSearchResults
var index = null, indexUrl = null, texts = new Map()
var evaluated = now()

function now() {
  return performance.timeOrigin + performance.now()
}

function load(url, buffer) {
  var timing = { created: performance.timeOrigin, boot: self.leerpuntBoot, evaluated: evaluated, start: now() }
  indexUrl = url
  var data = buffer ? Promise.resolve(buffer).then(function (bytes) { return JSON.parse(new TextDecoder().decode(bytes)) })
    : fetch(url).then(function (response) {
      if (!response.ok) throw new Error("index " + response.status)
      return response.json()
    })
  index = data
    .then(function (data) {
      timing.parsed = now()
      var loaded = core.decodeIndex(data)
      timing.decoded = now()
      return loaded
    })
  index.then(function (loaded) {
    self.postMessage({ type: "ready", badges: loaded.data.badges, labels: loaded.data.labels, timing: timing })
  }, function (error) {
    self.postMessage({ type: "error", message: String(error) })
  })
}

function pageTexts(loaded, page) {
  var shard = loaded.data.pages[page][6]
  if (!texts.has(shard)) {
    texts.set(shard, fetch(new URL("tekst/" + shard + ".json", indexUrl)).then(function (response) {
      if (!response.ok) throw new Error("tekst " + response.status)
      return response.json()
    }).catch(function () { texts.delete(shard); return [] }))
  }
  return texts.get(shard)
}

function lastWord(q) {
  var tokens = core.tokenize(q)
  return tokens.length && !core.isSeparator(q.slice(-1)) ? core.normalize(tokens[tokens.length - 1]) : ""
}

/* What the interface shows of an item at once: everything but the snippet. */
function describe(loaded, item, isHit) {
  var data = loaded.data, page = data.pages[item.page], doc = data.docs[item.docs[0]], anchor = doc[1] || ""
  var sections = item.recommendation ? [] : item.docs.slice(1).filter(function (number) {
    return data.docs[number][1]
  }).slice(0, results.MORE_SECTIONS).map(function (number) {
    return { url: page[0] + "#" + data.docs[number][1], title: results.mark(data.docs[number][2] || "", isHit) }
  })
  return {
    key: item.key, type: item.type, score: item.score,
    url: page[0] + (anchor ? "#" + anchor : ""),
    title: results.mark(item.recommendation ? doc[2] : page[1], isHit),
    section: !item.recommendation && anchor ? results.mark(doc[2] || "", isHit) : [],
    parent: item.recommendation ? page[1] : "",
    badges: item.recommendation ? (item.level ? ["aanbeveling:" + item.level] : []) : page[5],
    sections: sections
  }
}

/* The snippet of an item: the best document's text around its hits (else the page summary). */
function snippetOf(loaded, item, isHit) {
  var best = item.docs[0]
  return pageTexts(loaded, item.page).then(function (shard) {
    var position = loaded.pageDocs[item.page].indexOf(best)
    var text = shard[position + 1] || "", summary = shard[0] || ""
    var hasHit = function (segments) { return segments.some(function (segment) { return segment[1] }) }
    var fromText = results.snippet(text, isHit), fromSummary = results.snippet(summary, isHit)
    // The top of a page: its summary says best what the page is about, when it has a hit.
    if (position === 0 && hasHit(fromSummary)) return fromSummary
    if (hasHit(fromText) || !summary) return fromText
    return hasHit(fromSummary) || !text ? fromSummary : fromText
  })
}

/* Results in two messages: the items at once ("results"), their snippets when the text files
   of their pages are in ("snippets"), so a slow network never holds the results back. */
function search(message) {
  var timing = { received: now() }
  return index.then(function (loaded) {
    timing.ready = now()
    var items = results.collect(loaded, core.search(loaded, message.q))
    var filters = message.filters || {}
    var kept = items.filter(function (item) { return results.passes(item, filters) })
    var shown = kept.slice(0, message.limit || 10)
    var tests = shown.map(function (item) { return results.hitTest(loaded, item.terms, lastWord(message.q)) })
    var reply = {
      type: "results", id: message.id, q: message.q, total: kept.length, unfiltered: items.length,
      facets: results.facetCounts(items, filters), timing: timing,
      items: shown.map(function (item, i) { return describe(loaded, item, tests[i]) })
    }
    if (!items.length) reply.nothing = results.whenNothing(loaded, message.q)
    timing.searched = now()
    self.postMessage(reply)
    return Promise.all(shown.map(function (item, i) { return snippetOf(loaded, item, tests[i]) })).then(function (list) {
      return { type: "snippets", id: message.id, snippets: list, timing: { presented: now() } }
    })
  })
}

function debug(message) {
  return index.then(function (loaded) {
    return {
      type: "debug", id: message.id, q: message.q, clauses: core.clauses(loaded, message.q),
      hits: core.search(loaded, message.q).map(function (hit) { return [hit[0], hit[1]] }),
      pages: core.rankedPages(loaded, message.q)
    }
  })
}

self.onmessage = function (event) {
  var message = event.data
  if (message.type === "load") return load(message.index, message.buffer)
  if (!index) return self.postMessage({ type: "error", id: message.id, message: "no index" })
  var answer = message.type === "debug" ? debug(message) : search(message)
  answer.then(function (reply) { self.postMessage(reply) }, function (error) {
    self.postMessage({ type: "error", id: message.id, message: String(error) })
  })
}
})()
