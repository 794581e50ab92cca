/// Numbers the element names of one document as it is scanned, so that repeats share one string.
///
/// DescribeImages of 5,000 images repeats the same forty names 5,000 times: finding a name's bytes
/// here costs less than building a new string, and a node then holds a number into `names` instead
/// of a reference-counted string of its own. Open addressing (`XMLBytes.hash`, linear probing) over a
/// fixed table; once it is three quarters full, or a name's probe runs long (a hostile document of
/// many names), a name not found gets a new number and string every time it occurs. Keeps byte
/// offsets into the document being scanned, so a table serves one scan.
struct XMLNameTable {
  private static let capacity = 512  // a power of two: slots are hashes masked
  private static let limit = 384
  /// Names whose hashes collide past this many slots are built uncached: bounded work per name
  /// whatever a hostile answer holds.
  private static let maximumProbes = 8

  private struct Slot {
    var start = -1  // -1: empty
    var length = 0
    var name = 0
  }

  private var slots = [Slot](repeating: Slot(), count: capacity)
  private var used = 0
  /// The names numbered so far.
  private(set) var names: [String] = []

  /// The number in `names` of the name spelled by `length` bytes at `start` of `base`.
  mutating func number(_ base: UnsafePointer<UInt8>, start: Int, length: Int) -> Int {
    var slot = Int(truncatingIfNeeded: XMLBytes.hash(base + start, count: length)) & (Self.capacity - 1)
    var probes = 0
    while slots[slot].start >= 0, probes < Self.maximumProbes {
      let known = slots[slot]
      if known.length == length, XMLBytes.equal(base + known.start, base + start, count: length) { return known.name }
      slot = (slot + 1) & (Self.capacity - 1)
      probes += 1
    }
    names.append(String(decoding: UnsafeBufferPointer(start: base + start, count: length), as: UTF8.self))
    if slots[slot].start < 0, used < Self.limit {
      slots[slot] = Slot(start: start, length: length, name: names.count - 1)
      used += 1
    }
    return names.count - 1
  }
}
