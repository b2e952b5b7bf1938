package org.casebook.ui.chronology;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Items per month or year above the table. Dragging across bars (or clicking one) brushes a period, which filters
 * the table; a double click or the right button clears it. Colours come from the stylesheet.
 */
public final class TimelineHistogram extends Region {

    private static final double AXIS = 16;

    private final ObjectProperty<ChronologyViewModel.Timeline> timeline =
            new SimpleObjectProperty<>(ChronologyViewModel.Timeline.EMPTY);
    private final ObjectProperty<ChronologyViewModel.Range> brushed = new SimpleObjectProperty<>();
    private final List<String> keys = new ArrayList<>();
    private final List<Long> counts = new ArrayList<>();
    private final List<Region> bars = new ArrayList<>();
    private final List<Text> labels = new ArrayList<>();
    private final Region brush = new Region();
    private final Text empty = new Text("No dated reports");
    private final Tooltip tip = new Tooltip();
    private int dragStart = -1;
    private int dragEnd = -1;

    public TimelineHistogram() {
        getStyleClass().add("timeline");
        brush.getStyleClass().add("timeline-brush");
        brush.setManaged(false);
        brush.setMouseTransparent(true);
        empty.getStyleClass().add("timeline-label");
        setMinHeight(90);
        setPrefHeight(110);
        timeline.addListener((o, was, now) -> rebuild());
        brushed.addListener((o, was, now) -> {
            updateSelection();
            requestLayout();
        });
        // one tooltip for all bars, its text following the mouse (installed while there are bars: see rebuild)
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            int i = index(e.getX());
            tip.setText(i < 0 ? "" : keys.get(i) + ": " + counts.get(i) + (counts.get(i) == 1 ? " report" : " reports"));
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        rebuild();
    }

    public ObjectProperty<ChronologyViewModel.Timeline> timelineProperty() {
        return timeline;
    }

    /** The brushed period, or null. */
    public ObjectProperty<ChronologyViewModel.Range> brushedProperty() {
        return brushed;
    }

    /** The bucket keys shown, oldest first, gaps filled ({@code 2019-03} or {@code 2019}). */
    public List<String> keys() {
        return List.copyOf(keys);
    }

    /** Brushes the buckets from index {@code first} to {@code last} (inclusive), as a drag across them would. */
    public void brush(int first, int last) {
        int a = Math.max(0, Math.min(first, last));
        int b = Math.min(keys.size() - 1, Math.max(first, last));
        if (keys.isEmpty()) {
            return;
        }
        brushed.set(new ChronologyViewModel.Range(ChronologyViewModel.Timeline.rangeOf(keys.get(a)).from(),
                ChronologyViewModel.Timeline.rangeOf(keys.get(b)).to()));
    }

    private void rebuild() {
        keys.clear();
        counts.clear();
        ChronologyViewModel.Timeline t = timeline.get();
        Map<String, Long> source = t.counts();
        if (!source.isEmpty()) {
            List<String> present = new ArrayList<>(source.keySet());
            String first = present.get(0);
            String last = present.get(present.size() - 1);
            if (t.byMonth()) {
                for (YearMonth m = YearMonth.parse(first); !m.isAfter(YearMonth.parse(last)); m = m.plusMonths(1)) {
                    keys.add(m.toString());
                }
            } else {
                for (int y = Integer.parseInt(first); y <= Integer.parseInt(last); y++) {
                    keys.add(Integer.toString(y));
                }
            }
            keys.forEach(k -> counts.add(source.getOrDefault(k, 0L)));
        }
        // bars are kept from one query to the next: a new node costs a CSS pass, and typing rebuilds this each time
        getChildren().removeAll(labels);
        getChildren().removeAll(brush, empty);
        labels.clear();
        while (bars.size() < keys.size()) {
            Region bar = new Region();
            bar.getStyleClass().add("timeline-bar");
            bars.add(bar);
            getChildren().add(bar);
        }
        if (bars.size() > keys.size()) {
            List<Region> extra = bars.subList(keys.size(), bars.size());
            getChildren().removeAll(extra);
            extra.clear();
        }
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            boolean labelled = t.byMonth() ? key.endsWith("-01") || i == 0 : (keys.size() <= 20 || i % 5 == 0);
            if (labelled) {
                Text label = new Text(key.substring(0, 4));
                label.getStyleClass().add("timeline-label");
                label.setTextOrigin(VPos.TOP);
                label.setUserData(i);
                labels.add(label);
            }
        }
        getChildren().addAll(labels);
        getChildren().add(brush);
        if (keys.isEmpty()) {
            getChildren().add(empty);
            Tooltip.uninstall(this, tip);
        } else {
            Tooltip.install(this, tip);
        }
        updateSelection();
        requestLayout();
    }

    private void updateSelection() {
        ChronologyViewModel.Range r = brushed.get();
        for (int i = 0; i < bars.size(); i++) {
            ChronologyViewModel.Range bucket = ChronologyViewModel.Timeline.rangeOf(keys.get(i));
            boolean in = r != null && !bucket.to().isBefore(r.from()) && !bucket.from().isAfter(r.to());
            bars.get(i).getStyleClass().remove("selected");
            if (in) {
                bars.get(i).getStyleClass().add("selected");
            }
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset() - AXIS;
        double x0 = snappedLeftInset();
        double y0 = snappedTopInset();
        if (keys.isEmpty()) {
            empty.relocate(x0 + w / 2 - empty.getLayoutBounds().getWidth() / 2, y0 + h / 2);
            brush.setVisible(false);
            return;
        }
        long max = counts.stream().mapToLong(Long::longValue).max().orElse(1);
        double slot = w / keys.size();
        double gap = slot > 6 ? Math.min(3, slot * 0.2) : 0;
        for (int i = 0; i < bars.size(); i++) {
            double bh = counts.get(i) == 0 ? 0 : Math.max(2, h * counts.get(i) / (double) Math.max(1, max));
            bars.get(i).resizeRelocate(x0 + i * slot + gap / 2, y0 + h - bh, Math.max(1, slot - gap), bh);
        }
        for (Text label : labels) {
            int i = (Integer) label.getUserData();
            label.relocate(x0 + i * slot + 1, y0 + h + 2);
        }
        int a = dragStart >= 0 ? Math.min(dragStart, dragEnd) : -1;
        int b = dragStart >= 0 ? Math.max(dragStart, dragEnd) : -1;
        if (a < 0 && brushed.get() != null) {
            for (int i = 0; i < bars.size(); i++) {
                if (bars.get(i).getStyleClass().contains("selected")) {
                    a = a < 0 ? i : a;
                    b = i;
                }
            }
        }
        brush.setVisible(a >= 0);
        if (a >= 0) {
            brush.resizeRelocate(x0 + a * slot, y0, (b - a + 1) * slot, h);
        }
    }

    private int index(double x) {
        if (keys.isEmpty()) {
            return -1;
        }
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        int i = (int) Math.floor((x - snappedLeftInset()) / (w / keys.size()));
        return Math.max(0, Math.min(keys.size() - 1, i));
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.SECONDARY || e.getClickCount() == 2) {
            dragStart = -1;
            brushed.set(null);
            return;
        }
        dragStart = index(e.getX());
        dragEnd = dragStart;
        requestLayout();
    }

    private void dragged(MouseEvent e) {
        if (dragStart >= 0) {
            dragEnd = index(e.getX());
            requestLayout();
        }
    }

    private void released(MouseEvent e) {
        if (dragStart >= 0) {
            int a = dragStart;
            int b = index(e.getX());
            dragStart = -1;
            brush(a, b);
            requestLayout();
        }
    }
}
