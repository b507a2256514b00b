package org.reactivehss.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway self-signed certificate and key in PEM files, made with the JDK's keytool so that the
 * tests need no openssl. freeDiameter refuses to start without TLS_Cred even when every peer is
 * No_TLS, and GnuTLS insists that the certificate's CN equals the daemon's Identity.
 */
public final class SelfSignedCertificate {

  /** Password of {@link #pkcs12}, a throwaway. */
  public static final String PKCS12_PASSWORD = "throwaway";

  public final Path certificatePem;
  public final Path privateKeyPem;

  /** The same key and certificate as a PKCS#12 key store (alias "fd"), for Java TLS clients. */
  public final Path pkcs12;

  private SelfSignedCertificate(Path certificatePem, Path privateKeyPem, Path pkcs12) {
    this.certificatePem = certificatePem;
    this.privateKeyPem = privateKeyPem;
    this.pkcs12 = pkcs12;
  }

  public static SelfSignedCertificate create(String commonName, Path dir) throws IOException {
    return create(commonName, dir, List.of());
  }

  /**
   * With a subjectAltName extension listing {@code altNames} in keytool's form ("dns:mme.example",
   * "ip:127.0.0.1"); none gives a certificate without the extension.
   */
  public static SelfSignedCertificate create(String commonName, Path dir, List<String> altNames)
      throws IOException {
    Path keystore = dir.resolve("identity.p12");
    String password = PKCS12_PASSWORD;
    List<String> args =
        new ArrayList<>(
            List.of(
                "-genkeypair",
                "-alias",
                "fd",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=" + commonName,
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                password,
                "-keypass",
                password,
                "-noprompt"));
    if (!altNames.isEmpty()) {
      args.addAll(List.of("-ext", "SAN=" + String.join(",", altNames)));
    }
    runKeytool(args, dir);
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
      Key key = store.getKey("fd", password.toCharArray());
      Path cert =
          writePem(dir.resolve("cert.pem"), "CERTIFICATE", store.getCertificate("fd").getEncoded());
      // PKCS#8 ("PRIVATE KEY"): GnuTLS reads it although freeDiameter's docs mention PKCS#1.
      Path privateKey = writePem(dir.resolve("key.pem"), "PRIVATE KEY", key.getEncoded());
      return new SelfSignedCertificate(cert, privateKey, keystore);
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot read the keystore keytool wrote", e);
    }
  }

  private static void runKeytool(List<String> args, Path dir) throws IOException {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command = new ArrayList<>(List.of(keytool.toString()));
    command.addAll(args);
    Path output = dir.resolve("keytool.log");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("keytool did not finish within 60 s");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for keytool", e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          "keytool failed (exit " + process.exitValue() + "): " + Files.readString(output));
    }
  }

  private static Path writePem(Path file, String type, byte[] der) throws IOException {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    String pem = "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    return Files.writeString(file, pem, StandardCharsets.US_ASCII);
  }
}
