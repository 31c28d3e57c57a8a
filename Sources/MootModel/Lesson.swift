/// One step of a lesson: narration to read, or a question to answer.
public enum Step: Sendable {
    /// Text in the project's own words, with the part of the article it draws on.
    case narration(text: String, cite: String?)
    case question(Question)
}

/// A lesson module.
public struct Lesson: Sendable, Identifiable {
    public var id: String
    public var title: String
    /// The article section(s) the lesson follows.
    public var section: String
    public var objectives: [String]
    public var steps: [Step]
    public var location: SourceLocation
    /// The map nodes each narration step teaches (`teaches:` in the lesson file), by step index, with where it was said.
    public var teaches: [Int: (nodes: [String], location: SourceLocation)] = [:]
    /// Where each narration step's `cite:` was written, by step index, so a wrong paragraph is reported at its line.
    public var citeLocations: [Int: SourceLocation] = [:]

    public var questions: [Question] {
        steps.compactMap { if case let .question(question) = $0 { question } else { nil } }
    }

    public init(id: String, title: String, section: String, objectives: [String], steps: [Step],
                location: SourceLocation) {
        self.id = id
        self.title = title
        self.section = section
        self.objectives = objectives
        self.steps = steps
        self.location = location
    }
}

/// The full citation of the article the course teaches.
public struct Citation: Sendable {
    public var author: String
    public var title: String
    public var venue: String
    public var date: String
    /// The publication date as YYYY-MM-DD, to tell later events from what the author could know.
    public var published: String
    public var url: String?
    /// The article's sections in order, each with its paragraph count, so a node can say where it comes from.
    public var sections: [ArticleSection] = []

    public func section(_ id: String) -> ArticleSection? { sections.first { $0.id == id } }

    public var formatted: String {
        "\(author), \"\(title)\", \(venue), \(date)" + (url.map { ", \($0)" } ?? "")
    }

    public init(author: String, title: String, venue: String, date: String, published: String, url: String? = nil) {
        self.author = author
        self.title = title
        self.venue = venue
        self.date = date
        self.published = published
        self.url = url
    }
}

/// One section of the article: the short id nodes use (`SH`), its heading, and how many paragraphs it has.
public struct ArticleSection: Sendable, Hashable {
    public var id: String
    public var title: String
    public var paragraphs: Int

    public init(id: String, title: String, paragraphs: Int) {
        self.id = id
        self.title = title
        self.paragraphs = paragraphs
    }
}
