using Campo.Cli.Commands.Run;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
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
    [LocalizedDescription(CliStrings.Option_BuildFrom)]
    public string? From { get; init; }

    /// <summary>Where to write.</summary>
    [CommandOption("--out <DIR>")]
    [LocalizedDescription(CliStrings.Option_BuildOut)]
    public string Out { get; init; } = "data/default";

    /// <summary>The hand-transcribed, cited inputs.</summary>
    [CommandOption("--sources <DIR>")]
    [LocalizedDescription(CliStrings.Option_BuildSources)]
    public string Sources { get; init; } = "data/sources";

    /// <summary>Portuguese country names.</summary>
    [CommandOption("--names-pt <FILE>")]
    [LocalizedDescription(CliStrings.Option_BuildNamesPt)]
    public string? NamesPt { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(From) ? ValidationResult.Error(CliText.Text(CliStrings.Error_BuildFrom)) : base.Validate();
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

        var table = new Table().AddColumn(CliText.Text(CliStrings.Col_File)).AddColumn(new TableColumn(CliText.Text(CliStrings.Col_Rows)).RightAligned()).AddColumn(new TableColumn(CliText.Text(CliStrings.Col_Bytes)).RightAligned());
        foreach (var f in files)
        {
            table.AddRow(Markup.Escape(f.File), Format.Count(f.Rows), Format.Count(f.Bytes));
        }

        output.Console.Write(table);
        output.Console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Data_Wrote, Format.Count(files.Count), Format.Number(files.Sum(f => f.Bytes) / 1024.0, "#,##0"), options.Out)));
        return ExitCodes.Ok;
    }
}
