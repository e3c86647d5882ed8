/* Leerpunt search: the Dutch pipeline, the index decoder and the query, for the browser.
 *
 * The twin of analysis.py, compact.py and bench/search_twin.py: every function mirrors the Python one of
 * the same name, step by step, so both give the same terms, the same lunr index and the same
 * ranked results (the tests check this in Chromium). Needs lunr.js, lunr.stemmer.support.js
 * and lunr.nl.js (lunr-languages); runs in the search worker and, for tests, in a page.
 * Pure functions only: no DOM, no network.
 */
(function (root) {
  "use strict"

  var lunr = root.lunr
  var SEPARATORS = "\t\n\v\f\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff-"
  var WORD = lunr.nl.wordCharacters + "0-9"
  var SPLIT = new RegExp("[" + SEPARATORS + "]+")
  var SEPARATOR = new RegExp("^[" + SEPARATORS + "]$")
  var LEADING = new RegExp("^[^" + WORD + "]+")
  var TRAILING = new RegExp("[^" + WORD + "]+$")
  var COMBINING_MARKS = /[\u0300-\u036f]/g
  var ASTRAL = /[\uD800-\uDFFF]/g

  var DIMINUTIVE_SUFFIXES = ["etjes", "etje", "tjes", "tje", "pjes", "pje", "jes", "je"]
  var MIN_DIMINUTIVE_BASE = 3
  var DOUBLED_CONSONANTS = "bcdfghjklmnpqrstvwxz"
  var MIN_COMPOUND_PART = 4
  var LONG_COMPOUND_PART = 6
  var COMPOUND_LINKS = ["s", "e", "en", "n"]
  var NOT_WORDS = new Set(["lijk", "heid", "baar", "zaam", "schap", "achtig"])
  var GROUP_MARK = "="
  var FAMILY_MARK = "~"
  var FAMILY_ENDINGS = ["eringen", "erende", "aties", "cties", "ering", "erend", "eerde", "eerden", "eren", "atie", "ctie",
    "eert", "eer"]
  var FAMILY_KEEP = { cties: 2, ctie: 2 }
  var FAMILY_PARTICIPLE = ["ge", ["eerden", "eerde", "eerd"]]
  var MIN_FAMILY_ROOT = 5

  var WORD_BOOST = 1.0
  var DIMINUTIVE_BOOST = 0.7
  var SYNONYM_BOOST = 0.5
  var PREFIX_BOOST = 0.2
  var PREFIX_MIN_LENGTH = 3
  var PREFIX_LIMIT = 20
  var NEAR_CUTS = [1, 2]
  var NEAR_MIN_LENGTH = 5
  var FAMILY_BOOST = 0.7
  var JOINED_BOOST = 1.0
  var HEAD_BOOST = 0.3
  var TAIL_BOOST = 0.6
  var FEW_HITS = 3
  var FUZZY_BOOST = 0.5
  var FUZZY_MIN_LENGTH = 5
  var FUZZY_LIMIT = 5

  /* ---------------------------------------------------------------- analysis */

  function tokenize(text) {
    return text.toLowerCase().split(SPLIT).filter(function (piece) { return piece.length > 0 })
  }

  function isSeparator(char) {
    return SEPARATOR.test(char)
  }

  function trim(token) {
    return token.replace(LEADING, "").replace(TRAILING, "")
  }

  function fold(word) {
    return word.normalize("NFD").replace(COMBINING_MARKS, "")
  }

  function singularEn(word) {
    if (word.length >= 6 && (word.slice(-4) === "ieen" || word.slice(-4) === "eeen")) return word.slice(0, -2)
    return word
  }

  function undouble(stem) {
    var last = stem.charAt(stem.length - 1)
    if (stem.length >= 3 && last === stem.charAt(stem.length - 2) && DOUBLED_CONSONANTS.indexOf(last) >= 0)
      return stem.slice(0, -1)
    return stem
  }

  var stems = new Map()
  function stem(word) {
    var found = stems.get(word)
    if (found === undefined) {
      found = undouble(lunr.nl.stemmer(singularEn(word)))
      stems.set(word, found)
    }
    return found
  }

  function normalize(token) {
    return fold(trim(token.replace(ASTRAL, "")))
  }

  function analyse(text, stopWords) {
    var words = []
    tokenize(text).forEach(function (token) {
      var word = normalize(token)
      if (word && !stopWords.has(word)) words.push([word, stem(word)])
    })
    return words
  }

  function diminutiveBase(word, known) {
    var own = stem(word), best = null
    DIMINUTIVE_SUFFIXES.forEach(function (suffix) {
      if (word.length < suffix.length || word.slice(-suffix.length) !== suffix) return
      var base = word.slice(0, -suffix.length)
      if (suffix.slice(0, 2) === "et" && base.length >= 2 && base[base.length - 1] === base[base.length - 2])
        base = base.slice(0, -1)
      if (base.length < MIN_DIMINUTIVE_BASE) return
      var candidate = stem(base)
      if (candidate !== own && known(candidate) && (best === null || base.length > best[0])) best = [base.length, candidate]
    })
    return best ? best[1] : null
  }

  function endsWith(word, ending) {
    return word.length >= ending.length && word.slice(word.length - ending.length) === ending
  }

  function family(word) {
    var root = null
    if (word.slice(0, FAMILY_PARTICIPLE[0].length) === FAMILY_PARTICIPLE[0]) {
      var participle = FAMILY_PARTICIPLE[1].find(function (e) { return endsWith(word, e) })
      if (participle) root = word.slice(FAMILY_PARTICIPLE[0].length, word.length - participle.length)
    }
    if (root === null) {
      var ending = FAMILY_ENDINGS.find(function (e) { return endsWith(word, e) })
      if (ending) root = word.slice(0, word.length - ending.length + (FAMILY_KEEP[ending] || 0))
    }
    if (root === null || root.length < MIN_FAMILY_ROOT) return null
    return FAMILY_MARK + root
  }

  function compoundParts(term, known, stopWords) {
    var parts = []
    for (var cut = MIN_COMPOUND_PART; cut <= term.length - MIN_COMPOUND_PART; cut++) {
      var head = term.slice(0, cut), tail = term.slice(cut)
      if (!known(tail) || stopWords.has(head) || stopWords.has(tail) || NOT_WORDS.has(tail)) continue
      if (tail.length >= LONG_COMPOUND_PART || known(head) || COMPOUND_LINKS.some(function (link) {
        return endsWith(head, link) && known(head.slice(0, head.length - link.length))
      })) parts.push(tail)
    }
    return parts
  }

  function knownHead(head, known, stopWords) {
    var candidates = [head]
    COMPOUND_LINKS.forEach(function (link) { if (endsWith(head, link)) candidates.push(head.slice(0, head.length - link.length)) })
    for (var i = 0; i < candidates.length; i++) {
      var candidate = candidates[i]
      if (candidate.length < MIN_COMPOUND_PART || stopWords.has(candidate)) continue
      var terms = [candidate, stem(candidate)]
      for (var j = 0; j < terms.length; j++) if (known(terms[j]) && !NOT_WORDS.has(terms[j])) return terms[j]
    }
    return null
  }

  function decompound(term, known, stopWords) {
    for (var cut = MIN_COMPOUND_PART; cut <= term.length - MIN_COMPOUND_PART; cut++) {
      var tail = term.slice(cut)
      if (!known(tail) || stopWords.has(tail) || NOT_WORDS.has(tail)) continue
      var head = knownHead(term.slice(0, cut), known, stopWords)
      if (head) return [head, tail]
    }
    return compoundParts(term, known, stopWords).slice(0, 1)
  }

  function withinOneEdit(a, b) {
    if (a === b) return true
    if (Math.abs(a.length - b.length) > 1) return false
    var start = 0
    while (start < Math.min(a.length, b.length) && a[start] === b[start]) start++
    if (a.length === b.length) {
      var swapped = start + 1 < a.length && a[start] === b[start + 1] && a[start + 1] === b[start]
      return a.slice(start + 1) === b.slice(start + 1) || (swapped && a.slice(start + 2) === b.slice(start + 2))
    }
    if (a.length > b.length) return a.slice(start + 1) === b.slice(start)
    return a.slice(start) === b.slice(start + 1)
  }

  function groupFinder(table) {
    var byFirstStem = new Map()
    table.forEach(function (group) {
      group[1].forEach(function (phrase) {
        if (!byFirstStem.has(phrase[0])) byFirstStem.set(phrase[0], [])
        byFirstStem.get(phrase[0]).push([group[0], phrase])
      })
    })
    return function (stems) {
      var found = []
      stems.forEach(function (first, start) {
        var here = []
        ;(byFirstStem.get(first) || []).forEach(function (entry) {
          var token = entry[0], phrase = entry[1]
          if (here.indexOf(token) >= 0) return
          for (var i = 0; i < phrase.length; i++) if (stems[start + i] !== phrase[i]) return
          here.push(token)
        })
        Array.prototype.push.apply(found, here)
      })
      return found
    }
  }

  /* ------------------------------------------------------------------ decode */

  var LAST_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
  var MORE_DIGITS = "WXYZabcdefghijklmnopqrstuvwxyz-_"
  var DIGIT = new Int8Array(128).fill(-1), LAST = new Uint8Array(128)
  for (var d = 0; d < 32; d++) {
    DIGIT[LAST_DIGITS.charCodeAt(d)] = d; LAST[LAST_DIGITS.charCodeAt(d)] = 1
    DIGIT[MORE_DIGITS.charCodeAt(d)] = d
  }

  function decodeNumbers(text) {
    var numbers = [], value = 0
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i)
      value = value * 32 + DIGIT[code]
      if (LAST[code]) { numbers.push(value); value = 0 }
    }
    return numbers
  }

  function weight(tf, length, average, idf, boost, k1, b) {
    var score = idf * ((k1 + 1) * tf) / (k1 * (1 - b + b * (length / average)) + tf)
    score *= boost
    return Math.round(score * 1000) / 1000
  }

  function idf(documentsWithTerm, docCount) {
    var x = (docCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)
    return Math.log(1 + Math.abs(x))
  }

  var NO_METADATA = Object.freeze(Object.create(null))

  /* One field's postings as flat arrays: term t has documents docs[start[t]] .. docs[start[t + 1] - 1].
     Read straight from the text into typed arrays of the size the index states (no garbage). */
  function decodeField(stream, termCount, size) {
    var start = new Int32Array(termCount + 1), docs = new Int32Array(size), tfs = new Int32Array(size)
    var at = 0, slot = 0
    function next() {
      var value = 0, code
      do {
        code = stream.charCodeAt(at++)
        value = value * 32 + DIGIT[code]
      } while (!LAST[code])
      return value
    }
    for (var t = 0; t < termCount; t++) {
      start[t] = slot
      var count = next(), previous = -1
      for (var n = 0; n < count; n++) {
        var value = next(), doc = previous + 1 + (value >>> 1)
        docs[slot] = doc
        tfs[slot++] = value & 1 ? next() + 2 : 1
        previous = doc
      }
    }
    start[termCount] = slot
    return { start: start, docs: docs, tfs: tfs }
  }

  /* The place of a document in term t's postings of one field, or -1. */
  function findDoc(list, t, doc) {
    var low = list.start[t], high = list.start[t + 1]
    while (low < high) {
      var middle = (low + high) >>> 1
      if (list.docs[middle] < doc) low = middle + 1
      else high = middle
    }
    return low < list.start[t + 1] && list.docs[low] === doc ? low : -1
  }

  /* An object whose properties are made on first use (lunr reads only the terms and field
     vectors a query touches, so most never need to exist). */
  function lazy(make) {
    return new Proxy(Object.create(null), {
      get: function (made, key) {
        if (typeof key !== "string") return undefined
        if (!(key in made)) { var value = make(key); if (value === undefined) return undefined; made[key] = value }
        return made[key]
      }
    })
  }

  /* The shard of a term's body postings (search/compact.py: shard_key): its first letter or digit,
     else "_" and the character after the mark; counted in code points, as Python does. */
  function shardKey(term) {
    var characters = Array.from(term)
    if (KEY_CHARACTER.test(characters[0] || "")) return characters[0]
    return "_" + (KEY_CHARACTER.test(characters[1] || "") ? characters[1] : "_")
  }
  var KEY_CHARACTER = /^[a-z0-9]$/

  /* The lunr.Index of a compact index, plus what the query needs: the twin of compact.decode.
     The postings and field vectors are the ones lunr's Builder would make, with the same
     weights; they are made when a query first needs them. An index file without its sharded
     field's stream (compact.py) needs the shards of a query's terms first: missingShards(terms)
     names them, addShard(key, file) adds one. */
  function decodeIndex(data) {
    var fields = data.fields, boosts = data.boosts, k1 = data.k1, b = data.b
    var terms = data.terms ? data.terms.split("\n") : []
    var docCount = data.docs.length
    var lengths = data.lengths.map(decodeNumbers)
    var averages = lengths.map(function (list) {
      var sum = 0
      for (var i = 0; i < list.length; i++) sum += list[i]
      return sum / docCount
    })
    // The sharded field, when its stream is not in the file: its terms' places in their shards.
    var sharded = data.shards && !data.postings[data.shards.field] ? data.shards.field : -1
    var postings = data.postings.map(function (stream, f) {
      return f === sharded ? null : decodeField(stream, terms.length, data.sizes[f])
    })
    var frequency = new Int32Array(terms.length), numbers = new Map()
    var counts = sharded >= 0 ? decodeNumbers(data.shards.counts) : null
    var shardTerms = new Map(), shardOf = [], placeInShard = new Int32Array(terms.length), shards = new Map()
    for (var t = 0; t < terms.length; t++) {
      numbers.set(terms[t], t)
      for (var f = 0; f < postings.length; f++) {
        frequency[t] += f === sharded ? counts[t] : postings[f].start[t + 1] - postings[f].start[t]
      }
      if (sharded >= 0 && counts[t]) {
        var key = shardKey(terms[t])
        if (!shardTerms.has(key)) shardTerms.set(key, 0)
        shardOf[t] = key
        placeInShard[t] = shardTerms.get(key)
        shardTerms.set(key, placeInShard[t] + 1)
      }
    }
    var EMPTY = { start: new Int32Array(2), docs: new Int32Array(0), tfs: new Int32Array(0) }
    /* Field f's postings that hold term t, and t's number in them (two functions: no garbage in the
       loops that score every document). */
    function listOf(f, t) {
      if (f !== sharded) return postings[f]
      if (!counts[t]) return EMPTY
      var list = shards.get(shardOf[t])
      if (!list) throw new Error("shard " + shardOf[t] + " is not loaded")
      return list
    }
    function placeOf(f, t) {
      return f !== sharded ? t : counts[t] ? placeInShard[t] : 0
    }
    var idfs = Float64Array.from(frequency, function (f) { return idf(f, docCount) })
    var fieldNumber = new Map(fields.map(function (field, f) { return [field, f] }))

    var invertedIndex = lazy(function (term) {
      var t = numbers.get(term)
      if (t === undefined) return undefined
      var posting = { _index: t }
      fields.forEach(function (field, f) {
        var docs = Object.create(null), list = listOf(f, t), at = placeOf(f, t)
        for (var p = list.start[at]; p < list.start[at + 1]; p++) docs[list.docs[p]] = NO_METADATA
        posting[field] = docs
      })
      return posting
    })
    // A document's field vector holds only the terms of the query being run. lunr scores a
    // document by the dot product of the query vector with the document's vector, divided by the
    // query vector's length: the document's other terms never count, and the dot product adds the
    // same products in the same order. So no vector of the whole index is ever made.
    var queryTerms = []
    var fieldVectors = new Proxy(Object.create(null), {
      get: function (_, fieldRef) {
        if (typeof fieldRef !== "string") return undefined
        var cut = fieldRef.indexOf("/"), f = fieldNumber.get(fieldRef.slice(0, cut)), doc = Number(fieldRef.slice(cut + 1))
        if (f === undefined || !(doc >= 0 && doc < docCount)) return undefined
        var elements = []
        for (var i = 0; i < queryTerms.length; i++) {
          var t = queryTerms[i], list = listOf(f, t), p = findDoc(list, placeOf(f, t), doc)
          if (p >= 0) elements.push(t, weight(list.tfs[p], lengths[f][doc], averages[f], idfs[t], boosts[f], k1, b))
        }
        return elements.length ? new lunr.Vector(elements) : undefined
      }
    })
    function useTerms(list) {
      queryTerms = Array.from(new Set(list.map(function (term) { return numbers.get(term) })
        .filter(function (t) { return t !== undefined }))).sort(function (x, y) { return x - y })
    }
    // Our clauses are whole terms (prefixes are expanded against the sorted term list), so
    // the vocabulary only has to answer "is this term in it": the same answer as lunr's trie
    // (TokenSet.fromArray), which takes longer to build than the whole rest of the index.
    var tokenSet = {
      intersect: function (clauseSet) {
        var wanted = clauseSet.toArray()
        return { toArray: function () { return wanted.filter(function (term) { return numbers.has(term) }) } }
      }
    }
    var index = new lunr.Index({
      invertedIndex: invertedIndex, fieldVectors: fieldVectors, tokenSet: tokenSet,
      fields: fields.slice(), pipeline: new lunr.Pipeline()
    })
    var termFrequency = new Map()
    terms.forEach(function (term, t) { termFrequency.set(term, frequency[t]) })
    var pageDocs = data.pages.map(function () { return [] })
    data.docs.forEach(function (doc, number) { pageDocs[doc[0]].push(number) })
    return {
      data: data, lunr: index, terms: terms, frequency: termFrequency, pageDocs: pageDocs,
      stopWords: new Set(data.stopwords), findGroups: groupFinder(data.synonyms),
      known: function (term) { return numbers.has(term) },
      useTerms: useTerms,
      /* The shards the postings of these terms are in that are not loaded yet. */
      missingShards: function (list) {
        var keys = []
        list.forEach(function (term) {
          var t = numbers.get(term), key = t === undefined || sharded < 0 ? undefined : shardOf[t]
          if (key !== undefined && !shards.has(key) && keys.indexOf(key) < 0) keys.push(key)
        })
        return keys
      },
      addShard: function (key, file) {
        if (!shards.has(key)) shards.set(key, decodeField(file.postings, shardTerms.get(key) || 0, file.size))
      },
      /* Every posting and whole field vector as plain data, for the tests that compare with Python. */
      materialize: function () {
        var vectors = {}
        useTerms(terms)
        fields.forEach(function (field) {
          for (var doc = 0; doc < docCount; doc++) {
            var vector = fieldVectors[field + "/" + doc]
            if (vector) vectors[field + "/" + doc] = vector.elements
          }
        })
        useTerms([])
        return {
          invertedIndex: terms.map(function (term) {
            var posting = invertedIndex[term], out = { _index: posting._index }
            fields.forEach(function (field) { out[field] = Object.keys(posting[field]).map(Number) })
            return [term, out]
          }),
          fieldVectors: vectors
        }
      }
    }
  }

  /* ------------------------------------------------------------------- query */

  function clauses(index, text) {
    text = text.replace(/\*/g, "")
    var tokens = tokenize(text)
    var typing = text.length > 0 && !isSeparator(text[text.length - 1]) && tokens.length > 0
    var found = [], seen = new Set()
    function add(term, boost) {
      if (!seen.has(term)) { seen.add(term); found.push([term, boost]) }
    }
    var stemmed = [], expanded = [], unknown = [], lost = [], words = []
    tokens.forEach(function (token) {
      var word = normalize(token)
      if (word) words.push(word)
      if (!word || index.stopWords.has(word)) return
      var own = stem(word)
      stemmed.push(own)
      add(own, WORD_BOOST)
      var base = diminutiveBase(word, index.known)
      if (base) add(base, DIMINUTIVE_BOOST)
      else if (!index.known(own)) unknown.push(own)
      var kin = family(word)
      if (kin && index.known(kin)) add(kin, FAMILY_BOOST)
      var rare = (index.frequency.get(own) || 0) < FEW_HITS && !index.findGroups([own]).length
      var parts = rare ? decompound(own, index.known, index.stopWords) : []
      var boosts = parts.length === 2 ? [HEAD_BOOST, TAIL_BOOST] : [TAIL_BOOST]
      parts.forEach(function (part, i) { add(part, boosts[i]) })
      Array.prototype.push.apply(expanded, parts.length ? parts : [own])
      if (!index.known(own) && !base && !parts.length && !(kin && index.known(kin))) lost.push(own)
    })
    for (var w = 0; w + 1 < words.length; w++) {
      var joined = stem(words[w] + words[w + 1])
      if (index.known(joined)) add(joined, JOINED_BOOST)
    }
    index.findGroups(stemmed).concat(index.findGroups(expanded)).forEach(function (group) { add(group, SYNONYM_BOOST) })
    var completed = false
    if (typing) {
      var word = normalize(tokens[tokens.length - 1])
      if (word.length >= PREFIX_MIN_LENGTH)
        completions(index, [word, stem(word)], seen).forEach(function (term) { completed = true; add(term, PREFIX_BOOST) })
    }
    if (completed && lost.length && lost[lost.length - 1] === stem(normalize(tokens[tokens.length - 1]))) lost.pop()
    var nothingNear = new Set()
    unknown.forEach(function (term) {
      var nearby = near(index, term, seen)
      if (!nearby.length) nothingNear.add(term)
      nearby.forEach(function (found) { add(found, PREFIX_BOOST) })
    })
    lost.forEach(function (term) {
      if (nothingNear.has(term) && term.length >= FUZZY_MIN_LENGTH)
        fuzzy(index, term, seen).forEach(function (close) { add(close, FUZZY_BOOST) })
    })
    return found
  }

  function fuzzy(index, term, exclude) {
    return index.terms.filter(function (known) {
      return Math.abs(known.length - term.length) <= 1 && !exclude.has(known) && known[0] !== GROUP_MARK &&
        known[0] !== FAMILY_MARK && withinOneEdit(term, known)
    }).sort(byFrequency(index)).slice(0, FUZZY_LIMIT)
  }

  function byFrequency(index) {
    return function (x, y) {
      return (index.frequency.get(y) - index.frequency.get(x)) || (x < y ? -1 : x > y ? 1 : 0)
    }
  }

  function near(index, term, exclude) {
    for (var i = 0; i < NEAR_CUTS.length; i++) {
      var cut = NEAR_CUTS[i]
      if (term.length - cut >= NEAR_MIN_LENGTH) {
        var found = completions(index, [term.slice(0, -cut)], exclude)
        if (found.length) return found
      }
    }
    return []
  }

  function lowerBound(list, value) {
    var low = 0, high = list.length
    while (low < high) {
      var middle = (low + high) >>> 1
      if (list[middle] < value) low = middle + 1
      else high = middle
    }
    return low
  }

  function completions(index, prefixes, exclude) {
    var candidates = new Set()
    prefixes.forEach(function (prefix) {
      for (var at = lowerBound(index.terms, prefix); at < index.terms.length; at++) {
        var term = index.terms[at]
        if (term.slice(0, prefix.length) !== prefix) break
        if (!exclude.has(term) && term.indexOf("*") < 0) candidates.add(term)
      }
    })
    return Array.from(candidates).sort(byFrequency(index)).slice(0, PREFIX_LIMIT)
  }

  /* Ranked [document number, score, matched terms] for a query; the best first. */
  function search(index, text) {
    var list = clauses(index, text)
    if (!list.length) return []
    index.useTerms(list.map(function (clause) { return clause[0] }))
    try {
      return index.lunr.query(function (query) {
        list.forEach(function (clause) {
          query.term(clause[0], { boost: clause[1], usePipeline: false })
        })
      }).map(function (match) {
        var doc = Number(match.ref), type = index.data.pages[index.data.docs[doc][0]][2]
        var weights = index.data.typeWeights || {}
        var score = Object.prototype.hasOwnProperty.call(weights, type) ? match.score * weights[type] : match.score
        return [doc, score, Object.keys(match.matchData.metadata)]
      }).sort(function (x, y) { return y[1] - x[1] })  // stable: equal scores keep lunr's order
    } finally {
      index.useTerms([])
    }
  }

  function rankedPages(index, text) {
    var pages = [], seen = new Set()
    search(index, text).forEach(function (hit) {
      var page = index.data.docs[hit[0]][0]
      if (!seen.has(page)) { seen.add(page); pages.push(index.data.pages[page][0]) }
    })
    return pages
  }

  root.LeerpuntSearchCore = {
    tokenize: tokenize, isSeparator: isSeparator, trim: trim, fold: fold, singularEn: singularEn, undouble: undouble, stem: stem,
    normalize: normalize, analyse: analyse, diminutiveBase: diminutiveBase, family: family,
    compoundParts: compoundParts, decompound: decompound, withinOneEdit: withinOneEdit,
    groupFinder: groupFinder, decodeNumbers: decodeNumbers, shardKey: shardKey, decodeIndex: decodeIndex, clauses: clauses,
    search: search, rankedPages: rankedPages
  }
})(typeof self !== "undefined" ? self : this)
