import AWSClient
import Foundation
import Testing

// MARK: - XML envelopes

@Test(arguments: [
  (
    "<Response><Errors><Error><Code>InvalidAMIID.NotFound</Code><Message>The image id '[ami-1]' does not exist</Message></Error></Errors><RequestID>req-1</RequestID></Response>",
    ErrorEnvelope(code: "InvalidAMIID.NotFound", message: "The image id '[ami-1]' does not exist", requestId: "req-1")
  ),
  (
    "<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestId>req-2</RequestId></Response>",
    ErrorEnvelope(code: "RequestLimitExceeded", message: "Request limit exceeded.", requestId: "req-2")
  ),
  (
    "<Whatever xmlns=\"x\"><Errors><Error><Code>AuthFailure</Code><Message>AWS was not able to validate the provided access credentials</Message></Error></Errors></Whatever>",
    ErrorEnvelope(code: "AuthFailure", message: "AWS was not able to validate the provided access credentials")
  ),
  (
    "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message></Error><RequestId>req-3</RequestId></ErrorResponse>",
    ErrorEnvelope(
      code: "InvalidClientTokenId", message: "The security token included in the request is invalid.",
      requestId: "req-3")
  ),
])
func xmlErrorEnvelopes(body: String, expected: ErrorEnvelope) {
  #expect(ErrorEnvelope.fromXML(Data(body.utf8)) == expected)
}

@Test func motoErrorAsRecorded() {
  let body = """
    <?xml version="1.0" encoding="utf-8"?>
    <Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15"><Errors><Error><Code>InvalidAMIID.NotFound</Code>\
    <Message>The image id '[ami-00000000000000000]' does not exist</Message></Error></Errors><RequestID>request-id</RequestID></Response>
    """
  #expect(ErrorEnvelope.fromXML(Data(body.utf8))?.code == "InvalidAMIID.NotFound")
}

@Test(arguments: ["", "<html><body>Bad Gateway</body></html>", "<Response><Errors><Error><Code>Cut", "{}"])
func bodiesWithoutAnErrorGiveNothing(body: String) {
  #expect(ErrorEnvelope.fromXML(Data(body.utf8)) == nil)
}

// MARK: - JSON envelopes

@Test(arguments: [
  (
    "{\"__type\":\"NotFoundException\",\"message\":\"Key 'x' does not exist\"}", nil, "NotFoundException",
    "Key 'x' does not exist"
  ),
  (
    "{\"__type\":\"com.amazonaws.kms#KMSInvalidStateException\",\"Message\":\"pending\"}", nil,
    "KMSInvalidStateException", "pending"
  ),
  ("{\"message\":\"Denied\"}", "AccessDeniedException:http://internal.amazon.com/", "AccessDeniedException", "Denied"),
])
func jsonErrorEnvelopes(body: String, header: String?, code: String, message: String) {
  let envelope = ErrorEnvelope.fromJSON(Data(body.utf8), headerType: header, requestId: "r")
  #expect(envelope == ErrorEnvelope(code: code, message: message, requestId: "r"))
}

// Found by the json fuzz target (Fuzz/): a type that is only a namespace gave an error with an empty
// code, which users then saw as "failed with HTTP status 503 ()".
@Test(arguments: [
  "{\"__type\":\"Throttl1234abcd-12ab-34cd-5e6f-1234567890abed#\"}",
  "{\"__type\":\"com.amazonaws.kms#\",\"message\":\"m\"}",
  "{\"code\":\":http://internal.amazon.com/\"}",
])
func jsonTypesThatNameNoCodeAreNotEnvelopes(body: String) {
  #expect(ErrorEnvelope.fromJSON(Data(body.utf8)) == nil)
}

@Test func emptyJSONTypeFallsBackToNoEnvelopeAndTheStatusCode() {
  let error = ErrorClassifier.serviceError(
    status: 503, envelope: ErrorEnvelope.fromJSON(Data("{\"__type\":\"ns#\"}".utf8)),
    context: .init(operation: "ListOutposts", region: "us-east-1", credentialsLabel: "profile p", attempts: 3))
  #expect(error.code == "HTTP503")
  #expect(error.message == "ListOutposts in us-east-1 failed with HTTP status 503 and no error AWS could name")
}
