package org.reactivehss.auth;

/** A coded authentication failure inside the auth module; its message never holds key material. */
final class AuthException extends RuntimeException {
  private final AuthFailure failure;

  AuthException(AuthFailure failure, String message) {
    super(message, null, false, false);
    this.failure = failure;
  }

  AuthFailure failure() {
    return failure;
  }
}
