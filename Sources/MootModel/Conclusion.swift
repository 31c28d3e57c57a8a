/// Where the law leads on an application problem's facts (`conclusion:`): every act lawful, every act unlawful, or
/// some lawful and some not (`mixed`, as when force goes beyond the consent given).
public enum Conclusion: String, Sendable, CaseIterable {
    case lawful, unlawful, mixed
}
