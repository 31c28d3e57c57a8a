import Foundation
import MootSupport

/// How well a review went, as FSRS rates it.
public enum Rating: Int, Codable, Sendable, CaseIterable {
    case again = 1, hard, good, easy
}

/// Where a card is in its life.
public enum CardState: Int, Codable, Sendable {
    case learning = 1, review, relearning
}

/// The memory state of one question for one learner.
public struct Card: Codable, Equatable, Sendable {
    public var state: CardState = .learning
    /// The learning or relearning step; nil in Review.
    public var step: Int? = 0
    public var stability: Double?
    public var difficulty: Double?
    public var due: Microseconds
    public var lastReview: Microseconds?

    public init(due: Microseconds) { self.due = due }
}

/// FSRS-6, as the reference py-fsrs 6.3.2 computes it, review for review.
public struct Scheduler: Sendable {
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
        1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
    static let minute: Microseconds = 60_000_000
    static let day: Microseconds = 86_400_000_000

    public var parameters: [Double] = Scheduler.defaultParameters
    public var desiredRetention = 0.9
    public var learningSteps: [Microseconds] = [1 * minute, 10 * minute]
    public var relearningSteps: [Microseconds] = [10 * minute]
    public var maximumInterval = 36_500
    /// Spread Review intervals a little so reviews do not bunch up; nil leaves them exact.
    public var fuzz: SeededGenerator?

    public init(fuzz: SeededGenerator? = nil) { self.fuzz = fuzz }

    private var decay: Double { -parameters[20] }
    private var factor: Double { pow(0.9, 1 / decay) - 1 }

    /// The probability of recall at `time`; 0 for a card never reviewed.
    public func retrievability(_ card: Card, at time: Microseconds) -> Double {
        guard let last = card.lastReview, let stability = card.stability else { return 0 }
        let elapsed = max(0, Self.wholeDays(from: last, to: time))
        return pow(1 + factor * Double(elapsed) / stability, decay)
    }

    /// Whole days between two times, rounded down, as Python's `timedelta.days`.
    static func wholeDays(from start: Microseconds, to end: Microseconds) -> Int64 {
        let difference = end - start
        return difference >= 0 ? difference / day : -((-difference + day - 1) / day)
    }

    /// The card after a review with `rating` at `time`.
    public mutating func review(_ card: Card, _ rating: Rating, at time: Microseconds) -> Card {
        var card = card
        let sinceLast = card.lastReview.map { Self.wholeDays(from: $0, to: time) }
        let interval: Microseconds
        switch card.state {
        case .learning, .relearning:
            let steps = card.state == .learning ? learningSteps : relearningSteps
            if let stability = card.stability, let difficulty = card.difficulty {
                card.stability = sinceLast.map { $0 < 1 } ?? false
                    ? shortTermStability(stability, rating)
                    : nextStability(difficulty, stability, retrievability(card, at: time), rating)
                card.difficulty = nextDifficulty(difficulty, rating)
            } else {
                card.stability = max(parameters[rating.rawValue - 1], 0.001)
                card.difficulty = clampDifficulty(initialDifficulty(rating))
            }
            let step = card.step ?? 0
            if steps.isEmpty || step >= steps.count && rating != .again {
                interval = graduate(&card)
            } else {
                switch rating {
                case .again:
                    card.step = 0
                    interval = steps[0]
                case .hard:
                    interval = step == 0 ? (steps.count == 1 ? steps[0] * 3 / 2 : (steps[0] + steps[1]) / 2) : steps[step]
                case .good:
                    if step + 1 == steps.count {
                        interval = graduate(&card)
                    } else {
                        card.step = step + 1
                        interval = steps[step + 1]
                    }
                case .easy:
                    interval = graduate(&card)
                }
            }
        case .review:
            let stability = card.stability ?? 0.001, difficulty = card.difficulty ?? 5
            card.stability = sinceLast.map { $0 < 1 } ?? false
                ? shortTermStability(stability, rating)
                : nextStability(difficulty, stability, retrievability(card, at: time), rating)
            card.difficulty = nextDifficulty(difficulty, rating)
            if rating == .again && !relearningSteps.isEmpty {
                card.state = .relearning
                card.step = 0
                interval = relearningSteps[0]
            } else {
                interval = Microseconds(nextInterval(card.stability!)) * Self.day
            }
        }
        card.due = time + (card.state == .review ? fuzzed(interval) : interval)
        card.lastReview = time
        return card
    }

    private func graduate(_ card: inout Card) -> Microseconds {
        card.state = .review
        card.step = nil
        return Microseconds(nextInterval(card.stability!)) * Self.day
    }

    func initialDifficulty(_ rating: Rating) -> Double {
        parameters[4] - exp(parameters[5] * Double(rating.rawValue - 1)) + 1
    }

    private func clampDifficulty(_ difficulty: Double) -> Double { min(max(difficulty, 1), 10) }

    /// Whole days until the next review, ties rounded to even as Python's `round` does.
    func nextInterval(_ stability: Double) -> Int {
        let days = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
        return min(max(Int(days.rounded(.toNearestOrEven)), 1), maximumInterval)
    }

    func shortTermStability(_ stability: Double, _ rating: Rating) -> Double {
        var increase = exp(parameters[17] * (Double(rating.rawValue) - 3 + parameters[18])) * pow(stability, -parameters[19])
        if rating != .again { increase = max(increase, 1) }
        return max(stability * increase, 0.001)
    }

    func nextDifficulty(_ difficulty: Double, _ rating: Rating) -> Double {
        let delta = -(parameters[6] * (Double(rating.rawValue) - 3))
        let damped = difficulty + (10 - difficulty) * delta / 9
        return clampDifficulty(parameters[7] * initialDifficulty(.easy) + (1 - parameters[7]) * damped)
    }

    func nextStability(_ difficulty: Double, _ stability: Double, _ retrievability: Double, _ rating: Rating) -> Double {
        let next: Double
        if rating == .again {
            let longTerm = parameters[11] * pow(difficulty, -parameters[12]) * (pow(stability + 1, parameters[13]) - 1)
                * exp((1 - retrievability) * parameters[14])
            next = min(longTerm, stability / exp(parameters[17] * parameters[18]))
        } else {
            let hard = rating == .hard ? parameters[15] : 1
            let easy = rating == .easy ? parameters[16] : 1
            next = stability * (1 + exp(parameters[8]) * (11 - difficulty) * pow(stability, -parameters[9])
                * (exp((1 - retrievability) * parameters[10]) - 1) * hard * easy)
        }
        return max(next, 0.001)
    }

    /// With fuzz on, a Review interval of 3 days or more becomes a random whole number of days within the
    /// reference's bounds around it.
    private mutating func fuzzed(_ interval: Microseconds) -> Microseconds {
        guard var generator = fuzz else { return interval }
        defer { fuzz = generator }
        let days = interval / Self.day
        guard Double(days) >= 2.5 else { return interval }
        let (low, high) = fuzzRange(days)
        let random = Double(generator.next() >> 11) / Double(1 << 53)
        let fuzzedDays = min(Int((random * Double(high - low + 1) + Double(low)).rounded(.toNearestOrEven)), maximumInterval)
        return Microseconds(fuzzedDays) * Self.day
    }

    /// The reference's bounds for a fuzzed interval of `days`.
    public func fuzzRange(_ days: Int64) -> (Int, Int) {
        var delta = 1.0
        for (start, end, share) in [(2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, Double.infinity, 0.05)] {
            delta += share * max(min(Double(days), end) - start, 0)
        }
        var low = Int((Double(days) - delta).rounded(.toNearestOrEven))
        var high = Int((Double(days) + delta).rounded(.toNearestOrEven))
        low = max(2, low)
        high = min(high, maximumInterval)
        low = min(low, high)
        return (low, high)
    }
}
