import Testing
@testable import MootGrading

@Suite struct NumberReaderTests {
    @Test(arguments: [
        ("105,000", 105_000.0), ("105k", 105_000), ("over 105 thousand", 105_000),
        ("one hundred and five thousand", 105_000), ("fourteen thousand", 14_000), ("a quarter million", 250_000),
        ("70%", 70), ("58,220", 58_220), ("1.5 million", 1_500_000), ("two hundred", 200), ("151,689 sq mi", 151_689),
    ])
    func readsNumbers(text: String, value: Double) {
        #expect(NumberReader.number(in: text) == value)
    }

    @Test func readsSeveralNumbers() {
        #expect(NumberReader.numbers(in: "from 2018 to 2021") == [2018, 2021])
        #expect(NumberReader.numbers(in: "no number here").isEmpty)
    }
}

@Suite struct TextNormalizerTests {
    @Test func foldsCaseAccentsAndSpelling() {
        #expect(TextNormalizer.words("Cártel de Jalisco") == ["cartel", "de", "jalisco"])
        #expect(TextNormalizer.stem("defence") == TextNormalizer.stem("defense"))
        #expect(TextNormalizer.stem("authorised") == TextNormalizer.stem("authorized"))
        #expect(TextNormalizer.stem("organisation") == TextNormalizer.stem("organization"))
        #expect(TextNormalizer.stem("strikes") == TextNormalizer.stem("strike"))
    }

    /// "X = Y" is X equals Y; "X != Y" and "X ≠ Y" deny it; "!" alone still ends a sentence.
    @Test func readsEqualsSigns() {
        #expect(TextNormalizer.words("deaths = force") == ["deaths", "equals", "force"])
        #expect(TextNormalizer.words("label != authority") == ["label", "not", "equals", "authority"])
        #expect(TextNormalizer.words("label ≠ authority") == ["label", "not", "equals", "authority"])
        #expect(TextNormalizer.words("No! Never.") == ["no", TextNormalizer.boundary, "never", TextNormalizer.boundary])
    }

    @Test func readsNegationsIncludingContractions() {
        #expect(TextNormalizer.analyse("it didn't lack authority").negations.count == 2)
        #expect(TextNormalizer.analyse("strikes would be unlawful").negations.count == 1)
        #expect(TextNormalizer.analyse("strikes would be lawful").negations.isEmpty)
    }
}

/// "While" that says when opens no contrast; "while" that contrasts does.
@Suite struct TemporalWhileTests {
    @Test func whileItLastsIsOneClause() {
        #expect(NodeRecognizer.isTemporalWhile(at: 2, in: TextNormalizer.words("returning fire while it lasts")))
        #expect(NodeRecognizer.isTemporalWhile(at: 1, in: TextNormalizer.words("fire while the attack goes on")))
        #expect(!NodeRecognizer.isTemporalWhile(at: 0, in: TextNormalizer.words("while the author says yes the critics say no")))
    }
}

/// Shorthand learners type: Spanish month names in dates, "n" for "and" in a doubled comparative.
@Suite struct ShorthandTests {
    @Test func spanishMonthsAndDoubledComparatives() {
        #expect(Shorthand.expand(TextNormalizer.words("20 de febrero de 2025")).contains("february"))
        #expect(Shorthand.expand(TextNormalizer.words("more n more states")) == ["increasingly", "states"])
        #expect(Shorthand.expand(TextNormalizer.words("a natsec threat")) == ["a", "national", "security", "threat"])
        #expect(TextNormalizer.words("columbus + glen springs") == ["columbus", "and", "glen", "springs"])
        #expect(TextNormalizer.words("100k+ deaths") == ["100k", "deaths"])
    }
}
