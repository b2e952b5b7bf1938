package org.casebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.casebook.model.Network;
import org.casebook.network.SyntheticNetwork;
import org.casebook.ui.network.NetworkPane;
import org.casebook.ui.network.NetworkViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A network too dense to redraw at every step of a zoom: its links hide while the camera moves, then come back. */
@ExtendWith(ApplicationExtension.class)
class DenseNetworkPaneTest {

    private NetworkPane pane;
    /** Each change of "links shown", with how many links the viewer hid at that moment. */
    private final List<String> linksShown = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Network network = SyntheticNetwork.generate(600, 2_500, 5);
        NetworkViewModel model = new NetworkViewModel(null);
        pane = new NetworkPane(model);
        stage.setScene(new Scene(pane, 1000, 700));
        stage.show();
        model.show(new NetworkViewModel.Shown(network, NetworkViewModel.graphOf(network)));
        pane.linksShownProperty().addListener((o, was, now) -> linksShown.add(now + " " + pane.hiddenLinks()));
    }

    @Test
    void linksHideWhileTheWheelZoomsOrTheViewPansAndReturnWhenItRests(FxRobot robot) throws Exception {
        double before = pane.view().getCamera().getViewPercent();

        robot.moveTo(pane.view()).scroll(2);
        restAndWait(2);

        assertThat(pane.view().getCamera().getViewPercent()).isLessThan(before);
        assertThat(linksShown).containsExactly("false 2500", "true 0");
        // from the background (the view's padded corner): panning, not dragging a node
        robot.moveTo(pane.view(), Pos.TOP_LEFT, new Point2D(12, 12), Motion.DIRECT).press(MouseButton.PRIMARY)
                .moveBy(80, 40).release(MouseButton.PRIMARY);
        restAndWait(4);
        assertThat(linksShown).containsExactly("false 2500", "true 0", "false 2500", "true 0");
    }

    /** Until the links have come back (the view rested), at most 10 s: a loaded machine may be slow. */
    private void restAndWait(int changes) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> linksShown.size() >= changes);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
