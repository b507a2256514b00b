package org.reactivehss.diameter.codec;

/**
 * A typed accessor met data that is not of its type. Carries the answer to give; has no stack trace
 * because it is an expected outcome of reading peer input, not a bug.
 */
final class InvalidAvpException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient DecodeProblem problem;

    InvalidAvpException(DecodeProblem problem) {
        super(problem.errorMessage(), null, false, false);
        this.problem = problem;
    }

    public DecodeProblem problem() {
        return problem;
    }
}
