/// Stops the fuzz run when a decoded value breaks an invariant the parser promises.
///
/// libFuzzer saves the input that led here as `crash-…`, so a broken invariant is reported exactly like
/// a crash. Used only by the fuzz targets, never by ferry itself.
public func invariant(
  _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
  file: StaticString = #fileID, line: UInt = #line
) {
  guard condition() else {
    // Trapping is the point: it is how a fuzz target reports a finding to libFuzzer.
    fatalError("invariant broken: \(message())", file: file, line: line)
  }
}
