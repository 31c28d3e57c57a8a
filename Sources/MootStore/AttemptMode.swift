/// Why an attempt was made: in a lesson or practice, in review, or in an instructor's quiz.
public enum AttemptMode: String, Codable, Sendable { case study, review, quiz }
