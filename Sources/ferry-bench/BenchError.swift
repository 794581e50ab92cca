/// A benchmark that could not measure what it claims to (wrong answer, missing input).
///
/// Its description is the sentence printed before the bench exits with status 1.
struct BenchError: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) {
    self.description = description
  }
}
