/// The AWS services ferry calls, with the names their endpoints and signatures use.
public enum AWSService: String, Sendable, Equatable, Hashable, CaseIterable {
  case ec2
  case sts
  case kms
  case outposts

  /// The first label of the service's host name.
  public var endpointPrefix: String { rawValue }
  /// The service name in the SigV4 credential scope.
  public var signingName: String { rawValue }
}
