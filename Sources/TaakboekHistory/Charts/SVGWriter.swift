/// Builds SVG text: elements with escaped attributes and text, and coordinates written with at
/// most one decimal in a locale-independent way. Our own code, so the chart needs no dependency.
public struct SVGWriter: Sendable {
    public private(set) var text = ""
    private var depth = 0

    public init() {}

    /// A coordinate or length: rounded to 0.1, without a trailing ".0".
    public static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }

    public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        line("<\(name)\(Self.attributes(attributes))>")
        depth += 1
    }

    public mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    /// An element without content.
    public mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        line("<\(name)\(Self.attributes(attributes))/>")
    }

    /// An element holding only text.
    public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text content: String) {
        line("<\(name)\(Self.attributes(attributes))>\(HTML.escape(content))</\(name)>")
    }

    private mutating func line(_ content: String) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }

    private static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(HTML.escape($0.1))\"" }.joined()
    }
}
