import AWSClient
import AWSSigning
import FerryCloud
import Foundation

/// A transport that answers from a script and records every request it was given.
final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
  enum Step {
    case respond(HTTPResponse)
    case fail(AWSError)
  }

  private let lock = NSLock()
  private var steps: [Step]
  private var recorded: [HTTPRequest] = []

  init(_ steps: [Step]) {
    self.steps = steps
  }

  var requests: [HTTPRequest] { lock.withLock { recorded } }

  func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
    let step: Step? = lock.withLock {
      recorded.append(request)
      return steps.isEmpty ? nil : steps.removeFirst()
    }
    switch step {
    case .respond(let response)?: return response
    case .fail(let error)?: throw error
    case nil: throw AWSError(kind: .network, code: "ScriptEnded", message: "the test script has no more answers")
    }
  }
}

/// Records the delays asked for instead of waiting.
final class RecordingSleeper: Sleeper, @unchecked Sendable {
  private let lock = NSLock()
  private var recorded: [Double] = []

  var delays: [Double] { lock.withLock { recorded } }

  func sleep(seconds: Double) async throws {
    lock.withLock { recorded.append(seconds) }
  }
}

/// Fixed long-term credentials.
struct StaticCredentials: CredentialProvider {
  var value = Credentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")

  func credentials() async throws -> Credentials { value }
}

enum Answers {
  static func xml(_ status: Int, _ body: String, headers: [String: String] = [:]) -> ScriptedTransport.Step {
    .respond(HTTPResponse(status: status, headers: headers, body: Data(body.utf8)))
  }

  static func ec2Error(_ status: Int, code: String, message: String = "m", headers: [String: String] = [:]) -> ScriptedTransport.Step {
    xml(
      status,
      "<Response><Errors><Error><Code>\(code)</Code><Message>\(message)</Message></Error></Errors><RequestID>rid</RequestID></Response>",
      headers: headers)
  }

  static let regions = xml(
    200,
    "<DescribeRegionsResponse><regionInfo><item><regionName>eu-west-1</regionName><optInStatus>opt-in-not-required</optInStatus></item></regionInfo></DescribeRegionsResponse>"
  )

  /// 2015-08-30T12:36:00Z, the date of the SigV4 vectors.
  static let vectorDate = Date(timeIntervalSince1970: 1_440_938_160)
}

extension LiveAccount {
  /// An account over `transport` with pinned time, jitter and token.
  static func scripted(
    _ transport: ScriptedTransport, sleeper: RecordingSleeper = RecordingSleeper(), maxAttempts: Int = 3,
    endpoint: URL? = nil, random: Double = 0.5, wireLog: WireLog? = nil,
    now: @escaping @Sendable () -> Date = { Answers.vectorDate }
  ) -> LiveAccount {
    LiveAccount(
      configuration: LiveAccountConfiguration(
        region: "us-east-1", endpointOverrides: endpoint.map(LiveAccountConfiguration.overridingAll) ?? [:],
        maxAttempts: maxAttempts, profile: "ops"),
      credentials: StaticCredentials(), signer: SigV4RequestSigner(), transport: transport, wireLog: wireLog,
      sleeper: sleeper, random: { random }, now: now, makeToken: { "generated-token" })
  }
}
