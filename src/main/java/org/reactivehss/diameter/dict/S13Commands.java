package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.BaseAvps.*;
import static org.reactivehss.diameter.dict.S6aAvps.*;

import java.util.List;

/**
 * The command of S13 (TS 29.272 §7.2.19/§7.2.20). {@link Commands} is the lookup over every
 * application.
 */
public final class S13Commands {
    // TS 29.272 §7.2.19/§7.2.20 ECR/ECA on S13 (application 16777252), the S6a command layout
    public static final CommandDef ME_IDENTITY_CHECK =
            CommandLayouts.mme(
                    Applications.S13,
                    324,
                    "ME-Identity-Check",
                    "ECR",
                    "ECA",
                    List.of(DESTINATION_REALM, TERMINAL_INFORMATION),
                    List.of(TERMINAL_INFORMATION, EQUIPMENT_STATUS));

    private S13Commands() {}

    static List<CommandDef> definitions() {
        return List.of(ME_IDENTITY_CHECK);
    }
}
