import FerryCore
import FerryRules
import Foundation
import Terminal

/// An effect the update function asks for: a description, run later by `EffectRunner` off the input loop.
///
/// Commands are data (Equatable), so update tests assert exactly which effects a message causes.
/// Each long effect has a `key`: starting a command with a key cancels the one still running under it.
public enum Command: Sendable, Equatable {
  /// Which listing a page belongs to: what the caller owns, or what others shared with it.
  public enum Scope: String, Sendable, Equatable { case owned, shared }

  case loadIdentity
  case loadSources(resource: Resource, region: String, scope: Scope, nextToken: String?, generation: Int)
  /// Regions (from `homeRegion`), and the Local Zones and Outposts of `regions`.
  case loadPlaces(homeRegion: String, regions: [String])
  case loadKMSKeys(region: String)
  /// The profile names `:profile` completes from.
  case loadProfiles
  case preflight(PreflightInput)
  /// Preflight of every copy of a fan-out (`Preflight.run(plans, facts:)`), each plan's findings apart.
  case preflightFanOut([Plan], facts: SourceFacts?)
  /// Journals and sends the request (the plan is made again by the copier from the same inputs).
  case submit(CopyRequest, catalog: Catalog, facts: SourceFacts?)
  /// Admits a fan-out document as `ferry copy` does (all copies journalled, or none), then sends each copy.
  case submitFanOut(CopyRequest, catalog: Catalog, facts: SourceFacts?)
  /// Loads a theme by name (a user file first, then the built-ins).
  case loadTheme(String)
  case refreshCopies
  /// Re-reads the journal when its change marker is not `known` (another ferry may have written it).
  case readJournal(known: String?)
  case cancelCopy(id: String)
  /// Writes `contents` to `path` atomically; with `overwrite` false an existing file is left alone.
  case save(path: String, contents: String, overwrite: Bool)
  /// As `save`, for a shell script: the file is made executable.
  case saveScript(path: String, contents: String, overwrite: Bool)
  /// Reads a kept draft, finds its source and lists the places (`homeRegion`'s Regions).
  case restoreDraft(path: String, homeRegion: String)
  /// Deletes a kept draft (restored or discarded).
  case deleteDraft(path: String)
  /// Cancels the running command with this key.
  case cancel(CommandKey)
  // Run-time commands handled by the runner itself.
  case quit
  case suspend
  case useSandbox
  case switchProfile(String)
  /// Ends the session because of a signal (the exit status says which).
  case endSession(TerminalSignal)
  /// Puts text on the terminal's clipboard (OSC 52, through the backend).
  case copyToClipboard(String)

  /// Commands with the same key replace each other (the older one is cancelled).
  public var key: CommandKey? {
    switch self {
    case .loadSources(_, _, let scope, _, _): scope == .owned ? .sources : .sharedSources
    case .loadPlaces: .places
    case .loadKMSKeys: .kmsKeys
    case .preflight, .preflightFanOut: .preflight
    case .refreshCopies: .poll
    case .readJournal: .journal
    case .save, .saveScript: .save
    default: nil
    }
  }
}

/// The lanes cancellable commands run in.
public enum CommandKey: String, Sendable, Equatable, Hashable {
  case sources, sharedSources, places, kmsKeys, preflight, poll, journal, save
}
