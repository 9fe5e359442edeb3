/// What `taakboek --experimental-dump-help` prints (swift-argument-parser's ToolInfo, version 0):
/// the commands, their options and help texts. Only the fields the manual needs are read.
public struct ToolInfo: Decodable, Sendable {
    public let serializationVersion: Int
    public let command: Command

    public struct Command: Decodable, Sendable {
        public let commandName: String
        public let abstract: String?
        public let discussion: String?
        public let aliases: [String]?
        public let shouldDisplay: Bool?
        public let superCommands: [String]?
        public let subcommands: [Command]?
        public let arguments: [Argument]?

        /// `taakboek new placement`.
        public var fullName: String { ((superCommands ?? []) + [commandName]).joined(separator: " ") }
    }

    public struct Argument: Decodable, Sendable {
        public enum Kind: String, Decodable, Sendable {
            case positional
            case option
            case flag
        }

        public struct Name: Decodable, Sendable {
            public let kind: String
            public let name: String

            /// `-C`, `--lang`, `-lang`.
            var flag: String {
                switch kind {
                case "long": "--" + name
                case "longWithSingleDash": "-" + name
                default: "-" + name
                }
            }
        }

        public let kind: Kind
        public let names: [Name]?
        public let preferredName: Name?
        public let valueName: String?
        public let abstract: String?
        public let discussion: String?
        public let defaultValue: String?
        public let isOptional: Bool?
        public let isRepeating: Bool?
        public let shouldDisplay: Bool?
    }
}
