import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The elements of an XML document in document order, parsed with Foundation's XMLParser; nil
/// when the text is not well-formed XML. Used to check the SVG chart and the HTML page.
final class ParsedXML: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text: String
        /// The names of the enclosing elements, outermost first.
        let ancestors: [String]
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    /// Set on any error libxml2 reports and on an end tag that does not close the open element:
    /// swift-corelibs-foundation's XMLParser returns true from parse() for `<a><b></a>`, so the
    /// nesting is checked here too.
    private var malformed = false

    static func parse(_ text: String) -> ParsedXML? {
        let document = ParsedXML()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = document
        let parsed = parser.parse()
        return parsed && !document.malformed && document.open.isEmpty && !document.elements.isEmpty ? document : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(
            Element(name: name, attributes: attributes, text: "", ancestors: open.map { elements[$0].name }))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard let current = open.popLast(), elements[current].name == name else {
            malformed = true
            return
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { malformed = true }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }
}
