/// A note type (Anki's "model"): named fields and the card templates that show them.
public struct AnkiNoteType: Sendable {
    public struct Template: Sendable {
        public var name: String
        /// Anki's template syntax: `{{field}}`, `{{#field}}…{{/field}}`, `{{FrontSide}}`.
        public var front: String
        public var back: String

        public init(name: String, front: String, back: String) {
            self.name = name
            self.front = front
            self.back = back
        }
    }

    /// Stays the same across exports: Anki matches an imported note type to the one it has by this id (and by the
    /// names of its fields and templates), so a re-import updates instead of adding a copy.
    public var id: Int64
    public var name: String
    public var fields: [String]
    public var templates: [Template]
    public var css: String

    public init(id: Int64, name: String, fields: [String], templates: [Template], css: String) {
        self.id = id
        self.name = name
        self.fields = fields
        self.templates = templates
        self.css = css
    }
}

/// One note: its fields (HTML, in the note type's order), the deck its cards go to, and its tags.
public struct AnkiNote: Sendable {
    /// Anki matches a re-imported note to the one it has by its GUID.
    public var guid: String
    /// `Parent::Child`, as Anki names nested decks.
    public var deck: String
    public var fields: [String]
    public var tags: [String]

    public init(guid: String, deck: String, fields: [String], tags: [String]) {
        self.guid = guid
        self.deck = deck
        self.fields = fields
        self.tags = tags
    }
}
