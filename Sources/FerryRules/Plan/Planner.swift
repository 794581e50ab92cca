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
/// Each destination's own `kmsKeyId` and `name` replace the request's; two AMI copies that would land
/// in one Region under one name are refused (AMI names are unique per Region). A client token names one copy, so a
/// fan-out of more than one destination may not carry one (ferry generates one per copy).
public func planAll(_ request: CopyRequest, catalog: Catalog, facts: SourceFacts? = nil) -> [Plan] {
  guard let destinations = request.destinations else { return [plan(request, catalog: catalog, facts: facts)] }
  guard !destinations.isEmpty else {
    return [
      Plan(findings: [
        Finding(
          .error, "destinations", .destinationsEmpty,
          "destinations is empty: list at least one destination, or use destination for a single copy.")
      ])
    ]
  }
  var plans = destinations.map { destination in
    var result = plan(request.single(destination), catalog: catalog, facts: facts)
    if destinations.count > 1, request.clientToken != nil {
      result.findings.insert(
        Finding(
          .error, "clientToken", .clientTokenFanOut,
          "A client token names one copy, but this request fans out to \(destinations.count) destinations: remove clientToken and ferry generates (and keeps) one per copy."
        ), at: 0)
    }
    return result
  }
  flagSharedNames(&plans)
  return plans
}

/// Plans everything one submission asks for — every document of a request file (one, a fan-out, or a
/// list), each with what the account says about its source — with every rule, the fan-out rules
/// across the whole submission: two AMI copies landing in one Region under one name, or one client
/// token on two documents, are refused wherever they appear.
///
/// The one planner every front end's
/// admission uses; `ferry plan` prints its result.
public func planAll(_ documents: [(request: CopyRequest, facts: SourceFacts?)], catalog: Catalog) -> [Plan] {
  var plans: [Plan] = []
  var tokens: Set<String> = []
  for (request, facts) in documents {
    var documentPlans = planAll(request, catalog: catalog, facts: facts)
    if let token = request.clientToken, !tokens.insert(token).inserted {
      for index in documentPlans.indices {
        documentPlans[index].findings.insert(
          Finding(
            .error, "clientToken", .clientTokenRepeated,
            "Another request of this file already carries the client token \(token), and a token names one copy: give each request its own, or none."
          ), at: 0)
      }
    }
    plans += documentPlans
  }
  if documents.count > 1 { flagSharedNames(&plans) }
  return plans
}

/// Refuses AMI copies of one fan-out that would land in the same Region under the same name.
///
/// A plan already refused for this reason is not refused twice.
private func flagSharedNames(_ plans: inout [Plan]) {
  var seen: [String: Int] = [:]
  for index in plans.indices where plans[index].operation == .copyImage {
    guard let region = plans[index].region, case .string(let name)? = plans[index].parameters["Name"] else { continue }
    let key = region + "\u{0}" + name
    if seen[key] != nil {
      guard !plans[index].findings.contains(where: { $0.rule == Rule.fanOutDuplicateName.rawValue }) else { continue }
      plans[index].findings.insert(
        Finding(
          .error, "name", .fanOutDuplicateName,
          "Another copy of this fan-out already lands in \(region) as \(name), and AMI names are unique per Region: give this destination its own name (destinations[].name)."
        ), at: 0)
    } else {
      seen[key] = index
    }
  }
}

extension CopyRequest {
  /// The single copy of this request to `destination`, with that destination's own key and name.
  public func single(_ destination: DestinationSpec) -> CopyRequest {
    var single = self
    single.destinations = nil
    single.destination = destination
    single.destination.kmsKeyId = nil
    single.destination.name = nil
    single.kmsKeyId = destination.kmsKeyId ?? kmsKeyId
    single.name = destination.name ?? name
    return single
  }
}
