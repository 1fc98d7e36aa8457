package org.employmentmonitor.ingest.validate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.employmentmonitor.config.PseudonymKey;

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

  public Pseudonymizer(PseudonymKey key) {
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
}
