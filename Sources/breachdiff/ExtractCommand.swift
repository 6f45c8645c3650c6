import ArgumentParser
import BreachDiff

/// `breachdiff extract`. PLACEHOLDER until its stage is built.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract breach facts with their evidence, one per line."
    )

    func run() throws {
        throw ValidationError("'extract' is not implemented yet")
    }
}
