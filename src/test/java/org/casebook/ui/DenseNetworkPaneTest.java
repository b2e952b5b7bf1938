package org.casebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
    private final List<Boolean> linksShown = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Network network = SyntheticNetwork.generate(600, 2_500, 5);
        NetworkViewModel model = new NetworkViewModel(null);
        pane = new NetworkPane(model);
        stage.setScene(new Scene(pane, 1000, 700));
        stage.show();
        model.show(new NetworkViewModel.Shown(network, NetworkViewModel.graphOf(network)));
        pane.linksShownProperty().addListener((o, was, now) -> linksShown.add(now));
    }

    @Test
    void linksHideWhileTheWheelZoomsOrTheViewPansAndReturnWhenItRests(FxRobot robot) throws Exception {
        double before = pane.view().getCamera().getViewPercent();

        robot.moveTo(pane.view()).scroll(2);
        restAndWait();

        assertThat(pane.view().getCamera().getViewPercent()).isLessThan(before);
        assertThat(linksShown).containsExactly(false, true);
        // from the background (the view's padded corner): panning, not dragging a node
        robot.moveTo(pane.view(), Pos.TOP_LEFT, new Point2D(12, 12), Motion.DIRECT).press(MouseButton.PRIMARY)
                .moveBy(80, 40).release(MouseButton.PRIMARY);
        restAndWait();
        assertThat(linksShown).containsExactly(false, true, false, true);
    }

    private static void restAndWait() throws InterruptedException {
        Thread.sleep(NetworkPane.LINKS_BACK_AFTER_MS + 400);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
