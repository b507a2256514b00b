package org.reactivehss.diameter.dict;

/** How an AVP flag is to be set, in the words of the AVP flag rule tables (RFC 6733 §4.5). */
enum FlagRule {
    MUST,
    MAY,
    MUST_NOT
}
