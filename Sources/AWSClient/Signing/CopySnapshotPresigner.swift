import AWSSigning
import FerryCloud
import FerryRules
import Foundation

/// Adds `PresignedUrl` and `DestinationRegion` to a CopySnapshot call, as every AWS SDK does.
///
/// The URL is a GET to the *source* Region's endpoint carrying every serialized parameter plus
/// `DestinationRegion`, query-signed with the source Region's scope for 3600 s. A caller-supplied
/// `PresignedUrl` is left alone and then no `DestinationRegion` is added either. Pure: the date and
/// credentials are parameters.
///
/// Spec: botocore `handlers.py` `inject_presigned_url_ec2` and `_get_cross_region_presigned_url`;
/// the CopySnapshot API reference (`PresignedUrl`).
public struct CopySnapshotPresigner: Sendable {
  public static let expires = 3600

  public let signer: any RequestSigning

  public init(signer: any RequestSigning) {
    self.signer = signer
  }

  /// - Parameters:
  ///   - parameters: the CopySnapshot parameters as planned.
  ///   - destinationRegion: the client's Region (whose endpoint receives the call).
  ///   - sourceEndpoint: the source Region's endpoint, or the custom endpoint unchanged.
  public func parameters(
    _ parameters: [String: APIValue], destinationRegion: String, sourceEndpoint: URL, credentials: Credentials,
    date: Date
  ) throws(AWSError) -> [String: APIValue] {
    if parameters["PresignedUrl"] != nil { return parameters }
    guard case .string(let sourceRegion)? = parameters["SourceRegion"], !sourceRegion.isEmpty else {
      throw AWSError(
        kind: .configuration, code: "MissingParameter", message: "CopySnapshot needs SourceRegion to presign the copy")
    }
    let pairs =
      EC2QuerySerializer(action: Operation.copySnapshot.rawValue).pairs(parameters)
      + [("DestinationRegion", destinationRegion)]
    var base = sourceEndpoint.absoluteString
    if !base.hasSuffix("/") { base += "/" }
    guard let url = URL(string: base) else {
      throw AWSError(
        kind: .configuration, code: "InvalidEndpoint", message: "\(base) cannot carry a presigned CopySnapshot URL")
    }
    let presigned = signer.presign(
      url, parameters: pairs, method: "GET", credentials: credentials, region: sourceRegion,
      service: AWSService.ec2.signingName,
      date: date, expires: Self.expires)
    var result = parameters
    result["PresignedUrl"] = .string(presigned.absoluteString)
    result["DestinationRegion"] = .string(destinationRegion)
    return result
  }
}
