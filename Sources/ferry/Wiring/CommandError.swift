import ArgumentParser
import FerryCloud
import FerryCore
import FerryRules

/// An error a command reports as one line, `ferry: <message>`, with the exit status it implies.
struct CommandError: Error, CustomStringConvertible {
  var status: ExitStatus
  var message: String

  init(_ status: ExitStatus, _ message: String) {
    self.status = status
    self.message = message
  }

  var description: String { message }

  /// The status and words for any error a command can meet.
  ///
  /// Never a stack trace, never a secret: `AWSError.description` is already the operator's sentence with AWS's code beside it.
  init(_ error: any Error) {
    switch error {
    case let error as CommandError:
      self = error
    case let error as CopyRefused:
      self.init(.invalidRequest, error.description)
    case let error as RequestError:
      self.init(.unreadableInput, "the request cannot be read: \(error)")
    case let error as AWSError:
      self.init(Self.status(of: error), error.description)
    case let error as JournalError:
      self.init(.otherError, error.description)
    default:
      self.init(.otherError, "\(error)")
    }
  }

  static func status(of error: AWSError) -> ExitStatus {
    .of(error.kind, otherwise: .otherError)
  }
}

/// Runs a command body and turns whatever it throws into `ferry: <one line>` and an exit status.
enum CommandRunner {
  static func run(_ body: () async throws -> ExitStatus) async throws {
    let status: ExitStatus
    do {
      status = try await body()
    } catch let exit as ExitCode {
      throw exit
    } catch {
      let failure = CommandError(error)
      StandardError.line("ferry: " + failure.message.split(whereSeparator: \.isNewline).joined(separator: " "))
      throw failure.status.code
    }
    if status != .success { throw status.code }
  }
}
