package org.casebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javax.imageio.ImageIO;
import org.casebook.model.EntityKind;
import org.casebook.model.Network;
import org.casebook.network.NetworkBuilder;
import org.casebook.resolve.PersonLookup;
import org.casebook.store.Workspace;
import org.casebook.ui.network.NetworkViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The network pane of the real window, headless: the demo's graph, clicks on nodes, the ego network, a path, PNG. */
class NetworkWindowTest extends WindowTest {

    static Network whole;
    static long kozlov;


    @BeforeAll
    static void buildWorkspace() {
        try (Workspace ws = demoWorkspace("network.db")) {
            whole = new NetworkBuilder(ws).build(NetworkBuilder.Filter.ALL);
            kozlov = new PersonLookup(ws.entities()).find(EntityKind.PERSON, "Vladimir Kozlov").id();
        }
    }

    /** Waits for the network to be built and shown, then freezes the layout so nodes stay where they are. */
    private NetworkViewModel.Shown shownAndFrozen(FxRobot robot, int nodes) throws Exception {
        opened.awaitIdle();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.network().shownProperty().get() != null
                && window.network().shownProperty().get().network().nodes().size() == nodes);
        Thread.sleep(1500); // the layout spreads the nodes a little
        robot.interact(() -> window.network().frozenProperty().set(true));
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        return window.network().shownProperty().get();
    }

    private static Set<String> ids(Network network) {
        return network.nodes().stream().map(Network.Node::id).collect(Collectors.toSet());
    }

    @Test
    void theNetworkShowsTheDemosPersonsAndCasesAndExportsAPicture(FxRobot robot) throws Exception {
        opened.awaitIdle();
        robot.interact(() -> window.model().navigation().go(Navigation.Place.of(Pane.NETWORK)));
        NetworkViewModel.Shown shown = shownAndFrozen(robot, whole.nodes().size());

        assertThat(ids(shown.network())).isEqualTo(ids(whole));
        assertThat(window.networkPane().graph().getNodeCount()).isEqualTo(whole.nodes().size());
        assertThat(window.networkPane().graph().getEdgeCount()).isEqualTo(whole.edges().size());
        assertThat(whole.nodes()).anySatisfy(n -> assertThat(n.kind()).isEqualTo("case"));
        assertThat(window.networkPane().styleClassOf("person:" + kozlov)).isEqualTo("person");
        assertThat(robot.lookup("#network-summary").queryLabeled().getText())
                .startsWith(whole.nodes().stream().filter(n -> n.kind().equals("person")).count() + " persons");

        Path png = temp.resolve("view.png");
        robot.interact(() -> window.networkPane().exportPng(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(200);
        assertThat(image.getHeight()).isGreaterThan(200);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        assertThat(java.util.Arrays.stream(pixels).distinct().count()).as("drawn, not blank").isGreaterThan(10);
    }

    @Test
    void theEgoNetworkFromTheDossierShowsTheNeighbourhoodAndClickingAPersonOpensTheDossier(FxRobot robot)
            throws Exception {
        opened.awaitIdle();
        robot.interact(() -> window.model().openPerson(kozlov));
        opened.awaitIdle();
        robot.clickOn("#network-around-button");
        robot.clickOn("#network-depth-1");
        Network ego = NetworkBuilder.ego(whole, Network.personId(kozlov), 1);
        NetworkViewModel.Shown shown = shownAndFrozen(robot, ego.nodes().size());

        assertThat(window.model().navigation().current())
                .isEqualTo(new Navigation.Place(Pane.NETWORK, "person:" + kozlov + "/1"));
        assertThat(ids(shown.network())).isEqualTo(ids(ego)).contains(Network.personId(kozlov))
                .hasSizeLessThan(whole.nodes().size());

        // hovering a node highlights it and its neighbours
        Point2D at = position(Network.personId(kozlov));
        assertThat(at).isNotNull();
        robot.moveTo(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.networkPane().styleClassOf(Network.personId(kozlov))).isEqualTo("personhover");

        robot.clickOn(at);
        opened.awaitIdle();
        assertThat(window.model().navigation().current())
                .isEqualTo(new Navigation.Place(Pane.DOSSIER, Long.toString(kozlov)));
        assertThat(robot.lookup("#dossier-name").queryLabeled().getText()).isEqualTo("Vladimir Kozlov");
    }

    @Test
    void theShortestPathBetweenTwoPersonsIsHighlighted(FxRobot robot) throws Exception {
        opened.awaitIdle();
        robot.interact(() -> window.model().openNetwork(kozlov, 2));
        Network ego = NetworkBuilder.ego(whole, Network.personId(kozlov), 2);
        shownAndFrozen(robot, ego.nodes().size());
        NetworkViewModel model = window.network();
        NetworkViewModel.Choice from = model.persons().stream().filter(p -> p.entityId() == kozlov).findFirst()
                .orElseThrow();
        // the person farthest from Kozlov in his depth-2 network
        NetworkViewModel.Choice to = model.persons().stream().filter(p -> !p.equals(from))
                .max(java.util.Comparator.comparingInt(p -> NetworkBuilder.shortestPath(ego, from.id(), p.id())
                        .map(List::size).orElse(0))).orElseThrow();
        robot.interact(() -> {
            model.pathFromProperty().set(from);
            model.pathToProperty().set(to);
        });
        robot.clickOn("#path-button");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> path = model.pathProperty().get();
        assertThat(path).hasSizeGreaterThanOrEqualTo(3).startsWith(from.id()).endsWith(to.id());
        assertThat(path).allSatisfy(id -> assertThat(window.networkPane().styleClassOf(id)).endsWith("path"));
        assertThat(robot.lookup("#path-text").queryLabeled().getText()).isEqualTo((path.size() - 1) + " links apart");
    }

    /** Where the node is on screen: the camera's transform of its position (graph units to pixels). */
    private Point2D position(String nodeId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.networkPane().screenPositionOf(nodeId)).get();
    }
}
