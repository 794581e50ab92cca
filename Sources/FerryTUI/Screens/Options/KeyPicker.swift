import FerryCloud

/// The KMS key picker: the destination Region's keys and aliases, unusable ones shown with the reason.
public struct KeyPicker: Sendable, Equatable {
  public var region: String
  /// The fan-out place (an index of the form's targets) the key is for; nil: the form's own key.
  public var place: Int?
  public var cursor = ListCursor()

  public init(region: String, place: Int? = nil) {
    self.region = region
    self.place = place
  }

  /// What the request names the key by: its first alias when it has one, else its id.
  public static func reference(_ key: KMSKey) -> String { key.aliases.first ?? key.keyId }

  /// One picker line: alias(es), id, state.
  public static func line(_ key: KMSKey, width: Int) -> String {
    let aliases = key.aliases.isEmpty ? "(no alias)" : key.aliases.joined(separator: ", ")
    let status =
      key.ebsRefusal == nil ? key.keyManager.lowercased() : "✗ " + (key.isSymmetric ? key.keyState : key.keySpec)
    return Format.pad("\(Format.pad(aliases, 24)) \(Format.pad(key.keyId, 36)) \(status)", width)
  }
}

/// The KMS keys known for one Region.
public enum KeyList: Sendable, Equatable {
  case loading
  case loaded([KMSKey])
  case failed(String)
}
