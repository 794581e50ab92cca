import ArgumentParser
import Foundation

/// `ferry-bench`: measures ferry's hot paths and prints them beside their targets.
///
/// Run it in release (`swift run -c release ferry-bench`) on a quiet machine; each row carries the
/// load average it was taken under. Benchmarks run one after another in this process, except memory,
/// which runs in a child so the other benchmarks cannot raise its high-water mark. docs/performance.md
/// explains every row.
@main
struct FerryBench: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ferry-bench", abstract: "Measure ferry's hot paths against their targets.")

  enum Benchmark: String, CaseIterable, ExpressibleByArgument {
    case plan, filter, status, watch, tty, decode, sigv4, memory
  }

  @Option(
    name: .customLong("only"), help: "Run only these (\(Benchmark.allCases.map(\.rawValue).joined(separator: ", "))).")
  var only: [Benchmark] = []

  @Option(help: "Also write the results as JSON to this file.")
  var json: String?

  @Option(
    name: .customLong("describe-images"), help: "Decode this captured DescribeImages body instead of a generated one.")
  var describeImages: String?

  @Option(
    name: .customLong("dump-describe-images"),
    help: "Write the generated 5,000-image DescribeImages body here and exit.")
  var dumpDescribeImages: String?

  @Option(help: "botocore timing script for the decode comparison (skipped when missing).")
  var botocore = "scripts/lib/botocore-parse.py"

  @Option(help: .hidden)
  var images = 100_000

  @Flag(name: .customLong("memory-probe"), help: .hidden)
  var memoryProbe = false

  @Flag(name: .customLong("watch-probe"), help: .hidden)
  var watchProbe = false

  func run() async throws {
    if memoryProbe { return try MemoryBenchmark.probe(images: images) }
    if watchProbe { return try await WatchBenchmark.probe(copies: WatchBenchmark().copies) }
    if let dumpDescribeImages {
      return try DescribeImagesXML.response(count: 5_000).write(to: URL(fileURLWithPath: dumpDescribeImages))
    }
    let machine = Machine.current()
    print(ReportTable.header(machine))
    var rows: [Measurement] = []
    for benchmark in only.isEmpty ? Benchmark.allCases : only {
      do {
        let measured = try await measure(benchmark)
        rows += measured
        print(ReportTable.text(measured).split(separator: "\n").dropFirst().joined(separator: "\n"))
      } catch let error as BenchError {
        FileHandle.standardError.write(Data("ferry-bench: \(benchmark.rawValue): \(error)\n".utf8))
        throw ExitCode.failure
      }
    }
    print("\n" + ReportTable.text(rows))
    if let json {
      try ReportTable.json(machine: machine, rows: rows).write(to: URL(fileURLWithPath: json))
    }
  }

  private func measure(_ benchmark: Benchmark) async throws -> [Measurement] {
    switch benchmark {
    case .plan: try await PlanBenchmark().run()
    case .filter: try FilterBenchmark(images: images).run()
    case .status: try StatusPaneBenchmark().run()
    case .watch: try WatchBenchmark().run()
    case .tty: try TerminalBytesBenchmark().run()
    case .decode: try DecodeBenchmark(responseFile: describeImages, botocoreScript: botocore).run()
    case .sigv4: try SigningBenchmark().run()
    case .memory: try MemoryBenchmark(images: images).run()
    }
  }
}
