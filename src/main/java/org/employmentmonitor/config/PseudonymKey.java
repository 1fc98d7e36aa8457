package org.employmentmonitor.config;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The operator's secret pseudonymisation key (SPEC 2.1), loaded once at start-up like the rest of
 * the configuration and carried by the run context; serializable so that Spark can ship it to
 * executors inside a task. Ingest's {@code Pseudonymizer} computes the pseudonyms with it.
 */
public record PseudonymKey(byte[] bytes, boolean development) implements Serializable {
  public PseudonymKey {
    bytes = bytes.clone();
  }

  public static PseudonymKey of(String secret, boolean development) {
    return new PseudonymKey(secret.getBytes(StandardCharsets.UTF_8), development);
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
    return o instanceof PseudonymKey k
        && Arrays.equals(bytes, k.bytes)
        && development == k.development;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }
}
