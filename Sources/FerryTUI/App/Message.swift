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
  /// A fan-out's preflight: for the calls it checked, each copy's own findings, in the same order.
  case preflightFanOut(calls: [APICall], [[Finding]])
  case submitted(Result<CopyRecord, Failure>)
  /// A fan-out admitted and sent: every copy's record after EC2's answer.
  case submittedFanOut(Result<[CopyRecord], Failure>)
  case copies(Result<CopiesReport, Failure>)
  /// The journal's change marker, and its records (this account's, newest first) when it changed.
  case journal(marker: String?, Result<[CopyRecord]?, Failure>)
  case cancelled(id: String, Result<CancelOutcome, Failure>)
  /// A save finished: the path written, or `exists` when it would have overwritten without a confirm.
  case saved(Result<SaveOutcome, Failure>)
  case theme(Result<Theme, Failure>)
  case draftRestored(path: String, Result<RestoredDraft, Failure>)
  /// A kept draft was deleted (the path), or could not be.
  case draftDeleted(Result<String, Failure>)

  // What the runtime (`TUIApp`) learns: sent here so that `AppState` changes only in `update`.

  /// The terminal's display: the theme chosen at start, and whether colour may be used at all.
  case display(theme: Theme, colorAllowed: Bool)
  /// What the terminal set-up had to give up (a TERM fallback, ASCII drawing).
  case terminalNotes([String])
  /// A request kept when an earlier session ended without asking (`DraftKeeper`), at this path.
  case draftFound(String)
  /// SIGINT, SIGTERM or SIGHUP arrived.
  case signal(TerminalSignal)
  /// Another account is connected (`:profile`, the sandbox), or could not be.
  case connected(Result<Connected, Failure>)
  /// `:profile` cannot switch here (the runtime was given no way to): restart with `--profile`.
  case profileSwitchUnavailable(String)
  /// The operator pressed Ctrl-C at the profile's MFA prompt: the switch is abandoned.
  case profileSwitchCancelled(String)
}

/// An account the runtime has connected, as `update` needs it.
public struct Connected: Sendable, Equatable {
  public var identity: AccountIdentity
  /// A kept draft found for the new account's session, if any.
  public var keptDraft: String?

  public init(identity: AccountIdentity, keptDraft: String? = nil) {
    self.identity = identity
    self.keptDraft = keptDraft
  }
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
  /// What could not be listed but does not stop the rest (e.g.
  ///
  /// ListOutposts refused in an account
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
