package org.casebook.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;

/**
 * A laid-out network drawn as a PNG with Java2D, for the command line: it needs no display and no JavaFX. Colours
 * and sizes follow the window's network view (persons round, cases square, links coloured by the group of the role,
 * nodes sized by degree; labels for the busier nodes when there are many).
 */
public final class NetworkImage {

    /** Colours of the link groups (see NetworkGraph.group) and of the node kinds, as in network.css. */
    private static final Map<String, Color> GROUPS = Map.of("accused", new Color(0xC6, 0x28, 0x28),
            "defence", new Color(0x1E, 0x88, 0xE5), "state", new Color(0x6D, 0x4C, 0x41),
            "kin", new Color(0x2E, 0x7D, 0x32));
    private static final Color PERSON = new Color(0x37, 0x47, 0x4F);
    private static final Color CASE = new Color(0xF9, 0xA8, 0x25);
    private static final int LABELS_UP_TO = 150;

    private NetworkImage() {
    }

    /**
     * Draws the graph at the positions given (node id → {x, y}, e.g. from NetworkLayout) and writes a PNG; edges
     * need a {@code group} through {@code role}, nodes a {@code kind} and a {@code label}.
     */
    public static void write(Graph graph, Map<String, double[]> positions, int width, int height, Path file,
                             java.util.function.Function<String, String> groupOfRole) {
        BufferedImage image = render(graph, positions, width, height, groupOfRole);
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".casebook-export", ".tmp");
            try {
                ImageIO.write(image, "png", temp.toFile());
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    static BufferedImage render(Graph graph, Map<String, double[]> positions, int width, int height,
                                java.util.function.Function<String, String> groupOfRole) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        if (graph.getNodeCount() == 0) {
            g.setColor(Color.GRAY);
            g.drawString("No links to show", 20, 30);
            g.dispose();
            return image;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : positions.values()) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        int margin = 70;
        double scale = Math.min((width - 2.0 * margin) / Math.max(maxX - minX, 1e-9),
                (height - 2.0 * margin) / Math.max(maxY - minY, 1e-9));
        double offX = (width - (maxX - minX) * scale) / 2, offY = (height - (maxY - minY) * scale) / 2;
        double fx = minX, fy = maxY; // y grows upwards in graph units
        java.util.function.Function<String, double[]> px = id -> {
            double[] p = positions.getOrDefault(id, new double[] {0, 0});
            return new double[] {offX + (p[0] - fx) * scale, offY + (fy - p[1]) * scale};
        };

        for (Edge e : graph.edges().toList()) {
            double[] a = px.apply(e.getSourceNode().getId());
            double[] b = px.apply(e.getTargetNode().getId());
            Color c = GROUPS.getOrDefault(groupOfRole.apply(String.valueOf(e.getAttribute("role"))), Color.GRAY);
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
            g.setStroke(new BasicStroke(1.4f));
            g.drawLine((int) a[0], (int) a[1], (int) b[0], (int) b[1]);
        }
        int maxDegree = graph.nodes().mapToInt(Node::getDegree).max().orElse(1);
        List<Node> nodes = graph.nodes().sorted(Comparator.comparingInt(Node::getDegree)).toList();
        int labelFloor = labelFloor(graph);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        for (Node n : nodes) {
            double[] p = px.apply(n.getId());
            double r = 5 + 13 * Math.sqrt((double) n.getDegree() / Math.max(1, maxDegree));
            boolean isCase = "case".equals(n.getAttribute("kind"));
            g.setColor(isCase ? CASE : PERSON);
            if (isCase) {
                g.fillRect((int) (p[0] - r), (int) (p[1] - r), (int) (2 * r), (int) (2 * r));
            } else {
                g.fillOval((int) (p[0] - r), (int) (p[1] - r), (int) (2 * r), (int) (2 * r));
            }
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1.2f));
            if (isCase) {
                g.drawRect((int) (p[0] - r), (int) (p[1] - r), (int) (2 * r), (int) (2 * r));
            } else {
                g.drawOval((int) (p[0] - r), (int) (p[1] - r), (int) (2 * r), (int) (2 * r));
            }
        }
        for (Node n : nodes) {
            if (n.getDegree() < labelFloor) {
                continue;
            }
            double[] p = px.apply(n.getId());
            String label = String.valueOf(n.getAttribute("label"));
            double r = 5 + 13 * Math.sqrt((double) n.getDegree() / Math.max(1, maxDegree));
            int tx = (int) (p[0] - metrics.stringWidth(label) / 2.0);
            int ty = (int) (p[1] + r + metrics.getAscent() + 1);
            g.setColor(new Color(255, 255, 255, 200));
            g.fillRect(tx - 2, ty - metrics.getAscent(), metrics.stringWidth(label) + 4, metrics.getHeight());
            g.setColor(new Color(0x21, 0x21, 0x21));
            g.drawString(label, tx, ty);
        }
        g.dispose();
        return image;
    }

    /** Every node is labelled up to {@value #LABELS_UP_TO} nodes; above, only the busiest that many. */
    static int labelFloor(Graph graph) {
        if (graph.getNodeCount() <= LABELS_UP_TO) {
            return 0;
        }
        List<Integer> degrees = StreamSupport.stream(graph.spliterator(), false).map(Node::getDegree)
                .sorted(Comparator.reverseOrder()).toList();
        return degrees.get(LABELS_UP_TO - 1) + 1 > degrees.get(0) ? degrees.get(0) : degrees.get(LABELS_UP_TO - 1) + 1;
    }
}
