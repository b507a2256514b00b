package org.reactivehss.auth;

/** One item of authentication data in a {@link VectorReply}; its kind decides the concrete type. */
public sealed interface AuthVector permits EutranVector, UtranVector, ImsAuthItem {
}
