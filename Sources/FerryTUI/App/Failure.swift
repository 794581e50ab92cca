import FerryCloud

/// An effect's failure as a sentence an operator reads, with AWS's code kept beside it.
public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public var code: String?

  public init(_ message: String, code: String? = nil) {
    self.message = message
    self.code = code
  }

  /// Wraps any error; an `AWSError` keeps its code.
  public init(_ error: any Error) {
    if let aws = error as? AWSError {
      self.init(aws.message, code: aws.code)
    } else if let failure = error as? Failure {
      self = failure
    } else {
      self.init(String(describing: error))
    }
  }

  public var description: String { code.map { "\(message) (\($0))" } ?? message }
}
