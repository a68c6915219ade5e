using Campo.Cli.Resources;
using Campo.Data;
using Campo.Errors;
using Campo.Reports.Charts;
using SkiaSharp;
using Svg.Skia;

namespace Campo.Cli.Infrastructure;

/// <summary>
/// <c>--charts DIR</c>: each chart of the report as <c>ID.svg</c> (vector, for slides that take SVG) and
/// <c>ID.png</c> (rendered at twice the chart's size on white, for those that do not). The folder is created when
/// missing; each file is written whole through a temporary file, and existing chart files are replaced only with
/// <c>--force</c>, checked for every file before the first is written.
/// </summary>
internal static class ChartFiles
{
    private const float PngScale = 2f;

    /// <summary>Checks, before anything is computed, that the folder is a folder whose parent exists.</summary>
    public static void Check(CliOutput output, string? shown)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (string.IsNullOrWhiteSpace(shown))
        {
            return;
        }

        var full = output.Resolve(shown);
        var location = new SourceLocation(shown, Field: "--charts");
        if (File.Exists(full))
        {
            throw new CampoException(CliText.Text(CliStrings.Error_ChartsNotFolder), CliText.Text(CliStrings.Error_ChartsNotFolderExpected), location);
        }

        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(full));
        if (!Directory.Exists(full) && (parent is null || !Directory.Exists(parent)))
        {
            throw new CampoException(CliText.Fill(CliStrings.Error_OutputFolderMissing, parent ?? full), CliText.Text(CliStrings.Error_OutputFolderExpected), location);
        }
    }

    /// <summary>Writes the charts of a rendered report; returns how many.</summary>
    /// <param name="output">Resolves the folder.</param>
    /// <param name="html">The rendered report.</param>
    /// <param name="shown">The folder as the user gave it.</param>
    /// <param name="force">True to replace existing chart files.</param>
    public static int Write(CliOutput output, string html, string shown, bool force)
    {
        ArgumentNullException.ThrowIfNull(output);
        var folder = output.Resolve(shown);
        var location = new SourceLocation(shown, Field: "--charts");
        var charts = ReportCharts.Extract(html);
        var files = charts.SelectMany(c => new[] { Path.Combine(folder, c.Id + ".svg"), Path.Combine(folder, c.Id + ".png") }).ToArray();
        if (!force && files.FirstOrDefault(File.Exists) is { } existing)
        {
            throw new CampoException(CliText.Fill(CliStrings.Error_ChartExists, Path.GetFileName(existing)), CliText.Text(CliStrings.Error_ChartExistsExpected), location);
        }

        try
        {
            Directory.CreateDirectory(folder);
            foreach (var chart in charts)
            {
                OutputFile.WriteText(Path.Combine(folder, chart.Id + ".svg"), chart.Svg);
                OutputFile.Write(Path.Combine(folder, chart.Id + ".png"), stream => Png(chart, stream));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CampoException(CliText.Fill(CliStrings.Error_OutputNotWritable, folder, exception.Message), CliText.Text(CliStrings.Error_OutputFolderExpected), location, exception);
        }

        return charts.Count;
    }

    /// <summary>Renders a chart as PNG on white at twice its size.</summary>
    public static void Png(ReportChart chart, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(chart);
        using var svg = new SKSvg();
        if (svg.FromSvg(chart.Svg) is null || !svg.Save(stream, SKColors.White, SKEncodedImageFormat.Png, 100, PngScale, PngScale))
        {
            throw new IOException("the chart " + chart.Id + " could not be rendered as PNG");
        }
    }
}
