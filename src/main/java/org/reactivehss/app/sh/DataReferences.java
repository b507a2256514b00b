package org.reactivehss.app.sh;

import java.util.ArrayList;
import java.util.List;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.store.ShDataReference;

/**
 * The Data-Reference AVPs of a request (TS 29.329 §6.3.4). A value this HSS does not know (codes
 * 1-9, 20, and those of later releases it does not serve) is 5004 DIAMETER_INVALID_AVP_VALUE with
 * the AVP in Failed-AVP.
 *
 * @param references the known values, in request order, each once
 * @param invalid the first AVP with an unknown value, or null
 */
record DataReferences(List<ShDataReference> references, Avp invalid) {

  static DataReferences of(DiameterMessage request) {
    List<ShDataReference> found = new ArrayList<>();
    for (Avp avp : request.all(ShAvps.DATA_REFERENCE)) {
      ShDataReference r = ShDataReference.byCode(avp.asEnumerated());
      if (r == null) {
        return new DataReferences(List.of(), avp);
      }
      if (!found.contains(r)) {
        found.add(r);
      }
    }
    return new DataReferences(found, null);
  }
}
