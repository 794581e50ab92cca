import AWSClient
import FerryCloud
import Foundation

/// Decoding one DescribeImages response of 5,000 images, and botocore's parser on the same bytes.
///
/// Measures the client's whole path from body to models: `XMLTreeParser.parse` (ferry's scanner) then
/// `ImageDecoder.page`. The body is moto's (a file captured by `scripts/lib/seed-images.py --dump`)
/// or generated in moto's shape by `DescribeImagesXML`. When `botocoreScript` runs, botocore's
/// `EC2QueryParser` is timed on the very same bytes in a child `python3` and the ratio reported.
struct DecodeBenchmark {
  var images = 5_000
  var runs = 10
  /// A captured response body to decode instead of the generated one.
  var responseFile: String?
  /// `scripts/lib/botocore-parse.py`; nil or missing skips the comparison.
  var botocoreScript: String?

  func run() throws -> [Measurement] {
    let body: Data
    let origin: String
    if let responseFile {
      guard let data = FileManager.default.contents(atPath: responseFile) else {
        throw BenchError("cannot read \(responseFile)")
      }
      body = data
      origin = responseFile
    } else {
      body = DescribeImagesXML.response(count: images)
      origin = "generated in moto's shape"
    }
    var decoded = 0
    let samples = try Self.sample(runs: runs) {
      let tree = try XMLTreeParser.parse(body, context: "DescribeImages")
      let page = try ImageDecoder.page(tree.root, region: "us-east-1")
      decoded = page.items.count
    }
    if responseFile == nil, decoded != images { throw BenchError("decoded \(decoded) of \(images) images") }
    let megabytes = String(format: "%.2f MB", Double(body.count) / 1_000_000)
    let how = "\(decoded) images, \(megabytes) (\(origin)), \(runs) runs"
    var rows = [
      Measurement("decode.describe-images", "decode DescribeImages, median", samples.median, .nanoseconds, detail: how)
    ]
    if let botocore = try botocoreSeconds(body) {
      let ratio = botocore * 1e9 / samples.median
      rows.append(
        Measurement(
          "decode.botocore", "botocore EC2QueryParser on the same bytes, median", botocore * 1e9,
          .nanoseconds, detail: "python3 \(botocoreScript ?? "")"))
      rows.append(
        Measurement(
          "decode.speedup", "botocore time ÷ ferry time", ratio, .ratio, target: .atLeast(5),
          detail: "same \(megabytes) body"))
    }
    return rows
  }

  private static func sample(runs: Int, _ body: () throws -> Void) throws -> Samples {
    try body()  // warm-up: first-touch page faults
    var samples = Samples()
    for _ in 0..<runs { samples.append(try Stopwatch.time(body).1) }
    return samples
  }

  /// botocore's median seconds on `body`, or nil when the script or python3 with botocore is missing.
  private func botocoreSeconds(_ body: Data) throws -> Double? {
    guard let botocoreScript, FileManager.default.fileExists(atPath: botocoreScript) else { return nil }
    let file = NSTemporaryDirectory() + "ferry-bench-describe-images-\(getpid()).xml"
    try body.write(to: URL(fileURLWithPath: file))
    defer { try? FileManager.default.removeItem(atPath: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", botocoreScript, file, "5"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
      let object = try? JSONSerialization.jsonObject(with: output) as? [String: Any],
      let median = object["median_s"] as? Double
    else { return nil }
    return median
  }
}
