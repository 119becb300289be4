package org.digifin.synth.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatternRecorderTest {

  @Test
  void tagsCarryInstanceTypologyAndRole() {
    PatternRecorder recorder = new PatternRecorder();
    EventBuffer events = new EventBuffer();
    recorder.begin(Typology.CYCLE, events);
    long tag = recorder.tag(PatternRole.HOP);
    assertThat(PatternRecorder.instance(tag)).isEqualTo(1);
    assertThat(PatternRecorder.typology(tag)).isEqualTo(Typology.CYCLE);
    assertThat(PatternRecorder.role(tag)).isEqualTo(PatternRole.HOP);
    assertThat(PatternRecorder.patternId(42)).isEqualTo("PAT0000042");
  }

  @Test
  void anInstanceThatWouldEndAfterTheRunIsDroppedWhole() {
    PatternRecorder recorder = new PatternRecorder();
    EventBuffer events = new EventBuffer();
    events.add(5, 1, 2, 100, 0, 0, -1, EventBuffer.NO_GEO, EventBuffer.NO_GEO, 0);
    recorder.begin(Typology.FAN_IN, events);
    recorder.account(2, PatternRole.SINK);
    events.add(
        10,
        3,
        2,
        100,
        0,
        0,
        -1,
        EventBuffer.NO_GEO,
        EventBuffer.NO_GEO,
        recorder.tag(PatternRole.INFLOW));
    events.add(
        99,
        4,
        2,
        100,
        0,
        0,
        -1,
        EventBuffer.NO_GEO,
        EventBuffer.NO_GEO,
        recorder.tag(PatternRole.INFLOW));
    assertThat(recorder.commit(events, 50)).isFalse();
    assertThat(events.size).isEqualTo(1);
    assertThat(recorder.committed).isEmpty();
    assertThat(recorder.instancesCommitted()).isZero();

    recorder.begin(Typology.FAN_IN, events);
    recorder.account(2, PatternRole.SINK);
    events.add(
        10,
        3,
        2,
        100,
        0,
        0,
        -1,
        EventBuffer.NO_GEO,
        EventBuffer.NO_GEO,
        recorder.tag(PatternRole.INFLOW));
    assertThat(recorder.commit(events, 50)).isTrue();
    assertThat(recorder.committed).hasSize(1);
    assertThat(recorder.instancesCommitted()).isEqualTo(1);
  }
}
