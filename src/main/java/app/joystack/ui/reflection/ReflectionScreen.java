package app.joystack.ui.reflection;

import app.joystack.language.Formats;
import app.joystack.language.Words;
import app.joystack.domain.Family;
import app.joystack.domain.Glimmer;
import app.joystack.domain.IsoWeek;
import app.joystack.export.ExportFormat;
import app.joystack.reflection.DaySummary;
import app.joystack.reflection.PlannedStack;
import app.joystack.reflection.ReflectionQuestions;
import app.joystack.reflection.WeekInWords;
import app.joystack.reflection.WeeklySummary;
import app.joystack.ui.shell.FamilyLook;
import app.joystack.ui.shell.HoverTip;
import app.joystack.ui.shell.RatingText;
import app.joystack.ui.shell.Screen;
import app.joystack.ui.shell.TabLeavesTextArea;
import app.joystack.ui.shell.TimeText;
import app.joystack.ui.shell.UiContext;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A kind look back at one ISO week: counts, variety, a chart per day, highlights and a few questions to
 * answer, with an export of it all as a page to read, as Markdown notes, or as JSON.
 */
public final class ReflectionScreen implements Screen {
    private static final Words WORDS = Words.of(ReflectionScreen.class);

    private final ReflectionModel model;
    private final ScrollPane view = new ScrollPane();

    private final Label weekTitle = new Label();
    private final Label weekDates = new Label();
    private final Label exportStatus = new Label();
    private final VBox emptyWeek = new VBox(6);
    private final VBox varietyText = new VBox(6);
    /** Under the text and the chart, across the whole card: beside the chart, longer names were cut short. */
    private final FlowPane pleasuresUsed = new FlowPane(6, 6);
    private final PieChart familyChart = new PieChart();
    private final StackPane familyArea = new StackPane();
    private final BarChart<String, Number> daysChart = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 5, 1));
    private final BarChart<String, Number> glimmersChart = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 3, 1));
    private final VBox bestStacks = new VBox(6);
    private final VBox glimmerList = new VBox(4);

    public ReflectionScreen(UiContext context, String appVersion) {
        this.model = new ReflectionModel(context, appVersion);
        build();
        model.summary().addListener((obs, old, now) -> show(now));
        model.week().addListener((obs, old, now) -> showWeek());
        showWeek();
    }

    private void build() {
        VBox page = new VBox(18);
        page.getStyleClass().add("page");
        page.getChildren().addAll(header(), emptyWeekBanner(), tiles(), varietyAndDays(), highlights(), questions());
        view.setContent(page);
        view.setFitToWidth(true);
        view.getStyleClass().add("edge-to-edge");
        view.setId("reflection-page");
    }

    private Node header() {
        weekTitle.getStyleClass().add("title-2");
        weekTitle.setId("reflection-week");
        weekDates.getStyleClass().add("text-muted");
        VBox titles = new VBox(2, weekTitle, weekDates);
        Button previous = new Button(null, new FontIcon(Feather.CHEVRON_LEFT));
        previous.setId("previous-week");
        HoverTip.install(previous, WORDS.get("reflectionScreen.weekBefore"));
        previous.setOnAction(e -> model.previous());
        Button today = new Button(WORDS.get("reflectionScreen.thisWeek"));
        today.setId("this-week");
        today.setOnAction(e -> model.goTo(model.thisWeek()));
        Button next = new Button(null, new FontIcon(Feather.CHEVRON_RIGHT));
        next.setId("next-week");
        HoverTip.install(next, WORDS.get("reflectionScreen.weekAfter"));
        next.setOnAction(e -> model.next());
        HBox stepper = new HBox(previous, today, next);
        stepper.getStyleClass().add("week-stepper");
        previous.getStyleClass().add(Styles.LEFT_PILL);
        today.getStyleClass().add(Styles.CENTER_PILL);
        next.getStyleClass().add(Styles.RIGHT_PILL);
        Button export = new Button(WORDS.get("reflectionScreen.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("export-week");
        HoverTip.install(export, WORDS.get("reflectionScreen.exportTip"));
        export.setOnAction(e -> export());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(12, titles, spacer, stepper, export);
        row.setAlignment(Pos.CENTER_LEFT);
        // Stretched to the titles' height, the stepper kept its buttons at its top, above the Export button.
        row.setFillHeight(false);
        exportStatus.setId("export-status");
        exportStatus.getStyleClass().add("text-muted");
        exportStatus.setWrapText(true);
        exportStatus.managedProperty().bind(exportStatus.textProperty().isNotEmpty());
        return new VBox(6, row, exportStatus);
    }

    private Node emptyWeekBanner() {
        Label words = new Label(WeekInWords.emptyWeek());
        words.setWrapText(true);
        FontIcon sun = new FontIcon(Feather.SUNRISE);
        sun.getStyleClass().add("empty-week-icon");
        HBox box = new HBox(14, sun, words);
        box.setAlignment(Pos.CENTER_LEFT);
        emptyWeek.getChildren().add(box);
        emptyWeek.setId("empty-week");
        emptyWeek.getStyleClass().add("empty-week");
        emptyWeek.managedProperty().bind(emptyWeek.visibleProperty());
        emptyWeek.setVisible(false);
        return emptyWeek;
    }

    private Node tiles() {
        HBox tiles = new HBox(14, tile("stacks", Feather.LAYERS, WORDS.get("reflectionScreen.stacks"), model.stacks()),
                tile("rating", Feather.SMILE, WORDS.get("reflectionScreen.rating"), model.rating()),
                tile("grounding", Feather.WIND, WORDS.get("reflectionScreen.grounding"), model.grounding()),
                tile("glimmers", Feather.SUN, WORDS.get("reflectionScreen.glimmers"), model.glimmers()),
                tile("shared", Feather.SHARE_2, WORDS.get("reflectionScreen.shared"), model.shared()));
        for (Node tile : tiles.getChildren()) {
            HBox.setHgrow(tile, Priority.ALWAYS);
        }
        return tiles;
    }

    private Node varietyAndDays() {
        familyChart.setId("family-chart");
        familyChart.setLegendVisible(false);
        familyChart.setLabelsVisible(false);
        familyChart.setAnimated(false);
        familyChart.setStartAngle(90);
        // A small pie: the words beside it say more, and need the width to read in whole lines.
        familyChart.setPrefSize(220, 220);
        familyChart.setMinSize(180, 180);
        familyArea.getChildren().setAll(familyChart);
        familyArea.setId("family-area");
        varietyText.setId("variety-text");
        varietyText.setMinWidth(240);
        varietyText.setMaxWidth(300);
        pleasuresUsed.setId("pleasures-used");
        VBox variety = section(WORDS.get("reflectionScreen.variety"), new HBox(10, varietyText, familyArea),
                pleasuresUsed);
        HBox.setHgrow(familyArea, Priority.ALWAYS);

        // Two charts, as a rating of 1 to 5 and a count of glimmers cannot share one scale.
        dayChart(daysChart, "days-chart", "joy-by-day");
        dayChart(glimmersChart, "glimmers-chart", "glimmers-by-day");
        VBox days = section(WORDS.get("reflectionScreen.dayByDay"), muted(WORDS.get("reflectionScreen.averageRating")),
                daysChart,
                muted(WORDS.get("reflectionScreen.glimmers")), glimmersChart);

        return twoColumns(variety, days);
    }

    /** Two sections side by side, sharing the width evenly. */
    private static HBox twoColumns(Region left, Region right) {
        HBox row = new HBox(18, left, right);
        for (Region column : List.of(left, right)) {
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setPrefWidth(520);
        }
        return row;
    }

    private Node highlights() {
        bestStacks.setId("best-stacks");
        glimmerList.setId("glimmer-list");
        VBox best = section(WORDS.get("reflectionScreen.best"), bestStacks);
        VBox glimmers = section(WORDS.get("reflectionScreen.glimmers"), glimmerList);
        return twoColumns(best, glimmers);
    }

    private Node questions() {
        VBox fields = new VBox(12);
        for (ReflectionQuestions.Question q : ReflectionQuestions.ALL) {
            Label label = new Label(q.shown());
            label.setWrapText(true);
            TextArea answer = new TextArea();
            TabLeavesTextArea.install(answer);
            answer.setId("answer-" + q.id());
            answer.setWrapText(true);
            answer.setPrefRowCount(2);
            answer.setPromptText(WORDS.get("reflectionScreen.answerPrompt"));
            answer.textProperty().bindBidirectional(model.answer(q.id()));
            // Saving when the person moves on means an answer is never lost to a forgotten button.
            answer.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    model.saveIfChanged();
                }
            });
            label.setLabelFor(answer);
            fields.getChildren().add(new VBox(6, label, answer));
        }
        Button save = new Button(WORDS.get("reflectionScreen.saveAnswers"), new FontIcon(Feather.CHECK));
        save.setId("save-reflection");
        save.disableProperty().bind(model.unsaved().not());
        save.setOnAction(e -> model.save());
        Label status = new Label();
        status.setId("reflection-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.status());
        HBox actions = new HBox(12, save, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        fields.getChildren().add(actions);
        return section(WORDS.get("reflectionScreen.lookingBack"), fields);
    }

    private static VBox section(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        VBox box = new VBox(10, heading);
        box.getChildren().addAll(content);
        box.getStyleClass().add("reflection-section");
        box.setPadding(new Insets(14, 16, 16, 16));
        return box;
    }

    private void showWeek() {
        weekTitle.setText(model.weekTitle());
        weekDates.setText(model.weekDates());
        exportStatus.setText("");
    }

    private void show(WeeklySummary s) {
        if (s == null) {
            return;
        }
        emptyWeek.setVisible(s.isEmpty());
        showVariety(s);
        showDays(s);
        showHighlights(s);
    }

    private void showVariety(WeeklySummary s) {
        varietyText.getChildren().setAll(muted(WeekInWords.variety(s)));
        s.mostUsed().ifPresent(u -> varietyText.getChildren().add(line(Feather.REPEAT,
                WORDS.get("reflectionScreen.mostUsed", u.pleasure().name(), times(u.done())))));
        s.bestRatedPleasure().ifPresent(u -> varietyText.getChildren().add(line(Feather.STAR,
                WORDS.get("reflectionScreen.bestRated", u.pleasure().name(),
                        WeekInWords.oneDecimal(u.averageRating())))));
        pleasuresUsed.getChildren().setAll(s.usedPleasures().stream().map(u -> {
            Label chip = new Label(u.pleasure().name() + " ×" + Formats.number(u.done()),
                    FamilyLook.icon(u.pleasure().family()));
            chip.getStyleClass().add("tally-chip");
            return chip;
        }).toList());
        String hint = WeekInWords.varietyHint(s);
        if (!hint.isEmpty()) {
            varietyText.getChildren().add(muted(hint));
        }
        familyChart.getData().clear();
        int total = 0;
        VBox legend = new VBox(4);
        legend.setId("family-legend");
        legend.setPadding(new Insets(8, 0, 0, 0));
        // The chips above count pleasures enjoyed; these counts take in glimmers and shared joys too, which they leave out.
        legend.getChildren().add(muted(WORDS.get("reflectionScreen.byFamily")));
        for (Family family : Family.values()) {
            int n = s.familyBalance().get(family);
            total += n;
            legend.getChildren().add(new Label(WORDS.get("reflectionScreen.familyCount", family.label(), n),
                    FamilyLook.icon(family)));
            if (n > 0) {
                PieChart.Data slice = new PieChart.Data(family.label() + " " + n, n);
                familyChart.getData().add(slice);
                slice.getNode().setStyle("-fx-pie-color: " + FamilyLook.web(family) + ";");
                HoverTip.install(slice.getNode(), family.label() + ": " + times(n));
            }
        }
        // With nothing to weigh, one note says so and the chart's room is given back.
        varietyText.getChildren().add(total > 0 ? legend : muted(WORDS.get("reflectionScreen.familyEmpty")));
        familyArea.setVisible(total > 0);
        familyArea.setManaged(total > 0);
    }

    private static void dayChart(BarChart<String, Number> chart, String id, String look) {
        chart.setId(id);
        chart.getStyleClass().addAll("days-chart", look);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(18);
        // Tall enough for 20 px a step on the scale of 0 to 5: closer, JavaFX hid the label of 1.
        chart.setPrefSize(460, 185);
        chart.setMinHeight(185);
        ((NumberAxis) chart.getYAxis()).setMinorTickVisible(false);
        VBox.setVgrow(chart, Priority.ALWAYS);
    }

    private void showDays(WeeklySummary s) {
        XYChart.Series<String, Number> ratings = new XYChart.Series<>();
        ratings.setName(WORDS.get("reflectionScreen.averageRating"));
        XYChart.Series<String, Number> glimmers = new XYChart.Series<>();
        glimmers.setName(WORDS.get("reflectionScreen.glimmers"));
        int most = 3;
        for (DaySummary day : s.days()) {
            // On two lines, so seven days fit side by side and the axis need not turn them on their side.
            String label = Formats.weekdayShort(day.date().getDayOfWeek()) + "\n" + day.date().getDayOfMonth();
            ratings.getData().add(new XYChart.Data<>(label, day.averageIfRated().orElse(0.0)));
            glimmers.getData().add(new XYChart.Data<>(label, day.glimmers().size()));
            most = Math.max(most, day.glimmers().size());
        }
        ((NumberAxis) glimmersChart.getYAxis()).setUpperBound(most);
        daysChart.getData().setAll(List.of(ratings));
        glimmersChart.getData().setAll(List.of(glimmers));
    }

    private void showHighlights(WeeklySummary s) {
        bestStacks.getChildren().clear();
        for (PlannedStack stack : s.bestRated()) {
            String when = Formats.weekday(stack.date().getDayOfWeek());
            Label title = new Label(RatingText.stars(stack.rating()) + "  " + stack.describe());
            title.getStyleClass().add("best-stack");
            title.setWrapText(true);
            Label detail = muted(when + (stack.note().isBlank() ? "" : " \u00b7 \u201c" + stack.note() + "\u201d"));
            bestStacks.getChildren().add(new VBox(2, title, detail));
        }
        if (s.bestRated().isEmpty()) {
            bestStacks.getChildren().add(muted(WORDS.get("reflectionScreen.noBest")));
        }
        glimmerList.getChildren().clear();
        for (Glimmer g : s.glimmers()) {
            var local = g.time().atZoneSameInstant(s.span().zone());
            Label when = muted(Formats.weekdayShort(local.getDayOfWeek()) + " " + TimeText.of(local));
            when.setMinWidth(78);
            Label text = new Label(g.text());
            text.setWrapText(true);
            Node icon = g.familyIfKnown().<Node>map(FamilyLook::icon).orElseGet(() -> new FontIcon(Feather.SUN));
            HBox row = new HBox(8, when, icon, text);
            row.setAlignment(Pos.TOP_LEFT);
            glimmerList.getChildren().add(row);
        }
        if (s.glimmers().isEmpty()) {
            glimmerList.getChildren().add(muted(WORDS.get("reflectionScreen.noGlimmers")));
        }
    }

    private void export() {
        IsoWeek week = model.week().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(WORDS.get("reflectionScreen.exportTitle", week));
        Map<FileChooser.ExtensionFilter, ExportFormat> formats = new LinkedHashMap<>();
        formats.put(new FileChooser.ExtensionFilter(WORDS.get("reflectionScreen.json"), "*.json"),
                ExportFormat.JSON);
        formats.put(new FileChooser.ExtensionFilter(WORDS.get("reflectionScreen.html"), "*.html", "*.htm"),
                ExportFormat.HTML);
        formats.put(new FileChooser.ExtensionFilter(WORDS.get("reflectionScreen.markdown"), "*.md"),
                ExportFormat.MARKDOWN);
        chooser.getExtensionFilters().addAll(formats.keySet());
        ExportFormat offered = model.exportFormat().get();
        formats.forEach((filter, format) -> {
            if (format == offered) {
                chooser.setSelectedExtensionFilter(filter);
            }
        });
        chooser.setInitialFileName(model.exportFileName(offered));
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        File file = chooser.showSaveDialog(view.getScene().getWindow());
        if (file != null) {
            // The name's ending says the format; a name without a known one takes the filter chosen in the dialog.
            ExportFormat format = ExportFormat.ofFile(file.toPath())
                    .orElse(formats.getOrDefault(chooser.getSelectedExtensionFilter(), offered));
            exportStatus.setText(WORDS.get("reflectionScreen.exporting", week));
            model.export(file.toPath(), format, exportStatus::setText);
        }
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static Node line(Ikon ikon, String text) {
        Label label = new Label(text, new FontIcon(ikon));
        label.setWrapText(true);
        label.setGraphicTextGap(8);
        return label;
    }

    private static String times(int n) {
        return WORDS.plural("reflectionScreen.times", n);
    }

    @Override
    public boolean hasUnsavedInput() {
        return model.unsaved().get();
    }

    @Override
    public void shown() {
        showWeek();
        model.load();
    }

    @Override
    public void refresh() {
        // Loading the week again would replace answers being written.
        if (!hasUnsavedInput()) {
            model.load();
        }
    }

    @Override
    public String title() {
        return WORDS.get("reflectionScreen.title");
    }

    @Override
    public Ikon icon() {
        return Feather.BAR_CHART_2;
    }

    @Override
    public Node view() {
        return view;
    }

    /** One figure of the week: a caption, a large value and a sentence in kind words. */
    private static VBox tile(String id, Ikon ikon, String caption, ObservableValue<ReflectionModel.Figure> figure) {
        Label title = new Label(caption, new FontIcon(ikon));
        title.getStyleClass().add("tile-caption");
        Label value = new Label();
        value.textProperty().bind(figure.map(ReflectionModel.Figure::value));
        value.getStyleClass().add("tile-value");
        value.setId(id + "-value");
        Label words = new Label();
        words.textProperty().bind(figure.map(ReflectionModel.Figure::words));
        words.setWrapText(true);
        words.getStyleClass().add("text-muted");
        words.setId(id + "-words");
        VBox box = new VBox(4, title, value, words);
        box.getStyleClass().add("reflection-tile");
        box.setPadding(new Insets(12, 14, 12, 14));
        box.setPrefWidth(200);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinHeight(120);
        return box;
    }
}
