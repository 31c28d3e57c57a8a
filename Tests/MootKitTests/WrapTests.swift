import Testing
@testable import MootPresentation

/// Text is laid out by what the terminal shows: colour codes take no room, wide characters two, words stay whole.
@Suite struct WrapTests {
    @Test func colourCodesTakeNoWidthAndWideCharactersTwo() {
        #expect(Style.displayWidth("\u{1B}[32m✓ correct\u{1B}[0m") == 9)
        #expect(Style.displayWidth("日本語") == 6)
        #expect(Style.displayWidth("😀 a") == 4)
    }

    @Test func wrappingKeepsWordsWholeAtTwentyColumnsAndIgnoresColour() {
        let plain = Style(color: false, width: 20)
        let coloured = Style(color: true, width: 20)
        let text = "Self-defence may justify strikes against the cartels in Mexico"
        let lines = plain.wrap(text).split(separator: "\n")
        #expect(lines.allSatisfy { Style.displayWidth($0) <= 20 })
        #expect(lines.joined(separator: " ") == Substring(text))
        let painted = coloured.wrap(coloured.good("Self-defence") + " may justify strikes against the cartels in Mexico")
        #expect(painted.split(separator: "\n").map { Style.displayWidth($0) } == lines.map { Style.displayWidth($0) })
        // A word longer than the line stands alone rather than being broken.
        #expect(plain.wrap("a supercalifragilisticexpialidocious b").split(separator: "\n").count == 3)
    }

    @Test func aNumberStaysOnTheLineOfTheWordBeforeIt() {
        // At 20 columns "paragraph" would end the first line and "3" start the next.
        let style = Style(color: false, width: 20)
        let lines = style.wrap("It is in the opening paragraph 3 of 14.").split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { Style.displayWidth($0) <= 20 })
        #expect(lines.contains { $0.hasSuffix("paragraph 3") || $0.hasPrefix("paragraph 3") })
        #expect(!lines.contains { $0.hasSuffix("paragraph") })
        #expect(lines.joined(separator: " ") == "It is in the opening paragraph 3 of 14.")
        // Colour codes do not count: the same break with the number painted.
        let painted = Style(color: true, width: 20)
        let coloured = painted.wrap("It is in the opening paragraph " + painted.accent("3") + " of 14.").split(separator: "\n")
        #expect(!coloured.contains { $0.hasSuffix("paragraph") })
        // By display width: wide characters count two, so the pair moves down whole.
        let wide = style.wrap("日本語の文章 paragraph 3").split(separator: "\n").map(String.init)
        #expect(wide == ["日本語の文章", "paragraph 3"])
        // A list of figures still breaks between them, and a word never joins more than one number.
        let figures = style.wrap("deaths 105007 107941 111029 112000").split(separator: "\n").map(String.init)
        #expect(figures.allSatisfy { Style.displayWidth($0) <= 20 })
        #expect(figures.first == "deaths 105007 107941")
        #expect(figures.count == 2)
    }

    @Test func anAbsurdOrMissingWidthFallsBackSanely() {
        #expect(Style(color: false, width: 0).width == 20)
        #expect(Style(color: false, width: 1_000_000).width == 100)
        #expect(Style.forStandardOutput(environment: ["COLUMNS": "-5"]).fallbackWidth == 80)
        #expect(Style.forStandardOutput(environment: ["COLUMNS": "abc"]).fallbackWidth == 80)
        #expect(Style.forStandardOutput(environment: [:]).fallbackWidth == 80)
        // A tree's guides survive wrapping.
        let tree = Style(color: false, width: 30).wrap("supports: a premise with a long title", after: "│  ├─ ", indent: "│  │     ")
        #expect(tree.hasPrefix("│  ├─ supports:"))
        #expect(tree.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix("│  │     ") })
    }
}

/// Everything the tutor prints is fitted to the terminal: long lines wrap at spaces, lines that fit keep their
/// spacing (aligned columns, a tree's guides).
@Suite struct FitTests {
    @Test func longLinesWrapAtSpacesAndLinesThatFitStayAsTheyAre() {
        let style = Style(color: false, width: 60)
        let long = "That shows the answer, so this question counts as missed. Answer to go on, or skip."
        let fitted = style.fit("  help      this list\n" + long)
        let lines = fitted.split(separator: "\n").map(String.init)
        #expect(lines[0] == "  help      this list")
        #expect(lines.allSatisfy { Style.displayWidth($0) <= 60 })
        #expect(lines.dropFirst().joined(separator: " ") == long)
        #expect(style.fit(fitted) == fitted)
        // Colour codes do not push a line over, and a 20-column terminal still breaks only at spaces.
        let narrow = Style(color: true, width: 20)
        let painted = narrow.fit(narrow.dim(long))
        #expect(painted.split(separator: "\n").allSatisfy { Style.displayWidth($0) <= 20 })
        #expect(painted.replacingOccurrences(of: "\n", with: " ").contains("Answer to go on"))
    }
}
