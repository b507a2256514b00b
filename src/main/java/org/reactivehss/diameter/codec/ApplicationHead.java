package org.reactivehss.diameter.codec;

import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.ResultCode;

/**
 * The fixed head every message of an application starts with, from what the dictionary knows of the
 * application ({@link Applications#vendorId}, {@link Applications#authSessionState}); the one place
 * it is built, for answers and for the requests the HSS sends. In the order of the grammars (TS
 * 29.272 §7.2, TS 29.229 §6.1, TS 29.329 §6.1):
 *
 * <pre>
 * answer:  &lt; Session-Id &gt; { Vendor-Specific-Application-Id } [ Result-Code ] [ Experimental-Result ]
 *          { Auth-Session-State } { Origin-Host } { Origin-Realm }
 * request: &lt; Session-Id &gt; { Vendor-Specific-Application-Id } { Auth-Session-State } { Origin-Host }
 *          { Origin-Realm }
 * </pre>
 *
 * S6a makes the Vendor-Specific-Application-Id optional; the HSS sends it there too. A
 * base-protocol message has neither it nor Auth-Session-State. The caller adds the command's own
 * AVPs after the head.
 */
public final class ApplicationHead {
    private ApplicationHead() {}

    /** The answer to {@code request} with its outcome (Experimental-Result for a vendor's code). */
    public static MessageBuilder answer(
            DiameterMessage request, ResultCode result, String originHost, String originRealm) {
        MessageBuilder answer = sessionAndApplication(MessageBuilder.answer(request), request);
        return origin(answer.addResult(result), request.applicationId(), originHost, originRealm);
    }

    /**
     * As {@link #answer(DiameterMessage, ResultCode, String, String)}, with a base Result-Code by
     * number.
     */
    public static MessageBuilder answer(
            DiameterMessage request, long resultCode, String originHost, String originRealm) {
        MessageBuilder answer = sessionAndApplication(MessageBuilder.answer(request), request);
        return origin(
                answer.addResultCode(resultCode), request.applicationId(), originHost, originRealm);
    }

    /** A request of {@code command} with its Session-Id (RFC 6733 §8.8, see {@link SessionIds}). */
    public static MessageBuilder request(
            CommandDef command, String sessionId, String originHost, String originRealm) {
        MessageBuilder request =
                MessageBuilder.request(command).add(BaseAvps.SESSION_ID, sessionId);
        vendorSpecificApplicationId(request, command.applicationId());
        return origin(request, command.applicationId(), originHost, originRealm);
    }

    private static MessageBuilder sessionAndApplication(
            MessageBuilder answer, DiameterMessage request) {
        Avp sessionId = request.first(BaseAvps.SESSION_ID);
        if (sessionId != null) {
            answer.addCopy(sessionId);
        }
        vendorSpecificApplicationId(answer, request.applicationId());
        return answer;
    }

    private static void vendorSpecificApplicationId(MessageBuilder b, int applicationId) {
        long vendorId = Applications.vendorId(applicationId);
        if (vendorId != 0) {
            int group = b.openGroup(BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID);
            b.add(BaseAvps.VENDOR_ID, vendorId)
                    .add(BaseAvps.AUTH_APPLICATION_ID, applicationId & 0xffffffffL)
                    .closeGroup(group);
        }
    }

    private static MessageBuilder origin(
            MessageBuilder b, int applicationId, String originHost, String originRealm) {
        int state = Applications.authSessionState(applicationId);
        if (state >= 0) {
            b.add(BaseAvps.AUTH_SESSION_STATE, state);
        }
        return b.add(BaseAvps.ORIGIN_HOST, originHost).add(BaseAvps.ORIGIN_REALM, originRealm);
    }
}
