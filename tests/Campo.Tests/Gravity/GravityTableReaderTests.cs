using System.IO.Compression;
using Campo.Gravity;
using Campo.Gravity.Data;
using Parquet;
using Parquet.Schema;

namespace Campo.Tests.Gravity;

public sealed class GravityTableReaderTests : IDisposable
{
    private const string Csv = "exp,imp,trade,dist\nA,A,100,1\nA,B,20,2\nA,C,5,3\nB,A,18,2\nB,B,90,1\nB,C,9,2.5\nC,A,6,3\nC,B,8,2.5\nC,C,70,1\n";
    private readonly string _folder = Directory.CreateTempSubdirectory("campo-gravity-read").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Csv_columns_are_typed_by_their_values()
    {
        var table = GravityTableReader.Read(Write("flows.csv", Csv));

        Assert.Equal(9, table.RowCount);
        Assert.False(table.Column("exp").IsNumeric);
        Assert.Equal(2.5, table.Column("dist").Numbers![5]);
        Assert.Equal(3, table.LineOf(1));
    }

    [Fact]
    public void A_gzipped_csv_reads_the_same_as_the_plain_one()
    {
        var gz = Path.Combine(_folder, "flows.csv.gz");
        using (var file = File.Create(gz))
        using (var zip = new GZipStream(file, CompressionLevel.Fastest))
        using (var writer = new StreamWriter(zip))
        {
            writer.Write(Csv);
        }

        var plain = GravityEstimation.Estimate(GravityTableReader.Read(Write("flows.csv", Csv)), "trade ~ dist | exp + imp");
        var zipped = GravityEstimation.Estimate(GravityTableReader.Read(gz), "trade ~ dist | exp + imp");

        Assert.Equal(plain["dist"].Estimate, zipped["dist"].Estimate);
    }

    [Fact]
    public async Task A_parquet_file_reads_the_same_as_the_csv()
    {
        var path = Path.Combine(_folder, "flows.parquet");
        var csv = GravityTableReader.Read(Write("flows.csv", Csv));
        var exp = new DataField<string>("exp");
        var imp = new DataField<string>("imp");
        var trade = new DataField<double>("trade");
        var dist = new DataField<double>("dist");
        await using (var stream = File.Create(path))
        {
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(exp, imp, trade, dist), stream);
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(exp, csv.Column("exp").Text!.Select(s => s!).ToArray());
            await group.WriteAsync(imp, csv.Column("imp").Text!.Select(s => s!).ToArray());
            await group.WriteAsync<double>(trade, csv.Column("trade").Numbers!);
            await group.WriteAsync<double>(dist, csv.Column("dist").Numbers!);
        }

        var parquet = GravityTableReader.Read(path);

        Assert.Equal(9, parquet.RowCount);
        Assert.Equal(
            GravityEstimation.Estimate(csv, "trade ~ dist | exp + imp")["dist"].Estimate,
            GravityEstimation.Estimate(parquet, "trade ~ dist | exp + imp")["dist"].Estimate);
    }

    [Fact]
    public void A_missing_file_is_a_plain_error()
    {
        var error = Assert.Throws<GravityException>(() => GravityTableReader.Read(Path.Combine(_folder, "nowhere.csv"), "nowhere.csv"));

        Assert.Equal("nowhere.csv: file not found; give the path of a .csv, .csv.gz, .tsv or .parquet file", error.Message);
    }

    [Fact]
    public void A_duplicated_column_name_is_refused_not_resolved_to_the_last_column()
    {
        var error = Assert.Throws<GravityException>(() => GravityTableReader.Read(Write("dup.csv", "exp,imp,trade,rta,rta\nA,B,1,0,1\n"), "dup.csv"));

        Assert.Equal(new GravityLocation("dup.csv", 1, 5, "rta"), error.Location);
        Assert.Contains("appears twice (columns 4 and 5)", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_a_plain_error_at_line_1()
    {
        var error = Assert.Throws<GravityException>(() => GravityTableReader.Read(Write("empty.csv", string.Empty), "empty.csv"));

        Assert.Equal("empty.csv:1: the file is empty; the first line names the columns, such as exporter,importer,year,trade", error.Message);
    }

    [Fact]
    public void A_two_megabyte_field_is_refused_with_its_line()
    {
        var text = "exp,imp,trade\nA,B,1\nB,A," + new string('9', 2_000_000) + "\n";

        var error = Assert.Throws<GravityException>(() => GravityTableReader.Read(Write("big.csv", text), "big.csv"));

        Assert.Equal(new GravityLocation("big.csv", 3), error.Location);
    }

    [Theory]
    [InlineData("exp,imp,trade\nA,B,1\nB,A,2,7\n", 3)]
    [InlineData("exp,imp,trade\nA,B,1\nB,A,2\nA,A\n", 4)]
    public void A_row_with_more_or_fewer_fields_than_the_header_is_refused_with_its_line(string text, int line)
    {
        var error = Assert.Throws<GravityException>(() => GravityTableReader.Read(Write("ragged.csv", text), "ragged.csv"));

        Assert.Equal(line, error.Location!.Line);
        Assert.Contains("fields but the header names 3 columns", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Inf")]
    [InlineData("-inf")]
    [InlineData("Infinity")]
    [InlineData("1e999")]
    public void An_infinite_value_is_refused_with_its_line_and_column(string value)
    {
        var text = $"exp,imp,trade,rta\nA,A,5,0\nA,B,3,1\nB,A,{value},0\nB,B,1,0\n";
        var table = GravityTableReader.Read(Write("inf.csv", text), "inf.csv");

        var error = Assert.Throws<GravityException>(() => GravityEstimation.Estimate(table, "trade ~ rta | exp + imp"));

        Assert.Equal(new GravityLocation("inf.csv", 4, 3, "trade"), error.Location);
        Assert.Contains("is infinite", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NaN_and_NA_are_missing_and_their_rows_are_listed_as_dropped()
    {
        var text = "exp,imp,trade,rta\nA,A,5,0\nA,B,NaN,1\nB,A,2,NA\nB,B,1,0\nA,C,4,1\nC,A,3,0\nC,C,6,0\nB,C,2,1\nC,B,2,0\n";
        var table = GravityTableReader.Read(Write("na.csv", text), "na.csv");

        var estimate = GravityEstimation.Estimate(table, "trade ~ rta | exp + imp");

        // Lines 3 (trade NaN) and 4 (rta NA), each listed, none elided.
        Assert.Equal([3, 4], estimate.Dropped.SelectMany(d => d.Lines).Order().ToArray());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
