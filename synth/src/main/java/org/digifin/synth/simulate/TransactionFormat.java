package org.digifin.synth.simulate;

import java.nio.charset.StandardCharsets;
import org.digifin.basics.domain.Channel;
import org.digifin.basics.domain.TransactionType;

/**
 * Writes transactions and pattern labels straight from event-buffer rows, in the wire formats the
 * server ingests.
 *
 * <p>Transaction NDJSON: {@code
 * {"id":"T0000000001","timestamp":"2026-11-01T08:00:00Z","payer":"A1","payee":"A2","amount":"123.45","currency":"CNY","channel":"MOBILE","type":"TRANSFER","deviceId":"D1","latitude":31.2304,"longitude":121.4737,"counterpartyBank":"102100099996"}}
 * with {@code deviceId}, {@code latitude}/{@code longitude} and {@code counterpartyBank} left out
 * when absent. CSV: the same fields in that order under {@link #TRANSACTION_HEADER}, empty cells
 * for absent values. Labels: {@code
 * {"pattern":"PAT0000001","typology":"FAN_IN","decoy":false,"subject":"ACCOUNT","id":"A12","role":"SINK"}}
 * or the CSV row {@code pattern,typology,decoy,subject,id,role}.
 */
final class TransactionFormat {

  static final String TRANSACTION_HEADER =
      "id,timestamp,payer,payee,amount,currency,channel,type,deviceId,latitude,longitude,"
          + "counterpartyBank";
  static final String LABEL_HEADER = "pattern,typology,decoy,subject,id,role";

  private static final byte[] ID = ascii("{\"id\":\"T");
  private static final byte[] TIMESTAMP = ascii("\",\"timestamp\":\"");
  private static final byte[] PAYER = ascii("\",\"payer\":\"A");
  private static final byte[] PAYEE = ascii("\",\"payee\":\"A");
  private static final byte[] AMOUNT = ascii("\",\"amount\":\"");
  private static final byte[] CURRENCY = ascii("\",\"currency\":\"CNY\",\"channel\":\"");
  private static final byte[] TYPE = ascii("\",\"type\":\"");
  private static final byte[] DEVICE = ascii("\",\"deviceId\":\"");
  private static final byte[] LATITUDE = ascii("\",\"latitude\":");
  private static final byte[] LATITUDE_AFTER_NUMBER = ascii(",\"latitude\":");
  private static final byte[] LONGITUDE = ascii(",\"longitude\":");
  private static final byte[] BANK_AFTER_STRING = ascii("\",\"counterpartyBank\":\"");
  private static final byte[] BANK_AFTER_NUMBER = ascii(",\"counterpartyBank\":\"");
  private static final byte[] END_AFTER_STRING = ascii("\"}\n");
  private static final byte[] END_AFTER_NUMBER = ascii("}\n");
  private static final byte[] CSV_CNY = ascii(",CNY,");

  private static final byte[][] CHANNELS = names(Channel.values());
  private static final byte[][] TYPES = names(TransactionType.values());
  private static final byte[][] TYPOLOGIES = names(Typology.values());
  private static final byte[][] ROLES = names(PatternRole.values());
  private static final byte[][] BANKS = new byte[ReferenceData.OTHER_BANKS.length][];

  static {
    for (int b = 0; b < BANKS.length; b++) {
      BANKS[b] = ascii(ReferenceData.OTHER_BANKS[b]);
    }
  }

  private final World world;

  TransactionFormat(World world) {
    this.world = world;
  }

  void ndjson(ByteSink out, DayBatch batch, int k) {
    EventBuffer e = batch.events;
    int row = batch.row(k);
    int payer = e.payer[row];
    int payee = e.payee[row];
    out.bytes(ID).padded(batch.sequence(k), 10);
    out.bytes(TIMESTAMP).timestamp(e.time[row]);
    out.bytes(PAYER).number(payer + 1L);
    out.bytes(PAYEE).number(payee + 1L);
    out.bytes(AMOUNT).cents(e.amount[row]);
    out.bytes(CURRENCY).bytes(CHANNELS[e.channel[row]]);
    out.bytes(TYPE).bytes(TYPES[e.type[row]]);
    boolean afterString = true;
    int device = e.device[row];
    if (device != EventBuffer.NO_DEVICE) {
      out.bytes(DEVICE);
      device(out, device);
    }
    if (e.latitude[row] != EventBuffer.NO_GEO) {
      out.bytes(LATITUDE).coordinate(e.latitude[row]);
      out.bytes(LONGITUDE).coordinate(e.longitude[row]);
      afterString = false;
    }
    int bank = bank(payer, payee);
    if (bank >= 0) {
      out.bytes(afterString ? BANK_AFTER_STRING : BANK_AFTER_NUMBER).bytes(BANKS[bank]);
      afterString = true;
    }
    out.bytes(afterString ? END_AFTER_STRING : END_AFTER_NUMBER);
  }

  void csv(ByteSink out, DayBatch batch, int k) {
    EventBuffer e = batch.events;
    int row = batch.row(k);
    int payer = e.payer[row];
    int payee = e.payee[row];
    out.ascii('T').padded(batch.sequence(k), 10).ascii(',');
    out.timestamp(e.time[row]).ascii(',');
    out.ascii('A').number(payer + 1L).ascii(',');
    out.ascii('A').number(payee + 1L).ascii(',');
    out.cents(e.amount[row]).bytes(CSV_CNY);
    out.bytes(CHANNELS[e.channel[row]]).ascii(',');
    out.bytes(TYPES[e.type[row]]).ascii(',');
    int device = e.device[row];
    if (device != EventBuffer.NO_DEVICE) {
      device(out, device);
    }
    out.ascii(',');
    if (e.latitude[row] != EventBuffer.NO_GEO) {
      out.coordinate(e.latitude[row]).ascii(',').coordinate(e.longitude[row]);
    } else {
      out.ascii(',');
    }
    out.ascii(',');
    int bank = bank(payer, payee);
    if (bank >= 0) {
      out.bytes(BANKS[bank]);
    }
    out.ascii('\n');
  }

  /** A label row for transaction {@code sequence} or account {@code account} (the other -1). */
  void label(ByteSink out, boolean json, long tag, long sequence, int account) {
    long instance = PatternRecorder.instance(tag);
    Typology typology = PatternRecorder.typology(tag);
    int role = PatternRecorder.role(tag).ordinal();
    if (json) {
      out.text("{\"pattern\":\"PAT").padded(instance, 7);
      out.text("\",\"typology\":\"").bytes(TYPOLOGIES[typology.ordinal()]);
      out.text(typology.isDecoy() ? "\",\"decoy\":true" : "\",\"decoy\":false");
      out.text(
          sequence >= 0
              ? ",\"subject\":\"TRANSACTION\",\"id\":\""
              : ",\"subject\":\"ACCOUNT\",\"id\":\"");
      id(out, sequence, account);
      out.text("\",\"role\":\"").bytes(ROLES[role]).text("\"}\n");
    } else {
      out.text("PAT").padded(instance, 7).ascii(',').bytes(TYPOLOGIES[typology.ordinal()]);
      out.text(typology.isDecoy() ? ",true," : ",false,");
      out.text(sequence >= 0 ? "TRANSACTION," : "ACCOUNT,");
      id(out, sequence, account);
      out.ascii(',').bytes(ROLES[role]).ascii('\n');
    }
  }

  /** The tag {@link PatternRecorder} would give an account's part, for {@link #label}. */
  static long accountTag(PatternRecorder.AccountTag tag) {
    return (tag.instance() << 16) | ((long) tag.typology().ordinal() << 8) | tag.role().ordinal();
  }

  private static void id(ByteSink out, long sequence, int account) {
    if (sequence >= 0) {
      out.ascii('T').padded(sequence, 10);
    } else {
      out.ascii('A').number(account + 1L);
    }
  }

  private int bank(int payer, int payee) {
    int bank = world.accountBank[payee];
    return bank >= 0 ? bank : world.accountBank[payer];
  }

  private static void device(ByteSink out, int code) {
    if (code >= 0) {
      out.ascii('D').number(code + 1L);
    } else {
      out.ascii('X').number(-code - 1L);
    }
  }

  private static byte[][] names(Enum<?>[] values) {
    byte[][] names = new byte[values.length][];
    for (int i = 0; i < values.length; i++) {
      names[i] = ascii(values[i].name());
    }
    return names;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
