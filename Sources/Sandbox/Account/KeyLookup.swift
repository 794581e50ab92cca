import FerryCloud

/// KMS DescribeKey in one Region: by key id, alias name, key ARN or alias ARN, with KMS's errors.
///
/// Pure.
struct KeyLookup {
  var world: SandboxWorld
  var region: SandboxRegion

  func describe(_ reference: String) throws(AWSError) -> KMSKey {
    let inRegion = world.keys.filter { $0.region == region.name }
    // A key whose policy no longer lists this account answers DescribeKey with AccessDenied, as KMS does:
    // that is how a preflight sees the silent "Given key ID is not accessible" coming.
    if let own = inRegion.first(where: { $0.accountId == world.accountId && $0.isNamed(by: reference) }),
      own.usableBySandbox
    {
      return own.key
    }
    // Another account's key can only be named by an ARN: key ids and alias names are per account.
    let unusable = inRegion.first { $0.accountId == world.accountId && $0.isNamed(by: reference) }
    if let foreign = unusable ?? inRegion.first(where: { $0.key.arn == reference || $0.aliasArns.contains(reference) })
    {
      throw AWSError(
        kind: .credentials, code: "AccessDeniedException",
        message: "User: arn:\(region.partition):iam::\(world.accountId):user/sandbox is not authorized to perform: "
          + "kms:DescribeKey on resource: \(foreign.key.arn) because no resource-based policy allows the kms:DescribeKey action",
        httpStatus: 400)
    }
    throw EC2Errors.kmsNotFound(notFoundMessage(reference))
  }

  /// KMS's wording differs by the kind of reference.
  private func notFoundMessage(_ reference: String) -> String {
    let prefix = "arn:\(region.partition):kms:\(region.name):\(world.accountId)"
    if reference.hasPrefix("alias/") { return "Alias \(prefix):\(reference) is not found." }
    if reference.hasPrefix("arn:"), reference.contains(":alias/") { return "Alias \(reference) is not found." }
    if reference.hasPrefix("arn:"), reference.contains(":key/") { return "Key '\(reference)' does not exist" }
    if isKeyId(reference) { return "Key '\(prefix):key/\(reference)' does not exist" }
    return "Invalid keyId '\(reference)'"
  }

  /// A key id has a UUID's shape: 8-4-4-4-12 hexadecimal digits (or `mrk-` and 32 for multi-Region keys).
  private func isKeyId(_ text: String) -> Bool {
    let groups = text.split(separator: "-", omittingEmptySubsequences: false)
    let lengths = groups.map(\.count)
    let hex = text.allSatisfy { $0.isHexDigit || $0 == "-" }
    return (lengths == [8, 4, 4, 4, 12] && hex) || (text.hasPrefix("mrk-") && text.count == 36)
  }
}
