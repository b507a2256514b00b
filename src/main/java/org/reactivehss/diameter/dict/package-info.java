/**
 * The one Diameter dictionary: AVPs ({@link org.reactivehss.diameter.dict.Avps}), commands
 * ({@link org.reactivehss.diameter.dict.Commands}), applications and result codes of the base
 * protocol (RFC 6733), S6a (TS 29.272), Cx (TS 29.229) and Sh (TS 29.329). Every code in the project
 * comes from here.
 */
package org.reactivehss.diameter.dict;
