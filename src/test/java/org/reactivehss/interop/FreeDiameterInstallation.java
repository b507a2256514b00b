package org.reactivehss.interop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the freeDiameter daemon and its extensions live. Debian's freediameterd puts the binary in
 * /usr/bin and freediameter-extensions puts the .fdx files in /usr/lib/freeDiameter; the
 * FREEDIAMETERD and FREEDIAMETER_EXTENSIONS environment variables point elsewhere.
 */
final class FreeDiameterInstallation {

  /**
   * Dictionaries that give freeDiameter the 3GPP vendor (10415) and its AVPs. The order matters:
   * dict_dcca_3gpp refers to AVPs that dict_nasreq and dict_dcca define.
   */
  static final List<String> DICTIONARIES =
      List.of("dict_nasreq.fdx", "dict_dcca.fdx", "dict_dcca_3gpp.fdx");

  /** Lets a peer in without dialling it (see {@link FreeDiameterConfig#acceptFrom}). */
  static final String WHITELIST_EXTENSION = "acl_wl.fdx";

  private static final String MISSING =
      "freeDiameter is not installed (needs freeDiameterd from Debian package freediameterd and "
          + DICTIONARIES
          + " + "
          + WHITELIST_EXTENSION
          + " from freediameter-extensions; "
          + ".ci/run installs them)";

  final Path binary;
  final Path extensionsDir;

  private FreeDiameterInstallation(Path binary, Path extensionsDir) {
    this.binary = binary;
    this.extensionsDir = extensionsDir;
  }

  /**
   * The installation, or a skipped test when it is absent; on CI (env CI set) absence is a failure,
   * so that the interop check can never silently disappear from the build.
   */
  static FreeDiameterInstallation require() {
    Optional<FreeDiameterInstallation> found = find();
    if (found.isEmpty()) {
      if (isCi()) {
        Assertions.fail(MISSING + ", and CI is set, so this is a failure, not a skip");
      }
      Assumptions.abort(MISSING + "; skipping (set CI=1 to make this a failure)");
    }
    return found.get();
  }

  static Optional<FreeDiameterInstallation> find() {
    Optional<Path> binary =
        envPath("FREEDIAMETERD")
            .filter(Files::isExecutable)
            .or(FreeDiameterInstallation::binaryOnPath);
    Optional<Path> extensions =
        envPath("FREEDIAMETER_EXTENSIONS")
            .or(
                () ->
                    Stream.of("/usr/lib/freeDiameter", "/usr/local/lib/freeDiameter")
                        .map(Path::of)
                        .filter(FreeDiameterInstallation::hasExtensions)
                        .findFirst());
    if (binary.isEmpty() || extensions.isEmpty() || !hasExtensions(extensions.get())) {
      return Optional.empty();
    }
    return Optional.of(new FreeDiameterInstallation(binary.get(), extensions.get()));
  }

  Path extension(String fileName) {
    return extensionsDir.resolve(fileName);
  }

  private static boolean hasExtensions(Path dir) {
    return Stream.concat(DICTIONARIES.stream(), Stream.of(WHITELIST_EXTENSION))
        .allMatch(name -> Files.isRegularFile(dir.resolve(name)));
  }

  private static Optional<Path> binaryOnPath() {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + ":/usr/bin:/usr/sbin";
    return Stream.of(path.split(":"))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, "freeDiameterd"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static Optional<Path> envPath(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).map(Path::of);
  }

  private static boolean isCi() {
    String ci = System.getenv("CI");
    return ci != null && !ci.isBlank();
  }
}
