import ArgumentParser
import Foundation
import TaakboekCore
import TaakboekState

extension Taakboek {
    struct Doctor: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "doctor",
            abstract: "Controleert de inrichting van deze kloon en zegt per punt wat in orde is of wat te doen.",
            discussion: """
                Kijkt of de pre-commit-hook er staat (ook waar core.hooksPath heen wijst), van taakboek is en \
                uitvoerbaar is; of de hook dit programma draait; of schemas/ gelijk is aan de schema's van deze \
                taakboek; of bestanden in records/ alleen in hun regeleinden (CRLF) van HEAD verschillen, met \
                core.autocrlf; en of de kloon ondiep (shallow) is. Verandert niets. Exit-status: 0 alles in \
                orde, 1 iets gevonden, 2 geen repository of gebruiksfout.
                """)

        @ParentCommand var root: Taakboek

        @OptionGroup var output: FormatOption<DoctorFormats>

        func run() throws {
            let language = root.lang
            let report: DoctorReport
            do throws(SourceError) {
                report = try TaakboekState.Doctor.run(
                    DoctorRequest(
                        directory: root.directory, runningBinary: RunningBinary.path,
                        environment: ProcessInfo.processInfo.environment, toolVersion: Taakboek.version))
            } catch {
                throw fail(error.message, language: language)
            }
            switch output.format {
            case .json: FileHandleOutput.standardOutput(report.json(in: language))
            default: FileHandleOutput.standardOutput(report.text(in: language))
            }
            if report.exitStatus != .clean { throw CommandExit(report.exitStatus) }
        }
    }
}
