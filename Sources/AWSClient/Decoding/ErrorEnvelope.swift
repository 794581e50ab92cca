import Foundation

/// The code, message and request id an AWS error response carries, before ferry words it.
///
/// Reads the EC2 envelope `<Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>`
/// (any root element; `RequestID` or `RequestId`), the query-protocol `<ErrorResponse><Error>` that STS
/// sends, and the JSON shape (`__type`, `message`) of KMS and Outposts. Pure: no I/O.
///
/// Spec: botocore `parsers.py` (`EC2QueryParser._do_error_parse`), aws-sdk-swift `EC2QueryError.swift`.
public struct ErrorEnvelope: Sendable, Equatable {
  public var code: String
  public var message: String
  public var requestId: String?

  public init(code: String, message: String, requestId: String? = nil) {
    self.code = code
    self.message = message
    self.requestId = requestId
  }

  /// The error in an XML body, or `nil` when the body is not an AWS XML error.
  public static func fromXML(_ data: Data) -> ErrorEnvelope? {
    guard let tree = try? XMLTreeParser.parse(data, context: "an error response") else { return nil }
    let root = tree.root
    guard let error = root.descendants(named: "Error").first(where: { $0.child("Code") != nil }),
      let code = error.string("Code"), !code.isEmpty
    else { return nil }
    let requestId =
      root.string("RequestID") ?? root.string("RequestId") ?? root.path("ResponseMetadata", "RequestId")?.text
      ?? error.string("RequestId")
    return ErrorEnvelope(code: code, message: error.string("Message") ?? "", requestId: requestId)
  }

  /// The error in a JSON body (`__type` / `code`, `message` / `Message`), or `nil`.
  ///
  /// `__type` may carry a namespace (`com.amazonaws.kms#NotFoundException`) that is dropped, as the
  /// SDKs do; a REST service may name the code only in the `x-amzn-errortype` header (`headerType`).
  public static func fromJSON(_ data: Data, headerType: String? = nil, requestId: String? = nil) -> ErrorEnvelope? {
    let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    let rawType =
      (object?["__type"] as? String) ?? (object?["code"] as? String) ?? (object?["Code"] as? String) ?? headerType
    // A type that is all namespace (`com.amazonaws.kms#`) names no error either.
    guard let code = rawType.map(shortCode), !code.isEmpty else { return nil }
    let message = (object?["message"] as? String) ?? (object?["Message"] as? String) ?? ""
    return ErrorEnvelope(code: code, message: message, requestId: requestId)
  }

  /// `aws.protocoltests#FooError:http://…` → `FooError`.
  static func shortCode(_ raw: String) -> String {
    var code = Substring(raw)
    if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
    if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
    return String(code)
  }
}
