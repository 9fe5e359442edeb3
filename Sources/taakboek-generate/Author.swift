/// A fictional member of staff who records the changes.
struct Author: Sendable {
    let name: String
    let email: String

    init(name: String, email: String) {
        self.name = name
        self.email = email
    }

    init(number: Int) {
        let id = Text.padded(number, 2)
        self.init(name: "Medewerker \(id)", email: "medewerker\(id)@gemeente.example")
    }

    /// One of the two clerks who keep a municipality's records; `turn` alternates between them.
    static func clerk(ofMunicipality number: Int, turn: Int) -> Author {
        Author(number: (number * 2 + (turn & 1)) % 98 + 1)
    }

    /// The coordinator who merges side branches and makes the first commit.
    static let coordinator = Author(name: "Coördinator Informatiebeheer", email: "informatiebeheer@gemeente.example")
}
