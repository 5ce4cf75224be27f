import Foundation
import SDGBriefLoader

// Feeds arbitrary bytes to the loader and validator. Any outcome but a report
// or a ReportLoadError (a crash, a hang, a sanitizer report) is a bug; every
// diagnostic must also be a single line, as the command line promises.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    do {
        _ = try ReportLoader().load(data: data, name: "fuzz.yaml")
    } catch {
        for diagnostic in error.diagnostics where diagnostic.description.contains("\n") {
            fatalError("diagnostic spans lines: \(diagnostic.description.debugDescription)")
        }
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

// SwiftPM links an executable's entry point as `<Target>_main`; handing
// control to libFuzzer's driver from there lets the target build as an
// ordinary executable product.
@_cdecl("FuzzReportLoader_main")
public func fuzzerMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { fuzzOneInput($0, $1) }
}
