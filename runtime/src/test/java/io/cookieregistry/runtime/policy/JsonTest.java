package io.cookieregistry.runtime.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the consent exports' JSON tree prints, nesting and empty values included. */
class JsonTest {
  @Test
  void printsNestedValuesTwoSpacesPerLevelInTheOrderAdded() {
    Json tree = Json.object()
        .put("name", Json.of("a \"quoted\" <name>"))
        .put("on", Json.of(true))
        .put("days", Json.of(-30))
        .put("empty", Json.object())
        .put("none", Json.array(List.of()))
        .put("items", Json.array(List.of(Json.of("x"), Json.object().put("k", Json.of(false)))));

    assertEquals("""
        {
          "name": "a \\"quoted\\" \\u003cname>",
          "on": true,
          "days": -30,
          "empty": {},
          "none": [],
          "items": [
            "x",
            {
              "k": false
            }
          ]
        }""", tree.text());
  }

  @Test
  void emptyValuesAtTheTopPrintOnOneLine() {
    assertEquals("{}", Json.object().text());
    assertEquals("[]", Json.array(List.of()).text());
    assertEquals("\"\"", Json.of("").text());
  }

  @Test
  void onlyAnObjectTakesMembers() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Json.array(List.of()).put("k", Json.of(1)));
    assertTrue(e.getMessage().contains("'k'"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> Json.of("text").put("k", Json.of(1)));
  }

  @Test
  void aMissingTextIsNamed() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Json.of(null));
    assertTrue(e.getMessage().contains("text"), e.getMessage());
  }
}
