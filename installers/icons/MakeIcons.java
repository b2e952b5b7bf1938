import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the Casebook icon (an open book on a blue tile, with a timeline) and writes casebook.png (Linux),
 * casebook.ico (Windows) and casebook.icns (macOS), the last two holding PNGs. Run from this folder:
 * {@code java MakeIcons.java}.
 */
public class MakeIcons {

    public static void main(String[] args) throws IOException {
        byte[] png256 = png(draw(256));
        byte[] png512 = png(draw(512));
        Files.write(Path.of("casebook.png"), png256);
        Files.write(Path.of("casebook.ico"), ico(new byte[][] {png(draw(32)), png(draw(48)), png256}, new int[] {32, 48, 256}));
        Files.write(Path.of("casebook.icns"), icns(png256, png512));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 256.0;
        g.scale(s, s);
        g.setColor(new Color(0x1f4e79));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 52, 52));
        // open book: two pages meeting at the spine
        g.setColor(Color.WHITE);
        Path2D left = new Path2D.Double();
        left.moveTo(128, 78);
        left.curveTo(104, 62, 72, 58, 44, 64);
        left.lineTo(44, 176);
        left.curveTo(72, 170, 104, 174, 128, 190);
        left.closePath();
        Path2D right = new Path2D.Double();
        right.moveTo(128, 78);
        right.curveTo(152, 62, 184, 58, 212, 64);
        right.lineTo(212, 176);
        right.curveTo(184, 170, 152, 174, 128, 190);
        right.closePath();
        g.fill(left);
        g.fill(right);
        g.setColor(new Color(0x1f4e79));
        g.setStroke(new BasicStroke(4f));
        g.drawLine(128, 80, 128, 188);
        // lines of text on the pages
        g.setColor(new Color(0x9fb4c8));
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int y = 92; y <= 152; y += 20) {
            g.drawLine(60, y, 112, y + 4);
            g.drawLine(144, y + 4, 196, y);
        }
        // the timeline under the book
        g.setColor(new Color(0xf2a900));
        g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(48, 212, 208, 212);
        for (int x : new int[] {72, 128, 184}) {
            g.fillOval(x - 9, 203, 18, 18);
        }
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** An ICO file whose images are PNGs (Windows Vista and later). */
    static byte[] ico(byte[][] pngs, int[] sizes) {
        int header = 6 + 16 * pngs.length;
        int total = header;
        for (byte[] p : pngs) {
            total += p.length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) pngs.length);
        int offset = header;
        for (int i = 0; i < pngs.length; i++) {
            b.put((byte) (sizes[i] >= 256 ? 0 : sizes[i])).put((byte) (sizes[i] >= 256 ? 0 : sizes[i]));
            b.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            b.putInt(pngs[i].length).putInt(offset);
            offset += pngs[i].length;
        }
        for (byte[] p : pngs) {
            b.put(p);
        }
        return b.array();
    }

    /** An ICNS file with the 256 px (ic08) and 512 px (ic09) images as PNGs (macOS 10.5 and later). */
    static byte[] icns(byte[] png256, byte[] png512) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("icns");
        out.writeInt(8 + 8 + png256.length + 8 + png512.length);
        out.writeBytes("ic08");
        out.writeInt(8 + png256.length);
        out.write(png256);
        out.writeBytes("ic09");
        out.writeInt(8 + png512.length);
        out.write(png512);
        return bytes.toByteArray();
    }
}
