using Campo.Regional;

namespace Campo.Tests.Regional;

/// <summary>The NAFTA tariff-rate quotas of scenarios/nafta-1994.toml, year by year, against the cited facts.</summary>
public class TrqPathTests
{
    private static readonly RegionalAgreement Agreement = Nafta.Scenario().Regional!;

    private static TariffRateQuota Quota(string commodity) =>
        Agreement.Commodities.Single(c => c.Name == commodity).Pairs.Single(p => p.Key == "USA_to_MEX").Quota!;

    // Hufbauer & Schott (2005), Table 5.11, TRQ column in million tonnes (1994-2003), and the TRQ for 2004-08
    // (3.4, 3.5, 3.6, 3.7, 3.8 Mt), as given in reference market-models-and-modalities.md §6.
    [Theory]
    [InlineData(1994, 2.5)]
    [InlineData(1995, 2.6)]
    [InlineData(1996, 2.7)]
    [InlineData(1997, 2.7)]
    [InlineData(1998, 2.8)]
    [InlineData(1999, 2.9)]
    [InlineData(2000, 3.0)]
    [InlineData(2001, 3.1)]
    [InlineData(2002, 3.2)]
    [InlineData(2003, 3.3)]
    [InlineData(2004, 3.4)]
    [InlineData(2005, 3.5)]
    [InlineData(2006, 3.6)]
    [InlineData(2007, 3.7)]
    [InlineData(2008, 3.8)]
    public void The_maize_quota_grows_as_hufbauer_and_schott_table_5_11_gives_it(int year, double millionTonnes) =>
        Assert.Equal(millionTonnes, Math.Round(Quota("maize").QuotaIn(year, Agreement.EntryIntoForce) / 1000, 1), 9);

    [Fact]
    public void The_maize_quota_of_2005_is_the_3_5_million_tonnes_the_permits_were_set_against()
    {
        // USDA ERS, NAFTA at 13: permits for about 8.2 Mt against a 3.5 Mt TRQ in 2005 (nafta_corn_facts.csv).
        // Hand calculation: 2,500 × 1.03^11 = 3,460.6 kt.
        var quota = Quota("maize").QuotaIn(2005, 1994);
        Assert.Equal(2500 * Math.Pow(1.03, 11), quota, 9);
        Assert.Equal(3.5, Math.Round(quota / 1000, 1), 9);
    }

    // The cited rates: 206.4% in 1994 (Global Farmer Network, Dec 2007; Plains Cotton Growers "from 206%"), 108.9% in
    // 2002 (USDA ERS via corpapers), 72.6% in 2004, 54.5% in 2005, 36.3% in 2006 (Global Farmer Network; Hufbauer &
    // Schott's 72.6% for white corn; Plains Cotton Growers "37% for 2006"), 18.2% in 2007 (Global Farmer Network; USDA ERS
    // NAFTA at 13, March 2007), zero on 1 January 2008 (Hufbauer & Schott).
    [Theory]
    [InlineData(1994, 206.4)]
    [InlineData(2002, 108.9)]
    [InlineData(2004, 72.6)]
    [InlineData(2005, 54.5)]
    [InlineData(2006, 36.3)]
    [InlineData(2007, 18.2)]
    [InlineData(2008, 0)]
    public void The_legal_over_quota_tariff_on_maize_is_the_cited_rate_of_each_year(int year, double percent) =>
        Assert.Equal(percent / 100, Quota("maize").OverQuotaIn(DutyRegime.Legal, year, basePrice: 100), 9);

    // The years no source reached gives follow the rule the cited years follow, by hand: the 215% base less 4% of it a
    // year for six years (1995: 215 × 0.92 = 197.8; 1999: 215 × 0.76 = 163.4), then equal steps of 163.4 / 9 = 18.156 to
    // zero in 2008 (2000: 163.4 − 18.156 = 145.24 → 145.2; 2001: 127.09 → 127.1; 2003: 163.4 × 5/9 = 90.78 → 90.8).
    [Theory]
    [InlineData(1995, 197.8)]
    [InlineData(1996, 189.2)]
    [InlineData(1997, 180.6)]
    [InlineData(1998, 172.0)]
    [InlineData(1999, 163.4)]
    [InlineData(2000, 145.2)]
    [InlineData(2001, 127.1)]
    [InlineData(2003, 90.8)]
    public void The_legal_over_quota_tariff_between_the_cited_years_follows_their_rule(int year, double percent) =>
        Assert.Equal(percent / 100, Quota("maize").OverQuotaIn(DutyRegime.Legal, year, basePrice: 100), 9);

    [Fact]
    public void The_rule_reproduces_every_cited_rate_to_the_printed_digit()
    {
        // 215 × 0.96 = 206.4 (1994); 163.4 − k·163.4/9 for k = 3, 5, 6, 7, 8: 108.93, 72.62, 54.47, 36.31, 18.16.
        double Rule(int year) => year <= 1999 ? 215 * (1 - (0.04 * (year - 1993))) : 163.4 - ((year - 1999) * 163.4 / 9);
        foreach (var (year, cited) in new[] { (1994, 206.4), (2002, 108.9), (2004, 72.6), (2005, 54.5), (2006, 36.3), (2007, 18.2) })
        {
            Assert.Equal(cited, Math.Round(Rule(year), 1), 9);
        }

        Assert.Equal(0, Rule(2008), 9);
    }

    [Theory]
    [InlineData(2002, 1)]
    [InlineData(2005, 1)]
    [InlineData(2008, 0)]
    public void The_applied_over_quota_tariff_on_maize_is_what_mexico_charged(int year, double percent) =>
        // 1% on over-quota US yellow corn in 2002 and 2005 (corpapers; USDA ERS NAFTA at 13); the TRQ ended in 2008.
        Assert.Equal(percent / 100, Quota("maize").OverQuotaIn(DutyRegime.Applied, year, basePrice: 100), 12);

    [Fact]
    public void The_bean_quota_is_50_000_tonnes_growing_3_percent_a_year()
    {
        // USDA summary 1992: 50,000 t, +3% a year. 2008: 50 × 1.03^14 = 75.63 kt.
        var quota = Quota("beans");
        Assert.Equal(50, quota.QuotaIn(1994, 1994), 12);
        Assert.Equal(50 * Math.Pow(1.03, 14), quota.QuotaIn(2008, 1994), 9);
    }

    [Fact]
    public void The_bean_over_quota_duty_is_480_dollars_a_tonne_falling_to_zero_in_2008()
    {
        // USDA summary 1992: 480 USD/t, eliminated by year 15. Linear between: 2001 = 480·(1 − 7/14) = 240 USD/t.
        // At a price of 1,600 USD/t: 480/1600 = 30%, 240/1600 = 15%.
        var quota = Quota("beans");
        Assert.Equal(0.30, quota.OverQuotaIn(DutyRegime.Legal, 1994, 1600), 12);
        Assert.Equal(0.15, quota.OverQuotaIn(DutyRegime.Legal, 2001, 1600), 12);
        Assert.Equal(0, quota.OverQuotaIn(DutyRegime.Legal, 2008, 1600), 12);
    }

    [Fact]
    public void Without_an_applied_path_the_legal_duty_applies()
    {
        var quota = Quota("beans");
        Assert.Null(quota.AppliedOverQuota);
        Assert.Equal(quota.OverQuotaIn(DutyRegime.Legal, 2000, 1600), quota.OverQuotaIn(DutyRegime.Applied, 2000, 1600), 12);
    }

    // NAFTA Annex 302.2 (reference §6): B duty-free from 1 Jan 1998, C from 2003, C+ from 2008; A at entry into force.
    [Theory]
    [InlineData(StagingCategory.A, 1994)]
    [InlineData(StagingCategory.B, 1998)]
    [InlineData(StagingCategory.C, 2003)]
    [InlineData(StagingCategory.CPlus, 2008)]
    public void Staging_categories_end_in_the_years_of_annex_302_2(StagingCategory category, int dutyFree)
    {
        Assert.Equal(dutyFree, NaftaStaging.DutyFreeFrom(category, 1994));
        Assert.Equal(0, NaftaStaging.RateIn(20, category, 1994, dutyFree), 12);
        if (category != StagingCategory.A)
        {
            Assert.True(NaftaStaging.RateIn(20, category, 1994, dutyFree - 1) > 0);
        }
    }

    [Theory]
    [InlineData(1993, 15)]
    [InlineData(1994, 14)]
    [InlineData(2000, 8)]
    [InlineData(2007, 1)]
    public void Category_c_plus_cuts_a_tariff_in_fifteen_equal_stages(int year, double rate) =>
        // 15% in 15 equal stages from 1 Jan 1994: 15·(1 − (y − 1993)/15) = 1993 + 15 − y.
        Assert.Equal(rate, NaftaStaging.RateIn(15, StagingCategory.CPlus, 1994, year), 12);
}
