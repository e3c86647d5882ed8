"""Dutch search: the index built at build time in lunr's model, and the browser side that reads it.

analysis (the Dutch pipeline) → documents (a page's sections) → index (term counts in a compact
format that lunr.js turns into its index) ; assets/ holds the JavaScript (lunr.js, the query, the
interface). The Python twin of the query, for tests and benchmarks, is bench/search_twin.py.
"""
