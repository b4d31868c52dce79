// Evidence for the verdicts of tomcat-embed-core AbstractInputStreamJar:68 and :198 in
// bench/findings.md: reset() sets `multiRelease` to TRUE before populateMrMap() creates `mrMap`;
// when reading the jar fails in between, nextEntry() swallows the IOException and leaves the
// object with TRUE and a null map, so the next nextEntry() or getInputStream(name) throws
// NullPointerException instead of an IOException.
//
// Run with tomcat-embed-core 10.1.44 on the class path:
//   javac -cp tomcat-embed-core-10.1.44.jar AbstractInputStreamJarAfterIoError.java
//   java -cp tomcat-embed-core-10.1.44.jar:. AbstractInputStreamJarAfterIoError
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.apache.tomcat.util.scan.AbstractInputStreamJar;
import org.apache.tomcat.util.scan.NonClosingJarInputStream;

public class AbstractInputStreamJarAfterIoError {

  public static void main(String[] args) throws Exception {
    byte[] jar = multiReleaseJar();
    AbstractInputStreamJar read = jarFailingOnceAfterTheManifest(jar);
    read.nextEntry(); // reset() -> populateMrMap() fails; nextEntry() swallows the IOException
    try {
      read.nextEntry(); // line 68
    } catch (NullPointerException e) {
      System.out.println("line 68: " + e.getMessage());
    }
    AbstractInputStreamJar opened = jarFailingOnceAfterTheManifest(jar);
    opened.nextEntry();
    try {
      opened.getInputStream("a.txt"); // line 198
    } catch (NullPointerException e) {
      System.out.println("line 198: " + e.getMessage());
    }
  }

  private static AbstractInputStreamJar jarFailingOnceAfterTheManifest(byte[] jar)
      throws IOException {
    return new AbstractInputStreamJar(new URL("file:/demo.jar")) {
      private boolean failed;
      private boolean armed;

      @Override
      protected NonClosingJarInputStream createJarInputStream() throws IOException {
        InputStream disk =
            new FilterInputStream(new ByteArrayInputStream(jar)) {
              @Override
              public int read(byte[] b, int off, int len) throws IOException {
                if (armed && !failed) {
                  failed = true;
                  throw new IOException("transient disk error");
                }
                return super.read(b, off, Math.min(len, 64));
              }
            };
        NonClosingJarInputStream stream = new NonClosingJarInputStream(disk);
        // The manifest has been read: the next read from the disk fails, once.
        armed = true;
        return stream;
      }

      @Override
      public void close() {}
    };
  }

  private static byte[] multiReleaseJar() throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Multi-Release", "true");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
      for (String name : new String[] {"a.txt", "b.txt", "c.txt"}) {
        out.putNextEntry(new JarEntry(name));
        out.write(new byte[512]);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
