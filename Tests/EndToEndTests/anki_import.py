#!/usr/bin/env python3
"""Imports moot's Anki files with the official `anki` package (pip install anki), into one new collection, in order,
and prints what each import did as JSON: {"imports": [{"new": N, "updated": N, "duplicate": N}], "notes": N}."""
import json, os, sys, tempfile
from anki.collection import Collection, ImportCsvRequest

collection = Collection(os.path.join(tempfile.mkdtemp(), "collection.anki2"))
imports = []
for path in sys.argv[1:]:
    metadata = collection.get_csv_metadata(path=path, delimiter=None)
    log = collection.import_csv(ImportCsvRequest(path=path, metadata=metadata)).log
    imports.append({"new": len(log.new), "updated": len(log.updated), "duplicate": len(log.duplicate)})
fronts = [collection.get_note(nid).fields[0] for nid in collection.find_notes("")]
print(json.dumps({"imports": imports, "notes": collection.note_count(), "fronts": fronts}))
