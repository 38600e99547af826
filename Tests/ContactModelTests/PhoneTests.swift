import ContactModel
import Testing

/// What a phone says of its normalised form.
@Suite struct PhoneTests {
    @Test func isNormalizedOnceANormaliserReadIt() {
        var phone = Phone(value: "099 123 4567", kind: .mobile)
        #expect(!phone.isNormalized)
        phone.normalized = NormalizedPhone(
            e164: "+593991234567", waID: "593991234567", lineType: .mobile, isValid: true, region: "EC")
        #expect(phone.isNormalized)
        phone.normalized = nil
        #expect(!phone.isNormalized)
    }
}
