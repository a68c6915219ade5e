using Campo.Domain;

namespace Campo.Markets;

/// <summary>
/// The change in welfare of one region (for one commodity, or summed over several) between the base and a
/// scenario, split by who gains or loses. Every component is a change in US dollars of the base year's
/// prices, positive for a gain. The components add up exactly:
/// <c>Total = ProducerSurplus + ConsumerSurplus + Government + QuotaRent</c>, with
/// <c>Government = TariffRevenue + ExportTaxRevenue + DomesticSupportRevenue</c>.
/// </summary>
/// <param name="ProducerSurplus">Change in producer surplus: the farmers' gain (world model: the exact
/// integral of the supply curve over the producer price change; Armington model: GSIM's exporter surplus).</param>
/// <param name="ConsumerSurplus">Change in consumer surplus: the consumers' gain.</param>
/// <param name="TariffRevenue">Change in import tariff revenue collected by the treasury.</param>
/// <param name="ExportTaxRevenue">Change in export tax revenue; an export subsidy is a negative revenue, so a
/// larger subsidy outlay shows as a negative change.</param>
/// <param name="DomesticSupportRevenue">Change in the treasury's balance on producer support and consumer
/// wedges: a producer subsidy or a consumer subsidy is an outlay (negative), a consumer tax a revenue.</param>
/// <param name="QuotaRent">Change in tariff-rate-quota rents received by the region: its share of the rents of
/// its own quotas plus its share, as an exporter, of other regions' quota rents.</param>
public readonly record struct WelfareChange(
    Usd ProducerSurplus,
    Usd ConsumerSurplus,
    Usd TariffRevenue,
    Usd ExportTaxRevenue,
    Usd DomesticSupportRevenue,
    Usd QuotaRent)
{
    /// <summary>No change.</summary>
    public static readonly WelfareChange Zero;

    /// <summary>The treasury's change: tariff revenue, export taxes less export subsidies, domestic support.</summary>
    public Usd Government => TariffRevenue + ExportTaxRevenue + DomesticSupportRevenue;

    /// <summary>Net welfare change: producers, consumers, treasury and quota rents.</summary>
    public Usd Total => ProducerSurplus + ConsumerSurplus + Government + QuotaRent;

    /// <summary>Component-wise sum.</summary>
    public static WelfareChange operator +(WelfareChange a, WelfareChange b) => new(
        a.ProducerSurplus + b.ProducerSurplus,
        a.ConsumerSurplus + b.ConsumerSurplus,
        a.TariffRevenue + b.TariffRevenue,
        a.ExportTaxRevenue + b.ExportTaxRevenue,
        a.DomesticSupportRevenue + b.DomesticSupportRevenue,
        a.QuotaRent + b.QuotaRent);

    /// <summary>Component-wise sum (for languages without operators).</summary>
    public static WelfareChange Add(WelfareChange a, WelfareChange b) => a + b;
}
