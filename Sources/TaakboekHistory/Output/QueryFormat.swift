/// How a query prints its answer: text for people (Dutch by default), JSON, CSV and Markdown for
/// other programs, spreadsheets and documents.
public enum QueryFormat: String, CaseIterable, Sendable {
    case text
    case json
    case csv
    case markdown
}
