/* Leerpunt search worker: loads the prebuilt index once, answers queries off the main thread.
 *
 * The site's search-worker.js is this file after lunr.js, lunr-languages (nl) and our
 * search-core.js and search-results.js (search/assets.py: worker_bundle).
 *
 * Messages in:  {type: "load", index: url, buffer?: the index file, when the page fetched it already,
 *                q?, filters?, limit?: the search the address asks for (the texts of its first result
 *                on screen are fetched at once),
 *                shards?: the keys of the index's shards the page asked for, each to follow as
 *                {type: "shard", key, buffer?: the file, when the page could get it}}
 *               {type: "search", id, q, filters: {type: [], niveau: [], thema: []}, limit}
 *               {type: "debug", id, q}   ranked documents and clauses, for the tests
 * Messages out: {type: "ready", badges, labels, timing}, {type: "results", id, items, facets, nothing?, ...}
 *               (items in the order they are shown: LeerpuntSearchResults.displayOrder)
 *               (nothing: what to offer when there are no results at all) and then
 *               {type: "snippets", id, snippets: {item number: segments}} for the same id as their texts
 *               come in, the last one with done: true; {type: "debug", id, ...}, {type: "error", id?, message}
 * Snippet texts live in files of a few neighbouring pages (search/snippets.py): the file of the
 * first result on screen is fetched first (its snippet needs one request), then those of the other shown results.
 */
(function () {
"use strict"

var core = self.LeerpuntSearchCore, results = self.LeerpuntSearchResults
var index = null, indexUrl = null, texts = new Map()
// Shards of the index's body postings (search/compact.py), by key: a promise of the file, or of
// null when it could not be had. The page may have asked for some already (messages "shard").
var shards = new Map(), sentByPage = new Map()
var evaluated = now()

function now() {
  return performance.timeOrigin + performance.now()
}

/* The page's early start asked for these shards: wait for its messages instead of asking again. */
function expectShards(keys) {
  (keys || []).forEach(function (key) {
    if (!shards.has(key)) shards.set(key, new Promise(function (resolve) { sentByPage.set(key, resolve) }))
  })
}

/* A shard the page fetched (its buffer) or could not (none); it may come before the index. */
function shardArrived(message) {
  var file = message.buffer ? JSON.parse(new TextDecoder().decode(message.buffer)) : null
  var resolve = sentByPage.get(message.key)
  if (resolve) {
    sentByPage.delete(message.key)
    resolve(file)
  } else if (!shards.has(message.key)) {
    shards.set(message.key, Promise.resolve(file))
  }
}

function fetchShard(key) {
  return fetch(indexUrl.replace(/\.json$/, "." + key + ".json")).then(function (response) {
    if (!response.ok) throw new Error("shard " + key + " " + response.status)
    return response.json()
  })
}

/* The index with the shards the terms of these queries need added (fetched unless the page brought them). */
function withShards(loaded, queries) {
  var terms = []
  queries.forEach(function (q) {
    core.clauses(loaded, q).forEach(function (clause) { terms.push(clause[0]) })
  })
  var keys = loaded.missingShards(terms)
  return Promise.all(keys.map(function (key) {
    if (!shards.has(key)) shards.set(key, fetchShard(key))
    var file = shards.get(key).then(function (found) { return found || fetchShard(key) })
    return file.then(function (found) { loaded.addShard(key, found) }, function (error) {
      shards.delete(key)  // another query may try again
      throw error
    })
  })).then(function () { return loaded })
}

function load(url, buffer, q, filters, limit, coming) {
  expectShards(coming)
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
    if (q) prefetch(loaded, q, filters || {}, limit)
  }, function (error) {
    self.postMessage({ type: "error", message: String(error) })
  })
}

function chunkOf(loaded, page) {
  return loaded.data.pages[page][6]
}

/* A file of snippet texts ({first, pages}), fetched once; null when it cannot be had (then no snippets). */
function chunkTexts(loaded, chunk) {
  if (!texts.has(chunk)) {
    texts.set(chunk, fetch(new URL("tekst/" + loaded.data.texts[chunk] + ".json", indexUrl)).then(function (response) {
      if (!response.ok) throw new Error("tekst " + response.status)
      return response.json()
    }).catch(function () { texts.delete(chunk); return null }))
  }
  return texts.get(chunk)
}

function lastWord(q) {
  var tokens = core.tokenize(q)
  return tokens.length && !core.isSeparator(q.slice(-1)) ? core.normalize(tokens[tokens.length - 1]) : ""
}

/* The address asks for a search: fetch the texts of its first result on screen now, while the page's
   scripts still load; when the page asks, that snippet is ready. */
function prefetch(loaded, q, filters, limit) {
  withShards(loaded, [q]).then(function () {
    var first = filtered(results.collect(loaded, core.search(loaded, q)), filters, limit).shown[0]
    if (first) chunkTexts(loaded, chunkOf(loaded, first.page))
  }, function () {})  // the page's own search reports it
}

/* The items that pass a search's filters, and the shown ones in the order they are shown. */
function filtered(items, filters, limit) {
  var kept = items.filter(function (item) { return results.passes(item, filters) })
  return { kept: kept, shown: results.displayOrder(kept.slice(0, limit || 10)) }
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
function snippetOf(loaded, item, isHit, chunk) {
  var page = chunk ? chunk.pages[item.page - chunk.first] || [] : []
  var position = loaded.pageDocs[item.page].indexOf(item.docs[0])
  var text = page[position + 1] || "", summary = page[0] || ""
  var hasHit = function (segments) { return segments.some(function (segment) { return segment[1] }) }
  var fromText = results.snippet(text, isHit), fromSummary = results.snippet(summary, isHit)
  // The top of a page: its summary says best what the page is about, when it has a hit.
  if (position === 0 && hasHit(fromSummary)) return fromSummary
  if (hasHit(fromText) || !summary) return fromText
  return hasHit(fromSummary) || !text ? fromSummary : fromText
}

/* The snippets of the shown items, in messages as their files come in: the first result's file
   alone first (sharing a slow connection would delay it), then the others side by side. */
function sendSnippets(loaded, id, shown, tests) {
  var order = []
  shown.forEach(function (item) {
    var chunk = chunkOf(loaded, item.page)
    if (order.indexOf(chunk) < 0) order.push(chunk)
  })
  function deliver(number) {
    return chunkTexts(loaded, number).then(function (chunk) {
      var snippets = {}
      shown.forEach(function (item, i) {
        if (chunkOf(loaded, item.page) === number) snippets[i] = snippetOf(loaded, item, tests[i], chunk)
      })
      self.postMessage({ type: "snippets", id: id, snippets: snippets, timing: { presented: now() } })
    })
  }
  return (order.length ? deliver(order[0]) : Promise.resolve()).then(function () {
    return Promise.all(order.slice(1).map(deliver))
  }).then(function () {
    return { type: "snippets", id: id, snippets: {}, done: true }
  })
}

/* Results at once ("results"), their snippets when the text files are in ("snippets"), so a slow
   network never holds the results back. */
function search(message) {
  var timing = { received: now() }
  return index.then(function (loaded) { return withShards(loaded, [message.q]) }).then(function (loaded) {
    timing.ready = now()
    var items = results.collect(loaded, core.search(loaded, message.q))
    var filters = message.filters || {}
    var found = filtered(items, filters, message.limit), kept = found.kept, shown = found.shown
    var tests = shown.map(function (item) { return results.hitTest(loaded, item.terms, lastWord(message.q)) })
    var reply = {
      type: "results", id: message.id, q: message.q, total: kept.length, unfiltered: items.length,
      facets: results.facetCounts(items, filters), timing: timing,
      items: shown.map(function (item, i) { return describe(loaded, item, tests[i]) })
    }
    // Nothing found: the queries "Bedoelde je …" tries need their shards too.
    return (items.length ? Promise.resolve() : withShards(loaded, results.tried(loaded, message.q))).then(function () {
      if (!items.length) reply.nothing = results.whenNothing(loaded, message.q)
      timing.searched = now()
      self.postMessage(reply)
      return sendSnippets(loaded, message.id, shown, tests)
    })
  })
}

function debug(message) {
  return index.then(function (loaded) { return withShards(loaded, [message.q]) }).then(function (loaded) {
    return {
      type: "debug", id: message.id, q: message.q, clauses: core.clauses(loaded, message.q),
      hits: core.search(loaded, message.q).map(function (hit) { return [hit[0], hit[1]] }),
      pages: core.rankedPages(loaded, message.q)
    }
  })
}

self.onmessage = function (event) {
  var message = event.data
  if (message.type === "load") {
    return load(message.index, message.buffer, message.q, message.filters, message.limit, message.shards)
  }
  if (message.type === "shard") return shardArrived(message)
  if (!index) return self.postMessage({ type: "error", id: message.id, message: "no index" })
  var answer = message.type === "debug" ? debug(message) : search(message)
  answer.then(function (reply) { self.postMessage(reply) }, function (error) {
    self.postMessage({ type: "error", id: message.id, message: String(error) })
  })
}
})()
