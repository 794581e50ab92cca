import FerryCloud
import FerryRules

/// The checks made against the account before a copy is sent, each a finding with a stable rule id:
/// the one preflight of the TUI's review and of `ferry plan --live`.
///
/// A DryRun of the call (permission), DescribeKey on the destination key and on the source's
/// snapshot keys (the silent "Given key ID is not accessible" failure), copies in flight against the
/// destination's limit, and an existing image with the same name. An error only where the copy would
/// certainly fail (a key not found, disabled, pending deletion or asymmetric; the name taken; the
/// dry run refused); where a check cannot be made — DescribeKey denied, as key policies that allow a
/// key's use only through EC2 (`kms:ViaService`) do, or the network failed — a warning saying what
/// could not be verified and why, and the copy may still be sent. Does I/O; never throws.
public struct Preflight: Sendable {
  public var account: any AWSAccount

  /// Concurrent copies per destination Region: 20 snapshot copies (EBS quotas, not adjustable); AMI
  /// copies are limited too, at a documented 100 (CopyingAMIs), beyond which EC2 answers ResourceLimitExceeded.
  public static let snapshotCopyLimit = 20
  public static let imageCopyLimit = 100

  public init(account: any AWSAccount) { self.account = account }

  /// Every check of one copy, concurrently.
  public func run(_ input: PreflightInput) async -> [Finding] {
    async let dryRun = dryRun(input.call)
    async let destinationKey = destinationKey(input.call)
    async let sourceKeys = sourceKeys(input)
    async let inFlight = inFlight(input.call)
    async let sameName = sameName(input)
    return await dryRun + destinationKey + sourceKeys + inFlight + sameName
  }

  /// The plans with each copy's preflight findings added (every copy concurrently); a plan without a
  /// call is left as it is.
  public func run(_ plans: [Plan], facts: [SourceFacts?]) async -> [Plan] {
    await withTaskGroup(of: (Int, [Finding]).self) { group in
      for (index, plan) in plans.enumerated() {
        guard let input = PreflightInput(plan: plan, facts: index < facts.count ? facts[index] : nil) else { continue }
        group.addTask { (index, await run(input)) }
      }
      var checked = plans
      for await (index, findings) in group {
        checked[index].findings = Finding.sortedBySeverity(checked[index].findings + findings)
      }
      return checked
    }
  }

  func dryRun(_ call: APICall) async -> [Finding] {
    var dry = call
    dry.parameters["DryRun"] = .boolean(true)
    do {
      _ = try await account.copy(dry)
      return [
        Finding(
          .warning, "dryRun", .preflightDryRun,
          "The dry run did not answer as expected: whether you may call \(call.operation.rawValue) in \(call.region) is not verified."
        )
      ]
    } catch let error as AWSError where error.isDryRunSuccess {
      return [
        Finding(
          .info, "dryRun", .preflightDryRun,
          "Dry run passed: you may call \(call.operation.rawValue) in \(call.region).")
      ]
    } catch let error as AWSError where Self.isCertain(error) {
      return [Finding(.error, "dryRun", .preflightDryRun, "Dry run refused: \(error.description)")]
    } catch {
      return [Finding(.warning, "dryRun", .preflightDryRun, "The dry run could not be made: \(Self.words(error)).")]
    }
  }

  func destinationKey(_ call: APICall) async -> [Finding] {
    guard case .string(let keyId)? = call.parameters["KmsKeyId"] else { return [] }
    do {
      let key = try await account.describeKey(keyId, in: call.region)
      if let refusal = key.ebsRefusal {
        let remedy = key.remedy(region: call.region).map { " " + $0 } ?? ""
        return [
          Finding(.error, "kmsKeyId", .preflightDestinationKey, "\(keyId) in \(call.region): \(refusal)\(remedy)")
        ]
      }
      return [
        Finding(
          .info, "kmsKeyId", .preflightDestinationKey, "\(keyId) exists in \(call.region), enabled and symmetric.")
      ]
    } catch let error as AWSError where Self.isNotFound(error) {
      return [
        Finding(
          .error, "kmsKeyId", .preflightDestinationKey,
          "\(keyId) does not exist in \(call.region), the Region the copy is made in: \(error.description)")
      ]
    } catch {
      return [
        Finding(
          .warning, "kmsKeyId", .preflightDestinationKey,
          "\(keyId) in \(call.region) could not be verified (\(Self.words(error))); the copy may still work if the key policy allows its use through EC2."
        )
      ]
    }
  }

  func sourceKeys(_ input: PreflightInput) async -> [Finding] {
    var findings: [Finding] = []
    for keyId in input.sourceKeyIds {
      do {
        let key = try await account.describeKey(keyId, in: input.sourceRegion)
        if !key.isEnabled {
          let remedy = key.remedy(region: input.sourceRegion).map { " " + $0 } ?? ""
          findings.append(
            Finding(
              .error, "source", .preflightSourceKey,
              "The source's key \(keyId) is \(key.keyState): the copy would fail with \"Given key ID is not accessible\".\(remedy)"
            ))
        }
      } catch let error as AWSError where Self.isNotFound(error) {
        findings.append(
          Finding(
            .error, "source", .preflightSourceKey,
            "The source's key \(keyId) no longer exists (\(error.description)): the copy would fail with \"Given key ID is not accessible\"."
          ))
      } catch {
        findings.append(
          Finding(
            .warning, "source", .preflightSourceKey,
            "The source's key \(keyId) could not be verified (\(Self.words(error))); if EC2 cannot use it either, the copy fails later with \"Given key ID is not accessible\"."
          ))
      }
    }
    return findings
  }

  func inFlight(_ call: APICall) async -> [Finding] {
    do {
      let count: Int
      let limit: Int
      if call.operation == .copySnapshot {
        let query = SnapshotQuery(owners: ["self"], filters: [Filter(name: "status", values: ["pending"])])
        count = try await account.snapshots(in: call.region, query: query, nextToken: nil).items.count
        limit = Self.snapshotCopyLimit
      } else {
        let query = ImageQuery(owners: ["self"], filters: [Filter(name: "state", values: ["pending"])])
        count = try await account.images(in: call.region, query: query, nextToken: nil).items.count
        limit = Self.imageCopyLimit
      }
      if count >= limit {
        return [
          Finding(
            .warning, "destination", .preflightConcurrentCopies,
            "\(count) copies already in flight in \(call.region) (limit \(limit)): this one may be refused with ResourceLimitExceeded until some finish; ferry copy queues it."
          )
        ]
      }
      return count > 0
        ? [
          Finding(
            .info, "destination", .preflightConcurrentCopies,
            "\(count) of \(limit) concurrent copies in flight in \(call.region).")
        ] : []
    } catch {
      return [
        Finding(
          .warning, "destination", .preflightConcurrentCopies,
          "Could not count copies in flight in \(call.region): \(Self.words(error)).")
      ]
    }
  }

  func sameName(_ input: PreflightInput) async -> [Finding] {
    guard let name = input.imageName, !name.isEmpty else { return [] }
    do {
      let query = ImageQuery(owners: ["self"], filters: [Filter(name: "name", values: [name])])
      let existing = try await account.images(in: input.call.region, query: query, nextToken: nil).items
      guard let first = existing.first else { return [] }
      return [
        Finding(
          .error, "name", .preflightNameTaken,
          "An image named \"\(name)\" already exists in \(input.call.region) (\(first.id)); AMI names are unique per Region."
        )
      ]
    } catch {
      return [
        Finding(
          .warning, "name", .preflightNameTaken, "Could not check for an image named \"\(name)\": \(Self.words(error))."
        )
      ]
    }
  }

  /// KMS's and EC2's answers that a key does not exist.
  static func isNotFound(_ error: AWSError) -> Bool {
    error.code == "NotFoundException" || error.code.hasSuffix(".NotFound")
  }

  /// An answer from EC2 itself refusing the call: the real call would be refused the same way.
  static func isCertain(_ error: AWSError) -> Bool {
    error.kind == .service || (error.kind == .credentials && error.code == "UnauthorizedOperation")
  }

  private static func words(_ error: any Error) -> String {
    (error as? AWSError)?.description ?? String(describing: error)
  }
}
