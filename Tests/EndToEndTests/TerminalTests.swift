import Foundation
import PseudoTerminal
import Testing

/// The built `moot` on a pseudo-terminal: libedit for real, keys as a person types them.
@Suite(.serialized) struct TerminalTests {
    @Test func tabCompletesCommandsAndLessonIds() throws {
        let terminal = try Terminal(state: try Paths.scratch())
        #expect(terminal.waitFor("moot> "))
        terminal.type("les" + Terminal.tab)
        #expect(terminal.waitFor("moot> lessons"))
        terminal.type(Terminal.enter)
        #expect(terminal.waitFor("1. orientation"))
        terminal.type("start or" + Terminal.tab)
        #expect(terminal.waitFor("start orientation"))
        terminal.type(Terminal.enter)
        #expect(terminal.waitFor("Lesson 1:"))
        #expect(terminal.waitFor("orientation 1/"))
        terminal.type("quit" + Terminal.enter)
        #expect(terminal.waitForExit() == 0)
    }

    @Test func historyIsRecalledWithUpInALaterRun() throws {
        let state = try Paths.scratch()
        do {
            let first = try Terminal(state: state)
            #expect(first.waitFor("moot> "))
            first.type("lessons" + Terminal.enter)
            #expect(first.waitFor("1. orientation"))
            first.type("quit" + Terminal.enter)
            #expect(first.waitForExit() == 0)
        }
        let history = try String(contentsOf: state.appendingPathComponent("state/moot/history"), encoding: .utf8)
        #expect(history.contains("lessons"))
        let second = try Terminal(state: state)
        #expect(second.waitFor("moot> "))
        // libedit redraws only what changed, so the proof is what Enter runs: the line two back, "lessons".
        second.type(Terminal.up)
        #expect(second.waitFor("moot> quit"))
        second.type(Terminal.up + Terminal.enter)
        #expect(second.waitFor("1. orientation"))
        second.type("quit" + Terminal.enter)
        #expect(second.waitForExit() == 0)
    }

    @Test func controlCAbandonsTheLineAndTheTutorCarriesOn() throws {
        let terminal = try Terminal(state: try Paths.scratch())
        #expect(terminal.waitFor("moot> "))
        terminal.type("this line is abandoned")
        terminal.type(Terminal.controlC)
        #expect(terminal.waitFor("^C"))
        terminal.type("lessons" + Terminal.enter)
        #expect(terminal.waitFor("1. orientation"))
        #expect(!terminal.screenText.contains("Unknown command"))
        terminal.type("quit" + Terminal.enter)
        #expect(terminal.waitForExit() == 0)
    }

    @Test func controlDLeavesCleanlyAndRestoresTheTerminal() throws {
        let terminal = try Terminal(state: try Paths.scratch())
        #expect(terminal.waitFor("moot> "))
        terminal.type(Terminal.controlD)
        #expect(terminal.waitForExit() == 0)
        #expect(terminal.screenText.contains("Bye"))
        #expect(terminal.isRestored)
    }

    @Test func emacsKeysAndNonASCIIInputWork() throws {
        let terminal = try Terminal(state: try Paths.scratch())
        #expect(terminal.waitFor("moot> "))
        terminal.type("tart 1" + Terminal.controlA + "s" + Terminal.controlE + Terminal.enter)
        #expect(terminal.waitFor("Lesson 1:"))
        terminal.type("no legal authority" + Terminal.enter)
        #expect(terminal.waitFor("✓ correct"))
        terminal.type("Cólby Jénkins" + Terminal.enter)
        #expect(terminal.waitFor("The April 2025 testimony"))
        terminal.type(Terminal.controlD)
        #expect(terminal.waitForExit() == 0)
    }

    @Test func colourOnATerminalAndNoneWithNO_COLOR() throws {
        let coloured = try Terminal(state: try Paths.scratch())
        #expect(coloured.waitFor("moot> "))
        coloured.type("start 1" + Terminal.enter + "no legal authority" + Terminal.enter)
        #expect(coloured.waitFor("correct"))
        #expect(coloured.output.contains("\u{1B}[32m"))
        let plain = try Terminal(state: try Paths.scratch(), environment: ["NO_COLOR": "1"])
        #expect(plain.waitFor("moot> "))
        plain.type("start 1" + Terminal.enter + "no legal authority" + Terminal.enter)
        #expect(plain.waitFor("correct"))
        #expect(!plain.output.contains("\u{1B}[32m"))
    }
}
