import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct JournalTests {
  private let scratch = ScratchDirectory("ferry-journal")
  private var url: URL { scratch.directory.appendingPathComponent("state/ferry/journal.json") }

  private func record(_ id: String, token: String = "token-1") -> CopyRecord {
    CopyRecord(
      id: id, createdAt: Date(timeIntervalSince1970: 1_790_000_000.25),
      call: APICall(
        operation: .copyImage, region: "eu-west-1",
        parameters: ["SourceImageId": .string("ami-0123456789abcdef0"), "ClientToken": .string(token)]),
      destination: "Region eu-west-1", sourceId: "ami-0123456789abcdef0", sourceRegion: "us-east-1",
      clientToken: token)
  }

  private func mode(_ path: String) -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else { return -1 }
    return Int(info.st_mode & 0o777)
  }

  // MARK: - Reading and writing

  @Test func recordsRoundTripThroughTheFile() async throws {
    let journal = FileJournal(url: url)
    #expect(try await journal.records() == [])
    try await journal.insert(record("cp-1"))
    try await journal.update("cp-1") {
      $0.phase = .sending; $0.sendCount = 1
    }
    let reread = try await FileJournal(url: url).records()
    var expected = record("cp-1")
    expected.phase = .sending
    expected.sendCount = 1
    #expect(reread == [expected])
  }

  @Test func fileIsPrivateAndDirectoryIsPrivate() async throws {
    try await FileJournal(url: url).insert(record("cp-1"))
    #expect(mode(url.path) == 0o600)
    #expect(mode(url.deletingLastPathComponent().path) == 0o700)
  }

  @Test func replaceLeavesNoTemporaryFileBehind() async throws {
    let journal = FileJournal(url: url)
    try await journal.insert(record("cp-1"))
    var before = stat()
    stat(url.path, &before)
    try await journal.insert(record("cp-2", token: "token-2"))
    var after = stat()
    stat(url.path, &after)
    let names = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path).sorted()
    #expect(names == ["journal.json", "journal.json.lock"])
    // A new inode: the file was replaced by rename, not rewritten in place.
    #expect(before.st_ino != after.st_ino)
  }

  @Test func aFailedChangeWritesNothing() async throws {
    let journal = FileJournal(url: url)
    try await journal.insert(record("cp-1"))
    let bytes = try Data(contentsOf: url)
    await #expect(throws: JournalError.duplicateId("cp-1")) { try await journal.insert(self.record("cp-1")) }
    #expect(try Data(contentsOf: url) == bytes)
  }

  @Test func theFileIsReadableJSONWithAVersion() async throws {
    try await FileJournal(url: url).insert(record("cp-1"))
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
    #expect(object?["version"] as? Int == 1)
    let copies = object?["copies"] as? [[String: Any]]
    #expect(copies?.first?["clientToken"] as? String == "token-1")
    #expect(copies?.first?["createdAt"] as? String == "2026-09-21T14:13:20.250Z")
  }

  @Test func theErrorKindIsJournalledWithTheError() async throws {
    var denied = record("cp-1")
    denied.lastError = RecordedError(
      AWSError(kind: .credentials, code: "AccessDeniedException", message: "no"), at: Date(timeIntervalSince1970: 0))
    try await FileJournal(url: url).insert(denied)
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
    let copies = try #require(object?["copies"] as? [[String: Any]])
    #expect((copies.first?["lastError"] as? [String: Any])?["kind"] as? String == "credentials")
    #expect(try await FileJournal(url: url).records() == [denied])
  }

  /// A journal written by a ferry that kept only code and message (or by a later one, with a kind this
  /// one does not know) still reads; each error takes the kind FerryCloud's classification gives its code.
  @Test(arguments: [
    ("RequestLimitExceeded", nil, AWSError.Kind.throttling), ("UnauthorizedOperation", nil, .credentials),
    ("OptInRequired", nil, .credentials), ("InvalidAMIName.Duplicate", nil, .service),
    ("InvalidAMIName.Duplicate", "a-kind-from-the-future", .service), ("AuthFailure", "network", .network),
  ])
  func anOlderJournalsErrorsStillRead(code: String, writtenKind: String?, expected: AWSError.Kind) async throws {
    var refused = record("cp-1")
    refused.phase = .rejected
    refused.lastError = RecordedError(kind: .service, code: code, message: "m", at: Date(timeIntervalSince1970: 0))
    try await FileJournal(url: url).insert(refused)
    var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    var copies = try #require(object["copies"] as? [[String: Any]])
    var lastError = try #require(copies[0]["lastError"] as? [String: Any])
    lastError["kind"] = writtenKind
    copies[0]["lastError"] = lastError
    object["copies"] = copies
    try JSONSerialization.data(withJSONObject: object).write(to: url)

    let read = try #require(try await FileJournal(url: url).records().first)
    #expect(read.lastError?.kind == expected)
    #expect(read.lastError?.code == code)
    #expect(read.phase == .rejected)
  }

  @Test func anUnusableDirectoryIsReportedInWords() async throws {
    try FileManager.default.createDirectory(at: scratch.directory, withIntermediateDirectories: true)
    let blocker = scratch.directory.appendingPathComponent("blocker")
    try Data("not a directory".utf8).write(to: blocker)
    let journal = FileJournal(url: blocker.appendingPathComponent("ferry/journal.json"))
    let error = await #expect(throws: JournalError.self) { try await journal.records() }
    #expect(
      error?.description
        == "cannot create the directory of the journal at \(blocker.path)/ferry/journal.json: Not a directory")
  }

  // MARK: - Corruption

  @Test func aCorruptJournalIsMovedAsideAndReported() async throws {
    let journal = FileJournal(url: url, now: { Date(timeIntervalSince1970: 1_790_000_000) })
    try await journal.insert(record("cp-1"))
    try Data("{\"version\": 1, \"copies\": [{\"id\": ".utf8).write(to: url)
    let aside = url.path + ".corrupt-20260921T141320Z"
    await #expect(throws: JournalError.self) { try await journal.records() }
    #expect(FileManager.default.contents(atPath: aside) == Data("{\"version\": 1, \"copies\": [{\"id\": ".utf8))
    #expect(try await journal.records() == [])
  }

  @Test func theCorruptMessageSaysWhereTheFileWent() {
    let error = JournalError.corrupt(
      path: "/s/journal.json", movedTo: "/s/journal.json.corrupt-1", detail: "not valid JSON")
    #expect(
      error.description
        == "the journal at /s/journal.json could not be read (not valid JSON); it was moved to /s/journal.json.corrupt-1 and a new one will be started — copies recorded in it are no longer followed, run the command again"
    )
  }

  // MARK: - Two writers

  @Test func twoJournalsOnOneFileLoseNoUpdate() async throws {
    let first = FileJournal(url: url)
    let second = FileJournal(url: url)
    try await withThrowingTaskGroup(of: Void.self) { group in
      for writer in 0..<2 {
        let journal = writer == 0 ? first : second
        let records = (0..<25).map { record("cp-\(writer)-\($0)", token: "t-\(writer)-\($0)") }
        group.addTask {
          for record in records { try await journal.insert(record) }
        }
      }
      try await group.waitForAll()
    }
    let ids = Set(try await first.records().map(\.id))
    #expect(ids.count == 50)
  }

  // MARK: - Location

  /// The XDG rules themselves are FerryDirectoriesTests'; here, that the journal sits in the state directory.
  @Test func locationIsInTheStateDirectory() throws {
    #expect(
      try JournalLocation.url(environment: ["HOME": "/home/op"]).path == "/home/op/.local/state/ferry/journal.json")
  }

  @Test func noLocationWithoutHome() {
    #expect(throws: FerryDirectoryError(kind: .state)) { try JournalLocation.url(environment: [:]) }
  }

  // MARK: - In memory

  @Test func inMemoryJournalCountsWrites() async throws {
    let journal = InMemoryJournal()
    try await journal.insert(record("cp-1"))
    try await journal.update("cp-1") { $0.phase = .submitted }
    #expect(await journal.writes == 2)
    #expect(await journal.records().map(\.phase) == [.submitted])
  }
}
