"""Dutch search: the index built at build time with lunr.py, and the browser side that reads it.

analysis (the Dutch pipeline) → documents (a page's sections) → index (lunr.py, compact
format) → query (ranked results); assets/ holds the JavaScript twins and the interface.
"""
