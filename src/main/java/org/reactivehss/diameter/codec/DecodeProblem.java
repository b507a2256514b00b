package org.reactivehss.diameter.codec;

import org.reactivehss.diameter.dict.AvpDef;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;

/**
 * Why a message cannot be served as it stands: the Result-Code to answer with, the content of the
 * Failed-AVP AVP (one whole AVP, header included, or null when the code needs none) and a text for
 * Error-Message. A value, never an exception (RFC 6733 §7.2, §7.5).
 */
public record DecodeProblem(long resultCode, byte[] failedAvp, String errorMessage) {

    public static DecodeProblem of(ResultCode code, byte[] failedAvp, String errorMessage) {
        return new DecodeProblem(code.code(), failedAvp, errorMessage);
    }

    /**
     * 5005 DIAMETER_MISSING_AVP with Failed-AVP holding an example of {@code missing}: its header
     * with zero-filled data of the least length its type allows (RFC 6733 §7.5). For a rule the
     * grammar cannot state ("one of these"), applied by a handler; the grammar's own rules are the
     * validator's.
     */
    public static DecodeProblem missing(AvpDef missing, String errorMessage) {
        return of(ResultCodes.DIAMETER_MISSING_AVP, AvpChain.example(missing), errorMessage);
    }

    /** RFC 6733 §7.1.3: 3xxx codes are protocol errors, answered with the E bit set. */
    public boolean isProtocolError() {
        return ResultCode.isProtocolErrorCode(resultCode);
    }

    @Override
    public String toString() {
        return "DecodeProblem[" + resultCode + ": " + errorMessage + "]";
    }
}
