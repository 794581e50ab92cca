import AWSClient
import AWSSigning
import FerryCloud
import Foundation
import Synchronization

/// A transport that answers from a script and records every request it was given.
final class ScriptedTransport: HTTPTransport {
  enum Step: Sendable {
    case respond(HTTPResponse)
    case fail(AWSError)
  }

  private let state: Mutex<(steps: [Step], recorded: [HTTPRequest])>

  init(_ steps: [Step]) {
    state = Mutex((steps, []))
  }

  var requests: [HTTPRequest] { state.withLock { $0.recorded } }

  func send(_ request: HTTPRequest, timeout: Duration) async throws -> HTTPResponse {
    let step: Step? = state.withLock {
      $0.recorded.append(request)
      return $0.steps.isEmpty ? nil : $0.steps.removeFirst()
    }
    switch step {
    case .respond(let response)?: return response
    case .fail(let error)?: throw error
    case nil: throw AWSError(kind: .network, code: "ScriptEnded", message: "the test script has no more answers")
    }
  }
}

/// Records the delays asked for instead of waiting.
final class RecordingSleeper: Sleeper {
  private let recorded = Mutex<[Double]>([])

  var delays: [Double] { recorded.withLock { $0 } }

  func sleep(seconds: Double) async throws {
    recorded.withLock { $0.append(seconds) }
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

  static func ec2Error(_ status: Int, code: String, message: String = "m", headers: [String: String] = [:])
    -> ScriptedTransport.Step
  {
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
