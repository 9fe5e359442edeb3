/// How a query prints its answer: text for people (Dutch by default), JSON, CSV and Markdown for
/// other programs, spreadsheets and documents; HTML (reports only) for a page a griffie attaches.
public enum QueryFormat: String, CaseIterable, Sendable {
    case text
    case json
    case csv
    case markdown
    case html
}
