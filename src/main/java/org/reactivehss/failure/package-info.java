/**
 * The failure model: one closed {@link org.reactivehss.failure.FailureKind} and one {@link
 * org.reactivehss.failure.HssFailure} carrying it from storage through authentication and the event
 * bus to the application that answers. Imports nothing of the HSS; everything may import it.
 */
package org.reactivehss.failure;
