/* Leerpunt search interface: the search field in Material's header and the results page.
 *
 * Same look and shortcuts as Material's search: `/`, `s` or `f` open it, results appear while
 * typing, Enter opens the best result (or the results page when there is none yet), the arrow
 * keys walk through the results, Escape closes, and `?q=` in a page address opens it with that
 * query. The index loads in a web
 * worker the first time search is used. Text from the site is always inserted as text
 * (textContent, text nodes), never as HTML; the only HTML inserted is the badge table that
 * the build generates from the scales (search/facets.py: badge_table).
 */
(function () {
  "use strict"

  var header = document.querySelector("[data-lp-search]")
  if (!header || !window.Worker) return
  var TEXT = JSON.parse(header.querySelector("[data-lp-search-config]").textContent)
  var toggle = document.getElementById("__search")
  var input = header.querySelector("[data-lp-search-input]")
  var dropdown = header.querySelector("[data-lp-search-results]")
  var form = input.form
  var siteRoot = new URL((header.getAttribute("data-base") || ".").replace(/\/*$/, "/"), location.href)
  var resultsPage = new URL(header.getAttribute("data-page"), location.href)
  var FACETS = ["type", "niveau", "thema"]
  var HEADER_LIMIT = Number(header.getAttribute("data-header-limit"))
  var PAGE_STEP = Number(header.getAttribute("data-page-limit"))

  /* ------------------------------------------------------------ worker client */

  var client = null
  function connect() {
    if (client) return client
    var early = window.leerpuntSearchEarly  // started by the template when the address has ?q=
    var worker = early ? early.start() : new Worker(new URL(header.getAttribute("data-worker"), location.href))
    var pending = new Map(), next = 0, setReady, setFailed
    var ready = new Promise(function (resolve, reject) { setReady = resolve; setFailed = reject })
    ready.catch(function () {})
    function receive(event) {
      var message = event.data
      if (message.type === "ready") return setReady(message)
      if (message.type === "error" && !message.id) return setFailed(new Error(message.message))
      var waiting = pending.get(message.id)
      if (!waiting) return
      if (message.type === "results") return waiting.resolve(message)  // its snippets follow
      if (message.type === "snippets") {
        if (message.done) pending.delete(message.id)
        return waiting.snippets(message)
      }
      pending.delete(message.id)
      waiting.resolve(message)
    }
    worker.onmessage = receive
    worker.onerror = function () { setFailed(new Error("worker")) }
    if (early && early.failed) setFailed(new Error("worker"))
    if (early) early.messages.forEach(receive)
    else worker.postMessage({ type: "load", index: new URL(header.getAttribute("data-index"), location.href).href })
    client = {
      ready: ready,
      /* The answer to a message; for a search, snippets(message) gets the snippets later. */
      ask: function (message, snippets) {
        return ready.then(function () {
          return new Promise(function (resolve) {
            message.id = ++next
            pending.set(message.id, { resolve: resolve, snippets: snippets || function () {} })
            worker.postMessage(message)
          })
        })
      }
    }
    return client
  }

  /* For tests and the curious: the same answers the interface gets. */
  window.leerpuntSearch = {
    search: function (q, filters, limit) { return connect().ask({ type: "search", q: q, filters: filters || {}, limit: limit || 10 }) },
    debug: function (q) { return connect().ask({ type: "debug", q: q }) },
    ready: function () { return connect().ready }
  }

  /* --------------------------------------------------------------- rendering */

  function element(tag, className, text) {
    var node = document.createElement(tag)
    if (className) node.className = className
    if (text !== undefined) node.textContent = text
    return node
  }

  /* Re-render a part of the interface without losing the keyboard focus: a control that had it
     gets it back in the new rendering (controls carry data-lp-key). */
  function keepingFocus(container, render) {
    var active = document.activeElement
    var key = active && container.contains(active) ? active.getAttribute("data-lp-key") : null
    render()
    var again = key && container.querySelector('[data-lp-key="' + CSS.escape(key) + '"]')
    if (again) again.focus()
  }

  function marked(target, segments) {
    segments.forEach(function (segment) {
      target.appendChild(segment[1] ? element("mark", "", segment[0]) : document.createTextNode(segment[0]))
    })
    return target
  }

  function countText(total) {
    return total === 1 ? TEXT.one : TEXT.other.replace("#", String(total))
  }

  function link(url) {
    return new URL(url, siteRoot).href
  }

  function badgeList(keys, badges) {
    var span = element("span", "lp-badges lp-search-hit__badges")
    // Trusted HTML: generated at build time from the scales, never from page text.
    span.innerHTML = keys.map(function (key) { return badges[key] || "" }).join("")
    return span
  }

  function renderHit(item, state) {
    var li = element("li", "md-search-result__item lp-search-hit")
    var a = element("a", "md-search-result__link lp-search-hit__link")
    a.href = link(item.url)
    a.setAttribute("data-lp-score", String(item.score))
    var article = element("article", "md-search-result__article md-typeset lp-search-hit__article")
    var title = marked(element("span", "lp-search-hit__title"), item.title)
    if (item.section.length) {
      title.appendChild(document.createTextNode(" › "))
      marked(title, item.section)
    }
    article.appendChild(title)
    if (item.parent) article.appendChild(element("span", "lp-search-hit__context", TEXT.in + " " + item.parent))
    if (item.badges.length) article.appendChild(badgeList(item.badges, state.badges))
    article.appendChild(element("p", "md-search-result__teaser lp-search-hit__snippet")).setAttribute("data-lp-snippet", item.key)
    a.appendChild(article)
    li.appendChild(a)
    if (item.sections.length) {
      var more = element("ul", "lp-search-hit__more")
      more.setAttribute("aria-label", TEXT.more_on_page)
      item.sections.forEach(function (section) {
        var sub = element("a", "lp-search-hit__section")
        sub.href = link(section.url)
        marked(sub, section.title)
        more.appendChild(element("li")).appendChild(sub)
      })
      li.appendChild(more)
    }
    return li
  }

  /* The snippets that follow the results (a few at a time): each fills the place its item kept for it. */
  function fillSnippets(container, reply, message) {
    Object.keys(message.snippets).forEach(function (i) {
      var item = reply.items[i]
      var place = item && container.querySelector('[data-lp-snippet="' + CSS.escape(item.key) + '"]')
      if (!place) return
      if (message.snippets[i].length) marked(place, message.snippets[i])
      else place.remove()
    })
  }

  /* Items grouped by content type. The worker sends them in the order they are shown
     (LeerpuntSearchResults.displayOrder), so grouping keeps that order. */
  function renderGroups(items, state, idPrefix) {
    var list = element("ol", "md-search-result__list lp-search-groups"), groups = new Map()
    items.forEach(function (item) {
      if (!groups.has(item.type)) {
        var group = element("li", "lp-search-group lp-search-group--" + item.type)
        var id = idPrefix + "-" + item.type
        var heading = element("p", "lp-search-group__title", state.labels.type[item.type] || item.type)
        heading.id = id
        var hits = element("ol", "lp-search-group__hits")
        hits.setAttribute("aria-labelledby", id)
        group.appendChild(heading)
        group.appendChild(hits)
        list.appendChild(group)
        groups.set(item.type, hits)
      }
      groups.get(item.type).appendChild(renderHit(item, state))
    })
    return list
  }

  function renderMeta(meta, reply, q, hasFilters, onClear) {
    meta.textContent = ""
    if (!q.trim()) { meta.textContent = TEXT.start; return }
    if (reply.total) { meta.textContent = countText(reply.total); return }
    meta.appendChild(element("strong", "lp-search-none", TEXT.none.replace("#", q.trim())))
    meta.appendChild(document.createTextNode(" "))
    if (hasFilters && reply.unfiltered) {
      meta.appendChild(document.createTextNode(TEXT.filtered_out.replace("#", String(reply.unfiltered)) + " "))
      var clear = element("button", "lp-search-clear", TEXT.clear)
      clear.type = "button"
      clear.setAttribute("data-lp-key", "clear")
      clear.addEventListener("click", onClear)
      meta.appendChild(clear)
    } else {
      meta.appendChild(document.createTextNode(TEXT.none_hint))
    }
  }

  /* A search without results does not end there: close queries that find something, the popular
     pages and the explorers of the themes of the closest query (or all toolkits). */
  function renderNothing(nothing) {
    var box = element("div", "lp-search-nothing")
    if (nothing.suggestions.length) {
      var line = box.appendChild(element("p", "lp-search-nothing__suggest", TEXT.suggest + " "))
      nothing.suggestions.forEach(function (suggestion, i) {
        if (i) line.appendChild(document.createTextNode(" " + TEXT.or + " "))
        var a = line.appendChild(element("a", "lp-search-suggestion", suggestion))
        a.href = resultsUrl(suggestion, {})
      })
      line.appendChild(document.createTextNode("?"))
    }
    var explore = box.appendChild(element("ul", "lp-search-nothing__explore"))
    var targets = nothing.explorers.length ? nothing.explorers : [{ url: "toolkits/" }]
    targets.forEach(function (target) {
      var text = target.theme ? TEXT.explore.replace("{thema}", target.theme.toLowerCase()).replace("{toolkit}", target.toolkit)
        : TEXT.explore_all
      var a = explore.appendChild(element("li")).appendChild(element("a", "", text))
      a.href = link(target.url)
    })
    if ((TEXT.popular || []).length) {
      box.appendChild(element("p", "lp-search-nothing__title", TEXT.popular_title))
      var popular = box.appendChild(element("ul", "lp-search-nothing__popular"))
      TEXT.popular.forEach(function (page) {
        var a = popular.appendChild(element("li")).appendChild(element("a", "", page[1]))
        a.href = link(page[0])
      })
    }
    return box
  }

  function hasFilters(filters) {
    return FACETS.some(function (facet) { return (filters[facet] || []).length > 0 })
  }

  function facetOptions(facet, reply, state, filters) {
    var counts = reply.facets[facet] || {}
    return Object.keys(state.labels[facet]).filter(function (value) {
      return counts[value] || (filters[facet] || []).indexOf(value) >= 0
    }).map(function (value) {
      return { value: value, label: state.labels[facet][value], count: counts[value] || 0 }
    })
  }

  /* --------------------------------------------------------- header dropdown */

  var headerState = { badges: {}, labels: { type: {}, niveau: {}, thema: {} } }
  var headerFilters = { type: [], niveau: [], thema: [] }
  var latest = 0

  function isOpen() { return toggle.checked }

  function setOpen(open) {
    if (toggle.checked !== open) {
      toggle.checked = open
      toggle.dispatchEvent(new Event("change"))
    }
  }

  function headerMeta() {
    return dropdown.querySelector(".md-search-result__meta")
  }

  function queryHeader() {
    var q = input.value, ticket = ++latest
    if (!q.trim()) {
      renderHeader({ total: 0, items: [], facets: {} }, q)
      return
    }
    var c = connect()
    c.ready.then(function (ready) {
      headerState.badges = ready.badges
      headerState.labels = ready.labels
    }, function () { headerMeta().textContent = TEXT.error })
    var shown = null
    c.ask({ type: "search", q: q, filters: headerFilters, limit: HEADER_LIMIT }, function (message) {
      if (ticket === latest && shown) fillSnippets(dropdown, shown, message)
    }).then(function (reply) {
      if (ticket !== latest) return
      shown = reply
      keepingFocus(dropdown, function () { renderHeader(reply, q) })
    })
  }

  function renderHeader(reply, q) {
    Array.prototype.slice.call(dropdown.children, 1).forEach(function (child) { child.remove() })
    if (reply.type === "error") { headerMeta().textContent = TEXT.error; return }
    renderMeta(headerMeta(), reply, q, hasFilters(headerFilters), function () {
      headerFilters = { type: [], niveau: [], thema: [] }
      queryHeader()
      input.focus()
    })
    if (!q.trim()) return
    if (reply.nothing) dropdown.appendChild(renderNothing(reply.nothing))
    if (reply.unfiltered) dropdown.appendChild(renderHeaderFacets(reply))
    if (reply.items.length) dropdown.appendChild(renderGroups(reply.items, headerState, "lp-search-header"))
    if (reply.total) {
      var all = element("a", "lp-search-all", TEXT.all)
      all.href = resultsUrl(q, headerFilters)
      dropdown.appendChild(element("p", "lp-search-all__line")).appendChild(all)
    }
  }

  function renderHeaderFacets(reply) {
    var box = element("div", "lp-search-facets")
    box.setAttribute("role", "group")
    box.setAttribute("aria-label", TEXT.filters)
    var chips = element("div", "lp-search-chips")
    chips.setAttribute("role", "group")
    chips.setAttribute("aria-label", TEXT.type)
    var types = [{ value: "", label: TEXT.all_types, count: reply.facets.type ? sum(reply.facets.type) : 0 }]
      .concat(facetOptions("type", reply, headerState, headerFilters))
    types.forEach(function (option) {
      var chip = element("button", "lp-search-chip", option.label + " (" + option.count + ")")
      chip.type = "button"
      chip.setAttribute("data-lp-key", "type:" + option.value)
      var chosen = option.value ? headerFilters.type.indexOf(option.value) >= 0 : !headerFilters.type.length
      chip.setAttribute("aria-pressed", String(chosen))
      chip.addEventListener("click", function () {
        headerFilters.type = option.value ? [option.value] : []
        queryHeader()
      })
      chips.appendChild(chip)
    })
    box.appendChild(chips)
    ;["niveau", "thema"].forEach(function (facet) {
      var options = facetOptions(facet, reply, headerState, headerFilters)
      if (!options.length) return
      var label = element("label", "lp-search-select")
      label.appendChild(element("span", "lp-search-select__label", TEXT[facet]))
      var select = element("select")
      select.setAttribute("data-lp-key", "select:" + facet)
      select.appendChild(new Option(TEXT.any, ""))
      options.forEach(function (option) {
        select.appendChild(new Option(option.label + " (" + option.count + ")", option.value, false,
          headerFilters[facet].indexOf(option.value) >= 0))
      })
      select.addEventListener("change", function () {
        headerFilters[facet] = select.value ? [select.value] : []
        queryHeader()
      })
      label.appendChild(select)
      box.appendChild(label)
    })
    return box
  }

  function sum(counts) {
    return Object.keys(counts).reduce(function (total, key) { return total + counts[key] }, 0)
  }

  function resultsUrl(q, filters) {
    var url = new URL(resultsPage.href)
    url.search = ""
    url.searchParams.set("q", q)
    FACETS.forEach(function (facet) { if ((filters[facet] || []).length) url.searchParams.set(facet, filters[facet].join(",")) })
    return url.href
  }

  /* Material's shortcuts: the same keys do the same things. */
  function susceptible(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "SELECT" || el.tagName === "TEXTAREA" || el.isContentEditable)
  }

  document.addEventListener("keydown", function (event) {
    if (event.metaKey || event.ctrlKey || event.altKey || event.isComposing) return
    var active = document.activeElement
    if (!isOpen()) {
      if ((event.key === "f" || event.key === "s" || event.key === "/") && !susceptible(active)) {
        event.preventDefault()
        input.focus()
        input.select()
        setOpen(true)
      }
      return
    }
    switch (event.key) {
      case "Enter":
        if (active === input) {
          event.preventDefault()
          var best = dropdown.querySelector("a.lp-search-hit__link")
          if (best) best.click()
          else if (input.value.trim()) location.href = resultsUrl(input.value, headerFilters)  // none yet
        }
        break
      case "Escape":
        setOpen(false)
        input.blur()
        break
      case "ArrowUp":
      case "ArrowDown":
        if (active && active.tagName === "SELECT") return
        var stops = [input].concat(Array.prototype.slice.call(dropdown.querySelectorAll("a[href]")))
        var at = Math.max(0, stops.indexOf(active))
        stops[(at + stops.length + (event.key === "ArrowUp" ? -1 : 1)) % stops.length].focus()
        event.preventDefault()
        break
      default:
        if (event.key.length === 1 && active !== input && !susceptible(active) && header.contains(active)) input.focus()
    }
  })

  input.addEventListener("focus", function () {
    connect()
    // After the click that focused us: a click on the header's search label also toggles the
    // checkbox itself (its default action runs after this handler). Only if the field still has the
    // focus then: keys the browser handled before this timer (arrows away, Escape) must not reopen it.
    setTimeout(function () { if (document.activeElement === input) setOpen(true) })
  })
  input.addEventListener("input", queryHeader)
  form.addEventListener("reset", function () {
    setTimeout(function () { queryHeader(); input.focus() })
  })
  form.addEventListener("submit", function (event) {
    if (!input.value.trim()) event.preventDefault()
  })
  header.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("a[href]")) setOpen(false)
  })
  header.addEventListener("focusout", function (event) {
    if (event.relatedTarget && !header.contains(event.relatedTarget)) setOpen(false)
  })
  document.querySelectorAll("label[for=__search]").forEach(function (label) {
    label.addEventListener("pointerdown", function () { connect() })  // the index on its way before the click ends
    label.addEventListener("click", function () { if (!isOpen()) input.focus() })
  })
  toggle.addEventListener("change", function () {
    dropdown.hidden = !isOpen()
    if (!isOpen() && new URL(location.href).searchParams.has("q") && !page) {
      var url = new URL(location.href)
      url.searchParams.delete("q")
      history.replaceState(history.state, "", url.href)
    }
  })
  dropdown.hidden = !isOpen()

  /* ------------------------------------------------------------ results page */

  var page = document.querySelector("[data-lp-search-page]")
  if (page) mountResultsPage(page)

  function mountResultsPage(container) {
    var params = new URL(location.href).searchParams
    var filters = {}, shown = PAGE_STEP, ticket = 0, state = headerState
    FACETS.forEach(function (facet) { filters[facet] = (params.get(facet) || "").split(",").filter(Boolean) })

    var pageForm = element("form", "lp-search-page__form")
    pageForm.setAttribute("role", "search")
    var label = element("label", "lp-search-page__label", TEXT.query_label)
    label.htmlFor = "lp-search-page-q"
    var field = element("input", "lp-search-page__input")
    field.id = "lp-search-page-q"
    field.type = "search"
    field.name = "q"
    field.autocomplete = "off"
    field.spellcheck = false
    field.value = params.get("q") || ""
    var submit = element("button", "md-button md-button--primary lp-search-page__submit", TEXT.submit)
    submit.type = "submit"
    pageForm.appendChild(label)
    pageForm.appendChild(field)
    pageForm.appendChild(submit)
    // Results first, then the filters (in reading order and on screen): on a phone folded in a
    // <details> (a native, keyboard and screen reader friendly toggle) below the results, with a
    // link to it above them; on a wide screen a column beside the results, always open.
    var layout = element("div", "lp-search-page__layout")
    var results = element("div", "lp-search-page__results")
    var meta = element("p", "lp-search-page__meta")
    meta.setAttribute("role", "status")
    meta.textContent = TEXT.loading
    var toFilters = element("a", "lp-search-page__to-filters", TEXT.filters)
    toFilters.href = "#lp-search-filters"
    toFilters.hidden = true
    var list = element("div", "lp-search-page__list")
    var more = element("button", "md-button lp-search-page__more", TEXT.more)
    more.type = "button"
    more.hidden = true
    var folder = element("details", "lp-search-page__filters")
    folder.id = "lp-search-filters"
    folder.hidden = true
    var summary = element("summary", "lp-search-page__filters-button")
    var aside = element("div", "lp-search-page__facets")
    aside.setAttribute("role", "group")
    aside.setAttribute("aria-label", TEXT.filters)
    folder.appendChild(summary)
    folder.appendChild(aside)
    var head = element("div", "lp-search-page__head")
    head.appendChild(meta)
    head.appendChild(toFilters)
    results.appendChild(head)
    results.appendChild(list)
    results.appendChild(more)
    layout.appendChild(results)
    layout.appendChild(folder)
    container.textContent = ""
    container.appendChild(pageForm)
    container.appendChild(layout)
    var wide = window.matchMedia("(min-width: 60em)")
    function unfoldWhenWide() { if (wide.matches) folder.open = true }
    unfoldWhenWide()
    wide.addEventListener("change", unfoldWhenWide)
    toFilters.addEventListener("click", function (event) {
      event.preventDefault()
      folder.open = true
      summary.focus()
      summary.scrollIntoView({ block: "start" })
    })

    function run() {
      var q = field.value, mine = ++ticket
      var url = resultsUrl(q, filters)
      if (url !== location.href) history.replaceState(history.state, "", url)
      if (!q.trim()) {
        meta.textContent = TEXT.start
        list.textContent = ""
        aside.textContent = ""
        folder.hidden = toFilters.hidden = true
        more.hidden = true
        return
      }
      var c = connect()
      c.ready.then(function (ready) { state = { badges: ready.badges, labels: ready.labels } },
        function () { meta.textContent = TEXT.error })
      var answered = null
      c.ask({ type: "search", q: q, filters: filters, limit: shown }, function (message) {
        if (mine === ticket && answered) fillSnippets(list, answered, message)
      }).then(function (reply) {
        if (mine !== ticket) return
        answered = reply
        if (reply.type === "error") { meta.textContent = TEXT.error; return }
        keepingFocus(container, function () {
          renderMeta(meta, reply, q, hasFilters(filters), function () {
            filters = { type: [], niveau: [], thema: [] }
            run()
          })
          list.textContent = ""
          if (reply.items.length) list.appendChild(renderGroups(reply.items, state, "lp-search-page"))
          if (reply.nothing) list.appendChild(renderNothing(reply.nothing))
          more.hidden = reply.items.length >= reply.total
          renderFilters(reply)
        })
      })
    }

    function renderFilters(reply) {
      aside.textContent = ""
      folder.hidden = toFilters.hidden = !reply.unfiltered
      var chosen = FACETS.reduce(function (n, facet) { return n + filters[facet].length }, 0)
      summary.textContent = chosen ? TEXT.filters_chosen.replace("#", String(chosen)) : TEXT.filters
      toFilters.textContent = summary.textContent
      if (!reply.unfiltered) return
      FACETS.forEach(function (facet) {
        var options = facetOptions(facet, reply, state, filters)
        if (!options.length) return
        var fieldset = element("fieldset", "lp-search-page__facet")
        fieldset.appendChild(element("legend", "", TEXT[facet]))
        options.forEach(function (option) {
          var row = element("label", "lp-search-page__option")
          var box = element("input")
          box.type = "checkbox"
          box.setAttribute("data-lp-key", facet + ":" + option.value)
          box.name = facet
          box.value = option.value
          box.checked = filters[facet].indexOf(option.value) >= 0
          box.addEventListener("change", function () {
            filters[facet] = box.checked ? filters[facet].concat([option.value])
              : filters[facet].filter(function (value) { return value !== option.value })
            shown = PAGE_STEP
            run()
          })
          row.appendChild(box)
          row.appendChild(document.createTextNode(" " + option.label + " "))
          row.appendChild(element("span", "lp-search-page__count", "(" + option.count + ")"))
          fieldset.appendChild(row)
        })
        aside.appendChild(fieldset)
      })
      if (hasFilters(filters)) {
        var clear = element("button", "md-button lp-search-clear", TEXT.clear)
        clear.type = "button"
        clear.setAttribute("data-lp-key", "clear-filters")
        clear.addEventListener("click", function () {
          filters = { type: [], niveau: [], thema: [] }
          run()
        })
        aside.appendChild(clear)
      }
    }

    pageForm.addEventListener("submit", function (event) {
      event.preventDefault()
      shown = PAGE_STEP
      run()
    })
    field.addEventListener("input", function () {
      input.value = field.value  // the header's field says what this page searches for
      shown = PAGE_STEP
      run()
    })
    input.value = field.value
    more.addEventListener("click", function () {
      shown += PAGE_STEP
      run()
    })
    run()
  }

  /* Deep link on any other page: ?q= opens the header search with that query (like Material). */
  var deepLink = new URL(location.href).searchParams.get("q")
  if (deepLink && !page) {
    input.value = deepLink
    setOpen(true)
    input.focus()
    queryHeader()
  }
})()
