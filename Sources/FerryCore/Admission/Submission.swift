import FerryRules

/// One submission as the rules see it: every request document with what the account says about its
/// source, and the catalog of the places they name.
///
/// Pure. Built by `Admission.gather` from the account (the CLI), or from what a front end already
/// knows (the TUI has the source and the places loaded); either way `Admission.admit` decides.
public struct Submission: Sendable {
  /// One request document — a single copy or a fan-out — with its source's live facts.
  public struct Document: Sendable {
    public var request: CopyRequest
    public var facts: SourceFacts?

    public init(_ request: CopyRequest, facts: SourceFacts? = nil) {
      self.request = request
      self.facts = facts
    }
  }

  public var documents: [Document]
  public var catalog: Catalog

  public init(documents: [Document], catalog: Catalog) {
    self.documents = documents
    self.catalog = catalog
  }

  /// Every copy's plan, with every rule — the fan-out rules across the whole submission.
  public var plans: [Plan] { planAll(documents.map { ($0.request, $0.facts) }, catalog: catalog) }

  /// The error findings that refuse the whole submission (empty when it may be sent).
  public var errors: [Finding] { plans.flatMap { $0.findings.filter { $0.severity == .error } } }

  /// Each plan's source facts, in the order of `plans` (a document stands for one plan per destination,
  /// or one when it has none).
  public var planFacts: [SourceFacts?] {
    documents.flatMap { Array(repeating: $0.facts, count: max(1, $0.request.destinations?.count ?? 1)) }
  }

  /// Every single copy, in the order of `plans`, with its document's facts.
  var copies: [(request: CopyRequest, facts: SourceFacts?)] {
    documents.flatMap { document in document.request.singleCopies.map { ($0, document.facts) } }
  }
}
