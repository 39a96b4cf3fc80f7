package org.parley.proposal.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.ToIntFunction;
import org.parley.ledger.domain.PhaseBalance;

/**
 * The cumulative balance as a Chart.js configuration, the value of PrimeFaces' {@code p:chart}: a
 * line chart, one point per phase, with two series (leverage spent, leverage received) told apart
 * by colour, line style and point shape, and titled axes. PrimeFaces writes the configuration into
 * a script of the page, so characters that could end a script are escaped.
 */
public final class BalanceChart {

  /** Our side: the colour of the "ours" side in the editor. */
  static final String SPENT_COLOUR = "#0033a0";

  /** Their side, dashed. */
  static final String RECEIVED_COLOUR = "#b45309";

  private BalanceChart() {}

  /**
   * The chart's texts, from the bundle.
   *
   * @param phase the pattern of a phase's label, {0} its number
   */
  public record Texts(String phase, String spent, String received, String xAxis, String yAxis) {

    static Texts of(ResourceBundle bundle) {
      return new Texts(
          bundle.getString("ledgerView.chartPhase"),
          bundle.getString("ledgerView.chartSpent"),
          bundle.getString("ledgerView.chartReceived"),
          bundle.getString("ledgerView.chartXAxis"),
          bundle.getString("ledgerView.chartYAxis"));
    }
  }

  /** The configuration for {@code balance}, phase by phase. */
  public static String json(List<PhaseBalance> balance, Texts texts) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    balance.forEach(
        phase ->
            labels.add(
                new MessageFormat(texts.phase(), Locale.ROOT)
                    .format(new Object[] {phase.phaseNumber()})));
    JsonObject chart =
        Json.createObjectBuilder()
            .add("type", "line")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(
                                series(
                                        texts.spent(),
                                        balance,
                                        PhaseBalance::cumulativeSpent,
                                        SPENT_COLOUR)
                                    .add("pointStyle", "circle"))
                            .add(
                                series(
                                        texts.received(),
                                        balance,
                                        PhaseBalance::cumulativeReceived,
                                        RECEIVED_COLOUR)
                                    .add("pointStyle", "triangle")
                                    .add("borderDash", Json.createArrayBuilder().add(6).add(4)))))
            .add("options", options(texts))
            .build();
    return scriptSafe(chart.toString());
  }

  private static JsonObjectBuilder series(
      String label, List<PhaseBalance> balance, ToIntFunction<PhaseBalance> value, String colour) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    balance.forEach(phase -> data.add(value.applyAsInt(phase)));
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("borderColor", colour)
        .add("backgroundColor", colour)
        .add("borderWidth", 3)
        .add("pointRadius", 6)
        .add("fill", false)
        .add("tension", 0);
  }

  private static JsonObjectBuilder options(Texts texts) {
    return Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add(
            "plugins",
            Json.createObjectBuilder()
                .add(
                    "legend",
                    Json.createObjectBuilder()
                        .add("position", "bottom")
                        .add("labels", Json.createObjectBuilder().add("usePointStyle", true))))
        .add(
            "scales",
            Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("title", title(texts.xAxis())))
                .add(
                    "y",
                    Json.createObjectBuilder()
                        .add("beginAtZero", true)
                        .add("title", title(texts.yAxis()))
                        .add("ticks", Json.createObjectBuilder().add("precision", 0))));
  }

  private static JsonObjectBuilder title(String text) {
    return Json.createObjectBuilder().add("display", true).add("text", text);
  }

  /** JSON whose strings cannot close the script it is written into ("&lt;/script&gt;"). */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
