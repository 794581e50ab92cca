import FerryCloud

/// Reads the small answers: CopyImage, CopySnapshot, DeregisterImage, DeleteSnapshot, GetCallerIdentity.
///
/// Pure: no I/O.
public enum ResultDecoder {
  /// CopyImage → `imageId`, CopySnapshot → `snapshotId`, with the `requestId`.
  public static func copy(_ root: XMLElement, idElement: String, operation: String) throws(AWSError) -> CopyOutcome {
    let id = try XMLValues.required(root, idElement, in: operation)
    return CopyOutcome(resourceId: id, requestId: XMLValues.optional(root, "requestId"))
  }

  /// DeregisterImage and DeleteSnapshot answer `<return>true</return>` (moto sends no `return` at all);
  /// only an explicit `false` is a refusal.
  public static func acknowledged(_ root: XMLElement, operation: String) throws(AWSError) {
    guard root.string("return") != "false" else {
      throw AWSError(
        kind: .invalidResponse, code: "UnexpectedValue",
        message: "\(operation) answered <return>false</return>",
        requestId: root.string("requestId"))
    }
  }

  /// STS GetCallerIdentity → the account id.
  public static func callerAccount(_ root: XMLElement) throws(AWSError) -> String {
    guard let result = root.child("GetCallerIdentityResult") else {
      throw AWSError(
        kind: .invalidResponse, code: "MissingField",
        message: "The answer to GetCallerIdentity has no <GetCallerIdentityResult>")
    }
    return try XMLValues.required(result, "Account", in: "GetCallerIdentity")
  }
}
