package org.reactivehss.store;

import java.util.List;

/**
 * What a re-sealing pass did (POST /api/v1/admin/keys/reseal, {@code hss.jar reseal-keys}).
 *
 * @param resealed subscribers now sealed under {@code currentKeyId} that were not before
 * @param unopenable subscribers left as they were because no configured key opens them
 * @param currentKeyId the key id everything was re-sealed under
 * @param problems the key check after the pass: empty when every row is readable (docs/storage.md)
 */
public record ResealResult(int resealed, int unopenable, int currentKeyId, List<String> problems) {}
