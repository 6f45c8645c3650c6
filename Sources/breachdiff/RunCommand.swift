import ArgumentParser
import BreachDiff

/// `breachdiff run`. PLACEHOLDER until its stage is built.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read, extract, compare and write every table and the report."
    )

    func run() throws {
        throw ValidationError("'run' is not implemented yet")
    }
}
