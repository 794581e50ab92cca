#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An instant `/` filter over many rows: case-insensitive substring match on one search key per row.
///
/// Each row's key (id, name, description, tags…) is lowercased once, when the row arrives, and kept
/// in one contiguous byte buffer so a scan touches memory in order. When the new query extends the
/// previous one, only the previous matches are searched again — the common case while typing — and
/// each from where the shorter query matched: a match of the longer query starts there or later, and
/// usually *is* that match, so one more character costs one `memcmp` per row still in play.
/// The first character of a fresh query needs no scan at all: as rows arrive, each byte's rows (and
/// where in each row it first occurs) are kept, so that answer is a copy of a list made earlier.
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
  /// Where in `bytes` the query first matches, for each row of `matches` (its key's start when empty).
  private var positions: [Int] = []
  /// How often each byte occurs in the keys: the scan jumps between occurrences of the pattern's rarest byte.
  private var histogram = [Int](repeating: 0, count: 256)
  /// Earlier (query, matches) pairs of the current typing, so backspace restores instead of rescanning.
  private var trail: [Step] = []
  /// For each byte, the rows whose key contains it, ascending: a one-character query's answer.
  private var rowsWithByte = [[Int32]](repeating: [], count: 256)
  /// Where in its row that byte first occurs, parallel to `rowsWithByte` (0 when past `UInt16.max`:
  /// narrowing then searches that row from its start, which is always correct).
  private var firstOffsetOfByte = [[UInt16]](repeating: [], count: 256)

  private struct Step: Sendable, Equatable {
    var query: String
    var matches: [Int]
    var positions: [Int]
  }

  public init() {}

  public var count: Int { starts.count - 1 }

  /// Adds rows; they are matched against the current query at once.
  public mutating func append<S: Sequence>(keys: S) where S.Element == String {
    let first = count
    var seenInRow = [Int](repeating: -1, count: 256)
    for key in keys {
      let row = count
      let start = bytes.count
      for byte in key.lowercased().utf8 {
        let value = Int(byte)
        if seenInRow[value] != row {
          seenInRow[value] = row
          rowsWithByte[value].append(Int32(truncatingIfNeeded: row))
          let offset = bytes.count - start
          firstOffsetOfByte[value].append(offset <= Int(UInt16.max) ? UInt16(offset) : 0)
        }
        bytes.append(byte)
        histogram[value] += 1
      }
      bytes.append(0)  // a separator no query contains, so no match spans two rows
      starts.append(bytes.count)
    }
    let needle = Array(query.lowercased().utf8)
    let added = Array(first..<count)
    let found = search(needle, in: added, from: added.map { starts[$0] })
    matches += found.rows
    positions += found.positions
  }

  /// Sets the query and recomputes `matches`, narrowing the previous result when the query extends it.
  public mutating func setQuery(_ newQuery: String) {
    let needle = Array(newQuery.lowercased().utf8)
    let lowered = newQuery.lowercased()
    let narrowing = !query.isEmpty && lowered.hasPrefix(query.lowercased())
    if narrowing {
      trail.append(Step(query: query.lowercased(), matches: matches, positions: positions))
    } else {
      // Backspace: the result for a shorter query is already known.
      while let last = trail.last, !lowered.hasPrefix(last.query) { trail.removeLast() }
    }
    query = newQuery
    if needle.isEmpty {
      trail = []
      matches = Array(0..<count)
      positions = Array(starts.dropLast())
    } else if narrowing {
      (matches, positions) = search(needle, in: matches, from: positions)
    } else if let last = trail.last, last.query == lowered {
      (matches, positions) = (last.matches, last.positions)
      trail.removeLast()
    } else if let last = trail.last {
      (matches, positions) = search(needle, in: last.matches, from: last.positions)
    } else if needle.count == 1 {
      (matches, positions) = rowsContaining(needle[0])
    } else {
      (matches, positions) = searchAll(needle)
    }
  }

  /// The rows whose key contains `byte`, with where it first occurs: read from the lists kept by `append`.
  private func rowsContaining(_ byte: UInt8) -> (rows: [Int], positions: [Int]) {
    let rows = rowsWithByte[Int(byte)]
    let offsets = firstOffsetOfByte[Int(byte)]
    var matched = [Int](repeating: 0, count: rows.count)
    var positions = [Int](repeating: 0, count: rows.count)
    starts.withUnsafeBufferPointer { starts in
      for index in rows.indices {
        let row = Int(rows[index])
        matched[index] = row
        positions[index] = starts[row] + Int(offsets[index])
      }
    }
    return (matched, positions)
  }

  /// Rows among `candidates` whose key contains `needle`, each searched from its offset in `from`
  /// (where a prefix of `needle` first matched in it, or the key's start), with where it matches now.
  private func search(_ needle: [UInt8], in candidates: [Int], from: [Int]) -> (rows: [Int], positions: [Int]) {
    guard !needle.isEmpty else { return (candidates, from) }
    let anchor = anchor(of: needle)
    return bytes.withUnsafeBufferPointer { haystack in
      needle.withUnsafeBufferPointer { pattern in
        starts.withUnsafeBufferPointer { starts in
          guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return ([], []) }
          var rows: [Int] = []
          var positions: [Int] = []
          rows.reserveCapacity(candidates.count)
          positions.reserveCapacity(candidates.count)
          for (row, offset) in zip(candidates, from) {
            let end = starts[row + 1] - 1  // the row's 0 separator
            guard end - offset >= pattern.count else { continue }
            if memcmp(base + offset, patternBase, pattern.count) == 0 {
              rows.append(row)
              positions.append(offset)
            } else if let hit = Self.find(
              patternBase, pattern.count, anchor: anchor, in: base + offset + 1, end - offset - 1)
            {
              rows.append(row)
              positions.append(base.distance(to: hit))
            }
          }
          return (rows, positions)
        }
      }
    }
  }

  /// Every row whose key contains `needle`: one pass of `find` over the whole buffer, skipping
  /// to the next row after each hit (the 0 separators keep a hit inside one row).
  private func searchAll(_ needle: [UInt8]) -> (rows: [Int], positions: [Int]) {
    let anchor = anchor(of: needle)
    return bytes.withUnsafeBufferPointer { haystack in
      needle.withUnsafeBufferPointer { pattern in
        starts.withUnsafeBufferPointer { starts in
          guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return ([], []) }
          var found: [Int] = []
          var positions: [Int] = []
          var offset = 0
          var row = 0
          while offset < haystack.count,
            let hit = Self.find(patternBase, pattern.count, anchor: anchor, in: base + offset, haystack.count - offset)
          {
            let position = base.distance(to: hit)
            while starts[row + 1] <= position { row += 1 }
            found.append(row)
            positions.append(position)
            offset = starts[row + 1]
            row += 1
          }
          return (found, positions)
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
