/// An XML element as `XMLReader` gives it: its name without a namespace prefix (SpreadsheetML
/// parts use one namespace per part, so `x:row` and `row` are the same element to taakboek), its
/// attributes with their names as written, and its children.
public struct XMLElement: Sendable, Equatable {
    public enum Child: Sendable, Equatable {
        case element(XMLElement)
        case text(String)
    }

    public let name: String
    public let attributes: [(name: String, value: String)]
    public let children: [Child]

    public init(name: String, attributes: [(name: String, value: String)] = [], children: [Child] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    public static func == (lhs: XMLElement, rhs: XMLElement) -> Bool {
        lhs.name == rhs.name && lhs.children == rhs.children
            && lhs.attributes.map(\.name) == rhs.attributes.map(\.name)
            && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
    }

    /// The value of the attribute with this local name (`id` finds `r:id`).
    public func attribute(_ localName: String) -> String? {
        attributes.first { XMLElement.localName($0.name) == localName }?.value
    }

    public var elements: [XMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    public func elements(_ name: String) -> [XMLElement] { elements.filter { $0.name == name } }

    public func first(_ name: String) -> XMLElement? { elements.first { $0.name == name } }

    /// The text directly inside, CDATA included, with no element's text.
    public var text: String {
        children.map { if case .text(let text) = $0 { text } else { "" } }.joined()
    }

    static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }
}
