import Foundation
import Testing
@testable import MootSupport

/// The arithmetic reading of `YYYY-MM-DDTHH:MM:SSZ` agrees with Foundation's ISO 8601 formatter.
@Suite struct ISODateTests {
    @Test func theFastPathAgreesWithTheFormatter() {
        let formatter = ISO8601DateFormatter()
        var generator = SeededGenerator(seed: 7)
        var samples = ["1970-01-01T00:00:00Z", "2000-02-29T23:59:59Z", "2024-02-29T12:00:00Z", "2026-12-31T23:59:59Z",
                       "1900-03-01T00:00:00Z", "2100-02-28T01:02:03Z"]
        for _ in 0..<2_000 {
            let seconds = Double(Int.random(in: -2_000_000_000...4_000_000_000, using: &generator))
            samples.append(formatter.string(from: Date(timeIntervalSince1970: seconds)))
        }
        for text in samples {
            #expect(ISODate.secondsUTC(text).map(Double.init) == formatter.date(from: text)?.timeIntervalSince1970, "\(text)")
        }
        for impossible in ["2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01 10:00:00Z",
                           "2026-01-01T10:00:00+01:00", "２026-01-01T10:00:00Z"] {
            #expect(ISODate.secondsUTC(impossible) == nil, "\(impossible)")
        }
        #expect(ISODate.date("2026-01-01T10:00:00.250Z") != nil, "fractions still read, by the formatter")
        #expect(ISODate.date("2026-01-01T10:00:00Z") == formatter.date(from: "2026-01-01T10:00:00Z"))
    }
}
