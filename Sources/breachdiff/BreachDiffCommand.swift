import ArgumentParser

/// `breachdiff`: who said what about a data breach, when, and where the stories disagree.
@main
struct BreachDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breachdiff",
        abstract: "Compare what filings, notices, news and attackers say about a data breach.",
        discussion: """
        With no subcommand, runs the main job: reads every document under FOLDER (default: Corpus),
        extracts breach facts with their evidence, groups them into incidents, finds discrepancies
        and writes the tables and the report into --out (default: Output).

        Examples:
          breachdiff                              # Corpus/ -> Output/
          breachdiff ~/cases/acme --out acme-out
          breachdiff read filing.txt --format json
          breachdiff extract news/ --format jsonl
          breachdiff compare ~/cases/acme --format markdown
          breachdiff score ../shared/corpus/*
        """,
        subcommands: [RunCommand.self, ReadCommand.self, ExtractCommand.self, CompareCommand.self, ScoreCommand.self,
                      BenchCompareCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
