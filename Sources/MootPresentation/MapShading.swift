/// A measure drawn on the argument map: each node falls in a band (a colour with a label), or in none ("not met",
/// "not asked") and is drawn white; a line per node says its figure in words for the page's panel and list.
/// The same value colours the Graphviz drawing and writes the page's legend, so the two cannot disagree.
public struct MapShading: Sendable {
    public struct Band: Sendable {
        public var label: String
        /// A light fill (dark text stays readable on it), as #rrggbb.
        public var colour: String

        public init(label: String, colour: String) {
            self.label = label
            self.colour = colour
        }
    }

    /// What is measured: "Recall now (FSRS)".
    public var title: String
    public var bands: [Band]
    /// How a node outside every band is named: "not met yet". It is drawn white with a dashed outline.
    public var outside: String
    /// Node id → index into `bands`.
    public var band: [String: Int]
    /// Node id → its figure in words, for the panel and the list: "recall 73 % (2 questions; 1 due now)".
    public var status: [String: String]

    /// Nodes drawn with a red outline whatever their band, and what the outline means: "a question missed".
    public var marked: Set<String>
    public var markLabel: String?

    public init(title: String, bands: [Band], outside: String, band: [String: Int], status: [String: String],
                marked: Set<String> = [], markLabel: String? = nil) {
        self.title = title
        self.bands = bands
        self.outside = outside
        self.band = band
        self.status = status
        self.marked = marked
        self.markLabel = markLabel
    }

    public static let markColour = "#b02a37"

    public static let outsideColour = "#ffffff"

    /// The fill of a node on the drawing.
    public func colour(of node: String) -> String {
        band[node].flatMap { bands.indices.contains($0) ? bands[$0].colour : nil } ?? Self.outsideColour
    }

    /// Four bands from strong to weak, light enough to read dark text on, told apart also by their words.
    public static let scale = ["#b7e4a7", "#e6f0a3", "#fde3a0", "#f6b39a"]
}
