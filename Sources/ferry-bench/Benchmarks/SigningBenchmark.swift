import AWSSigning
import Foundation

/// SigV4 header signatures per second: a DescribeImages POST as the client sends it.
///
/// One signer and one day, so the derived signing key comes from the signer's cache after the first
/// call, as it does in a running ferry; the date moves a second per call so every canonical request
/// and signature differs. Pure computation, no I/O.
struct SigningBenchmark {
  var runs = 20_000

  func run() throws -> [Measurement] {
    let signer = SigV4Signer(
      credentials: Credentials(
        accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        sessionToken: "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN"),
      region: "us-east-1", service: "ec2")
    guard let url = URL(string: "https://ec2.us-east-1.amazonaws.com/") else {
      throw BenchError("the EC2 endpoint URL does not parse")
    }
    let body = Data("Action=DescribeImages&Owner.1=self&MaxResults=1000&Version=2016-11-15".utf8)
    let headers: [SigV4Signer.Header] = [
      ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"), ("User-Agent", "ferry/0.1"),
    ]
    let day = Date(timeIntervalSince1970: 1_795_000_000)
    var second = 0.0
    func sign() -> [SigV4Signer.Header] {
      second += 1
      return signer.signHeaders(
        method: "POST", url: url, headers: headers, body: body, date: day + second.truncatingRemainder(dividingBy: 3600)
      )
    }
    guard
      sign().contains(where: {
        $0.name == "Authorization" && $0.value.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
      })
    else {
      throw BenchError("the signer returned no Authorization header")
    }
    let samples = Stopwatch.sample(runs: runs, warmup: 500) { blackHole(sign()) }
    return [
      Measurement(
        "sigv4.per-second", "SigV4 header signatures per second", 1e9 * Double(runs) / samples.total,
        .perSecond,
        detail: "\(runs) signatures, median \(ReportTable.format(samples.median, .nanoseconds)), "
          + "p99 \(ReportTable.format(samples.p99, .nanoseconds))")
    ]
  }
}
