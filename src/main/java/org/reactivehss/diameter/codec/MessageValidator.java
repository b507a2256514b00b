package org.reactivehss.diameter.codec;
public final class MessageValidator { public static DecodeProblem validate(DiameterMessage m) { return null; } }
