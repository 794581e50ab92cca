/// The tag that carries a copy's client token on the new snapshot or AMI.
///
/// CopyImage is idempotent through its `ClientToken` parameter; CopySnapshot has none (see the
/// CopySnapshot request syntax in the seed). So ferry tags every snapshot it copies with
/// `ferry:client-token=<token>`, and after a request whose answer was lost it looks for a snapshot
/// with that tag before sending again: a lost answer never becomes a second copy. AMI copies carry the
/// same tag on the new image (besides `ClientToken`), because EC2 reports no image's ClientToken:
/// the tag is what matches a copy found in the account to its request, on any machine.
public enum ClientTokenTag {
  public static let key = "ferry:client-token"
}

extension ClientTokenTag {
  /// `TagSpecifications` without ferry's client-token tag — and without a specification left with no
  /// tags: what is left is the operator's own tags (`nil` when none), so two calls that differ only
  /// by their tokens compare equal.
  public static func removed(fromSpecifications value: APIValue) -> APIValue? {
    guard case .list(let specifications) = removed(value) else { return value }
    let kept = specifications.filter { specification in
      guard case .structure(let members) = specification else { return true }
      return members["Tags"] != .list([])
    }
    return kept.isEmpty ? nil : .list(kept)
  }

  private static func removed(_ value: APIValue) -> APIValue {
    switch value {
    case .list(let items):
      return .list(items.filter { !isTag($0) }.map(removed))
    case .structure(let members):
      return .structure(members.mapValues(removed))
    case .string, .integer, .boolean:
      return value
    }
  }

  /// Whether a value is the `{Key: ferry:client-token, Value: …}` tag itself.
  private static func isTag(_ value: APIValue) -> Bool {
    guard case .structure(let members) = value else { return false }
    return members["Key"] == .string(key)
  }
}
