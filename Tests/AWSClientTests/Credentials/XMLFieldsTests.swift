import Foundation
import Testing

@testable import AWSClient

// MARK: - STS answers

@Test func theFirstFieldOfEachNameIsKeptTrimmed() {
  let body = """
    <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
      <AssumeRoleResult>
        <Credentials>
          <AccessKeyId>
            ASIAEXAMPLE
          </AccessKeyId>
          <SessionToken>token&amp;more</SessionToken>
          <Expiration></Expiration>
        </Credentials>
        <AssumedRoleUser><AccessKeyId>second</AccessKeyId></AssumedRoleUser>
      </AssumeRoleResult>
    </AssumeRoleResponse>
    """
  let fields = XMLFields(Data(body.utf8))
  #expect(fields["AccessKeyId"] == "ASIAEXAMPLE")
  #expect(fields["SessionToken"] == "token&more")
  #expect(fields["Expiration"] == nil)
  #expect(fields["Credentials"] == nil)
}

@Test(arguments: [
  Data("<ErrorResponse><Error><Code>Throttling</Code>".utf8),
  Data("<ErrorResponse><Error><Code>X</Code><?pi?></Error></ErrorResponse>".utf8),
  // FoundationXML, which read these before, trapped on a name that is not UTF-8.
  Data("<ErrorResponse><Erro".utf8) + Data([0xDA]) + Data("r><Code>X</Code></Error></ErrorResponse>".utf8),
])
func malformedAnswersHaveNoFields(body: Data) {
  #expect(XMLFields(body)["Code"] == nil)
}
