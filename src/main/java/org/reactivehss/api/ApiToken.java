package org.reactivehss.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One named bearer token of the API (docs/api.md "Tokens and roles"). Only its SHA-256 is kept: a
 * presented token is hashed and the digests are compared in constant time, so neither the
 * configuration in memory nor the comparison's timing gives the token away.
 *
 * @param name what the audit log records as the token's identity
 * @param sha256 SHA-256 of the token's UTF-8 bytes
 * @param role read-only tokens may only read (GET); read-write tokens may also change
 */
public record ApiToken(String name, byte[] sha256, Role role) {
  /** The name of the token given by {@code http.api-token} (HSS_API_TOKEN). */
  public static final String DEFAULT_NAME = "default";

  /** What a token may do. */
  public enum Role {
    READ_ONLY("read-only"),
    READ_WRITE("read-write");

    private final String configName;

    Role(String configName) {
      this.configName = configName;
    }

    public String configName() {
      return configName;
    }
  }

  public ApiToken {
    sha256 = sha256.clone();
    if (sha256.length != 32) {
      throw new IllegalArgumentException("a SHA-256 digest has 32 octets");
    }
  }

  /** The token whose secret is {@code secret}. */
  public static ApiToken ofSecret(String name, String secret, Role role) {
    return new ApiToken(name, digest(secret), role);
  }

  /** The token whose SHA-256 is {@code hex} (64 hex digits). */
  public static ApiToken ofSha256(String name, String hex, Role role) {
    return new ApiToken(name, HexFormat.of().parseHex(hex), role);
  }

  static byte[] digest(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  boolean mayChange() {
    return role == Role.READ_WRITE;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiToken t
        && name.equals(t.name)
        && role == t.role
        && Arrays.equals(sha256, t.sha256);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + role.hashCode();
  }

  @Override
  public String toString() {
    return name + "(" + role.configName() + ")";
  }
}
