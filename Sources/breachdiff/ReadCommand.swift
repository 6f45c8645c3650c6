import ArgumentParser
import BreachDiff

/// `breachdiff read`. PLACEHOLDER until its stage is built.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Show documents as BreachDiff reads them: metadata, main text, blocks, filing items."
    )

    func run() throws {
        throw ValidationError("'read' is not implemented yet")
    }
}
