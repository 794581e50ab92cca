import FerryCloud
import FerryCore
import FerryRules
import Foundation
import Terminal

/// Everything that can happen to the TUI: keys, resizes, ticks, and the typed results of commands.
///
/// Results carry `Failure` (a sentence) instead of throwing: an error is just another message.
public enum Message: Sendable, Equatable {
  case key(Key)
  case resize(width: Int, height: Int)
  /// The clock ticked; `now` drives spinners, elapsed times and the polling interval.
  case tick(Date)
  case identity(Result<AccountIdentity, Failure>)
  case sourcesPage(generation: Int, scope: Command.Scope, Result<SourcePage, Failure>)
  case places(Result<Places, Failure>)
  case kmsKeys(region: String, Result<[KMSKey], Failure>)
  /// The profile names found in the AWS config files.
  case profiles([String])
  case preflight(call: APICall, [Finding])
  case submitted(Result<CopyRecord, Failure>)
  case copies(Result<CopiesReport, Failure>)
  case cancelled(id: String, Result<String, Failure>)
  /// A save finished: the path written, or `exists` when it would have overwritten without a confirm.
  case saved(Result<SaveOutcome, Failure>)
  case theme(Result<Theme, Failure>)
  case draftRestored(path: String, Result<RestoredDraft, Failure>)
  /// A kept draft was deleted (the path), or could not be.
  case draftDeleted(Result<String, Failure>)
}

/// One page of sources, already turned into items.
public struct SourcePage: Sendable, Equatable {
  public var items: [SourceItem]
  public var nextToken: String?

  public init(items: [SourceItem], nextToken: String?) {
    self.items = items
    self.nextToken = nextToken
  }
}

/// The places the account can copy to.
public struct Places: Sendable, Equatable {
  public var catalog: Catalog
  /// What could not be listed but does not stop the rest (e.g. ListOutposts refused in an account
  /// without Outposts), in plain words.
  public var unavailable: [String]

  public init(catalog: Catalog, unavailable: [String] = []) {
    self.catalog = catalog
    self.unavailable = unavailable
  }
}

/// What a save did.
public enum SaveOutcome: Sendable, Equatable {
  case written(String)
  case exists(String)
}
