import Foundation
import Crypto
import GRDB
import MootSupport

/// Writes an Anki collection in schema 11, the layout of a `collection.anki21` inside an .apkg that every Anki
/// since 2.1 imports (the tables of Anki's `rslib/src/storage/schema11.sql`; note types, decks and deck options as
/// JSON in the `col` row). Ids are derived from names and GUIDs, so the same notes give the same ids in every export.
enum AnkiCollection {
    /// Anki's own schema 11 tables and indexes.
    static let schema = """
        create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
          ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
          models text not null, decks text not null, dconf text not null, tags text not null);
        create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
          usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
          flags integer not null, data text not null);
        create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
          mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
          ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
          left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
        create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
          ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
        create table graves (usn integer not null, oid integer not null, type integer not null);
        create index ix_notes_usn on notes (usn);
        create index ix_cards_usn on cards (usn);
        create index ix_revlog_usn on revlog (usn);
        create index ix_cards_nid on cards (nid);
        create index ix_cards_sched on cards (did, queue, due);
        create index ix_revlog_cid on revlog (cid);
        create index ix_notes_csum on notes (csum);
        """

    /// Anki's field separator inside `notes.flds`.
    static let fieldSeparator = "\u{1f}"

    /// A positive id below 2^53 (Anki's ids are JavaScript-safe integers) that depends only on `name`.
    static func id(_ name: String) -> Int64 {
        1_000_000_000_000 + Int64(FNV1a.hash(name) % 8_000_000_000_000_000)
    }

    static func deckID(_ name: String) -> Int64 { name == "Default" ? 1 : id("deck:" + name) }

    /// Every deck the notes name, with the parents of nested ones (`moot::01 Orientation` needs `moot`).
    static func deckNames(_ notes: [AnkiNote]) -> [String] {
        var names: [String] = []
        for note in notes {
            let parts = note.deck.components(separatedBy: "::")
            for end in parts.indices {
                let name = parts[...end].joined(separator: "::")
                if !names.contains(name) { names.append(name) }
            }
        }
        return names
    }

    /// The text Anki sorts and checks duplicates by: the field without its HTML.
    static func plain(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Anki's duplicate checksum: the first 8 hex digits of the SHA-1 of the plain first field, as a number.
    static func checksum(_ firstField: String) -> Int64 {
        let digest = Insecure.SHA1.hash(data: Data(plain(firstField).utf8))
        return digest.prefix(4).reduce(Int64(0)) { $0 << 8 | Int64($1) }
    }

    static func json(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Writes `notes` of `noteType` into a new collection at `url`; `modified` (seconds since 1970) is every note's
    /// modification time: Anki replaces a note it has only with one modified later.
    static func write(_ notes: [AnkiNote], noteType: AnkiNoteType, to url: URL, modified: Int64) throws {
        let queue = try DatabaseQueue(path: url.path)
        let decks = deckNames(notes)
        try queue.write { db in
            try db.execute(sql: schema)
            let day = modified - modified % 86_400
            try db.execute(sql: "insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", arguments: [
                day, modified * 1000, modified * 1000,
                try json(["nextPos": notes.count + 1, "curDeck": 1, "activeDecks": [1], "sortType": "noteFld",
                          "sortBackwards": false, "addToCur": true, "curModel": noteType.id, "schedVer": 2]),
                try json([String(noteType.id): model(noteType, modified: modified)]),
                try json(Dictionary(uniqueKeysWithValues: (["Default"] + decks).map { (String(deckID($0)), deck($0, modified: modified)) })),
                try json(["1": deckOptions(modified: modified)]),
            ])
            for (position, note) in notes.enumerated() {
                let noteID = id("note:" + note.guid)
                let tags = note.tags.isEmpty ? "" : " " + note.tags.joined(separator: " ") + " "
                try db.execute(sql: "insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')", arguments: [
                    noteID, note.guid, noteType.id, modified, tags, note.fields.joined(separator: fieldSeparator),
                    plain(note.fields.first ?? ""), checksum(note.fields.first ?? ""),
                ])
                for ord in noteType.templates.indices {
                    try db.execute(sql: "insert into cards values (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')",
                                   arguments: [id("card:\(ord):" + note.guid), noteID, deckID(note.deck), ord, modified, position + 1])
                }
            }
        }
        try queue.close()
    }

    static func model(_ type: AnkiNoteType, modified: Int64) -> [String: Any] {
        [
            "id": type.id, "name": type.name, "type": 0, "mod": modified, "usn": -1, "sortf": 0, "did": NSNull(),
            "css": type.css, "latexPre": "", "latexPost": "", "latexsvg": false, "tags": [String](), "vers": [Int](),
            "req": type.templates.indices.map { [$0, "any", [0]] as [Any] },
            "flds": type.fields.enumerated().map { ord, name in
                ["name": name, "ord": ord, "sticky": false, "rtl": false, "font": "Arial", "size": 20] as [String: Any]
            },
            "tmpls": type.templates.enumerated().map { ord, template in
                ["name": template.name, "ord": ord, "qfmt": template.front, "afmt": template.back, "bqfmt": "", "bafmt": "",
                 "did": NSNull(), "bfont": "", "bsize": 0] as [String: Any]
            },
        ]
    }

    static func deck(_ name: String, modified: Int64) -> [String: Any] {
        ["id": deckID(name), "name": name, "mod": modified, "usn": -1, "lrnToday": [0, 0], "revToday": [0, 0],
         "newToday": [0, 0], "timeToday": [0, 0], "collapsed": false, "browserCollapsed": false, "desc": "", "dyn": 0,
         "conf": 1, "extendNew": 0, "extendRev": 0]
    }

    /// Anki's default deck options (id 1), which every deck here uses.
    static func deckOptions(modified: Int64) -> [String: Any] {
        [
            "id": 1, "name": "Default", "mod": modified, "usn": -1, "maxTaken": 60, "autoplay": true, "timer": 0,
            "replayq": true, "dyn": false,
            "new": ["delays": [1, 10], "ints": [1, 4, 0], "initialFactor": 2500, "order": 1, "perDay": 20, "bury": false],
            "rev": ["perDay": 200, "ease4": 1.3, "maxIvl": 36_500, "hardFactor": 1.2, "bury": false],
            "lapse": ["delays": [10], "mult": 0, "minInt": 1, "leechFails": 8, "leechAction": 1],
        ]
    }
}
