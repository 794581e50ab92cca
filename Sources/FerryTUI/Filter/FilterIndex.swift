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
  /// Indices of the rows that match `query`, ascending.
  ///
  /// All rows when the query is empty.
  public private(set) var matches: [Int] = []
  /// How often each byte occurs in the keys: the scan jumps between occurrences of the pattern's rarest byte.
  private var histogram = [Int](repeating: 0, count: 256)
  /// Earlier (query, matches) pairs of the current typing, so backspace restores instead of rescanning.
  private var trail: [Step] = []

  private struct Step: Sendable, Equatable {
    var query: String
    var matches: [Int]
  }

  public init() {}

  public var count: Int { starts.count - 1 }

  /// Adds rows; they are matched against the current query at once.
  public mutating func append<S: Sequence>(keys: S) where S.Element == String {
    let first = count
    for key in keys {
      for byte in key.lowercased().utf8 {
        bytes.append(byte)
        histogram[Int(byte)] += 1
      }
      bytes.append(0)  // a separator no query contains, so no match spans two rows
      starts.append(bytes.count)
    }
    let needle = Array(query.lowercased().utf8)
    matches += needle.isEmpty ? Array(first..<count) : search(needle, in: Array(first..<count))
  }

  /// Sets the query and recomputes `matches`, narrowing the previous result when the query extends it.
  public mutating func setQuery(_ newQuery: String) {
    let needle = Array(newQuery.lowercased().utf8)
    let lowered = newQuery.lowercased()
    let narrowing = !query.isEmpty && lowered.hasPrefix(query.lowercased())
    if narrowing {
      trail.append(Step(query: query.lowercased(), matches: matches))
    } else {
      // Backspace: the result for a shorter query is already known.
      while let last = trail.last, !lowered.hasPrefix(last.query) { trail.removeLast() }
    }
    query = newQuery
    if needle.isEmpty {
      trail = []
      matches = Array(0..<count)
    } else if narrowing {
      matches = search(needle, in: matches)
    } else if let last = trail.last, last.query == lowered {
      matches = last.matches
      trail.removeLast()
    } else if let last = trail.last {
      matches = search(needle, in: last.matches)
    } else {
      matches = searchAll(needle)
    }
  }

  /// Rows among `candidates` whose key contains `needle`.
  private func search(_ needle: [UInt8], in candidates: [Int]) -> [Int] {
    let anchor = anchor(of: needle)
    return bytes.withUnsafeBufferPointer { haystack in
      needle.withUnsafeBufferPointer { pattern in
        starts.withUnsafeBufferPointer { starts in
          guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return [] }
          return candidates.filter { row in
            let start = starts[row]
            let length = starts[row + 1] - 1 - start
            return length >= pattern.count
              && Self.find(patternBase, pattern.count, anchor: anchor, in: base + start, length) != nil
          }
        }
      }
    }
  }

  /// Every row whose key contains `needle`: one pass of `find` over the whole buffer, skipping
  /// to the next row after each hit (the 0 separators keep a hit inside one row).
  private func searchAll(_ needle: [UInt8]) -> [Int] {
    let anchor = anchor(of: needle)
    return bytes.withUnsafeBufferPointer { haystack in
      needle.withUnsafeBufferPointer { pattern in
        starts.withUnsafeBufferPointer { starts in
          guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return [] }
          var found: [Int] = []
          var offset = 0
          var row = 0
          while offset < haystack.count,
            let hit = Self.find(patternBase, pattern.count, anchor: anchor, in: base + offset, haystack.count - offset)
          {
            let position = base.distance(to: hit)
            while starts[row + 1] <= position { row += 1 }
            found.append(row)
            offset = starts[row + 1]
            row += 1
          }
          return found
        }
      }
    }
  }

  /// The first occurrence of `pattern` in `length` bytes from `start`: `memchr` (vectorised in libc) jumps to each candidate first byte, `memcmp` checks the rest.
  ///
  /// `anchor` is the offset in the pattern of its rarest byte, which `memchr` looks for.
  @inline(__always)
  private static func find(
    _ pattern: UnsafePointer<UInt8>, _ patternLength: Int, anchor: Int, in start: UnsafePointer<UInt8>, _ length: Int
  ) -> UnsafePointer<UInt8>? {
    guard patternLength <= length else { return nil }
    let byte = Int32(pattern[anchor])
    let last = start + (length - patternLength)
    var cursor = start
    while cursor <= last {
      guard let raw = memchr(cursor + anchor, byte, last - cursor + 1) else { return nil }
      let candidate = UnsafePointer(raw.assumingMemoryBound(to: UInt8.self)) - anchor
      if memcmp(candidate, pattern, patternLength) == 0 { return candidate }
      cursor = candidate + 1
    }
    return nil
  }

  /// The offset of the pattern byte that occurs least often in the keys.
  private func anchor(of needle: [UInt8]) -> Int {
    needle.indices.min { histogram[Int(needle[$0])] < histogram[Int(needle[$1])] } ?? 0
  }
}
