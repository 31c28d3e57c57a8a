import Testing
@testable import MootContent
@testable import MootModel
@testable import MootPresentation

/// Text from the content never becomes markup or script on the map page.
@Suite struct MapPageTests {
    @Test func nodeTextIsEscapedInTheListAndTheData() throws {
        let hostile = "</script><script>alert(1)</script> & <b>bold</b>"
        let map = Fixture.map.replacingOccurrences(of: "title: The thesis", with: "title: '\(hostile)'")
        let course = try CourseLoader.load(root: try Fixture(map: map).root)
        let page = try MapPage.html(map: course.map, svg: "<svg></svg>", citation: course.citation,
                                    questions: course.lessons.flatMap(\.questions))
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("</script><script>alert"))
        #expect(page.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"), "shown as text in the list")
        #expect(page.contains("\\u003cscript>alert(1)"), "kept as data inside the script, unable to close it")
        #expect(page.components(separatedBy: "<script").count == 3, "only the page's own two script elements")
    }
}
