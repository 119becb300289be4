package org.digifin.basics.domain;

import org.digifin.basics.Checks;

/**
 * Where a transaction was made, in WGS 84 degrees.
 *
 * @param latitude -90 to 90
 * @param longitude -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

  public GeoPoint {
    Checks.check(
        latitude >= -90 && latitude <= 90, "geo.latitude", "latitude", "latitude out of range");
    Checks.check(
        longitude >= -180 && longitude <= 180,
        "geo.longitude",
        "longitude",
        "longitude out of range");
  }
}
