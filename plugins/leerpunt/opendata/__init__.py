"""Open data: toolkit.json, toolkit.csv and leidraden.json with their JSON Schemas (see exports.py)."""

from .exports import (
    content_version,
    export_files,
    export_paths,
    leidraden_json,
    toolkit_csv,
    toolkit_csv_metadata,
    toolkit_json,
)

__all__ = ["content_version", "export_files", "export_paths", "leidraden_json", "toolkit_csv", "toolkit_csv_metadata",
           "toolkit_json"]
