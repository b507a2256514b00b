package org.reactivehss.diameter.codec;

/**
 * Adds the inner AVPs of a Grouped AVP, in the message's own array (see {@link
 * AvpWriter#addGroup}).
 */
public final class GroupBuilder extends AvpWriter<GroupBuilder> {

    GroupBuilder(Growable out) {
        super(out);
    }

    @Override
    GroupBuilder self() {
        return this;
    }
}
