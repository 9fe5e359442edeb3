/// Why a part of an .xlsx file is not the XML taakboek reads, with the line it was found on.
public struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let nl: String
    public let en: String

    public var description: String { "line \(line): \(en)" }
}
