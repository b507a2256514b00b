package org.reactivehss.app.s6a;

import static org.reactivehss.diameter.dict.Values.RatType.EUTRAN;
import static org.reactivehss.diameter.dict.Values.RatType.EUTRAN_NB_IOT;
import static org.reactivehss.diameter.dict.Values.RatType.GAN;
import static org.reactivehss.diameter.dict.Values.RatType.GERAN;
import static org.reactivehss.diameter.dict.Values.RatType.HSPA_EVOLUTION;
import static org.reactivehss.diameter.dict.Values.RatType.UTRAN;

/**
 * Whether Access-Restriction-Data (TS 29.272 §7.3.31) forbids the RAT-Type of an ULR (TS 29.212
 * §5.3.31 values). Bits: 0 UTRAN, 1 GERAN, 2 GAN, 3 I-HSPA-Evolution, 4 WB-E-UTRAN, 6 NB-IoT "not
 * allowed"; RAT types without a bit (WLAN, virtual, ...) are never refused here.
 */
final class RatRestriction {

  private RatRestriction() {}

  static boolean forbids(int accessRestriction, int ratType) {
    int bit =
        switch (ratType) {
          case UTRAN -> 0;
          case GERAN -> 1;
          case GAN -> 2;
          case HSPA_EVOLUTION -> 3;
          case EUTRAN -> 4;
          case EUTRAN_NB_IOT -> 6;
          default -> -1;
        };
    return bit >= 0 && (accessRestriction & (1 << bit)) != 0;
  }
}
