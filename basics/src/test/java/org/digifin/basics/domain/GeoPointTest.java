package org.digifin.basics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digifin.basics.ValidationAssertions.assertFailsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeoPointTest {

  @Test
  void keepsShanghai() {
    GeoPoint shanghai = new GeoPoint(31.2304, 121.4737);
    assertThat(shanghai.latitude()).isEqualTo(31.2304);
    assertThat(shanghai.longitude()).isEqualTo(121.4737);
  }

  @Test
  void acceptsTheBoundsThemselves() {
    assertThat(new GeoPoint(-90, -180)).isNotNull();
    assertThat(new GeoPoint(90, 180)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(doubles = {-90.0001, 90.0001, Double.NaN, Double.POSITIVE_INFINITY})
  void refusesLatitudesOutOfRange(double latitude) {
    assertFailsWith("geo.latitude", "latitude", () -> new GeoPoint(latitude, 0));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-180.0001, 180.0001, Double.NaN, Double.NEGATIVE_INFINITY})
  void refusesLongitudesOutOfRange(double longitude) {
    assertFailsWith("geo.longitude", "longitude", () -> new GeoPoint(0, longitude));
  }
}
