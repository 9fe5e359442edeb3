/// How the machine-readable reports name the tool.
public enum ToolIdentity {
    /// SARIF's `tool.driver.informationUri` must be an absolute URI. taakboek has no public home
    /// yet, so this is the placeholder the record schemas' `$id`s already use (`.example` is
    /// reserved by RFC 2606 and points nowhere); replace both when the project is published.
    public static let informationURI = "https://taakboek.example/"
}
