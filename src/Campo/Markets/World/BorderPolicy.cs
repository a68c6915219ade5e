using Campo.Domain;

namespace Campo.Markets.World;

/// <summary>
/// A two-tier tariff-rate quota on a region's imports of a commodity: imports up to <see cref="Quota"/> pay
/// the in-quota rate, imports beyond it the out-of-quota rate (reference §1.2 item 7, after the ATPSM manual).
/// The quota counts the region's net imports (see <c>docs/models/world-market.md</c>).
/// </summary>
public sealed record TariffRateQuota
{
    /// <summary>Creates a tariff-rate quota.</summary>
    /// <param name="quota">The quota volume; at least 0.</param>
    /// <param name="inQuotaRate">Ad valorem (equivalent) rate on imports within the quota.</param>
    /// <param name="outOfQuotaRate">Rate on imports beyond the quota; at least the in-quota rate.</param>
    /// <param name="domesticRentShare">Share of the quota rent kept in the importing region (by its importers
    /// or its treasury), between 0 and 1; the rest accrues to the exporting regions. Null: the model's default
    /// (<see cref="WorldMarketOptions.DefaultDomesticRentShare"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative quota, an out-of-quota rate below the in-quota
    /// rate, or a share outside [0, 1].</exception>
    public TariffRateQuota(Tonnes quota, Rate inQuotaRate, Rate outOfQuotaRate, double? domesticRentShare = null)
    {
        if (quota.Value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(quota), quota.Value, "A quota is a volume of at least 0 tonnes.");
        }

        if (outOfQuotaRate < inQuotaRate)
        {
            throw new ArgumentOutOfRangeException(nameof(outOfQuotaRate), outOfQuotaRate.Fraction, "The out-of-quota rate must be at least the in-quota rate.");
        }

        if (domesticRentShare is { } share && !(share >= 0 && share <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(domesticRentShare), share, "The domestic share of quota rents is between 0 and 1.");
        }

        Quota = quota;
        InQuotaRate = inQuotaRate;
        OutOfQuotaRate = outOfQuotaRate;
        DomesticRentShare = domesticRentShare;
    }

    /// <summary>The quota volume; at least 0.</summary>
    public Tonnes Quota { get; }

    /// <summary>The rate on imports within the quota.</summary>
    public Rate InQuotaRate { get; }

    /// <summary>The rate on imports beyond the quota; at least <see cref="InQuotaRate"/>.</summary>
    public Rate OutOfQuotaRate { get; }

    /// <summary>Share of the rent kept by the importing region, in [0, 1]; null for the model's default.</summary>
    public double? DomesticRentShare { get; }
}

/// <summary>
/// The price wedges between a region's world, border, producer and consumer prices for one commodity
/// (all ad valorem, as in ATPSM and IMPACT):
/// <code>
///   importing:  pb = pw·(1 + ImportTariff)       (or the marginal rate of the quota, if any)
///   exporting:  pb = pw·(1 + ExportWedge)        (ExportWedge &gt; 0 an export subsidy, &lt; 0 an export tax)
///   neither:    pw·(1 + ExportWedge) ≤ pb ≤ pw·(1 + ImportTariff), net trade zero
///   producers:  pp = pb·(1 + ProducerSupport)
///   consumers:  pc = pb·(1 + ConsumerWedge)
/// </code>
/// IMPACT's PSE maps to <see cref="ProducerSupport"/> as it is; its CSE, a subsidy to consumers, maps to
/// <c>ConsumerWedge = −CSE</c> (IMPACT's demand price is pw·(1 − CSE)).
/// </summary>
/// <param name="ImportTariff">Applied import tariff (ad valorem equivalent), IMPACT's TM.</param>
/// <param name="ExportWedge">Export subsidy (positive) or tax (negative), IMPACT's TE.</param>
/// <param name="ProducerSupport">Producer support wedge (PSE as a fraction of the border price).</param>
/// <param name="ConsumerWedge">Consumer price wedge: positive a consumer tax, negative a consumer subsidy.</param>
/// <param name="Quota">A tariff-rate quota replacing <paramref name="ImportTariff"/> at the border, or null.</param>
public sealed record BorderPolicy(Rate ImportTariff, Wedge ExportWedge, Wedge ProducerSupport, Wedge ConsumerWedge, TariffRateQuota? Quota = null)
{
    /// <summary>No tariff, subsidy, tax or support: all prices equal the world price.</summary>
    public static BorderPolicy FreeTrade { get; } = new(Rate.Zero, Wedge.None, Wedge.None, Wedge.None);
}
