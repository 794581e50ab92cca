import AWSClient
import AWSSigning
import FerryCloud
import FerryRules
import Foundation
import FuzzSupport

/// Fuzz target: the JSON answers of KMS (ListKeys, ListAliases, DescribeKey) and Outposts
/// (ListOutposts), and JSON error bodies, through the real account's operations.
///
/// The first byte picks the operation (low two bits) and the HTTP status (next two bits: 200, 400,
/// 500, 503); the rest is the body of every answer. Through `LiveAccount`, so paging loops, error
/// classification and retries all run on the fuzzed answer.
func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = FuzzInput(data, size).bytes
  guard let selector = bytes.first else { return 0 }
  let body = Data(bytes.dropFirst())
  let status = [200, 400, 500, 503][Int(selector >> 2 & 3)]
  let operation = selector & 3

  if let envelope = ErrorEnvelope.fromJSON(body) {
    let code = envelope.code
    invariant(
      !code.isEmpty && !code.contains("#") && !code.contains(":"), "code '\(code)' is empty or kept its namespace")
  }
  let account = LiveAccount(
    configuration: LiveAccountConfiguration(region: "us-east-1", maxAttempts: 3),
    credentials: FixedCredentials(), signer: SigV4RequestSigner(),
    transport: ScriptedTransport(status: status, body: body), sleeper: NoSleeper(), random: { 0.5 },
    now: { Date(timeIntervalSince1970: 1_764_172_800) }, makeToken: { "fuzz-token" })
  runBlocking {
    do {
      switch operation {
      case 0:
        let keys = try await account.kmsKeys(in: "us-east-1")
        invariant(status == 200, "KMS keys from an HTTP \(status) answer")
        for key in keys { invariant(key.aliases == key.aliases.sorted(), "aliases of \(key.keyId) not sorted") }
      case 1:
        let key = try await account.describeKey("alias/fuzz", in: "us-east-1")
        invariant(key.aliases == ["alias/fuzz"], "DescribeKey of an alias lost it: \(key.aliases)")
      case 2:
        let outposts = try await account.outposts(in: "us-east-1")
        invariant(outposts.allSatisfy { !$0.arn.isEmpty }, "an Outpost without an ARN")
      default:
        let page = try OutpostsWire.page(body)
        invariant(page.nextToken?.isEmpty != true, "an empty next token kept")
      }
    } catch let error as AWSError {
      invariant(!error.code.isEmpty && !error.message.isEmpty, "an error without a code or message: \(error)")
      invariant(!error.message.contains("fuzz-secret"), "the secret shows in an error")
    } catch {
      invariant(false, "an error that is not an AWSError: \(type(of: error))")
    }
  }
  return 0
}

exit(runFuzzer(fuzzJSON))
