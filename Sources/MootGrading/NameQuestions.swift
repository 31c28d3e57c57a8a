/// Which questions a name answers: "who", "where", "when", "which case", "name one group" — read once per
/// question (`QuestionContext.asksForName`), so a bare name is refused only where the question asks for content.
extension FreeTextGrader {
    /// Whether the question asks for a name (who, where, when, which official or case) rather than for content.
    static func asksForName(_ prompt: String) -> Bool {
        let words = TextNormalizer.words(prompt).filter { $0.first?.isLetter ?? false }  // "U.S." reads "u | s |".
        if !Set(words).isDisjoint(with: ["who", "whom", "whose", "where", "when"]) { return true }
        // "which case", and a named document after modifiers: "which ICJ judgment", "which U.S. government publication".
        // "Name one group …" asks for a name; "Name the counterargument …" for content.
        return words.indices.contains { index in
            guard index + 1 < words.count else { return false }
            // The noun phrase after the question word ends at its verb: "what did that decision say" asks for content.
            let following = words[(index + 1)..<min(words.count, index + 5)].prefix { !sentenceVerbs.contains($0) }
            switch words[index] {
            case "which", "what": return nameNouns.contains(words[index + 1]) || following.contains(where: documentNouns.contains)
            case "name", "identify": return following.prefix(2).contains(where: nameNouns.contains)
            default: return false
            }
        }
    }

    /// Nouns that make "which …" ask for a name.
    static let nameNouns: Set<String> = [
        "official", "officials", "person", "people", "case", "cases", "court", "treaty", "city", "cities", "state",
        "states", "country", "countries", "port", "ports", "general", "president", "secretary", "agency", "department",
        "cartel", "cartels", "group", "groups", "town", "place", "places", "year", "author", "scholar", "critic",
        "critics", "instrument", "document", "order", "statute", "body", "organ", "judge", "date", "day", "month",
        "operation", "expedition", "incident", "judgment", "judgement", "decision", "publication", "manual",
        "provision", "provisions",
    ]

    /// Documents and places a question names after up to three modifiers ("which ICJ judgment").
    static let documentNouns: Set<String> = [
        "case", "court", "treaty", "judgment", "judgement", "decision", "publication", "manual", "port", "city", "date",
        "provision",
    ]
}

extension FreeTextGrader {
    /// For a question that asks who: the expected node whose speaker the answer names by office ("the defence
    /// secretary at the time" for "Mark Esper, Secretary of Defense (2020)"), every content word of one part of
    /// the speaker (between commas, semicolons and brackets, of two words or more, years aside) in any order, and
    /// no negation, and no name the course does not know ("Jim Mattis, then Secretary of Defense" names another
    /// holder of the office). A speaker's name alone is matched by the node's aliases, not here.
    func namesSpeakerByOffice(_ answer: String, _ analysis: Analysis, expected: [String]) -> String? {
        guard context.asksWho, analysis.negations.isEmpty else { return nil }
        let strangers = answer.split(whereSeparator: { !$0.isLetter }).filter { $0.first?.isUppercase == true && $0.count >= 3 }
            .flatMap { TextNormalizer.words(String($0)) }
            .filter { !recognizer.courseWords.contains($0) && !recognizer.knows(stem: TextNormalizer.stem($0)) }
        guard strangers.isEmpty else { return nil }
        let stems = Set(TextNormalizer.analyse(words: analysis.words).tokens.map(\.stem))
        return expected.first { id in
            guard let speaker = map[id]?.speaker else { return false }
            let own = Set(TextNormalizer.words(speaker))
            guard strangers.allSatisfy(own.contains) else { return false }
            return speaker.split(whereSeparator: { ",;()".contains($0) }).contains { part in
                let words = TextNormalizer.analyse(String(part)).tokens.map(\.stem).filter { $0.first?.isNumber != true }
                return words.count >= 2 && words.allSatisfy(stems.contains)
            }
        }
    }
}

extension FreeTextGrader {
    /// Words that only say what kind of thing a name is ("the Caroline *test*", "the Corfu Channel *case*"): beside
    /// a name they add no content, so "the Caroline test" is as bare a citation as "Caroline".
    static let citationNouns: Set<String> = [
        "test", "case", "doctrine", "formula", "principle", "rule", "standard", "judgment", "judgement", "decision",
        "ruling", "opinion", "criteria", "criterion", "incident", "affair", "letter",
    ]

    /// How many of the answer's words are citation nouns.
    func citationNouns(_ analysis: Analysis) -> Int {
        analysis.words.count { Self.citationNouns.contains($0) && TextNormalizer.role($0) == nil }
    }

    /// Whether the credit rests on names alone: every covered node is named only by its speaker's name, with at
    /// most two course words beside the names (a longer answer cites the speaker for its content: "Taft 2004 —
    /// the US denies the gravity gap"), or only by a name with no content word beside it but citation nouns.
    func restsOnNames(_ covered: [String], named: [String: Recognition], recognitions: [Recognition], stated: Set<String>,
                      _ analysis: Analysis) -> Bool {
        // Counted only once a speaker's name is found: most answers name none.
        func besideNames() -> Int {
            let spans = recognitions.filter(\.isName).map(\.span)
            return analysis.stems.values.joined().count { position in !spans.contains { $0.contains(position) } }
        }
        return covered.allSatisfy({ id in named[id].map { isSpeakerName($0, of: id, words: analysis.words) } ?? false })
            && (besideNames() <= 2 || stated.isDisjoint(with: covered))
            || covered.allSatisfy { id in
            named[id].map { $0.isName && $0.strength >= analysis.contentWords - citationNouns(analysis) } ?? false
        }
    }

    /// Whether a recognition is only the name of the node's speaker ("Geoffrey Corn", "Heller and Deeks").
    func isSpeakerName(_ recognition: Recognition, of node: String, words: [String]) -> Bool {
        guard recognition.isName, let speaker = map[node]?.speaker else { return false }
        let names = Set(TextNormalizer.words(speaker))
        let matched = words[recognition.span].filter { TextNormalizer.role($0) == nil }
        return !matched.isEmpty && matched.allSatisfy(names.contains)
    }

    /// Whether the answer cites another case by a party the node's own case shares: "Nicaragua v. Honduras" for
    /// Nicaragua v. United States.
    func namesAnotherCase(_ node: String, in words: [String]) -> Bool {
        let versus = words.indices.filter { CourseReadings.versus.contains(words[$0]) && $0 > 0 }
        guard !versus.isEmpty else { return false }
        let cases = readings.cases(citedBy: node)
        return versus.contains { index in
            guard let other = words[(index + 1)...].first(where: { $0 != TextNormalizer.boundary }) else { return false }
            return cases.contains { first, second in
                words[index - 1] == first && other != second && !(second == "united" && ["us", "usa", "u", "america"].contains(other))
            }
        }
    }
}
