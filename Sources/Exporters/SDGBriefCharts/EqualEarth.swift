import Foundation

/// The Equal Earth projection (Šavrič, Patterson & Jenny, "The Equal Earth
/// map projection", International Journal of Geographical Information
/// Science 33(3), 2019): equal-area, with straight parallels and the curved
/// meridians of a familiar world map, drawn for world maps like this one.
///
/// Written out here rather than taken from a library: the projection is four
/// published polynomial coefficients, and a PROJ binding would bring a large
/// C library into every build for one function. The tests hold it to PROJ's values.
public enum EqualEarth {
    static let a1 = 1.340264
    static let a2 = -0.081106
    static let a3 = 0.000893
    static let a4 = 0.003796
    static let m = 3.0.squareRoot() / 2

    /// Projects a point given in degrees onto the plane of a sphere of radius
    /// 1: x grows eastwards, y northwards. Longitudes outside ±180° wrap round.
    public static func project(latitude: Double, longitude: Double) -> (x: Double, y: Double) {
        let lambda = wrapped(longitude) * .pi / 180
        let phi = min(90, max(-90, latitude)) * .pi / 180
        let theta = asin(m * sin(phi))
        let t2 = theta * theta
        let t6 = t2 * t2 * t2
        let y = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2))
        let x = lambda * cos(theta) / (m * (a1 + 3 * a2 * t2 + t6 * (7 * a3 + 9 * a4 * t2)))
        return (x, y)
    }

    /// Half the width of the projected world (the equator from 0° to 180°).
    public static let halfWidth = project(latitude: 0, longitude: 180).x
    /// Half its height (the equator to a pole).
    public static let halfHeight = project(latitude: 90, longitude: 0).y

    /// `longitude` in −180…180, keeping 180 itself as 180 rather than −180.
    static func wrapped(_ longitude: Double) -> Double {
        guard longitude < -180 || longitude > 180 else { return longitude }
        let turned = (longitude + 180).truncatingRemainder(dividingBy: 360)
        return (turned < 0 ? turned + 360 : turned) - 180
    }
}
