import TaakboekCore

/// Why a file could not be read as a spreadsheet at all (not why a row was refused: that is the
/// import's). Always names the file and, where there is one, the row.
public struct SpreadsheetError: Error, Sendable, CustomStringConvertible {
    public let message: LocalizedText

    public init(_ message: LocalizedText) { self.message = message }

    init(file: String, nl: String, en: String) {
        message = LocalizedText(nl: "\(file): \(nl)", en: "\(file): \(en)")
    }

    public var description: String { message.en }
}
