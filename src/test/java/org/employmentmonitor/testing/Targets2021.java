package org.employmentmonitor.testing;

/**
 * A complete {@code targets: 2021:} block for tests (SPEC 4.4): 2020's values with three changed
 * (新增就业 25,000, 调查失业率 5.5%, 毕业生就业率 92%) and no SOE graduate-position target ({@code ~}).
 */
public final class Targets2021 {
  private Targets2021() {}

  public static final String YAML =
      "targets:\n"
          + "  2021:\n"
          + "    new_urban_employment: 25000\n"
          + "    surveyed_unemployment_rate: 0.055\n"
          + "    graduate_placement_rate: 0.92\n"
          + "    subsidized_training: 15600\n"
          + "    entrepreneurship_training: 1500\n"
          + "    ecommerce_training: 450\n"
          + "    returnee_employment: 10000\n"
          + "    poverty_employment_rate: 1.0\n"
          + "    zero_employment_households: 0\n"
          + "    unemployed_follow_up_rate: 1.0\n"
          + "    soe_graduate_position_share: ~\n"
          + "    guarantee_loans_amount: 80000000\n"
          + "    new_market_entities: 10000\n"
          + "    market_entity_jobs: 15000\n";
}
