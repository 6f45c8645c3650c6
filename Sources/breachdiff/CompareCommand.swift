import ArgumentParser
import BreachDiff

/// `breachdiff compare`. PLACEHOLDER until its stage is built.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Group facts into incidents and list where the sources disagree."
    )

    func run() throws {
        throw ValidationError("'compare' is not implemented yet")
    }
}
