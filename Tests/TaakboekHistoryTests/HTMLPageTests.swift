import TaakboekCore
import Testing

@testable import TaakboekHistory

@Suite("history page: one self-contained HTML page")
struct HTMLPageTests {
    @Test func thePageHoldsTitleChartAndTableAndFetchesNothing() throws {
        let repository = try QueryRepository()
        let histories = try PeriodHistory.load(from: .workingTree(repository.path))
        let page = PeriodHistory.page(histories, language: .nl)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        let document = try #require(ParsedXML.parse(page), "the page does not parse as XML")
        #expect(document.all("title").first?.text == "Historie taakstelling huisvesting vergunninghouders")
        #expect(document.all("h1").count == 1 && document.all("h2").map(\.text) == ["Tynaarlo"])
        let svg = try #require(document.all("svg").first)
        #expect(svg.ancestors == ["html", "body", "section", "figure"])
        #expect(document.all("style").first?.text.contains("@media print") == true)
        #expect(document.all("table").count == 1)
        #expect(
            document.all("td").map(\.text).starts(with: [
                "2019-II", "onbekend", "onbekend", "onbekend", "onbekend", "-1", "2020-I", "-1",
            ]))
        #expect(document.all("script").isEmpty && document.all("link").isEmpty && document.all("img").isEmpty)
        for element in document.elements {
            for (name, value) in element.attributes where ["src", "href", "xlink:href"].contains(name) {
                #expect(!value.hasPrefix("http://") && !value.hasPrefix("https://"), "\(element.name) \(name)=\(value)")
            }
        }
        #expect(!page.contains("src=\"http") && !page.contains("href=\"http") && !page.contains("url(http"))
        #expect(!page.contains("<?xml"), "the inline SVG has no XML declaration")
    }

    @Test func englishPage() throws {
        let repository = try QueryRepository()
        let page = PeriodHistory.page(try PeriodHistory.load(from: .workingTree(repository.path)), language: .en)
        let document = try #require(ParsedXML.parse(page))
        #expect(page.contains("<html lang=\"en\">"))
        #expect(document.all("th").map(\.text).first == "Period")
        #expect(document.all("td").contains { $0.text == "unknown" } && !page.contains("onbekend"))
    }

    @Test func theXMLCheckRejectsBrokenMarkup() {
        #expect(ParsedXML.parse("<a><b></a>") == nil)
        #expect(ParsedXML.parse("<p>A & B</p>") == nil)
        #expect(ParsedXML.parse("<p>A &amp; B</p>")?.all("p").first?.text == "A & B")
    }

    @Test func headingsAreEscaped() throws {
        let page = HTMLPage.render(
            title: "A & <b>", sections: [.init(heading: "\"x\" & y", body: "<p>z</p>\n")], language: .nl)
        let document = try #require(ParsedXML.parse(page))
        #expect(document.all("h1").first?.text == "A & <b>")
        #expect(document.all("h2").first?.text == "\"x\" & y")
    }
}
