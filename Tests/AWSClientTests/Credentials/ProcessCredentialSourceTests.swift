import AWSClient
import AWSSigning
import FerryCloud
import Foundation
import Testing

@testable import AWSClient

/// credential_process with real scripts in a temporary directory.
struct ProcessCredentialSourceTests {
  private func load(script: String, arguments: String = "", timeout: Duration = .seconds(10)) async throws
    -> Credentials?
  {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("creds tool.sh", script)
    // Run through /bin/sh rather than exec'ing the new file: a script written while a parallel test forks
    // can fail to exec with ETXTBSY ("text file busy"), since the child briefly inherits the write handle.
    let config = "[profile p]\ncredential_process = /bin/sh \"\(path)\" \(arguments)\n"
    let context = try CredentialFixtures.context(
      profile: "p", environment: ["PATH": "/usr/bin:/bin"], config: config, processTimeout: timeout)
    return try await ProcessCredentialSource(context: context).load()
  }

  // MARK: - Success

  @Test func runsTheCommandWithItsArgumentsAndParsesVersion1() async throws {
    let script = """
      echo "{\\"Version\\": 1, \\"AccessKeyId\\": \\"AKID-$1\\", \\"SecretAccessKey\\": \\"s\\", \
      \\"SessionToken\\": \\"$2\\", \\"Expiration\\": \\"2026-11-26T18:00:00Z\\"}"
      """
    let credentials = try await load(script: script, arguments: "one 'two words'")
    #expect(
      credentials
        == Credentials(
          accessKeyId: "AKID-one", secretAccessKey: "s", sessionToken: "two words",
          expiration: Date(timeIntervalSince1970: 1_795_716_000)))
  }

  // MARK: - Failures

  @Test(arguments: [
    (
      "echo '{\"Version\":1,\"AccessKeyId\":\"A\",\"SecretAccessKey\":\"SECRET\"}'; exit 3",
      "exited with status 3", "CredentialProcessError"
    ),
    ("echo 'SECRET not json'", "did not print a JSON object", "CredentialProcessError"),
    (
      "echo '{\"Version\":2,\"AccessKeyId\":\"A\",\"SecretAccessKey\":\"SECRET\"}'",
      "printed JSON without \"Version\": 1", "CredentialProcessError"
    ),
    (
      "echo '{\"Version\":1,\"AccessKeyId\":\"A\"}'",
      "printed JSON without AccessKeyId and SecretAccessKey, or with a bad Expiration", "CredentialProcessError"
    ),
  ])
  func explainsFailuresWithoutQuotingTheOutput(script: String, reason: String, code: String) async {
    await #expect {
      try await load(script: script)
    } throws: { error in
      (error as? AWSError)?.kind == .credentials
        && "\(error)" == "credential_process for profile p: \(reason) (\(code))"
        && !"\(error)".contains("SECRET")
    }
  }

  @Test func stopsACommandThatRunsTooLong() async {
    let started = ContinuousClock.now
    await #expect {
      try await load(script: "sleep 60", timeout: .milliseconds(300))
    } throws: { error in
      "\(error)" == "credential_process for profile p: did not finish within 0.3 seconds (CredentialProcessTimeout)"
    }
    // Far below the command's 60 s, with room for a loaded two-core machine.
    #expect(ContinuousClock.now - started < .seconds(20))
  }

  @Test func reportsAProgramThatIsNotThere() async throws {
    let context = try CredentialFixtures.context(
      profile: "p", environment: ["PATH": "/nonexistent"], config: "[profile p]\ncredential_process = no-such-tool\n")
    await #expect {
      try await ProcessCredentialSource(context: context).load()
    } throws: { error in
      (error as? AWSError)?.kind == .configuration
        && "\(error)"
          == "credential_process for profile p: cannot find the program no-such-tool (CredentialProcessNotFound)"
    }
  }

  // MARK: - Word splitting

  @Test(arguments: [
    ("tool a  b", ["tool", "a", "b"]),
    ("tool 'a b' \"c d\"", ["tool", "a b", "c d"]),
    ("tool a\\ b \"x\\\"y\" \"\\n\"", ["tool", "a b", "x\"y", "\\n"]),
    ("tool ''", ["tool", ""]),
  ])
  func splitsLikeAShell(line: String, words: [String]) throws {
    #expect(try ShellWords.split(line) == words)
  }

  @Test func rejectsAnUnbalancedQuote() {
    #expect(throws: ShellWords.UnbalancedQuote.self) { try ShellWords.split("tool 'open") }
  }
}
