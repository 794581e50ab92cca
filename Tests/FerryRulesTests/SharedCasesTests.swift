import FerryRules
import Testing

/// One case of `Fixtures/cases.json` (copied from `shared/fixtures/plan/`).
private struct SharedCase: CustomTestStringConvertible, Sendable {
  var name: String
  var request: CopyRequest
  var valid: Bool
  var operation: String?
  var region: String?
  var params: [(String, JSONValue)]
  var absent: [String]
  var errorFields: [String]
  var testDescription: String { name }
}

/// Reads the cases with FerryRules' own reader; a malformed file yields no cases, which `allCasesLoad` catches.
private let sharedCases: [SharedCase] = {
  guard case .array(let items)? = try? JSONReader().read(Fixture.bytes("cases.json")) else { return [] }
  return items.compactMap { item -> SharedCase? in
    guard case .object(let fields) = item else { return nil }
    func field(_ key: String) -> JSONValue? { fields.first { $0.key == key }?.value }
    guard case .string(let name)? = field("name"), case .object(let requestFields)? = field("request"),
      case .bool(let valid)? = field("valid"), case .object(let params)? = field("params"),
      let request = try? CopyRequest.parse(json: Array(JSONValue.object(requestFields).prettyText.utf8))
    else { return nil }
    func strings(_ value: JSONValue?) -> [String] {
      guard case .array(let values)? = value else { return [] }
      return values.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }
    func string(_ value: JSONValue?) -> String? { if case .string(let text)? = value { text } else { nil } }
    return SharedCase(
      name: "\(request.resource.rawValue): \(name)", request: request, valid: valid,
      operation: string(field("operation")),
      region: string(field("region")), params: params.map { ($0.key, $0.value) }, absent: strings(field("absent")),
      errorFields: strings(field("error_fields")))
  }
}()

private func json(_ value: APIValue?) -> JSONValue? {
  switch value {
  case .string(let text)?: .string(text)
  case .integer(let number)?: .number(String(number))
  case .boolean(let flag)?: .bool(flag)
  default: nil
  }
}

@Suite struct SharedCasesTests {
  @Test func allCasesLoad() {
    #expect(sharedCases.count == 17)
  }

  @Test(arguments: sharedCases)
  fileprivate func sharedCase(_ item: SharedCase) {
    let result = plan(item.request, catalog: Fixture.catalog)
    #expect(result.valid == item.valid)
    if item.valid {
      #expect(result.operation?.rawValue == item.operation)
      #expect(result.region == item.region)
      for (name, expected) in item.params {
        #expect(json(result.parameters[name]) == expected, "\(name)")
      }
      for name in item.absent {
        #expect(result.parameters[name] == nil, "\(name)")
      }
    } else {
      let fields = result.findings.filter { $0.severity == .error }.map(\.field)
      #expect(fields.contains { item.errorFields.contains($0) }, "\(fields)")
    }
  }
}
