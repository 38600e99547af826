import Testing
@testable import VCardFormat

/// RFC 4648 §10's test vectors, with and without padding and folded; and what is no base64.
@Suite struct Base64DecoderTests {
    @Test(arguments: [
        ("", ""), ("Zg==", "f"), ("Zm8=", "fo"), ("Zm9v", "foo"), ("Zm9vYg==", "foob"), ("Zm9vYmE=", "fooba"),
        ("Zm9vYmFy", "foobar"), ("Zm9vYg", "foob"), ("Zm9v\r\n YmFy", "foobar"),
    ])
    func decodesTheRFCVectors(encoded: String, decoded: String) {
        #expect(Base64Decoder.decode(Array(encoded.utf8)) == Array(decoded.utf8))
    }

    @Test(arguments: ["Zm9v!", "Z", "Zm9vY", "Zg==Zg==", "Zg==="])
    func refusesWhatIsNoBase64(encoded: String) {
        #expect(Base64Decoder.decode(Array(encoded.utf8)) == nil)
    }
}
