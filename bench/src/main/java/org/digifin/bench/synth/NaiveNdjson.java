package org.digifin.bench.synth;

import org.digifin.basics.domain.Transaction;

/**
 * The obvious NDJSON formatter over {@link Transaction} records: the peer the simulator's is
 * measured against.
 */
final class NaiveNdjson {

  private NaiveNdjson() {}

  static void append(StringBuilder s, Transaction t) {
    s.append("{\"id\":\"").append(t.id().value());
    s.append("\",\"timestamp\":\"").append(t.timestamp());
    s.append("\",\"payer\":\"").append(t.payer().value());
    s.append("\",\"payee\":\"").append(t.payee().value());
    s.append("\",\"amount\":\"").append(t.amount().amount().toPlainString());
    s.append("\",\"currency\":\"").append(t.amount().currency().code());
    s.append("\",\"channel\":\"").append(t.channel().name());
    s.append("\",\"type\":\"").append(t.type().name()).append('"');
    t.deviceId().ifPresent(d -> s.append(",\"deviceId\":\"").append(d).append('"'));
    t.geo()
        .ifPresent(
            g ->
                s.append(",\"latitude\":")
                    .append(g.latitude())
                    .append(",\"longitude\":")
                    .append(g.longitude()));
    t.counterpartyBank().ifPresent(b -> s.append(",\"counterpartyBank\":\"").append(b).append('"'));
    s.append("}\n");
  }
}
