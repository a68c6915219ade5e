using System.Globalization;
using System.IO.Compression;
using Campo.Data;
using Campo.Data.Build;
using Campo.Data.Csv;
using Campo.Domain;
using Campo.Tests.TestSupport;

namespace Campo.Tests.Data;

/// <summary>The builder, run on ../shared/data: reproducibility and checks against the source files.</summary>
public class DatasetBuilderTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Built = new(() => DatasetBuilder.BuildInMemory(Options()));

    private static DatasetBuildOptions Options()
    {
        var sources = Path.Combine(SharedData.RepositoryRoot, "data", "sources");
        return new DatasetBuildOptions(SharedData.Folder, Path.Combine(Path.GetTempPath(), "campo-unused"), sources, Path.Combine(sources, DatasetBuilder.DefaultNamesPtFile));
    }

    [SkippableFact]
    public void Rebuilding_reproduces_the_committed_default_byte_for_byte()
    {
        SharedData.Require("impact");
        var output = Path.Combine(Path.GetTempPath(), "campo-build-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = DatasetBuilder.Build(Options() with { Out = output });
            Assert.Equal(DatasetFiles.All.Order(StringComparer.Ordinal), files.Select(f => f.File));
            foreach (var file in DatasetFiles.All)
            {
                var committed = File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot, "data", "default", file));
                Assert.True(committed.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, file))), $"{file} differs from data/default/{file}");
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [SkippableFact]
    public void The_default_stays_compact()
    {
        SharedData.Require("impact");
        var bytes = Built.Value.Values.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));
        Assert.True(bytes < 5L * 1024 * 1024, $"{bytes} bytes");
    }

    [SkippableFact]
    public void The_members_file_has_146_accession_dates_up_to_cancun_when_read_as_csv()
    {
        var path = SharedData.Require("wto/wto_members_accession.csv");
        var text = File.ReadAllText(path);
        var rows = CsvReader.ReadAll(new StringReader(text), "wto_members_accession.csv").Skip(1).ToList();
        var cancun = new DateOnly(2003, 9, 14);
        Assert.Equal(146, rows.Count(r => DateOnly.Parse(r.Fields[2], CultureInfo.InvariantCulture) <= cancun));

        // Splitting lines on every comma, as a naive count does, shifts the date column of the five rows whose
        // quoted names hold a comma ("Congo, Democratic Republic of the", "Hong Kong, China", ...): it finds 141.
        var naive = text.Split('\n').Skip(1).Where(l => l.Length > 0)
            .Count(l => DateOnly.TryParse(l.Split(',')[2], CultureInfo.InvariantCulture, out var d) && d <= cancun);
        Assert.Equal(141, naive);
        Assert.Equal(
            ["COD", "COG", "HKG", "KOR", "MAC"],
            rows.Where(r => r.Fields[0].Contains(',', StringComparison.Ordinal)).Select(r => r.Fields[1]).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void Usa_maize_production_equals_the_impact_source_row()
    {
        var path = SharedData.Require("impact/BaseYearData/BaseCTY_Crops.csv.gz");
        var qs = ReadGz(path).Split('\n').Single(l => l.StartsWith("jmaiz,USA,QS,", StringComparison.Ordinal)).Split(',')[3];
        var row = Built.Value[DatasetFiles.Base].Split('\n').Single(l => l.StartsWith("USA,maiz,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(double.Parse(qs, CultureInfo.InvariantCulture), double.Parse(row[2], CultureInfo.InvariantCulture), 3);
    }

    [SkippableFact]
    public void Eun_exports_are_the_sum_over_the_eu25_impact_regions()
    {
        var path = SharedData.Require("impact/BaseYearData/BaseCTY_Crops.csv.gz");
        string[] eu25 = ["AUT", "BLT", "BLX", "CYP", "CZE", "DEU", "DNK", "FNP", "FRP", "GRC", "HUN", "IRL", "ITP", "NLD", "POL", "PRT", "SPP", "SVK", "SVN", "SWE", "UKP"];
        var sum = ReadGz(path).Split('\n').Select(l => l.Split(','))
            .Where(f => f.Length == 4 && f[0] == "jwhea" && f[2] == "QE" && eu25.Contains(f[1]))
            .Sum(f => double.Parse(f[3], CultureInfo.InvariantCulture));
        var dataset = DatasetLoader.LoadDefault();
        Assert.Equal(sum, dataset.Base(new MemberId("EUN"), new CommodityId("whea"))!.Exports.Thousands, 2);
    }

    [SkippableFact]
    public void Mexico_maize_supply_elasticity_is_area_plus_yield_weighted_by_fpu_production()
    {
        // AreaElas.csv: jmaiz in every Mexican FPU, air 0.924 and arf 0.77; YLDELAS.csv: 0.14 for both (facts/README.md
        // also quotes 0.924 and 0.77). So e = (0.924 + 0.14) s_ir + (0.77 + 0.14) (1 - s_ir), s_ir the irrigated share
        // of Mexico's maize production in BaseFPU_Crops.
        var path = SharedData.Require("impact/BaseYearData/BaseFPU_Crops.csv.gz");
        double irrigated = 0, rainfed = 0;
        foreach (var f in ReadGz(path).Split('\n').Select(l => l.TrimStart('\uFEFF').Split(',')))
        {
            if (f.Length == 5 && f[0] == "jmaiz" && f[1].EndsWith("_MEX", StringComparison.Ordinal) && f[3] == "QS")
            {
                var qs = double.Parse(f[4], CultureInfo.InvariantCulture);
                if (f[2] == "ir")
                {
                    irrigated += qs;
                }
                else
                {
                    rainfed += qs;
                }
            }
        }

        var share = irrigated / (irrigated + rainfed);
        var expected = ((0.924 + 0.14) * share) + ((0.77 + 0.14) * (1 - share));
        Assert.Equal(expected, DatasetLoader.LoadDefault().Base(new MemberId("MEX"), new CommodityId("maiz"))!.SupplyElasticity!.Value, 5);
    }

    [SkippableFact]
    public void A_missing_source_file_is_named()
    {
        SharedData.Require("impact");
        var empty = Directory.CreateTempSubdirectory("campo-empty").FullName;
        try
        {
            var error = Assert.Throws<Campo.Errors.CampoException>(() => DatasetBuilder.BuildInMemory(Options() with { From = empty }));
            Assert.Contains("is missing", error.Message, StringComparison.Ordinal);
            Assert.Contains("shared/data/", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [SkippableFact]
    public void The_projects_cited_bound_for_japans_rice_reaches_tariff_facts()
    {
        // data/sources/commodity_tariffs_cited.csv: Japan's rice bound 778% (The Japan Times, 10 June 2005).
        SharedData.Require("impact");
        var row = Built.Value[DatasetFiles.TariffFacts].Split('\n').Single(l => l.StartsWith("JPN,rice,", StringComparison.Ordinal) && l.Contains("Japan Times", StringComparison.Ordinal));
        Assert.StartsWith("JPN,rice,rice,1006,778,", row, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_cited_tariff_row_without_a_source_stops_the_build_naming_file_line_and_field()
    {
        SharedData.Require("impact");
        var sources = Directory.CreateTempSubdirectory("campo-sources").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "data", "sources")))
            {
                File.Copy(file, Path.Combine(sources, Path.GetFileName(file)));
            }

            var cited = Path.Combine(sources, "commodity_tariffs_cited.csv");
            var lines = File.ReadAllLines(cited).Length;
            File.AppendAllText(cited, "KOR,rice,1006,500,,,,,2005,\n");
            var error = Assert.Throws<Campo.Errors.CampoException>(() => DatasetBuilder.BuildInMemory(Options() with { Sources = sources, NamesPt = Path.Combine(sources, DatasetBuilder.DefaultNamesPtFile) }));
            Assert.Contains("commodity_tariffs_cited.csv", error.Location!.File, StringComparison.Ordinal);
            Assert.Equal(lines + 1, error.Location.Line);
            Assert.Equal("source", error.Location.Field);
        }
        finally
        {
            Directory.Delete(sources, recursive: true);
        }
    }

    private static string ReadGz(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        return reader.ReadToEnd();
    }
}
