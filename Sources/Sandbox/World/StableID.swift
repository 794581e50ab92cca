/// Deterministic identifiers that look like AWS's: `ami-0…`, `snap-0…`, KMS key UUIDs.
///
/// The sandbox never draws random numbers: ids come from a counter kept in the state (new copies)
/// or from a name (seeded keys), mixed with SplitMix64 so they look like real ones and never collide
/// for different inputs. Pure.
enum StableID {
  /// SplitMix64's finaliser: a bijection on 64-bit values.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// FNV-1a over the UTF-8 bytes of a name.
  static func hash(_ text: String) -> UInt64 {
    text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
  }

  /// `PREFIX-0` followed by 16 hex digits, from the n-th id the state hands out.
  static func resource(_ prefix: String, counter: UInt64) -> String {
    "\(prefix)-0\(hex(mix(counter ^ 0x5A4D_B0C5), width: 16))"
  }

  /// A KMS key id (a UUID's shape) derived from a name such as `us-east-1/alias/prod`.
  static func keyId(_ name: String) -> String {
    let high = hex(mix(hash(name)), width: 16)
    let low = hex(mix(hash(name) ^ 0xFFFF), width: 16)
    let chars = Array(high + low)
    let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }
    return groups.joined(separator: "-")
  }

  static func hex(_ value: UInt64, width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
