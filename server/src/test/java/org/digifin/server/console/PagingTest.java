package org.digifin.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.digifin.server.web.PageRequest;
import org.junit.jupiter.api.Test;

class PagingTest {

  @Test
  void forgivesWhatAnAddressBarCanHold() {
    assertThat(Paging.request("2", "50")).isEqualTo(new PageRequest(2, 50));
    assertThat(Paging.request("-1", "0")).isEqualTo(new PageRequest(0, 1));
    assertThat(Paging.request("two", "9999")).isEqualTo(new PageRequest(0, Paging.MAX_SIZE));
    assertThat(Paging.request(null, null)).isEqualTo(new PageRequest(0, Paging.DEFAULT_SIZE));
  }
}
