package org.reactivehss.diameter.codec;
public final class ErrorAnswers { public static byte[] build(DiameterMessage r, DecodeProblem p, String h, String realm) { throw new UnsupportedOperationException(); } }
