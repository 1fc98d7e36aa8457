package org.employmentmonitor.ingest.validate;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed pseudonym of SPEC 2.1: HMAC-SHA-256 of the canonical 18-character ID number under the
 * operator's secret key. Staging keeps its first 64 bits as {@code person_key}, a join key that
 * cannot be reversed without the key; the chance that two of 10 million persons share one is about
 * 3 in a million (birthday bound n²/2⁶⁵), and about 1 in 100 million for a district.
 *
 * <p>Not thread-safe (one {@link Mac} per instance); each Spark task makes its own from the key.
 */
public final class Pseudonymizer {
  /** Used only with synthetic data (SPEC 2.1); its use is logged and refused on real inputs. */
  public static final String DEVELOPMENT_KEY =
      "DEVELOPMENT-KEY-for-synthetic-sample-data-only-NEVER-for-real-extracts";

  private final Mac mac;
  private String lastId;
  private long lastKey;

  public Pseudonymizer(Key key) {
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /** The pseudonym of a canonical ID number. Consecutive rows of one person cost one HMAC. */
  public long personKey(String canonicalId) {
    if (canonicalId.equals(lastId)) {
      return lastKey;
    }
    byte[] h = mac.doFinal(canonicalId.getBytes(StandardCharsets.US_ASCII));
    long k = 0;
    for (int i = 0; i < 8; i++) {
      k = (k << 8) | (h[i] & 0xFF);
    }
    lastId = canonicalId;
    lastKey = k;
    return k;
  }

  /** The secret key; serializable so that Spark can ship it to executors inside a task. */
  public record Key(byte[] bytes, boolean development) implements Serializable {
    public Key {
      bytes = bytes.clone();
    }

    public static Key of(String secret, boolean development) {
      return new Key(secret.getBytes(StandardCharsets.UTF_8), development);
    }

    /** A non-secret fingerprint: staging made under another key must be re-ingested. */
    public String fingerprint() {
      try {
        Mac m = Mac.getInstance("HmacSHA256");
        m.init(new SecretKeySpec(bytes, "HmacSHA256"));
        byte[] h = m.doFinal("employment-monitor/key-fingerprint".getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(Arrays.copyOf(h, 8));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public String toString() {
      return "Key[" + (development ? "development" : "operator") + ", " + fingerprint() + "]";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(bytes, k.bytes) && development == k.development;
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }
  }
}
