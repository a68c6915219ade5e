using System.ComponentModel;
using Campo.Cli.Infrastructure;
using Campo.Data.Build;
using Campo.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Data;

/// <summary>Settings of <c>campo data build</c>.</summary>
public sealed class BuildSettings : JsonSettings
{
    /// <summary>The shared public data folder.</summary>
    [CommandOption("--from <DIR>")]
    [Description("The shared public data folder to derive the dataset from, such as ../shared/data (required).")]
    public string? From { get; init; }

    /// <summary>Where to write.</summary>
    [CommandOption("--out <DIR>")]
    [Description("The folder to write the CSV files into (default: data/default).")]
    public string Out { get; init; } = "data/default";

    /// <summary>The hand-transcribed, cited inputs.</summary>
    [CommandOption("--sources <DIR>")]
    [Description("The project's cited inputs: LDC periods, EU membership, developed members, Portuguese names (default: data/sources).")]
    public string Sources { get; init; } = "data/sources";

    /// <summary>Portuguese country names.</summary>
    [CommandOption("--names-pt <FILE>")]
    [Description("i18n-iso-countries langs/pt.json for Portuguese names (default: the copy in the sources folder; 'none' leaves them empty).")]
    public string? NamesPt { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(From) ? ValidationResult.Error("Say where the shared data is: --from DIR, such as --from ../shared/data.") : ValidationResult.Success();
}

/// <summary><c>campo data build</c>: runs <see cref="DatasetBuilder"/>.</summary>
public sealed class BuildCommand(CliOutput output) : Command<BuildSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var sources = output.Resolve(settings.Sources);
        var namesPt = settings.NamesPt switch
        {
            "none" => null,
            null => File.Exists(Path.Combine(sources, DatasetBuilder.DefaultNamesPtFile)) ? Path.Combine(sources, DatasetBuilder.DefaultNamesPtFile) : null,
            var file => output.Resolve(file),
        };
        var options = new DatasetBuildOptions(output.Resolve(settings.From!), output.Resolve(settings.Out), sources, namesPt);
        var files = DatasetBuilder.Build(options);
        if (settings.Json)
        {
            output.Out.WriteLine(CampoJson.Serialize(new { output = options.Out, files }));
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumn("file").AddColumn(new TableColumn("rows").RightAligned()).AddColumn(new TableColumn("bytes").RightAligned());
        foreach (var f in files)
        {
            table.AddRow(Markup.Escape(f.File), f.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        output.Console.Write(table);
        output.Console.MarkupLine($"Wrote {files.Count} files, {files.Sum(f => f.Bytes) / 1024.0:0} KiB, to {Markup.Escape(options.Out)}.");
        return ExitCodes.Ok;
    }
}
