package org.reactivehss.diameter.dict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command dictionary: the lookup over every application's commands ({@link BaseCommands},
 * {@link S6aCommands}, {@link S13Commands}, {@link CxCommands}, {@link ShCommands}, {@link
 * SlhCommands}, {@link SwxCommands}). Required AVPs are the {@code {AVP}} entries of each command's
 * grammar in the cited clause; the optional ones are not listed because the codec never refuses an
 * optional AVP.
 */
public final class Commands {
    private static final List<CommandDef> ALL = new ArrayList<>();
    private static final Map<Long, CommandDef> BY_KEY = new HashMap<>();

    static {
        for (List<CommandDef> application :
                List.of(
                        BaseCommands.definitions(),
                        S6aCommands.definitions(),
                        S13Commands.definitions(),
                        CxCommands.definitions(),
                        ShCommands.definitions(),
                        SlhCommands.definitions(),
                        SwxCommands.definitions())) {
            for (CommandDef command : application) {
                ALL.add(command);
                BY_KEY.putIfAbsent(
                        CommandDef.key(command.applicationId(), command.code()), command);
            }
        }
    }

    private Commands() {}

    /** The command (application, code), or null when unknown: RFC 6733 §7.1.3 3001 or 3007. */
    public static CommandDef byCode(long applicationId, int code) {
        return BY_KEY.get(CommandDef.key(applicationId, code));
    }

    public static List<CommandDef> all() {
        return Collections.unmodifiableList(ALL);
    }
}
