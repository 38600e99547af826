#if canImport(Glibc)
import Glibc
#endif
import PhoneNormalization

/// Every region once, sorted; one more slot stands for "no default region".
private let regions = RegionCode.allRegions

/// libFuzzer entry point for the phone parser: the first byte picks the default region, the rest
/// is the number as typed, read with both tolerances.
@_cdecl("LLVMFuzzerTestOneInput")
public func phoneFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let slot = Int(bytes[0]) % (regions.count + 1)
    let region = slot < regions.count ? regions[slot] : nil
    let raw = String(decoding: bytes.dropFirst(), as: UTF8.self)
    for tolerance in [PhoneNumber.Tolerance.libphonenumber, .addressBook] {
        if let number = try? PhoneNumber(parsing: raw, defaultRegion: region, tolerance: tolerance) {
            _ = number.e164
        }
    }
    return 0
}

/// With `FUZZ_LIST_REGIONS=1`, prints the regions in first-byte order and exits, so that seeds
/// can be written with the byte of the region they are meant for.
@_cdecl("LLVMFuzzerInitialize")
public func phoneFuzzerInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    if let flag = getenv("FUZZ_LIST_REGIONS"), String(cString: flag) == "1" {
        for region in regions {
            print(region.rawValue)
        }
        exit(0)
    }
    return 0
}
