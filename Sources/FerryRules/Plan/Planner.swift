/// Plans a copy request: validates it against every rule and works out the one EC2 call it becomes.
///
/// Pure and cheap: the TUI calls it on every keystroke, the sandbox on every call it receives. It plans
/// `request.destination` (see `planAll` for a fan-out) and never does I/O.
public func plan(_ request: CopyRequest, catalog: Catalog) -> Plan {
  plan(request, catalog: catalog, facts: nil)
}

/// Plans a copy request with facts known from the live source, so the rules that need them can fire.
public func plan(_ request: CopyRequest, catalog: Catalog, facts: SourceFacts?) -> Plan {
  var findings: [Finding] = []
  findings.reserveCapacity(8)
  let source = Places.source(request.source, catalog: catalog, findings: &findings)
  let destination = Places.destination(request.destination, catalog: catalog, findings: &findings)
  if let source, let destination, let route = Routes.finding(request.resource, from: source, to: destination) {
    findings.append(route)
  }
  FieldRules.check(request, findings: &findings)
  TagRules.check(request, findings: &findings)
  EncryptionRules.check(request, destination: destination, facts: facts, findings: &findings)
  CompletionDurationRules.check(
    request.completionDurationMinutes, source: source, destination: destination, findings: &findings)

  let operation: Operation = request.resource == .image ? .copyImage : .copySnapshot
  let parameters = Parameters.build(request, operation: operation, source: source, destination: destination)
  let region = destination?.regionName
  return Plan(
    operation: operation,
    region: region,
    parameters: parameters,
    findings: Finding.sortedBySeverity(findings),
    cli: region.map { region in
      AWSCLICommand.render(
        operation: operation, region: region, parameters: parameters,
        tagSpecificationsJSON: TagSpecificationJSON.write(Parameters.tagSets(request, operation: operation)))
    }
  )
}

/// Plans every copy a request asks for: one plan per entry of `destinations`, or the one plan of
/// `destination` when the request is not a fan-out.
///
/// Each destination's own `kmsKeyId` replaces the request's. A client token names one copy, so a
/// fan-out of more than one destination may not carry one (ferry generates one per copy).
public func planAll(_ request: CopyRequest, catalog: Catalog, facts: SourceFacts? = nil) -> [Plan] {
  guard let destinations = request.destinations else { return [plan(request, catalog: catalog, facts: facts)] }
  guard !destinations.isEmpty else {
    return [Plan(findings: [Finding(.error, "destinations", .destinationsEmpty,
      "destinations is empty: list at least one destination, or use destination for a single copy.")])]
  }
  return destinations.map { destination in
    var single = request
    single.destinations = nil
    single.destination = destination
    single.destination.kmsKeyId = nil
    single.kmsKeyId = destination.kmsKeyId ?? request.kmsKeyId
    var result = plan(single, catalog: catalog, facts: facts)
    if destinations.count > 1, request.clientToken != nil {
      result.findings.insert(Finding(.error, "clientToken", .clientTokenFanOut,
        "A client token names one copy, but this request fans out to \(destinations.count) destinations: remove clientToken and ferry generates (and keeps) one per copy."), at: 0)
    }
    return result
  }
}
