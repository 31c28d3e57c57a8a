import MootModel

/// Grades free text (`short` and `explain`) by the nodes of the map it names, and how. A class: its checks read it
/// through many closures, and a struct this size was copied into them, a retain for each table it holds.
final class FreeTextGrader {
    let map: ArgumentMap
    let recognizer: NodeRecognizer
    let attribution: Attribution
    let context: QuestionContext
    let readings: CourseReadings

    init(map: ArgumentMap, recognizer: NodeRecognizer, attribution: Attribution, context: QuestionContext, readings: CourseReadings) {
        (self.map, self.recognizer, self.attribution, self.context, self.readings) = (map, recognizer, attribution, context, readings)
    }

    /// `anyOne`: any one rubric node is a full answer (an opinion question: the learner picks one and says why).
    func grade(_ question: Question, _ answer: String, rubric: [RubricItem], pass: Double?, anyOne: Bool = false) throws -> Verdict {
        // The question is context: its words need not be repeated. Its negation ("What did they lack?") only
        // completes a short answer, never a longer explanation.
        var context = self.context
        if pass != nil { context.negated = false }
        let analysis = recognizer.analyse(answer, context: context)
        guard analysis.contentWords > 0 else {
            throw UnreadableAnswer("Answer in words: that line has nothing a grader can read.")
        }
        let expected = rubric.map(\.node)
        /// The rubric without a short question's half nodes: what the question asks for.
        let asked = question.half.isEmpty ? rubric : rubric.filter { !question.half.contains($0.node) }
        let reading = recognizer.read(analysis)
        let recognitions = reading.all
        let named = Dictionary(recognitions.map { ($0.node, $0) }, uniquingKeysWith: { first, _ in first })
        // A key met only with the question's help, inside the words of a stronger statement of a node that attacks
        // it, is that statement's echo, not the answer's claim ("Corfu Channel rejected Britain's intervention" states the
        // critics' point about the Corfu duty, not the premise the question asks for).
        let echoes = Set(recognitions.filter { inner in
            inner.usedContext && expected.contains(inner.node) && recognitions.contains { outer in
                !expected.contains(outer.node) && !outer.negated && !outer.usedContext && outer.strength > inner.strength
                    && opposes(outer.node, inner.node)
                    && outer.span.lowerBound <= inner.span.lowerBound && inner.span.upperBound <= outer.span.upperBound
            }
        }.map(\.node))
        func misassigned(_ id: String) -> Bool {
            named[id].map { !$0.isName && recognizer.parties.misassigns(id, span: $0.span, in: analysis.words) } ?? false
        }
        // A point given to another party is not made: in an explanation it is simply not covered (the essay's
        // other points still count); a short answer is refused for it (below).
        // A half node counts only stated: a bare name ("Pershing") is no point beside the one asked.
        let affirmed = expected.filter { named[$0].map { !$0.negated } ?? false }.filter { !echoes.contains($0) }
            .filter { pass == nil || !misassigned($0) }
            .filter { !question.half.contains($0) || named[$0]?.isName == false }
            .filter { named[$0]?.isName != true || !namesAnotherCase($0, in: analysis.words) }
        let falsified = affirmed.filter { callsSoundFigureFalse($0, named[$0]!, in: analysis) }
        let covered = affirmed.filter { !falsified.contains($0) }
        // A denial counts only on the answer's own words: one word of its own, completed by the question's, is too
        // little to say the answer states the opposite ("Selling a product is not the same as using…").
        // In an explanation, one word denied is the rule applied to the facts ("the attack is not attributable to
        // Mexico"), not the rule denied.
        // Nor is a denial within a rule's condition ("self-defence needs … Mexico being unable or unwilling").
        let negated = expected.filter { id in
            named[id].map { $0.negated && !(($0.usedContext || pass != nil) && $0.strength < 2)
                && !(pass != nil && NodeRecognizer.isCondition($0.span, in: analysis)) } ?? false
        }
        // Other nodes count only on the answer's own words, never completed by the question's, and not when their
        // words lie inside a stronger match: then they are part of that statement, not a second one.
        let nested = Set(recognitions.filter { inner in
            recognitions.contains { outer in
                outer.node != inner.node && outer.strength > inner.strength
                    && outer.span.lowerBound <= inner.span.lowerBound && inner.span.upperBound <= outer.span.upperBound
            }
        }.map(\.node))
        let others = recognitions.filter {
            !expected.contains($0.node) && !$0.negated && !$0.usedContext && !nested.contains($0.node)
        }
        // A node named inside the words that name an expected node is part of that statement ("the unwilling-or-
        // unable test is contested" names the test it attacks), not a second position.
        let expectedSpans = recognitions.filter { covered.contains($0.node) }.map(\.span)
        // A weaker mention of the other side beside a fuller statement is part of that statement ("pre-Charter
        // practice still shows the law"), not a second position.
        let strongest = recognitions.filter { covered.contains($0.node) }.map(\.strength).max() ?? 0
        // Nor is a claim the answer reports as claimed ("Britain's claimed right to intervene") one it holds.
        let opposing = others.filter { other in
            expected.contains { opposes(other.node, $0) } && !expectedSpans.contains { $0.overlaps(other.span) }
                && other.strength >= strongest && !Attribution.reportsAsClaimed(other.span, in: analysis.words)
        }
        let settled = rubric.settled(by: covered)
        var verdict = Verdict(question: question.id, verdict: .incorrect, score: 0, expected: expected,
                              recognised: recognitions.filter { expected.contains($0.node) || others.contains($0) }
                                  .map(\.node),
                              covered: covered,
                              missed: expected.filter { !covered.contains($0) && !settled.contains($0) },
                              feedback: "")

        // A pile of key words with no sentence around them earns nothing, whatever it happens to contain —
        // unless the words are one name ("Nicaragua v. United States", "Brigadier General Pershing").
        // A comma list of four or more short items is a pile even when one item is a name.
        let piled = analysis.contentWords >= 5 || analysis.contentWords >= 4 && others.count + covered.count >= 2
        let oneName = recognitions.contains(where: { $0.isName && $0.strength >= analysis.contentWords - 1 })
        if (analysis.functionWords == 0 && piled && !oneName && !Self.isPhrase(analysis.words) && !Self.isGlossed(answer) || Self.isList(answer))
            && !Self.isCapitalisedName(answer) {
            return refuse(verdict, "keyword-pile",
                          "That reads as a list of key words, not an answer: say how the ideas connect, in a sentence.")
        }
        // A person's name answers "who", never "what did they say", and a bare case, operation or treaty answers
        // "which", never "what rule": credit that rests on names alone is none.
        if !covered.isEmpty, !context.asksForName, restsOnNames(covered, named: named, recognitions: recognitions, stated: reading.stated, analysis) {
            return refuse(verdict, "name-only",
                          "A name says who, not what: the question asks for the content — say what is claimed or which rule applies.")
        }
        if covered.isEmpty, let node = falsified.first {
            return refuse(verdict, "sound-figure-called-false", "Public sources bear out \(title(node)): "
                          + "what is weak about it, if anything, is how the article uses it, not the number.")
        }
        // The right month with another day is another date ("6 February 2025" for the 20 February designations).
        let answerDates = DayOfMonth.all(in: analysis.words)
        if !answerDates.isEmpty, let node = covered.first(where: { id in
            guard let node = map[id] else { return false }
            let own = readings.days(inTextOf: node)
            return answerDates.contains { date in own.contains { $0.month == date.month } && !own.contains(date) }
        }) {
            return refuse(verdict, "wrong-number", "Check the day: the date you give is not the one the article gives for \(title(node)).")
        }
        // The right claim in the wrong mouth ("Corn argues that trafficking is an armed attack") is not the claim.
        if let node = covered.first(where: { id in
            guard let recognition = named[id], !recognition.usedContext, !nested.contains(id),
                  let side = map[id].flatMap(Attribution.side) else { return false }
            return attribution.holder(before: recognition.span.lowerBound, in: analysis.words).map { $0 != side } ?? false
        }) {
            let holder = map[node]?.speaker ?? (map[node].flatMap(Attribution.side) == .critics ? "the article's critics" : "Pedrozo")
            return refuse(verdict, "wrong-holder",
                          "That gives \(title(node)) to the wrong side: in the map it is held by \(holder).")
        }
        // The right words given to another party ("the cartels are unwilling" for Mexico) are another claim.
        if let node = covered.first(where: misassigned) {
            return refuse(verdict, "wrong-party", "That gives what the article says about \(title(node)) to another party: check who does what.")
        }
        // The right words with one turned into its antonym ("more expensive" for cheaper) say the opposite claim:
        // anywhere in a short answer, near the words that name the point in an explanation.
        for id in covered {
            guard let recognition = named[id], !recognition.isName else { continue }
            let range = pass == nil ? 0...max(0, analysis.words.count - 1)
                : (recognition.span.lowerBound - 3)...(recognition.span.upperBound + 3)
            guard let word = recognizer.reversals.reversal(of: id, in: analysis.words, range: range,
                                                           negations: analysis.negations) else { continue }
            // A word that names another point the answer makes ("under domestic law" beside "the label gives no
            // authority") is that point's, not this one reversed.
            let ownedElsewhere = covered.contains { other in
                other != id && map[other].map { readings.wordingDays(of: $0).words.contains(word) } ?? false
            }
            if ownedElsewhere { continue }
            return refuse(verdict, "reversed", "That reverses part of what the article says: it does not say “\(word)”.")
        }
        // So does a move turned round ("from the east … to the west" where the article has west to east).
        if let id = covered.first(where: { recognizer.reversals.reversesMove(of: $0, in: analysis.words) }) {
            return refuse(verdict, "reversed", "That turns round the direction the article gives for \(title(id)).")
        }
        // A court's holding given the wrong way ("the ICJ rejected anticipatory self-defence" where it left that
        // open) is a wrong fact in the right words.
        if pass == nil, let (node, holding, topic) = recognizer.holdings.misstated(in: analysis.words, negations: analysis.negations) {
            let outcome = switch holding.held { case .accepted: "accepted it"; case .rejected: "rejected it"; case .open: "left it open" }
            return refuse(verdict, "wrong-holding",
                          "That misstates a holding: on \(topic), \(holding.by[0]) \(outcome) (see \(title(node))).")
        }
        // Two clauses that affirm and deny the same point cancel out — unless the answer reports who says what, or
        // is long enough that a denial is a qualification read the wrong way (in the blind sets, every answer of
        // over twelve content words refused so was right).
        lazy var words = Set(analysis.words)
        if analysis.contentWords <= 12, let contradiction = reading.contradictions.first(where: expected.contains),
           words.isDisjoint(with: Self.attributions) && words.isDisjoint(with: Self.framing) {
            return refuse(verdict, "self-contradiction",
                          "The answer both asserts and denies \(title(contradiction)), so it says nothing either way.")
        }
        // An application answer that reaches the other bottom line is wrong, whatever rules it names on the way.
        if pass != nil, let expected = question.conclusion, let given = BottomLine.reading(analysis.words), given.contradicts(expected) {
            return refuse(verdict, "wrong-conclusion", expected == .mixed
                ? "Your conclusion treats every act alike, but on these facts they differ: look again at which acts stay within the law."
                : "Your conclusion is the opposite of where the law leads on these facts: "
                    + "look again at which requirement \(expected == .lawful ? "holds" : "fails").")
        }
        // Asserting the opposite of a rubric point costs that point — unless the same words state a position that
        // opposes it, correctly attributed ("Esper said strikes would be illegal", "he treats trafficking as an
        // armed attack"), rather than pinned on the wrong speaker ("the article concludes strikes would be illegal").
        let denied = negated.filter { !isStatedPosition(against: $0, recognitions: recognitions, words: words, in: analysis) }
        let total = rubric.totalPoints
        // In a short answer of several parts, a part given with a figure the article does not give for it
        // ("14,000 troops on the border" for 140,000) earns nothing: the figure is what that part says.
        let misfigured = pass == nil && asked.count > 1
            ? covered.filter { id in misstatesFigure(answer, analysis, of: id, asked: question.prompt,
                                                     alsoNamed: recognitions.filter { !$0.negated && $0.node != id }.map(\.node)) } : []
        // A denial costs its criterion's points unless another node meets it (`settled`: the rest of a met group).
        let earned = rubric.points(covering: covered.filter { !misfigured.contains($0) })
            - rubric.points(covering: denied.filter { !settled.contains($0) })
        verdict.score = total > 0 ? max(0, earned / total) : 0
        if !misfigured.isEmpty {
            verdict.covered.removeAll(where: misfigured.contains)
            verdict.missed = expected.filter { !verdict.covered.contains($0) && !settled.contains($0) }
            verdict.misconception = "wrong-figure"
        }
        if anyOne && earned > 0 {
            verdict.score = 1
            verdict.missed = []
        }
        // An opinion question's reason names what the chosen objection attacks: that is its point, not a second side.
        if pass == nil, !anyOne, let other = opposing.first, !covered.isEmpty {
            return refuse(verdict, "both-sides",
                          "You name \(title(covered[0])) but also \(title(other.node)), which \(relation(other.node, covered[0])). "
                          + "An answer that takes both sides earns no credit: which one answers the question?")
        }
        // Nothing named in full, nothing denied, nothing else claimed: a wording met but for one word is half an
        // answer, worth half its point and never more than partial. A weaker match on the half's own words ("law"
        // in "break international law") is part of it, not another claim.
        if covered.isEmpty, denied.isEmpty, reading.contradictions.isEmpty {
            // Half of a half node is too little to count.
            let halves = recognizer.nearlyNamed(asked.map(\.node), in: analysis)
            let claimed = others.filter { other in
                !halves.contains { $0.strength > other.strength && recognizer.isHalfWording(other.span, of: $0.node, in: analysis) }
            }
            let near = claimed.isEmpty ? Set(halves.map(\.node)) : []
            // Half of a point with a word of it reversed ("meth costs more to make") is its opposite, not its half.
            if pass == nil, let word = halves.lazy.filter({ near.contains($0.node) }).compactMap({ half in
                self.recognizer.reversals.reversal(of: half.node, in: analysis.words, range: 0...max(0, analysis.words.count - 1),
                                                   negations: analysis.negations)
            }).first {
                return refuse(verdict, "reversed", "That reverses part of what the article says: it does not say “\(word)”.")
            }
            let half = rubric.points(covering: near) / 2
            if half > 0, total > 0 {
                verdict.score = min(half / total, (pass ?? 1) / 2)
                verdict.verdict = .partial
                verdict.covered = []
                verdict.misconception = "half-named"
                verdict.feedback = "Partly there: the answer points to \(expected.filter(near.contains).map(title).joined(separator: ", ")) "
                    + "but leaves out part of what it says."
                return verdict
            }
        }
        // A short answer that names only the article's own premises where a reply of the article's side is asked
        // ("they'd be self-defence, not reprisals" for why the strikes are no reprisal) is on the right side
        // without the point: half.
        // So is the article's conclusion where its thesis is asked ("US strikes on cartels in Mexico would be legal"
        // without the condition of self-defence) — unless it gives a ground of its own, which is then not the thesis's.
        if pass == nil, covered.isEmpty, denied.isEmpty, reading.contradictions.isEmpty, !others.isEmpty, asked.count == 1,
           let key = map[asked[0].node], key.kind == .reply || key.main && words.isDisjoint(with: Self.grounds),
           others.allSatisfy({ other in map[other.node].map { Attribution.side(of: $0) == .article && $0.kind == (key.main ? .claim : .premise) } ?? false
               && !opposes(other.node, key.id) && other.node != key.id }) {
            return halve(verdict, "same-side", "Partly there: that is the article's side, but not the point the question asks for: \(title(key.id)).")
        }
        if covered.isEmpty, denied.isEmpty, let office = namesSpeakerByOffice(answer, analysis, expected: expected), total > 0 {
            verdict.score = min(1, rubric.points(covering: [office]) / total)
            verdict.covered = [office]
            verdict.missed = expected.filter { $0 != office }
        }
        if verdict.covered.isEmpty, denied.isEmpty, others.isEmpty, let dated = monthWithoutDay(analysis, expected: expected), total > 0 {
            verdict.score = min(rubric.points(covering: [dated]) / 2 / total, (pass ?? 1) / 2)
            verdict.verdict = .partial
            verdict.misconception = "month-without-day"
            verdict.feedback = "Partly there: the month is right; the article gives the exact day."
            return verdict
        }
        if let pass {
            verdict.verdict = verdict.score >= pass ? .correct : verdict.score > 0 ? .partial : .incorrect
            if verdict.verdict == .correct { verdict.score = max(verdict.score, pass) }
        } else {
            verdict.verdict = Verdict.outcome(for: verdict.score)
        }
        if pass == nil, asked.count == 1, verdict.verdict == .correct, let match = named[asked[0].node] {
            if hedges(analysis, key: asked[0].node, match: match, recognitions: recognitions) {
                return halve(verdict, "hedged-list", "Partly there: one of the things you list answers the question, the others do not. Which one is it?")
            }
            if misstatesFigure(answer, analysis, of: asked[0].node, asked: question.prompt,
                               alsoNamed: recognitions.filter { !$0.negated && $0.node != asked[0].node }.map(\.node)) {
                return halve(verdict, "wrong-figure", "Partly there: the point is right, but the figure you give for it is not the article's.")
            }
        }
        let unjudged = verdict.verdict == .correct ? unjudgedAct(in: analysis) : nil
        if unjudged != nil {
            verdict.verdict = .partial
            verdict.score /= 2
        }
        verdict.path = explainPath(named: covered.isEmpty ? (others.first?.node ?? denied.first) : covered.first,
                                   expected: expected)
        verdict.feedback = feedback(verdict, negated: denied.filter { !settled.contains($0) }, others: others, opposing: opposing, rubric: rubric)
        if let node = misfigured.first {
            verdict.feedback = verdict.verdict == .incorrect
                ? "Check the figure: the one you give for \(title(node)) is not the article's."
                : verdict.feedback + " The figure you give for \(title(node)) is not the article's."
        }
        if let unjudged {
            verdict.misconception = "unjudged-act"
            verdict.feedback = "Partly there: the question asks about each act, and you leave one out: \(unjudged)."
        }
        if verdict.misconception == nil {
            if !denied.isEmpty && covered.isEmpty { verdict.misconception = "negated" }
            else if verdict.verdict == .incorrect, let other = others.first {
                verdict.misconception = opposing.contains(other) ? "other-side" : "wrong-node"
            }
        }
        return verdict
    }

    /// Words that give a ground: "legal *because* the cartels are designated".
    static let grounds: Set<String> = ["because", "since", "as", "bc", "cause", "given"]
}
