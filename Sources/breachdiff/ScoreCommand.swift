import ArgumentParser
import BreachDiff

/// `breachdiff score`. PLACEHOLDER until its stage is built.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score extraction and comparison against a case folder's expected.json."
    )

    func run() throws {
        throw ValidationError("'score' is not implemented yet")
    }
}
