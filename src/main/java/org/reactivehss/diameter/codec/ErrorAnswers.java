package org.reactivehss.diameter.codec;

import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.ResultCode;

/**
 * The answer RFC 6733 asks for when a request has a problem:
 *
 * <pre>
 * &lt;answer-message&gt; ::= &lt; Diameter Header: code, ERR [, PXY] &gt;      RFC 6733 §7.2
 *                    0*1&lt; Session-Id &gt;  { Origin-Host } { Origin-Realm } { Result-Code }
 *                    [ Error-Message ]  [ Failed-AVP ]  * [ Proxy-Info ]
 * </pre>
 *
 * The E bit is set for protocol errors (3xxx) only; other failures use the command's own answer, so
 * they start with the application's head ({@link ApplicationHead}: Vendor-Specific-Application-Id
 * and Auth-Session-State for a 3GPP application, neither for the base protocol). Proxy-Info AVPs
 * are echoed in their order (RFC 6733 §6.2) by {@link MessageBuilder#answer}.
 */
public final class ErrorAnswers {
    private ErrorAnswers() {}

    public static byte[] build(
            DiameterMessage request, DecodeProblem problem, String originHost, String originRealm) {
        return builder(request, problem, originHost, originRealm).build();
    }

    /** As {@link #build}, left open for AVPs the caller must add (a CEA's Host-IP-Address, say). */
    public static MessageBuilder builder(
            DiameterMessage request, DecodeProblem problem, String originHost, String originRealm) {
        MessageBuilder answer;
        if (problem.isProtocolError()) {
            answer = MessageBuilder.answer(request).error(true);
            Avp sessionId = request.first(BaseAvps.SESSION_ID);
            if (sessionId != null) {
                answer.addCopy(sessionId);
            }
            answer.add(BaseAvps.ORIGIN_HOST, originHost)
                    .add(BaseAvps.ORIGIN_REALM, originRealm)
                    .addResultCode(problem.resultCode());
        } else {
            answer = ApplicationHead.answer(request, problem.resultCode(), originHost, originRealm);
        }
        if (problem.errorMessage() != null) {
            answer.add(BaseAvps.ERROR_MESSAGE, problem.errorMessage());
        }
        if (problem.failedAvp() != null) {
            answer.addGroup(BaseAvps.FAILED_AVP, failed -> failed.addRaw(problem.failedAvp()));
        }
        return answer;
    }

    /**
     * RFC 6733 §7.1.3: a protocol error (3xxx) an application answers itself, e.g. 3004
     * DIAMETER_TOO_BUSY when its storage cannot serve the request now; the E bit is set and the
     * answer-message grammar of §7.2 applies. Not a decode problem: the request was fine.
     */
    public static MessageBuilder protocolError(
            DiameterMessage request,
            ResultCode code,
            String errorMessage,
            String originHost,
            String originRealm) {
        if (!code.isProtocolError()) {
            throw new IllegalArgumentException(code.name() + " is not a protocol error");
        }
        return builder(
                request,
                new DecodeProblem(code.code(), null, errorMessage),
                originHost,
                originRealm);
    }
}
