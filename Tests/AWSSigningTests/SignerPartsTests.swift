import Foundation
import Testing

@testable import AWSSigning

/// The signer's building blocks on inputs the suites do not reach.
struct SignerPartsTests {
  // MARK: - RFC 3986 encoding

  @Test(arguments: [
    ("AZaz09-._~", "AZaz09-._~"),
    ("a b", "a%20b"),
    ("a+b/c=d&e", "a%2Bb%2Fc%3Dd%26e"),
    ("ሴ", "%E1%88%B4"),
    ("*", "%2A"),
  ])
  func encodesOutsideTheUnreservedSet(raw: String, encoded: String) {
    #expect(URIEncoding.encode(raw) == encoded)
  }

  // MARK: - Dates

  @Test(arguments: [
    (0.0, "19700101T000000Z"),
    (951_782_400.0, "20000229T000000Z"),  // a leap day
    (1_440_938_160.0, "20150830T123600Z"),
    (1_798_761_599.9, "20261231T235959Z"),  // fractions are dropped, not rounded
  ])
  func formatsTimestampsInUTC(seconds: Double, timestamp: String) {
    let date = AMZDate(Date(timeIntervalSince1970: seconds))
    #expect(date.timestamp == timestamp)
    #expect(date.day == String(timestamp.prefix(8)))
  }

  // MARK: - Canonical parts

  @Test(arguments: [
    ("", true, "/"),
    ("/a/./b/../c", true, "/a/c"),
    ("/a/b/..", true, "/a/"),
    ("/a%2Fb", true, "/a%2Fb"),  // an encoded slash stays inside its segment
    ("/a%2Fb", false, "/a%2Fb"),
    ("/x//y", false, "/x//y"),
  ])
  func canonicalURI(path: String, normalize: Bool, expected: String) {
    #expect(SigV4Signer.canonicalURI(path, normalize: normalize) == expected)
  }

  @Test func canonicalQueryGivesNamesWithoutValueAnEmptyValue() {
    #expect(SigV4Signer.canonicalQuery("b=2&a&c=%20", extra: []) == "a=&b=2&c=%20")
  }

  @Test func collapsesWhitespaceRunsAndTrims() {
    #expect(SigV4Signer.collapsingWhitespace("  a \t b\n   c  ") == "a b c")
  }

  @Test(arguments: [
    ("https://ec2.us-east-1.amazonaws.com/", "ec2.us-east-1.amazonaws.com"),
    ("https://ec2.us-east-1.amazonaws.com:443/", "ec2.us-east-1.amazonaws.com"),
    ("http://127.0.0.1:5000/", "127.0.0.1:5000"),
    ("http://[::1]:8080/", "[::1]:8080"),
  ])
  func hostHeaderKeepsOnlyNonDefaultPorts(url: String, host: String) throws {
    #expect(SigV4Signer.hostHeader(for: try #require(URL(string: url))) == host)
  }

  // MARK: - Signing key cache

  @Test func cachedKeyMatchesAFreshDerivationAcrossDays() throws {
    let signer = SigV4Signer(
      credentials: Credentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret"), region: "us-east-1",
      service: "ec2")
    let url = try #require(URL(string: "https://ec2.us-east-1.amazonaws.com/"))
    for seconds in [1_440_938_160.0, 1_440_938_161.0, 1_441_024_560.0, 1_440_938_160.0] {
      let date = Date(timeIntervalSince1970: seconds)
      let cached = signer.signHeaders(method: "GET", url: url, date: date)
      let fresh = SigV4Signer(credentials: signer.credentials, region: "us-east-1", service: "ec2")
        .signHeaders(method: "GET", url: url, date: date)
      #expect(cached.map(\.value) == fresh.map(\.value))
    }
  }
}
