import AWSClient
import ArgumentParser
import FerryCore
import FerryRules
import Foundation
import Sandbox

/// What the shell completes for ferry's arguments (bash, zsh and fish call `ferry ---completion …` on Tab).
///
/// Values come only from what is on this machine, never from AWS, so Tab answers at once and offline:
/// copy ids from the journal; Regions and Local Zones from the sandbox's world under `--sandbox`, else
/// from the places the journal has copied from and to (the account's own list needs credentials and a
/// network round trip). Each source is a plain function of its inputs (`CompletionWords`), tested alone.
enum Completions {
  /// `ferry copy <Tab>`: `image`, `snapshot`, `-` or a request file; after `image`/`snapshot`, nothing.
  static let request = CompletionKind.custom { words, index, prefix in
    let before = words.prefix(index).dropFirst()
    guard !before.contains(where: { $0 == "image" || $0 == "snapshot" }) else { return [] }
    return CompletionWords.matching(["image", "snapshot", "-"], prefix) + CompletionWords.files(prefix: prefix)
  }

  /// A Region (`--source-region`).
  static let region = CompletionKind.custom { words, _, prefix in
    places(words).regions.filter { $0.hasPrefix(prefix) }
  }

  /// A Region or a Local Zone (`--to`).
  static let place = CompletionKind.custom { words, _, prefix in
    let known = places(words)
    return (known.regions + known.zones).filter { $0.hasPrefix(prefix) }
  }

  /// A Local Zone (`--source-local-zone`).
  static let zone = CompletionKind.custom { words, _, prefix in
    places(words).zones.filter { $0.hasPrefix(prefix) }
  }

  /// A copy's local id (`cancel`, `watch`, `status`), newest first, from the journal.
  static let copyId = CompletionKind.custom { _, _, prefix in
    CompletionWords.matching(journal().sorted { $0.createdAt > $1.createdAt }.map(\.id), prefix)
  }

  /// Profiles named in ~/.aws/config and ~/.aws/credentials (names only).
  static let profile = CompletionKind.custom { _, _, prefix in
    let environment = ProcessInfo.processInfo.environment
    return CompletionWords.matching(
      (try? SharedConfig.load(environment: environment, files: .live).profileNames) ?? [], prefix)
  }

  private static func journal() -> [CopyRecord] {
    guard let url = try? JournalLocation.url(environment: ProcessInfo.processInfo.environment) else { return [] }
    return (try? FileJournal(url: url).recordsNow()) ?? []
  }

  private static func places(_ words: [String]) -> (regions: [String], zones: [String]) {
    guard words.contains("--sandbox") else { return CompletionWords.places(journal()) }
    return CompletionWords.places(regions: SandboxSeed.places.regions, zones: SandboxSeed.places.zones)
  }
}

/// The words completion offers, from plain inputs.
///
/// Pure, apart from `files`, which lists a directory.
enum CompletionWords {
  static func matching(_ words: [String], _ prefix: String) -> [String] { words.filter { $0.hasPrefix(prefix) } }

  /// Enabled Regions and opted-in (or opt-in-free) Local Zones, sorted.
  static func places(regions: [RegionEntry], zones: [Zone]) -> (regions: [String], zones: [String]) {
    (
      regions.filter { $0.optIn != .notOptedIn }.map(\.name).sorted(),
      zones.filter { $0.kind == .localZone && $0.optIn != .notOptedIn }.map(\.name).sorted()
    )
  }

  /// The Regions and Local Zones the journal's copies came from or went to.
  static func places(_ records: [CopyRecord]) -> (regions: [String], zones: [String]) {
    var regions = Set<String>()
    var zones = Set<String>()
    for record in records {
      regions.formUnion([record.call.region, record.sourceRegion])
      if case .string(let zone)? = record.call.parameters["DestinationAvailabilityZone"] { zones.insert(zone) }
    }
    return (regions.sorted(), zones.sorted())
  }

  /// Request files (`.json`) and directories under the prefix's directory, as the shell would show them.
  static func files(prefix: String) -> [String] {
    let slash = prefix.lastIndex(of: "/")
    let directory = slash.map { String(prefix[...$0]) } ?? ""
    let start = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
    let path = directory.isEmpty ? "." : (directory as NSString).expandingTildeInPath
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
    var found: [String] = []
    for name in names.sorted() where name.hasPrefix(start) && (!name.hasPrefix(".") || start.hasPrefix(".")) {
      var isDirectory: ObjCBool = false
      FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory)
      if isDirectory.boolValue {
        found.append(directory + name + "/")
      } else if name.hasSuffix(".json") {
        found.append(directory + name)
      }
    }
    return found
  }
}
