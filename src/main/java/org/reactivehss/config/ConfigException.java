package org.reactivehss.config;

/**
 * An invalid or unreadable setting; the message always names the key, so startup can stop clearly.
 */
public final class ConfigException extends RuntimeException {
  public ConfigException(String key, String problem) {
    super("configuration key '" + key + "': " + problem, null, false, false);
  }
}
