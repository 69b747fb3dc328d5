package dev.vigil.review.reports;

import dev.vigil.contracts.incident.Severity;
import dev.vigil.review.reports.CommitteeReport.Row;
import dev.vigil.review.reports.CommitteeReport.Table;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The report's charts, drawn with XChart into PNG images from the report's own tables (so a chart shows exactly
 * the figures beside it): incidents by severity and month, the time-to-resolve trend, the action-item burn-down and
 * the exception risk heat map (likelihood × impact). Same tables, same pixels: no timestamps go into the images.
 */
final class ReportCharts {

    record Image(String title, byte[] png) {
        String dataUri() {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        }
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private ReportCharts() {
    }

    static List<Image> of(CommitteeReport report) {
        List<Image> images = new ArrayList<>();
        table(report, "severity-by-month").ifPresent(t -> images.add(severityByMonth(t)));
        table(report, "time-to-resolve-by-month").filter(t -> !t.rows().isEmpty())
                .ifPresent(t -> images.add(trend(t, "Median time to resolve (hours) by month", "hours")));
        table(report, "action-item-burn-down").ifPresent(t -> images.add(burnDown(t)));
        table(report, "exception-risk-map").ifPresent(t -> images.add(riskMap(t)));
        return images;
    }

    private static Optional<Table> table(CommitteeReport report, String id) {
        return report.tables().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static Image severityByMonth(Table t) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Incidents by severity and month").xAxisTitle("month").yAxisTitle("incidents").build();
        style(chart);
        chart.getStyler().setStacked(true);
        List<String> months = t.rows().stream().map(r -> r.keys().getFirst()).distinct().toList();
        for (Severity severity : Severity.values()) {
            List<Number> counts = new ArrayList<>();
            for (String month : months) {
                counts.add(t.rows().stream().filter(r -> r.keys().equals(List.of(month, severity.name())))
                        .findFirst().map(Row::current).map(BigDecimal::intValue).orElse(0));
            }
            chart.addSeries(severity.name(), months, counts);
        }
        return new Image(t.title(), png(chart));
    }

    private static Image trend(Table t, String title, String unit) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("month").yAxisTitle(unit).build();
        style(chart);
        chart.getStyler().setDefaultSeriesRenderStyle(org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle.Line);
        chart.addSeries("median", t.rows().stream().map(r -> r.keys().getFirst()).toList(),
                t.rows().stream().map(r -> (Number) (r.current() == null ? 0 : r.current().doubleValue())).toList())
                .setMarker(SeriesMarkers.CIRCLE);
        return new Image(t.title(), png(chart));
    }

    private static Image burnDown(Table t) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Open action items (burn-down)").xAxisTitle("date").yAxisTitle("open").build();
        style(chart);
        chart.getStyler().setDefaultSeriesRenderStyle(org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle.Line);
        chart.getStyler().setXAxisLabelRotation(45);
        chart.addSeries("open", t.rows().stream().map(r -> r.keys().getFirst().substring(0, 10)).toList(),
                t.rows().stream().map(r -> (Number) r.current().intValue()).toList()).setMarker(SeriesMarkers.CIRCLE);
        return new Image(t.title(), png(chart));
    }

    /**
     * The heat map: impact across (1 negligible to 5 severe), likelihood up (1 rare to 5 almost certain), each cell
     * the number of active exceptions scored so. Exceptions whose events carry no scores are named in the title.
     */
    private static Image riskMap(Table t) {
        List<String> scale = new ArrayList<>();
        for (int n = 1; n <= CommitteeReports.SCALE; n++) {
            scale.add(String.valueOf(n));
        }
        int unrated = t.rows().stream().filter(r -> r.keys().getFirst().equals(CommitteeReports.NOT_RATED))
                .mapToInt(r -> r.current().intValue()).sum();
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Active exceptions: likelihood by impact" + (unrated == 0 ? ""
                        : " (" + unrated + " not rated by factors)"))
                .xAxisTitle("impact").yAxisTitle("likelihood").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setBaseFont(FONT);
        chart.getStyler().setChartTitleFont(FONT.deriveFont(Font.BOLD, 13f));
        chart.getStyler().setAxisTitleFont(FONT);
        chart.getStyler().setAxisTickLabelsFont(FONT);
        chart.getStyler().setShowValue(true);
        chart.getStyler().setRangeColors(new Color[]{new Color(0xF0F4F8), new Color(0xF6C343), new Color(0xC0392B)});
        List<Number[]> cells = new ArrayList<>();
        int max = 1;
        for (int x = 0; x < scale.size(); x++) {
            for (int y = 0; y < scale.size(); y++) {
                List<String> key = List.of(scale.get(y), scale.get(x));
                int value = t.rows().stream().filter(r -> r.keys().equals(key)).findFirst()
                        .map(r -> r.current().intValue()).orElse(0);
                cells.add(new Number[]{x, y, value});
                max = Math.max(max, value);
            }
        }
        chart.getStyler().setMin(0);
        chart.getStyler().setMax(max);
        chart.addSeries("exceptions", scale, scale, cells);
        return new Image(t.title(), png(chart));
    }

    private static void style(CategoryChart chart) {
        Styler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setBaseFont(FONT);
        s.setChartTitleFont(FONT.deriveFont(Font.BOLD, 13f));
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setSeriesColors(new Color[]{new Color(0xC0392B), new Color(0xE67E22), new Color(0xF1C40F),
                new Color(0x7F8C8D)});
        chart.getStyler().setLegendFont(FONT);
        chart.getStyler().setAxisTickLabelsFont(FONT);
        chart.getStyler().setAxisTitleFont(FONT);
    }

    private static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
