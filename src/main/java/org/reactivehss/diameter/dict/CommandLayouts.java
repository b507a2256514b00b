package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.BaseAvps.*;
import static org.reactivehss.diameter.dict.ShAvps.*;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command layouts the applications share: the fixed head AVPs each family of requests requires
 * and the AVPs that may appear only once. Each application's holder ({@link S6aCommands}, {@link
 * CxCommands}, ...) states its commands with these.
 */
final class CommandLayouts {
    /** AVPs that appear at most once in every grammar (RFC 6733 §3.2 "[AVP]" without '*'). */
    static final List<AvpDef> SINGLE_EVERYWHERE =
            List.of(
                    SESSION_ID,
                    ORIGIN_HOST,
                    ORIGIN_REALM,
                    DESTINATION_HOST,
                    DESTINATION_REALM,
                    RESULT_CODE,
                    EXPERIMENTAL_RESULT,
                    AUTH_SESSION_STATE,
                    USER_NAME,
                    ORIGIN_STATE_ID,
                    ERROR_MESSAGE,
                    ERROR_REPORTING_HOST,
                    FAILED_AVP);

    private CommandLayouts() {}

    static CommandDef base(
            int code,
            String name,
            String rq,
            String an,
            List<AvpDef> request,
            List<AvpDef> answer,
            List<AvpDef> single) {
        // RFC 6733 §5: the base commands are never proxied, so their P bit is clear.
        return new CommandDef(
                code,
                Applications.BASE,
                name,
                rq,
                an,
                false,
                false,
                request,
                answer,
                union(SINGLE_EVERYWHERE, single));
    }

    static CommandDef s6a(
            int code,
            String name,
            String rq,
            String an,
            List<AvpDef> request,
            List<AvpDef> single) {
        return mme(Applications.S6A, code, name, rq, an, request, single);
    }

    /** A command between an MME/SGSN and the HSS or EIR: S6a, S6d and S13 share one layout. */
    static CommandDef mme(
            int application,
            int code,
            String name,
            String rq,
            String an,
            List<AvpDef> request,
            List<AvpDef> single) {
        List<AvpDef> required =
                union(List.of(SESSION_ID, AUTH_SESSION_STATE, ORIGIN_HOST, ORIGIN_REALM), request);
        List<AvpDef> answer = List.of(SESSION_ID, AUTH_SESSION_STATE, ORIGIN_HOST, ORIGIN_REALM);
        return new CommandDef(
                code,
                application,
                name,
                rq,
                an,
                true,
                true,
                required,
                answer,
                union(SINGLE_EVERYWHERE, union(List.of(VENDOR_SPECIFIC_APPLICATION_ID), single)));
    }

    static CommandDef cx(
            int code,
            String name,
            String rq,
            String an,
            List<AvpDef> request,
            List<AvpDef> single) {
        return ims(Applications.CX, code, name, rq, an, request, single);
    }

    /**
     * A command of SWx (TS 29.273 §8.2.2): the head of Cx (TS 29.229 §6.1), under application
     * 16777265.
     */
    static CommandDef swx(
            int code,
            String name,
            String rq,
            String an,
            List<AvpDef> request,
            List<AvpDef> single) {
        return ims(Applications.SWX, code, name, rq, an, request, single);
    }

    /** Cx and SWx share one layout: < Session-Id > { Vendor-Specific-Application-Id } ... */
    private static CommandDef ims(
            int application,
            int code,
            String name,
            String rq,
            String an,
            List<AvpDef> request,
            List<AvpDef> single) {
        List<AvpDef> fixed =
                List.of(
                        SESSION_ID,
                        VENDOR_SPECIFIC_APPLICATION_ID,
                        AUTH_SESSION_STATE,
                        ORIGIN_HOST,
                        ORIGIN_REALM);
        return new CommandDef(
                code,
                application,
                name,
                rq,
                an,
                true,
                true,
                union(fixed, request),
                fixed,
                union(SINGLE_EVERYWHERE, union(List.of(VENDOR_SPECIFIC_APPLICATION_ID), single)));
    }

    static CommandDef sh(int code, String name, String rq, String an, List<AvpDef> request) {
        List<AvpDef> fixed =
                List.of(
                        SESSION_ID,
                        VENDOR_SPECIFIC_APPLICATION_ID,
                        AUTH_SESSION_STATE,
                        ORIGIN_HOST,
                        ORIGIN_REALM);
        List<AvpDef> required =
                union(fixed, union(List.of(DESTINATION_REALM, USER_IDENTITY), request));
        return new CommandDef(
                code,
                Applications.SH,
                name,
                rq,
                an,
                true,
                true,
                required,
                fixed,
                union(SINGLE_EVERYWHERE, List.of(VENDOR_SPECIFIC_APPLICATION_ID, USER_IDENTITY)));
    }

    static List<AvpDef> union(List<AvpDef> first, List<AvpDef> second) {
        Set<AvpDef> both = new LinkedHashSet<>(first);
        both.addAll(second);
        return List.copyOf(both);
    }
}
