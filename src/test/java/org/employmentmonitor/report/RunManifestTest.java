package org.employmentmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The manifest's input_changes against the previous manifest. */
class RunManifestTest {
  private static Map<String, Object> input(
      String file, String sha, List<Map<String, Object>> parts) {
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("file", file);
    i.put("sha256", sha);
    if (parts != null) {
      i.put("parts", parts);
    }
    return i;
  }

  @Test
  void aReDeliveredPartIsAChangedInput() throws Exception {
    // A delivery in parts has no checksum of its own (null): its parts carry them.
    JsonNode before =
        new ObjectMapper()
            .readTree(
                "{\"run_id\":\"r1\",\"inputs\":["
                    + "{\"file\":\"2020-09/registration.csv\",\"sha256\":\"aa\"},"
                    + "{\"file\":\"2020-09/social_insurance-1.csv + 2020-09/social_insurance-2.csv\","
                    + "\"sha256\":null,\"parts\":["
                    + "{\"file\":\"2020-09/social_insurance-1.csv\",\"sha256\":\"p1\"},"
                    + "{\"file\":\"2020-09/social_insurance-2.csv\",\"sha256\":\"p2\"}]}]}");
    List<Map<String, Object>> now =
        List.of(
            input("2020-09/registration.csv", "aa", null),
            input(
                "2020-09/social_insurance-1.csv + 2020-09/social_insurance-2.csv",
                null,
                List.of(
                    input("2020-09/social_insurance-1.csv", "p1", null),
                    input("2020-09/social_insurance-2.csv", "p2-new", null))));

    Map<String, Object> changes = RunManifest.changes(before, now);

    assertEquals("r1", changes.get("previous_run_id"));
    assertEquals(List.of(), changes.get("added"));
    assertEquals(List.of(), changes.get("removed"));
    assertEquals(List.of("2020-09/social_insurance-2.csv"), changes.get("changed"));
  }
}
