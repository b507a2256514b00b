package org.reactivehss.events;

/**
 * The bus address an operator's reset request travels on, from the API to the S6a application (TS
 * 29.272 §5.2.2.1.4 Reset: the HSS tells every MME and SGSN that holds its subscribers that their
 * data may be stale). The request body is empty; the reply is a JSON object {@code {"hosts": n,
 * "answered": a, "failed": f}} once every Reset-Request has been answered or given up on.
 */
public final class ResetRequested {
  public static final String ADDRESS = "hss.s6a.reset";

  private ResetRequested() {}
}
