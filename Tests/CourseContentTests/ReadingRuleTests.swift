import Foundation
import Testing
@testable import MootGrading
@testable import MootModel

/// The general reading rules of issue 11, each on an answer of the kind the blind sets showed.
@Suite struct ReadingRuleTests {
    @Test func aDeniedNameIsNotCredited() throws {
        #expect(try grade("threat-chinese", "Not China - they get them through Mexican ports.").verdict != .correct)
        #expect(try grade("designations-eo-who", "Not the State Department - the Treasury Secretary").verdict != .correct)
        #expect(try grade("orientation-who", "Colby Jenkins").verdict == .correct)
    }

    /// A word inside a longer term meets one requirement of a wording, not two: "war-powers trigger" is not the
    /// domestic-authority wording's [war powers] and [powers] at once; the same term listed in two groups still is.
    @Test func oneWordDoesNotMeetTwoRequirements() throws {
        #expect(try grade("designations-sanctions", "not a sanctions tool, it's a war-powers trigger").verdict != .correct)
        #expect(try grade("designations-sanctions", "a sanctions tool").verdict == .correct)
        #expect(try grade("conclusion-explain", "He concludes strikes would be legal.").covered.contains("c-strikes-lawful"))
    }

    /// The party after "with" or "against" is part of the claim: an armed conflict with Mexico is not the notice's
    /// armed conflict with the cartels.
    @Test func thePartyAfterWithIsPartOfTheClaim() throws {
        let wrong = try grade("designations-later-notice", "That the U.S. was in an international armed conflict with Mexico.")
        #expect(wrong.verdict == .incorrect && wrong.misconception == "wrong-party", "\(wrong.feedback)")
        #expect(try grade("designations-later-notice", "That the U.S. was in an armed conflict with the cartels.").verdict == .correct)
    }

    /// The article's conclusion without the thesis's condition is half the thesis; with a ground of its own, not.
    @Test func theConclusionWithoutItsConditionIsHalfTheThesis() throws {
        let half = try grade("capstone-thesis", "That U.S. strikes on cartels in Mexico would be legal.")
        #expect(half.verdict == .partial && half.misconception == "same-side", "\(half.feedback)")
        #expect(try grade("capstone-thesis", "Strikes are legal because the President designated the cartels as terrorists.").verdict == .incorrect)
    }

    /// "105 mil" is the Spanish 105 thousand, as a learner writing in a second language means it.
    @Test func milAfterAFigureIsAThousand() throws {
        #expect(try grade("threat-2023", "more than 105 mil").verdict == .correct)
        #expect(try grade("threat-2023", "more than 105 million").verdict == .incorrect)
    }

    /// "art 2.4" is Article 2(4), as "Article 51.1" would be its first paragraph.
    @Test func anArticlesDecimalIsItsParagraph() throws {
        #expect(try grade("conclusion-charter", "art 2.4 UN charter").verdict == .correct)
    }

    /// A move stated the other way round ("from the east … to the west") reverses the point.
    @Test func aMoveTheOtherWayRoundIsReversed() throws {
        #expect(try grade("threat-evidence-meth", "It spread its meth from the east coast out to the west.").misconception == "reversed")
        #expect(try grade("threat-evidence-meth", "It spread its meth from the west to the east.").verdict == .correct)
    }

    /// In an explanation, a point given to another party is only not made: the essay's other points still count
    /// (a new user's sound IRAC answer had scored 0 of 8 for one clause about consent).
    @Test func aMisassignedPointInAnExplanationCostsOnlyThatPoint() throws {
        let essay = try grade("app-border-post", "Returning fire while the attack goes on is necessary and proportionate self-defence "
            + "against a cartel armed attack, since Mexican police are two hours away; the next-day strike is not necessary because "
            + "the attack is over, so it is a banned reprisal (ILC Art 50, GA Res 2625). The US should ask Mexico to act or consent.")
        #expect(essay.misconception != "wrong-party" && essay.score >= 0.5, "\(essay.feedback)")
    }

    /// A court's holding given the other way is a wrong fact in the right words.
    @Test func aHoldingGivenTheOtherWayIsWrong() throws {
        #expect(try grade("imminence-words", "Because the ICJ rejected anticipatory self-defence in Nicaragua.").misconception == "wrong-holding")
        #expect(try grade("unwilling-duty-to-right", "That Corfu Channel approved British self-help.").misconception == "wrong-holding")
        #expect(try grade("imminence-words", "Because the ICJ left anticipatory self-defence open in Nicaragua.").verdict == .correct)
    }

    /// Where a problem's acts differ, a conclusion that treats them alike is wrong, and an answer that judges only
    /// some of them is partial, naming the act it leaves out.
    @Test func eachActOfAProblemIsJudged() throws {
        let alike = try grade("app-consent-one-state", "All of them are lawful: once Mexico consented, a few kilometres or days do not matter.")
        #expect(alike.misconception == "wrong-conclusion", "\(alike.feedback)")
        let both = try grade("app-consent-one-state", "Only the Sinaloa strikes Mexico approved are lawful; the Durango strike and the flights "
            + "on day 95 go beyond what Mexico agreed, so they breach its sovereignty.")
        #expect(both.verdict == .correct, "\(both.feedback)")
        let one = try grade("app-consent-one-state", "Only the Sinaloa strikes Mexico approved are lawful; the Durango strike goes beyond "
            + "what Mexico agreed, so it breaches its sovereignty.")
        #expect(one.verdict == .partial && one.misconception == "unjudged-act", "\(one.feedback)")
        #expect(one.feedback.contains("the flights on day 95"))
    }

    /// A figure public sources bear out, called false, is a wrong fact; a flawed figure called wrong is the point.
    @Test func aSoundFigureCalledFalseIsWrong() throws {
        let wrong = try grade("critical-explain", "The 105,000 overdose deaths and the 200 a day are both made up.")
        #expect(wrong.verdict == .incorrect && wrong.misconception == "sound-figure-called-false", "\(wrong.feedback)")
        #expect(try grade("critical-explain", "The death toll matters most because the armed attack claim rests on it: the "
            + "quarter-million fentanyl figure is wrong (about 195,000) and the Vietnam number includes non-combat deaths.").verdict == .correct)
        let notFalse = try grade("critical-explain", "The 105,000 overdose deaths are not false, but they count every overdose; "
            + "and the Vietnam number includes non-combat deaths.")
        #expect(notFalse.covered.contains("e-overdoses-2023"), "\(notFalse.feedback)")
    }

    /// "aint", typed without its apostrophe, denies as "ain't" does; one strand of an objection is half of it.
    @Test func aintDeniesAndOneStrandIsHalf() throws {
        #expect(try grade("attack-corn", "selling drugs aint force, ppl choose to use it").verdict == .correct)
        let strand = try grade("attack-corn", "The cartels want profit, not war.")
        #expect(strand.verdict == .partial, "\(strand.feedback)")
    }

    /// "200/day" is 200 per day, and a rate in another period is said in words a reader can follow.
    @Test func aSlashBeforeAPeriodIsPer() throws {
        #expect(try grade("threat-per-day", "200/day").verdict == .correct)
        let yearly = try grade("threat-per-day", "200 a year")
        #expect(yearly.verdict == .incorrect)
        #expect(yearly.feedback.contains("asks for a figure per day —"), "\(yearly.feedback)")
    }

    /// A right point with a wrong figure is half an answer; a figure within an approximation, a count of things
    /// or a legal citation is no figure of the point.
    @Test func aRightPointWithAWrongFigureIsHalf() throws {
        let wrong = try grade("precedent-evidence-mines", "the 18 people killed at the mines in Mexico")
        #expect(wrong.verdict == .partial && wrong.misconception == "wrong-figure", "\(wrong.feedback)")
        #expect(try grade("precedent-evidence-raids", "Villa's two raids, on Columbus and Glen Springs").verdict == .correct)
        #expect(try grade("attack-claim", "An armed attack, triggering self-defence under Article 51").misconception != "wrong-figure")
        // In an answer of two parts, the part with the wrong figure earns nothing, and the feedback says which.
        let part = try grade("precedent-evidence-border", "It put 14,000 troops on the border to protect its oil interests.")
        #expect(part.verdict == .incorrect && part.feedback.contains("Check the figure"), "\(part.feedback)")
        let other = try grade("precedent-evidence-border", "It put 14,000 troops on the border to deter further raids.")
        #expect(other.verdict == .partial && other.covered == ["e-border-deterrence"], "\(other.feedback)")
    }

    /// A verb of denial belongs to the party before it: "Mexico rejects the gravity gap" gives the United States'
    /// position to Mexico.
    @Test func aDenyingVerbIsHeldByThePartyBeforeIt() throws {
        #expect(try grade("steel-gravity", "Mexico itself rejects the gravity gap, so it cannot complain.").misconception == "wrong-party")
        #expect(try grade("steel-gravity", "the US rejects the gravity gap").verdict == .correct)
    }

    /// A party that is a verb's object ("not stopping *the cartels* means unable") does not do the next word: the
    /// state that fails to stop them does.
    @Test func aVerbsObjectIsNotTheDoer() throws {
        #expect(try grade("unwilling-failure-unstated", "That limited success against the cartels shows Mexico is unable or unwilling to stop them.").verdict == .correct)
    }

    /// "No – the attack is over": the opening "No" answers the question, it does not deny what the dash introduces.
    @Test func aVerdictBeforeADashIsNoNegation() throws {
        let analysis = NodeRecognizer(map: ArgumentMap(nodes: [], edges: [])).analyse("No - the attack is over")
        #expect(analysis.pauses == [1])
        #expect(TextNormalizer.words("the drone - no - attack") == ["the", "drone", "no", "attack"])
    }

    /// Asked for one of the article's replies, an answer that names only the article's own premise ("it is
    /// self-defence") is on the right side without the reply's point: half, and the feedback says which point.
    @Test func theArticlesPremiseForItsReplyIsHalf() throws {
        let verdict = try grade("steel-reprisal", "They'd be self-defence, not reprisals.")
        #expect(verdict.verdict == .partial && verdict.misconception == "same-side", "\(verdict.feedback)")
        #expect(verdict.feedback.contains("the strikes would end a continuing attack"), "\(verdict.feedback)")
        #expect(try grade("steel-reprisal", "Force that stops a continuing attack is defence, not a reprisal.").verdict == .correct)
    }

    /// Words denied twice ("not an armed attack, … below the armed-attack line") are denied, not affirmed.
    @Test func aClaimDeniedTwiceIsDenied() throws {
        #expect(try grade("attack-claim", "Not an armed attack, just a use of force below the armed-attack line.").verdict != .correct)
        #expect(try grade("attack-claim", "An armed attack on the United States.").verdict == .correct)
    }

    /// A negation denies its own clause, not the condition or reason after "if", "when", "because"…
    @Test func aNegationDoesNotReachPastIfOrBecause() throws {
        #expect(try grade("steel-reprisal", "it is not punishment if the attack is still going on, it is self defence to stop it").verdict == .correct)
        #expect(try grade("steel-reprisal", "It is a reprisal, and the attack is not continuing.").verdict != .correct)
    }

    /// "illegal drugs" denies nothing of the drug flow: a word like "illegal" denies only itself.
    @Test func aNegatedWordDeniesOnlyItself() throws {
        #expect(try grade("precedent-bridge", "The old raids across the border have been replaced by a steady flow of illegal drugs smuggled north").verdict == .correct)
        #expect(try grade("precedent-bridge", "The raids were not replaced by drug flows").verdict == .incorrect)
    }

    /// A preposition the wordings use as a content word joins a phrase: a noun phrase is no keyword pile.
    @Test func aPrepositionMakesAPhraseNotAPile() throws {
        #expect(try grade("conclusion-armed-conflict", "human rights rules under the law-enforcement model").verdict == .correct)
    }

    /// So does a verb's -ing form at its head: "blowing up suspected drug boats" is what was done, not a pile.
    @Test func aGerundMakesAPhraseNotAPile() throws {
        #expect(try grade("designations-later-boats", "blowing up suspected drug boats").verdict == .correct)
        #expect(try grade("designations-later-boats", "boats, drugs, Caribbean, Pacific, strikes").misconception == "keyword-pile")
    }

    /// "in and of itself" is "alone": the negation before it still denies the verb after it.
    @Test func inAndOfItselfIsAlone() throws {
        #expect(Shorthand.expand(["does", "not", "in", "and", "of", "itself", "authorise"]) == ["does", "not", "alone", "authorise"])
        #expect(Shorthand.expand(["in", "mexico"]) == ["in", "mexico"])
        #expect(try grade("orientation-explain", "He concedes that the FTO designation does not in and of itself authorise force, but adds that strikes may be lawful self-defence if a cartel uses force.").verdict == .correct)
    }

    /// Two terms joined by a slash, a dash or brackets name one thing twice; a run of bare terms is still a pile.
    @Test func aGlossedTermIsNoPile() throws {
        #expect(try grade("conclusion-armed-conflict", "human rights law / law enforcement").verdict == .correct)
        #expect(try grade("conclusion-armed-conflict", "International human rights law (law-enforcement paradigm)").verdict == .correct)
        #expect(try grade("threat-evidence-cities", "fentanyl meth cities impunity Boston").misconception == "keyword-pile")
    }

    /// A rubric group is one criterion: any of its nodes meets it, and feedback names a missed group as one point.
    @Test func aRubricGroupIsOnePoint() throws {
        let answer = "Strikes would be lawful. Esper objected that they would be illegal and an act of war, and Pedrozo says he was wrong. The article never answers that selling drugs is not a use of force."
        #expect(try grade("conclusion-explain", answer).verdict == .correct)
        let half = try grade("conclusion-explain", "Strikes would be lawful.")
        #expect(half.verdict == .partial)
        #expect(half.feedback.contains("one of 9, such as"), "\(half.feedback)")
        #expect(half.feedback.contains("one of ‘Esper — strikes would breach international law’ or"), "\(half.feedback)")
    }

    /// "more and more states": a growing number.
    @Test func aDoubledComparativeIsATrend() throws {
        #expect(try grade("unwilling-growing", "more and more countries support it").verdict == .correct)
        #expect(try grade("unwilling-growing", "fewer and fewer states support it").verdict != .correct)
    }

    /// An opinion question's reason names the premise the chosen objection attacks: that is no second side.
    @Test func anOpinionsReasonMayNameWhatItAttacks() throws {
        let verdict = try grade("capstone-strongest", "Not force at all: trafficking isn't a use of force, which defeats the unstated premise that overdose deaths count as armed force.")
        #expect(verdict.verdict == .correct, "\(verdict.feedback)")
    }

    /// A real English word is read as a slip of a course word only one letter away, never two.
    @Test func aRealWordTwoLettersFromACourseWordIsNotASlip() throws {
        let grader = Grader(course: RepositoryCourse.course)
        let analysis = grader.recognizer.analyse("an overdose is no source")
        #expect(analysis.words.count == 5 && analysis.stems.count == 1, "\(analysis.stems)")
    }

    /// A party after a preposition is a place or a target, not the doer of the next word: in "attacks in
    /// northern Mexico killed 17 U.S. citizens" Mexico killed no one, so "17 Americans were killed" gives it to no
    /// other party.
    @Test func aPartyAfterAPrepositionDoesNothing() throws {
        #expect(try grade("precedent-evidence-mines", "17 Americans were killed at the mines").verdict == .correct)
    }

    /// A figure the article gives for another node the answer names is that node's, and a denied item of a list
    /// is ruled out, not offered.
    @Test func anotherNodesFigureAndADeniedItemAreNoFaults() throws {
        #expect(try grade("precedent-evidence-mines", "the 17 citizens murdered at mining sites and the 18 killed in Villa's raids on Columbus and Glen Springs").verdict == .correct)
        #expect(try grade("precedent-1914-port", "not Tampico, Vera Cruz").verdict == .correct)
        #expect(try grade("precedent-1914-port", "Tampico or Vera Cruz").verdict == .partial)
    }

    /// "not about X" denies the topic, whichever way a wording puts it: "no legal authority" is not met by
    /// "not about legal authority".
    @Test func notAboutDeniesTheTopic() throws {
        #expect(try grade("orientation-testimony", "The testimony was not about legal authority but about policy.").verdict == .incorrect)
        #expect(try grade("orientation-testimony", "he said US forces had no legal authority for the strikes").verdict == .correct)
    }

    /// "below the armed-attack threshold" says it is no armed attack.
    @Test func belowAThresholdIsShortOfIt() throws {
        #expect(try grade("attack-claim", "trafficking is force below the armed attack level").verdict == .incorrect)
        #expect(try grade("attack-claim", "drug trafficking is an armed attack").verdict == .correct)
    }

    /// A wording of two clauses says two things: one of them alone is half an answer.
    @Test func oneSideOfATwoClauseWordingIsHalf() throws {
        let half = try grade("conclusion-sheinbaum-reply-words", "Pedrozo admits relations would suffer")
        #expect(half.verdict == .partial && half.misconception == "half-named", "\(half.feedback)")
        #expect(try grade("unwilling-sheinbaum-reply-words", "He finds her position understandable, but not defendable given the evidence").verdict == .correct)
        // A side must say something on its own: "trying" (of "trying but failing counts as unable") does not.
        #expect(try grade("unwilling-failure-unstated", "trying").verdict == .incorrect)
    }

    @Test func ratherThanDeniesWhatFollows() throws {
        #expect(try grade("designations-claim", "As a criminal law-enforcement problem rather than a national-security one.")
            .verdict != .correct)
    }

    @Test func aSpeakersNameDoesNotSayWhatTheySaid() throws {
        let verdict = try grade("attack-corn", "Geoffrey Corn")
        #expect(verdict.verdict == .incorrect)
        #expect(verdict.misconception == "name-only")
        #expect(try grade("unwilling-contested", "Kevin Jon Heller and Ashley Deeks").verdict == .incorrect)
    }

    @Test func theRightMonthWithAnotherDayIsAnotherDate() throws {
        #expect(try grade("designations-date", "6 February 2025").verdict == .incorrect)
        #expect(try grade("designations-date", "February 2, 2025").verdict == .incorrect)
        #expect(try grade("designations-date", "February 20th, 2025").verdict == .correct)
        // The month alone is on the way; another month or year is another date.
        #expect(try grade("designations-date", "sometime in February 2025").verdict == .partial)
        #expect(try grade("designations-date", "February 2024").verdict == .incorrect)
        #expect(try grade("designations-date", "March 2025").verdict == .incorrect)
        #expect(DayOfMonth.all(in: TextNormalizer.words("on 20 February, then March 3rd")) == [
            DayOfMonth(month: 2, day: 20), DayOfMonth(month: 3, day: 3)])
    }

    /// A slip equally near several course words is read as the word of the question's key ("totl" is "total"
    /// here, not the "toll" of the death toll).
    @Test func aTypoIsReadInTheLightOfTheQuestion() throws {
        #expect(try grade("designations-policy", "the totl elimination of the cartels").verdict == .correct)
        #expect(try grade("designations-policy", "the toll").verdict == .incorrect)
    }

    /// Half of a two-word key, when no other node uses that word, is half an answer; a shared word is not.
    @Test func halfOfATwoWordKeyIsPartial() throws {
        #expect(try grade("designations-policy", "their elimination").verdict == .partial)
        #expect(try grade("designations-policy", "the United States").verdict == .incorrect)
    }

    /// A list that offers alternatives to the key has not chosen; a detail added to the key is no alternative.
    @Test func aHedgedListIsHalfAnAnswer() throws {
        #expect(try grade("precedent-commander", "Pershing or Scott").verdict == .partial)
        #expect(try grade("precedent-commander", "Pershing, a brigadier general").verdict == .correct)
        #expect(try grade("unwilling-corfu", "Corfu Channel, 1949").verdict == .correct)
    }

    /// "Who" is answered by the speaker's office as well as by name — but not by another person in that office.
    @Test func anOfficeAnswersWho() throws {
        #expect(try grade("conclusion-esper-who", "the man who was then secretary of defense").verdict == .correct)
        #expect(try grade("conclusion-esper-who", "Donald Rumsfeld, the secretary of defense").verdict == .incorrect)
        #expect(try grade("conclusion-esper-who", "not the secretary of defense").verdict == .incorrect)
    }

    /// A negation reaches only the words right after it: denying one thing does not deny the key stated beside it.
    @Test func aNegationReachesOnlyWhatFollowsIt() throws {
        #expect(try grade("attack-corn", "dealing drugs isn't like firing a gun, there is no real force involved").verdict == .correct)
        #expect(try grade("attack-corn", "dealing drugs is a real use of force").verdict == .incorrect)
    }

    /// A claim turned into its opposite by an antonym keeps the node's words but not its meaning; saying both
    /// words contrasts them, and a negated antonym is no reversal.
    @Test func anAntonymReversesTheClaim() throws {
        #expect(try grade("threat-evidence-meth", "meth spread from west to east, and synthetic drugs are more expensive than plant-based ones").verdict == .incorrect)
        #expect(try grade("threat-evidence-meth", "meth spread from west to east, and synthetic drugs are cheaper than plant-based ones").verdict == .correct)
        #expect(try grade("threat-evidence-meth", "meth spread from west to east, and synthetic drugs are not more expensive than plant-based ones").verdict != .incorrect)
    }

    /// A name with a noun that only says what kind of thing it is ("the Oil Platforms case") is still a bare citation.
    @Test func aCitationWithItsKindIsStillBare() throws {
        #expect(try grade("conclusion-caroline", "the Oil Platforms case").verdict == .incorrect)
        #expect(try grade("conclusion-caroline", "necessity and proportionality").verdict != .incorrect)
    }

    /// The node's words given to another party are another claim: the map ties "unable or unwilling" to Mexico.
    @Test func theRightWordsForTheWrongPartyAreAnotherClaim() throws {
        #expect(try grade("unwilling-premise", "that the traffickers are unwilling to stop").verdict == .incorrect)
        #expect(try grade("unwilling-premise", "that Mexico is unable or unwilling to stop them").verdict == .correct)
    }

    /// A tentative answer ending in a question mark is an answer; a question that opens as one asserts nothing.
    @Test func aTentativeAnswerIsAnAnswer() throws {
        #expect(try grade("precedent-commander", "Pershing, I believe?").verdict == .correct)
        #expect(try grade("precedent-commander", "Was it Pershing?").verdict == .incorrect)
        #expect(try grade("precedent-commander", "Pershing? no, Villa").verdict == .incorrect)
    }

    @Test func anApproximationIsCloseAndAPreciseMissIsWrong() throws {
        #expect(try grade("precedent-troops", "roughly 10-15 thousand").verdict == .partial)
        #expect(try grade("precedent-mines", "around 15 to 20").verdict == .partial)
        #expect(try grade("precedent-mines", "18").verdict == .incorrect)
        #expect(NumberMention.all(in: "100-110k").first.map { [$0.value, $0.upper ?? 0] } == [100_000, 110_000])
    }

    @Test func shorthandIsReadAsItsWords() throws {
        #expect(Shorthand.expand(TextNormalizer.words("strikes w/o consent, says the govt")) ==
            ["strikes", "without", "consent", ",", "says", "the", "government"])
        #expect(try grade("orientation-who", "the assistant secretary of defense for special ops").verdict == .correct)
    }

    @Test func halfAnAnswerIsPartlyRightButNeverItsOpposite() throws {
        #expect(try grade("conclusion-caroline", "that the force has to be necessary and proportionate").verdict != .incorrect)
        #expect(try grade("attack-corn", "that selling drugs is a use of force").verdict == .incorrect)
        #expect(try grade("designations-date", "20 January 2025").verdict == .incorrect)
    }

    @Test func aBareDocumentNameAnswersWhichButNotWhat() throws {
        #expect(try grade("unwilling-manual", "Law of War Manual").verdict == .correct)
        #expect(try grade("unwilling-corfu", "Corfu Channel").verdict == .correct)
        #expect(try grade("unwilling-corfu-words", "Operation Retail.").verdict != .correct)
    }

    @Test func numbersAreReadWithPolarityUnitAndRange() throws {
        #expect(try grade("precedent-mines", "17? no, it was 18 killed").verdict == .incorrect)
        #expect(try grade("precedent-mines", "not 18, it was 17").verdict == .correct)
        #expect(try grade("threat-per-day", "200 a year").verdict == .incorrect)
        #expect(try grade("threat-per-day", "200 a day").verdict == .correct)
        #expect(try grade("designations-wpr", "48 days").verdict == .incorrect)
        #expect(try grade("designations-wpr", "2 days").verdict == .correct)
        #expect(try grade("precedent-mines", "17 or 18").verdict == .incorrect)
        let range = try grade("unwilling-murders", "125 to 150 a day")
        #expect(range.verdict == .correct)
        #expect(range.feedback.contains("125–150"))
        #expect(!range.feedback.contains("137.5"))
        #expect(try grade("unwilling-murders", "125 to 150 a year").verdict == .incorrect)
    }

    @Test func numberWordsFractionsAndYears() {
        #expect(NumberReader.numbers(in: "nineteen seventeen") == [1917])
        #expect(NumberReader.numbers(in: "twenty twenty") == [2020])
        #expect(NumberReader.numbers(in: "twenty five") == [25])
        #expect(NumberReader.numbers(in: "three quarters") == [0.75])
        #expect(NumberReader.numbers(in: "1/4 million") == [250_000])
        #expect(NumberReader.numbers(in: "a fifth") == [0.2])
        #expect(Grader.figure(2020, "year") == "2020")
        #expect(Grader.figure(105_000, "deaths") == "105,000")
    }

    @Test func trueFalseReadsWhatPeopleType() throws {
        for answer in ["No, because it includes military strikes", "nope", "false — it doesn't stop at the police", "not true"] {
            #expect(try grade("threat-response-tf", answer).verdict == .correct, "\(answer)")
        }
        #expect(try grade("threat-response-tf", "yes, only the police").verdict == .incorrect)
        #expect(throws: UnreadableAnswer.self) { try grade("threat-response-tf", "maybe") }
    }
}

@Suite struct ChoiceReadingTests {
    @Test func aMultiAnswerChoiceReadsOptionTexts() throws {
        let verdict = try grade("threat-cities", "Phoenix, Atlanta and Miami")
        #expect(verdict.verdict == .correct)
        #expect(verdict.feedback.contains("Read as (a) Phoenix, (b) Atlanta, (c) Miami"))
        #expect(try grade("threat-cities", "Phoenix and Boston").verdict != .correct)
        #expect(try grade("threat-cities", "a, b, c").verdict == .correct)
        #expect(try grade("precedent-raids-towns", "Columbus and Glen Springs").verdict == .correct)
    }

    /// An option typed with slips is read as the option it is near; a word near two option words is not guessed.
    @Test func anOptionTypedWithTyposIsReadAsThatOption() throws {
        #expect(try grade("attack-force-allowed", "necesary and proportionat force").verdict == .correct)
        #expect(try grade("threat-cities", "Phonix, Atlana and Miami").verdict == .correct)
        #expect(try grade("attack-force-allowed", "Any force the Presidnt considers useful").verdict == .incorrect)
    }
}

@Suite struct BadInputTests {
    @Test func oddAnswersGetAVerdictOrAMessageQuickly() throws {
        let course = RepositoryCourse.course
        let grader = Grader(course: course)
        func grade(_ id: String, _ answer: String) throws -> Verdict {
            try grader.grade(try #require(course.question(id)), answer: answer)
        }
        let long = String(repeating: "no legal authority ", count: 6_000)
        let digits = String(repeating: "1", count: 100_000)
        // Each answer is read in bounded time (a generous bound: the machine is shared while tests run).
        for (id, answer) in [("orientation-testimony", long), ("orientation-testimony", "42"),
                             ("orientation-testimony", "Кartel Ωmega 漢字 self-defence"), ("threat-2023", long)] {
            let start = Date()
            _ = try? grade(id, answer)
            #expect(Date().timeIntervalSince(start) < 2, "\(answer.prefix(40))")
        }
        #expect(throws: UnreadableAnswer.self) { try grade("threat-2023", digits) }
        #expect(throws: UnreadableAnswer.self) { try grade("orientation-testimony", "?!…") }
        #expect(throws: UnreadableAnswer.self) { try grade("orientation-testimony", "   ") }
    }
}

@Suite struct ReportedNegationTests {
    /// The "not" of the objection a question reports is not what it asks for: "force has to be kinetic" does not
    /// read as the reply that force need not be (a new user's answer, credited half).
    @Test func aNegationInsideAReportedClaimIsNotTheQuestions() throws {
        #expect(try grade("steel-not-force", "force has to be kinetic").verdict == .incorrect)
        #expect(try grade("steel-not-force", "force need not be kinetic; effects count, not the weapon").verdict == .correct)
    }
}

@Suite struct OneClauseContradictionTests {
    /// Two readings of one clause are two wordings of one statement, not the answer taking it back: "unable … to
    /// stop the flow" is not read against the wording "cannot stop the drugs" as a contradiction.
    @Test func twoReadingsOfOneClauseDoNotContradict() throws {
        let answer = "That the Mexican government has been unable or unwilling to stop the flow of illicit drugs into the U.S., so the U.S. would be justified in using force."
        #expect(try grade("unwilling-premise", answer).verdict == .correct)
        #expect(try grade("orientation-testimony", "They had no legal authority. They had legal authority.").misconception == "self-contradiction")
    }
}

@Suite struct AnswerParticleTests {
    /// "No" answering the question before a sentence of its own denies what was asked, not the words after it.
    @Test func aLeadingNoBeforeASentenceIsTheAnswersNotTheClauses() throws {
        #expect(try grade("app-drone-bomb", "No its a reprisal").verdict == .partial)
        #expect(try grade("attack-corn", "no force is used, selling a drug is not force").verdict != .incorrect)
        #expect(try grade("conclusion-esper-reply", "no, Esper was wrong").verdict == .correct)
    }

    /// "X or not" at the end of a clause makes X indifferent: it denies that X is needed.
    @Test func anIndifferentOrNotDeniesTheNeed() throws {
        #expect(try grade("unwilling-attribution", "it can come from any armed group, state or not").verdict == .incorrect)
        #expect(try grade("unwilling-attribution", "it can come from any armed group regardless of a state").verdict == .incorrect)
        #expect(try grade("unwilling-attribution", "it must come from a state").verdict == .correct)
    }

    /// A "yes" answering the question's yes-or-no part is sentence structure, not a key word of a pile.
    @Test func aYesIsNoKeyWord() throws {
        #expect(try grade("conclusion-consent", "consent; yes, mexico cooperates").verdict == .correct)
    }
}

@Suite struct SynonymChainTests {
    /// Every word of a map synonym list reads as its first word, even where the lexicon's synonyms lead the first
    /// word on to another ("necesidad" → "necessity" → "necessary"): otherwise which is read depended on the order a
    /// hash table was walked in, and the same answer got different verdicts from one run to the next.
    @Test func everySynonymReadsAsItsFirstWord() throws {
        let course = RepositoryCourse.course
        let recognizer = Grader(course: course).recognizer
        func number(_ word: String) -> Int? { recognizer.numbers[TextNormalizer.stem(TextNormalizer.words(word).joined())] }
        for list in course.map.synonyms {
            guard let first = list.first, let expected = number(first) else { continue }
            for word in list.dropFirst() { #expect(number(word) == expected, "\(word) is not read as \(first)") }
        }
        #expect(try grade("conclusion-caroline", "necesidad y proporcionalidad").verdict == .correct)
    }
}

@Suite struct RuleConditionTests {
    /// A rule's condition stated in an IRAC answer ("self defence … needs an armed attack and … Mexico being unable
    /// or unwilling") is what the rule requires, not a denial of the facts: no "Careful: you deny" for it.
    @Test func aConditionOfTheRuleIsNoDenial() throws {
        let answer = "Issue: could the US raid Mexico to rescue the hostages? Rule: 2(4) bans force, self defence under art 51 needs an armed attack and, for action on Mexican soil, Mexico being unable or unwilling to act. Application: the cartel kidnapping is not an armed attack by Mexico, and Mexico was not unable - its police found them in four days, so a raid was not necessary and there was no consent. Counter: the US could say the hostages lives were in immediate danger and Mexico couldnt protect them, like Entebbe, but rescue of nationals is contested. Conclusion: unlawful."
        let verdict = try grade("app-nationals", answer)
        #expect(verdict.verdict == .correct)
        #expect(!verdict.feedback.contains("you deny"))
    }
}

@Suite struct NameBesideOtherWordsTests {
    /// A speaker's name beside words that say something else is no statement of the speaker's point: "Corn says the
    /// article is right" gives Corn the article's view, it does not state his objection.
    @Test func aNameBesideAnotherClaimIsNotTheSpeakersPoint() throws {
        #expect(try grade("attack-corn", "Corn says the article is right and the toll is clearly grave enough").verdict == .incorrect)
        #expect(try grade("attack-corn", "Corn: selling drugs isn't force").verdict == .correct)
    }
}

@Suite struct OwnNegationWordTests {
    /// A negating word a wording offers as one of its alternatives ("rejected") states the requirement when the
    /// answer says it: "the court rejected it as a policy of force" is the holding, not its opposite (a new user
    /// was told they had the law backwards).
    @Test func aWordingsOwnNegatingWordIsNoDenial() throws {
        #expect(try grade("unwilling-corfu-words", "the court rejected it as a policy of force").verdict == .correct)
        #expect(try grade("unwilling-corfu-words", "the court never called it a policy of force").verdict == .incorrect)
        #expect(try grade("unwilling-corfu-words", "the court did not reject it").verdict == .incorrect)
    }
}
