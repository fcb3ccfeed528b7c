"""Input and output: manifests, JSON, TimeML and exports."""

from timeline.io.json import from_json, structure, to_json, unstructure
from timeline.io.manifest import load_manifest, parse_iso_date

__all__ = ["from_json", "load_manifest", "parse_iso_date", "structure", "to_json", "unstructure"]
