import TaakboekCore
import TaakboekState

/// `RecordsFolder.resolve`, its failure printed for the command (exit status 2).
enum WorkingDirectory {
    static func resolve(_ directory: String?, language: Language) throws(CommandExit) -> String {
        do {
            return try RecordsFolder.resolve(directory)
        } catch {
            throw fail(error.message, language: language)
        }
    }
}
