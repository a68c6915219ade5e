using Campo.Cli.Infrastructure;

namespace Campo.Cli.Tests.Run;

/// <summary><c>--charts DIR</c> writes each chart of the report as SVG and PNG.</summary>
public sealed class ChartsOptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("campo-charts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Run_writes_each_chart_as_svg_and_a_png_twice_its_size_and_replaces_them_only_with_force()
    {
        var charts = Path.Combine(_folder, "slides");
        var result = CliHarness.Run("run", "cancun-2003", "--draws", "0", "--charts", charts);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var svgs = Directory.GetFiles(charts, "*.svg");
        Assert.NotEmpty(svgs);
        Assert.Contains("charts written to", result.Output, StringComparison.Ordinal);
        foreach (var svg in svgs)
        {
            var png = File.ReadAllBytes(Path.ChangeExtension(svg, ".png"));
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);

            // The PNG header's width (bytes 16-19, big-endian) is twice the SVG's width attribute.
            var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
            var svgWidth = double.Parse(System.Xml.Linq.XDocument.Load(svg).Root!.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(2 * svgWidth, width, 0);
        }

        var again = CliHarness.Run("run", "cancun-2003", "--draws", "0", "--charts", charts);
        Assert.Equal(ExitCodes.OutputError, again.ExitCode);
        Assert.Contains("--charts", again.Error, StringComparison.Ordinal);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, CliHarness.Run("run", "cancun-2003", "--draws", "0", "--charts", charts, "--force").ExitCode);
    }

    [Fact]
    public void Charts_naming_a_file_is_refused_before_computing()
    {
        var file = Path.Combine(_folder, "not-a-folder.txt");
        File.WriteAllText(file, "x");
        var result = CliHarness.Run("run", "cancun-2003", "--draws", "0", "--charts", file);
        Assert.Equal(ExitCodes.OutputError, result.ExitCode);
        Assert.Contains("--charts names a file, not a folder", result.Error, StringComparison.Ordinal);
    }
}
