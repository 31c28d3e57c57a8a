#!/usr/bin/env python3
"""Imports moot's .apkg files with the official `anki` package (pip install anki), into one new collection, in
order, with Anki's default options, and prints what each import did as JSON:
{"imports": [{"new": N, "updated": N, "duplicate": N, "conflicting": N}], "notes": N, "notetypes": [...],
 "fields": [...], "decks": [...], "prompts": [...]}."""
import json, os, sys, tempfile
from anki.collection import Collection, ImportAnkiPackageRequest

collection = Collection(os.path.join(tempfile.mkdtemp(), "collection.anki2"))
imports = []
for path in sys.argv[1:]:
    log = collection.import_anki_package(ImportAnkiPackageRequest(package_path=path)).log
    imports.append({"new": len(log.new), "updated": len(log.updated), "duplicate": len(log.duplicate),
                    "conflicting": len(log.conflicting)})
notetype = collection.models.by_name("moot question")
notes = [collection.get_note(nid) for nid in collection.find_notes('"note:moot question"')]
print(json.dumps({
    "imports": imports,
    "notes": collection.note_count(),
    "cards": collection.card_count(),
    "notetypes": [model["name"] for model in collection.models.all()],
    "fields": [field["name"] for field in notetype["flds"]] if notetype else [],
    "decks": sorted(deck["name"] for deck in collection.decks.all()),
    "prompts": [note["prompt"] for note in notes],
    "guids": [note.guid for note in notes],
}))
