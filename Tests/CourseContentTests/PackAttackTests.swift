import Foundation
import Testing
@testable import MootModel
@testable import MootQuiz
@testable import MootSupport

/// Plays the student with a script: only the bytes of a quiz pack (and moot's public source), every strategy that
/// could read a key out of it, graded by the real `moot grade` path with the instructor's key. Over many instructor
/// keys each strategy must score what a blind guess scores, on every choice, match and order question of the real
/// quizzes. Content strategies (longest option, words shared with the prompt) are measured and printed too: they read
/// the authors' texts, which a pack must carry, so they are the content's bias, not the pack's leak.
@Suite struct PackAttackTests {
    static let trials = 60

    /// An answer to one question, from the pack alone.
    typealias Strategy = (StudentPack, StudentPack.PackedQuestion, String) -> String?

    static let kinds: Set<String> = ["choice", "match", "order"]

    /// Letters of the choice options as this student sees them, for a pick given as indices into the pack's options.
    static func letters(_ pack: StudentPack, _ question: StudentPack.PackedQuestion, student: String, packIndices: [Int]) -> String {
        let shown = pack.choiceOrder(question, for: student) ?? []
        return packIndices.compactMap { index in shown.firstIndex(of: index).map(QuestionLayout.letter) }.joined(separator: " ")
    }

    /// How many items a question shows (options, right sides or steps), read from the pack as a script would.
    static func itemCount(_ question: StudentPack.PackedQuestion) -> Int {
        if let options = question.options { return options.count }
        return question.display.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.dropFirst(2).first?.isLetter == true
            && $0.dropFirst(3).first == ")" }.count
    }

    /// A choice pick that takes as many options as the question may want (two when several are right).
    static func pick(_ question: StudentPack.PackedQuestion, first: Int) -> [Int] {
        let count = question.options?.count ?? 0
        return question.multiple == true ? [first % count, (first + 1) % count] : [first % count]
    }

    /// Undoes a seeded shuffle of `count` items: for each original index, where the shuffle showed it.
    static func inverse(seed: String, count: Int) -> [Int] {
        let shown = QuestionLayout.shuffled(Array(0..<count), seed: seed)
        return (0..<count).map { shown.firstIndex(of: $0)! }
    }

    /// A response for a match (left n goes with shown letter) or order (letters in order) question from a permutation.
    static func arrangement(_ question: StudentPack.PackedQuestion, _ letters: [Int]) -> String {
        question.kind == "match" ? letters.enumerated().map { "\($0.offset + 1)\(QuestionLayout.letter($0.element))" }.joined(separator: " ")
            : letters.map(QuestionLayout.letter).joined(separator: " ")
    }

    /// The strategies a pack's fields allow: positions, the public shuffles replayed (the authored order had the key
    /// first), the digest and the seed as randomness.
    static var packStrategies: [(String, Strategy)] {
        var list: [(String, Strategy)] = []
        for position in 0..<4 {
            list.append(("shown position \(QuestionLayout.letter(position))", { _, question, _ in
                let count = itemCount(question)
                guard count > 0 else { return nil }
                if question.options != nil {
                    return question.multiple == true ? "\(QuestionLayout.letter(position % count)) \(QuestionLayout.letter((position + 1) % count))"
                        : QuestionLayout.letter(position % count)
                }
                return arrangement(question, (0..<count).map { ($0 + position) % count })
            }))
            list.append(("pack position \(position + 1)", { pack, question, student in
                guard question.options != nil else { return nil }
                return letters(pack, question, student: student, packIndices: pick(question, first: position))
            }))
        }
        list.append(("reversed", { _, question, _ in
            let count = itemCount(question)
            guard question.options == nil, count > 0 else { return nil }
            return arrangement(question, Array((0..<count).reversed()))
        }))
        list.append(("public shuffle replayed, key first", { pack, question, student in
            let count = itemCount(question)
            guard count > 0 else { return nil }
            if question.options != nil { return letters(pack, question, student: student, packIndices: pick(question, first: 0)) }
            let seed = question.kind == "match" ? question.id + "/right" : question.id
            return arrangement(question, inverse(seed: seed, count: count))
        }))
        list.append(("digest as randomness", { pack, question, student in
            let count = itemCount(question)
            guard count > 0 else { return nil }
            let first = Int(FNV1a.hash(pack.digest + question.id) % UInt64(count))
            if question.options != nil { return letters(pack, question, student: student, packIndices: pick(question, first: first)) }
            return arrangement(question, inverse(seed: pack.digest + question.id, count: count))
        }))
        list.append(("seed as randomness", { pack, question, student in
            let count = itemCount(question)
            guard count > 0 else { return nil }
            let first = Int(FNV1a.hash("\(pack.seed)/\(student)/\(question.id)") % UInt64(count))
            if question.options != nil { return letters(pack, question, student: student, packIndices: pick(question, first: first)) }
            return arrangement(question, inverse(seed: "\(pack.seed)/\(student)/\(question.id)", count: count))
        }))
        return list
    }

    /// Strategies that read the option texts: what the pack must carry.
    static var contentStrategies: [(String, Strategy)] {
        func byText(_ score: @escaping (String, String) -> Double) -> Strategy {
            { pack, question, student in
                guard let options = question.options else { return nil }
                let ranked = options.indices.sorted { score(options[$0], question.prompt) > score(options[$1], question.prompt) }
                return letters(pack, question, student: student, packIndices: Array(ranked.prefix(question.multiple == true ? 2 : 1)))
            }
        }
        return [
            ("longest option", byText { option, _ in Double(option.count) }),
            ("most words shared with the prompt", byText { option, prompt in
                Double(Set(option.lowercased().split(separator: " ")).intersection(prompt.lowercased().split(separator: " ")).count)
            }),
        ]
    }

    /// What a blind guess of the same shape scores: 1/n for one option of n; for several right options, the mean of
    /// the grader's rule over every placement of them; 1/n of the pairs of a match; half the pairs of an order.
    static func chance(_ question: Question, picked: Int) -> Double {
        switch question.body {
        case .choice(let choices):
            let right = choices.filter(\.correct).count, count = choices.count
            if right == 1 { return 1 / Double(count) }
            var total = 0.0, placements = 0.0
            for mask in 0..<(1 << count) where mask.nonzeroBitCount == right {
                let hits = (0..<picked).filter { mask & (1 << $0) != 0 }.count
                total += max(0, Double(hits - (picked - hits)) / Double(right))
                placements += 1
            }
            return total / placements
        case .match(let pairs): return 1 / Double(pairs.count)
        case .order: return 0.5
        default: return 0
        }
    }

    struct Tally {
        var scores: [Double] = []
        var chance: [Double] = []
        var mean: Double { scores.reduce(0, +) / Double(max(1, scores.count)) }
        var chanceMean: Double { chance.reduce(0, +) / Double(max(1, chance.count)) }
        /// Standard error of the mean score.
        var error: Double {
            let mean = self.mean
            return (scores.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(max(1, scores.count - 1))).squareRoot()
                / Double(max(1, scores.count)).squareRoot()
        }
    }

    /// The course's quizzes, and one quiz of every choice, match and order question of the course (its quizzes hold
    /// no order question).
    static func quizzes(_ course: Course) -> [Quiz] {
        let every = course.lessons.flatMap(\.questions).filter { kinds.contains($0.kind.rawValue) }
        let all = Quiz(id: "every-keyed-question", title: "Every keyed question", instructions: "",
                       items: every.map { QuizItem(question: $0, points: 1) }, passPercent: 50, attemptsAllowed: 1,
                       shuffleQuestions: true, shuffleChoices: true, feedback: .none, hintsAllowed: false, seed: "attack",
                       digest: "every", location: SourceLocation(file: "attack", line: 1, column: 1))
        return course.quizzes.filter { $0.items.contains { kinds.contains($0.question.kind.rawValue) } } + [all]
    }

    @Test func aScriptWithOnlyThePackScoresAtChance() throws {
        let course = RepositoryCourse.course
        let strategies = Self.packStrategies.map { ($0.0, $0.1, true) } + Self.contentStrategies.map { ($0.0, $0.1, false) }
        // [strategy][question] → tally
        var tallies: [String: [String: Tally]] = [:]
        var kindOf: [String: String] = [:]
        for trial in 0..<Self.trials {
            var random = SeededGenerator(seed: "instructor key \(trial)")
            let key = InstructorKey(bytes: (0..<32).map { _ in UInt8.random(in: 0...255, using: &random) })
            for quiz in Self.quizzes(course) {
                let layout = PackLayout(key: key, quiz: quiz)
                let bytes = try JSONEncoder().encode(StudentPack(quiz: quiz, map: course.map, layout: layout))
                let pack = try JSONDecoder().decode(StudentPack.self, from: bytes)   // all the attacker has
                let now = ISODate.string(Clock.system.now() - 60_000_000)
                var book = Gradebook(quiz: quiz, course: course)
                book.instructor = InstructorSide(key: key, keyFile: "")
                var played: [(String, [String: Int])] = []
                for (name, strategy, _) in strategies {
                    let student = "eve \(trial) \(name)"
                    var picked: [String: Int] = [:]
                    let responses = pack.questions.filter { Self.kinds.contains($0.kind) }.compactMap { question -> Submission.Response? in
                        guard let answer = strategy(pack, question, student) else { return nil }
                        picked[question.id] = answer.split(separator: " ").count
                        return Submission.Response(question: question.id, response: answer, at: now)
                    }
                    guard !responses.isEmpty else { continue }
                    let submission = Submission(quiz: quiz.id, digest: pack.digest, student: student,
                                                started: now, finished: now, responses: responses)
                    book.add(file: name, data: try submission.encoded())
                    played.append((name, picked))
                }
                #expect(book.refusals.isEmpty, "\(book.refusals.map(\.reason))")
                for (row, (name, picked)) in zip(book.rows, played) {
                    #expect(row.flags.isEmpty, "\(row.flags)")
                    for item in quiz.items where picked[item.question.id] != nil {
                        let id = "\(quiz.id)/\(item.question.id)"
                        kindOf[id] = item.question.kind.rawValue
                        tallies[name, default: [:]][id, default: Tally()].scores.append((row.perQuestion[item.question.id] ?? 0) / item.points)
                        tallies[name, default: [:]][id, default: Tally()].chance.append(Self.chance(item.question, picked: picked[item.question.id]!))
                    }
                }
            }
        }
        #expect(!tallies.isEmpty)
        print("Pack attack: \(Self.trials) instructor keys, \(kindOf.count) choice/match/order questions in "
              + "\(Self.quizzes(course).count) quizzes (the course's own and one of every such question in the course)")
        for (name, _, fromPack) in strategies {
            guard let byQuestion = tallies[name] else { continue }
            for kind in ["choice", "match", "order"] {
                let all = byQuestion.filter { kindOf[$0.key] == kind }.values
                guard !all.isEmpty else { continue }
                let merged = all.reduce(into: Tally()) { $0.scores += $1.scores; $0.chance += $1.chance }
                print(String(format: "  %@ %@: score %.3f, chance %.3f (%d answers)%@", name, kind, merged.mean, merged.chanceMean,
                             merged.scores.count, fromPack ? "" : "  [content bias, not the pack]"))
                guard fromPack else { continue }
                #expect(abs(merged.mean - merged.chanceMean) < 4 * merged.error + 0.01, "\(name) on \(kind)")
                for (id, tally) in byQuestion where kindOf[id] == kind {
                    #expect(abs(tally.mean - tally.chanceMean) < 5 * tally.error + 0.02,
                            "\(name) on \(id): \(tally.mean) against chance \(tally.chanceMean)")
                }
            }
        }
    }

    @Test func thePackCarriesNoKeyOrSecret() throws {
        let course = RepositoryCourse.course
        let key = InstructorKey.generate()
        for quiz in course.quizzes {
            let text = String(decoding: try JSONEncoder().encode(StudentPack(quiz: quiz, map: course.map, layout: PackLayout(key: key, quiz: quiz))), as: UTF8.self)
            #expect(!text.contains(quiz.digest), "the quiz's own digest covers the keys")
            for word in ["\"correct\"", "\"why\"", "\"accept\"", "\"feedback\""] { #expect(!text.contains(word)) }
        }
    }
}
