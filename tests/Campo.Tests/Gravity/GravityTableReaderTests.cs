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

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
