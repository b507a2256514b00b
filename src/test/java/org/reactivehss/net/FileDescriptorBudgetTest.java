package org.reactivehss.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileDescriptorBudgetTest {
  private static final FileDescriptorBudget.Budgets DEFAULTS =
      new FileDescriptorBudget.Budgets(256, 1_024, 0, 16);

  @Test
  void budgetsAboveTheLimit_areAShortfallNamingTheOptionsToChange() {
    String shortfall = FileDescriptorBudget.shortfall(1_024, DEFAULTS);

    assertThat(shortfall)
        .contains(
            "1024",
            "http.max-connections 256",
            "diameter.max-connections 1024",
            "database connections 16");
  }

  @Test
  void budgetsWithinTheLimit_andAnUnknownLimit_areNoShortfall() {
    assertThat(
            FileDescriptorBudget.shortfall(
                256 + 1_024 + 16 + FileDescriptorBudget.HEADROOM, DEFAULTS))
        .isNull();
    assertThat(FileDescriptorBudget.shortfall(-1, DEFAULTS)).isNull();
  }
}
