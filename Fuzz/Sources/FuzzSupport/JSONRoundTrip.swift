import FerryRules

/// Checks that a value the strict JSON reader accepted reads back equal after `prettyText`.
///
/// ferry writes plans and reports with `prettyText` and reads requests with `JSONReader`: text one
/// writes that the other cannot read, or reads differently, is a bug in one of them.
public func checkJSONRoundTrip(_ value: JSONValue) {
  let text = value.prettyText
  let again = try? JSONReader(maxBytes: Int.max).read(Array(text.utf8))
  invariant(again == value, "prettyText does not read back to the same value: \(text.prefix(200))")
}
