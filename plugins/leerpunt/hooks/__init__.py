"""MkDocs hooks (listed under `hooks:` in mkdocs.yml): tiny glue that needs no plugin options."""
