#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An instant `/` filter over many rows: case-insensitive substring match on one search key per row.
///
/// Each row's key (id, name, description, tags…) is lowercased once, when the row arrives, and kept
/// in one contiguous byte buffer so a scan touches memory in order. When the new query extends the
/// previous one, only the previous matches are searched again — the common case while typing.
/// Pure value, no I/O; cost is linear in the bytes of the rows still in play.
public struct FilterIndex: Sendable, Equatable {
  private var bytes: [UInt8] = []
  /// Row `i`'s key is `bytes[starts[i]..<starts[i + 1]]`.
  private var starts: [Int] = [0]
  public private(set) var query: String = ""
  /// Indices of the rows that match `query`, ascending. All rows when the query is empty.
  public private(set) var matches: [Int] = []

  public init() {}

  public var count: Int { starts.count - 1 }

  /// Adds rows; they are matched against the current query at once.
  public mutating func append<S: Sequence>(keys: S) where S.Element == String {
    let first = count
    for key in keys {
      bytes.append(contentsOf: key.lowercased().utf8)
      bytes.append(0)  // a separator no query contains, so no match spans two rows
      starts.append(bytes.count)
    }
    let needle = Array(query.lowercased().utf8)
    for row in first..<count where needle.isEmpty || contains(row: row, needle: needle) {
      matches.append(row)
    }
  }

  /// Sets the query and recomputes `matches`, narrowing the previous result when the query extends it.
  public mutating func setQuery(_ newQuery: String) {
    let needle = Array(newQuery.lowercased().utf8)
    let narrowing = !query.isEmpty && newQuery.lowercased().hasPrefix(query.lowercased())
    query = newQuery
    if needle.isEmpty {
      matches = Array(0..<count)
      return
    }
    let candidates = narrowing ? matches : Array(0..<count)
    matches = candidates.filter { contains(row: $0, needle: needle) }
  }

  private func contains(row: Int, needle: [UInt8]) -> Bool {
    let start = starts[row]
    let end = starts[row + 1] - 1
    let length = end - start
    guard needle.count <= length else { return false }
    return bytes.withUnsafeBufferPointer { haystack in
      needle.withUnsafeBufferPointer { pattern in
        guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return false }
        let first = Int32(pattern[0])
        var cursor = UnsafePointer(base + start)
        let last = base + end - pattern.count
        while cursor <= last {
          // memchr is vectorised in libc: it skips to the next candidate first byte quickly.
          guard let hit = memchr(cursor, first, last - cursor + 1) else { return false }
          let candidate = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
          if memcmp(candidate, patternBase, pattern.count) == 0 { return true }
          cursor = UnsafePointer(candidate + 1)
        }
        return false
      }
    }
  }
}
