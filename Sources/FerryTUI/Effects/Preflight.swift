import FerryCloud
import FerryRules

/// The checks made against the account before a submit, each turned into a finding for the review.
///
/// A DryRun of the call (permission), DescribeKey on the destination key and on the source's snapshot
/// keys (the silent "Given key ID is not accessible" failure), copies in flight against the
/// destination's limit, and an existing image with the same name. Does I/O; run only as a command.
public struct Preflight: Sendable {
  public var account: any AWSAccount

  /// Concurrent copies per destination Region: 20 snapshot copies (EBS quotas, not adjustable); AMI
  /// copies are limited too, at a documented 100 (CopyingAMIs), beyond which EC2 answers ResourceLimitExceeded.
  public static let snapshotCopyLimit = 20
  public static let imageCopyLimit = 100

  public init(account: any AWSAccount) { self.account = account }

  public func run(_ input: PreflightInput) async -> [Finding] {
    async let dryRun = dryRun(input.call)
    async let destinationKey = destinationKey(input.call)
    async let sourceKeys = sourceKeys(input)
    async let inFlight = inFlight(input.call)
    async let sameName = sameName(input)
    return await dryRun + destinationKey + sourceKeys + inFlight + sameName
  }

  func dryRun(_ call: APICall) async -> [Finding] {
    var dry = call
    dry.parameters["DryRun"] = .boolean(true)
    do {
      _ = try await account.copy(dry)
      return [
        finding(
          .warning, "dryRun", "preflight-dry-run", "The dry run did not answer as expected; permission is unknown.")
      ]
    } catch let error as AWSError where error.isDryRunSuccess {
      return [
        finding(
          .info, "dryRun", "preflight-dry-run",
          "Dry run passed: you may call \(call.operation.rawValue) in \(call.region).")
      ]
    } catch {
      return [finding(.error, "dryRun", "preflight-dry-run", "Dry run refused: \(Failure(error).description)")]
    }
  }

  func destinationKey(_ call: APICall) async -> [Finding] {
    guard case .string(let keyId)? = call.parameters["KmsKeyId"] else { return [] }
    do {
      let key = try await account.describeKey(keyId, in: call.region)
      if let refusal = KeyPicker.refusal(key) {
        return [finding(.error, "kmsKeyId", "preflight-destination-key", "\(keyId) in \(call.region): \(refusal)")]
      }
      return [
        finding(
          .info, "kmsKeyId", "preflight-destination-key", "\(keyId) exists in \(call.region), enabled and symmetric.")
      ]
    } catch {
      return [
        finding(
          .error, "kmsKeyId", "preflight-destination-key",
          "\(keyId) is not usable in \(call.region): \(Failure(error).description)")
      ]
    }
  }

  func sourceKeys(_ input: PreflightInput) async -> [Finding] {
    var findings: [Finding] = []
    for keyId in input.sourceKeyIds {
      do {
        let key = try await account.describeKey(keyId, in: input.sourceRegion)
        if !key.isEnabled {
          findings.append(
            finding(
              .error, "source", "preflight-source-key",
              "The source's key \(keyId) is \(key.keyState): the copy would fail."))
        }
      } catch {
        findings.append(
          finding(
            .error, "source", "preflight-source-key",
            "The source's key \(keyId) is not accessible to you (\(Failure(error).description)); the copy would fail later with \"Given key ID is not accessible\"."
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
          finding(
            .warning, "destination", "preflight-concurrent-copies",
            "\(count) copies already in flight in \(call.region) (limit \(limit)): this one may be refused with ResourceLimitExceeded until some finish."
          )
        ]
      }
      return count > 0
        ? [
          finding(
            .info, "destination", "preflight-concurrent-copies",
            "\(count) of \(limit) concurrent copies in flight in \(call.region).")
        ] : []
    } catch {
      return [
        finding(
          .warning, "destination", "preflight-concurrent-copies",
          "Could not count copies in flight in \(call.region): \(Failure(error).description)")
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
        finding(
          .error, "name", "preflight-name-taken",
          "An image named \"\(name)\" already exists in \(input.call.region) (\(first.id)); AMI names are unique per Region."
        )
      ]
    } catch {
      return [
        finding(
          .warning, "name", "preflight-name-taken",
          "Could not check for an image named \"\(name)\": \(Failure(error).description)")
      ]
    }
  }

  private func finding(_ severity: Finding.Severity, _ field: String, _ rule: String, _ message: String) -> Finding {
    Finding(severity: severity, field: field, rule: rule, message: message)
  }
}
