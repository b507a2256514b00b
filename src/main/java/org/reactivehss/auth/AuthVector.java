package org.reactivehss.auth;

/** One item of authentication data in a {@link VectorReply}; its kind decides the concrete type. */
sealed interface AuthVector permits EutranVector, UtranVector, ImsAuthItem {}
