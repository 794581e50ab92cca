/// The tag that carries a snapshot copy's client token.
///
/// CopyImage is idempotent through its `ClientToken` parameter; CopySnapshot has none (see the
/// CopySnapshot request syntax in the seed). So ferry tags every snapshot it copies with
/// `ferry:client-token=<token>`, and after a request whose answer was lost it looks for a snapshot
/// with that tag before sending again: a lost answer never becomes a second copy.
public enum ClientTokenTag {
  public static let key = "ferry:client-token"
}
