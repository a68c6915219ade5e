using Campo.Domain;

namespace Campo.Data;

/// <summary>Where one member's tariffs come from when a workspace replaced the dataset's.</summary>
/// <param name="Member">The member.</param>
/// <param name="Used">True when the imported rates replaced the dataset's; false when they could not (the reason is in <paramref name="Source"/>).</param>
/// <param name="Source">The files and year, the concordance and its coverage, in words.</param>
/// <param name="Commodities">The model commodities whose tariffs were replaced.</param>
public sealed record TariffSource(MemberId Member, bool Used, string Source, IReadOnlyList<CommodityId> Commodities);

/// <summary>
/// A tariff fact for one member and commodity, transcribed by hand from a cited document
/// (../shared/data/facts/commodity_tariffs.csv): a bound or applied rate, a specific duty or a tariff-rate quota.
/// </summary>
/// <param name="Member">The member.</param>
/// <param name="Commodity">The commodity.</param>
/// <param name="ProductLabel">The product as the source names it (maize (white), rice (milled)).</param>
/// <param name="Hs">The HS code the source gives, or null.</param>
/// <param name="Bound">The bound (over-quota, where a quota exists) ad valorem rate, or null when the fact gives none.</param>
/// <param name="Applied">The applied ad valorem rate, or null.</param>
/// <param name="InQuota">The in-quota rate, or null.</param>
/// <param name="QuotaTonnes">The tariff-rate quota, or null.</param>
/// <param name="SpecificDuty">Text for what does not fit a number (specific duties, phase-outs), or empty.</param>
/// <param name="Year">The year of the fact as the source gives it (a year, or "final").</param>
/// <param name="Provenance">The citation.</param>
public sealed record TariffFact(
    MemberId Member,
    CommodityId Commodity,
    string ProductLabel,
    HsCode? Hs,
    Rate? Bound,
    Rate? Applied,
    Rate? InQuota,
    Tonnes? QuotaTonnes,
    string SpecificDuty,
    string Year,
    Provenance Provenance);

/// <summary>What a model may use as a member's bound tariff on a commodity: the cited facts, or the stated assumption.</summary>
/// <param name="Member">The member.</param>
/// <param name="Commodity">The commodity.</param>
/// <param name="Facts">The cited facts with a bound rate, newest year last; empty when none is known.</param>
/// <param name="Assumption">The assumption a model uses when <see cref="Facts"/> is empty (from the dataset's assumptions table).</param>
public sealed record BoundTariff(MemberId Member, CommodityId Commodity, IReadOnlyList<TariffFact> Facts, Provenance Assumption)
{
    /// <summary>True when no cited bound rate is known.</summary>
    public bool IsUnknown => Facts.Count == 0;
}

