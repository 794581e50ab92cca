import FerryCloud
import FerryRules
import Foundation

/// Carries out one CopyImage or CopySnapshot call on the sandbox state, in EC2's order.
///
/// 1. The endpoint Region must exist and be enabled; the parameters must parse.
/// 2. A ClientToken already used in that Region returns its copy again (same parameters) or fails
///    with `IdempotentParameterMismatch` (different ones), before anything else is checked.
/// 3. SourceRegion must be a Region and the source must exist there; the rules and the account's
///    own checks must pass.
/// 4. The concurrent-copy limit of the destination Region must leave room.
/// 5. DryRun stops here with `DryRunOperation`; otherwise the copy is created.
/// Works on a state value; never performs I/O.
struct CopyService {
  var world: SandboxWorld
  var limits: SandboxLimits
  var now: Date

  func copy(_ call: APICall, state: inout SandboxState) throws(AWSError) -> String {
    _ = try world.endpoint(call.region)
    let parameters = try CopyParameters(call)
    if !parameters.dryRun, let earlier = earlierUse(of: parameters, in: state) {
      guard earlier.fingerprint == parameters.fingerprint, earlier.operation == parameters.operation.rawValue else {
        throw EC2Errors.idempotentMismatch(earlier.token)
      }
      return earlier.resourceId
    }
    guard world.region(named: parameters.sourceRegion) != nil else {
      throw EC2Errors.invalidValue(parameters.sourceRegion, parameter: "SourceRegion")
    }
    let source = try CopySource.find(parameters, in: state, accountId: world.accountId)
    let destination = try CopyAdmission(world: world).admit(parameters, source: source, state: state, now: now)
    try limits.check(parameters.operation, region: destination.region, state: state, now: now)
    if parameters.dryRun { throw EC2Errors.dryRunSucceeded() }

    let maker = CopyMaker(world: world, now: now)
    let id =
      switch source {
      case .image(let record): maker.makeImage(from: record, parameters, to: destination, in: &state)
      case .snapshot(let record): maker.makeSnapshot(from: record, parameters, to: destination, in: &state)
      }
    if let token = parameters.clientToken {
      state.tokens.append(
        SandboxState.TokenRecord(
          region: parameters.endpoint, operation: parameters.operation.rawValue, token: token,
          fingerprint: parameters.fingerprint, resourceId: id))
    }
    return id
  }

  private func earlierUse(of parameters: CopyParameters, in state: SandboxState) -> SandboxState.TokenRecord? {
    guard let token = parameters.clientToken else { return nil }
    return state.tokens.first { $0.region == parameters.endpoint && $0.token == token }
  }
}
