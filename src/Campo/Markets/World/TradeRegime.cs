namespace Campo.Markets.World;

/// <summary>Where a region's domestic price sits relative to the world price, which sets how it trades.</summary>
public enum TradeRegime
{
    /// <summary>Net exporter: the border price is the export-parity price pw·(1 + export wedge).</summary>
    Exporter,

    /// <summary>No net trade: the domestic price lies between export and import parity and clears the home market.</summary>
    NoTrade,

    /// <summary>Net importer without a quota: the border price is pw·(1 + import tariff).</summary>
    Importer,

    /// <summary>Net importer with a quota not filled: the in-quota rate sets the price; no rent.</summary>
    InQuota,

    /// <summary>Net imports equal the quota: the price lies between the in- and out-of-quota prices; a rent arises.</summary>
    QuotaBinding,

    /// <summary>Net imports beyond the quota: the out-of-quota rate sets the price; the rent is the rate gap on the quota.</summary>
    OverQuota,
}

/// <summary>Something the model did with the data that a reader must know, for one region and commodity.</summary>
/// <param name="Region">The region.</param>
/// <param name="Commodity">The commodity.</param>
/// <param name="Text">What was done and why, in a sentence.</param>
public sealed record ModelNote(Campo.Domain.MemberId Region, Campo.Domain.CommodityId Commodity, string Text);
