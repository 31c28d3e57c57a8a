import Foundation
import MootModel
import MootQuiz
import MootSupport

extension GradeCommand {
    /// `--report`: the class page beside the CSV; the map is drawn only when there is something to colour it by.
    func writeReport(_ book: Gradebook, course: Course, to path: String) throws {
        let svg = book.rows.isEmpty ? "" : try Graphviz.drawing(MapExport.dot(book.reportMap(course.map), shading: book.missShading))
        try book.report(course: course, svg: svg).write(toFile: path, atomically: true, encoding: .utf8)
        print(TerminalText.safe("Class report: \(path)"))
    }
}
