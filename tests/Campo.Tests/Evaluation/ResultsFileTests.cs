using Campo.Composition;
using Campo.Data;
using Campo.Errors;
using Campo.Evaluation;
using Campo.Reports;
using Campo.Scenarios;
using Parquet.Serialization;

namespace Campo.Tests.Evaluation;

public class ResultsFileTests
{
    private static readonly DraftEvaluation Evaluation = DraftEvaluator.Evaluate(
        ScenarioReader.Read("schema = 1\ntitle = \"t, with comma\"\nkind = \"multilateral\"\n[base]\nmembers_at = 2005-06-30\n[domestic_support.developed]\ncut = 50\n", "t.toml"),
        EvaluationContext.For(DatasetLoader.LoadDefault()));

    [Fact]
    public void The_csv_has_a_header_and_one_row_per_market()
    {
        using var writer = new StringWriter();
        ResultsFile.WriteCsv(ResultsFile.Rows(Evaluation), writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("scenario,region,region_name,lead,status,groups,commodity,", lines[0], StringComparison.Ordinal);
        Assert.Equal(Evaluation.Markets.Count + 1, lines.Length);
        Assert.StartsWith("\"t, with comma\",", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_parquet_file_reads_back_with_the_same_rows()
    {
        var path = Path.Combine(Path.GetTempPath(), "campo-" + Guid.NewGuid().ToString("N") + ".parquet");
        try
        {
            ResultsFile.Write(Evaluation, path, "out.parquet");
            var back = (await ParquetSerializer.DeserializeAsync<ResultRow>(path)).Data;
            Assert.Equal(Evaluation.Markets.Count, back.Count);
            var expected = ResultsFile.Rows(Evaluation)[0];
            Assert.Equal(expected.Region, back[0].Region);
            Assert.Equal(expected.Total, back[0].Total);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Another_extension_is_refused()
    {
        var error = Assert.Throws<CampoException>(() => ResultsFile.Write(Evaluation, "/tmp/x.xlsx", "x.xlsx"));
        Assert.Equal("x.xlsx: --out: cannot write results as \".xlsx\"; name the file with .csv or .parquet", error.Message);
    }

    [Fact]
    public void Enum_codes_are_spelled_as_in_the_json_output()
    {
        // An analyst joins the CSV with the JSON result on codes: a least-developed member's status is one word in both.
        var json = System.Text.Json.JsonDocument.Parse(CampoJson.Serialize(Evaluation)).RootElement;
        var statuses = json.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("status")).Where(s => s.ValueKind == System.Text.Json.JsonValueKind.String).Select(s => s.GetString()).ToHashSet();
        Assert.Contains("leastDeveloped", statuses);
        var rows = ResultsFile.Rows(Evaluation).Where(r => r.Status.Length > 0).Select(r => r.Status).ToHashSet();
        Assert.Subset(statuses!, rows!);
    }
}

