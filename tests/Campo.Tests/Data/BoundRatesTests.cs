using Campo.Data;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Tests.Data;

/// <summary>Bound rates: the data files are checked (a bound below applied, a rate without a source), and resolved in the stated order.</summary>
public class BoundRatesTests
{
    private const string FactsHeader = "member,commodity,product,hs,bound_pct,applied_pct,in_quota_pct,quota_t,specific_duty,year,source";

    private static readonly string AveragesHeader = string.Join(",", BoundRates.Columns);

    [Fact]
    public void A_bound_average_below_the_applied_average_names_file_line_and_field()
    {
        using var tiny = new TinyDataset();
        tiny.Write(DatasetFiles.BoundAverages, AveragesHeader, "MEX,Agricultural products (AoA),20,35,2021,test source");
        var error = Assert.Throws<CampoException>(() => DatasetLoader.Load(tiny.Folder));
        Assert.StartsWith(tiny.PathOf(DatasetFiles.BoundAverages) + ":2:3: bound_pct: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("below the applied average", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bound_average_without_a_source_names_file_line_and_field()
    {
        using var tiny = new TinyDataset();
        tiny.Write(DatasetFiles.BoundAverages, AveragesHeader, "MEX,Agricultural products (AoA),45,20,2021,");
        var error = Assert.Throws<CampoException>(() => DatasetLoader.Load(tiny.Folder));
        Assert.StartsWith(tiny.PathOf(DatasetFiles.BoundAverages) + ":2:6: source: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("no source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_product_group_is_refused_with_the_nearest_label()
    {
        using var tiny = new TinyDataset();
        tiny.Write(DatasetFiles.BoundAverages, AveragesHeader, "MEX,Cereals and preparations,45,20,2021,test source");
        var error = Assert.Throws<CampoException>(() => DatasetLoader.Load(tiny.Folder));
        Assert.StartsWith(tiny.PathOf(DatasetFiles.BoundAverages) + ":2:2: product_group: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tariff_fact_with_a_bound_below_its_applied_rate_names_file_line_and_field()
    {
        using var tiny = new TinyDataset();
        tiny.Write(DatasetFiles.TariffFacts, FactsHeader, "MEX,maiz,maize,1005,10,50,,,,2005,test source");
        var error = Assert.Throws<CampoException>(() => DatasetLoader.Load(tiny.Folder));
        Assert.StartsWith(tiny.PathOf(DatasetFiles.TariffFacts) + ":2:5: bound_pct: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("below the applied rate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tariff_fact_without_a_source_names_file_line_and_field()
    {
        using var tiny = new TinyDataset();
        tiny.Write(DatasetFiles.TariffFacts, FactsHeader, "MEX,maiz,maize,1005,50,10,,,,2005,");
        var error = Assert.Throws<CampoException>(() => DatasetLoader.Load(tiny.Folder));
        Assert.StartsWith(tiny.PathOf(DatasetFiles.TariffFacts) + ":2:11: source: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bound_rates_are_resolved_fact_then_group_then_agriculture_then_applied()
    {
        // Hand-made rows: a cited maize bound of 72%; a cereals group average of 60%; an agricultural average of 45%.
        using var tiny = new TinyDataset();
        var applied = Rate.FromPercent(10);
        var maize = new CommodityId("maiz");
        var mex = new MemberId("MEX");

        var none = BoundRates.Resolve(DatasetLoader.Load(tiny.Folder), mex, maize, applied);
        Assert.Equal(BoundSource.AppliedAssumed, none.Source);
        Assert.Equal(applied, none.Bound);

        tiny.Write(DatasetFiles.BoundAverages, AveragesHeader, "MEX,Agricultural products (AoA),45,20,2021,test source");
        var agriculture = BoundRates.Resolve(DatasetLoader.Load(tiny.Folder), mex, maize, applied);
        Assert.Equal(BoundSource.AgricultureAverage, agriculture.Source);
        Assert.Equal(0.45, agriculture.Bound.Fraction, 12);
        Assert.True(agriculture.Provenance.NeedsFlag);

        // Never below the applied rate: an applied 50% keeps a bound of 50%.
        Assert.Equal(0.50, BoundRates.Resolve(DatasetLoader.Load(tiny.Folder), mex, maize, Rate.FromPercent(50)).Bound.Fraction, 12);

        tiny.Write(DatasetFiles.BoundAverages, AveragesHeader, "MEX,Agricultural products (AoA),45,20,2021,test source", "MEX,Cereals & preparations,60,30,2021,test source");
        var group = BoundRates.Resolve(DatasetLoader.Load(tiny.Folder), mex, maize, applied);
        Assert.Equal(BoundSource.GroupAverage, group.Source);
        Assert.Equal(0.60, group.Bound.Fraction, 12);

        tiny.Write(DatasetFiles.TariffFacts, FactsHeader, "MEX,maiz,maize,1005,72,,,,,final,test source");
        var fact = BoundRates.Resolve(DatasetLoader.Load(tiny.Folder), mex, maize, applied);
        Assert.Equal(BoundSource.CommodityFact, fact.Source);
        Assert.Equal(0.72, fact.Bound.Fraction, 12);
        Assert.False(fact.Provenance.NeedsFlag);
    }

    [Fact]
    public void The_default_dataset_gives_india_its_world_tariff_profiles_group_averages()
    {
        // WTO/ITC/UNCTAD World Tariff Profiles 2022, India, Part A.2: cereals & preparations bound 114.1%, applied 37.3%.
        var data = DatasetLoader.LoadDefault();
        var cereals = data.BoundAverages.Single(a => a.Member == new MemberId("IND") && a.Group == AoaProductGroup.CerealsPreparations);
        Assert.Equal(1.141, cereals.Bound.Fraction, 9);
        Assert.Equal(0.373, cereals.Applied!.Value.Fraction, 9);
        var rice = data.Base(new MemberId("IND"), new CommodityId("rice"))!;
        Assert.Equal(1.141, BoundRates.Resolve(data, new MemberId("IND"), new CommodityId("rice"), rice.TariffEquivalent!.Value).Bound.Fraction, 9);
    }
}
