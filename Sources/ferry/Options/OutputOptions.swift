import ArgumentParser

/// `--output`, for the commands that print a result (every one but the full-screen `tui`).
struct OutputOptions: ParsableArguments {
  @Option(
    name: .customLong("output"),
    help:
      "text (for people), json (for scripts), or jsonl (one JSON object per line: events for copy --wait and watch).")
  var format: OutputFormat = .text
}

/// How a command prints its result on stdout.
///
/// `jsonl` is one compact JSON object per line: the events of `ferry copy` and `ferry watch` as they
/// happen, the rows of `ferry list` and `ferry status`, so a log shipper or `jq` can read them line by line.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  case text, json, jsonl
}
