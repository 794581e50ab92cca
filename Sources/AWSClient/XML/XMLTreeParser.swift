import FerryCloud
import Foundation

/// Parses AWS response bytes into an `XMLTree` with ferry's own scanner (`XMLScanner`).
///
/// Truncated or malformed documents, bytes that are not UTF-8, processing instructions and DTDs give
/// `AWSError(kind: .invalidResponse, code: "InvalidXML")`, never a crash; no entity is ever defined or
/// resolved beyond XML's five and character references. Does no I/O beyond reading the bytes it is
/// given, and does not copy them.
public enum XMLTreeParser {
  /// Parses `data`; `context` names the call in the error message ("DescribeImages in us-east-1").
  public static func parse(_ data: Data, context: String) throws(AWSError) -> XMLTree {
    let outcome = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<XMLTree, XMLSyntaxError>? in
      let bytes = raw.bindMemory(to: UInt8.self)
      guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
      return parse(base, count: bytes.count)
    }
    switch outcome {
    case .success(let tree): return tree
    case .failure(let error): throw invalid(context, error.detail)
    case nil: throw invalid(context, "the response was empty")
    }
  }

  static func parse(_ base: UnsafePointer<UInt8>, count: Int) -> Result<XMLTree, XMLSyntaxError> {
    let characters = XMLCharacters.check(UnsafeBufferPointer(start: base, count: count))
    guard characters.isUTF8 else { return .failure(XMLSyntaxError(reason: .notUTF8, line: 0)) }
    if let forbidden = characters.forbidden {
      let scalar = "U+" + String(forbidden.scalar, radix: 16, uppercase: true).leftPadded(to: 4)
      let line = XMLScanner.line(at: forbidden.offset, in: base, count: count)
      return .failure(XMLSyntaxError(reason: .malformed("the character \(scalar) is not allowed in XML"), line: line))
    }
    var scanner = XMLScanner(base, count: count, normalizesLineEnds: characters.hasCarriageReturn)
    return Result { () throws(XMLSyntaxError) in try scanner.scanDocument() }
  }

  private static func invalid(_ context: String, _ detail: String) -> AWSError {
    AWSError(
      kind: .invalidResponse, code: "InvalidXML", message: "The answer to \(context) is not valid XML (\(detail))")
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
