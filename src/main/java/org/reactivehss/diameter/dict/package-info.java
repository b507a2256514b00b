/**
 * The one Diameter dictionary: AVPs ({@link org.reactivehss.diameter.dict.Avps}), commands ({@link
 * org.reactivehss.diameter.dict.Commands}), applications and result codes of the base protocol (RFC
 * 6733), S6a (TS 29.272), Cx (TS 29.229) and Sh (TS 29.329), and the grammar the codec holds
 * messages to: each command's fixed and at-most-once AVPs, the inner AVPs of the Grouped AVPs the
 * HSS reads ({@link org.reactivehss.diameter.dict.GroupedGrammars}), the defined values of the
 * Enumerated ones ({@link org.reactivehss.diameter.dict.EnumeratedValues}), and what heads each
 * application's messages ({@link org.reactivehss.diameter.dict.Applications#vendorId},
 * Auth-Session-State). Every code and constant in the project comes from here.
 */
package org.reactivehss.diameter.dict;
