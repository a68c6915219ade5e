using Campo.Data;

namespace Campo.Composition;

/// <summary>
/// One market's producer support split as the Agreement on Agriculture sees it, as fractions of the border price
/// (the unit of IMPACT's PSE wedge): <see cref="MarketPriceSupport"/> + <see cref="Budgetary"/> = the positive PSE,
/// except where a cited commodity programme replaces the budgetary part (<see cref="Programme"/>).
/// </summary>
/// <param name="Pse">IMPACT's producer support wedge (its positive part).</param>
/// <param name="MarketPriceSupport">The part the border measure (tariff, export subsidy) or consumers pay: market price support. Not a budget line; the tariff in the market model already carries it.</param>
/// <param name="Budgetary">The part paid from the budget and coupled to production (amber box): the model's producer wedge, a treasury outlay.</param>
/// <param name="Programme">The cited commodity programme that sets the budgetary wedge instead, or null.</param>
/// <param name="ProgrammeRate">The programme's outlay as a fraction of the base value of production, or 0.</param>
public sealed record SupportComponents(double Pse, double MarketPriceSupport, double Budgetary, CommodityProgramme? Programme, double ProgrammeRate)
{
    /// <summary>The producer wedge of the market model: the programme rate where a programme is cited, else the budgetary part.</summary>
    public double ProducerWedge => Programme is null ? Budgetary : ProgrammeRate;
}

/// <summary>
/// Reads the dataset's producer support and export subsidies the way the Agreement on Agriculture defines them
/// (docs/models/support.md).
/// <para>
/// Split of IMPACT's PSE (positive part) for a region and commodity, as fractions of the border price:
/// <code>
///   border wedge  b = max(TE, 0) for a net exporter (exports &gt; imports), else TM
///   consumer paid c = CSE where PSE &gt; 0 and CSE &gt; 0 (IMPACT states the consumers' implicit tax as a magnitude)
///   MPS           = min(PSE, max(b, c))
///   budgetary     = PSE − MPS                 (so MPS + budgetary = PSE)
/// </code>
/// Market price support is a transfer the border measure makes consumers pay: it is not a treasury outlay and no
/// support commitment cuts it apart from the tariff. The budgetary part is the coupled payment the market model
/// applies as the producer wedge pp = pb·(1 + budgetary), paid by the treasury. Green-box (decoupled) support has no
/// or minimal production effect (Annex 2, paragraph 1) and is not a wedge of the market model; notified green, blue and
/// de minimis figures are shown beside the results. A negative PSE (an implicit tax) is kept as it is.
/// </para>
/// <para>
/// A cited commodity programme (<see cref="SupportTables.Programmes"/>, e.g. US upland cotton) replaces the budgetary
/// part of its market: rate = outlay / (base production × base world price), so the model's base outlay equals the
/// cited outlay.
/// </para>
/// <para>
/// Export subsidies: a cited outlay and quantity for a commodity set the export wedge of a net exporter to
/// min(outlay per tonne / world price, TM) (capped by the tariff so that the export parity stays below the import
/// parity); a cited zero outlay (the latest row for the commodity) sets no export wedge; elsewhere IMPACT's TE stands,
/// a model figure labelled as such in docs/models/support.md. Export-subsidy cuts act only on net exporters: a region that imports pays no
/// export subsidy, whatever IMPACT's TE says.
/// </para>
/// </summary>
public static class SupportPolicy
{
    /// <summary>True where the region exports more than it imports in the base.</summary>
    public static bool NetExporter(BaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Exports.Value > record.Imports.Value;
    }

    /// <summary>The split of one market's producer support.</summary>
    public static SupportComponents Split(Dataset dataset, BaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(record);
        var pse = Math.Max(0, record.ProducerSupport?.Fraction ?? 0);
        var border = NetExporter(record) ? Math.Max(0, ExportWedge(dataset, record)) : record.TariffEquivalent?.Fraction ?? 0;
        var consumerPaid = pse > 0 && record.ConsumerSupport is > 0 and < 1 ? record.ConsumerSupport.Value : pse > 0 && record.ConsumerSupport is >= 1 ? pse : 0;
        var mps = Math.Min(pse, Math.Max(border, consumerPaid));
        var programme = dataset.Support.Programme(record.Region, record.Commodity);
        var rate = 0.0;
        if (programme is not null && dataset.WorldPrice(record.Commodity) is { } price && record.Production.Value > 0)
        {
            rate = programme.MillionUsd * 1e6 / (record.Production.Value * price.Value);
        }

        return new SupportComponents(pse, mps, pse - mps, programme, rate);
    }

    /// <summary>The producer wedge the market model takes: the budgetary part (or programme rate), or a negative PSE as it is.</summary>
    public static double ProducerWedge(Dataset dataset, BaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.ProducerSupport is { Fraction: < 0 } tax ? tax.Fraction : Split(dataset, record).ProducerWedge;
    }

    /// <summary>The export wedge: the cited per-tonne outlay of a net exporter (capped by the tariff), else IMPACT's TE.</summary>
    public static double ExportWedge(Dataset dataset, BaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(record);
        var te = record.ExportWedge?.Fraction ?? 0;
        if (NetExporter(record) && CitedZeroOutlay(dataset, record))
        {
            return 0;
        }

        if (!NetExporter(record) || NotifiedOutlay(dataset, record) is not { } outlay || dataset.WorldPrice(record.Commodity) is not { } price)
        {
            return te;
        }

        var perTonne = outlay.MillionUsd!.Value * 1e6 / outlay.Tonnes!.Value;
        var wedge = perTonne / price.Value;
        return record.TariffEquivalent is { Fraction: > 0 } tm ? Math.Min(wedge, tm.Fraction) : wedge;
    }

    /// <summary>True where the latest cited outlay of the region's commodity is zero (e.g. no DEIP allocation in fiscal 2005): no export wedge, whatever IMPACT's TE says.</summary>
    public static bool CitedZeroOutlay(Dataset dataset, BaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(record);
        var latest = dataset.Support.ExportSubsidies
            .Where(e => e.Member == record.Region && e.Commodity == record.Commodity)
            .OrderByDescending(e => e.Year, StringComparer.Ordinal)
            .FirstOrDefault();
        return latest is not null && (latest.MillionUsd ?? latest.MillionEur) == 0;
    }

    /// <summary>The cited export subsidy outlay (in US dollars, with a quantity) of a region's commodity, or null.</summary>
    public static ExportSubsidyOutlay? NotifiedOutlay(Dataset dataset, BaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(record);
        return dataset.Support.ExportSubsidies
            .Where(e => e.Member == record.Region && e.Commodity == record.Commodity && e.MillionUsd is > 0 && e.Tonnes is > 0)
            .OrderByDescending(e => e.Year, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
