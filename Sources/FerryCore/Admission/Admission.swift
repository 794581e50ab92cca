import FerryCloud
import FerryRules

/// Decides whether a submission may be sent, and journals it: the one way every front end — `ferry
/// copy`, the TUI — turns request documents into copies.
///
/// All or nothing: every copy of the submission (one request, a fan-out, a list of requests) is
/// planned with every rule, the fan-out rules included; when any copy has an error, the whole
/// submission is refused with every finding and nothing is journalled or sent. Otherwise every copy
/// is journalled as `planned`, each with its own ClientToken, in one journal write — then the caller
/// sends (`Copier.send`, `FanOutQueue.run`).
public struct Admission: Sendable {
  public let copier: Copier

  public init(copier: Copier) {
    self.copier = copier
  }

  /// What the rules need, asked of the account: every source located (each distinct source once,
  /// concurrently) with its facts, and the catalog of the Regions the documents touch.
  ///
  /// - Throws: `CopyRefused` naming every source the account cannot see; `AWSError` otherwise.
  public static func gather(_ requests: [CopyRequest], account: any AWSAccount, homeRegion: String) async throws
    -> Submission
  {
    let sources = requests.uniqued(by: \.source)
    async let asked = CatalogLoader(account: account).catalog(for: requests, homeRegion: homeRegion)
    let located = try await withThrowingTaskGroup(of: (Int, Result<(CopyRequest, SourceFacts?), CopyRefused>).self) {
      group in
      for (index, request) in sources.enumerated() {
        group.addTask {
          do {
            return (index, .success(try await SourceLocator(account: account).locate(request)))
          } catch let refused as CopyRefused {
            return (index, .failure(refused))
          }
        }
      }
      var results: [(Int, Result<(CopyRequest, SourceFacts?), CopyRefused>)] = []
      for try await result in group { results.append(result) }
      return results.sorted { $0.0 < $1.0 }.map(\.1)
    }
    let refusals = located.flatMap { result -> [Finding] in
      if case .failure(let refused) = result { return refused.findings }
      return []
    }
    guard refusals.isEmpty else { throw CopyRefused(findings: refusals) }
    var documents: [Submission.Document] = []
    for request in requests {
      guard let index = sources.firstIndex(where: { $0.source == request.source }),
        case .success(let (found, facts)) = located[index]
      else { continue }
      var document = request
      document.source = found.source
      documents.append(Submission.Document(document, facts: facts))
    }
    // A source found in a Local Zone or on an Outpost needs that place in the catalog too.
    let catalog = try await CatalogLoader(account: account).completing(try await asked, for: documents.map(\.request))
    return Submission(documents: documents, catalog: catalog)
  }

  /// Plans every copy with every rule, then journals them all as `planned` — or none.
  ///
  /// A copy whose ClientToken the journal already holds for the same call is that copy (a runbook run
  /// twice): its record is returned, and sending it again is a no-op. A token the journal holds for a
  /// different call is refused (`client-token-reused`): one copy's record is never handed back for another.
  ///
  /// - Throws: `CopyRefused` with every error finding (nothing journalled).
  public func admit(_ submission: Submission) async throws -> [CopyRecord] {
    let errors = submission.errors
    guard errors.isEmpty else { throw CopyRefused(findings: errors) }
    return try await copier.journal(submission.copies, catalog: submission.catalog)
  }

  /// One request (single or fan-out) with its facts, against a catalog already known.
  public func admit(_ request: CopyRequest, catalog: Catalog, facts: SourceFacts? = nil) async throws -> [CopyRecord] {
    try await admit(Submission(documents: [Submission.Document(request, facts: facts)], catalog: catalog))
  }
}
